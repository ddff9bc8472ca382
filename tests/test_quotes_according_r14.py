"""A quote followed by "according to" and a person named with a firm and a title before the name.

"“…,” according to Horn Bank CEO Ada Lind": the person speaks, not the firm that opens the
phrase (as in a subject phrase, "Horn Bank CEO Ada Lind said"). Negatives: a spokesman of a
firm gives the firm, a bare firm speaks for itself, a media outlet is no speaker, and a person
named in a relative clause after the firm does not speak.
"""

from __future__ import annotations

import pytest

from test_quotes_r9 import quotes  # (speaker key, quote text) pairs kg finds, given the entities


@pytest.mark.parametrize("text, entities, speaker", [
    ("The levy is “unfair to every small trader,” according to Horn Bank CEO Ada Lind.",
     [("Horn Bank", "Company"), ("Ada Lind", "Person")], "ada-lind"),
    ("“Growth will slow sharply next year,” according to Sendia central bank governor Tomas Brek.",
     [("Sendia", "Place"), ("Tomas Brek", "Person")], "tomas-brek"),
    ("The merger is “a win for both ports,” according to Velmar Shipping chairwoman Ines Kald.",
     [("Velmar Shipping", "Company"), ("Ines Kald", "Person")], "ines-kald"),
])
def test_person_after_firm_and_title(nlp, text, entities, speaker):
    assert [s for s, _ in quotes(nlp, text, entities)] == [speaker]


@pytest.mark.parametrize("text, entities, speakers", [
    ("“The levy is unfair to every small trader,” according to a Horn Bank spokesman.",
     [("Horn Bank", "Company")], ["horn-bank"]),
    ("“The levy is unfair to every small trader,” according to Horn Bank.",
     [("Horn Bank", "Company")], ["horn-bank"]),
    ("“The levy is unfair to every small trader,” according to Daily Ledger.",
     [("Daily Ledger", "MediaOutlet")], []),
    ("“The levy is unfair to every small trader,” according to Horn Bank, which hired Ada Lind in May.",
     [("Horn Bank", "Company"), ("Ada Lind", "Person")], ["horn-bank"]),
])
def test_no_person_named_as_speaker(nlp, text, entities, speakers):
    assert [s for s, _ in quotes(nlp, text, entities)] == speakers
