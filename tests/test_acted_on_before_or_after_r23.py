"""Round 23; sentences written for these tests.

A passive act told in a participle on another clause ("X resigned after being charged with fraud",
"X, who quit before being arrested", "Y collapsed after being fined") was done to the subject of
that clause. An active participle names its own object.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _actions(tmp_path, text):
    return event_parts(tmp_path, text, "RegulatoryAction")


@pytest.mark.parametrize("text, target", [
    ("Tom Arden resigned in May after being charged with fraud by the SEC.", "Tom Arden"),
    ("Velda Bank collapsed last year after being fined by regulators in Norway.", "Velda Bank"),
    ("Dora Lind, who quit the board in June before being arrested in Oslo, denies the charges.", "Dora Lind"),
    ("Tarn Foods Inc. cut its prices before being investigated by the Competition Bureau.", "Tarn Foods Inc."),
])
def test_the_subject_of_the_clause_was_acted_on(tmp_path, text, target):
    actions = _actions(tmp_path, text)
    assert any((target, "target") in e for e in actions), actions


def test_an_active_participle_names_its_own_object(tmp_path):
    actions = _actions(tmp_path, "The SEC closed the case after fining Velda Bank $2 million in May.")
    assert any(("Velda Bank", "target") in e for e in actions), actions
    assert not any(("Securities and Exchange Commission", "target") in e for e in actions), actions
