"""Who acts in an application's infinitive is who filed it, not the authority approving it, when the
small parser hangs "by X" or "from X" and the infinitive on the approving verb ("approved the
application by X to acquire Y"); the approval is the authority's act on X
(kg.extract.events._intent_owners_beside, _deal_cleared; kg.extract.relations._applicants_beside)."""

import pytest
from helpers import article_facts, event_parts


@pytest.mark.parametrize("text, applicant, bought", [
    ("The Federal Reserve Board approved the application by Harbor Bancorp Inc. to acquire Lakeside Bank.",
     "Harbor Bancorp Inc.", "Lakeside Bank"),
    ("The Federal Deposit Insurance Corporation approved the application from Crestline Bank to buy "
     "Pioneer Trust Co.", "Crestline Bank", "Pioneer Trust Co."),
    ("The ministry approved the proposal from Kestrel Holdings to buy Arden Mills.", "Kestrel Holdings", "Arden Mills"),
])
def test_the_applicant_buys_not_the_approver(tmp_path, text, applicant, bought):
    facts, names = article_facts(tmp_path, text)
    buyers = {names[p["entity"]] for e in facts["events"] if e["type"] == "Investment"
              for p in e["participants"] if p["role"] == "actor"}
    owners = {names[r["subject"]] for r in facts["relations"] if r["predicate"] == "owns" and names[r["object"]] == bought}
    assert buyers == {applicant}
    assert owners <= {applicant}


def test_the_approval_acts_on_the_applicant(tmp_path):
    text = "The Federal Reserve Board approved the application by Harbor Bancorp Inc. to acquire Lakeside Bank."
    assert any({("Federal Reserve", "actor"), ("Harbor Bancorp Inc.", "target")} <= parts
               for parts in event_parts(tmp_path, text, "RegulatoryAction"))


def test_a_firm_filing_its_own_application_still_buys(tmp_path):
    text = "Acme Corp. filed an application to acquire Bolt Inc. in May."
    assert {("Acme Corp.", "actor"), ("Bolt Inc.", "target")} in event_parts(tmp_path, text, "Investment")
