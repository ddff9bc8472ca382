"""Doubt voiced at another's act is criticism of its maker, as displeasure is: "X expressed
skepticism about Y's plans", "X voiced misgivings over the merger by Y"; a plan's "of" names
its maker ("the nationalization plans of President Y"), a deed's names whom it befalls ("the
arrest of Y"). (kg.extract.events._displeasure, _act_owners)"""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, critic, target", [
    ("The State Department on Tuesday expressed skepticism about the nationalization plans of Peruvian "
     "President Ana Quiroga.", "U.S. Department of State", "Ana Quiroga"),
    ("Germany voiced misgivings about Russia's decision to cut gas exports.", "Germany", "Russia"),
    ("The European Commission expressed doubts over the budget policies of Prime Minister Ivo Brandt.",
     "European Commission", "Ivo Brandt"),
    ("Japan expressed alarm at China's move to restrict rare earth sales.", "Japan", "China"),
])
def test_doubt_voiced_at_an_act_criticises_its_maker(tmp_path, text, critic, target):
    events = event_parts(tmp_path, text, "Criticism")
    assert any({(critic, "actor"), (target, "target")} <= e for e in events), events


def test_a_deeds_of_names_whom_it_befalls_not_its_maker(tmp_path):
    events = event_parts(tmp_path, "The opposition party voiced concern about the arrest of Maria Lind.", "Criticism")
    assert not any(("Maria Lind", "target") in e for e in events), events


def test_doubt_about_no_ones_act_is_no_criticism(tmp_path):
    assert event_parts(tmp_path, "Investors voiced skepticism about the economy on Monday.", "Criticism") == []
