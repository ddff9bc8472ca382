"""Words that name no actor: a price in some country's dollar ("HK$3.10", "S$1.45") and the
words before a law's head ("the Export Licensing Regulations", "the Grain Trade Act"; not a body's own "Rules"), which
the model or a finder had taken for a firm or a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def names(nlp, text):
    return {e.name for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text, price", [
    ("Tarvos shares sank 3 percent to HK$12.72 on Friday.", "HK$12.72"),
    ("Quill Energy shares closed at HK$12.72 on Friday.", "HK$12.72"),
    ("Lumen Holdings shares jumped 8 percent to HK$12.72 in late trade.", "HK$12.72"),
    ("The lender's stock closed at S$1.45 after the results.", "S$1.45"),
])
def test_a_price_in_some_countrys_dollar_is_no_entity(nlp, text, price):
    assert price not in names(nlp, text), names(nlp, text)


@pytest.mark.parametrize("text, fragment", [
    ("Any item subject to the U.S. Trade Administration Regulations needs a license.", "Trade Administration"),
    ("The fund broke the U.S. Energy Administration Regulations twice, the complaint says.", "Energy Administration"),
    ("The bank was accused of breaking the Kessel Grain Trade Act for years.", "Grain Trade"),
    ("Exports under the Varnian Trade Administration Regulations (VTAR) need a permit. VTAR covers drones.",
     "VTAR"),
])
def test_the_words_before_a_laws_head_name_no_body(nlp, text, fragment):
    found = names(nlp, text)
    assert not any(fragment in name for name in found), found


@pytest.mark.parametrize("text, body", [
    ("The Federal Reserve Act gave the Federal Reserve its powers.", "Federal Reserve"),
    # a body's own rules are no law's name: the body stays
    ("Brokers must follow the Varnian Securities Commission Rules on every trade.", "Varnian Securities Commission"),
])
def test_a_body_before_a_laws_head_stays_when_known_or_followed_by_its_rules(nlp, text, body):
    found = names(nlp, text)
    assert body in found, found
