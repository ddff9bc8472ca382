"""Rate decisions told in the passive, and firms' costs that are no regulatory action.

- "Interest rates were raised by the central bank", "the benchmark rate was cut by X",
  "borrowing costs were lowered by X": the agent, a public body, announces a policy.
- A firm's own rates or costs changed, and a cut only guessed at, are none; "costs" alone names
  no regulatory action ("production costs were lowered by X").
- A cut pressed for, called for or expected ("pressure is growing on X to cut rates") is not
  announced.

Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body", [
    ("Interest rates were raised by the Reserve Bank of Norvalia on Tuesday.", "Reserve Bank of Norvalia"),
    ("The benchmark rate was cut by the Central Bank of Norvalia to 2 percent.", "Central Bank of Norvalia"),
    ("Borrowing costs were lowered by the Norvalia Monetary Authority in a second move since May.",
     "Norvalia Monetary Authority"),
])
def test_a_rate_changed_by_a_central_bank_is_its_decision(read_events, text, body):
    assert ("PolicyAnnouncement", body, "actor") in read_events(text)


@pytest.mark.parametrize("text", [
    "Mortgage rates were raised by Kelvix Bank on Monday.",
    "Rates could be cut by the Central Bank of Norvalia next month, analysts said.",
    "Production costs were lowered by Halden Motors.",
])
def test_no_policy_and_no_case_from_other_rates_and_costs(read_events, text):
    assert not any(kind in ("PolicyAnnouncement", "RegulatoryAction") for kind, _, _ in read_events(text))


@pytest.mark.parametrize("text", [
    "Pressure is growing on the Reserve Bank of Norvalia to cut rates.",
    "Calls are mounting for the Central Bank of Norvalia to raise rates.",
    "Expectations are rising for the Norvalia Monetary Authority to lower rates.",
])
def test_a_cut_only_pressed_for_is_not_announced(read_events, text):
    assert not any(kind == "PolicyAnnouncement" for kind, _, _ in read_events(text))


def test_a_cut_made_for_a_purpose_is_announced(read_events):
    found = read_events("The Central Bank of Norvalia cut rates to support growth.")
    assert ("PolicyAnnouncement", "Central Bank of Norvalia", "actor") in found
