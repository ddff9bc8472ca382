"""An authority making a rule acts on those it binds: "the FDIC adopted a final rule", "the rule is
being issued jointly by X and Y", "the regulations, published by X on Tuesday," give a
RegulatoryAction of each body that makes it. A legislature's own rules, a firm's guidance and a
central bank's forward guidance are none (kg.extract.events._rule_issued)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, makers", [
    ("The Federal Deposit Insurance Corporation adopted a final rule on Monday that requires large banks "
     "to hold more capital.", {"Federal Deposit Insurance Corporation"}),
    ("The Consumer Financial Protection Bureau finalized new regulations on payday lenders last week.",
     {"Consumer Financial Protection Bureau"}),
    ("Under the rule, which was adopted by the Securities and Exchange Commission in March, funds must "
     "report their holdings monthly.", {"Securities and Exchange Commission"}),
    ("The guidance is being issued jointly by the National Credit Union Administration and the "
     "Federal Deposit Insurance Corporation.", {"National Credit Union Administration",
                                                "Federal Deposit Insurance Corporation"}),
    ("The regulations, published by the Consumer Financial Protection Bureau on Tuesday, cap late fees "
     "on credit cards.", {"Consumer Financial Protection Bureau"}),
])
def test_an_authority_making_a_rule_acts(tmp_path, text, makers):
    events = event_parts(tmp_path, text, "RegulatoryAction")
    assert any({(k, "actor") for k in makers} <= e for e in events), events


@pytest.mark.parametrize("text", [
    "The Senate adopted new rules for its floor debates on Wednesday.",
    "Brantley Motors issued cautious guidance for the fourth quarter.",
    "The Federal Reserve issued forward guidance on the path of its rates.",
])
def test_rules_of_a_chamber_or_a_firms_guidance_are_no_regulatory_act(tmp_path, text):
    assert event_parts(tmp_path, text, "RegulatoryAction") == []
