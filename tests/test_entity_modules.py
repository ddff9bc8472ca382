"""Entity resolution is split into modules by responsibility, and data flows one way through them:
each module imports only the modules before it in ENTITY_STEPS (and kg.extract.confidence, the
table of confidences, and kg.extract.table, the result)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import kg.extract

ENTITY_STEPS = ["entity_lexicon", "name_forms", "candidates", "entity_types", "noise", "missed_names", "aliases",
                "coreference", "entities"]


def extract_imports(module: str) -> set[str]:
    """The kg.extract modules that `module` imports, by their short names."""
    path = Path(kg.extract.__file__).parent / f"{module}.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg.extract."):
            found.add(node.module.removeprefix("kg.extract."))
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("kg.extract.") for a in node.names if a.name.startswith("kg.extract."))
    return found


def test_each_entity_step_imports_only_the_steps_before_it():
    for i, module in enumerate(ENTITY_STEPS):
        allowed = set(ENTITY_STEPS[:i]) | {"table", "confidence"}
        assert extract_imports(module) <= allowed, (module, extract_imports(module) - allowed)


def test_no_entity_step_reaches_into_relations_events_or_quotes():
    later = {"relations", "events", "quotes", "patterns", "dates", "event_lexicon"}
    for module in ENTITY_STEPS:
        assert not extract_imports(module) & later, module


def test_every_entity_step_says_what_it_does():
    for module in ENTITY_STEPS:
        assert (importlib.import_module(f"kg.extract.{module}").__doc__ or "").strip(), module


def test_a_possessive_after_a_symbol_is_no_name_and_breaks_nothing(nlp):
    # found by the fuzz test: a "name" of symbols only has no head word to type it by
    from kg.extract.entities import resolve_entities
    from kg.extract.name_forms import name_head
    from kg.models import Article

    assert name_head([]) == ""
    text = "¬ 's The"
    assert list(resolve_entities(nlp(text), Article(id="t", text=text))) == []
