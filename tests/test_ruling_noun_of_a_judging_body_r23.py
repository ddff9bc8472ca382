"""Round 23; sentences written for these tests.

A ruling or judgment an organisation that judges between states hands down is its act, as its
verb "ruled" is: "the World Trade Organization's ruling against X", "a World Trade Organization
ruling against X", "the WTO's judgment against X". An organisation's other nouns ("the Red Cross's
report") act on nobody.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _actions(tmp_path, text):
    return event_parts(tmp_path, text, "RegulatoryAction")


@pytest.mark.parametrize("text, country", [
    ("The World Trade Organization's ruling against the United States angered farmers.", "United States"),
    ("A World Trade Organization ruling against Canada angered farmers.", "Canada"),
    ("The World Trade Organization's judgment against Japan was final.", "Japan"),
])
def test_a_judging_organisations_ruling_is_its_act(tmp_path, text, country):
    actions = _actions(tmp_path, text)
    assert any({("World Trade Organization", "actor"), (country, "target")} <= a for a in actions), actions


def test_an_organisations_report_acts_on_nobody(tmp_path):
    assert not _actions(tmp_path, "The Red Cross's report on Canada surprised many.")
