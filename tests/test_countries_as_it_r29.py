"""A country is "it" where a firm or a body would be: the subject "it" of a clause a country
says ("Brazil said it would ...") or of a clause joined to one whose subject is a country
("Brazil is under fire ..., while it accuses Argentina of ...") is that country
(kg.extract.patterns.ArticleContext._country_subject)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, actor, target", [
    ("Chile is under pressure over its copper exports, while it accuses Peru of unfairly taxing Chilean wine.",
     "Chile", "Peru"),
    ("Norway said it had accused Iceland of overfishing in shared waters.", "Norway", "Iceland"),
    ("Turkey is in talks with its creditors, and it has accused Greece of blocking the deal.", "Turkey", "Greece"),
])
def test_it_is_the_country_of_the_clause_it_joins(tmp_path, text, actor, target):
    assert any({(actor, "actor"), (target, "target")} <= e for e in event_parts(tmp_path, text, "Criticism"))


def test_it_after_a_firm_is_still_the_firm(tmp_path):
    text = "Halvard Bank said it had accused Dunmore Paper of hiding losses."
    assert any(("Halvard Bank", "actor") in e for e in event_parts(tmp_path, text, "Criticism"))
