"""Round 21, from a probe article opened for study; sentences written for these tests.

- "The leader of the opposition Unity Party, Ivo Sand, said": a person set beside a party's own
  name is its leader, not a second name of the party (only the common noun "party" in apposition
  makes a name a party's), and the title before holds there though plain words ("the country's
  main opposition") stand between "of" and the name.
- "... following talks with X": a meeting noun after "following" is taken part in by the clause's
  subject, as after "after".
- "Chile lifted its sanctions on Peru": a government doing away with sanctions or an embargo
  announces a policy aimed at the country they were on; "the president announced that Chile is
  ready to lift ..." makes the president an actor too.
"""

from __future__ import annotations

import pytest
from helpers import entity_types, relation_pairs


@pytest.mark.parametrize("text, person", [
    ("The head of Britain's main opposition Green Party, Anna Berg, said she was unhappy with the budget.",
     "Anna Berg"),
    ("The leader of Canada's New Democratic Party, Tom Wells, told reporters he would vote against the bill.",
     "Tom Wells"),
    ("The chairman of the Liberal Party, Maria Costa, said the vote would be held in June.", "Maria Costa"),
])
def test_a_person_beside_a_party_name_is_a_person(nlp, text, person):
    types = entity_types(nlp, text)
    assert types.get(person) == "Person", types


def test_the_common_noun_party_in_apposition_still_names_a_party(nlp):
    types = entity_types(nlp, "In the election, voters backed the Civic Forum, the largest party in parliament.")
    assert types.get("Civic Forum") == "PoliticalParty", types


@pytest.mark.parametrize("text, person, org", [
    ("The chairman of Britain's biggest lender Northwind Bank, John Smith, said profits would fall.",
     "John Smith", "Northwind Bank"),
    ("The leader of the country's main opposition Green Party, Anna Berg, said she would vote against it.",
     "Anna Berg", "Green Party"),
    ("The head of the regional trade body Orland Chamber of Commerce, Mary Jones, declined to comment.",
     "Mary Jones", "Orland Chamber of Commerce"),
])
def test_a_title_of_a_described_organisation_is_held_there(tmp_path, text, person, org):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, org) in held, held


def test_a_clause_between_title_and_name_is_no_description(tmp_path):
    held = relation_pairs(tmp_path, "The head of the panel investigating Northwind Bank, Tom Hale, said it would "
                                    "report in May.", "holdsPosition")
    assert ("Tom Hale", "Northwind Bank") not in held, held


@pytest.mark.parametrize("text, a, b", [
    ("Following a meeting with Chancellor Olga Brandt on Tuesday, the governor of the central bank, Tom Hale, "
     "said rates would stay on hold.", "Olga Brandt", "Tom Hale"),
    ("Prime Minister Ivo Sand flew home on Friday following talks with President Mark Dune in Lima.",
     "Ivo Sand", "Mark Dune"),
    ("President Ana Ruiz spoke to reporters following her meeting with Chancellor Olaf Brandt.",
     "Ana Ruiz", "Olaf Brandt"),
])
def test_following_a_meeting_the_subject_took_part(read_events, text, a, b):
    found = read_events(text)
    assert ("Meeting", a, "attendee") in found or ("Meeting", a, "chair") in found, found
    assert ("Meeting", b, "attendee") in found or ("Meeting", b, "chair") in found, found


@pytest.mark.parametrize("text, actor, target", [
    ("Chile lifted its sanctions on Peru on Monday.", "Chile", "Peru"),
    ("The European Union scrapped the arms embargo against Vietnam last week.", "European Union", "Vietnam"),
    ("President Ana Ruiz announced that Japan is ready to lift economic sanctions on Myanmar.", "Ana Ruiz", "Myanmar"),
])
def test_lifting_sanctions_announces_a_policy_aimed_at_the_country(read_events, text, actor, target):
    found = read_events(text)
    assert ("PolicyAnnouncement", actor, "actor") in found, found
    assert ("PolicyAnnouncement", target, "target") in found, found


@pytest.mark.parametrize("text, country", [
    ("Chile did not lift its sanctions on Peru.", "Peru"),
    ("Investors hoped the government would lift the embargo on Cuba.", "Cuba"),
    ("The firm lifted its ban on Peru shipments.", "Peru"),
])
def test_no_policy_where_nothing_was_lifted_by_a_government(read_events, text, country):
    found = read_events(text)
    assert ("PolicyAnnouncement", country, "target") not in found, found


@pytest.mark.parametrize("text, country", [
    ("She said the time had come for Japan to lift all sanctions on Myanmar.", "Japan"),
    ("The senator said it was time for Chile to end its embargo on Peru.", "Chile"),
    ("He called it a chance for Canada to scrap its sanctions on Iran.", "Canada"),
])
def test_an_act_for_someone_to_do_is_no_policy_of_theirs(read_events, text, country):
    found = read_events(text)
    assert ("PolicyAnnouncement", country, "actor") not in found, found
