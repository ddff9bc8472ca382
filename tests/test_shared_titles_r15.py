"""Officials named under one shared title, round 15.

"Trade ministers X and Y signed the accord", "EU leaders X and Y signed the agreement": the title
stands once before two or more names, in the plural ("ministers", "presidents", "governors"), or
as the leaders of a country or government ("EU leaders", "Estland's leaders"). Each name is an
official acting for a government (kg.extract.events._titled_official), so each signs the
agreement (Other, actor). Not "business leaders X and Y" nor a name with no title at all.

Sentences and names written for these tests (fictional people and countries; the European Union).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, signers", [
    ("Trade ministers Ilse Marden and Halvard Brenning signed the accord in Lisbon.",
     ["Ilse Marden", "Halvard Brenning"]),
    ("Foreign ministers Ilse Marden, Tomas Kerr and Halvard Brenning signed the treaty on Friday.",
     ["Ilse Marden", "Tomas Kerr", "Halvard Brenning"]),
    ("President Tomas Kerr and EU leaders Ilse Marden and Halvard Brenning signed a partnership agreement.",
     ["Tomas Kerr", "Ilse Marden", "Halvard Brenning"]),
])
def test_each_name_under_a_shared_title_signs(read_events, text, signers):
    events = read_events(text)
    for name in signers:
        assert ("Other", name, "actor") in events, name


@pytest.mark.parametrize("text, names", [
    ("Business leaders Ilse Marden and Halvard Brenning signed the accord in Lisbon.",
     ["Ilse Marden", "Halvard Brenning"]),
    ("Ilse Marden and Halvard Brenning signed the accord in Lisbon.", ["Ilse Marden", "Halvard Brenning"]),
])
def test_no_title_no_official(read_events, text, names):
    events = read_events(text)
    for name in names:
        assert ("Other", name, "actor") not in events, name
