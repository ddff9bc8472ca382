"""A firm the text names as another's parent is never merged into the longer name that contains its
own: "X International Ltd., a subsidiary of X" names two firms, the second owning the first
(kg.extract.aliases._named_as_a_parent)."""

import pytest
from helpers import article_facts


@pytest.mark.parametrize("text, unit, parent", [
    ("Regulators fined Orvel Bank International Ltd., a wholly owned unit of Orvel Bank, on Monday. "
     "Orvel Bank declined to comment.", "Orvel Bank International Ltd.", "Orvel Bank"),
    ("The bureau named Kasra Trading Europe GmbH, a subsidiary of Kasra Trading, in its order.",
     "Kasra Trading Europe GmbH", "Kasra Trading"),
    ("Velmont Steel Americas Inc. said its parent, Velmont Steel, would close two mills.",
     "Velmont Steel Americas Inc.", "Velmont Steel"),
])
def test_the_parent_stays_a_firm_of_its_own(tmp_path, text, unit, parent):
    facts, names = article_facts(tmp_path, text)
    assert {unit, parent} <= set(names.values())


def test_the_parent_owns_the_unit_named_after_it(tmp_path):
    text = ("Regulators fined Orvel Bank International Ltd., a wholly owned unit of Orvel Bank, on Monday. "
            "Orvel Bank declined to comment.")
    facts, names = article_facts(tmp_path, text)
    owns = {(names[r["subject"]], names[r["object"]]) for r in facts["relations"] if r["predicate"] == "owns"}
    assert ("Orvel Bank", "Orvel Bank International Ltd.") in owns


def test_a_short_name_still_joins_its_long_name_otherwise(tmp_path):
    text = "Orvel Bank International Ltd. was fined on Monday. Orvel Bank International said it would appeal."
    facts, names = article_facts(tmp_path, text)
    assert [n for n in names.values() if n.startswith("Orvel")] == ["Orvel Bank International Ltd."]
