"""Criticism events in the constructions unseen articles use most (round 13, paraphrase robustness).

The accused answering the accuser: a firm or a person that disputes, rejects, contests or
"does not agree with" the allegations, charges, claims or findings of an authority, or says
they are unfounded or without merit, criticises whoever makes them; named with the claim ("the
agency's findings", "the charges brought by the agency") or, when not ("the charges against
it"), the authority that acted against them earlier in the article. Not: "did not dispute",
"would not contest", "denied the allegations", "neither admitted nor denied", "agreed with the
findings", a court that rejects a party's claims, nor rejecting an offer or a bid.

Every name is invented.
"""

from __future__ import annotations

import pytest

AGENCY = "Veldor Securities Commission"
FIRM = "Brightwater Energy"


@pytest.mark.parametrize("text", [
    "The Veldor Securities Commission fined Brightwater Energy $5 million on Monday. "
    "Brightwater Energy disputed the commission's findings.",
    "Brightwater Energy rejected the allegations of the Veldor Securities Commission and said it would fight them.",
    "Brightwater Energy said on Friday it did not agree with the Veldor Securities Commission's findings.",
    "Brightwater Energy strongly disputes the Veldor Securities Commission's conclusions, a spokesman said.",
    "The Veldor Securities Commission sued Brightwater Energy on Monday. The company said the lawsuit was without merit.",
    "The Veldor Securities Commission charged Brightwater Energy with fraud on Monday. "
    "Brightwater Energy said the charges against it were unfounded.",
    "Brightwater Energy disagreed with the Veldor Securities Commission's assessment of its accounts.",
    "Brightwater Energy rejected the accusations made by the Veldor Securities Commission.",
    "Brightwater Energy contested the fine imposed by the Veldor Securities Commission.",
])
def test_the_accused_disputes_the_accuser(read_events, text):
    events = read_events(text)
    assert ("Criticism", FIRM, "actor") in events
    assert ("Criticism", AGENCY, "target") in events


@pytest.mark.parametrize("text", [
    "Brightwater Energy did not dispute the Veldor Securities Commission's findings.",
    "Brightwater Energy neither admitted nor denied any of the allegations of the Veldor Securities Commission.",
    "Brightwater Energy agreed with the Veldor Securities Commission's findings and paid the fine.",
    "Brightwater Energy said it would not contest the fine imposed by the Veldor Securities Commission.",
    "Brightwater Energy denied the allegations and said it had done nothing wrong.",
])
def test_no_dispute_asserted(read_events, text):
    assert ("Criticism", FIRM, "actor") not in read_events(text)


@pytest.mark.parametrize("text, critic", [
    ("Halvorsen Group rejected a takeover offer from Brightwater Energy on Monday.", "Halvorsen Group"),
    ("Halvorsen Group rejected Brightwater Energy's bid as too low.", "Halvorsen Group"),
    ("The Veldor High Court rejected the claims of Brightwater Energy on Tuesday.", "Veldor High Court"),
])
def test_rejecting_an_offer_or_ruling_on_claims_is_no_criticism(read_events, text, critic):
    assert ("Criticism", critic, "actor") not in read_events(text)
