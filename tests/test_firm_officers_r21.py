"""Round 21; sentences written for these tests.

"... former chief financial officer X and former controller Y booked fake sales": a firm's officer
named by a bare title (controller, general counsel, chief compliance officer) in a story about one
firm holds the post there, as a bare "chief financial officer" already did.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs

CASE = ("The Securities and Exchange Commission today charged two former executives of Houston-based Tarn "
        "Energy Corp. with inflating revenue. ")


@pytest.mark.parametrize("text, officer", [
    (CASE + "According to the complaint, former chief financial officer Mark Dune and former controller Lisa "
     "Grant booked fake sales.", "Lisa Grant"),
    (CASE + "The complaint says the firm's longtime controller Paul Kim signed the false reports.", "Paul Kim"),
    (CASE + "The company's lawyers said general counsel Rachel Ortiz had left the firm.", "Rachel Ortiz"),
])
def test_a_bare_officers_title_is_held_in_the_firm(tmp_path, text, officer):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (officer, "Tarn Energy Corp.") in held, held
