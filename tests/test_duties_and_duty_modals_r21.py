"""Round 21, from a probe article opened for study; sentences written for these tests.

- "In 1988 its duties expanded": "duties" are customs duties only where something marks them so
  (aimed at someone or on goods, imposed, "import duties", fought over); a body's duties are its tasks.
- "The president must inform Congress of the decision": a modal of duty tells a rule, so no
  hearing before the legislature took place.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body", [
    ("The Export Review Board was set up in 1975. In 1988 its duties expanded to include security issues.",
     "Export Review Board"),
    ("The Harbour Authority was created in 1990. Its duties include keeping the port open.", "Harbour Authority"),
    ("The Tarn Ministry of Labour said on Monday that its duties had grown since 2010.", "Tarn Ministry of Labour"),
])
def test_a_bodys_duties_are_no_customs_duties(read_events, text, body):
    found = read_events(text)
    assert ("TradeConflict", body, "actor") not in found, found


@pytest.mark.parametrize("text, actor, target", [
    ("China imposed duties on steel from Japan on Monday.", "China", "Japan"),
    ("Canada slapped anti-dumping duties on solar panels from China last year.", "Canada", "China"),
    ("India raised its duties on almonds from the United States in June.", "India", "United States"),
])
def test_customs_duties_are_still_read(read_events, text, actor, target):
    found = read_events(text)
    assert ("TradeConflict", actor, "actor") in found, found
    assert ("TradeConflict", target, "target") in found, found


@pytest.mark.parametrize("text, witness", [
    ("The Export Review Board reports to President Tom Hale, who then must inform Congress of its findings.",
     "Tom Hale"),
    ("Under the law, Treasury Secretary Ana Ruiz must tell Congress about every waiver.", "Ana Ruiz"),
    ("Each year the governor, Ivo Sand, shall report to Parliament on the reserves.", "Ivo Sand"),
])
def test_a_duty_to_inform_the_legislature_is_no_hearing(read_events, text, witness):
    found = read_events(text)
    assert ("Meeting", witness, "attendee") not in found, found


def test_a_told_legislature_still_hears_the_witness(read_events):
    found = read_events("Treasury Secretary Ana Ruiz told Congress on Tuesday that the waiver was lawful.")
    assert ("Meeting", "Ana Ruiz", "attendee") in found, found
