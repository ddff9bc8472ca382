"""Small readers the construction tests share: what `kg` makes of a sentence written for a test.

The tests folder is on `sys.path` when pytest collects it (it has no `__init__.py`), so a test
module imports these as `from helpers import entity_types`.
"""

from __future__ import annotations

from kg.extract.entities import resolve_entities
from kg.models import Article


def entity_types(nlp, text: str) -> dict[str, str]:
    """The entities `kg` resolves in `text`: canonical name -> coarse type."""
    return {e.name: e.type for e in resolve_entities(nlp(text), Article(id="t", text=text))}


def article_facts(tmp_path, text: str, published: str = "2025-03-14",
                  source: str | None = None) -> tuple[dict, dict[str, str]]:
    """The facts (FORMAT.md JSON) the whole pipeline finds in `text`, written as a one-article file
    with front matter (`source` as its source line, when given), and its entities' names by id."""
    import kg

    path = tmp_path / "a.txt"
    source_line = f"source: {source}\n" if source else ""
    path.write_text(f"title: t\n{source_line}published: {published}\n---\n" + text + "\n")
    (facts,) = kg.extract([str(path)]).facts()
    return facts, {e["id"]: e["name"] for e in facts["entities"]}


def relation_pairs(tmp_path, text: str, predicate: str) -> set[tuple[str, str]]:
    """The (subject name, object name) pairs of one predicate the whole pipeline finds in `text`."""
    facts, names = article_facts(tmp_path, text)
    return {(names[r["subject"]], names[r["object"]]) for r in facts["relations"] if r["predicate"] == predicate}


def event_parts(tmp_path, text: str, event_type: str, published: str = "2025-03-14") -> list[set[tuple[str, str]]]:
    """The participants, as (name, role) pairs, of each event of one type the whole pipeline finds
    in `text`."""
    facts, names = article_facts(tmp_path, text, published)
    return [{(names[p["entity"]], p["role"]) for p in e["participants"]}
            for e in facts["events"] if e["type"] == event_type]


def typed_events(tmp_path, text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """Every event the whole pipeline finds in `text`: its type and its (name, role) pairs."""
    facts, names = article_facts(tmp_path, text)
    return [(e["type"], {(names[p["entity"]], p["role"]) for p in e["participants"]}) for e in facts["events"]]


def article_entity_types(tmp_path, text: str) -> dict[str, str]:
    """The entities the whole pipeline finds in `text`: canonical name -> coarse type."""
    facts, _ = article_facts(tmp_path, text)
    return {e["name"]: e["type"] for e in facts["entities"]}


def quote_speakers(tmp_path, text: str) -> list[tuple[str | None, str]]:
    """The quotes the whole pipeline finds in `text`: (speaker's name, quoted text), in order."""
    facts, names = article_facts(tmp_path, text)
    return [(names.get(q["speaker"]), q["text"]) for q in facts["quotes"]]


def speaker_names(tmp_path, text: str) -> list[str | None]:
    """The speakers' names of the quotes the whole pipeline finds in `text`, in order."""
    return [name for name, _ in quote_speakers(tmp_path, text)]
