"""Quotes, round 11: a pronoun speaker after a narrator's bridge of several sentences.

Broadcast and wire style: a person is quoted ("“…,” Tomas Brevik said."), the narrator then
gives background in a paragraph of its own that names no one ("The slump began a year ago.
Banks stopped lending."), and the next quote is attributed with a bare pronoun ("“…,” he
explained."). The pronoun's antecedent lies beyond the few sentences the resolver looks back,
so the quote was dropped. When no other person is named between the two quotes, the pronoun
is the earlier quote's speaker (of its gender, a person, at most two paragraphs back).
Negatives: a speaker of the other gender, an organisation as the earlier speaker, another
person named in the bridge, an earlier quote too far back.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.quotes import extract_quotes
from kg.extract.table import EntityTable
from kg.models import Article

PEOPLE = [("Tomas Brevik", "Person"), ("Marta Velez", "Person"), ("Harbor Board", "GovernmentBody"),
          ("Norland Bank", "Company"), ("Jonas Ekdal", "Person")]

BRIDGE = ("The trouble started two years ago with cheap loans to weak borrowers. Those loans were sold on "
          "in bundles. Prices of the bundles then fell sharply. Lenders stopped lending to each other.")
BRIDGE2 = ("Exports fell for the fifth month in a row. Factories cut shifts across the south. "
           "The currency lost a tenth of its value. Fuel prices rose again in March.")


def quotes(nlp, text, entities=PEOPLE):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    found = extract_quotes(doc, table, Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(q.speaker.split("/")[1], q.text) for q in found]


@pytest.mark.parametrize("text, speaker, words", [
    ("“Our region is more exposed to trade than any other,” Tomas Brevik said.\n" + BRIDGE + "\n"
     "“It spread quickly once the bad loans came to light,” he explained.", "tomas-brevik", "spread quickly"),
    ("Mr. Tomas Brevik runs the trade desk at a bank in the port city.\n“Buyers are nervous and "
     "nobody wants to hold the currency now,” Brevik told reporters.\n" + BRIDGE2 + "\n"
     "“We expect the central bank to step in before the summer,” he said.", "tomas-brevik", "step in before"),
    ("“The cuts will hurt the poorest families the most,” said Marta Velez, who leads the union.\n" + BRIDGE2
     + "\n“Nobody asked the workers what they thought of this plan,” she added.", "marta-velez",
     "Nobody asked the workers"),
])
def test_pronoun_after_a_bridge_is_the_earlier_speaker(nlp, text, speaker, words):
    found = quotes(nlp, text)
    assert any(s == speaker and words in t for s, t in found), found
    assert all(s == speaker for s, t in found), found


@pytest.mark.parametrize("text, words", [
    # the other gender
    ("“The cuts will hurt the poorest families the most,” said Marta Velez, who leads the union.\n" + BRIDGE2
     + "\n“Nobody asked the workers what they thought of this plan,” he added.", "Nobody asked"),
    # an organisation spoke before
    ("“Our region is more exposed to trade than any other,” the Harbor Board said.\n" + BRIDGE + "\n"
     "“It spread quickly once the bad loans came to light,” he explained.", "spread quickly"),
    # another person named in between
    ("“Our region is more exposed to trade than any other,” Tomas Brevik said.\n" + BRIDGE + "\n"
     "Jonas Ekdal was the fund's manager at the time.\n" + BRIDGE2 + "\n"
     "“It spread quickly once the bad loans came to light,” he explained.", "spread quickly"),
    # too far back
    ("“Our region is more exposed to trade than any other,” Tomas Brevik said.\n" + BRIDGE + "\n" + BRIDGE2
     + "\nThe slump is now in its third year.\nThe port is quiet.\n"
     "“It spread quickly once the bad loans came to light,” he explained.", "spread quickly"),
])
def test_no_earlier_speaker_of_that_kind(nlp, text, words):
    found = quotes(nlp, text)
    assert not any(words in t and s in ("tomas-brevik", "marta-velez") for s, t in found), found
