"""Markers in broadcast scripts and wire video shot lists ("(SOUNDBITE) (English) NAME, TITLE,
SAYING:", "NARRATOR:", "VOICEOVER") name no actor; the model read them as firms. Lines written
for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, marker", [
    ('(SOUNDBITE) (English) ANA RUIZ, CHIEF ECONOMIST AT KELVO BANK, SAYING: "Rates will stay high."', "SOUNDBITE"),
    ("NARRATOR: Shares in Kelvo Holdings fell sharply on Monday.", "NARRATOR"),
    ("VOICEOVER: The Tarn central bank held rates, Ivo Sand said.", "VOICEOVER"),
])
def test_script_markers_are_no_entities(nlp, text, marker):
    assert not any(marker in name.upper().split() for name in entity_types(nlp, text))
