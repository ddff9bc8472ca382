"""An event only the learned role reader finds needs a time in its sentence, round 16
(kg.extract.events._merge).

On five held-out sets, scored before any rule was written for them, the events that only the learned
reader found and that no date cue placed in time ("spoke about his government's reform efforts",
"was hoping to purchase a boiler", "raised the matter of scrapping tariffs") were right 2 times in
14 after the lead: background and asides, not the news of the day. Where the sentence dated them
they were right 12 times in 16, and in the headline and lead 4 times in 8. Such undated events after
the lead are now left out; the patterns' undated events stay, and an article without a publication
date (where no weekday can be dated) keeps them all. In the headline and lead a learned event now
takes the day the lead tells (its cue, else the publication date), as the patterns' events there do.

The model is replaced by a reader that gives every candidate a role (its subject acts, any other
name undergoes), so the tests see only the rule around it. Every name is invented.
"""

from __future__ import annotations

import pytest

from kg.extract import events

LEAD = "Shares in Brask rose 2% on Monday. Bonds fell on Monday. "


class _EveryRole:
    """A stand-in for the learned reader: a candidate that is a subject acts, any other undergoes."""

    def roles(self, cands, threshold):
        return [(c, "actor" if c.mention.dep_ in ("nsubj", "poss") else "target", 1.0) for c in cands]


@pytest.fixture
def eager(monkeypatch):
    monkeypatch.setattr(events, "shipped_model", lambda: _EveryRole())


UNDATED = [
    ("Minister Ola Brenn spoke about her cabinet's recent reform efforts.", "PolicyAnnouncement"),
    ("Trade minister Ivo Saltz raised the matter of scrapping tariffs.", "PolicyAnnouncement"),
    ("Piet Ormond was hoping to purchase a boiler from Velka Works for a client.", "Investment"),
]


@pytest.mark.parametrize("text, kind", UNDATED)
def test_a_learned_event_with_no_time_is_left_out(eager, read_events, text, kind):
    assert not any(t == kind for t, _, _ in read_events(LEAD + text))


@pytest.mark.parametrize("text, kind, when", [
    ("Minister Ola Brenn spoke about her cabinet's recent reform efforts on Friday.", "PolicyAnnouncement",
     "2025-03-07"),
    ("On Sunday, trade minister Ivo Saltz raised the matter of scrapping tariffs.", "PolicyAnnouncement",
     "2025-03-09"),
    ("Piet Ormond tried in January to buy a boiler from Velka Works for a client.", "Investment", "2025-01"),
])
def test_one_its_sentence_dates_is_kept_with_that_date(eager, tmp_path, text, kind, when):
    import kg

    path = tmp_path / "a.txt"
    path.write_text("title: t\npublished: 2025-03-11\n---\n" + LEAD + text + "\n")
    found = [e for f in kg.extract([str(path)]).facts() for e in f["events"] if e["type"] == kind]
    assert [e["date"] for e in found] == [when]


@pytest.mark.parametrize("text, kind", UNDATED)
def test_an_article_without_a_publication_date_keeps_it(eager, tmp_path, text, kind):
    import kg

    path = tmp_path / "a.txt"
    path.write_text(LEAD + text + "\n")
    found = [e for f in kg.extract([str(path)]).facts() for e in f["events"]]
    assert any(e["type"] == kind for e in found)


@pytest.mark.parametrize("text, kind", UNDATED)
def test_one_in_the_lead_is_kept(eager, read_events, text, kind):
    assert any(t == kind for t, _, _ in read_events(text))


@pytest.mark.parametrize("text, kind", UNDATED)
def test_one_in_the_lead_takes_the_publication_day(eager, tmp_path, text, kind):
    import kg

    path = tmp_path / "a.txt"
    path.write_text("title: t\npublished: 2025-03-11\n---\n" + text + " Shares rose.\n")
    found = [e for f in kg.extract([str(path)]).facts() for e in f["events"] if e["type"] == kind]
    assert [e["date"] for e in found] == ["2025-03-11"]
