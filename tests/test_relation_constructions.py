"""Relation constructions of news English, each in at least three phrasings written for this file.

Every case names one construction (the test id says which), a short text, the entities a
recogniser would find in it (given by hand, so a failure names the relation rule, not entity
recognition), the facts the text states and, where a near miss is typical, facts it must not
yield. A rule earns its place by passing every phrasing of its construction.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.relations import extract_relations
from kg.extract.table import EntityTable
from kg.models import Article

P, CO, GOV, PL, PARTY, ORG, EDU, IDX, PROD = (
    "Person", "Company", "GovernmentBody", "Place", "PoliticalParty", "Organization",
    "EducationalInstitution", "MarketIndex", "Product")


def _slug(name: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def extract(nlp, text, entities):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    rels = extract_relations(doc, table, Article(id="t", text=text, published=date(2024, 3, 14)))
    return {(r.subject.split("/", 1)[1], r.predicate, r.object.split("/", 1)[1]): r for r in rels}


# (construction, text, entities, expected facts, facts that must not be found)
# A fact is (subject name, predicate, object name) or, for holdsPosition, with the title too.
CASES = [
    # --- a title compounded before the name, with the organisation before it ------------------
    ("org_title_name", "Velora Systems CEO Hana Ruiz told analysts margins would recover.",
     [("Velora Systems", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "holdsPosition", "Velora Systems", "CEO")], []),
    ("org_title_name", "Shares rose after Quarry Bank chief economist Tom Adeyemi spoke in Lagos.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P), ("Lagos", PL)],
     [("Tom Adeyemi", "holdsPosition", "Quarry Bank", "chief economist")],
     [("Tom Adeyemi", "holdsPosition", "Lagos")]),
    ("org_title_name", "The plan was announced by Norbeck Group Chairman Ivo Pelt on Tuesday.",
     [("Norbeck Group", CO), ("Ivo Pelt", P)],
     [("Ivo Pelt", "holdsPosition", "Norbeck Group", "Chairman")], []),
    # --- the organisation's possessive before the title -------------------------------------
    ("possessive_title_name", "Velora Systems' chief executive Hana Ruiz declined to comment.",
     [("Velora Systems", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "holdsPosition", "Velora Systems", "chief executive")], []),
    ("possessive_title_name", "Investors cheered when Quarry Bank's new president, Tom Adeyemi, cut costs.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P)],
     [("Tom Adeyemi", "holdsPosition", "Quarry Bank")], []),
    ("possessive_title_name", "According to the Orvel Institute's director, Pia Lang, funding has dried up.",
     [("Orvel Institute", ORG), ("Pia Lang", P)],
     [("Pia Lang", "holdsPosition", "Orvel Institute", "director")], []),
    # --- the title after the name, in apposition ------------------------------------------
    ("appositive_title_of", "Hana Ruiz, chief executive of Velora Systems, said demand was strong.",
     [("Velora Systems", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "holdsPosition", "Velora Systems", "chief executive")], []),
    ("appositive_title_of", "Tom Adeyemi, an economist at Quarry Bank in London, expects two cuts.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P), ("London", PL)],
     [("Tom Adeyemi", "holdsPosition", "Quarry Bank", "economist")],
     [("Tom Adeyemi", "holdsPosition", "London")]),
    ("appositive_title_of", "The report was written by Pia Lang, the director of the Orvel Institute.",
     [("Orvel Institute", ORG), ("Pia Lang", P)],
     [("Pia Lang", "holdsPosition", "Orvel Institute", "director")], []),
    ("appositive_title_of", "Pia Lang, senior fellow for trade policy at the Orvel Institute, disagreed.",
     [("Orvel Institute", ORG), ("Pia Lang", P)],
     [("Pia Lang", "holdsPosition", "Orvel Institute")], []),
    ("appositive_org_title", "Hana Ruiz, Velora Systems' chief financial officer, left in May.",
     [("Velora Systems", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "holdsPosition", "Velora Systems", "chief financial officer")], []),
    ("appositive_org_title", "Tom Adeyemi, the Quarry Bank economist, was more cautious.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P)],
     [("Tom Adeyemi", "holdsPosition", "Quarry Bank", "economist")], []),
    ("appositive_org_title", "Ivo Pelt, a Norbeck Group board member, voted against the deal.",
     [("Norbeck Group", CO), ("Ivo Pelt", P)],
     [("Ivo Pelt", "memberOf", "Norbeck Group")], []),
    # --- a title written after the name alone, then the organisation in a later sentence -----
    ("affiliation", "Mara Quist, a professor of economics at Lindgate University, "
     "said the cut came too late.",
     [("Lindgate University", EDU), ("Mara Quist", P)],
     [("Mara Quist", "holdsPosition", "Lindgate University")], []),
    ("affiliation", "“It is a bold move,” said Mara Quist, who teaches finance at "
     "Lindgate University.",
     [("Lindgate University", EDU), ("Mara Quist", P)],
     [("Mara Quist", "memberOf", "Lindgate University")], []),
    ("affiliation", "Mara Quist, an analyst with Ferro Capital, said prices would fall.",
     [("Ferro Capital", CO), ("Mara Quist", P)],
     [("Mara Quist", "holdsPosition", "Ferro Capital", "analyst")], []),
    # --- "Y, led/headed/run by X" ---------------------------------------------------------
    ("led_by", "The Federal Mining Agency, led by Sara Quon, issued new rules.",
     [("Federal Mining Agency", GOV), ("Sara Quon", P)], [("Sara Quon", "holdsPosition", "Federal Mining Agency")], []),
    ("led_by", "Velora, headed by Hana Ruiz since 2019, cut prices.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "holdsPosition", "Velora")], []),
    ("led_by", "Norbeck Group is run by Ivo Pelt, a former banker.",
     [("Norbeck Group", CO), ("Ivo Pelt", P)], [("Ivo Pelt", "holdsPosition", "Norbeck Group")], []),
    # --- a title held in a body that another body's possessive names ---------------------------
    ("title_in_possessed_body", "Deputy Director Sara Quon of the Interior Ministry's Bureau of Mines spoke.",
     [("Interior Ministry", GOV), ("Bureau of Mines", GOV), ("Sara Quon", P)],
     [("Sara Quon", "holdsPosition", "Bureau of Mines")], [("Sara Quon", "holdsPosition", "Interior Ministry")]),
    ("title_in_possessed_body", "Sara Quon, director of the Interior Ministry's Bureau of Mines, spoke.",
     [("Interior Ministry", GOV), ("Bureau of Mines", GOV), ("Sara Quon", P)],
     [("Sara Quon", "holdsPosition", "Bureau of Mines")], [("Sara Quon", "holdsPosition", "Interior Ministry")]),
    ("title_in_possessed_body", "Sara Quon, an economist at Norbeck Group's Velora Research, spoke.",
     [("Norbeck Group", CO), ("Velora Research", ORG), ("Sara Quon", P)],
     [("Sara Quon", "holdsPosition", "Velora Research")], [("Sara Quon", "holdsPosition", "Norbeck Group")]),
    # --- "X, who heads/runs/leads Y" ------------------------------------------------------
    ("who_heads", "Hana Ruiz, who runs Velora Systems, said the plant would stay open.",
     [("Velora Systems", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "holdsPosition", "Velora Systems")], []),
    ("who_heads", "Sara Quon, who heads the Federal Mining Agency, defended the rules.",
     [("Federal Mining Agency", GOV), ("Sara Quon", P)],
     [("Sara Quon", "holdsPosition", "Federal Mining Agency")], []),
    ("who_heads", "Ivo Pelt, who has led Norbeck Group since 2015, will retire.",
     [("Norbeck Group", CO), ("Ivo Pelt", P)], [("Ivo Pelt", "holdsPosition", "Norbeck Group")], []),
    ("who_is_title", "Sara Quon, who is chairwoman of the Federal Mining Agency, defended the rules.",
     [("Federal Mining Agency", GOV), ("Sara Quon", P)],
     [("Sara Quon", "holdsPosition", "Federal Mining Agency", "chairwoman")], []),
    ("who_is_title", "Hana Ruiz, who became chief executive of Velora Systems in 2019, wants growth.",
     [("Velora Systems", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "holdsPosition", "Velora Systems", "chief executive")], []),
    ("who_is_title", "Tom Adeyemi, who was named Quarry Bank's treasurer last year, resigned.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P)],
     [("Tom Adeyemi", "holdsPosition", "Quarry Bank", "treasurer")], []),
    # --- "head/chief/chairman/governor/director of Y" as a predicate or appositive ----------
    ("title_of_org", "Sara Quon is the head of the Federal Mining Agency.",
     [("Federal Mining Agency", GOV), ("Sara Quon", P)],
     [("Sara Quon", "holdsPosition", "Federal Mining Agency", "head")], []),
    ("title_of_org", "As governor of the Central Bank of Kenya, Amos Kiprono kept rates high.",
     [("Central Bank of Kenya", GOV), ("Amos Kiprono", P)],
     [("Amos Kiprono", "holdsPosition", "Central Bank of Kenya", "governor")], []),
    ("title_of_org", "The chairman of Norbeck Group, Ivo Pelt, said the bid was too low.",
     [("Norbeck Group", CO), ("Ivo Pelt", P)],
     [("Ivo Pelt", "holdsPosition", "Norbeck Group", "chairman")], []),
    # --- "Y chief executive X", "Y's CEO X" --------------------------------------------------
    ("org_chief_executive", "Velora chief executive Hana Ruiz said sales doubled.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "holdsPosition", "Velora", "chief executive")], []),
    ("org_chief_executive", "Talks between Velora's CEO Hana Ruiz and the unions failed.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "holdsPosition", "Velora", "CEO")], []),
    ("org_chief_executive", "Analysts asked Velora boss Hana Ruiz about debt.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "holdsPosition", "Velora", "boss")], []),
    # --- heads of state and government, ministers, to their country -------------------------
    ("head_of_state", "Kenyan President Amos Kiprono opened the new port on Friday.",
     [("Amos Kiprono", P), ("Kenya", PL)], [("Amos Kiprono", "holdsPosition", "Kenya", "President")], []),
    ("head_of_state", "President Amos Kiprono of Kenya met investors in Nairobi.",
     [("Amos Kiprono", P), ("Kenya", PL), ("Nairobi", PL)],
     [("Amos Kiprono", "holdsPosition", "Kenya", "President")],
     [("Amos Kiprono", "holdsPosition", "Nairobi")]),
    ("head_of_state", "Kenya's president, Amos Kiprono, said the port would create jobs.",
     [("Amos Kiprono", P), ("Kenya", PL)], [("Amos Kiprono", "holdsPosition", "Kenya", "president")], []),
    ("head_of_state", "Amos Kiprono, the president of Kenya, said the port would create jobs.",
     [("Amos Kiprono", P), ("Kenya", PL)], [("Amos Kiprono", "holdsPosition", "Kenya", "president")], []),
    ("head_of_state", "Amos Kiprono, Kenya's president, flew to Addis Ababa.",
     [("Amos Kiprono", P), ("Kenya", PL), ("Addis Ababa", PL)],
     [("Amos Kiprono", "holdsPosition", "Kenya", "president")],
     [("Amos Kiprono", "holdsPosition", "Addis Ababa")]),
    ("prime_minister", "Norway's prime minister, Lena Holt, called an early election.",
     [("Lena Holt", P), ("Norway", PL)], [("Lena Holt", "holdsPosition", "Norway", "prime minister")], []),
    ("prime_minister", "Norwegian Prime Minister Lena Holt called an early election.",
     [("Lena Holt", P), ("Norway", PL)], [("Lena Holt", "holdsPosition", "Norway", "Prime Minister")], []),
    ("prime_minister", "Lena Holt, who became prime minister of Norway in 2021, called an election.",
     [("Lena Holt", P), ("Norway", PL)], [("Lena Holt", "holdsPosition", "Norway", "prime minister")], []),
    ("minister", "Brazil's finance minister, Rui Camargo, promised a smaller deficit.",
     [("Rui Camargo", P), ("Brazil", PL)], [("Rui Camargo", "holdsPosition", "Brazil", "finance minister")], []),
    ("minister", "Brazilian Finance Minister Rui Camargo promised a smaller deficit.",
     [("Rui Camargo", P), ("Brazil", PL)], [("Rui Camargo", "holdsPosition", "Brazil", "Finance Minister")], []),
    ("minister", "Rui Camargo, Brazil's finance minister, promised a smaller deficit.",
     [("Rui Camargo", P), ("Brazil", PL)], [("Rui Camargo", "holdsPosition", "Brazil", "finance minister")], []),
    ("two_leaders", "President Amos Kiprono of Kenya met Prime Minister Lena Holt of Norway in Oslo.",
     [("Amos Kiprono", P), ("Kenya", PL), ("Lena Holt", P), ("Norway", PL), ("Oslo", PL)],
     [("Amos Kiprono", "holdsPosition", "Kenya"), ("Lena Holt", "holdsPosition", "Norway")],
     [("Amos Kiprono", "holdsPosition", "Norway"), ("Lena Holt", "holdsPosition", "Kenya")]),
    ("two_leaders", "Kenyan President Amos Kiprono and Norwegian Prime Minister Lena Holt signed the pact.",
     [("Amos Kiprono", P), ("Kenya", PL), ("Lena Holt", P), ("Norway", PL)],
     [("Amos Kiprono", "holdsPosition", "Kenya"), ("Lena Holt", "holdsPosition", "Norway")],
     [("Amos Kiprono", "holdsPosition", "Norway"), ("Lena Holt", "holdsPosition", "Kenya")]),
    ("two_leaders", "Kenya's president, Amos Kiprono, hosted Norway's prime minister, Lena Holt.",
     [("Amos Kiprono", P), ("Kenya", PL), ("Lena Holt", P), ("Norway", PL)],
     [("Amos Kiprono", "holdsPosition", "Kenya"), ("Lena Holt", "holdsPosition", "Norway")],
     [("Amos Kiprono", "holdsPosition", "Norway"), ("Lena Holt", "holdsPosition", "Kenya")]),
    # --- a department's title: "Treasury Secretary X", "X, the commerce secretary" ------------
    ("department_title", "Treasury Secretary Ann Lee said the Treasury Department would act.",
     [("Treasury Department", GOV, ["Treasury"]), ("Ann Lee", P)],
     [("Ann Lee", "holdsPosition", "Treasury Department")], []),
    ("department_title", "The Ministry of Energy said on Monday that Energy Minister Joao Pires would resign.",
     [("Ministry of Energy", GOV), ("Joao Pires", P)],
     [("Joao Pires", "holdsPosition", "Ministry of Energy", "Energy Minister")], []),
    ("department_title", "Ann Lee, the Treasury secretary, said the Treasury Department would act.",
     [("Treasury Department", GOV, ["Treasury"]), ("Ann Lee", P)],
     [("Ann Lee", "holdsPosition", "Treasury Department")], []),
    # --- an organisation appoints someone to a title with no organisation of its own -----------
    ("appointed_by_org", "Norbeck Group named Hana Ruiz as its chief executive on Monday.",
     [("Norbeck Group", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "holdsPosition", "Norbeck Group", "chief executive")], []),
    ("appointed_by_org", "Quarry Bank has appointed Tom Adeyemi as chief economist.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P)], [("Tom Adeyemi", "holdsPosition", "Quarry Bank")], []),
    ("appointed_by_org", "The Orvel Institute hired Pia Lang as director last spring.",
     [("Orvel Institute", ORG), ("Pia Lang", P)], [("Pia Lang", "holdsPosition", "Orvel Institute")], []),
    # --- "the country's president": a country named before -----------------------------------
    ("the_country", "Kenya held elections in May. The country's president, Amos Kiprono, conceded.",
     [("Kenya", PL), ("Amos Kiprono", P)], [("Amos Kiprono", "holdsPosition", "Kenya", "president")], []),
    ("the_country", "Kenya's economy slowed in Nairobi. Amos Kiprono, the country's finance minister, "
     "blamed drought.",
     [("Kenya", PL), ("Nairobi", PL), ("Amos Kiprono", P)],
     [("Amos Kiprono", "holdsPosition", "Kenya", "finance minister")], [("Amos Kiprono", "holdsPosition", "Nairobi")]),
    ("the_country", "Kenya is in talks with lenders. The nation's prime minister, Amos Kiprono, is hopeful.",
     [("Kenya", PL), ("Amos Kiprono", P)], [("Amos Kiprono", "holdsPosition", "Kenya")], []),
    # --- an organisation's possessive before a person's name -----------------------------------
    ("org_possessive_person", "Quarry Bank's Tom Adeyemi expects two cuts this year.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P)], [("Tom Adeyemi", "holdsPosition", "Quarry Bank")], []),
    ("org_possessive_person", "The Green Party's Rosa Diel rejected the budget.",
     [("Rosa Diel", P), ("Green Party", PARTY)], [("Rosa Diel", "memberOf", "Green Party")], []),
    ("org_possessive_person", "Analysts like Ferro Capital's Mara Quist say prices will fall.",
     [("Ferro Capital", CO), ("Mara Quist", P)], [("Mara Quist", "holdsPosition", "Ferro Capital")], []),
    ("party_from", "Rosa Diel, a senator from the Green Party, rejected the budget.",
     [("Rosa Diel", P), ("Green Party", PARTY)], [("Rosa Diel", "memberOf", "Green Party")], []),
    ("party_from", "Rosa Diel, a lawmaker from the ruling Liberal Party, rejected the budget.",
     [("Rosa Diel", P), ("Liberal Party", PARTY)], [("Rosa Diel", "memberOf", "Liberal Party")], []),
    ("party_from", "The bill was opposed by Rosa Diel, a politician from the Green Party.",
     [("Rosa Diel", P), ("Green Party", PARTY)], [("Rosa Diel", "memberOf", "Green Party")], []),
    # --- a firm described with a place's possessive -------------------------------------------
    ("place_possessive_description", "Velora, Kenya's biggest lender, was fined.",
     [("Kenya", PL), ("Velora", CO)], [("Velora", "locatedIn", "Kenya")], []),
    ("place_possessive_description", "Shares of Velora, France's second-largest carmaker, fell.",
     [("France", PL), ("Velora", CO)], [("Velora", "locatedIn", "France")], []),
    ("place_possessive_description", "Investors sold Velora, Brazil's top miner, on Monday.",
     [("Brazil", PL), ("Velora", CO)], [("Velora", "locatedIn", "Brazil")], []),
    ("place_possessive_description", "The Nairobi Bourse, Kenya's main stock exchange, rose.",
     [("Kenya", PL), ("Nairobi Bourse", ORG)], [("Nairobi Bourse", "locatedIn", "Kenya")], []),
    ("based_in", "The Nairobi-based lender Velora cut rates.",
     [("Velora", CO), ("Nairobi", PL)], [("Velora", "locatedIn", "Nairobi")], []),
    ("founded", "Velora founder and chief executive Hana Ruiz resigned.",
     [("Velora", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "founded", "Velora"), ("Hana Ruiz", "holdsPosition", "Velora", "chief executive")], []),
    # --- a firm's title with no firm, in a passage about one firm ------------------------------
    ("bare_firm_title", "Velora went public on Friday. Hana Ruiz, a co-founder, sold shares.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "founded", "Velora")], []),
    ("bare_firm_title", "Velora cut 500 jobs. Ivo Pelt, the chief executive, blamed weak demand.",
     [("Velora", CO), ("Ivo Pelt", P)], [("Ivo Pelt", "holdsPosition", "Velora", "chief executive")], []),
    ("bare_firm_title", "Velora and Norbeck Group both cut jobs. Ivo Pelt, the chief executive, blamed demand.",
     [("Velora", CO), ("Norbeck Group", CO), ("Ivo Pelt", P)], [],
     [("Ivo Pelt", "holdsPosition", "Velora"), ("Ivo Pelt", "holdsPosition", "Norbeck Group")]),
    # --- a private job is no post of a country ----------------------------------------------
    ("private_job_not_country", "Japanese economist Tom Adeyemi expects a weaker yen. Japan exports cars.",
     [("Tom Adeyemi", P), ("Japan", PL)], [], [("Tom Adeyemi", "holdsPosition", "Japan")]),
    ("private_job_not_country", "Kenyan banker Tom Adeyemi bought bonds. Kenya sold them.",
     [("Tom Adeyemi", P), ("Kenya", PL)], [], [("Tom Adeyemi", "holdsPosition", "Kenya")]),
    ("private_job_not_country", "Tom Adeyemi, chief executive of Ferro Brazil, said Brazil would grow.",
     [("Tom Adeyemi", P), ("Brazil", PL)], [], [("Tom Adeyemi", "holdsPosition", "Brazil")]),
    # --- City, State / City, Country and X-based / headquartered in -----------------------
    ("city_state", "The factory in Dayton, Ohio, will close next year.",
     [("Dayton", PL), ("Ohio", PL)], [("Dayton", "locatedIn", "Ohio")], []),
    ("city_state", "Protesters gathered in Mombasa, Kenya, on Sunday.",
     [("Mombasa", PL), ("Kenya", PL)], [("Mombasa", "locatedIn", "Kenya")], []),
    ("city_state", "Velora Systems moved its offices from Lyon, France, to Austin, Texas.",
     [("Velora Systems", CO), ("Lyon", PL), ("France", PL), ("Austin", PL), ("Texas", PL)],
     [("Lyon", "locatedIn", "France"), ("Austin", "locatedIn", "Texas")], [("Lyon", "locatedIn", "Texas")]),
    ("based_in", "Velora Systems, based in Austin, Texas, makes sensors.",
     [("Velora Systems", CO), ("Austin", PL), ("Texas", PL)],
     [("Velora Systems", "locatedIn", "Austin"), ("Austin", "locatedIn", "Texas")], []),
    ("based_in", "The Lyon-based Marnier Group bought a rival.",
     [("Marnier Group", CO), ("Lyon", PL)], [("Marnier Group", "locatedIn", "Lyon")], []),
    ("based_in", "Marnier Group, which is headquartered in Lyon, cut jobs.",
     [("Marnier Group", CO), ("Lyon", PL)], [("Marnier Group", "locatedIn", "Lyon")], []),
    ("based_in", "Quarry Bank is headquartered in Lagos and has branches in Accra.",
     [("Quarry Bank", CO), ("Lagos", PL), ("Accra", PL)], [("Quarry Bank", "locatedIn", "Lagos")],
     [("Quarry Bank", "locatedIn", "Accra")]),
    ("org_of_city", "Investors at Ferro Capital of Milan sold the bonds.",
     [("Ferro Capital", CO), ("Milan", PL)], [("Ferro Capital", "locatedIn", "Milan")], []),
    ("org_of_city", "Tom Adeyemi of Quarry Bank in Lagos said rates had peaked.",
     [("Quarry Bank", CO), ("Lagos", PL), ("Tom Adeyemi", P)],
     [("Quarry Bank", "locatedIn", "Lagos")], []),
    ("org_of_city", "The Marnier Group, a Lyon company, bought a rival.",
     [("Marnier Group", CO), ("Lyon", PL)], [("Marnier Group", "locatedIn", "Lyon")], []),
    ("place_possessive", "Kenya's Nairobi Stock Index fell 2 percent.",
     [("Nairobi Stock Index", IDX), ("Kenya", PL)], [("Nairobi Stock Index", "locatedIn", "Kenya")], []),
    ("place_possessive", "Shares of France's Marnier Group rose.",
     [("Marnier Group", CO), ("France", PL)], [("Marnier Group", "locatedIn", "France")], []),
    ("place_possessive", "In Tokyo, the Nikkei Average closed higher.",
     [("Nikkei Average", IDX), ("Tokyo", PL)], [("Nikkei Average", "locatedIn", "Tokyo")], []),
    # --- memberOf: parties -----------------------------------------------------------------
    ("party_member", "Senator Rosa Diel, a Republican, voted against the bill.",
     [("Rosa Diel", P), ("Republican Party", PARTY, ["Republican"])],
     [("Rosa Diel", "memberOf", "Republican Party")], []),
    ("party_member", "Rosa Diel of the Liberal Party said the tax was unfair.",
     [("Rosa Diel", P), ("Liberal Party", PARTY)], [("Rosa Diel", "memberOf", "Liberal Party")], []),
    ("party_member", "Labour lawmaker Rosa Diel said the tax was unfair.",
     [("Rosa Diel", P), ("Labour", PARTY)], [("Rosa Diel", "memberOf", "Labour")], []),
    ("party_member", "Rosa Diel, a member of the Green Party, said the tax was unfair.",
     [("Rosa Diel", P), ("Green Party", PARTY)], [("Rosa Diel", "memberOf", "Green Party")], []),
    ("party_leader", "Rosa Diel, leader of the Liberal Party, said the tax was unfair.",
     [("Rosa Diel", P), ("Liberal Party", PARTY)],
     [("Rosa Diel", "holdsPosition", "Liberal Party", "leader")], []),
    ("party_leader", "The Liberal Party's leader, Rosa Diel, conceded defeat.",
     [("Rosa Diel", P), ("Liberal Party", PARTY)], [("Rosa Diel", "holdsPosition", "Liberal Party", "leader")], []),
    ("party_leader", "Rosa Diel, who leads the Liberal Party, conceded defeat.",
     [("Rosa Diel", P), ("Liberal Party", PARTY)], [("Rosa Diel", "holdsPosition", "Liberal Party", "leader")], []),
    # "whose PARTY": the relative clause's antecedent belongs to the party
    ("party_whose", "Prime Minister Ivo Sand, whose Liberty Party lost seats, resigned.",
     [("Ivo Sand", P), ("Liberty Party", PARTY)], [("Ivo Sand", "memberOf", "Liberty Party")], []),
    ("party_whose", "Mara Velt, whose Civic Alliance won the vote, named a cabinet on Friday.",
     [("Mara Velt", P), ("Civic Alliance", PARTY)], [("Mara Velt", "memberOf", "Civic Alliance")], []),
    ("party_whose", "Voters turned against Tomas Rek, whose Green Rally had promised lower taxes.",
     [("Tomas Rek", P), ("Green Rally", PARTY)], [("Tomas Rek", "memberOf", "Green Rally")], []),
    # a party's lawmaker, senator or candidate is a member, not the holder of a post in it
    ("party_member_title", "Freedom League lawmaker Jon Mikk voted against the bill.",
     [("Jon Mikk", P), ("Freedom League", PARTY)], [("Jon Mikk", "memberOf", "Freedom League")],
     [("Jon Mikk", "holdsPosition", "Freedom League")]),
    ("party_member_title", "Green Rally senator Iris Kaal opposed the plan.",
     [("Iris Kaal", P), ("Green Rally", PARTY)], [("Iris Kaal", "memberOf", "Green Rally")],
     [("Iris Kaal", "holdsPosition", "Green Rally")]),
    ("party_member_title", "Civic Alliance candidate Pavel Dorn won the mayoral race.",
     [("Pavel Dorn", P), ("Civic Alliance", PARTY)], [("Pavel Dorn", "memberOf", "Civic Alliance")],
     [("Pavel Dorn", "holdsPosition", "Civic Alliance")]),
    # --- memberOf: a body within a ministry ---------------------------------------------------
    ("sub_body", "The Bureau of Mines, part of the Interior Ministry, issued the permits.",
     [("Bureau of Mines", GOV), ("Interior Ministry", GOV)], [("Bureau of Mines", "memberOf", "Interior Ministry")], []),
    ("sub_body", "The Interior Ministry's Bureau of Mines issued the permits.",
     [("Bureau of Mines", GOV), ("Interior Ministry", GOV)], [("Bureau of Mines", "memberOf", "Interior Ministry")], []),
    ("sub_body", "The Bureau of Mines, an agency within the Interior Ministry, issued the permits.",
     [("Bureau of Mines", GOV), ("Interior Ministry", GOV)], [("Bureau of Mines", "memberOf", "Interior Ministry")], []),
    # --- owns ----------------------------------------------------------------------------
    ("subsidiary", "Velora, a subsidiary of Norbeck Group, cut prices.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("subsidiary", "Norbeck Group's Velora unit cut prices.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("subsidiary", "Velora, which is owned by Norbeck Group, cut prices.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("parent", "Norbeck Group, Velora's parent company, cut prices.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("parent", "Velora's parent, Norbeck Group, reported a loss.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("parent", "Velora and its parent company Norbeck Group reported a loss.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("acquired", "Norbeck Group acquired Velora in 2019.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("acquired", "Velora, which Norbeck Group bought last year, cut prices.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("acquired", "Velora was acquired by Norbeck Group in 2019.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("acquired_not_yet", "Norbeck Group agreed to buy Velora, pending approval.",
     [("Velora", CO), ("Norbeck Group", CO)], [], [("Norbeck Group", "owns", "Velora")]),
    ("acquired_not_yet", "Norbeck Group plans to acquire Velora next year.",
     [("Velora", CO), ("Norbeck Group", CO)], [], [("Norbeck Group", "owns", "Velora")]),
    ("acquired_not_yet", "Norbeck Group would buy Velora if regulators allowed it.",
     [("Velora", CO), ("Norbeck Group", CO)], [], [("Norbeck Group", "owns", "Velora")]),
    ("stake", "Norbeck Group holds a 30 percent stake in Velora.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("stake", "Norbeck Group's 30 percent stake in Velora is worth $2 billion.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("stake", "Norbeck Group, which owns 30 percent of Velora, objected.",
     [("Velora", CO), ("Norbeck Group", CO)], [("Norbeck Group", "owns", "Velora")], []),
    # --- regulates ---------------------------------------------------------------------------
    ("regulates_verb", "The Competition Bureau fined Velora $40 million.",
     [("Competition Bureau", GOV), ("Velora", CO)], [("Competition Bureau", "regulates", "Velora")], []),
    ("regulates_verb", "Velora was fined $40 million by the Competition Bureau.",
     [("Competition Bureau", GOV), ("Velora", CO)], [("Competition Bureau", "regulates", "Velora")], []),
    ("regulates_verb", "The Securities Board charged Velora with misleading investors.",
     [("Securities Board", GOV), ("Velora", CO)], [("Securities Board", "regulates", "Velora")], []),
    ("regulates_verb", "The Competition Bureau sued to block Velora's purchase of Tarn.",
     [("Competition Bureau", GOV), ("Velora", CO), ("Tarn", CO)], [("Competition Bureau", "regulates", "Velora")], []),
    ("regulates_verb", "The Competition Bureau approved Velora's takeover of Tarn on Monday.",
     [("Competition Bureau", GOV), ("Velora", CO), ("Tarn", CO)], [("Competition Bureau", "regulates", "Velora")], []),
    ("regulates_noun", "The Securities Board opened an investigation into Velora last month.",
     [("Securities Board", GOV), ("Velora", CO)], [("Securities Board", "regulates", "Velora")], []),
    ("regulates_noun", "The Securities Board's probe of Velora is continuing.",
     [("Securities Board", GOV), ("Velora", CO)], [("Securities Board", "regulates", "Velora")], []),
    ("regulates_noun", "Velora faces a lawsuit from the Securities Board over its accounts.",
     [("Securities Board", GOV), ("Velora", CO)], [("Securities Board", "regulates", "Velora")], []),
    ("regulates_not_firm", "Velora sued the Securities Board over the rule.",
     [("Securities Board", GOV), ("Velora", CO)], [], [("Securities Board", "regulates", "Velora")]),
    ("regulates_not_firm", "Velora criticized the Securities Board for its slow approvals.",
     [("Securities Board", GOV), ("Velora", CO)], [], [("Securities Board", "regulates", "Velora")]),
    ("regulates_not_firm", "Velora, a company that audits banks, hired a former Securities Board official.",
     [("Securities Board", GOV), ("Velora", CO)], [], [("Securities Board", "regulates", "Velora")]),
    # --- founded ------------------------------------------------------------------------------
    ("founded", "Velora co-founder Hana Ruiz sold her shares.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "founded", "Velora")], []),
    ("founded", "Hana Ruiz, who co-founded Velora in 2004, sold her shares.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "founded", "Velora")], []),
    ("founded", "Velora, founded by Hana Ruiz in 2004, went public.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "founded", "Velora")], []),
    ("founded", "The founder of Velora, Hana Ruiz, sold her shares.",
     [("Velora", CO), ("Hana Ruiz", P)], [("Hana Ruiz", "founded", "Velora")], []),
    ("founded", "Hana Ruiz and Ivo Pelt founded Velora in a garage.",
     [("Velora", CO), ("Hana Ruiz", P), ("Ivo Pelt", P)],
     [("Hana Ruiz", "founded", "Velora"), ("Ivo Pelt", "founded", "Velora")], []),
    # --- criticized -------------------------------------------------------------------------
    ("criticized", "Rosa Diel sharply criticized Velora over the layoffs.",
     [("Rosa Diel", P), ("Velora", CO)], [("Rosa Diel", "criticized", "Velora")], []),
    ("criticized", "Rosa Diel accused Velora of hiding losses.",
     [("Rosa Diel", P), ("Velora", CO)], [("Rosa Diel", "criticized", "Velora")], []),
    ("criticized", "Velora was criticized by Rosa Diel for the layoffs.",
     [("Rosa Diel", P), ("Velora", CO)], [("Rosa Diel", "criticized", "Velora")], []),
    ("criticized", "Rosa Diel condemned Kenya's decision to raise tariffs.",
     [("Rosa Diel", P), ("Kenya", PL)], [("Rosa Diel", "criticized", "Kenya")], []),
    # --- developed ----------------------------------------------------------------------------
    ("developed", "Velora developed the Zeta sensor for carmakers.",
     [("Velora", CO), ("Zeta", PROD)], [("Velora", "developed", "Zeta")], []),
    ("developed", "The Zeta sensor, developed by Velora, sells well.",
     [("Velora", CO), ("Zeta", PROD)], [("Velora", "developed", "Zeta")], []),
    ("developed", "Velora unveiled Zeta, its newest sensor, on Monday.",
     [("Velora", CO), ("Zeta", PROD)], [("Velora", "developed", "Zeta")], []),
    # --- across sentences ---------------------------------------------------------------------
    ("coref_company", "Velora Systems reported higher sales. The company is based in Austin.",
     [("Velora Systems", CO), ("Austin", PL)], [("Velora Systems", "locatedIn", "Austin")], []),
    ("coref_company", "Velora Systems reported higher sales. The company's chief executive, Hana Ruiz, "
     "was pleased.",
     [("Velora Systems", CO), ("Hana Ruiz", P)],
     [("Hana Ruiz", "holdsPosition", "Velora Systems", "chief executive")], []),
    ("coref_company", "Norbeck Group reported a loss. The firm owns a stake in Velora.",
     [("Norbeck Group", CO), ("Velora", CO)], [("Norbeck Group", "owns", "Velora")], []),
    ("coref_agency", "The Federal Mining Agency issued new rules. The agency fined Velora in May.",
     [("Federal Mining Agency", GOV), ("Velora", CO)], [("Federal Mining Agency", "regulates", "Velora")], []),
    ("coref_agency", "The Federal Mining Agency issued new rules. Sara Quon, who heads the agency, "
     "defended them.",
     [("Federal Mining Agency", GOV), ("Sara Quon", P)],
     [("Sara Quon", "holdsPosition", "Federal Mining Agency")], []),
    ("coref_agency", "The Federal Mining Agency issued new rules. Velora was fined by the agency in May.",
     [("Federal Mining Agency", GOV), ("Velora", CO)], [("Federal Mining Agency", "regulates", "Velora")], []),
    ("coref_bank", "Quarry Bank cut its forecast. Tom Adeyemi, the bank's chief economist, expects a "
     "recession.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P)],
     [("Tom Adeyemi", "holdsPosition", "Quarry Bank", "chief economist")], []),
    ("coref_bank", "Quarry Bank cut its forecast on Monday. The bank is based in Lagos.",
     [("Quarry Bank", CO), ("Lagos", PL)], [("Quarry Bank", "locatedIn", "Lagos")], []),
    ("coref_bank", "Quarry Bank cut its forecast. The bank's president, Tom Adeyemi, blamed inflation.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P)], [("Tom Adeyemi", "holdsPosition", "Quarry Bank", "president")], []),
    ("coref_person", "Hana Ruiz spoke to reporters in Austin. She is chief executive of Velora.",
     [("Velora", CO), ("Hana Ruiz", P), ("Austin", PL)],
     [("Hana Ruiz", "holdsPosition", "Velora", "chief executive")], []),
    ("coref_person", "Ivo Pelt left the meeting early. He has been chairman of Norbeck Group since 2015.",
     [("Norbeck Group", CO), ("Ivo Pelt", P)],
     [("Ivo Pelt", "holdsPosition", "Norbeck Group", "chairman")], []),
    ("coref_person", "Ivo Pelt left the meeting early. He founded Norbeck Group in 1998.",
     [("Norbeck Group", CO), ("Ivo Pelt", P)], [("Ivo Pelt", "founded", "Norbeck Group")], []),
    # --- near misses that must not give a position --------------------------------------------
    ("not_their_org", "Hana Ruiz, chief executive of Velora, met Ivo Pelt of Norbeck Group.",
     [("Velora", CO), ("Hana Ruiz", P), ("Ivo Pelt", P), ("Norbeck Group", CO)],
     [("Hana Ruiz", "holdsPosition", "Velora")], [("Hana Ruiz", "holdsPosition", "Norbeck Group")]),
    ("not_their_org", "Tom Adeyemi, an economist at Quarry Bank, said Velora would struggle.",
     [("Quarry Bank", CO), ("Tom Adeyemi", P), ("Velora", CO)],
     [("Tom Adeyemi", "holdsPosition", "Quarry Bank")], [("Tom Adeyemi", "holdsPosition", "Velora")]),
    ("not_their_org", "Velora chief executive Hana Ruiz said Norbeck Group had overpaid.",
     [("Velora", CO), ("Hana Ruiz", P), ("Norbeck Group", CO)],
     [("Hana Ruiz", "holdsPosition", "Velora")], [("Hana Ruiz", "holdsPosition", "Norbeck Group")]),
    # --- a nationality word before a title: the gazetteer's demonyms, or one formed from a place
    # the text names ("Gambian" from Gambia) when the gazetteer does not know the country ------
    ("demonym_title", "Angolan Finance Minister Rosa Mbala said the deficit would shrink.",
     [("Rosa Mbala", P), ("Angola", PL)],
     [("Rosa Mbala", "holdsPosition", "Angola", "Finance Minister")], []),
    ("demonym_title", "Voters in Kiribati backed the plan, and Kiribatian President Tane Eria welcomed it.",
     [("Tane Eria", P), ("Kiribati", PL)],
     [("Tane Eria", "holdsPosition", "Kiribati", "President")], []),
    ("demonym_title", "The talks in Lomé ended when Togolese Prime Minister Kodjo Ameyi left Togo for Accra.",
     [("Kodjo Ameyi", P), ("Togo", PL), ("Lomé", PL), ("Accra", PL)],
     [("Kodjo Ameyi", "holdsPosition", "Togo", "Prime Minister")], []),
    # --- a common noun before a leader's title names what is led, not the country ---------------
    ("noun_before_title", "In Kenya, main opposition leader Otieno Baraka came second behind President Ruth Wanjiru.",
     [("Otieno Baraka", P), ("Ruth Wanjiru", P), ("Kenya", PL)],
     [("Ruth Wanjiru", "holdsPosition", "Kenya")], [("Otieno Baraka", "holdsPosition", "Kenya")]),
    ("noun_before_title", "Opposition leader Otieno Baraka said Kenya needs change, and President Ruth Wanjiru disagreed.",
     [("Otieno Baraka", P), ("Ruth Wanjiru", P), ("Kenya", PL)],
     [("Ruth Wanjiru", "holdsPosition", "Kenya")], [("Otieno Baraka", "holdsPosition", "Kenya")]),
    ("noun_before_title", "Talks in Kenya stalled after protest leader Otieno Baraka walked out on President Ruth Wanjiru.",
     [("Otieno Baraka", P), ("Ruth Wanjiru", P), ("Kenya", PL)],
     [("Ruth Wanjiru", "holdsPosition", "Kenya")], [("Otieno Baraka", "holdsPosition", "Kenya")]),
    # --- "in charge of" joins a title to its body like "of" --------------------------------------
    ("in_charge_of", "\"It hurts buyers,\" said Ann Vole, Assistant Attorney General in charge of the Antitrust Division.",
     [("Ann Vole", P), ("Antitrust Division", GOV)],
     [("Ann Vole", "holdsPosition", "Antitrust Division", "Assistant Attorney General")], []),
    ("in_charge_of", "The case was announced by Tim Rowe, the official in charge of the Harbor Authority.",
     [("Tim Rowe", P), ("Harbor Authority", GOV)],
     [("Tim Rowe", "holdsPosition", "Harbor Authority")], []),
    ("in_charge_of", "Lia Berg, the deputy director in charge of the Velora Institute, declined to comment.",
     [("Lia Berg", P), ("Velora Institute", ORG)],
     [("Lia Berg", "holdsPosition", "Velora Institute", "deputy director")], []),
    # --- a firm's description in apposition, placed in a place -----------------------------------
    ("appositive_firm_in_place", "The deal was for Norgas, the largest power utility in Ohio.",
     [("Norgas", CO), ("Ohio", PL)], [("Norgas", "locatedIn", "Ohio")], []),
    ("appositive_firm_in_place", "Shares of Fjordkraft, the largest gas producer in Norway, rose 3 percent.",
     [("Fjordkraft", CO), ("Norway", PL)], [("Fjordkraft", "locatedIn", "Norway")], []),
    ("appositive_firm_in_place", "Investors sold Banco Arado, the second-biggest lender in Peru, on Monday.",
     [("Banco Arado", CO), ("Peru", PL)], [("Banco Arado", "locatedIn", "Peru")], []),
    # --- two titles coordinated before one name, each with its own holder ------------------------
    ("coordinated_titles", "Pan-African Forum Chairman and Egyptian President Omar Salem spoke at the launch.",
     [("Pan-African Forum", ORG), ("Omar Salem", P), ("Egypt", PL)],
     [("Omar Salem", "holdsPosition", "Pan-African Forum", "Chairman"), ("Omar Salem", "holdsPosition", "Egypt")], []),
    ("coordinated_titles", "Orvex chairman and Norway Prime Minister Ola Vik spoke first.",
     [("Orvex", CO), ("Ola Vik", P), ("Norway", PL)],
     [("Ola Vik", "holdsPosition", "Orvex", "chairman"), ("Ola Vik", "holdsPosition", "Norway", "Prime Minister")], []),
    ("coordinated_titles", "Tarn Bank president and Halden Group director Eva Moss resigned.",
     [("Tarn Bank", CO), ("Halden Group", CO), ("Eva Moss", P)],
     [("Eva Moss", "holdsPosition", "Tarn Bank", "president"), ("Eva Moss", "holdsPosition", "Halden Group", "director")], []),
    # --- "X is with ORG": a member in a post the text does not name ------------------------------
    ("is_with", "Tom Brak is with the Center for Labor Studies at the University of Leeds.",
     [("Tom Brak", P), ("Center for Labor Studies", ORG), ("University of Leeds", EDU)],
     [("Tom Brak", "memberOf", "Center for Labor Studies")], []),
    ("is_with", "Pia Lang, who was with Quarry Bank for a decade, now advises the ministry.",
     [("Pia Lang", P), ("Quarry Bank", CO)],
     [("Pia Lang", "memberOf", "Quarry Bank")], []),
    ("is_with", "Economist Rui Sato is with the Orvel Institute in Tokyo.",
     [("Rui Sato", P), ("Orvel Institute", ORG), ("Tokyo", PL)],
     [("Rui Sato", "memberOf", "Orvel Institute")], []),

    # --- the head word of a body named before, as the first word of a title ---------------------
    ("head_word_title", "The International Relief Fund said talks continue. In Geneva, a fund spokesman, Dan Hale, stressed reforms.",
     [("International Relief Fund", ORG), ("Dan Hale", P), ("Geneva", PL)],
     [("Dan Hale", "holdsPosition", "International Relief Fund", "spokesman")], []),
    ("head_word_title", "Loans from the Harbor Development Agency rose, agency director Tom Lee said on Friday.",
     [("Harbor Development Agency", GOV), ("Tom Lee", P)],
     [("Tom Lee", "holdsPosition", "Harbor Development Agency", "director")], []),
    ("head_word_title", "The Norland Trade Commission met. Commission spokeswoman Pia Lang said little.",
     [("Norland Trade Commission", GOV), ("Pia Lang", P)],
     [("Pia Lang", "holdsPosition", "Norland Trade Commission", "spokeswoman")], []),

    # --- "Governor X" right after a central bank's news is that bank's governor -----------------
    ("governor_after_bank", "The Reserve Bank of Norland cut rates on Tuesday. Governor Raghu Menon said inflation had eased.",
     [("Reserve Bank of Norland", GOV), ("Raghu Menon", P)],
     [("Raghu Menon", "holdsPosition", "Reserve Bank of Norland", "Governor")], []),
    ("governor_after_bank", "The Bank of Velora held rates. Its decision surprised few. Governor Lee Min-soo said exports were weak.",
     [("Bank of Velora", GOV), ("Lee Min-soo", P)],
     [("Lee Min-soo", "holdsPosition", "Bank of Velora", "Governor")], []),
    ("governor_after_bank", "Markets in Norway were calm after the Norges Bank kept its rate, and Governor Ola Berg warned of risks.",
     [("Norges Bank", GOV), ("Ola Berg", P), ("Norway", PL)],
     [("Ola Berg", "holdsPosition", "Norges Bank", "Governor")], [("Ola Berg", "holdsPosition", "Norway")]),

    # --- a title compounded before one name is not also the next person's -----------------------
    ("coordinated_people", "Norland Reserve Chairman Ben Ash and Treasury Department Secretary Hal Penn will testify on Tuesday.",
     [("Norland Reserve", GOV), ("Ben Ash", P), ("Treasury Department", GOV), ("Hal Penn", P)],
     [("Ben Ash", "holdsPosition", "Norland Reserve"), ("Hal Penn", "holdsPosition", "Treasury Department")],
     [("Hal Penn", "holdsPosition", "Norland Reserve")]),
    ("coordinated_people", "Tarn Bank CEO Ana Ruiz and Velora Group chairman Ivo Pelt signed the deal.",
     [("Tarn Bank", CO), ("Ana Ruiz", P), ("Velora Group", CO), ("Ivo Pelt", P)],
     [("Ivo Pelt", "holdsPosition", "Velora Group")], [("Ivo Pelt", "holdsPosition", "Tarn Bank")]),
    ("coordinated_people", "Harbor Authority Director Tom Lee and Port Council Secretary Pia Lang met the press.",
     [("Harbor Authority", GOV), ("Tom Lee", P), ("Port Council", GOV), ("Pia Lang", P)],
     [("Tom Lee", "holdsPosition", "Harbor Authority")], [("Pia Lang", "holdsPosition", "Harbor Authority")]),
    # --- a place's office of a body, named as a body of its own: the title is the body's ---------
    ("place_office_of_body", "George Vale, the Assistant Director-in-Charge of the Chicago Office of the Federal Bureau of Investigation, said arrests followed.",
     [("George Vale", P), ("Chicago Office", GOV), ("Chicago", PL), ("Federal Bureau of Investigation", GOV)],
     [("George Vale", "holdsPosition", "Federal Bureau of Investigation")],
     [("George Vale", "holdsPosition", "Chicago Office")]),
    ("place_office_of_body", "Tom Reed, director of the Boston Field Office of the Norland Customs Service, spoke first.",
     [("Tom Reed", P), ("Boston Field Office", GOV), ("Boston", PL), ("Norland Customs Service", GOV)],
     [("Tom Reed", "holdsPosition", "Norland Customs Service")], [("Tom Reed", "holdsPosition", "Boston Field Office")]),
    ("place_office_of_body", "Ana Ruiz, the head of the Lima Office of the Andean Trade Agency, resigned.",
     [("Ana Ruiz", P), ("Lima Office", GOV), ("Lima", PL), ("Andean Trade Agency", GOV)],
     [("Ana Ruiz", "holdsPosition", "Andean Trade Agency")], [("Ana Ruiz", "holdsPosition", "Lima Office")]),
    # --- a minister with no country in the sentence: the only country the article names ---------
    ("minister_only_country", "Japan's flag carrier will be restructured. Land and Transport Minister Kenji Sato says the government will act.",
     [("Japan", PL), ("Kenji Sato", P)], [("Kenji Sato", "holdsPosition", "Japan")], []),
    ("minister_only_country", "Kenya raised fuel taxes in June. Finance Minister Ruth Wanjiru says the budget is sound.",
     [("Kenya", PL), ("Ruth Wanjiru", P)], [("Ruth Wanjiru", "holdsPosition", "Kenya")], []),
    ("minister_only_country", "Kenya and Uganda raised fuel taxes. Finance Minister Ruth Wanjiru says the budget is sound.",
     [("Kenya", PL), ("Uganda", PL), ("Ruth Wanjiru", P)], [],
     [("Ruth Wanjiru", "holdsPosition", "Kenya"), ("Ruth Wanjiru", "holdsPosition", "Uganda")]),

    # --- a firm's headquarters in a place ----------------------------------------------------------
    ("headquarters_in", "Orvex was fined again. A spokesman spoke from the company headquarters in Lyon after the ruling.",
     [("Orvex", CO), ("Lyon", PL)], [("Orvex", "locatedIn", "Lyon")], []),
    ("headquarters_in", "Tarn Motors said its headquarters in Turin would stay open.",
     [("Tarn Motors", CO), ("Turin", PL)], [("Tarn Motors", "locatedIn", "Turin")], []),
    ("headquarters_in", "Protesters gathered outside Velora Bank's headquarters in Porto on Monday.",
     [("Velora Bank", CO), ("Porto", PL)], [("Velora Bank", "locatedIn", "Porto")], []),
    # --- a place in a region named with a direction or a region noun ------------------------------
    ("place_in_region", "A tribunal sitting in Zhuzhou in eastern Hunan province issued the fine on Friday.",
     [("Zhuzhou", PL), ("Hunan", PL)], [("Zhuzhou", "locatedIn", "Hunan")], []),
    ("place_in_region", "Workers at a plant in Foshan in Guangdong province went on strike.",
     [("Foshan", PL), ("Guangdong", PL)], [("Foshan", "locatedIn", "Guangdong")], []),
    ("place_in_region", "A paper mill near Rouen in northern France closed last year.",
     [("Rouen", PL), ("France", PL)], [("Rouen", "locatedIn", "France")], []),

    # --- "as [a] TITLE at ORG, PERSON": the post a clause before the name gives -------------------
    ("as_title_at_org", "In his job as an engineer at Orvex, Tomas Berg saw the test data.",
     [("Orvex", CO), ("Tomas Berg", P)], [("Tomas Berg", "holdsPosition", "Orvex", "engineer")], []),
    ("as_title_at_org", "As a senior analyst at Quarry Bank, Pia Lang warned of a slowdown.",
     [("Quarry Bank", CO), ("Pia Lang", P)], [("Pia Lang", "holdsPosition", "Quarry Bank", "senior analyst")], []),
    ("as_title_at_org", "In her role as chief economist at Velora Capital, Ana Ruiz advised the board.",
     [("Velora Capital", CO), ("Ana Ruiz", P)], [("Ana Ruiz", "holdsPosition", "Velora Capital", "chief economist")], []),

    # --- "TITLE of DEPARTMENT at ORG": a department in the title is held at the body after "at" --
    ("title_of_department_at", "Mara Lind, the former Vice President of Research and Development at Orvex, was charged.",
     [("Mara Lind", P), ("Research and Development", CO), ("Orvex", CO)],
     [("Mara Lind", "holdsPosition", "Orvex")], [("Mara Lind", "holdsPosition", "Research and Development")]),
    ("title_of_department_at", "Before that, Lind was Director of Communications and Outreach at the Norland Embassy in Oslo.",
     [("Lind", P), ("Communications and Outreach", CO), ("Norland Embassy", GOV), ("Oslo", PL)],
     [("Lind", "holdsPosition", "Norland Embassy")], [("Lind", "holdsPosition", "Communications and Outreach")]),
    ("title_of_department_at", "Tom Reed, head of Sales and Marketing at Velora Group, left in May.",
     [("Tom Reed", P), ("Sales and Marketing", ORG), ("Velora Group", CO)],
     [("Tom Reed", "holdsPosition", "Velora Group")], [("Tom Reed", "holdsPosition", "Sales and Marketing")]),

]


def _ids():
    seen: dict[str, int] = {}
    out = []
    for c in CASES:
        seen[c[0]] = seen.get(c[0], 0) + 1
        out.append(f"{c[0]}-{seen[c[0]]}")
    return out


@pytest.mark.parametrize("construction, text, entities, expected, forbidden", CASES, ids=_ids())
def test_construction(nlp, construction, text, entities, expected, forbidden):
    rels = extract(nlp, text, entities)
    for fact in expected:
        s, p, o = fact[:3]
        key = (_slug(s), p, _slug(o))
        assert key in rels, f"{construction}: missing {s} {p} {o} in {sorted(rels)}"
        if len(fact) > 3:
            assert rels[key].title == fact[3]
    for s, p, o in forbidden:
        assert (_slug(s), p, _slug(o)) not in rels, f"{construction}: wrong {s} {p} {o}"


def test_every_construction_has_three_phrasings():
    counts: dict[str, int] = {}
    for c in CASES:
        counts[c[0]] = counts.get(c[0], 0) + 1
    assert all(n >= 3 for n in counts.values()), {k: v for k, v in counts.items() if v < 3}


# Well-known national politicians: the gazetteer knows whose president or minister they are, so
# a title written without a country goes to theirs, never to another country the text names.
@pytest.mark.parametrize("text, holder, country, other", [
    ("President Vladimir Putin met President Emmanuel Macron in Paris. Russia and France signed a deal.",
     "Vladimir Putin", "Russia", "France"),
    ("Britain's trade with India grew, Prime Minister Narendra Modi said after meeting Keir Starmer.",
     "Narendra Modi", "India", "Britain"),
    ("Chancellor Angela Merkel said Greece must cut spending, and Germany would help.",
     "Angela Merkel", "Germany", "Greece"),
])
def test_a_known_leaders_title_goes_to_their_country(nlp, text, holder, country, other):
    from kg.extract import extract as extract_facts

    facts = extract_facts(nlp(text), Article(id="t", text=text, published=date(2024, 3, 14)))
    names = {e.key: e.name for e in facts.entities}
    held = {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "holdsPosition"}
    assert (holder, country) in {(s, o if o != "United Kingdom" else "Britain") for s, o in held}
    assert not any(s == holder and o in (other, "United Kingdom" if other == "Britain" else other) for s, o in held)


def test_demonyms_come_from_the_gazetteer():
    """One source for nationality words: every country's kg:demonym, and nothing else but the
    countries' abbreviations and "European"."""
    from kg.extract.patterns import DEMONYMS
    from kg.gazetteer import load_gazetteer

    countries = [e for e in load_gazetteer().entries.values() if "Country" in e.classes]
    for entry in countries:
        for word in entry.demonyms:
            assert set(entry.forms) <= set(DEMONYMS[word.lower()]) or DEMONYMS[word.lower()][0] in entry.forms
    known = {d.lower() for e in countries for d in e.demonyms} | {f.lower() for e in countries for f in e.forms}
    assert set(DEMONYMS) - known == {"european"}


