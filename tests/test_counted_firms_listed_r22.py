"""Round 22; sentences written for these tests.

"The Commission filed a complaint against X, a partnership based in Dallas; and two X subsidiaries:
A, a Texas corporation ...; and B, ...": the firms an enforcement act counts and then lists in its own
sentence are its targets (the first of them, up to the count); a count with no names after it in
the sentence adds nobody.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _targets(tmp_path, text):
    facts, names = article_facts(tmp_path, text)
    return {names[p["entity"]] for e in facts["events"] if e["type"] == "RegulatoryAction"
            for p in e["participants"] if p["role"] == "target"}


@pytest.mark.parametrize("text, listed", [
    ("The SEC filed a complaint against Halvern Partners, L.P., a Delaware partnership based in Dallas, Texas; "
     "and two Halvern subsidiaries: Halvern Pipeline Company, a Texas corporation located in Houston; and "
     "Halvern Marketing, Ltd., a Texas partnership located in Austin.",
     {"Halvern Pipeline Company", "Halvern Marketing, Ltd."}),
    ("The SEC charged Halvern Partners and two of its subsidiaries, Halvern Pipeline Company and Halvern "
     "Marketing, Ltd., with fraud.", {"Halvern Pipeline Company", "Halvern Marketing, Ltd."}),
    ("The CFTC sued Brisa Capital LLC and three affiliated funds: Brisa Macro Fund LP, Brisa Credit Fund LP "
     "and Brisa Energy Fund LP.", {"Brisa Macro Fund LP", "Brisa Credit Fund LP", "Brisa Energy Fund LP"}),
])
def test_the_firms_an_act_counts_and_lists_are_its_targets(tmp_path, text, listed):
    assert listed <= _targets(tmp_path, text)


def test_a_count_with_no_names_after_it_adds_nobody(tmp_path):
    targets = _targets(tmp_path, "The SEC charged Halvern Partners and three of its affiliates on Monday. "
                                 "Velora Trading Ltd. was not charged.")
    assert "Velora Trading Ltd." not in targets, targets
