"""A short quote (one or two words) whose verb is a speech verb joined to the attribution verb.

"X said the claims were false and vowed to “fight hard”": the conjoined speech verb ("vowed",
"promised", "pledged") shares the attribution's subject, so the short quote it governs is X's
words, not a scare quote. A conjunct with its own subject, or a verb that is no speech verb,
does not make a short quote anyone's words.
"""

from __future__ import annotations

import pytest

from test_quotes_r9 import quotes  # (speaker key, quote text) pairs kg finds, given the entities


@pytest.mark.parametrize("text, entities, expected", [
    ("Norvell Bank told reporters the claims were baseless and vowed to \"fight hard\" in court.",
     [("Norvell Bank", "Company")], ("norvell-bank", "fight hard")),
    ("Tessa Lund said the audit was fair and promised to \"act quickly\" on its findings.",
     [("Tessa Lund", "Person")], ("tessa-lund", "act quickly")),
    ("Adem Varga said on Monday that the strike was over and promised \"fair wages\" to the dockers.",
     [("Adem Varga", "Person")], ("adem-varga", "fair wages")),
    ("Mayor Ilse Brand says the budget is balanced and is pledging to \"cut waste\" at city hall.",
     [("Ilse Brand", "Person")], ("ilse-brand", "cut waste")),
])
def test_short_quote_of_a_conjoined_speech_verb(nlp, text, entities, expected):
    assert expected in quotes(nlp, text, entities)


@pytest.mark.parametrize("text, entities, unexpected", [
    # the conjunct has a subject of its own
    ("Tessa Lund said the audit was fair and the board vowed to \"act quickly\" on it.",
     [("Tessa Lund", "Person")], "act quickly"),
    # the reported clause's subject is a named actor, who may be the one vowing
    ("Tessa Lund said Norvell Bank was wrong and vowed to \"fight hard\" in court.",
     [("Tessa Lund", "Person"), ("Norvell Bank", "Company")], "fight hard"),
    # the conjoined verb is no speech verb: the quote is the writer's term
    ("Tessa Lund said the audit was fair and planned to \"cut costs\" soon.",
     [("Tessa Lund", "Person")], "cut costs"),
    # a scare quote on a noun of the reported clause
    ("Tessa Lund said the audit was fair and vowed to fix the \"legacy\" systems.",
     [("Tessa Lund", "Person")], "legacy"),
])
def test_no_short_quote_without_a_sharing_speech_verb(nlp, text, entities, unexpected):
    assert unexpected not in [t for _, t in quotes(nlp, text, entities)]
