"""A person described by a job at an organisation is no firm, round 18 (from a judged audit; the
people and firms invented): "X, a former web producer for Corvel News," holds a post; a firm is
"a producer of steel"."""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, person", [
    ("Ada Lind, a former web producer for Corvel News, was charged on Thursday.", "Ada Lind"),
    ("Tom Reed, a software developer at Brask Systems, testified on Monday.", "Tom Reed"),
    ("Omar Reyes, a longtime contractor for the Halvard Group, pleaded guilty.", "Omar Reyes"),
])
def test_a_job_at_an_organisation_describes_a_person(nlp, text, person):
    assert entity_types(nlp, text).get(person) == "Person", entity_types(nlp, text)


def test_a_firms_trade_still_describes_a_firm(nlp):
    types = entity_types(nlp, "Halvard Steel Works, a producer of steel pipes, cut 300 jobs.")
    assert types.get("Halvard Steel Works") == "Company", types
