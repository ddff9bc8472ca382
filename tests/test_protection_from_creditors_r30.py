"""A firm seeking protection from its creditors goes bankrupt though the word is not written
("X sought protection from its creditors", "filed for protection from creditors"): an Other event,
the firm acting; protection from competitors is no bankruptcy."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm", [
    ("Orvan Airlines sought protection from its creditors at a bankruptcy court in Delaware.", "Orvan Airlines"),
    ("Vantor Energy filed for protection from creditors on Tuesday.", "Vantor Energy"),
    ("Kelbor Motors said it would seek protection from its creditors.", "Kelbor Motors"),
])
def test_seeking_protection_from_creditors_is_a_bankruptcy(tmp_path, text, firm):
    assert any((firm, "actor") in p for p in event_parts(tmp_path, text, "Other"))


def test_protection_from_competitors_is_no_bankruptcy(tmp_path):
    text = "Brisa Air sought protection from foreign competitors in a complaint to the ministry."
    assert event_parts(tmp_path, text, "Other") == []
