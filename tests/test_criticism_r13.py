"""Criticism events in the constructions unseen articles use most (round 13, paraphrase robustness).

The accused answering the accuser: a firm or a person that disputes, rejects, contests or
"does not agree with" the allegations, charges, claims or findings of an authority, or says
they are unfounded or without merit, criticises whoever makes them; named with the claim ("the
agency's findings", "the charges brought by the agency") or, when not ("the charges against
it"), the authority that acted against them earlier in the article. Also quoted and reported
("'We will vigorously dispute the agency's assertions,' a Tarn spokesman said": the firm whose
spokesman speaks), and a stance taken ("will contest the charges"). Not: "did not dispute",
"would not contest", "denied the allegations", "neither admitted nor denied", "agreed with the
findings", a court that rejects a party's claims, nor rejecting an offer or a bid.

A verb of criticising gives no Criticism event when its clause does not assert it (as the
criticized relation already did): "X said she would not criticise Y", "X declined to criticise
Y", "X refused to condemn Y", "X denied that she had criticised Y", "Will X criticise Y?".

Displeasure voiced at someone or at their act is criticism of them: "X expressed deep regret over
Y's decision", "X voiced anger at Y", "X protested Y's decision", "X deplored the move by Y", "X
said it regretted Y's decision"; a country's office speaks for the country ("Korvania's
presidential office expressed regret"). Not: regret over an illness, satisfaction with a
decision, displeasure someone only may voice.

An accusation told by its clause: "X alleged that Y had misused funds", "X charged that Y had
betrayed the farmers", "X's accusation that Y had lied", "X made the accusation that Y was hiding
the deficit": X criticises the clause's subject. Not: "Y rejected the accusation that ...",
"X denied the allegation that ...", "X did not allege that ...", a firm that settles charges that it
did something, nor "X charged Y with fraud" (a case).

A wrong or a disgrace said of someone: "X said Y had betrayed the farmers / ruined the pension
system / was undermining the courts", "'Y has wrecked the economy,' X said", "'Y's budget is a
disgrace,' X said", "X said it was shameful that Y had cut pensions", "'It is embarrassing that
most of Y's choices are ...,' X told reporters". Not: a good deed, a wrong denied or only
possible, a wrong done by something that is no party ("the floods had ruined the harvest").
The thing judged may name its doer with "by": "X said the recent moves by Y violated the treaty".

Every name is invented.
"""

from __future__ import annotations

import pytest

AGENCY = "Veldor Securities Commission"
FIRM = "Brightwater Energy"


@pytest.mark.parametrize("text", [
    "The Veldor Securities Commission fined Brightwater Energy $5 million on Monday. "
    "Brightwater Energy disputed the commission's findings.",
    "Brightwater Energy rejected the allegations of the Veldor Securities Commission and said it would fight them.",
    "Brightwater Energy said on Friday it did not agree with the Veldor Securities Commission's findings.",
    "Brightwater Energy strongly disputes the Veldor Securities Commission's conclusions, a spokesman said.",
    "The Veldor Securities Commission sued Brightwater Energy on Monday. The company said the lawsuit was without merit.",
    "The Veldor Securities Commission charged Brightwater Energy with fraud on Monday. "
    "Brightwater Energy said the charges against it were unfounded.",
    "Brightwater Energy disagreed with the Veldor Securities Commission's assessment of its accounts.",
    "Brightwater Energy rejected the accusations made by the Veldor Securities Commission.",
    "Brightwater Energy contested the fine imposed by the Veldor Securities Commission.",
])
def test_the_accused_disputes_the_accuser(read_events, text):
    events = read_events(text)
    assert ("Criticism", FIRM, "actor") in events
    assert ("Criticism", AGENCY, "target") in events


@pytest.mark.parametrize("text", [
    "Brightwater Energy did not dispute the Veldor Securities Commission's findings.",
    "Brightwater Energy neither admitted nor denied any of the allegations of the Veldor Securities Commission.",
    "Brightwater Energy agreed with the Veldor Securities Commission's findings and paid the fine.",
    "Brightwater Energy said it would not contest the fine imposed by the Veldor Securities Commission.",
    "Brightwater Energy denied the allegations and said it had done nothing wrong.",
])
def test_no_dispute_asserted(read_events, text):
    assert ("Criticism", FIRM, "actor") not in read_events(text)


@pytest.mark.parametrize("text, critic", [
    ("Halvorsen Group rejected a takeover offer from Brightwater Energy on Monday.", "Halvorsen Group"),
    ("Halvorsen Group rejected Brightwater Energy's bid as too low.", "Halvorsen Group"),
    ("The Veldor High Court rejected the claims of Brightwater Energy on Tuesday.", "Veldor High Court"),
])
def test_rejecting_an_offer_or_ruling_on_claims_is_no_criticism(read_events, text, critic):
    assert ("Criticism", critic, "actor") not in read_events(text)


