"""A regulator and the firm it acts on, named through a payment, a settlement or the object of an inquiry
(round 9, recall).

Press releases of enforcement agencies often name the regulator only as the one paid or settled with:
"Tarn will pay $2 million to the agency to settle the charges", "Tarn settled with the Conduct
Authority". An inquiry's target can sit below what was looked into: "an inquiry into dealings in
the stock of Tarn". Each construction has several phrasings written for these tests (invented names) and
near-misses that must not give a regulator: a payment that is no penalty (taxes, a purchase), a
settlement between two firms, an inquiry about a person.
"""

from __future__ import annotations

import pytest

from test_relations import relations

CAST = [("Quillon Brokerage", "Company"), ("Orrin Freight", "Company"), ("Vera Lind", "Person"),
        ("Market Conduct Authority", "GovernmentBody", ["MCA"]),
        ("Futures Trading Board", "GovernmentBody"), ("Finance Ministry", "GovernmentBody")]

MCA, BOARD, FIRM = "market-conduct-authority", "futures-trading-board", "quillon-brokerage"


@pytest.mark.parametrize("text, bodies", [
    ("Quillon Brokerage will pay $4 million to the Market Conduct Authority to settle the charges.", [MCA]),
    ("Quillon Brokerage agreed to pay a $900,000 civil penalty to the MCA.", [MCA]),
    ("Quillon Brokerage will pay fines totaling $12.5 million to the MCA and the Futures Trading Board.",
     [MCA, BOARD]),
    ("Under the order, Quillon Brokerage must pay disgorgement of $3 million to the Futures Trading Board.",
     [BOARD]),
])
def test_a_firm_paying_a_penalty_to_a_body_is_regulated_by_it(nlp, text, bodies):
    rels = relations(nlp, text, CAST)
    for body in bodies:
        assert (body, "regulates", FIRM) in rels, text


@pytest.mark.parametrize("text, body", [
    ("Quillon Brokerage settled with the Market Conduct Authority for $2 million.", MCA),
    ("Last week Quillon Brokerage agreed to settle the Futures Trading Board's charges.", BOARD),
    ("Quillon Brokerage settled charges brought by the Market Conduct Authority without admitting wrongdoing.",
     MCA),
])
def test_a_firm_settling_with_a_body_is_regulated_by_it(nlp, text, body):
    assert (body, "regulates", FIRM) in relations(nlp, text, CAST)


@pytest.mark.parametrize("text", [
    "Quillon Brokerage paid $5 million to the Finance Ministry in taxes last year.",
    "Quillon Brokerage will pay $2 million to the Finance Ministry for the old depot.",
    "The Finance Ministry will pay Quillon Brokerage $3 million for the software.",
    "Quillon Brokerage settled its dispute with Orrin Freight over the depot.",
])
def test_payments_and_settlements_that_are_no_enforcement_give_no_regulator(nlp, text):
    rels = relations(nlp, text, CAST)
    assert not [k for k in rels if k[1] == "regulates"], text


@pytest.mark.parametrize("text, target", [
    ("The Market Conduct Authority has opened an inquiry into dealings in the stock of Quillon Brokerage.", FIRM),
    ("The Futures Trading Board launched a probe into the accounts of Orrin Freight.", "orrin-freight"),
    ("Officials said the MCA had commenced an investigation into sales by Quillon Brokerage.", FIRM),
])
def test_an_inquiry_into_what_a_firm_did_names_the_firm(nlp, text, target):
    rels = relations(nlp, text, CAST)
    body = BOARD if "Board" in text else MCA
    assert (body, "regulates", target) in rels, text


def test_an_inquiry_into_a_persons_doings_gives_no_regulated_firm(nlp):
    rels = relations(nlp, "The MCA opened an inquiry into the trading of Vera Lind.", CAST)
    assert not [k for k in rels if k[1] == "regulates"]
