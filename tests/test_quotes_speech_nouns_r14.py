"""A quote inside the clause of a noun of a thing said, whose owner says it.

"X's warning that prices “could double”", "his remark that the bank would do “whatever is
needed”" (the parser may hang the "that" clause on the verb above the noun), "her pledge to
“cut taxes”": the owner of the warning, remark or pledge speaks the quoted words. Negatives: no
owner ("The report that …"), a noun that is no thing said ("X's book argues that …" is the
book's verb), a relative clause about the noun, and a naming verb between.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.quotes import extract_quotes
from kg.extract.table import EntityTable
from kg.models import Article

PEOPLE = [("Ada Lind", "Person"), ("Oda Vesk", "Person")]


def quotes(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, PEOPLE)
    found = extract_quotes(doc, table, Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(q.speaker.split("/")[1], q.text) for q in found]


@pytest.mark.parametrize("text, expected", [
    ("Last week, Ada Lind made headlines with her remark that the bank would do \"whatever is needed to "
     "save the peso.\"", ("ada-lind", "whatever is needed to save the peso.")),
    ("Ada Lind's warning that prices \"could double before next spring\" rattled markets.",
     ("ada-lind", "could double before next spring")),
    ("Markets fell after Ada Lind's comment that inflation was \"here to stay for a long while.\"",
     ("ada-lind", "here to stay for a long while.")),
    ("Oda Vesk's promise to \"cut taxes for every working family\" won him the vote.",
     ("oda-vesk", "cut taxes for every working family")),
])
def test_owner_of_a_thing_said_speaks(nlp, text, expected):
    assert expected in quotes(nlp, text)


@pytest.mark.parametrize("text", [
    "The report that prices \"could double before next spring\" rattled Ada Lind.",
    "Ada Lind's book says that central banks \"have lost their way since the crisis.\"",
    "Ada Lind stood by the remark that she made about \"cheap money for all the wrong people.\"",
    "Ada Lind's claim drew scorn from rivals, who called the idea \"a fantasy for the rich.\"",
])
def test_no_owner_speaks(nlp, text):
    assert [s for s, _ in quotes(nlp, text) if s == "ada-lind"] == []
