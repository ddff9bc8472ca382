"""Charges set out in a "that" clause accuse the clause's subject, and a deal accused accuses its
firms: "the Commission approved a final order settling charges that X deceived buyers", "an order
settling charges that X's planned purchase of Y would harm competition"
(kg.extract.events._charged_in_clause); the body whose order settles them acts."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, body, accused", [
    ("Last week the Federal Trade Commission approved the order settling charges that Harwick Labs "
     "misled buyers about its vitamins.", "Federal Trade Commission", ["Harwick Labs"]),
    ("After a comment period, the Federal Trade Commission approved a consent order settling charges "
     "that Olsen Dental Inc.'s planned purchase of Brightwater Clinics would reduce competition.",
     "Federal Trade Commission", ["Olsen Dental Inc.", "Brightwater Clinics"]),
    ("The Federal Trade Commission issued an order settling allegations that Corland Motors and "
     "Pell Finance hid fees from car buyers.", "Federal Trade Commission", ["Corland Motors", "Pell Finance"]),
])
def test_an_order_settling_charges_acts_on_those_charged(tmp_path, text, body, accused):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(body, "actor")} | {(a, "target") for a in accused} <= e for e in acts), acts


def test_a_firm_denying_claims_is_no_act_on_it(tmp_path):
    text = "Harwick Labs denied claims that its vitamins were unsafe."
    assert event_parts(tmp_path, text, "RegulatoryAction") == []
