"""Trade measures aimed "with" a verb at someone ("threatened X with tariffs", "hit back at X with
duties"), imports stopped from a named place ("banned imports from X", "a ban on imports from X",
"an embargo on X"), and a product release named by a noun ("the launch of X by Y") or "showed off
X". Constructions found missing on fresh news text, in several phrasings written for these tests,
with negatives beside them."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

TUESDAY = date(2025, 11, 4)
NAMES = [("Ostmark", "Place"), ("Velland", "Place"), ("Quayside Robotics", "Company"), ("Tern 9", "Product"),
         ("Halden Works", "Company")]


def roles(nlp, text, etype):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    evs = extract_events(doc, table, Article(id="t", text=text, published=TUESDAY))
    return set().union(set(), *({(p.entity.split("/")[1], p.role) for p in e.participants}
                                for e in evs if e.type == etype))


@pytest.mark.parametrize("text", [
    "Ostmark threatened Velland with steep tariffs on Friday.",
    "Ostmark hit back at Velland with duties on cheese and motorcycles.",
    "Ostmark slapped Velland with levies on timber last week.",
])
def test_a_measure_aimed_with_a_verb(nlp, text):
    assert {("ostmark", "actor"), ("velland", "target")} <= roles(nlp, text, "TradeConflict")


@pytest.mark.parametrize("text", [
    "Ostmark on Friday banned all imports from Velland.",
    "Ostmark imposed a ban on imports from Velland after the vote.",
    "Ostmark halted shipments of Velland pork last month.",
    "Ostmark declared an embargo on Velland in March.",
])
def test_imports_stopped_from_a_place(nlp, text):
    assert {("ostmark", "actor"), ("velland", "target")} <= roles(nlp, text, "TradeConflict")


@pytest.mark.parametrize("text", [
    "Ostmark banned imports of plastic straws on Friday.",
    "Ostmark may ban imports from Velland next year.",
    "Ostmark did not halt shipments from Velland.",
])
def test_no_import_quarrel(nlp, text):
    assert roles(nlp, text, "TradeConflict") == set()


@pytest.mark.parametrize("text", [
    "The launch of the Tern 9 by Quayside Robotics drew crowds on Monday.",
    "Quayside Robotics hosted the launch of the Tern 9 in a warehouse on Monday.",
    "Quayside Robotics showed off the Tern 9 at a trade fair on Monday.",
])
def test_a_release_named_by_a_noun_or_shown_off(nlp, text):
    assert {("quayside-robotics", "actor"), ("tern-9", "subject")} <= roles(nlp, text, "ProductRelease")


@pytest.mark.parametrize("text", [
    "The launch of the weather satellite was delayed by Halden Works.",
    "Halden Works showed its results to investors on Monday.",
    "The launch of the Tern 9 will come next spring.",
])
def test_no_release(nlp, text):
    assert roles(nlp, text, "ProductRelease") == set()
