"""A law's short form, once the article defines it in parentheses after the law's name, names
the law wherever it comes back ("as the VLPA requires", "items subject to the KXR"): it is no
firm. A body's short form defined the same way stays a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, short", [
    ("The bureau fined Corvel Bank for breaking the Varnian Lending Protection Act (VLPA). "
     "Corvel failed to show fees as the VLPA requires, the bureau said.", "VLPA"),
    ("Regulators said the shipments broke the Kessel Export Regulations (KXR). Goods subject to the KXR "
     "need a license before they leave.", "KXR"),
    ("The firm settled claims under the Fair Billing Code (FBC). Under the FBC, card issuers must answer "
     "disputes within thirty days.", "FBC"),
    ("Prosecutors cited the Market Integrity Statute (MIS) in the complaint. Violations of MIS carry "
     "prison terms of up to ten years.", "MIS"),
])
def test_a_laws_short_form_names_no_firm_when_it_comes_back(nlp, text, short):
    found = entity_types(nlp, text)
    assert short not in found, found


@pytest.mark.parametrize("text, short, kind", [
    ("The Varnian Securities Commission (VSC) fined Corvel Bank on Monday. The VSC said the bank misled "
     "investors.", "Varnian Securities Commission", "GovernmentBody"),
    ("Lakemoor Freight Lines (LFL) bought two ports last year. LFL said the deal closed in May.",
     "Lakemoor Freight Lines", "Company"),
])
def test_a_bodys_short_form_defined_the_same_way_stays(nlp, text, short, kind):
    found = entity_types(nlp, text)
    assert found.get(short) == kind, found
