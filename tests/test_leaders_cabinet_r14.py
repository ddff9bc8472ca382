"""A cabinet or parliament named by its leader ("the cabinet of Prime Minister X") is the leader's
government, not a body of its own: criticism of it targets the leader, as "the government of X"
does. A cabinet named alone ("the cabinet's decision") stays a government body."""

import datetime

import pytest

from kg.extract import extract
from kg.models import Article

PUBLISHED = datetime.date(2024, 3, 5)


def _facts(nlp, text: str):
    return extract(nlp(text), Article(id="t", text=text, published=PUBLISHED))


def _criticism_targets(nlp, text: str) -> set[str]:
    facts = _facts(nlp, text)
    names = {e.key: e.name for e in facts.entities}
    return {names.get(p.entity) for ev in facts.events if ev.type == "Criticism"
            for p in ev.participants if p.role == "target"}


@pytest.mark.parametrize("text, leader", [
    ("Senator Hal Ostrowe attacked the cabinet of Premier Dana Kell over the budget.", "Dana Kell"),
    ("Governor Ansel Pike criticized the new cabinet of Chancellor Erik Lunde for the strikes.", "Erik Lunde"),
    ("Opposition chief Rolf Amsel denounced the outgoing cabinet of Prime Minister Tilde Rask on Friday.", "Tilde Rask"),
])
def test_a_cabinet_named_by_its_leader_is_the_leaders(nlp, text, leader):
    targets = _criticism_targets(nlp, text)
    assert leader in targets, targets
    assert "cabinet" not in targets


def test_a_cabinet_named_alone_is_still_a_body(nlp):
    facts = _facts(nlp, "The cabinet approved the fuel subsidy on Monday, officials in Varnholm said.")
    assert any(e.name.lower() == "cabinet" and e.type == "GovernmentBody" for e in facts.entities), facts.entities
