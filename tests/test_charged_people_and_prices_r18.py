"""Who is charged, round 18. Found by annotating and judging kg on fresh press releases; sentences
written for these tests, every firm and person invented.

- "charging three Ohio men", "two Kenyan nationals": the place only says where the people are
  from; it is not charged.
- "... charging three men with fraud. Ada Lind, 52, Tom Reed, 47, and Ian Cole, 61, all of Dayton,
  conspired ...": the people a release lists with their ages, right after an act aimed at a group
  of people, are its targets.
- "charged two men with a fraud scheme at Corvel Bank": the firm where the wrong was done is not
  charged.
- "the margin it charges on bonds", "charges members a fee": a price, not an accusation.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("A federal grand jury on Monday indicted three Ohio men for a bid-rigging scheme.", "Ohio"),
    ("A grand jury returned an indictment yesterday charging three Idaho men with a kickback scheme.", "Idaho"),
    ("The Justice Department today charged two Kenyan nationals with wire fraud.", "Kenya"),
])
def test_where_the_people_charged_are_from_is_not_charged(read_events, text, place):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" and name == place for kind, name, _ in found), found


@pytest.mark.parametrize("text", [
    "The Securities and Exchange Commission today charged three men with fraud. Ada Lind, 52, Tom Reed, 47, "
    "and Ian Cole, 61, ran the scheme from Miami.",
    "The Securities and Exchange Commission on Monday charged three former executives with insider trading. "
    "The complaint alleges that Ada Lind, 52, of Austin, Tom Reed, 47, and Ian Cole, 61, traded ahead of the news.",
    "Prosecutors today indicted three individuals for bank fraud. Ada Lind, 52, Tom Reed, 47, and Ian Cole, 61, "
    "are accused of forging loan papers.",
])
def test_the_people_listed_with_their_ages_are_the_ones_charged(read_events, text):
    found = read_events(text)
    for person in ("Ada Lind", "Tom Reed", "Ian Cole"):
        assert ("RegulatoryAction", person, "target") in found, found


def test_people_with_ages_in_a_story_of_no_charge_are_no_targets(read_events):
    found = read_events("The Securities and Exchange Commission on Monday fined Corvel Bank. "
                        "Its founders, Ada Lind, 52, and Tom Reed, 47, were not named.")
    assert ("RegulatoryAction", "Ada Lind", "target") not in found, found


@pytest.mark.parametrize("text, firm", [
    ("A federal grand jury returned an indictment yesterday charging three men with orchestrating an accounting "
     "fraud scheme at Corvel Bank LLC, a Dayton-based lender.", "Corvel Bank LLC"),
    ("A grand jury returned an indictment today charging two executives with a kickback scheme at Brask Motors "
     "Inc., a carmaker based in Ohio.", "Brask Motors Inc."),
    ("Federal prosecutors today charged two former managers with running a bribery scheme at Tolvane Shipping Co., "
     "a Houston-based shipper.", "Tolvane Shipping Co."),
])
def test_the_firm_wronged_in_the_offence_is_not_charged(read_events, text, firm):
    found = read_events(text)
    assert ("RegulatoryAction", firm, "target") not in found, found


@pytest.mark.parametrize("text", [
    "Clearing house Nordclear raised the margin it charges on Vellan bonds, the Trade Commission said Monday.",
    "Lenders charged Vellan higher rates after the downgrade, the Trade Commission said Monday.",
    "The Trade Commission said on Monday that markets were calm. Clearing house Nordclear raised the margin it "
    "charges on Vellan bonds.",
])
def test_a_price_charged_is_no_charge_against_anyone(read_events, text):
    found = read_events(text)
    assert not any(kind == "RegulatoryAction" for kind, _, _ in found), found