CRITIC, CRITICISED = "Marta Kellner", "Tobias Renk"


@pytest.mark.parametrize("text", [
    "Senator Marta Kellner said she would not criticize Prime Minister Tobias Renk during the crisis.",
    "Senator Marta Kellner denied that she had criticized Prime Minister Tobias Renk.",
    "Senator Marta Kellner declined to criticize Prime Minister Tobias Renk over the tax.",
    "Will Senator Marta Kellner criticize Prime Minister Tobias Renk at the rally?",
    "Senator Marta Kellner refused to condemn Prime Minister Tobias Renk for the raids.",
    "Senator Marta Kellner did not blame Prime Minister Tobias Renk for the floods.",
    "Senator Marta Kellner could criticize Prime Minister Tobias Renk if the talks fail.",
])
def test_no_criticism_event_the_clause_does_not_assert(read_events, text):
    assert ("Criticism", CRITIC, "actor") not in read_events(text)


@pytest.mark.parametrize("text", [
    "Senator Marta Kellner sharply criticized Prime Minister Tobias Renk on Monday for raising fuel taxes.",
    "Senator Marta Kellner did not hesitate to criticize Prime Minister Tobias Renk.",
    "Senator Marta Kellner slammed Prime Minister Tobias Renk, who did not respond.",
])
def test_asserted_criticism_event_still_given(read_events, text):
    events = read_events(text)
    assert ("Criticism", CRITIC, "actor") in events and ("Criticism", CRITICISED, "target") in events


@pytest.mark.parametrize("text, critic, criticised", [
    ("Korvania\u2019s presidential office expressed \u201cdeep regret\u201d on Friday over Ostrava\u2019s decision "
     "to tighten export controls.", "Korvania", "Ostrava"),
    ("Halvorsen Group expressed disappointment with the Veldor Securities Commission's ruling.",
     "Halvorsen Group", "Veldor Securities Commission"),
    ("Senator Marta Kellner protested Prime Minister Tobias Renk's decision to cancel the election.", CRITIC, CRITICISED),
    ("Senator Marta Kellner voiced strong displeasure at Prime Minister Tobias Renk's handling of the strike.",
     CRITIC, CRITICISED),
    ("Senator Marta Kellner expressed outrage over the decision by Prime Minister Tobias Renk to close the mines.",
     CRITIC, CRITICISED),
    ("Halvorsen Group said it regretted Brightwater Energy's decision to walk away from the talks.",
     "Halvorsen Group", FIRM),
    ("Senator Marta Kellner voiced anger at Prime Minister Tobias Renk over the pension cuts.", CRITIC, CRITICISED),
    ("Senator Marta Kellner deplored the move by Prime Minister Tobias Renk to suspend parliament.", CRITIC, CRITICISED),
])
def test_displeasure_at_an_act_is_criticism(read_events, text, critic, criticised):
    events = read_events(text)
    assert ("Criticism", critic, "actor") in events and ("Criticism", criticised, "target") in events


@pytest.mark.parametrize("text, critic", [
    ("Senator Marta Kellner expressed regret that Prime Minister Tobias Renk could not attend the summit.", CRITIC),
    ("Senator Marta Kellner expressed regret over the illness of Prime Minister Tobias Renk.", CRITIC),
    ("Senator Marta Kellner expressed support for Prime Minister Tobias Renk's decision to cut taxes.", CRITIC),
    ("Halvorsen Group expressed satisfaction with Brightwater Energy's decision to sell the unit.", "Halvorsen Group"),
    ("Senator Marta Kellner may voice anger at Prime Minister Tobias Renk over the cuts.", CRITIC),
])
def test_no_displeasure_at_an_act(read_events, text, critic):
    assert ("Criticism", critic, "actor") not in read_events(text)


@pytest.mark.parametrize("text, critic, criticised", [
    ("Senator Marta Kellner alleged that Prime Minister Tobias Renk had misused state funds.", CRITIC, CRITICISED),
    ("Halvorsen Group alleges that Brightwater Energy copied its software.", "Halvorsen Group", FIRM),
    ("Senator Marta Kellner charged that Prime Minister Tobias Renk had betrayed the farmers.", CRITIC, CRITICISED),
    ("Senator Marta Kellner's accusation that Prime Minister Tobias Renk had lied to voters caused an uproar.",
     CRITIC, CRITICISED),
    ("Senator Marta Kellner made the accusation that Prime Minister Tobias Renk was hiding the deficit.",
     CRITIC, CRITICISED),
    ("Senator Marta Kellner repeated her allegation that Prime Minister Tobias Renk had misled parliament.",
     CRITIC, CRITICISED),
])
def test_an_accusation_told_by_its_clause(read_events, text, critic, criticised):
    events = read_events(text)
    assert ("Criticism", critic, "actor") in events and ("Criticism", criticised, "target") in events


