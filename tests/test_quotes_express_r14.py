"""A quote that is what its speaker expressed or voiced.

"The ministry expressed “deep regret”", "voiced “serious concern”", "expressed hope that the
talks “would …”": the quoted words are the subject's, short ones included (they are the whole
object of the verb, not a scare quote). Negatives: a quoted name inside the object ("support
for the “Buy Local Now” campaign"), and someone else's words inside it ("what the report called
“…”", "which critics call a “…”").
"""

from __future__ import annotations

import pytest

from test_quotes_r9 import quotes  # (speaker key, quote text) pairs kg finds, given the entities


@pytest.mark.parametrize("text, entities, expected", [
    ("The Ostrel cabinet office expressed “deep regret” on Friday over the tariff decision.",
     [("Ostrel cabinet office", "GovernmentBody")], ("ostrel-cabinet-office", "deep regret")),
    ("The Sendia foreign ministry voiced “serious concern” about the troop movements.",
     [("Sendia foreign ministry", "GovernmentBody")], ("sendia-foreign-ministry", "serious concern")),
    ("Carrow Motors expressed “disappointment” with the ruling on Tuesday.",
     [("Carrow Motors", "Company")], ("carrow-motors", "disappointment")),
    ("Ada Lind expressed hope that the talks “would end the dispute before the harvest.”",
     [("Ada Lind", "Person")], ("ada-lind", "would end the dispute before the harvest.")),
])
def test_expressed_words_are_the_subjects(nlp, text, entities, expected):
    assert expected in quotes(nlp, text, entities)


@pytest.mark.parametrize("text", [
    "Ada Lind expressed support for the “Buy Local Now” campaign.",
    "Ada Lind expressed concern about what the report called “reckless lending.”",
    "Ada Lind expressed doubts about the plan, which critics call a “giveaway.”",
])
def test_no_quote_of_words_inside_the_object(nlp, text):
    assert quotes(nlp, text, [("Ada Lind", "Person")]) == []
