"""Round 19, from a fourth judged audit; sentences written for these tests.

"Tarn LLC ... the Tarn Pulse system ... Tarn agreed": a short name contained in two longer ones
joins the one that only adds a legal form ("Tarn LLC"), not the product named after the firm; it
had stayed a firm of its own, so one complaint became two.
"""

from __future__ import annotations

import pytest
from helpers import entity_types


@pytest.mark.parametrize("text, firm, short", [
    ("Markets rose.\nTarn LLC sold the Tarn Pulse alarm system. Tarn agreed to pay a fine.", "Tarn LLC", "Tarn"),
    ("Markets rose.\nVell Inc. markets the Vell Home camera. Vell denied the charges on Monday.", "Vell Inc.", "Vell"),
    ("Markets rose.\nMarrow Corp. sells the Marrow Guard alarm. Marrow agreed to settle the case.", "Marrow Corp.",
     "Marrow"),
    ("Markets rose.\nFeld LLC promoted the Feld Secure service. Feld paid a fine.", "Feld LLC", "Feld"),
])
def test_a_short_name_joins_the_name_with_only_a_legal_form_added(nlp, text, firm, short):
    types = entity_types(nlp, text)
    assert types.get(firm) == "Company", types
    assert short not in types, types
