"""A title-case headline is judged as a whole line, though the small parser cut it in two ("...
Fines Tarnwell Corp. --" and "Again"), and its present-tense event verb is read in the past tense
of the same length ("fines" as "fined"), which the parser takes for the act it is and not for a
noun after a name (kg.extract.patterns._reparsed, _headline_verb_past)."""

import pytest
from helpers import event_parts


def headline_article(headline: str, body: str) -> str:
    return f"{headline}\n{body}"


@pytest.mark.parametrize("headline, body, actor, target", [
    ("Japan Fines Kestrel Motors Co. Over Emissions", "Kestrel Motors Co. apologized to its customers.",
     "Japan", "Kestrel Motors Co."),
    ("European Commission Fines Tarnwell Corp. -- Again", "Tarnwell Corp. said it would appeal the decision.",
     "European Commission", "Tarnwell Corp."),
    ("Federal Trade Commission Sues Corvex Labs Inc. Over Ads", "The agency said the ads misled buyers.",
     "Federal Trade Commission", None),
])
def test_a_headlines_present_tense_verb_is_read_as_the_act(tmp_path, headline, body, actor, target):
    found = event_parts(tmp_path, headline_article(headline, body), "RegulatoryAction")
    assert any((actor, "actor") in parts and (target is None or (target, "target") in parts) for parts in found)


def test_a_headline_verb_without_a_name_before_it_is_left_as_written(tmp_path):
    # no name before "Charges": the word is the headline's noun, and no act is read from it
    text = headline_article("New Charges Loom for Tarnwell Corp. Over Emissions", "Tarnwell Corp. declined to comment.")
    assert event_parts(tmp_path, text, "RegulatoryAction") == []
