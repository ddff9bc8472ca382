"""An official's "will do X if Y" is a threat or a contingency, not a policy, round 14.

"the minister said the government would act if needed", "X warned that the ministers would resign
unless parliament passed the budget": a future act the speaker makes hang on an "if" or "unless"
clause is no PolicyAnnouncement by the speaker. The plain pledge stays one: "the minister said
the government would cut fuel taxes next year", "X announced that the government would build two
new ports".

Sentences and names written for these tests (fictional people and countries).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Prime Minister Tomas Kerr said the government would act if needed.",
    "President Ilse Marden warned that her ministers would resign unless parliament passed the budget.",
    "Finance Minister Lara Voss warned that the ministers would quit unless the budget passed.",
])
def test_conditional_is_no_pledge(read_events, text):
    assert not any(t == "PolicyAnnouncement" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, actor", [
    ("Prime Minister Tomas Kerr said the government would cut fuel taxes next year.", "Tomas Kerr"),
    ("Finance Minister Lara Voss said the government will raise the minimum wage in January.", "Lara Voss"),
    ("President Ilse Marden announced that the government would build two new ports.", "Ilse Marden"),
])
def test_pledge_kept(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)
