"""A case caption's party ends at the comma before the case number ("SEC v. Tarrow, Civil Action
No. 1:20-cv-0042"): the model read "Tarrow, Civil Action No" as one firm. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, party", [
    ("In SEC v. Tarrow, Civil Action No. 1:20-CV-00417-K (N.D. Tex.), the Commission charged a trader.", "Tarrow"),
    ("The Commission filed SEC v. Brenlow, Civil Action No. 2:19-CV-0931 (D. Ariz.), on Friday.", "Brenlow"),
    ("The court docketed CFTC v. Quillmark, Civil Action No. 4:21-cv-118 (S.D. Ohio), last week.", "Quillmark"),
])
def test_a_caption_party_ends_before_the_case_number(nlp, text, party):
    found = entity_types(nlp, text)
    assert party in found, found
    assert not any("Civil Action" in name or "No" in name.split() for name in found)


def test_a_firm_with_a_comma_in_its_name_is_whole(nlp):
    found = entity_types(nlp, "Regulators fined Keefe, Brenlow & Woods on Monday.")
    assert any(name.startswith("Keefe, Brenlow") for name in found), found