@pytest.mark.parametrize("text, critic", [
    ("Prime Minister Tobias Renk rejected the accusation that he had misled parliament, Senator Marta Kellner said.",
     CRITIC),
    ("Senator Marta Kellner denied the allegation that Prime Minister Tobias Renk had paid her.", CRITIC),
    ("Senator Marta Kellner did not allege that Prime Minister Tobias Renk had broken the law.", CRITIC),
    ("Brightwater Energy agreed last week to settle the charges that it had shipped pumps without a licence.", FIRM),
])
def test_no_accusation_told(read_events, text, critic):
    assert ("Criticism", critic, "actor") not in read_events(text)


@pytest.mark.parametrize("text", [
    "Senator Marta Kellner said Prime Minister Tobias Renk had betrayed the farmers.",
    "Senator Marta Kellner said Prime Minister Tobias Renk had ruined the pension system.",
    "Senator Marta Kellner said Prime Minister Tobias Renk was undermining the courts.",
    "\"Tobias Renk has wrecked the economy,\" Senator Marta Kellner said.",
    "Prime Minister Tobias Renk cut pensions. \"Renk's budget is a disgrace,\" Senator Marta Kellner said.",
    "Senator Marta Kellner said it was shameful that Prime Minister Tobias Renk had cut pensions.",
    "Prime Minister Tobias Renk named his ministers. \u201cIt\u2019s embarrassing that half of Tobias Renk\u2019s "
    "choices are old friends,\u201d Senator Marta Kellner told reporters.",
])
def test_a_wrong_or_disgrace_said_of_someone(read_events, text):
    events = read_events(text)
    assert ("Criticism", CRITIC, "actor") in events and ("Criticism", CRITICISED, "target") in events


@pytest.mark.parametrize("text", [
    "\"Tobias Renk has rebuilt the economy,\" Senator Marta Kellner said.",
    "Senator Marta Kellner said Prime Minister Tobias Renk had not betrayed the farmers.",
    "Senator Marta Kellner said Prime Minister Tobias Renk would never lie to voters.",
    "Prime Minister Tobias Renk visited the valley, where Senator Marta Kellner said the floods had ruined the harvest.",
])
def test_no_wrong_said_of_someone(read_events, text):
    assert ("Criticism", CRITIC, "actor") not in read_events(text)


@pytest.mark.parametrize("text", [
    "The Veldor Securities Commission proposed a fine for Brightwater Energy on Monday. \"We will strongly dispute "
    "the commission's assertions,\" a Brightwater Energy spokesman said.",
    "\"We reject the Veldor Securities Commission's allegations entirely,\" a spokeswoman for Brightwater Energy said.",
    "Brightwater Energy said it \"strongly rejects\" the allegations of the Veldor Securities Commission.",
    "The Veldor Securities Commission sued Brightwater Energy. Brightwater Energy said it will contest the charges.",
])
def test_the_accused_disputes_in_its_own_words(read_events, text):
    events = read_events(text)
    assert ("Criticism", FIRM, "actor") in events and ("Criticism", AGENCY, "target") in events


@pytest.mark.parametrize("text", [
    "\"We may dispute some of the commission's findings,\" a Brightwater Energy spokesman said of the Veldor "
    "Securities Commission.",
    "\"We will not contest the Veldor Securities Commission's findings,\" a Brightwater Energy spokesman said.",
    "\"We accept the Veldor Securities Commission's findings,\" a Brightwater Energy spokesman said.",
])
def test_no_dispute_in_its_own_words(read_events, text):
    assert ("Criticism", FIRM, "actor") not in read_events(text)


@pytest.mark.parametrize("text, critic, criticised", [
    ("Korvania said the recent moves by Ostrava violated the trade agreement.", "Korvania", "Ostrava"),
    ("Halvorsen Group said the price cuts by Brightwater Energy were illegal.", "Halvorsen Group", FIRM),
    ("Halvorsen Group said the statements by Brightwater Energy had misled investors.", "Halvorsen Group", FIRM),
    ("Senator Marta Kellner said the pension cuts by Prime Minister Tobias Renk were unfair.", CRITIC, CRITICISED),
])
def test_a_judged_act_named_with_its_doer(read_events, text, critic, criticised):
    events = read_events(text)
    assert ("Criticism", critic, "actor") in events and ("Criticism", criticised, "target") in events


@pytest.mark.parametrize("text", [
    "Senator Marta Kellner said the spending cuts by Prime Minister Tobias Renk were sensible.",
    "Senator Marta Kellner said a speech by Prime Minister Tobias Renk was scheduled for Monday.",
])
def test_no_judged_act_named_with_its_doer(read_events, text):
    assert ("Criticism", CRITIC, "actor") not in read_events(text)