# Whole-pipeline cases: names the gazetteer knows inside longer names, titles before names.
@pytest.mark.parametrize("text, holder, org, title", [
    ("Tom Hale, a researcher at the LG Economic Research Institute, says exports will slow.",
     "Tom Hale", "LG Economic Research Institute", "researcher"),
    ("Ruth Obi, who chairs the National Labour Relations Board, rejected the appeal.",
     "Ruth Obi", "National Labour Relations Board", None),
    ("Ana Ruiz, an economist at the Samsung Economic Research Institute in Seoul, disagreed.",
     "Ana Ruiz", "Samsung Economic Research Institute", "economist"),
    ("Australian Treasurer Peter Vale said Australia is on solid ground.", "Peter Vale", "Australia", "Treasurer"),
])
def test_a_known_name_inside_a_longer_name_keeps_the_longer_name(nlp, text, holder, org, title):
    from kg.extract import extract as extract_facts

    facts = extract_facts(nlp(text), Article(id="t", text=text, published=date(2024, 3, 14)))
    names = {e.key: e.name for e in facts.entities}
    assert org in names.values(), sorted(names.values())
    held = {(names[r.subject], names[r.object]): r.title for r in facts.relations
            if r.predicate == "holdsPosition"}
    assert (holder, org) in held, held
    if title:
        assert held[(holder, org)] == title
