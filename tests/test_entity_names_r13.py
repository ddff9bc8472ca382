"""Names the small model cuts or invents, mended by construction.

- A surname after a lower-case particle ("von der", "van", "de") ends the person's name even when
  the model tagged that surname a place of its own.
- A rate after a currency's short sign ("TL 8.1234 per dollar", "Rs 61.75") and a day written
  with its month's short form and no space ("Mar.2") name no actor.
- A firm or broadcaster named for its country ("Norland Radio International", "Kestria Steel
  Works") keeps the country's name as its first word; a known body after a country's name and a
  charity ending in "International" stay what they are.
- Firms listed with commas are names of their own ("Ostara, Kelvix Holdings and Brantor Group"),
  and a one-word name listed with firms is a firm, whatever the model called it; a partnership's
  name with "&", a legal form after a comma and a list of countries stay as they are.
- A firm named after its founder ("Harlan Voss Corp.") is not the founder the article presents as
  a person ("chairman Harlan Voss", "Harlan Voss, who founded", "X, the founder of"); the firm's
  name said without its legal form and no such cue is still the firm.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, person, piece", [
    ("Commission president Hanne von der Brelie and European Council head Otto Fries signed the accord "
     "in a short ceremony on Friday.", "Hanne von der Brelie", "Brelie"),
    ("Trade commissioner Margit von der Aue and Council chief Peter Lang put their names to the pact "
     "on Tuesday.", "Margit von der Aue", "Aue"),
    ("Competition commissioner Ulla von der Heyde and Council president Jan Weber met the delegation.",
     "Ulla von der Heyde", "Heyde"),
    ("Health commissioner Greta von der Linde and Council president Jan Weber met the nurses.",
     "Greta von der Linde", "Linde"),
])
def test_a_surname_after_particles_stays_with_the_name(nlp, text, person, piece):
    found = entity_types(nlp, text)
    assert found.get(person) == "Person"
    assert piece not in found


@pytest.mark.parametrize("text, junk", [
    ("The lira weakened to TL 8.1234 per dollar after the decision.", "TL 8.1234 per dollar"),
    ("The rupee closed at Rs 61.75 against the dollar, traders said.", "Rs 61.75"),
    ("The peso ended at Ps 19.0525, its weakest level this year.", "Ps 19.0525"),
    ("The new levies take effect on Mar.2, the trade ministry of Valdoria said.", "Mar.2"),
    ("The ban, which began on Sept.14, covers all raw ore.", "Sept.14"),
])
def test_rates_and_days_are_not_actors(nlp, text, junk):
    found = entity_types(nlp, text)
    assert not any(junk in name or name in junk and any(ch.isdigit() for ch in name) for name in found)


@pytest.mark.parametrize("text, name, kind", [
    ("State broadcaster Kenya Radio International said in a commentary that the tariffs were unfair.",
     "Kenya Radio International", "MediaOutlet"),
    ("The regulator fined Brazil Metal Traders 2 million reais on Monday.", "Brazil Metal Traders", "Company"),
    ("India Steel Works said its profit doubled in the quarter.", "India Steel Works", "Company"),
    ("Shares of Chile Copper Exporters fell after the export ban.", "Chile Copper Exporters", "Company"),
])
def test_a_firm_named_for_its_country_keeps_the_country(nlp, text, name, kind):
    assert entity_types(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, name, kind", [
    ("Amnesty International said the arrests were unlawful.", "Amnesty International", "Organization"),
    ("Transparency International ranked Valdoria near the bottom of its index.", "Transparency International",
     "Organization"),
])
def test_known_bodies_and_charities_stay_as_they_are(nlp, text, name, kind):
    assert entity_types(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, names", [
    ("Regulators fined Ostara, Kelvix Holdings and Brantor Group on Tuesday.",
     ["Ostara", "Kelvix Holdings", "Brantor Group"]),
    ("Union leaders met managers from Vexa, Stroud Motors and Ambry Foods.",
     ["Vexa", "Stroud Motors", "Ambry Foods"]),
    ("Output fell at Norva, Halden Steel and Pirell Chemicals.",
     ["Norva", "Halden Steel", "Pirell Chemicals"]),
])
def test_firms_listed_by_commas_are_names_of_their_own(nlp, text, names):
    found = entity_types(nlp, text)
    assert all(found.get(name) == "Company" for name in names), found


@pytest.mark.parametrize("text, firm", [
    ("The ministry sold its stakes in Telvana, Marisol Airways and Dunmore Cement last year.", "Telvana"),
    ("Prosecutors charged Delvan, Orrin Capital and Sapra Metals.", "Delvan"),
    ("The fund holds shares in Kastra, Bellwood Energy and Tyne Motors.", "Kastra"),
])
def test_a_one_word_name_listed_with_firms_is_a_firm(nlp, text, firm):
    assert entity_types(nlp, text).get(firm) == "Company"


@pytest.mark.parametrize("text, name, kind", [
    ("Harlow, Pike & Stone advised the bank on the sale.", "Pike & Stone", "Company"),
    ("Vesta Holdings, Ltd. said it would appeal the fine.", "Vesta Holdings, Ltd.", "Company"),
    ("Ministers from Norway, Sweden and Halden Group met on Friday.", "Norway", "Place"),
    ("Nadia Brandt, a trader, sued Vantor Holdings and Brandt's former employer.", "Nadia Brandt", "Person"),
])
def test_what_a_list_does_not_change(nlp, text, name, kind):
    assert entity_types(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, firm, person", [
    ("Two units of Harlan Voss Corp. agreed to pay $5 million. Company founder and chairman Harlan Voss "
     "himself lost money in the fund.", "Harlan Voss Corp.", "Harlan Voss"),
    ("Two units of Harlan Voss Corp. agreed to pay $5 million. Harlan Voss, who founded the firm, lost money.",
     "Harlan Voss Corp.", "Harlan Voss"),
    ("Mira Castell, the founder of Mira Castell Inc., said the firm would appeal.", "Mira Castell Inc.",
     "Mira Castell"),
])
def test_a_firm_named_after_its_founder_is_not_the_founder(nlp, text, firm, person):
    found = entity_types(nlp, text)
    assert found.get(firm) == "Company" and found.get(person) == "Person", found


def test_a_firm_called_by_its_founders_name_is_still_the_firm(nlp):
    found = entity_types(nlp, "Marten Vogel Optics, LLC was fined. Marten Vogel must pay the fine by June.")
    assert "Marten Vogel" not in found and found.get("Marten Vogel Optics") == "Company"
