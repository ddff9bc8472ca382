"""Round 24; sentences written for these tests.

A definite title standing as a clause's subject ("The former EU commissioner said he ...") is the
one person the article named with that title ("Mario Rossi, a former top EU commissioner,"), so
the quotes that follow under "he said" are that person's. A description with words the person's
title lacks ("the Mexican president" after "President X") or a title two people hold names no one.
"""

from __future__ import annotations

import pytest
from helpers import quote_speakers


def _speakers(tmp_path, text):
    return {words[:20]: name for name, words in quote_speakers(tmp_path, text)}


@pytest.mark.parametrize("text, opening, speaker", [
    ("Mario Rossi, a former top EU commissioner, was asked to form a government. President Carlo Bianchi asked "
     "him on Sunday. The former EU commissioner said he would fight. \"I intend to fulfill this task,\" he said.",
     "I intend", "Mario Rossi"),
    ("Ana Costa, the former finance minister, was named prime minister on Monday. President Luis Prado praised "
     "her. The former minister said she was honoured. \"We will work hard,\" she said.", "We will", "Ana Costa"),
    ("Lena Berg, the central bank's chief economist, spoke after Governor Tomas Lund. The economist said growth "
     "would slow. \"Prices are still too high,\" she said.", "Prices are", "Lena Berg"),
])
def test_the_description_is_the_titled_person(tmp_path, text, opening, speaker):
    speakers = _speakers(tmp_path, text)
    assert [v for k, v in speakers.items() if k.startswith(opening)] == [speaker], speakers


def test_a_description_with_other_words_names_no_one(tmp_path):
    text = ("President Tom Reed says trade will be the topic when he meets Ana Costa for the first time since the "
            "Mexican president took office. \"We are neighbours,\" he said.")
    assert set(_speakers(tmp_path, text).values()) == {"Tom Reed"}
