"""A firm cutting its staff makes a PolicyAnnouncement of its own course, whether told as done
("laid off 600 workers"), under way ("is cutting jobs"), planned ("plans to eliminate 2,000
positions") or as what its word says it will do ("says it will slash 4,000 jobs"); cutting
costs is no cut of staff, and a cut it denies is none (kg.extract.events._job_cuts)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm", [
    ("Dutch brewer Hoorn Brouwerij says it will slash about 4,000 jobs over three years.", "Hoorn Brouwerij"),
    ("Maren Shipping said it would sell two ferries and cut 1,200 jobs in Europe.", "Maren Shipping"),
    ("Pellan Foods is cutting jobs at its plants in Ohio.", "Pellan Foods"),
    ("Tessaly Motors laid off 600 workers at its Detroit plant on Thursday.", "Tessaly Motors"),
    ("Corvex Telecom Inc. plans to eliminate 2,000 positions by next spring.", "Corvex Telecom Inc."),
])
def test_a_firm_cutting_its_staff_announces_its_course(tmp_path, text, firm):
    assert {(firm, "actor")} in event_parts(tmp_path, text, "PolicyAnnouncement")


@pytest.mark.parametrize("text", [
    "Pellan Foods cut its costs by 8 percent last year.",
    "Pellan Foods said it would not cut jobs this year.",
])
def test_no_cut_of_staff_is_none(tmp_path, text):
    assert event_parts(tmp_path, text, "PolicyAnnouncement") == []
