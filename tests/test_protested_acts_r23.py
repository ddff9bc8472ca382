"""Round 23; sentences written for these tests.

An act protested or objected to is criticised, and its authors are the target, as with "criticized
the tariffs": "X protested the import taxes", "X objected to the tariffs", "protested to the court
about the fines", also when the protesters are listed after "including" ("several nations,
including X and Y, protested the tariffs"). A protest in the streets criticises nobody named.
"""

from __future__ import annotations

import pytest
from helpers import event_parts


def _criticisms(tmp_path, text):
    return event_parts(tmp_path, text, "Criticism")


@pytest.mark.parametrize("text, critics", [
    ("Canada imposed import taxes on cars from Mexico in May. Mexico protested the import taxes.", ["Mexico"]),
    ("Canada imposed tariffs on steel from Mexico in May. Mexico objected to the tariffs.", ["Mexico"]),
    ("Canada imposed tariffs on steel from Mexico in May. Several nations, including Brazil and Japan, "
     "also protested the tariffs.", ["Brazil", "Japan"]),
])
def test_an_act_protested_is_criticised_and_its_author_the_target(tmp_path, text, critics):
    events = _criticisms(tmp_path, text)
    assert any({(c, "actor") for c in critics} | {("Canada", "target")} <= e for e in events), events


def test_a_protest_in_the_streets_criticises_nobody_named(tmp_path):
    assert not _criticisms(tmp_path, "Canada imposed tariffs on steel in May. Workers protested in Ottawa on Monday.")
