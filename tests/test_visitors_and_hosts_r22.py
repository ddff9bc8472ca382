"""Round 22; sentences written for these tests.

A meeting's chair is its host. "X met visiting Prime Minister Y": the participle describes the guest
(the small model reads "X visiting Y", which made Y the host). A subject on a visit ("X, on a
two-day visit to Oslo, met Y", "X flew to Oslo ... He met Y") is the guest, and the side at home
there hosts, as it already did when the meeting's own sentence placed it ("met Y in Oslo").
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _meeting_roles(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return [{(names[p["entity"]], p["role"]) for p in e["participants"]} for e in facts["events"]
            if e["type"] == "Meeting"]


@pytest.mark.parametrize("text, host, guest", [
    ("Chinese President Wen Sheng met visiting Australian Prime Minister Tom Hale in Beijing on Friday.",
     "Wen Sheng", "Tom Hale"),
    ("Peruvian President Ana Ruiz met visiting Chilean Foreign Minister Jorge Pena at the palace on Monday.",
     "Ana Ruiz", "Jorge Pena"),
    ("U.S. Treasury Secretary Dana Whitfield, on a two-day visit to Beijing, met with Chinese Premier Wen Sheng "
     "on Tuesday.", "Wen Sheng", "Dana Whitfield"),
    ("Venezuelan President Tom Hale flew to Beijing on Tuesday. He met Chinese President Wen Sheng on Wednesday.",
     "Wen Sheng", "Tom Hale"),
])
def test_the_host_chairs_and_the_visitor_attends(tmp_path, text, host, guest):
    meetings = _meeting_roles(tmp_path, text)
    assert any({(host, "chair"), (guest, "attendee")} <= m for m in meetings), meetings


def test_a_trip_elsewhere_does_not_make_the_subject_a_guest(tmp_path):
    meetings = _meeting_roles(tmp_path, "Chinese President Wen Sheng visited Peru last year. Wen Sheng met "
                                        "Australian Prime Minister Tom Hale on Friday.")
    assert any(("Wen Sheng", "chair") in m for m in meetings), meetings
