"""A rating agency changing its rating of a borrower acts on the borrower (an Other event: "Fitch
cut Portugal's credit rating", "S&P lowered its rating on X to junk", "Moody's downgraded X", "X
was downgraded by Y", "cut the ratings of both A and B"; kg.extract.events._rating_changed).
A change that may come, a firm's own targets and a central bank's rates are not this."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, agency, rated", [
    ("Fitch Ratings downgraded Slovenia's sovereign credit rating on Wednesday.", "Fitch Ratings", "Slovenia"),
    ("Moody's Investors Service cut Hungary's debt rating to junk status last week.", "Moody's", "Hungary"),
    ("Standard & Poor's lowered its rating on Morrow Airlines to CCC.", "S&P Global", "Morrow Airlines"),
    ("Kestrel Motors was downgraded by Moody's Investors Service in October.", "Moody's", "Kestrel Motors"),
    ("Now Fitch Ratings has upgraded Iceland.", "Fitch Ratings", "Iceland"),
])
def test_an_agency_changing_a_rating_acts_on_the_one_rated(tmp_path, text, agency, rated):
    events = event_parts(tmp_path, text, "Other")
    assert any({(agency, "actor"), (rated, "target")} <= e for e in events), events


def test_both_firms_whose_ratings_are_cut(tmp_path):
    text = "Last week Fitch Ratings reduced the ratings of both Kestrel Motors and Dunmore Steel."
    events = event_parts(tmp_path, text, "Other")
    assert any({("Fitch Ratings", "actor"), ("Kestrel Motors", "target"), ("Dunmore Steel", "target")} <= e
               for e in events), events


@pytest.mark.parametrize("text", [
    "Moody's Investors Service may cut Hungary's rating next month.",
    "Standard & Poor's warned that it could downgrade Slovenia.",
    "Kestrel Motors raised its sales target for the year.",
    "The central bank of Hungary cut interest rates on Tuesday.",
])
def test_a_possible_change_a_target_or_a_rate_is_no_rating_change(tmp_path, text):
    events = event_parts(tmp_path, text, "Other")
    assert not any(r == "target" for e in events for _, r in e), events
