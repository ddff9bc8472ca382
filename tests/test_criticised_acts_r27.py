"""Who is criticised for an act named with its author after it: "called the decision by X a
mistake", "called the layoffs at X unacceptable", "criticized the move by X to ..." aim at X; a
firm's cuts and a state's stand are acts one may judge (kg.extract.events._criticised_plans)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, critic, target", [
    ("Senator Paula Greer called the decision by Norvik Airlines a serious mistake.", "Paula Greer", "Norvik Airlines"),
    ("Labor Minister Hugo Brandt called the layoffs at Castell Steel a costly mistake.", "Hugo Brandt", "Castell Steel"),
    ("Governor Rita Lanz criticized the move by Orlen Chemicals to shut its plant.", "Rita Lanz", "Orlen Chemicals"),
])
def test_the_author_named_after_the_act_is_criticised(tmp_path, text, critic, target):
    assert any({(critic, "actor"), (target, "target")} <= parts for parts in event_parts(tmp_path, text, "Criticism"))


@pytest.mark.parametrize("text", [
    "Senator Paula Greer praised the decision by Norvik Airlines to add routes.",
    "Senator Paula Greer called the decision by Norvik Airlines a wise step.",
])
def test_praise_is_no_criticism(tmp_path, text):
    assert not event_parts(tmp_path, text, "Criticism")
