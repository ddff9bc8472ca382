"""Calling a party's act deplorable, inappropriate, a setback or a blunder criticises the party
(kg.extract.relations.NEGATIVE_WORDS); calling it a success does not."""

import pytest
from helpers import event_parts, relation_pairs


@pytest.mark.parametrize("text, critic, party", [
    ("Labor leader Anna Berg called the Halvard Group's layoffs deplorable.", "Anna Berg", "Halvard Group"),
    ("Mayor Tom Riggs called Orbis Air's decision to close the hub a setback for the city.", "Tom Riggs", "Orbis Air"),
    ("Consumer advocate Lena Park called Brightwell Bank's new fees inappropriate.", "Lena Park", "Brightwell Bank"),
    ("Senator Paul Greer called the Velor Mining deal a blunder.", "Paul Greer", "Velor Mining"),
])
def test_calling_an_act_deplorable_criticises_its_author(tmp_path, text, critic, party):
    assert (critic, party) in relation_pairs(tmp_path, text, "criticized")
    assert any({(critic, "actor"), (party, "target")} <= p for p in event_parts(tmp_path, text, "Criticism"))


def test_calling_an_act_a_success_is_no_criticism(tmp_path):
    text = "Senator Paul Greer called the Velor Mining deal a success."
    assert relation_pairs(tmp_path, text, "criticized") == set()
