"""A firm's legal form or head word the model tagged alone ends the name before it (round 15).

"QRX" + "LLC", "Tarnex" + "Holdings": when the model tags nothing but a legal form or a firm's
head word ("LLC", "Holdings", "Group", "Inc."), the organisation it tagged right before it, or the
capitalised words it left untagged there, begin the name. A firm word that opens a sentence or
has no name before it ("The Group said") is no firm of its own.

Sentences written for these tests; every firm name is invented."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def entities_with(nlp, text, tagged):
    """The entities of `text` when the model tagged exactly the spans `tagged` (text, label)."""
    doc = nlp(text)
    ents = []
    for part, label in tagged:
        a = text.index(part)
        ents.append(doc.char_span(a, a + len(part), label=label))
    doc.ents = ents
    return {e.name: e.type for e in resolve_entities(doc, Article(id="t", text=text))}


@pytest.mark.parametrize("text, tagged, name", [
    ("The agency said QRX LLC paid the sales agents.", [("QRX", "ORG"), ("LLC", "ORG")], "QRX LLC"),
    ("Orlen Steel shed 5 percent, while Tarnex Holdings fell 7.9 percent.",
     [("Orlen Steel", "ORG"), ("Holdings", "ORG")], "Tarnex Holdings"),
    ("Investors sold Velko Marine Group after the report.", [("Group", "ORG")], "Velko Marine Group"),
])
def test_firm_word_alone_ends_the_name_before_it(nlp, text, tagged, name):
    found = entities_with(nlp, text, tagged)
    assert found.get(name) == "Company", found
    assert not {"LLC", "Holdings", "Group"} & set(found), found


def test_a_firm_word_opening_a_sentence_is_no_firm(nlp):
    found = entities_with(nlp, "Orlen Steel fell. Holdings of bonds rose.", [("Orlen Steel", "ORG"), ("Holdings", "ORG")])
    assert not any(n.endswith("Holdings") and n != "Holdings" for n in found), found
