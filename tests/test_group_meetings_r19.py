"""Round 19, from a probe article opened for study; sentences written for these tests.

- "the Group of 20 summit": a group whose name has "of" in it chairs the meeting named after it,
  however the parser hangs the noun on the name (on its "of", or the name on the noun).
- A body that meets alone holds its own meeting: "the Federal Reserve ended a two-day meeting",
  "Bank of Japan policymakers met in Tokyo" (the body chairs it, as "the Fed's meeting" reads).
- Gazetteer (general knowledge): the Group of Eight, and "Group of Twenty", "Group of 7" as names
  of the other two.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, group", [
    ("Leaders met Saturday at the Group of 20 summit in Vienna.", "Group of 20"),
    ("The four-hour Group of 20 summit ended on Saturday with a joint plan.", "Group of 20"),
    ("Finance chiefs arrived in Rome for a Group of Seven meeting on Friday.", "Group of Seven"),
    ("Presidents gathered for the Group of Eight summit on Friday.", "Group of Eight"),
])
def test_a_group_named_with_of_chairs_its_summit(read_events, text, group):
    found = read_events(text)
    assert ("Meeting", group, "chair") in found, found


@pytest.mark.parametrize("text, body", [
    ("The Federal Reserve ended a two-day meeting in Washington on Wednesday.", "Federal Reserve"),
    ("Bank of Japan policymakers met for two days in Tokyo.", "Bank of Japan"),
    ("The European Central Bank began a two-day meeting in Frankfurt on Tuesday.", "European Central Bank"),
])
def test_a_body_meeting_alone_chairs_its_own_meeting(read_events, text, body):
    found = read_events(text)
    assert ("Meeting", body, "chair") in found, found
    assert ("Meeting", body, "attendee") not in found, found
