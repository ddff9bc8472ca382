"""How names that no gazetteer knows get their type: a few phrasings of each construction,
written for these tests (fictional firms and bodies)."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def entities(nlp, text):
    return list(resolve_entities(nlp(text), Article(id="t", text=text)))


def one(ents, name):
    hits = [e for e in ents if e.name == name or name in e.aliases]
    assert len(hits) == 1, f"{name!r}: {[(e.name, e.type, e.aliases) for e in ents]}"
    return hits[0]


@pytest.mark.parametrize("text, body, place", [
    ("The Ohio Department of Commerce fined Redwater Bank on Monday.", "Ohio Department of Commerce", "Ohio"),
    ("Officials at the Texas Railroad Commission said the drilling rules would change.",
     "Texas Railroad Commission", "Texas"),
    ("The Maryland Insurance Administration ordered Brightline Health to repay customers.",
     "Maryland Insurance Administration", "Maryland"),
    ("The California Air Resources Board sued Kestrel Motors over its emissions.",
     "California Air Resources Board", "California"),
])
def test_a_place_written_before_a_bodys_name_is_part_of_that_name(nlp, text, body, place):
    # a state's own department, not the national one its bare name would mean
    ents = entities(nlp, text)
    found = one(ents, body)
    assert found.type == "GovernmentBody" and found.gazetteer_id is None
    assert not [e for e in ents if e.name == place]


@pytest.mark.parametrize("text, name, kind", [
    # the head of "X of Y" decides, not the business noun after "of"
    ("The Ministry of Energy said oil output rose in May.", "Ministry of Energy", "GovernmentBody"),
    ("A spokesman for the Department of Technology declined to comment.", "Department of Technology",
     "GovernmentBody"),
    ("The Bureau of Mining Resources issued the permits last year.", "Bureau of Mining Resources", "GovernmentBody"),
    # a name ending in a business noun is a firm, never a person
    ("Halvorsen Freight said quarterly profit doubled.", "Halvorsen Freight", "Company"),
    ("Skyline Air will add twelve routes next spring.", "Skyline Air", "Company"),
    ("Investors sold shares in Corvid Mining after the report.", "Corvid Mining", "Company"),
    ("Tamsin Robotics hired two hundred engineers in Leeds.", "Tamsin Robotics", "Company"),
    # divisions, branches and boards are government bodies
    ("Prosecutors in the Criminal Division charged the trader.", "Criminal Division", "GovernmentBody"),
    ("A lawyer for the Executive Branch told the court it would appeal.", "Executive Branch", "GovernmentBody"),
    ("The National Harbour Safety Board ruled against the ferry operator.", "National Harbour Safety Board",
     "GovernmentBody"),
])
def test_an_unknown_name_is_typed_by_its_head_word(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, long_form, short_form", [
    ("The New Jersey Bureau of Securities (NJBS) fined Halvorsen Freight. The NJBS said it would appeal.",
     "New Jersey Bureau of Securities", "NJBS"),
    ("The Quarry Valley Water Authority (QVWA) raised rates. Critics said the QVWA acted too fast.",
     "Quarry Valley Water Authority", "QVWA"),
    ("The Office of Harbour Safety (OHS) closed the port. The OHS reopened it on Friday.",
     "Office of Harbour Safety", "OHS"),
    # whichever step found the name before it (the model, a gazetteer name made longer, a finder)
    ("Investigators from the Essex County Prosecutor's Office (ECPO) and the bank met on Friday.",
     "Essex County Prosecutor's Office", "ECPO"),
    ("The Idaho State Department of Water Resources (IDWR) denied the permit. IDWR later relented.",
     "Idaho State Department of Water Resources", "IDWR"),
    ("Officials of the Lagos Regional Customs Service (LRCS) seized the cargo.",
     "Lagos Regional Customs Service", "LRCS"),
])
def test_a_short_form_in_parentheses_is_the_body_it_abbreviates(nlp, text, long_form, short_form):
    ents = entities(nlp, text)
    body = one(ents, long_form)
    assert short_form in body.aliases and body.type == "GovernmentBody"
    assert not [e for e in ents if e.name == short_form]


@pytest.mark.parametrize("text, kept", [
    ("Moldova and Romania signed a gas deal. Moldovan officials said prices would fall.", {"Moldova", "Romania"}),
    ("Peruvian miners went on strike, and Chilean banks raised rates in Santiago.", {"Santiago"}),
    ("Kenyan exporters and Tanzanian farmers met in Nairobi on Friday.", {"Nairobi"}),
])
def test_a_nationality_word_before_a_noun_is_no_actor(nlp, text, kept):
    assert {e.name for e in entities(nlp, text)} == kept


@pytest.mark.parametrize("text, country", [
    ("U.S. officials said the talks would resume.", "U.S."),
    ("China's exports rose 5% in March.", "China"),
    ("Brazil's president spoke to Argentine reporters on Friday.", "Brazil"),
])
def test_a_country_named_before_a_noun_stays(nlp, text, country):
    ents = entities(nlp, text)
    assert one(ents, country).type == "Place"


@pytest.mark.parametrize("text, name, kind", [
    # "the port of X", "the province of X": a place whatever the model guessed
    ("Ethiopia wants access to the port of Lamu, officials said.", "Lamu", "Place"),
    ("Floods hit the province of Barrowmere on Sunday.", "Barrowmere", "Place"),
    ("Investors flocked to the city of Quendal after the reforms.", "Quendal", "Place"),
    # a "... Movement" or "... Front" with a political word in its name is a party
    ("The Orange Democratic Movement called for an inquiry.", "Orange Democratic Movement", "PoliticalParty"),
    ("Leaders of the National Liberation Front rejected the budget.", "National Liberation Front", "PoliticalParty"),
    ("The Patriotic Renewal Movement won twelve seats.", "Patriotic Renewal Movement", "PoliticalParty"),
])
def test_context_and_political_words_type_a_name(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, name, parent_link", [
    # a known firm's name with a business noun after it is its subsidiary, a firm of its own...
    ("Analysts at Mizuho Securities cut their forecast for the yen.", "Mizuho Securities", False),
    ("Goldman Sachs Asset Management bought the bonds last week.", "Goldman Sachs Asset Management", False),
    # ...unless the gazetteer knows the longer name as the firm's own
    ("HSBC Holdings said its profit rose in the second quarter.", "HSBC Holdings", True),
    ("Toyota Motor said its sales fell in June.", "Toyota Motor", True),
])
def test_a_known_firm_followed_by_a_business_noun(nlp, text, name, parent_link):
    firm = one(entities(nlp, text), name)
    assert firm.type == "Company" and (firm.gazetteer_id is not None) == parent_link


@pytest.mark.parametrize("text, firm, short", [
    ("Halden Corp. missed its targets. Halden boss Ian Roe apologised to investors.", "Halden Corp.", "Halden"),
    ("Toronto-based Arctic Lithium Corp. raised $40 million. Arctic Lithium's founder will stay on.",
     "Arctic Lithium Corp.", "Arctic Lithium"),
    ("Shares of Quell AG jumped on Monday. Quell said its orders doubled.", "Quell AG", "Quell"),
])
def test_a_firms_name_without_its_legal_form_is_the_firm(nlp, text, firm, short):
    ents = entities(nlp, text)
    found = one(ents, firm)
    assert found.type == "Company" and short in found.aliases
    assert [e.name for e in ents if e.type in ("Person", "Place") and short.startswith(e.name)] == []


@pytest.mark.parametrize("text, name", [
    ("Arctic Lithium plans to list its shares on the Toronto Stock Exchange next year.", "Toronto Stock Exchange"),
    ("Traders on the Chicago Mercantile Exchange bought wheat.", "Chicago Mercantile Exchange"),
    ("The company debuted on the Warsaw Stock Exchange in March.", "Warsaw Stock Exchange"),
])
def test_a_stock_exchange_is_an_organisation(nlp, text, name):
    assert one(entities(nlp, text), name).type == "Organization"


@pytest.mark.parametrize("text, place", [
    ("Washington D.C., June 8, 2021 — The Securities and Exchange Commission charged two traders.", "Washington D.C."),
    ("Frankfurt am Main, 3 March 2024 - The bank raised its deposit rate.", "Frankfurt am Main"),
    ("Brussels, May 12 (Reuters) - The Commission fined the carmaker.", "Brussels"),
])
def test_a_title_case_dateline_names_where_the_story_was_filed_not_an_actor(nlp, text, place):
    names = {e.name for e in entities(nlp, text)} | {a for e in entities(nlp, text) for a in e.aliases}
    assert place not in names


@pytest.mark.parametrize("text, office", [
    ("The U.S. Attorney's Office for the Southern District of Texas filed charges against the trader.",
     "U.S. Attorney's Office for the Southern District of Texas"),
    ("Prosecutors in the Office for the Eastern District of Virginia declined to comment.",
     "Office for the Eastern District of Virginia"),
    ("The U.S. Attorney's Office for the Northern District of Ohio announced the plea.",
     "U.S. Attorney's Office for the Northern District of Ohio"),
])
def test_a_prosecutors_office_keeps_its_judicial_district_whole(nlp, text, office):
    ents = entities(nlp, text)
    assert one(ents, office).type == "GovernmentBody"


@pytest.mark.parametrize("text, name", [
    # a country's body named in lower case after the country is a government body...
    ("Argentina's central bank raised its key rate to 40% on Thursday.", "Argentina's central bank"),
    ("The central bank of Nigeria devalued the currency again.", "central bank of Nigeria"),
    ("Brazil's finance ministry said tax revenue rose in May.", "Brazil's finance ministry"),
    ("The Polish finance ministry sold ten-year bonds.", "Polish finance ministry"),
    ("Kenya's parliament passed the finance bill after a long debate.", "Kenya's parliament"),
])
def test_a_countrys_body_named_in_lower_case_is_a_government_body(nlp, text, name):
    assert one(entities(nlp, text), name).type == "GovernmentBody"


@pytest.mark.parametrize("text, bank", [
    # ...and the gazetteer's central bank, named as the gazetteer names it, when it knows one
    ("Japan's central bank kept rates unchanged on Tuesday.", "Bank of Japan"),
    ("India's central bank held its repo rate steady.", "Reserve Bank of India"),
    ("Economists expect Japan's central bank to act in July.", "Bank of Japan"),
])
def test_a_countrys_central_bank_is_the_gazetteers(nlp, text, bank):
    found = one(entities(nlp, text), bank)
    assert found.gazetteer_id is not None and found.name == bank


@pytest.mark.parametrize("text, unit", [
    # a firm's name with a country or region right after it is its unit there, a firm of its own
    ("The regulator revoked the licence of China Telecom Americas on Tuesday.", "China Telecom Americas"),
    ("Huawei Canada said it would appeal the ruling.", "Huawei Canada"),
    ("Samsung Electronics and Sony Japan signed a supply deal.", "Sony Japan"),
])
def test_a_firms_unit_in_a_country_is_a_firm_of_its_own(nlp, text, unit):
    found = one(entities(nlp, text), unit)
    assert found.type == "Company" and found.gazetteer_id is None


def test_a_firm_that_sells_in_a_country_is_not_its_unit(nlp):
    ents = entities(nlp, "Toyota sold more cars in Japan last year.")
    assert one(ents, "Toyota").gazetteer_id is not None and one(ents, "Japan").type == "Place"


@pytest.mark.parametrize("text, firm", [
    # people are not "based in" a city: a name so described is a firm, whatever the model said
    ("Albemarle, based in Charlotte, North Carolina, said it would study the plan.", "Albemarle"),
    ("Investors sold Brenmoor, headquartered in Leeds, after the warning.", "Brenmoor"),
    ("Charlotte-based Albemarle said it would study the proposal.", "Albemarle"),
])
def test_a_name_based_somewhere_is_a_firm(nlp, text, firm):
    assert one(entities(nlp, text), firm).type == "Company"


@pytest.mark.parametrize("text, country, person", [
    # a nationality before a head of state's or minister's title names that country
    ("Australian Prime Minister Anthony Albanese met business leaders in Sydney.", "Australia", "Anthony Albanese"),
    ("Kenya hosted Ethiopian Prime Minister Abiy Ahmed for talks on Wednesday.", "Ethiopia", "Abiy Ahmed"),
    ("Chilean President Gabriel Boric announced the plan on Thursday.", "Chile", "Gabriel Boric"),
])
def test_a_nationality_before_an_office_names_its_country(nlp, text, country, person):
    from kg.extract import extract

    found = one(entities(nlp, text), country)
    assert found.type == "Place" and found.name == country
    facts = extract(nlp(text), Article(id="t", text=text))
    names = {e.key: e.name for e in facts.entities}
    assert (person, "holdsPosition", country) in {(names.get(r.subject), r.predicate, names.get(r.object))
                                                 for r in facts.relations}


@pytest.mark.parametrize("text, body, short", [
    # a body's head word alone, capitalised, is that body when the article names only one such body
    ("The European Commission imposed duties on Monday. Commission Executive Vice President Ana Ruiz "
     "defended the measures.", "European Commission", "Commission"),
    ("The Ministry of Finance raised its forecast. The Ministry said revenue rose 4%.", "Ministry of Finance",
     "Ministry"),
    ("The Harbour Safety Authority closed the port on Friday. The Authority said it would reopen soon.",
     "Harbour Safety Authority", "Authority"),
])
def test_a_bodys_head_word_alone_is_that_body(nlp, text, body, short):
    assert short in one(entities(nlp, text), body).aliases


@pytest.mark.parametrize("text, body", [
    # "the Commission" is the commission the article named, not a well-known one it did not
    ("The Federal Trade Commission sued Orvex Media. The Commission's complaint cites unpaid refunds.",
     "Federal Trade Commission"),
    ("The Securities and Exchange Commission charged Tarn Capital. The Commission said investors lost $4 million.",
     "Securities and Exchange Commission"),
    ("The Norland Energy Commission fined Pella Power. The Commission said the outage was avoidable.",
     "Norland Energy Commission"),
])
def test_the_commission_is_the_one_named_not_the_european_one(nlp, text, body):
    ents = entities(nlp, text)
    assert "Commission" in one(ents, body).aliases
    assert not [e for e in ents if e.name == "European Commission"]



@pytest.mark.parametrize("text, person", [
    # a run of capitalised words that speaks or is described as a person is a person's name,
    # whatever the model made of its words
    ('"We will appeal," said Sofia Marquez, a lawyer for the firm.', "Sofia Marquez"),
    ('"The deal is fair," Fernanda Lima told reporters.', "Fernanda Lima"),
    ("Deepak Parekh said the bank had enough capital.", "Deepak Parekh"),
    ('"This is only a start," Luiz Fernando Alves said.', "Luiz Fernando Alves"),
    # the end of a title the model ran into the name is not part of it
    ('"Fraud will be punished," said Director of Enforcement Karen Wells.', "Karen Wells"),
    ('"We acted fast," said Special Agent in Charge Karen Wells of the FBI.', "Karen Wells"),
])
def test_a_speaker_is_a_person(nlp, text, person):
    ents = entities(nlp, text)
    assert one(ents, person).type == "Person"
    assert not [e for e in ents if e.type != "Person" and e.name in person]


@pytest.mark.parametrize("text, name, kind", [
    ("Dubai World said it would restructure its debts.", "Dubai World", None),
    ("Goldman Sachs said quarterly profit rose.", "Goldman Sachs", "Company"),
    ("Brenton Holdings said it would sell the unit.", "Brenton Holdings", "Company"),
])
def test_a_firm_that_speaks_stays_a_firm(nlp, text, name, kind):
    ents = entities(nlp, text)
    assert not [e for e in ents if e.type == "Person"]
    if kind:
        assert one(ents, name).type == kind


@pytest.mark.parametrize("text, person", [
    # a name set off by commas after a post ("X's minister, NAME,") is the post's holder
    ("Ukraine's finance minister, Ana Ruiz, resigned on Tuesday.", "Ana Ruiz"),
    ("Peru's economy minister, Ana Ruiz, quit on Monday.", "Ana Ruiz"),
    ("The agency's director, Ana Ruiz, resigned.", "Ana Ruiz"),
    ("The union's chief negotiator, Bram Oduya, walked out of the talks.", "Bram Oduya"),
])
def test_a_name_in_apposition_to_a_post_is_a_person(nlp, text, person):
    assert one(entities(nlp, text), person).type == "Person"


@pytest.mark.parametrize("text, firm", [
    ("The firm's parent, Orvex Holdings, sold the unit.", "Orvex Holdings"),
    ("Its biggest rival, Tarn Motors, cut prices.", "Tarn Motors"),
    ("The fund's largest holding, Pella Mining, fell sharply.", "Pella Mining"),
])
def test_a_name_in_apposition_to_something_else_is_no_person(nlp, text, firm):
    assert not [e for e in entities(nlp, text) if e.type == "Person" and e.name in firm]


@pytest.mark.parametrize("text, name, kind", [
    # a head before "for" or "of", then the words the model tagged as a name of their own
    ("The grant came from the Norwegian Agency for Rural Enterprise, officials said.",
     "Norwegian Agency for Rural Enterprise", "GovernmentBody"),
    ("Marta Quill teaches at the College of Ashby and Mercer in Ohio.", "College of Ashby and Mercer",
     "EducationalInstitution"),
    ("A report by the Baltic Regional Trade Assistance Centre warned of slower growth.",
     "Baltic Regional Trade Assistance Centre", "Organization"),
    # a series of words inside one name: "A, B and C Center"
    ("Tom Ferrant is with the Nordic Labour, Skills and Social Policy Center in Lund.",
     "Nordic Labour, Skills and Social Policy Center", "Organization"),
    # a carrier named for its country
    ("Iceland Airways ordered twelve new jets from the planemaker on Monday.", "Iceland Airways", "Company"),
    # a mission abroad
    ("She had worked as a translator at the U.S. Embassy in Lisbon.", "U.S. Embassy", "GovernmentBody"),
])
def test_an_institution_name_the_model_cut_is_kept_whole(nlp, text, name, kind):
    ents = entities(nlp, text)
    found = one(ents, name)
    assert found.type == kind
    # no piece of the name is an entity of its own
    pieces = [e.name for e in ents if e is not found and e.name in name and e.type not in ("Place",)]
    assert not pieces, pieces


@pytest.mark.parametrize("text, firm_body", [
    ("Mia Sato, a researcher at Tokyo's Toyota Economic Research Institute, expects slower sales.",
     "Toyota Economic Research Institute"),
    ("The Microsoft Research Institute in Cairo will hire forty engineers.", "Microsoft Research Institute"),
    ("Grants from the Samsung Foundation paid for the new laboratory.", "Samsung Foundation"),
])
def test_a_known_firm_name_before_an_institution_head_names_a_body_of_its_own(nlp, text, firm_body):
    ents = entities(nlp, text)
    found = one(ents, firm_body)
    assert found.type in ("Organization", "EducationalInstitution")
    assert not [e for e in ents if e.type == "Company"], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize("text, name, kind", [
    ("The National Labour Relations Tribunal ruled against the retailer on Tuesday.",
     "National Labour Relations Tribunal", "GovernmentBody"),
    ("The union complained to the Federal Labour Standards Commission last week.",
     "Federal Labour Standards Commission", "GovernmentBody"),
    ("A study by the Labour Market Research Institute found wages stalled.", "Labour Market Research Institute",
     "Organization"),
])
def test_a_known_one_word_name_inside_a_longer_name_does_not_split_it(nlp, text, name, kind):
    # "Labour" alone is the party; inside a body's title-case name it is one of its words
    ents = entities(nlp, text)
    assert one(ents, name).type == kind
    assert not [e for e in ents if e.type == "PoliticalParty"], [(e.name, e.type) for e in ents]


@pytest.mark.parametrize("text, kept", [
    ("The broadcaster now airs news in Russian, Ukrainian, Persian, Urdu, Pashto, Somali and English.", set()),
    ("Radio Zeta added programmes in Swahili, Hausa and Amharic last year.", {"Radio Zeta"}),
    ("The channel offers shows in Urdu and Dari to viewers in Pakistan.", {"Pakistan"}),
])
def test_languages_in_a_list_name_no_actor(nlp, text, kept):
    assert {e.name for e in entities(nlp, text)} == kept


@pytest.mark.parametrize("text, place", [
    ("Drought in the Horn of Africa pushed food prices higher.", "Horn of Africa"),
    ("Pirates in the Gulf of Guinea attacked two tankers last month.", "Gulf of Guinea"),
    ("Shipping through the Strait of Hormuz slowed after the attack.", "Strait of Hormuz"),
])
def test_a_place_name_with_of_is_one_place(nlp, text, place):
    ents = entities(nlp, text)
    assert one(ents, place).type == "Place"
    assert len(ents) == 1, [(e.name, e.type) for e in ents]


@pytest.mark.parametrize("text", [
    "The order gives the Secretary of the Interior new powers, the Secretary of State said.",
    "The Minister for Trade flew to Nairobi on Monday.",
    "A report by the Secretary of Energy was due in May.",
])
def test_the_rest_of_a_title_is_no_body(nlp, text):
    ents = entities(nlp, text)
    assert not [e for e in ents if e.type in ("Company", "Organization", "GovernmentBody")], \
        [(e.name, e.type) for e in ents]


@pytest.mark.parametrize("text, party", [
    ("The People's Movement for the Freedom of Kalvaria won the vote.",
     "People's Movement for the Freedom of Kalvaria"),
    ("Leaders of the Movement for Democratic Renewal rejected the result.", "Movement for Democratic Renewal"),
    ("The National Movement for Progressive Change formed a coalition.", "National Movement for Progressive Change"),
])
def test_a_movement_with_a_political_name_is_a_party(nlp, text, party):
    assert one(entities(nlp, text), party).type == "PoliticalParty"


@pytest.mark.parametrize("text, person", [
    # a name after a title the model cut or took for a firm
    ('"We are grateful for his work," said agency Chair Jeff Rowland.', "Jeff Rowland"),
    ('"We will check the count," opposition MP Estevao Jose Pedro Ndala told reporters.', "Estevao Jose Pedro Ndala"),
    # given names the model left out before the rest of the name
    ("In Lagos, the head of the exchange Yusli Mohamed Arif said he remains hopeful.", "Yusli Mohamed Arif"),
    ("Kingston Wu, associate director at Harbour Brokerage in Taipei, says the plan failed.", "Kingston Wu"),
])
def test_a_persons_whole_name_is_kept(nlp, text, person):
    ents = entities(nlp, text)
    assert one(ents, person).type == "Person"
    parts = person.split()
    assert not [e for e in ents if e.name in parts or (e.name != person and e.name in person)], \
        [(e.name, e.type) for e in ents]


@pytest.mark.parametrize("text, region", [
    ("The broadcaster became a leader in South East Asia, its director said.", "South East Asia"),
    ("Growth in West Africa slowed as cocoa prices fell.", "West Africa"),
    ("Exports to Central Asia doubled last year.", "Central Asia"),
])
def test_a_compass_point_before_a_region_is_part_of_its_name(nlp, text, region):
    ents = entities(nlp, text)
    assert one(ents, region).type == "Place"
    assert not [e for e in ents if e.name in region.split()]


@pytest.mark.parametrize("text, kept", [
    # ideologies, diseases, holidays and seminar titles name no actor
    ("Support for Communism fell in Poland, the historian said.", {"Poland"}),
    ("The company's screening test for Down syndrome was flawed, Dr. Ann Fry said.", {"Ann Fry"}),
    ("Markets in Seoul closed early for the Lunar New Year holiday.", {"Seoul"}),
    ("The agency ran a Detecting Ponzi Fraud seminar in Nairobi last month.", {"Nairobi"}),
    ("Regulators held a Spotting Insider Trading workshop in Lima.", {"Lima"}),
])
def test_names_of_ideas_diseases_holidays_and_seminars_are_no_actors(nlp, text, kept):
    assert {e.name for e in entities(nlp, text)} == kept


@pytest.mark.parametrize("text, firm", [
    ("Shares of Canadian roofing materials maker Peter Dorning fell three percent.", "Peter Dorning"),
    ("Hong Kong exporter Li Fung led the decline on Monday.", "Li Fung"),
    ("British drugmaker Glaxo Smith said profits rose.", "Glaxo Smith"),
])
def test_a_name_after_a_noun_for_a_firm_is_a_firm_even_when_it_reads_as_a_persons(nlp, text, firm):
    assert one(entities(nlp, text), firm).type == "Company"


@pytest.mark.parametrize("text, union, organ", [
    ("Leaders met at an African Union summit, and the African Union Commission chief said trade would grow.",
     "African Union", "African Union Commission"),
    ("The Andean Community and the Andean Community Court disagreed on the tariff.",
     "Andean Community", "Andean Community Court"),
    ("Members of the Pacific Islands Association met the Pacific Islands Association Council in Suva.",
     "Pacific Islands Association", "Pacific Islands Association Council"),
])
def test_an_organ_of_a_union_is_not_the_union(nlp, text, union, organ):
    ents = entities(nlp, text)
    assert union not in one(ents, organ).aliases
    one(ents, union)


@pytest.mark.parametrize("text, body", [
    ("The chair of Malawi's election commission rejected the criticism.", "Malawi's election commission"),
    ("Kenya's electoral commission declared the result on Monday.", "Kenya's electoral commission"),
    ("Brazil's supreme court suspended the decree on Friday.", "Brazil's supreme court"),
])
def test_a_countrys_commission_or_court_named_in_lower_case_is_a_government_body(nlp, text, body):
    assert one(entities(nlp, text), body).type == "GovernmentBody"


@pytest.mark.parametrize("text, person", [
    ("Ilse Vantroyen works for the European Investment Bank. She says loans grew.", "Ilse Vantroyen"),
    ("Dagny Holmqvist works for the Nordic Investment Bank. She notes that loans grew.", "Dagny Holmqvist"),
    ("Wanjiru Gikonyo works for the Kenya Tea Board. She says exports fell.", "Wanjiru Gikonyo"),
])
def test_a_name_taken_up_by_he_or_she_is_a_person(nlp, text, person):
    assert one(entities(nlp, text), person).type == "Person"


@pytest.mark.parametrize("text, firm", [
    ("Harbor Trust cut its rates. He says the board agreed.", "Harbor Trust"),
    ("Orange Money serves four million customers. It says demand is growing.", "Orange Money"),
    ("Pelican Freight raised its prices in May. She says customers stayed.", "Pelican Freight"),
])
def test_a_firm_that_is_it_stays_a_firm(nlp, text, firm):
    assert one(entities(nlp, text), firm).type == "Company"


@pytest.mark.parametrize("text, long_form, short_form", [
    ("Voters deserted the Party of Agrarian Renewal, or PRA, in the north. The PRA blamed the drought.",
     "Party of Agrarian Renewal", "PRA"),
    ("The National Union of Rail Workers, or NURW, called a strike. NURW leaders met on Friday.",
     "National Union of Rail Workers", "NURW"),
    ("The Movement for Civic Renewal, or MRC, won two seats.", "Movement for Civic Renewal", "MRC"),
])
def test_a_short_form_after_comma_or_joins_the_name_before_it(nlp, text, long_form, short_form):
    ents = entities(nlp, text)
    assert short_form in one(ents, long_form).aliases
    assert not [e for e in ents if e.name == short_form]


@pytest.mark.parametrize("text, long_form, short_form", [
    ("Korvia Airlines cut routes on Monday. Analysts said KAL would shrink.", "Korvia Airlines", "KAL"),
    ("Baltic Shipping filed for bankruptcy. BSH owes its lenders millions.", "Baltic Shipping", "BSH"),
    ("Fenwick Telecom raised prices in May. Customers said FTL had promised not to.", "Fenwick Telecom", "FTL"),
])
def test_an_acronym_with_one_more_letter_of_a_word_joins_the_name(nlp, text, long_form, short_form):
    ents = entities(nlp, text)
    assert short_form in one(ents, long_form).aliases


@pytest.mark.parametrize("text, firm, short", [
    # a firm's first word alone, which the model reads as a person, is the firm
    ("The regulator sued Orvex Media on Monday. Its filing says Orvex billed viewers twice.", "Orvex Media", "Orvex"),
    ("Pella Mining Corp. agreed to pay a fine. Pella also replaced its chief executive.", "Pella Mining Corp.", "Pella"),
    ("Vesta Broadcasting lost its license on Friday. Regulators said Vesta had ignored three warnings.",
     "Vesta Broadcasting", "Vesta"),
])
def test_a_firms_first_word_alone_is_the_firm(nlp, text, firm, short):
    ents = entities(nlp, text)
    assert short in one(ents, firm).aliases
    assert not [e for e in ents if e.type == "Person"]


def test_a_word_that_ends_a_persons_name_is_not_taken_for_the_firm(nlp):
    ents = entities(nlp, "Morgan Stanley advised Tarn Motors. Tarn Motors hired Ana Morgan. Morgan said the deal was fair.")
    assert "Morgan" not in one(ents, "Morgan Stanley").aliases


@pytest.mark.parametrize("text, party, owner", [
    # a name before a lower-case "party" is the party's name; the possessor before it is a person
    ("Ivo Sand's People's Front party lost seats in the vote.", "People's Front", "Ivo Sand"),
    ("Mara Velt's Civic Alliance party won the most votes on Sunday.", "Civic Alliance", "Mara Velt"),
    ("Voters punished Tomas Rek's Green Rally party in the capital.", "Green Rally", "Tomas Rek"),
])
def test_a_name_before_a_lower_case_party_is_a_party(nlp, text, party, owner):
    from kg.extract import extract

    ents = entities(nlp, text)
    assert one(ents, party).type == "PoliticalParty"
    assert one(ents, owner).type == "Person"
    assert not [e for e in ents if e.name.endswith(" party")], [(e.name, e.type) for e in ents]
    assert one(ents, party).aliases == [f"{party} party"]
    facts = extract(nlp(text), Article(id="t", text=text))
    names = {e.key: e.name for e in facts.entities}
    assert (owner, "memberOf", party) in {(names.get(r.subject), r.predicate, names.get(r.object))
                                          for r in facts.relations}


@pytest.mark.parametrize("text, party", [
    # a gazetteer alias ("Congress party") at the end of a longer capitalised name is that name's tail
    ("The ruling National Unity Congress party won the election.", "National Unity Congress"),
    ("Leaders of the Farmers' Congress party met on Friday.", "Farmers' Congress"),
    ("Ana Brel quit the opposition Democratic Youth Congress party last year.", "Democratic Youth Congress"),
])
def test_a_known_alias_at_the_end_of_a_longer_name_is_not_the_known_party(nlp, text, party):
    ents = entities(nlp, text)
    assert one(ents, party).type == "PoliticalParty"
    assert not [e for e in ents if e.gazetteer_id is not None], [(e.name, e.gazetteer_id) for e in ents]


@pytest.mark.parametrize("text, party", [
    # a party named by a head word other than "Party", with a political cue around it
    ("The opposition Green Rally called for new elections.", "Green Rally"),
    ("The ruling Patriots' Union raised taxes on Monday.", "Patriots' Union"),
    ("Anna Holt, leader of the opposition Farmers' Alliance, rejected the budget.", "Farmers' Alliance"),
    ("Civic Alliance candidate Pavel Dorn won the mayoral race.", "Civic Alliance"),
    ("Candidates from the Farmers' Alliance won twelve seats.", "Farmers' Alliance"),
    ("Freedom League lawmaker Jon Mikk voted against the bill.", "Freedom League"),
    ("Lena Korr of the Citizens' Coalition won a second term on Sunday.", "Citizens' Coalition"),
    ("President Mara Velt, whose Reform Bloc won the vote, named a cabinet.", "Reform Bloc"),
    # the subject that wins or loses seats, votes or an election
    ("The Reform Bloc won 40 seats in the parliamentary election.", "Reform Bloc"),
    ("The Civic Front lost the election to a coalition of small parties.", "Civic Front"),
    ("The National Rally secured 30 percent of the vote on Sunday.", "National Rally"),
    ("Green Rally leader Iris Kaal lost her seat in the election.", "Green Rally"),
    # a head word with "for" or "of" and the rest of the name after it
    ("The opposition Alliance for Change won 12 seats in the election.", "Alliance for Change"),
    ("Members of the ruling Union for the Republic rejected the plan.", "Union for the Republic"),
    ("Front for Victory candidate Pavel Dorn conceded on Monday.", "Front for Victory"),
    ("Tomas Rek of the League for Democracy won a second term on Sunday.", "League for Democracy"),
    # any name in apposition with the noun "party"
    ("The main opposition party, the Civic Forum, rejected the results.", "Civic Forum"),
    ("Voters backed the governing party, the Velmar Renewal, in the capital.", "Velmar Renewal"),
    ("Tomas Rek said the Civic Forum, the largest party in parliament, rejected the budget.", "Civic Forum"),
])
def test_a_name_with_a_political_cue_is_a_party(nlp, text, party):
    ents = entities(nlp, text)
    assert one(ents, party).type == "PoliticalParty"
    pieces = [e for e in ents if e.name != party and e.name in party]
    assert not pieces, [(e.name, e.type) for e in pieces]


@pytest.mark.parametrize("text, name, kind", [
    # without a political cue the same head words keep what they are
    ("The European Union imposed tariffs on steel.", "European Union", "Organization"),
    ("The African Union sent observers to the vote.", "African Union", "Organization"),
    ("Alliance Bank raised its lending rate.", "Alliance Bank", "Company"),
    ("The Dockworkers' Union called a strike at the port on Monday.", "Dockworkers' Union", None),
    ("The Steel Union won the vote on the new contract.", "Steel Union", None),
    ("The Premier League won a new television deal.", "Premier League", None),
    ("The Alliance for Clean Water sued the city over the dam.", "Alliance for Clean Water", "Organization"),
    # a firm near the word "party" or before a title stays a firm
    ("Tarn Bank chairman Ivo Pelt resigned on Friday.", "Tarn Bank", "Company"),
    ("The company, Velmar Holdings, denied wrongdoing at the party.", "Velmar Holdings", "Company"),
    ("Apple engineer Mara Quist spoke at the launch.", "Apple", "Company"),
])
def test_a_name_without_a_political_cue_is_no_party(nlp, text, name, kind):
    ents = entities(nlp, text)
    assert not [e for e in ents if e.type == "PoliticalParty"], [(e.name, e.type) for e in ents]
    if kind:
        assert one(ents, name).type == kind


@pytest.mark.parametrize("text, party, person", [
    # a party's name, a title noun of its people, then a name: the name is a person...
    ("Centre Party lawmaker Anna Holt voted against the budget.", "Centre Party", "Anna Holt"),
    ("Green Rally senator Iris Kaal opposed the plan.", "Green Rally", "Iris Kaal"),
    ("Liberal Party candidate Oskar Brandt conceded on Monday.", "Liberal Party", "Oskar Brandt"),
    # ...and any name before such a title and a person's name is a party
    ("UNITA lawmaker Ana Brel told reporters the count was wrong.", "UNITA", "Ana Brel"),
    ("Vostra MP Pavel Dorn voted against the bill.", "Vostra", "Pavel Dorn"),
    ("KDP candidate Iris Kaal won the seat.", "KDP", "Iris Kaal"),
])
def test_a_partys_title_noun_between_a_party_and_a_person(nlp, text, party, person):
    ents = entities(nlp, text)
    assert one(ents, party).type == "PoliticalParty"
    assert one(ents, person).type == "Person"


# a person named like a firm ------------------------------------------------------------------
@pytest.mark.parametrize("text, person", [
    # a known firm's name after a given name is a surname
    ("Roy Disney quit the board in protest.", "Roy Disney"),
    ("Edna Ford sold her shares last week.", "Edna Ford"),
    ("Thelma Boeing, an heir, opposed the deal.", "Thelma Boeing"),
    # a given name first makes a person of a name the model takes for a firm
    ("Carly Wendover said the merger would close by June.", "Carly Wendover"),
    ("Megan Holloway said the merger would close.", "Megan Holloway"),
    ("Kelsey Marwood said the deal was off.", "Kelsey Marwood"),
])
def test_a_given_name_before_a_surname_makes_a_person(nlp, text, person):
    assert one(entities(nlp, text), person).type == "Person"


@pytest.mark.parametrize("text, firm", [
    ("Shares of Ford rose after the union vote.", "Ford"),
    ("Regulators Sue Apple Over App Store Fees", "Apple"),            # a title-case headline
    ("Analysts at Morgan Stanley raised their forecast.", "Morgan Stanley"),
    ("Fannie Mae said mortgage demand slowed in the spring.", "Fannie Mae"),  # two given names, no surname
    ("Shares of Harriet Oakbridge fell 4 percent on the report.", "Harriet Oakbridge"),  # a firm by its context
])
def test_a_firm_named_like_a_person_stays_a_firm(nlp, text, firm):
    assert one(entities(nlp, text), firm).type == "Company"


def test_the_given_names_leave_out_everyday_words_and_places():
    from kg.resources import given_names

    names = given_names()
    assert {"margaret", "carly", "dennis", "roy"} <= names
    assert not names & {"will", "may", "grant", "chase", "china", "austin", "tesla"}
    assert all(n.isalpha() and n.islower() for n in names)


# acronyms spelled out with dots or hyphens ----------------------------------------------------
@pytest.mark.parametrize("text, form, canonical", [
    ("The W-T-O ruled against the duties on Tuesday.", "W-T-O", "World Trade Organization"),
    ("Officials at the I-M-F lowered their forecast for the region.", "I-M-F", "International Monetary Fund"),
    ("Farm ministers from the E-U met in Brussels.", "E-U", "European Union"),
    ("The I.M.F. said the loan would be paid in three parts.", "I.M.F.", "International Monetary Fund"),
    ("A panel of the W.T.O. found the subsidies unlawful.", "W.T.O.", "World Trade Organization"),
])
def test_a_known_acronym_written_letter_by_letter_is_the_known_body(nlp, text, form, canonical):
    # Voice of America hyphenates acronyms read letter by letter; newspapers dot them
    found = one(entities(nlp, text), form)
    assert found.gazetteer_id is not None and found.type != "Company"
    again = entities(nlp, f"The {canonical} met on Monday. " + text)
    assert one(again, canonical) is one(again, form)


@pytest.mark.parametrize("text", [
    "The test scores rose to A-B levels in the spring.",
    "The valve sits on the X-Y axis of the frame.",
])
def test_letters_joined_by_hyphens_that_spell_no_known_acronym_name_nothing(nlp, text):
    assert entities(nlp, text) == []


@pytest.mark.parametrize("text, name, kind", [
    # a polity's formal name is the place
    ("Lawyers for the State of New Jersey filed the complaint.", "State of New Jersey", "Place"),
    ("The Commonwealth of Virginia joined the lawsuit in March.", "Commonwealth of Virginia", "Place"),
    ("The Kingdom of Lesotho signed the water deal.", "Kingdom of Lesotho", "Place"),
    ("The Bank of the State of Utah lent the money.", "Bank of the State of Utah", "Company"),  # a bank's name
    # labour unions named for their members are organisations, not firms
    ("The United Steel Workers called a strike at the mill.", "United Steel Workers", "Organization"),
    ("The Teamsters union said the talks had failed.", "Teamsters", "Organization"),
    ("Members of the Pacific Dock Workers voted against the contract.", "Pacific Dock Workers", "Organization"),
])
def test_a_formal_state_name_is_a_place_and_a_union_of_workers_an_organisation(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, person, surname", [
    # Voice of America writes "Miz" for "Ms."
    ("Carla Ostrova runs the central bank. Miz Ostrova said rates would rise.", "Carla Ostrova", "Ostrova"),
    ("Talks were led by Hana Mirek. Later, Miz Mirek told reporters a deal was close.", "Hana Mirek", "Mirek"),
    ("Judge Ruth Calloway set a date for the trial, and Miz Calloway warned both sides.", "Ruth Calloway", "Calloway"),
])
def test_miz_is_an_honorific_not_part_of_the_name(nlp, text, person, surname):
    ents = entities(nlp, text)
    assert [e.name for e in ents if e.type == "Person"] == [person]
    assert surname in one(ents, person).aliases


@pytest.mark.parametrize("text, name, kind", [
    # a firm reports its results; an outlet reports news
    ("Pemex, Mexico's state oil company, reported a loss.", "Pemex", "Company"),
    ("Tallinor reported $2 billion in sales for the quarter.", "Tallinor", "Company"),
    ("Brisco, the Chilean copper producer, reported the sale of its smelter.", "Brisco", "Company"),
    ("Marlow Daily reported that the minister had resigned.", "Marlow Daily", "MediaOutlet"),
    ("Brenta Radio reported the arrests on Sunday.", "Brenta Radio", "MediaOutlet"),
])
def test_what_a_name_reports_tells_a_firm_from_an_outlet(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, party", [
    # a party named for its members keeps the words before the plural
    ("Voters punished the Social Democrats in the regional election.", "Social Democrats"),
    ("The chancellor's Christian Democrats lost ground in the east.", "Christian Democrats"),
    ("Germany's Free Democrats left the coalition in November.", "Free Democrats"),
    ("Canada's Progressive Conservatives chose a new leader.", "Progressive Conservatives"),
])
def test_a_party_named_for_its_members_is_one_name(nlp, text, party):
    found = one(entities(nlp, text), party)
    assert found.type == "PoliticalParty" and found.gazetteer_id is None  # not the U.S. Democrats


@pytest.mark.parametrize("text, body, kind, party", [
    ("House Democrats passed the spending bill.", "House", "GovernmentBody", "Democrats"),
    ("Senate Republicans blocked the nomination.", "Senate", "GovernmentBody", "Republicans"),
])
def test_a_chambers_members_are_the_party_and_the_chamber(nlp, text, body, kind, party):
    ents = entities(nlp, text)
    assert one(ents, body).type == kind
    assert one(ents, party).gazetteer_id is not None


@pytest.mark.parametrize("text, name, kind", [
    # initials and a surname are a person's name, though the model calls them an organisation
    ("The ruling by T.S. Harlan was appealed in March.", "T.S. Harlan", "Person"),
    ("R.J. Holloway said the terms were fair.", "R.J. Holloway", "Person"),
    ("B.T. Marsh said the terms were fair.", "B.T. Marsh", "Person"),
    # unless the words around make a firm of them
    ("Shares of H.J. Brandel fell after the recall.", "H.J. Brandel", "Company"),
    ("A.G. Edwards cut its forecast for the year.", "A.G. Edwards", "Company"),
])
def test_initials_before_a_surname_make_a_person(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, name, kind", [
    # a name that "shares" or "stock" hangs on, or that a chief executive's title follows, is a firm
    ("Kessler Halvorsen stock fell sharply on Tuesday.", "Kessler Halvorsen", "Company"),
    ("Traders sold Harriet Lowe shares after the warning.", "Harriet Lowe", "Company"),
    ("Dunmore Whitfield CEO Ana Ruiz said the deal would close in May.", "Dunmore Whitfield", "Company"),
    ("Fenwick Abbott shares gained 4 percent in early trade.", "Fenwick Abbott", "Company"),
    # a person who shares, or whose shares are meant
    ("Jane Morton shares her views on the economy every week.", "Jane Morton", "Person"),
    ("Orla Pembridge's shares in the firm were sold last year.", "Orla Pembridge", "Person"),
])
def test_shares_and_a_chief_executive_mark_a_firm_named_like_a_person(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, word", [
    # a capitalised adjective in mid-sentence is no name
    ("The rebels agreed to a ceasefire and a transitional government of National unity.", "National"),
    ("The bank said Islamic finance would need more Sovereign support.", "Sovereign"),
    ("Investors worried about Legislative gridlock in the capital.", "Legislative"),
    # a price glued to its currency is no name
    ("Shares in Tarn Metals closed at $NZ3.40 after the results.", "NZ3.40"),
    ("Dunlow Energy fell 2 per cent to $A5.15 in afternoon trade.", "A5.15"),
])
def test_a_capitalised_adjective_or_a_price_is_no_name(nlp, text, word):
    assert not [e for e in entities(nlp, text) if word in (e.name, *e.aliases)]


def test_an_adjective_inside_a_bodys_name_stays_in_the_name(nlp):
    assert one(entities(nlp, "The National Assembly passed the budget on Friday."), "National Assembly").type \
        == "GovernmentBody"


@pytest.mark.parametrize("text, name, kind", [
    # a party's noun with a political leaning right before a name: a party, whatever the model read
    ("The cabinet includes the centre-right alliance NRM-Plus and two smaller parties.", "NRM-Plus",
     "PoliticalParty"),
    ("Voters backed the ruling coalition Avanti Unita in the capital.", "Avanti Unita", "PoliticalParty"),
    ("The far-right party Patria Nostra gained six seats.", "Patria Nostra", "PoliticalParty"),
    # an alliance of firms is no party
    ("The freight alliance Unifreight signed a deal with the port.", "Unifreight", "Company"),
])
def test_a_name_after_a_political_groups_noun_is_a_party(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, name", [
    # an envoy's, commissioner's or strategist's title before a surname the model called a firm
    ("Lawmakers await former Baltic envoy Tessler's testimony on Thursday.", "Tessler"),
    ("Markets shrugged off chief strategist Pellworth's warning.", "Pellworth"),
    ("Officials waited for trade envoy Quarrington's reply.", "Quarrington"),
    ("The network aired commissioner Vendramin's statement in full.", "Vendramin"),
])
def test_a_title_before_a_surname_makes_a_person(nlp, text, name):
    assert one(entities(nlp, text), name).type == "Person"


@pytest.mark.parametrize("text, formal, country", [
    # a country named formally and then plainly is one place
    ("The Republic of Uganda signed the loan on Monday, and Uganda will repay it over ten years.",
     "Republic of Uganda", "Uganda"),
    ("The Kingdom of Lesotho and South Africa share a border; Lesotho depends on its neighbour.",
     "Kingdom of Lesotho", "Lesotho"),
    ("Officials of the Kingdom of Morocco met investors, who said Morocco was cheap.", "Kingdom of Morocco",
     "Morocco"),
])
def test_a_countrys_formal_name_is_the_country(nlp, text, formal, country):
    found = one(entities(nlp, text), country)
    assert found.type == "Place" and {found.name, *found.aliases} >= {formal, country}


@pytest.mark.parametrize("text, name, kind", [
    # a committee named for a legislature's business is a government body, never a firm
    ("Questions at Tuesday's session came from the Intelligence Committee alone.", "Intelligence Committee",
     "GovernmentBody"),
    ("The Finance Committee approved the bill on Tuesday.", "Finance Committee", "GovernmentBody"),
    ("The Budget Committee of the parliament rejected the plan.", "Budget Committee", "GovernmentBody"),
    # a committee named for a cause is an organisation
    ("The Committee to Protect Journalists condemned the arrest.", "Committee to Protect Journalists",
     "Organization"),
])
def test_a_committee_is_typed_by_what_it_is_named_for(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, word", [
    # a case caption's filing and court citation, and a sanctions designation, name no actor
    ("The SEC filed the case, SEC v. Brightwater Labs, Inc., Civil Action No. 3:24-cv-01234 (N.D. Cal. filed "
     "March 3, 2024), on Monday.", "Civil Action"),
    ("The SEC filed the case, SEC v. Brightwater Labs, Inc., Civil Action No. 3:24-cv-01234 (N.D. Cal. filed "
     "March 3, 2024), on Monday.", "N.D. Cal"),
    ("The Criminal Complaint was unsealed in Boston on Friday.", "Criminal Complaint"),
    ("Prosecutors said the case was filed in the E.D. Va. last year.", "E.D. Va."),
])
def test_a_case_captions_terms_are_no_names(nlp, text, word):
    assert not [e for e in entities(nlp, text) if word in (e.name, *e.aliases)]


@pytest.mark.parametrize("text, name", [
    # a name the model skipped, owned in shares, is a firm
    ("Shares of Sonatel edged up in Dakar.", "Sonatel"),
    ("Shares of Tatneft rose 2 percent.", "Tatneft"),
    ("Shares of Tullow fell sharply after the dry well.", "Tullow"),
    ("Shares of Ambev were flat.", "Ambev"),
])
def test_a_name_owned_in_shares_is_a_firm_the_model_skipped(nlp, text, name):
    assert one(entities(nlp, text), name).type == "Company"


@pytest.mark.parametrize("text", ["Bank shares fell across the region.", "Shares of May contracts rose."])
def test_a_sector_or_a_month_owned_in_shares_is_no_firm(nlp, text):
    assert entities(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    # a nationality before a lower-case "index" describes an index; it names none
    ("The Stoxx Europe 600 lost 0.7 percent, with the pan-European index at a two-month low.", "European index"),
    ("Tokyo stocks rose, and the broad Japanese index hit a record.", "Japanese index"),
    ("The German index closed higher on Friday.", "German index"),
])
def test_a_nationality_and_index_is_a_description_not_a_name(nlp, text, word):
    assert not [e for e in entities(nlp, text) if word in (e.name, *e.aliases)]


@pytest.mark.parametrize("text, name", [
    # an exchange's code and a number begin an index's written-out name
    ("The Nairobi Securities Exchange's NSE 20 Share Index rose 0.5 percent.", "NSE 20 Share Index"),
    ("In Colombo, the ASPI 30 Price Index fell 1.1 percent on Monday.", "ASPI 30 Price Index"),
    ("Traders said the GSE 50 Composite Index had its best week since March.", "GSE 50 Composite Index"),
])
def test_an_index_name_begins_with_its_code_and_number(nlp, text, name):
    assert one(entities(nlp, text), name).type == "MarketIndex"


@pytest.mark.parametrize("text, name, kind", [
    # "Party of X": the head before "of" makes a party
    ("The Progressive Party of Maldives said it would boycott the vote.", "Progressive Party of Maldives",
     "PoliticalParty"),
    ("The ruling Socialist Party of Valdenia won 40 seats.", "Socialist Party of Valdenia", "PoliticalParty"),
    ("The Liberal Party of Korvia lost ten seats.", "Liberal Party of Korvia", "PoliticalParty"),
    # one word ending in "bank" is a lender
    ("Treasury sanctioned Gazprombank and two other lenders on Thursday.", "Gazprombank", "Company"),
    ("The sanctions also hit Promsvyazbank, a state lender.", "Promsvyazbank", "Company"),
    ("The sanctions named Sovcombank and two smaller lenders.", "Sovcombank", "Company"),
    # a broadcasting regulator is a government body; "Voice of X" a broadcaster
    ("The National Broadcasting Commission fined two stations.", "National Broadcasting Commission",
     "GovernmentBody"),
    ("The Broadcasting Board of Governors oversees the network.", "Broadcasting Board of Governors",
     "GovernmentBody"),
    ("The Independent Media Council suspended the newspaper for a month.", "Independent Media Council",
     "GovernmentBody"),
    ("Listeners in Accra rely on the Voice of Ghana for news.", "Voice of Ghana", "MediaOutlet"),
    ("The Voice of Lestoria aired the speech.", "Voice of Lestoria", "MediaOutlet"),
    ("Listeners tuned in to the Voice of Tarnland every evening.", "Voice of Tarnland", "MediaOutlet"),
])
def test_a_name_is_typed_by_its_head_before_of_or_its_ending(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, party", [
    # "party" in apposition with a name the model read as a person's
    ("A representative of the main opposition party, Samagi Tharu Vedanaya (STV), said talks had failed.",
     "Samagi Tharu Vedanaya"),
    ("The largest party, Jatiya Sangram Dal, won 80 seats.", "Jatiya Sangram Dal"),
    ("Voters turned to the new party, Narodna Volya, in the east.", "Narodna Volya"),
])
def test_a_name_in_apposition_with_party_is_a_party(nlp, text, party):
    assert one(entities(nlp, text), party).type == "PoliticalParty"


@pytest.mark.parametrize("text, bank, country", [
    # a central bank named by a nationality, then described: one body, named by its name
    ("The Czech National Bank raised rates on Thursday. The Czech Republic's central bank said inflation was too "
     "high.", "Czech National Bank", "Czech Republic"),
    ("The Hungarian National Bank cut its base rate, and Hungary's central bank signalled more cuts.",
     "Hungarian National Bank", "Hungary"),
    ("Poland's central bank held rates. The Polish National Bank said wages were rising fast.",
     "Polish National Bank", "Poland"),
])
def test_a_central_bank_named_by_a_nationality_joins_its_description(nlp, text, bank, country):
    ents = entities(nlp, text)
    found = one(ents, bank)
    assert found.name == bank and found.type == "GovernmentBody"
    assert [e.name for e in ents if "bank" in e.name.lower()] == [bank]


@pytest.mark.parametrize("text, person", [
    # a title the model kept in the name
    ("Parliament backed PM Wickersham on Tuesday.", "Wickersham"),
    ("“The rules are clear,” said SEC Chief Accountant Wendell Brisco.", "Wendell Brisco"),
    ("Deputy PM Arlo Vence resigned on Monday.", "Arlo Vence"),
])
def test_a_short_title_before_a_name_is_no_part_of_it(nlp, text, person):
    assert one(entities(nlp, text), person).type == "Person"


@pytest.mark.parametrize("text, word, firm", [
    # an amount in a currency's code, and a prefix before a firm's name, are no names
    ("Harbin Outdoor Goods gained USD 1.35 to close at USD 19.40.", "USD 1.35", "Harbin Outdoor Goods"),
    ("Tarnwell Mining rose EUR 1.40 to EUR 15.20 in Frankfurt.", "EUR 1.40", "Tarnwell Mining"),
    ("Lusaka Copper Holdings quoted prices at ZAR 150 a tonne.", "ZAR", "Lusaka Copper Holdings"),
    ("Ex-Barclays trader Tom Hayes was jailed.", "Ex", "Barclays"),
    ("Ex-Halvorsen chairman Ivo Brandt was charged on Monday.", "Ex-Halvorsen", "Halvorsen"),
])
def test_a_currency_amount_or_a_prefix_is_no_part_of_a_name(nlp, text, word, firm):
    ents = entities(nlp, text)
    assert not [e for e in ents if word in (e.name, *e.aliases)]
    assert one(ents, firm).type == "Company"


@pytest.mark.parametrize("text, party", [
    # a party's name joined by "and" is one name, not a firm beside a shorter party
    ("Votes for the Liberty and Justice Party rose in the east.", "Liberty and Justice Party"),
    ("The Peace and Prosperity Party of Valdenia joined the coalition.", "Peace and Prosperity Party of Valdenia"),
    ("Voters backed the Freedom and Solidarity Party in the north.", "Freedom and Solidarity Party"),
])
def test_a_partys_name_joined_by_and_is_whole(nlp, text, party):
    assert one(entities(nlp, text), party).type == "PoliticalParty"


def test_a_party_before_and_stays_its_own_name(nlp):
    names = [e.name for e in entities(nlp, "Voters split between the Likud and Labor Party candidates.")]
    assert "Labor Party" in names and "Likud and Labor Party" not in names


@pytest.mark.parametrize("text, body, person", [
    # a body's head word, then a holder's name the model ran on into it
    ("On Friday the Speaker of the National Assembly Farid Qureshi adjourned the sitting.", "National Assembly",
     "Farid Qureshi"),
    ("The Chairman of the Securities Commission Daniel Okoro said the rules would change.", "Securities Commission",
     "Daniel Okoro"),
    ("The Chief Justice of the Supreme Court Obi Nwosu ruled on Monday.", "Supreme Court", "Obi Nwosu"),
    # a prefix that belongs to the name stays
    ("The head of the Anti-Corruption Agency Lina Petrova was dismissed.", "Anti-Corruption Agency", "Lina Petrova"),
])
def test_a_holders_name_after_a_bodys_head_is_a_person(nlp, text, body, person):
    ents = entities(nlp, text)
    assert one(ents, body).type == "GovernmentBody" and one(ents, person).type == "Person"


@pytest.mark.parametrize("text, name", [
    # only an index moves in points, whatever the model took its code for
    ("In Lima, the SPBLPGPT fell 120 points on Monday.", "SPBLPGPT"),
    ("Traders said MASI closed at 11,240 points after a volatile session.", "MASI"),
    ("Elsewhere, the NSEASI added 410 points to close at 52,300.", "NSEASI"),
])
def test_a_name_that_moves_in_points_is_an_index(nlp, text, name):
    assert one(entities(nlp, text), name).type == "MarketIndex"


def test_a_firm_that_moves_in_cents_stays_a_firm(nlp):
    assert one(entities(nlp, "Tarnwell Mining fell 40 cents to $5.10."), "Tarnwell Mining").type == "Company"


def test_a_person_who_gains_points_in_a_poll_stays_a_person(nlp):
    text = "Marta Ilves gained five points in the latest poll, her campaign said."
    assert one(entities(nlp, text), "Marta Ilves").type == "Person"


@pytest.mark.parametrize("text, trade, firm", [
    # a trade before a firm's kind and name describes the firm; it names none
    ("Software maker Quillon slid 9 percent on a weak forecast.", "Software", "Quillon"),
    ("Media group Halvorsen Press cut 200 jobs.", "Media", "Halvorsen Press"),
    ("Chemicals maker Dorvan Industries raised prices.", "Chemicals", "Dorvan Industries"),
])
def test_a_trade_before_a_firms_kind_is_no_name(nlp, text, trade, firm):
    ents = entities(nlp, text)
    assert not [e for e in ents if e.name == trade]
    assert one(ents, firm).type in ("Company", "MediaOutlet")


@pytest.mark.parametrize("text, firm", [
    # a place buys no firm: a name the model took for a place that buys or bids is a firm
    ("Veolia raised its offer for Suez on Sunday.", "Veolia"),
    ("Kestova agreed to buy Tarnwell Mining for $2 billion.", "Kestova"),
    ("Valdor Energy launched a bid for the port operator.", "Valdor Energy"),
])
def test_a_name_that_buys_or_bids_is_a_firm(nlp, text, firm):
    assert one(entities(nlp, text), firm).type == "Company"


@pytest.mark.parametrize("text, name, kind", [
    # a rate moves in basis points: its setter is no index
    ("The Monpol lifted its key rate by 75 basis points.", "Monpol", "Company"),
    # a party's lawmaker after "party" is a person
    ("All the opposition MPs attended, except his party MP Richard Mendani.", "Richard Mendani", "Person"),
])
def test_basis_points_and_a_partys_lawmaker_keep_their_type(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, person", [
    # an abbreviated title ends no sentence and is no part of the name
    ("Party Leader Hon. Don Polye met reporters on Monday.", "Don Polye"),
    ("Amb. Ruth Okafor said talks would resume.", "Ruth Okafor"),
    ("Rt. Hon. Tom Reed spoke on Friday.", "Tom Reed"),
])
def test_an_abbreviated_title_is_kept_with_the_name_it_precedes(nlp, text, person):
    assert len(list(nlp(text).sents)) == 1
    ents = entities(nlp, text)
    assert one(ents, person).type == "Person"
    assert [e.name for e in ents] == [person]


@pytest.mark.parametrize("text, person", [
    # a known place's name that begins a name described by a person's role is a person's given name
    ("Dakar Mbaye, chief economist at Sahel Capital, said growth would slow.", "Dakar Mbaye"),
    ("Lima Ortiz, a strategist at Andes Securities, expects more cuts.", "Lima Ortiz"),
    ("Accra Mensah, an analyst at Gold Coast Securities, said cocoa prices would rise.", "Accra Mensah"),
])
def test_a_place_name_that_begins_a_described_persons_name_is_the_persons(nlp, text, person):
    assert one(entities(nlp, text), person).type == "Person"


@pytest.mark.parametrize("text, word", [
    # a dictionary word capitalised only because it begins a sentence is no name
    ("Turnout in the regional vote was barely 40 percent, officials said.", "Turnout"),
    ("Riots spread to three more cities on Sunday after the verdict.", "Riots"),
    ("Banks sold bonds all week as yields rose.", "Banks"),
    ("Strike spreads\nWorkers walked out at three plants. Media reported long queues at petrol stations.", "Media"),
    ("Vote count delayed\nResults from two districts were annulled. Turnout in the May election was barely 35 "
     "percent.", "Turnout"),
])
def test_a_word_capitalised_only_to_begin_a_sentence_is_no_name(nlp, text, word):
    assert not [e for e in entities(nlp, text) if e.name == word]


@pytest.mark.parametrize("text, name", [
    # a name that is no dictionary word, or that recurs with its capital, stays
    ("Corvane said on Monday it would cut 200 jobs.", "Corvane"),
    ("Harvest said profit fell. Investors sold shares of Harvest on the news.", "Harvest"),
])
def test_a_name_at_a_sentences_start_stays(nlp, text, name):
    assert [e for e in entities(nlp, text) if e.name == name]


@pytest.mark.parametrize("text, body", [
    ("The Riigikogu rejected the pension bill by 55 votes to 40.", "Riigikogu"),
    ("After a long night, the Saeima approved the coalition's budget.", "Saeima"),
    ("The Sobranie backed the new cabinet on Thursday.", "Sobranie"),
    ("The Dewan Rakyat approved the spending plan on Monday.", "Dewan Rakyat"),
    ("The Lok Sabha passed the farm bill after a long debate.", "Lok Sabha"),
])
def test_a_legislature_known_by_its_own_word_is_a_government_body(nlp, text, body):
    assert one(entities(nlp, text), body).type == "GovernmentBody"


def test_a_person_is_not_a_legislature_for_sharing_a_word_with_one(nlp):
    found = entities(nlp, "Marta Rada, a tax lawyer, and Ilse Dewan, an economist, said the plan was sound.")
    assert one(found, "Marta Rada").type == "Person" and one(found, "Ilse Dewan").type == "Person"


@pytest.mark.parametrize("text, person", [
    ("The president named Minister of Rural Planning and Water Affairs Tomas Reiner to the finance post.",
     "Tomas Reiner"),
    ("Secretary for Economic Development Lina Oduya announced the grant.", "Lina Oduya"),
    ("Minister of Higher Education, Science and Innovation Petra Sallo opened the campus.", "Petra Sallo"),
])
def test_the_tail_of_a_long_portfolio_is_not_part_of_the_holders_name(nlp, text, person):
    assert person in [e.name for e in entities(nlp, text) if e.type == "Person"]


@pytest.mark.parametrize("text", [
    "Education and Science Minister Marta Ozola said schools would reopen.",
    "Culture and Tourism Minister Ilse Varga opened the museum on Friday.",
    "Trade and Industry Secretary Ole Brann met the exporters.",
])
def test_a_portfolio_written_before_its_title_is_no_body(nlp, text):
    ents = entities(nlp, text)
    assert not [e for e in ents if e.type != "Person"], [(e.name, e.type) for e in ents]


def test_a_firm_before_a_chief_executives_title_stays(nlp):
    ents = entities(nlp, "Halvard Foods CEO Tim Corran and Ostrel Bank Secretary Ana Bell spoke.")
    assert {"Halvard Foods", "Ostrel Bank"} <= {e.name for e in ents if e.type == "Company"}


@pytest.mark.parametrize("text, person", [
    ("The president moved Minister of Local Government and Housing Affairs Dora Kimani to defence.", "Dora Kimani"),
    ("Yesterday Minister of Labour and Social Security Piet Mbeki resigned.", "Piet Mbeki"),
    ("On Friday, Minister for Arts and Sport Dylan Marsh opened the stadium.", "Dylan Marsh"),
    ("The budget was read by Minister of Lands and Housing Abena Darko.", "Abena Darko"),
])
def test_the_holder_after_a_long_portfolio_is_a_person_and_the_portfolio_no_body(nlp, text, person):
    ents = entities(nlp, text)
    assert [(e.name, e.type) for e in ents] == [(person, "Person")]


@pytest.mark.parametrize("text, kept", [
    ("Minister of Finance Kofi Asante-Mensah said the budget would pass.", ("Kofi Asante-Mensah", "Person")),
    ("The Minister of Finance and the Governor of Halden Province met Maria Lindqvist on Monday.",
     ("Maria Lindqvist", "Person")),
    ("UDRP Secretary General Jacob Lumu told reporters the count was rigged.", ("UDRP", "Company")),
])
def test_what_is_not_a_portfolios_holder_is_left_alone(nlp, text, kept):
    assert kept in [(e.name, e.type) for e in entities(nlp, text)]


@pytest.mark.parametrize("text, body", [
    ("The company sold radar parts to the Air Force for a decade.", "Air Force"),
    ("A Coast Guard cutter stopped the tanker on Sunday.", "Coast Guard"),
    ("The contract was signed with the Ruritanian Navy last year.", "Ruritanian Navy"),
])
def test_armed_services_are_government_bodies(nlp, text, body):
    assert one(entities(nlp, text), body).type == "GovernmentBody"


@pytest.mark.parametrize("text, party", [
    ("Transport Minister Pia Lund (Civic Dawn) and Justice Minister Ole Brann (Civic Dawn) kept their posts.",
     "Civic Dawn"),
    ("The new cabinet includes Finance Minister Tomas Reiner (Forward Together), the premier said.",
     "Forward Together"),
    ("Opposition lawmakers, led by Maria Lindqvist (Nordic Voice), walked out of parliament.", "Nordic Voice"),
])
def test_a_name_in_parentheses_after_a_politician_is_the_party(nlp, text, party):
    assert one(entities(nlp, text), party).type == "PoliticalParty"


@pytest.mark.parametrize("text, name", [
    ("Analyst Tom Reyes (Harbor Fund) said stocks would rise.", "Harbor Fund"),       # no politics here
    ("Government adviser John Pratt (Goldman Sachs) joined the cabinet meeting.", "Goldman Sachs"),  # known firm
])
def test_a_name_in_parentheses_elsewhere_keeps_its_own_type(nlp, text, name):
    assert one(entities(nlp, text), name).type != "PoliticalParty"


def test_a_party_of_one_word_joined_to_one_word_is_whole(nlp):
    text = "Agriculture Minister Ivo Sand (Union of Growers and Fishers) lost his seat in the election."
    assert one(entities(nlp, text), "Union of Growers and Fishers").type == "PoliticalParty"


@pytest.mark.parametrize("text, body", [
    ("The case was brought by the Fraud Section, part of the Justice Ministry.", "Fraud Section"),
    ("Prosecutors in the Money Laundering Section filed the charges on Monday.", "Money Laundering Section"),
    ("The Financial Intelligence Unit froze the accounts of Corvane Ltd.", "Financial Intelligence Unit"),
])
def test_a_named_section_or_unit_is_a_government_body(nlp, text, body):
    assert one(entities(nlp, text), body).type == "GovernmentBody"


@pytest.mark.parametrize("words, kept", [
    ("the Criminal Division and Acting", "Criminal Division"),
    ("the Fraud Section and Deputy", "Fraud Section"),
    ("the Export Office , Assistant", "Export Office"),
])
def test_the_first_word_of_the_next_title_is_no_part_of_a_name(nlp, words, kept):
    from kg.extract.candidates import _trim
    doc = nlp(f"It was announced by {words} Director Ana Ruiz.")
    start = next(t.i for t in doc if t.lower_ == "the")
    end = start + len(words.split())
    s, e = _trim(doc, start, end)
    assert doc[s:e].text == kept


@pytest.mark.parametrize("text, product", [
    ("Velmora unveiled the Velphone 6 at its event on Tuesday.", "Velphone 6"),
    ("Stores ran out of the iPad 2 within hours.", "iPad 2"),
    ("Apple showed the iPhone 6 Plus and a watch.", "iPhone 6 Plus"),
])
def test_a_products_model_number_is_part_of_its_name(nlp, text, product):
    assert product in [e.name for e in entities(nlp, text) if e.type == "Product"]


def test_two_models_of_one_line_are_two_products(nlp):
    names = [e.name for e in entities(nlp, "Apple unveiled the iPhone 6 and the iPhone 6 Plus on Tuesday.")
             if e.type == "Product"]
    assert "iPhone 6" in names and "iPhone 6 Plus" in names


@pytest.mark.parametrize("text", [
    "Amnesty International on Tuesday condemned the government of Kenya over the arrests.",
    "The opposition accused the government of Kenya of raising taxes in secret.",
    "Lenders said the government of Kenya would repay the bond in June.",
])
def test_the_government_of_a_country_is_its_government(nlp, text):
    govs = [e for e in entities(nlp, text) if e.type == "GovernmentBody"]
    assert [e.name for e in govs] == ["Kenyan government"]


def test_a_long_title_with_for_and_a_list_ends_at_its_holder(nlp):
    text = ("The delegation was led by Undersecretary of State for Trade, Energy and the Environment "
            "Lina Oduya, who arrived on Monday.")
    assert [(e.name, e.type) for e in entities(nlp, text)] == [("Lina Oduya", "Person")]


@pytest.mark.parametrize("text, party", [
    ("The ruling NVK took 41 of the 70 seats in Sunday's vote.", "NVK"),
    ("Leaders of the opposition RDL walked out of the chamber on Friday.", "RDL"),
    ("The opposition TRM-B boycotted the budget debate on Tuesday.", "TRM-B"),
    ("Deputies from the governing Unity Front backed the bill.", "Unity Front"),
    ("Voters punished the ruling Harbour Alliance in the capital.", "Harbour Alliance"),
    ("Leaders of the ruling Nova Tarvia said the budget would pass.", "Nova Tarvia"),
    ("The opposition Forza Dalmia won three seats.", "Forza Dalmia"),
])
def test_a_name_after_the_ruling_or_the_opposition_is_a_party(nlp, text, party):
    assert one(entities(nlp, text), party).type == "PoliticalParty"


@pytest.mark.parametrize("text, name, kind", [
    ("A court ruling on Tuesday said Vantor Mining must pay the fine.", "Vantor Mining", "Company"),
    ("The opposition MP Lara Quint asked about the port.", "Lara Quint", "Person"),
])
def test_a_ruling_or_an_opposition_members_title_makes_no_party(nlp, text, name, kind):
    ents = entities(nlp, text)
    assert one(ents, name).type == kind
    assert not [e for e in ents if e.type == "PoliticalParty"]


@pytest.mark.parametrize("text, body", [
    ("The Marlow Fair Trading Commission on Thursday blocked the purchase.", "Marlow Fair Trading Commission"),
    ("Officials at the Orsk Fair Trading Office on Wednesday said the deal was dead.", "Orsk Fair Trading Office"),
    ("The Drummond Fair Trading Council on Monday warned retailers.", "Drummond Fair Trading Council"),
])
def test_a_body_named_by_its_head_word_ends_before_the_day_it_acted(nlp, text, body):
    assert one(entities(nlp, text), body).name == body


def test_a_body_whose_name_runs_on_after_on_keeps_its_subject(nlp):
    text = "The Brenna Commission on Human Rights issued a report on Monday."
    assert one(entities(nlp, text), "Brenna Commission on Human Rights")


@pytest.mark.parametrize("text, index", [
    ("The Kessel 50 index fell 1.8% on Tuesday.", "Kessel 50 index"),
    ("Shares on the Talvi 25 index rose in late trade.", "Talvi 25 index"),
    ("The Norvik Tech 40 index slid 2% by the close.", "Norvik Tech 40 index"),
])
def test_an_index_named_by_a_word_and_a_number_before_index_is_found_whole(nlp, text, index):
    assert one(entities(nlp, text), index).type == "MarketIndex"


@pytest.mark.parametrize("text, country, firm", [
    ("Velmora's Prime Minister Anja Roos met investors. The Velmora Gazette reported the talks.",
     "Velmora", "Velmora Gazette"),
    ("Quillan's trade minister, Tomas Vire, left early, the Quillan Herald said.", "Quillan", "Quillan Herald"),
    ("Brennik's finance minister, Ola Dahl, quit on Monday, the Brennik Post said.", "Brennik", "Brennik Post"),
    ("Talsen's energy minister, Rui Amar, spoke after Talsen Power shares fell.", "Talsen", "Talsen Power"),
])
def test_a_name_whose_possessive_owns_a_minister_is_a_country_not_a_firm_of_that_name(nlp, text, country, firm):
    ents = entities(nlp, text)
    assert one(ents, country).type == "Place"
    assert one(ents, firm).type != "Place"


@pytest.mark.parametrize("text, name, kind", [
    ("Unity Party's finance minister, Ana Ruiz, resigned.", "Unity Party", "PoliticalParty"),
    ("Acme's president, Ana Ruiz, resigned.", "Acme", "Company"),
])
def test_a_partys_or_a_firms_possessive_before_a_post_keeps_its_type(nlp, text, name, kind):
    assert one(entities(nlp, text), name).type == kind


@pytest.mark.parametrize("text, person", [
    ("Opposition lawmaker Ana Ruiz voted against the bill.", "Ana Ruiz"),
    ("MDP lawmaker Ana Ruiz voted against the bill.", "Ana Ruiz"),
    ("Veteran lawmaker Ivo Marek walked out.", "Ivo Marek"),
])
def test_a_name_right_after_a_lower_case_post_is_its_holder(nlp, text, person):
    assert one(entities(nlp, text), person).type == "Person"


@pytest.mark.parametrize("text, long_form, short", [
    ("The National Front for the Liberation of Ostria declared victory, and the FNLO said turnout was high.",
     "National Front for the Liberation of Ostria", "FNLO"),
    ("The Movement for Democracy and Progress of Velmora conceded. The PMDV said it would appeal.",
     "Movement for Democracy and Progress of Velmora", "PMDV"),
    ("The Alliance of Free Farmers of Quillan met on Monday. By Friday the FAFQ had split.",
     "Alliance of Free Farmers of Quillan", "FAFQ"),
])
def test_an_acronym_of_a_name_in_another_language_order_joins_the_name(nlp, text, long_form, short):
    ent = one(entities(nlp, text), long_form)
    assert short in ent.aliases


def test_an_acronym_of_other_letters_stays_apart(nlp):
    text = "The Alliance of Free Farmers of Quillan met on Monday. By Friday the FAQX had split."
    assert "FAQX" not in one(entities(nlp, text), "Alliance of Free Farmers of Quillan").aliases


@pytest.mark.parametrize("text, person", [
    ("Acme Mining issued a statement on behalf of Chairman Emeritus Tomas Vire on Monday.", "Tomas Vire"),
    ("Former chief executive and Director Emeritus Bo Lind opposed the sale.", "Bo Lind"),
    ("Chairman Emeritus Ivo Marek said the bid was too low.", "Ivo Marek"),
])
def test_emeritus_is_part_of_a_title_not_of_a_name(nlp, text, person):
    assert one(entities(nlp, text), person).type == "Person"


@pytest.mark.parametrize("text, name", [
    ("The MKRA party won the vote. Opposition MP Ivo Kast spoke.", "MKRA party"),
    ("Leaders of the MVTA party met on Monday. Rival MP Lise Varn walked out.", "MVTA party"),
    ("The MDNA party held a rally. MP Dario Fenn said it was large.", "MDNA party"),
])
def test_a_name_with_an_acronym_in_it_has_no_initials_to_find_again(nlp, text, name):
    from kg.extract.candidates import Candidate
    from kg.extract.missed_names import repeated_names

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    party = Candidate(span.start, span.end, name, span.start_char, span.end_char, "ORG", type="PoliticalParty")
    assert not [c for c in repeated_names(doc, [party], []) if c.text == "MP"]
