"""The confidence table (kg/extract/confidence.py): one documented entry per kind of evidence, used
by the extractors by name, and shown beside the measured precision by `kg eval --calibration`."""

from __future__ import annotations

import ast
from pathlib import Path

import kg.extract
from kg.extract import confidence
from kg.extract.confidence import stated_at, table


def test_every_entry_has_a_value_a_kind_of_fact_and_a_reason():
    entries = table()
    assert len({e.name for e in entries}) == len(entries)
    for e in entries:
        assert 0 < e.value <= 1, e
        assert e.part in ("entities", "relations", "events", "quotes"), e
        assert len(e.why.split()) >= 4, f"{e.name} needs a one-line why under it"
        assert getattr(confidence, e.name) == e.value


def test_the_table_has_entries_for_each_kind_of_fact():
    parts = {e.part for e in table()}
    assert parts == {"entities", "relations", "events", "quotes"}


def test_stated_at_names_the_entries_of_one_kind_of_fact_and_value():
    assert "REL_TITLE_BETWEEN_NAMES" in stated_at("relations", confidence.REL_TITLE_BETWEEN_NAMES)
    assert "REL_TITLE_BETWEEN_NAMES" not in stated_at("quotes", confidence.REL_TITLE_BETWEEN_NAMES)
    # factors change a confidence; they state none
    assert "QUOTE_CARRIED_OVER_SCALE" not in stated_at("quotes", confidence.QUOTE_CARRIED_OVER_SCALE)
    assert stated_at("relations", 0.123) == []


def test_extractors_state_no_confidence_as_a_bare_number():
    """A number between 0 and 1 in the extractors is a ratio compared against, never a confidence
    given: confidences come from the table by name. (A new rule adds its entry to
    kg/extract/confidence.py, with the reason for its value.)"""
    folder = Path(kg.extract.__file__).parent
    found = []
    for path in sorted(folder.glob("*.py")):
        if path.name == "confidence.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        compared = {id(n) for c in ast.walk(tree) if isinstance(c, ast.Compare)
                    for n in ast.walk(c)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, float) and 0 < node.value < 1 \
                    and id(node) not in compared:
                found.append(f"{path.name}:{node.lineno}: {node.value}")
    assert not found, (
        "give each of these confidences a named entry in kg/extract/confidence.py (NAME = value, then a "
        "one-line string saying why), use the name here, and add its row to docs/DESIGN.md: " + "; ".join(found))


def test_calibration_table_shows_stated_and_measured_with_the_entries_stating_it():
    from kg.cli.evaluate import format_calibration
    from kg.evaluate import CalibrationRow

    row = CalibrationRow("relations", confidence.REL_TITLE_BETWEEN_NAMES, facts=10, right=7)
    assert "REL_TITLE_BETWEEN_NAMES" in row.stated_by
    text = format_calibration([row, CalibrationRow("quotes", 0.123, facts=2, right=2)])
    header, _, first, second = text.splitlines()[:4]
    assert "stated" in header and "measured" in header
    assert first.split()[:5] == ["relations", f"{confidence.REL_TITLE_BETWEEN_NAMES:.2f}", "10", "7", "0.70"]
    assert "REL_TITLE_BETWEEN_NAMES" in first
    assert "derived" in second


def test_design_doc_lists_every_entry_with_its_value():
    design = (Path(__file__).parent.parent / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    for e in table():
        row = f"| `{e.name}` | {e.value:g} |"
        assert row in design, f"docs/DESIGN.md, section Confidence, needs the row: {row} {e.why} |"
