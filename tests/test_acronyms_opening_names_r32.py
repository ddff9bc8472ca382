"""An unknown word in capitals written right before an organisation's name opens that name ("KLB
Norland Bank", "Shares of DKV Larsen Holdings"; the model leaves the letters out;
kg.extract.candidates._capitals_before_firm), and the letters alone later in the story name
the same firm (kg.extract.missed_names.repeated_names). A known name before another ("FBI
Washington Field Office" keeps the FBI's own entity), a title's letters ("CEO") and a run of
capitals stay apart."""

import pytest
from helpers import article_entity_types, event_parts


def test_letters_before_a_firms_name_open_it(tmp_path):
    types = article_entity_types(tmp_path, "The losses at KLB Norland Bank alarmed investors on Tuesday.")
    assert types.get("KLB Norland Bank") == "Company"
    assert "Norland Bank" not in types


@pytest.mark.parametrize("text, name", [
    ("Shares of DKV Larsen Holdings fell 5 percent in Oslo.", "DKV Larsen Holdings"),
    ("Analysts at MBG Orlov Capital expect a slowdown next year.", "MBG Orlov Capital"),
])
def test_letters_before_other_firms_names(tmp_path, text, name):
    assert article_entity_types(tmp_path, text).get(name) == "Company"


def test_the_letters_alone_later_name_the_same_firm(tmp_path):
    text = ("Losses at KLB Norland Bank alarmed investors. Two days later, Tarvik Holdings agreed to inject "
            "six billion euros into KLB.")
    events = event_parts(tmp_path, text, "Investment")
    assert any(("KLB Norland Bank", "target") in e for e in events), events


def test_a_title_or_a_known_name_before_a_name_stays_apart(tmp_path):
    types = article_entity_types(tmp_path, "CEO Tarvik Holdings said nothing. The FBI Washington Field Office made the arrest.")
    assert "CEO Tarvik Holdings" not in types
    assert "Tarvik Holdings" in types
