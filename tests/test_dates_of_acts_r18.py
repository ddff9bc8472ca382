"""When an act was done, round 18. Found by annotating fresh articles; sentences written for these
tests, every firm and person invented.

- "imposed an embargo on X, effective July 1", "a halt for 90 days beginning January 1": the day
  the act takes effect is not the day it was done; with no other cue the act takes none.
- "The indictment, filed today in Newark, charges X with fraud": the day the document that acts was
  filed dates its act.
"""

from __future__ import annotations

import pytest
from helpers import article_facts


def _dates(tmp_path, text, published):
    facts, names = article_facts(tmp_path, text, published=published)
    return {(e["type"], names[p["entity"]], e.get("date")) for e in facts["events"] for p in e["participants"]}


@pytest.mark.parametrize("text, kind, party", [
    ("Canada has imposed an embargo on oil from Venezuela, effective July 1.", "TradeConflict", "Venezuela"),
    ("Mexico imposed tariffs on steel from Brazil, beginning March 1.", "TradeConflict", "Brazil"),
    ("The Trade Board fined Corvel Bank $2 million, effective from June 1.", "RegulatoryAction", "Corvel Bank"),
])
def test_the_day_an_act_takes_effect_does_not_date_it(tmp_path, text, kind, party):
    found = _dates(tmp_path, text, "2024-01-24")
    dated = {d for k, p, d in found if k == kind and p == party}
    assert dated and not any(d and (d.endswith("-07-01") or d.endswith("-03-01") or d.endswith("-06-01"))
                             for d in dated), found


@pytest.mark.parametrize("text, person", [
    ("The information, unsealed today in federal court in Miami, charges two brokers, Ian Cole and Ada Lind, "
     "with fraud. From 2010 through June 2016, the brokers hid losses, the information says.", "Ian Cole"),
    ("The Justice Department announced the case against three dealers. The indictment, filed today in U.S. "
     "District Court in Camden, charges Ada Lind, Tom Reed and Ian Cole with rigging bids. From 2001 until "
     "May 2009, the dealers agreed on prices.", "Ada Lind"),
    ("The agency described the scheme in a statement. The complaint, filed today in Manhattan, charges Tom Reed "
     "with insider trading. Between 2015 and March 2018, Reed traded ahead of mergers.", "Tom Reed"),
])
def test_the_day_a_charging_document_was_filed_dates_the_charge(tmp_path, text, person):
    found = _dates(tmp_path, text, "2024-01-24")
    assert ("RegulatoryAction", person, "2024-01-24") in found, found
