"""A body's report telling its findings is an event of the body's (Other, the body its actor): "a
new report by the X Federation shows that ...", "according to a study from X and Y, ...",
"Monday's report from the X Department showed ..." (kg.extract.events._report_tells). A report
only mentioned, a correspondent's report and a newspaper's are not."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, bodies", [
    ("A new report by the Federation of Danish Employers shows that layoffs are spreading.",
     ["Federation of Danish Employers"]),
    ("According to a study from the Asian Development Bank and the Harlow Policy Institute, poverty fell.",
     ["Asian Development Bank", "Harlow Policy Institute"]),
    ("Monday's report from the Labor Department showed that hiring slowed in May.", ["U.S. Department of Labor"]),
    ("A survey by the Chamber of Commerce of Lagos warns that small firms face higher costs.",
     ["Chamber of Commerce of Lagos"]),
])
def test_a_bodys_report_telling_findings_is_its_act(tmp_path, text, bodies):
    events = event_parts(tmp_path, text, "Other")
    assert any({(b, "actor") for b in bodies} <= e for e in events), events


@pytest.mark.parametrize("text", [
    "The Senate Finance Committee put out a report about the subsidies in May.",
    "Mara Lind has more in this report from the Cairo bureau.",
    "According to a report in the Financial Times, the talks have stalled.",
])
def test_a_report_mentioned_or_a_journalists_is_no_act(tmp_path, text):
    assert event_parts(tmp_path, text, "Other") == [], text
