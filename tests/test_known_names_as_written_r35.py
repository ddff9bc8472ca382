"""A known name that ends in a possessive is given as written as well ("Standard & Poor's", which
the reader takes without its "'s" and the gazetteer calls S&P Global: kg.extract.entities), so
other tools that match names find it; and the Democratic Republic of Congo, written without "the",
is one country, not "Democratic" and the other Congo (ontology/gazetteer.ttl). A firm's boards in
the plural ("the Boards of Directors of the banks") are its organs, no body of their own
(kg.extract.entity_lexicon.COMPANY_ORGANS)."""

import pytest
from helpers import article_facts, article_entity_types


@pytest.mark.parametrize("text", [
    "Standard & Poor's lowered its outlook for the region's banks on Tuesday.",
    "Analysts at Standard & Poor’s said the bonds were still investment grade.",
    "A downgrade from Standard & Poor's pushed borrowing costs higher.",
])
def test_a_rating_agency_keeps_its_name_as_written(tmp_path, text):
    facts, _ = article_facts(tmp_path, text)
    forms = {f for e in facts["entities"] for f in [e["name"], *e.get("aliases", [])]}
    assert "Standard & Poor's" in forms, forms


@pytest.mark.parametrize("text", [
    "Fighting in the Democratic Republic of Congo cut copper exports.",
    "The Democratic Republic of Congo signed a mining deal with Zambia.",
    "Refugees from the Democratic Republic of Congo crossed into Uganda on Friday.",
])
def test_the_democratic_republic_of_congo_is_one_country(tmp_path, text):
    types = article_entity_types(tmp_path, text)
    assert "Democratic Republic of the Congo" in types and "Democratic" not in types, types
    assert "Republic of the Congo" not in types, types


def test_the_other_congo_stays_itself(tmp_path):
    types = article_entity_types(tmp_path, "The Republic of Congo raised oil output in May.")
    assert "Republic of the Congo" in types and "Democratic Republic of the Congo" not in types, types


@pytest.mark.parametrize("text", [
    "The Boards of Directors of the regional banks approved the new rate.",
    "The Boards of Trustees of both universities met in private.",
    "Management Boards of the two carmakers backed the alliance.",
])
def test_a_firms_boards_in_the_plural_are_no_body(tmp_path, text):
    types = article_entity_types(tmp_path, text)
    assert not any(name.lower().startswith(("boards", "management boards")) for name in types), types
