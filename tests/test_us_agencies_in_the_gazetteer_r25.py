"""Round 25; sentences written for these tests.

U.S. agencies that enforce safety, labour and transport rules are in the gazetteer as regulators:
an article that names one only by its short form still names the agency, by its full name.
"""

from __future__ import annotations

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, name", [
    ("OSHA fined Varden Logistics Inc. $90,000 after a forklift accident.",
     "Occupational Safety and Health Administration"),
    ("The EEOC sued Varden Logistics Inc. on Monday, saying the firm fired older workers.",
     "Equal Employment Opportunity Commission"),
    ("The NLRB ordered Corso Coffee Co. to rehire two baristas.", "National Labor Relations Board"),
    ("PHMSA fined Redstone Pipeline LLC after the line leaked twice.",
     "Pipeline and Hazardous Materials Safety Administration"),
])
def test_the_short_form_names_the_agency(tmp_path, text, name):
    types = article_entity_types(tmp_path, text)
    assert types.get(name) == "GovernmentBody", types
