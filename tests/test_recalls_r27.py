"""A firm recalling what it sold is an event told in the past or as it takes place ("is recalling"),
whatever goods it takes back, written as a plural ("six million tires", "baby bibs"); not a
memory, a denial, a plan or a question (kg.extract.events._going_on and the recall reader)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm", [
    ("Dorsal Toy Co. is recalling about two million dolls with loose buttons.", "Dorsal Toy Co."),
    ("Brenmark Tire recalled four million tires last month after a string of crashes.", "Brenmark Tire"),
    ("Last week Kestrel Stores recalled children's raincoats because of a toxic dye.", "Kestrel Stores"),
])
def test_a_firm_recalling_goods_acts(tmp_path, text, firm):
    assert any((firm, "actor") in parts for parts in event_parts(tmp_path, text, "Other"))


@pytest.mark.parametrize("text", [
    "Dorsal Toy Co. is not recalling any of its dolls.",
    "Dorsal Toy Co. will be recalling some dolls next year.",
    "Is Dorsal Toy Co. recalling its dolls?",
    "Dorsal Toy Co. recalled that its founder had warned about the buttons.",
    "The chairman of Dorsal Toy Co. recalled the early days of the firm.",
])
def test_no_recall_where_none_takes_place(tmp_path, text):
    assert not any(("Dorsal Toy Co.", "actor") in parts for parts in event_parts(tmp_path, text, "Other"))
