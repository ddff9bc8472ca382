"""An authority's harsh words about those it acts against are no Criticism event, round 16
(kg.extract.events._without_enforcers_reproach).

In a story of an agency's fine, suit or charges, what the agency or its officials say of the firm
("X deceived its users", "we condemn X") belongs to the action. The dev annotators never require a
Criticism event there: in the three dev articles that record one it is optional (the probe sets'
annotators made it optional 22 times and required it 5). Someone else's criticism of the same firm stays an event. Every name is
invented.
"""

from __future__ import annotations

import pytest

FINED = "The Federal Trade Commission fined Velka Media $20 million on Monday. "
SUED = "The Securities and Exchange Commission sued Orsk Capital on Monday. "
CHARGED = "The Justice Department charged Brask Motors with fraud on Monday. "


def _criticism(read_events, text):
    return {(name, role) for t, name, role in read_events(text) if t == "Criticism"}


@pytest.mark.parametrize("text", [
    FINED + "FTC chairman Ron Tate said Velka Media had deceived its users for years.",
    SUED + "The SEC criticized Orsk Capital for hiding losses from clients.",
    CHARGED + "Attorney General Lena Holt condemned Brask Motors for cheating on emissions tests.",
])
def test_the_enforcers_own_reproach_is_part_of_its_action(read_events, text):
    assert _criticism(read_events, text) == set()
    assert any(t == "RegulatoryAction" for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, critic, target", [
    (CHARGED + "Senator Ann Pike condemned Brask Motors for cheating on emissions tests.", "Ann Pike", "Brask Motors"),
    (FINED + "Consumer advocate Joan Reyes slammed Velka Media for selling its users' data.", "Joan Reyes",
     "Velka Media"),
    (SUED + "The SEC criticized Harlow Bank, which it did not sue, for lax checks.", "Securities and Exchange Commission",
     "Harlow Bank"),
])
def test_criticism_by_others_or_of_others_stays(read_events, text, critic, target):
    assert {(critic, "actor"), (target, "target")} <= _criticism(read_events, text)


def test_the_positions_come_from_relations_already_found(nlp, monkeypatch):
    """extract() passes the relations it found to the events, which read an official's post from
    them instead of running a second relation pass."""
    from kg.extract import relations as relations_module
    from kg.extract.entities import resolve_entities
    from kg.extract.events import extract_events
    from kg.models import Article

    text = CHARGED + "Attorney General Lena Holt condemned Brask Motors for cheating on emissions tests."
    article = Article(id="t", text=text)
    doc = nlp(text)
    table = resolve_entities(doc, article)
    found = relations_module.extract_relations(doc, table, article)

    def second_pass(*args, **kwargs):
        raise AssertionError("a second relation pass")

    monkeypatch.setattr(relations_module, "extract_relations", second_pass)
    events = extract_events(doc, table, article, found)
    assert not any(e.type == "Criticism" for e in events)
    assert any(e.type == "RegulatoryAction" for e in events)
