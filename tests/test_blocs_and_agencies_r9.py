"""Trade agreements and regional blocs that news treats as actors are organisations, and news
agencies are media outlets, whatever the model guessed (it read them as firms). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def types(nlp, text):
    ents = resolve_entities(nlp(text), Article(id="t", text=text))
    return {form: e.type for e in ents for form in (e.name, *e.aliases)}


@pytest.mark.parametrize("text, name", [
    ("Farm exporters in Ohio fear that leaving NAFTA would shut them out of Mexico.", "NAFTA"),
    ("Under the AfCFTA, tariffs on most goods will fall to zero over ten years.", "AfCFTA"),
    ("Lumber mills hoped the TPP would open Japan's market.", "TPP"),
    ("Ministers from COMESA met in Lusaka to discuss a customs union.", "COMESA"),
    ("Leaders of ECOWAS suspended the country after the coup.", "ECOWAS"),
])
def test_a_trade_agreement_or_bloc_is_an_organisation(nlp, text, name):
    assert types(nlp, text).get(name) == "Organization", types(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The aluminium maker would repay its loans early, Interfax reported on Tuesday.", "Interfax"),
    ("The minister told Bernama that the subsidy would end in June.", "Bernama"),
    ("According to Anadolu Agency, the central bank sold dollars all week.", "Anadolu Agency"),
])
def test_a_news_agency_is_a_media_outlet(nlp, text, name):
    assert types(nlp, text).get(name) == "MediaOutlet", types(nlp, text)
