"""Organisation names the model cut at a place inside them (round 15).

- A name the model ended on a Spanish, Portuguese, French or Italian "of" runs on over the place
  right after it, and is an organisation: "Electricidad de" + "Valdivia", "Banco do" + "Norte".
  Not a person's name ("Ana Maria de Souza" stays a person) and not a name that stops before a
  place after a comma.
- A place inside an organisation's name ("Bank of" + "Tokyo") takes with it the words joined to
  it by a hyphen and the capitalised words right after them ("-Minato UFJ"); a lower-case
  word after the hyphen ("Orlen-based") is no part of a name.

Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article
from helpers import entity_types


@pytest.mark.parametrize("text, org, place", [
    ("Union leaders met at the Electricidad de Valdivia offices on Friday.", "Electricidad de", "Valdivia"),
    ("Analysts at Banco do Recife said the real would weaken.", "Banco do", "Recife"),
    ("The move is likely to affect Telefonos del Orlen, owned by Corvan Corp.", "Telefonos del", "Orlen"),
])
def test_romance_of_before_a_place_stays_in_the_name(nlp, text, org, place):
    # the model's cut as the small model makes it ("Electricidad de" ORG + "Valdivia" GPE)
    doc = nlp(text)

    def span(s, label):
        a = text.index(s)
        return doc.char_span(a, a + len(s), label=label)

    doc.ents = [span(org, "ORG"), span(place, "GPE")]
    found = {e.name: e.type for e in resolve_entities(doc, Article(id="t", text=text))}
    assert found.get(f"{org} {place}") == "Company", found
    assert place not in found, found


@pytest.mark.parametrize("text, name", [
    ("said Ana Ruiz, an analyst at the Bank of Tokyo-Minato UFJ in Orlen.", "Bank of Tokyo-Minato UFJ"),
    ("Shares of the Bank of Osaka-Kobe Holdings rose after the merger news.", "Bank of Osaka-Kobe Holdings"),
    ("a strategist at the Bank of Seoul-Incheon said the won would firm.", "Bank of Seoul-Incheon"),
])
def test_hyphened_words_after_a_place_in_a_name(nlp, text, name):
    assert name in entity_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Finance chief Ana Maria de Souza resigned on Monday.", "Ana Maria de Souza"),
])
def test_a_person_with_a_particle_stays_a_person(nlp, text, name):
    assert entity_types(nlp, text).get(name) == "Person"


def test_no_run_past_a_lower_case_word_after_the_hyphen(nlp):
    found = entity_types(nlp, "Exports of Tokyo-made steel to Orlen fell by a third in March.")
    assert not any(n.startswith("Tokyo-made") or "Orlen" in n and n != "Orlen" for n in found), found
