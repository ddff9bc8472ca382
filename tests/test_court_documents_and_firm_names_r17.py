"""A court's documents written in capitals ("a proposed Final Judgment", "the Consent Decree", "a
Permanent Injunction") name no firm, round 17; and "Kohlberg Kravis Roberts" is KKR, the firm the
gazetteer knows (general knowledge: a well-known firm's full name). Sentences written for these
tests; the people invented."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, document", [
    ("Without admitting or denying the allegations, Ada Lind consented to the entry of a proposed Final "
     "Judgment barring her from the industry.", "Final Judgment"),
    ("The court approved the Consent Decree that Tomas Reiner signed in May.", "Consent Decree"),
    ("The agency obtained a Permanent Injunction against Brask Capital LLC on Monday.", "Permanent Injunction"),
])
def test_a_court_document_in_capitals_is_no_entity(nlp, text, document):
    found = entity_types(nlp, text)
    assert document not in found, found


def test_kohlberg_kravis_roberts_is_kkr_a_firm(nlp):
    found = entity_types(nlp, "The buyout was led by Kohlberg Kravis Roberts and a partner firm. KKR declined "
                              "to comment.")
    firms = {name for name, kind in found.items() if kind == "Company"}
    assert firms & {"KKR", "Kohlberg Kravis Roberts"} and not {"KKR", "Kohlberg Kravis Roberts"} <= set(found), found
