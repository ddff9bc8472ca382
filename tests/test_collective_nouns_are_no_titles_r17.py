"""A collective noun is no one person's title, round 17: a quote after "Norway's leadership has
called ..." or "the Treasury's management said ..." is not given to the last person named with a
title nearby. Sentences written for these tests; every person and group invented."""

from __future__ import annotations

import pytest

from helpers import article_facts


def quotes(tmp_path, text):
    f, names = article_facts(tmp_path, text)
    return {(names.get(q.get("speaker")), q["text"][:20]) for q in f["quotes"]}


@pytest.mark.parametrize("text, person", [
    ("Ada Lind works in Oslo for the research group Nordic Policy. She says Norway's state firms are too "
     "powerful.\nNorway's leadership has called its reform drive \"a fight for the future of the country.\"",
     "Ada Lind"),
    ("Tomas Reiner is an analyst at Brask Capital in Lima. He says Peru must cut spending.\nPeru's "
     "leadership has called the budget \"the hardest choice in a generation.\"", "Tomas Reiner"),
    ("Ines Varga teaches economics at Corvel University. She says Chile will grow slowly.\nChile's "
     "membership has described the trade pact as \"a door to new markets.\"", "Ines Varga"),
])
def test_a_collective_noun_does_not_give_the_quote_to_a_person_named_before(tmp_path, text, person):
    found = quotes(tmp_path, text)
    assert not any(speaker == person for speaker, _ in found), found


def test_a_real_title_still_finds_the_person_named_before(tmp_path):
    found = quotes(tmp_path, "Finance Minister Ada Lind of Norway met bankers on Monday.\nThe minister "
                             "said the rules were \"only the first step toward safer banks.\"")
    assert any(speaker == "Ada Lind" and text.startswith("only the first") for speaker, text in found), found
