"""A firm that leads or arranges the rescue of another funds it: "Y has led two bailouts of X",
"Y arranged a rescue of X", "Y financed the bailout of X" (an Investment: Y acts, X is the
target), not a rescue that may come (kg.extract.events._rescued_by_a_firm, RESCUE_LEADING_VERBS)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, saver, saved", [
    ("Halvard Bank has led two bailouts of Pemberly Stores since 2019.", "Halvard Bank", "Pemberly Stores"),
    ("Corvane Capital arranged a rescue of Ellery Shipping in March.", "Corvane Capital", "Ellery Shipping"),
    ("Dunmore Trust financed the bailout of Wexley Motors last year.", "Dunmore Trust", "Wexley Motors"),
])
def test_the_firm_that_led_a_rescue_funds_the_firm_rescued(tmp_path, text, saver, saved):
    assert {(saver, "actor"), (saved, "target")} in event_parts(tmp_path, text, "Investment")


def test_a_rescue_that_may_come_is_no_investment(tmp_path):
    text = "Halvard Bank may lead a bailout of Pemberly Stores next year."
    assert event_parts(tmp_path, text, "Investment") == []
