"""A body telling the figures it keeps makes an event of its own (Other, the body its actor): "the
statistics office says the economy grew 3.5 percent", "the association says 12,000 jobs have been
lost", "the lenders' association reports that repossessions are at a record"
(kg.extract.events._figures_told). A forecast, a firm's own results and a person's word are not
this."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, body", [
    ("The National Statistics Office says the economy grew 3.5 percent in the third quarter.",
     "National Statistics Office"),
    ("The Association of Tanzanian Manufacturers says that 12,000 jobs have been lost since March.",
     "Association of Tanzanian Manufacturers"),
    ("The Mortgage Lenders Association reports that repossessions are at their highest level ever.",
     "Mortgage Lenders Association"),
    ("On Tuesday the Federal Statistics Bureau announced that exports fell for a third month.",
     "Federal Statistics Bureau"),
])
def test_a_body_telling_its_figures_acts(tmp_path, text, body):
    assert any((body, "actor") in e for e in event_parts(tmp_path, text, "Other"))


@pytest.mark.parametrize("text", [
    "The National Statistics Office said inflation will slow next year.",
    "Brenner Foods said sales fell 10 percent in the quarter.",
    "Economist Ana Ruiz says the economy is slowing.",
])
def test_a_forecast_a_firms_results_or_a_persons_word_is_not_a_release(tmp_path, text):
    events = event_parts(tmp_path, text, "Other")
    assert not any(k in ("National Statistics Office", "Ana Ruiz") for e in events for k, _ in e), events
