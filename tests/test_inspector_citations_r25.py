"""Round 25; sentences written for these tests.

A citation is how safety and labour inspectors charge a firm: "OSHA cited X for ...", "X was cited
by the agency for ...", "issued citations to X", "citations at X's plants", "X received citations
from the agency". The verb counts only with what the party is cited for and an authority citing.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, agency, firm", [
    ("The Occupational Safety and Health Administration cited Redfern Packaging for failing to guard "
     "its machines.", "Occupational Safety and Health Administration", "Redfern Packaging"),
    ("Coldwater Mining Co. was cited by the Mine Safety and Health Administration for 9 violations in June.",
     "Mine Safety and Health Administration", "Coldwater Mining Co."),
    ("OSHA issued citations to Brisco Builders Inc. after a trench collapsed in April.",
     "Occupational Safety and Health Administration", "Brisco Builders Inc."),
    ("The Occupational Safety and Health Administration issued citations at two Walmart stores in Ohio last week.",
     "Occupational Safety and Health Administration", "Walmart"),
    ("Brisco Builders Inc. received citations from the Occupational Safety and Health Administration in March.",
     "Occupational Safety and Health Administration", "Brisco Builders Inc."),
])
def test_the_agency_acts_on_the_firm_it_cites(tmp_path, text, agency, firm):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(agency, "actor"), (firm, "target")} <= a for a in acts), acts


@pytest.mark.parametrize("text", [
    "Analysts cited slow demand for the fall in Redfern Packaging's profit.",
    "The study cited Redfern Packaging as a model employer.",
    "Redfern Packaging cited rising costs for its decision to close a plant.",
])
def test_citing_a_reason_or_an_example_is_no_act(tmp_path, text):
    assert not event_parts(tmp_path, text, "RegulatoryAction")
