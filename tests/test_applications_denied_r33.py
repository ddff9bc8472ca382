"""An authority denying or approving an application to buy a firm acts on the applicant and on the
firms it asked to buy, also when a participle says who filed it ("denied the application filed by
X to acquire Y", "its decision denying the notice submitted by X to merge with Y";
kg.extract.events._filers, _firms_asked_for, _deciders); the purchase asked for is the
applicant's, never the authority's (kg.extract.events._subjects). A failed bank closed by a
state office is acted on also when the parser hangs the bank on the auxiliary
(_closed_by_authority)."""

import pytest
from helpers import article_entity_types, event_parts, relation_pairs


@pytest.mark.parametrize("text, authority, applicant, firm", [
    ("The Federal Reserve Board on Monday denied the application filed by Ostrava Bancorp to acquire "
     "Willet Financial Corporation.", "Federal Reserve", "Ostrava Bancorp", "Willet Financial Corporation"),
    ("On Friday the Federal Reserve Board announced a decision denying the notice from Hallam Bancshares "
     "Corporation to acquire Pruitt Savings Bank.", "Federal Reserve", "Hallam Bancshares Corporation", "Pruitt Savings Bank"),
    ("The Comptroller of the Currency rejected an application submitted by Linden Trust "
     "Company to merge with Grayson National Bank.", "Office of the Comptroller of the Currency",
     "Linden Trust Company", "Grayson National Bank"),
])
def test_an_application_denied_acts_on_the_applicant_and_the_firm_it_wanted(tmp_path, text, authority, applicant, firm):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(authority, "actor"), (applicant, "target"), (firm, "target")} <= e for e in acts), acts


@pytest.mark.parametrize("text, applicant, firm", [
    ("The Federal Reserve Board approved the application filed by Ostrava Bancorp to acquire Willet "
     "Financial Corporation.", "Ostrava Bancorp", "Willet Financial Corporation"),
    ("Regulators turned down the notice filed by Hallam Bancshares Corporation to acquire Pruitt "
     "Savings Bank.", "Hallam Bancshares Corporation", "Pruitt Savings Bank"),
])
def test_the_purchase_asked_for_is_the_applicants(tmp_path, text, applicant, firm):
    buys = event_parts(tmp_path, text, "Investment")
    assert any({(applicant, "actor"), (firm, "target")} <= e for e in buys), buys
    assert not any(("Federal Reserve", "actor") in e for e in buys), buys


def test_a_court_denying_bail_or_a_firm_denying_a_report_is_no_application_denied(tmp_path):
    text = ("The court denied his request for bail. Kessel Foods denied a report that it had asked "
            "regulators for approval.")
    assert not any(("Kessel Foods", "target") in e for e in event_parts(tmp_path, text, "RegulatoryAction"))


def test_a_bank_closed_by_a_state_office_with_its_town_after_it(tmp_path):
    text = ("Harlow Point Bank, Dayton, Ohio, was closed today by the Ohio Division of Financial "
            "Institutions, and that office named the Federal Deposit Insurance Corporation its receiver.")
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({("Ohio Division of Financial Institutions", "actor"), ("Federal Deposit Insurance Corporation", "actor"),
                ("Harlow Point Bank", "target")} <= e for e in acts), acts


@pytest.mark.parametrize("text, applicant, firm", [
    ("The Board denied the notice by Ostrava Bancorp, of Salina, Kansas, to acquire Willet Financial "
     "Corporation, of Enid, Oklahoma.", "Ostrava Bancorp", "Willet Financial Corporation"),
    ("The agency is weighing a proposal by Hallam Bancshares Corporation, of Provo, Utah, to acquire "
     "Pruitt Savings Bank, of Boise, Idaho.", "Hallam Bancshares Corporation", "Pruitt Savings Bank"),
])
def test_a_firm_asking_leave_to_buy_another_does_not_own_it(tmp_path, text, applicant, firm):
    assert (applicant, firm) not in relation_pairs(tmp_path, text, "owns")


def test_a_federal_savings_banks_letters_are_part_of_its_name(tmp_path):
    text = "Regulators closed Ashby Savings Bank, FSB, on Friday, and Ashby Savings Bank, FSB, reopened Monday."
    types = article_entity_types(tmp_path, text)
    assert "Financial Stability Board" not in types, types
    assert any(name.startswith("Ashby Savings Bank") for name in types), types


def test_a_decision_denying_an_application_is_no_policy_of_its_own(tmp_path):
    text = ("Late last week the Federal Reserve Board announced a decision denying the notice submitted by Ostrava "
            "Bancorp to acquire Willet Financial Corporation.")
    assert event_parts(tmp_path, text, "PolicyAnnouncement") == []
    assert event_parts(tmp_path, text, "RegulatoryAction") != []
