"""What an act is not aimed at, and acts that are none, round 18. Found by a second judged audit of
fresh articles; sentences written for these tests, every firm and person invented.

- "designated ten Estland government officials", "fined two Corvel Bank executives": the body the
  people serve is neither acted on nor acting.
- "sanctions on Estland's state-owned oil company": the firm, not the country that owns it.
- "for evading sanctions against Iran", "talks toward easing sanctions": a regime broken or eased
  is not the news's act.
- "the unions said they were suspending the strike": a group calling off its own action.
- "Officials said the new targets include A, B and C": the parties named are the targets.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body", [
    ("Treasury sanctions ten Venezuelan Government officials", "Venezuelan government"),
    ("The Trade Board on Monday fined two Corvel Bank executives for hiding losses.", "Corvel Bank"),
    ("The agency on Tuesday charged three Halvard Shipping Company managers with fraud.", "Halvard Shipping Company"),
])
def test_the_body_the_people_acted_on_serve_takes_no_part(read_events, text, body):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" and name == body for kind, name, _ in found), found


@pytest.mark.parametrize("text, country", [
    ("The United States on Monday imposed sanctions on Venezuela's state-owned oil company.", "Venezuela"),
    ("The Treasury on Friday fined Iran's national shipping company for evading the rules.", "Iran"),
    ("The European Union sanctioned Russia's largest oil producer on Tuesday.", "Russia"),
])
def test_a_countrys_firm_is_no_country(read_events, text, country):
    found = read_events(text)
    assert ("RegulatoryAction", country, "target") not in found, found


@pytest.mark.parametrize("text, country", [
    ("The United States has targeted a dozen companies for evading international sanctions against Iran.", "Iran"),
    ("Diplomats spent Friday negotiating the first steps toward easing harsh sanctions on Syria.", "Syria"),
    ("The firm was fined for breaching the embargo on Cuba, officials said.", "Cuba"),
])
def test_a_regime_broken_or_eased_is_not_the_news(read_events, text, country):
    found = read_events(text)
    assert ("RegulatoryAction", country, "target") not in found, found


@pytest.mark.parametrize("text", [
    "The Nigeria Labour Congress said on Monday it was suspending the strike.",
    "The Trade Union Congress halted its protests on Tuesday.",
    "The Teachers Union of Estland ended the boycott on Friday.",
])
def test_a_group_calling_off_its_own_action_is_no_regulation(read_events, text):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" for kind, _, _ in found), found


def test_the_parties_a_statement_lists_as_targets_are_the_targets(read_events):
    found = read_events("The Treasury on Thursday targeted more than a dozen companies and individuals. Officials "
                        "said the new targets include shipping firms based in Singapore and Ukraine (Corvel Tankers, "
                        "Brask Maritime and Halvard Shipping Limited).")
    for firm in ("Brask Maritime", "Halvard Shipping Limited"):
        assert ("RegulatoryAction", firm, "target") in found, found
    assert ("RegulatoryAction", "Singapore", "target") not in found, found
