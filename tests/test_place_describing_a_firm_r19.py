"""Round 19, from a fourth judged audit; sentences written for these tests.

"The SEC charged Tampa investment adviser Feld Capital and owner Ada Lind": the town describing the
firm ("Tampa investment adviser") is not a third party charged. The small parser hangs the second
name and its "and" inside the first name's phrase, and every name joined so was read as a
conjunct; a name followed by a common noun describes that noun instead.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, town, firm", [
    ("The SEC charged Tampa investment adviser Feld Capital and owner Ada Lind with fraud.", "Tampa", "Feld Capital"),
    ("The SEC charged Denver broker-dealer Oran Securities and owner Ken Oda with fraud.", "Denver",
     "Oran Securities"),
    ("The SEC charged Austin investment adviser Marrow Wealth and founder Lena Varga with fraud.", "Austin",
     "Marrow Wealth"),
])
def test_a_town_describing_a_charged_firm_is_not_charged(read_events, text, town, firm):
    found = read_events("Markets rose.\n" + text)
    assert ("RegulatoryAction", firm, "target") in found, found
    assert not any(name == town for _, name, _ in found), found
