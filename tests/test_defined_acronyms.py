"""An article's own definition of an acronym ("the Citizens Movement Alliance (CMA)") outranks a
well-known body the gazetteer gives the same letters, and an acronym defined by a lower-case
description of a thing names no actor. Sentences and bodies are invented for these tests."""

from __future__ import annotations

import pytest

from kg.extract.candidates import _long_form
from kg.extract.entities import resolve_entities
from kg.models import Article


def entities(nlp, text):
    return {e.name: (e.type, set(e.aliases), e.gazetteer_id)
            for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text, long, short, known", [
    ("Supporters of the Chile Vamos-e-Sur (CVS) rallied in Valdivia, and CVS leaders spoke on Friday.",
     "Chile Vamos-e-Sur", "CVS", "CVS Health"),
    ("Members of the Ghana Movement (GM) met in Tamale, and GM delegates agreed to the plan.",
     "Ghana Movement", "GM", "General Motors"),
    ("Rebels of the Mali Tahrik-e-Nasr (MTN) seized a town, and MTN fighters later fled.",
     "Mali Tahrik-e-Nasr", "MTN", "MTN Group"),
])
def test_an_acronym_defined_in_the_article_is_not_the_gazetteers(nlp, text, long, short, known):
    found = entities(nlp, text)
    assert known not in found
    assert long in found and short in found[long][1]
    assert found[long][2] is None


@pytest.mark.parametrize("text, short", [
    ("Engineers inspected the cooling intake assembly (CIA) after the fault, and the CIA was replaced.", "CIA"),
    ("Inspectors studied the emission pressure assessments (EPA) filed by the plant.", "EPA"),
    ("Traders bought exchange-traded notes (ETN) on Monday as ETN volumes rose.", "ETN"),
])
def test_an_acronym_for_a_thing_names_no_actor(nlp, text, short):
    found = entities(nlp, text)
    assert not any(short == name or short in aliases for name, (_, aliases, _) in found.items())


@pytest.mark.parametrize("text, name", [
    ("The Environmental Protection Agency (EPA) fined Corvane Ltd on Monday.", "Environmental Protection Agency"),
    ("The Central Intelligence Agency (CIA) declined to comment.", "Central Intelligence Agency"),
])
def test_an_acronym_defined_as_the_gazetteer_says_keeps_its_entry(nlp, text, name):
    found = entities(nlp, text)
    assert found[name][2] is not None


def test_a_name_the_model_cut_before_its_suffix_joins_its_acronym(nlp):
    found = entities(nlp, "The Kivu Democratic Union-K (KDU-K) said its leaders were detained.")
    assert "Kivu Democratic Union-K" in found and "KDU-K" in found["Kivu Democratic Union-K"][1]


@pytest.mark.parametrize("short, before, long", [
    ("CCTV", "there were many closed-circuit television cameras", "closed-circuit television cameras"),
    ("KDU-K", "the Kivu Democratic Union-K", "Kivu Democratic Union-K"),
    ("WTN", "the World Trade Network", "World Trade Network"),
    ("DANY", "the Dayton County District Attorney's Office", None),   # letters inside words: no definition
    ("XYZ", "the annual meeting of shareholders", None),
])
def test_long_form_letters(short, before, long):
    assert _long_form(short, before) == long
