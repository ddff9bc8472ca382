"""A bare "President X" or "Chairman X" right after a central bank's news is the bank's head, not
the head of the country the article names most, round 18: "The Banca Nordica cut its rate.
President X said the bank ..." A president is a state's as often, so the bank takes a president
only when the sentence speaks of a bank. Sentences written for these tests; the people invented."""

from __future__ import annotations

import pytest
from helpers import article_facts


def _positions(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return {(names[r["subject"]], names[r["object"]], r.get("title"))
            for r in facts["relations"] if r["predicate"] == "holdsPosition"}


@pytest.mark.parametrize("text, person, bank, title", [
    ("The European Central Bank held its deposit rate on Thursday. President Aldo Verrani said the bank "
     "would wait for more data. Exports to Japan slowed.", "Aldo Verrani", "European Central Bank", "President"),
    ("The Federal Reserve raised its benchmark rate on Wednesday. Chairman Tobias Wend told reporters that "
     "inflation was still too high in Canada.", "Tobias Wend", "Federal Reserve", "Chairman"),
    ("The Bank of Canada left rates unchanged. Chair Mira Okafor said growth in Mexico and Brazil was "
     "slowing.", "Mira Okafor", "Bank of Canada", "Chair"),
])
def test_a_bare_head_title_after_a_central_banks_news_is_the_banks(tmp_path, text, person, bank, title):
    found = _positions(tmp_path, text)
    assert (person, bank, title) in found, found
    assert not any(p == person and o != bank for p, o, _ in found), found


def test_a_president_who_does_not_speak_of_the_bank_is_not_its_head(tmp_path):
    found = _positions(tmp_path, "The central bank of Ruritania, the Ruritanian National Bank, cut rates on Monday. "
                                 "President Oskar Bel welcomed the move in a speech to parliament.")
    assert not any(p == "Oskar Bel" and "Bank" in o for p, o, _ in found), found


def test_a_firm_named_since_the_bank_keeps_its_chairman(tmp_path):
    found = _positions(tmp_path, "The Bank of England kept its rate on hold. Shares of Tolvane Motors fell. "
                                 "Chairman Piet Alder said the company would cut jobs.")
    assert ("Piet Alder", "Tolvane Motors", "Chairman") in found, found
