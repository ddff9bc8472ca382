"""Round 25; sentences written for these tests.

What an authority's inquiry found names its target: "an investigation by the FCA found that X
failed to ...", "the SEC's probe concluded that X had misled investors". A study's findings, or an
inquiry's findings about no one, name none; "exposed workers to falls" is no market move.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, authority, target", [
    ("An investigation by the Financial Conduct Authority found that Norvik Bank failed to check clients.",
     "Financial Conduct Authority", "Norvik Bank"),
    ("The SEC's probe concluded that Brightwell Capital LLC had misled investors.",
     "Securities and Exchange Commission", "Brightwell Capital LLC"),
    ("An inquiry by the Competition Commission of India determined that Orvex Cement Ltd. fixed prices.",
     "Competition Commission of India", "Orvex Cement Ltd."),
])
def test_the_one_found_at_fault_is_the_target(tmp_path, text, authority, target):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(authority, "actor"), (target, "target")} <= a for a in acts), acts


def test_findings_about_no_one_name_no_target(tmp_path):
    text = "A review by the Federal Reserve found that inflation had slowed."
    assert not any(any(r == "target" for _, r in a) for a in event_parts(tmp_path, text, "RegulatoryAction"))


def test_workers_exposed_to_falls_is_no_market_move(tmp_path):
    text = "An inspection by OSHA revealed that Brisco Builders Inc. exposed workers to falls."
    assert not event_parts(tmp_path, text, "MarketMove")
