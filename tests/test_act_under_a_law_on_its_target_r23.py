"""Round 23; sentences written for these tests.

The law an act is taken under may stand between the act and its target: "imposed sanctions under
section 12 of the Act on X", "penalties pursuant to the order against Y", "in accordance with the
statute against Z". The small parser hangs "on X" on the law's name, so the target is read inside
the law's phrase; a phrase that only qualifies the law ("the rules of X") names no target.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _actions(tmp_path, text):
    return event_parts(tmp_path, text, "RegulatoryAction")


@pytest.mark.parametrize("text, target", [
    ("The Treasury has imposed sanctions pursuant to the 2019 act on Marrow Industries Ltd.",
     "Marrow Industries Ltd."),
    ("The State Department imposed sanctions under the 2017 law on Russia's Main Intelligence Directorate.",
     "Main Intelligence Directorate"),
    ("The Treasury on Friday imposed sanctions under section 12 of the Defense Act on the Chinese firm "
     "Marrow Industries Ltd.", "Marrow Industries Ltd."),
    ("The ministry levied penalties in accordance with the new statute against Corvel Finance Ltd.",
     "Corvel Finance Ltd."),
])
def test_the_target_of_an_act_stands_after_the_law_it_is_taken_under(tmp_path, text, target):
    actions = _actions(tmp_path, text)
    assert any((target, "target") in e for e in actions), actions


def test_a_phrase_that_only_qualifies_the_law_names_no_target(tmp_path):
    actions = _actions(tmp_path, "The Treasury imposed a fine under the rules of the Corvel Exchange.")
    assert not any(("Corvel Exchange", "target") in e for e in actions), actions


@pytest.mark.parametrize("text, target", [
    ("Sanctions were imposed on Russia's Main Intelligence Directorate last year.", "Main Intelligence Directorate"),
    ("Last spring sanctions were imposed on the Chinese entity Marrow Defense Bureau.", "Marrow Defense Bureau"),
])
def test_sanctions_may_name_a_foreign_state_body_as_target(tmp_path, text, target):
    actions = _actions(tmp_path, text)
    assert any((target, "target") in e for e in actions), actions


def test_a_case_against_the_state_is_still_no_act_of_it(tmp_path):
    assert not _actions(tmp_path, "Tarn Foods Ltd. is suing the Treasury Department over the new rule.")
