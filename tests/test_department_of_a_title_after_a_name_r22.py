"""Round 22; sentences written for these tests.

"X, assistant attorney general for national security,": a title whose own words name a department's
office (attorney general, solicitor general) held by a person written before it is held in that
department, as it already was when the title came before the name ("Assistant Attorney General X");
not a state's attorney general ("the state's attorney general, X").
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs

CASE = "The Justice Department on Thursday indicted three shipping agents for smuggling rifle scopes. "


@pytest.mark.parametrize("text, person", [
    (CASE + '"They hid the crates in grain," said Lydia Brandt, assistant attorney general for national security.',
     "Lydia Brandt"),
    (CASE + "Marco Feld, the deputy attorney general, said the agents had been watched for a year.", "Marco Feld"),
    (CASE + "The case was argued by Noor Qadir, the solicitor general, before a packed court.", "Noor Qadir"),
])
def test_a_department_title_after_a_name_is_held_in_the_department(tmp_path, text, person):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, "U.S. Department of Justice") in held, held


def test_a_states_attorney_general_is_not_the_departments(tmp_path):
    held = relation_pairs(tmp_path, CASE + "Lydia Brandt, the state's attorney general, filed a second suit.",
                          "holdsPosition")
    assert ("Lydia Brandt", "U.S. Department of Justice") not in held, held
