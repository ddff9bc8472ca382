"""Whole events of type Other and PolicyAnnouncement that kg missed, round 13.

- an office left, made public by the one leaving: "X announced (that) she would quit her post", "X says
  she will resign" (Other, X acts); not when denied, negated, bound to a condition or said of
  someone else;
- an office left by letter or told as going on: "X delivered a letter of resignation", "X submitted a
  resignation letter", "X is stepping down as chairman", "while stepping down as chairman, X ...",
  "after stepping down as chairman, X ..." (Other, X acts); not a question, a denial, another's
  departure, and "calls for his resignation" is no departure;
- an office given or taken away whose holders the sentence does not name: "the president fired
  two finance ministers", "X sacked her finance minister", "X appointed a new economic team"
  (Other, the one who gives or takes acts); not "fired a warning", "fired 300 workers";
- a country telling what it will do: "Chile said it would scrap fuel subsidies", "Chile announced
  it would ban exports" (PolicyAnnouncement, the country acts); not what it will not do, what it
  will only undergo or welcome, nor what it denies; an official's "would not raise taxes" is no act;
- a rule its maker signs or issues, in the passive or as a noun: "the executive order signed by
  President X", "the decree, issued by X on Monday,", "X's issuance of a new executive order", "the
  signing of the decree by X" (PolicyAnnouncement, X acts); not bonds issued, an agreement signed, a
  law only opposed or criticised;
- a policy act guessed at with an adverb is not announced: "X will probably cut rates", "will likely
  raise", "would possibly cut" give no PolicyAnnouncement (a decision told as done still does);
- reaching power: "X swept to power", "rose to power", "returned to power", "was voted into office",
  "was swept into office", "secured a second term" (Other, X the subject, as "came to power"); not
  hoped for, expected or conditional;

Sentences and names written for these tests (fictional people, firms and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Daniel Marsh, the prime minister, announced on Friday that he would quit as party chairman.",
    "Prime Minister Daniel Marsh said he will resign as the party's chairman.",
    "Prime Minister Daniel Marsh says the defeat is his responsibility, therefore he will resign.",
    "Daniel Marsh announced he would quit as chairman of Kestrel Foods.",
    "Daniel Marsh told reporters he would step down as chairman of Kestrel Foods in June.",
])
def test_announced_departure(read_events, text):
    assert ("Other", "Daniel Marsh", "actor") in read_events(text)


@pytest.mark.parametrize("text", [
    "Daniel Marsh said he would not resign as chief executive of Kestrel Foods.",
    "Daniel Marsh denied he would step down from the board of Kestrel Foods.",
    "Critics urged Daniel Marsh to resign as chairman of Kestrel Foods.",
    "Daniel Marsh said he would resign only if the party lost the vote.",
    "Analysts expect Daniel Marsh to step down as chairman of Kestrel Foods next year.",
    "Daniel Marsh said the finance minister would resign.",
])
def test_no_announced_departure(read_events, text):
    assert not any(t == "Other" and n == "Daniel Marsh" for t, n, _ in read_events(text))


@pytest.mark.parametrize("text", [
    "President Ana Sousa, who fired two finance ministers in December, met bankers this week.",
    "President Ana Sousa sacked her finance minister on Friday.",
    "President Ana Sousa last week appointed a new economic team to tackle inflation.",
    "President Ana Sousa dismissed three ministers on Thursday.",
    "President Ana Sousa has removed the central bank governor.",
])
def test_unnamed_office_holders(read_events, text):
    assert ("Other", "Ana Sousa", "actor") in read_events(text)


@pytest.mark.parametrize("text", [
    "President Ana Sousa fired a warning at the finance ministers of Nordland.",
    "Kestrel Foods fired 300 workers at its Lisbon plant.",
    "President Ana Sousa refused to dismiss the finance minister.",
    "Will President Ana Sousa sack her finance minister?",
    "President Ana Sousa could fire her finance minister next week, aides said.",
])
def test_no_unnamed_office_change(read_events, text):
    got = read_events(text)
    assert not any(t == "Other" and n in ("Ana Sousa", "Kestrel Foods") for t, n, _ in got)


@pytest.mark.parametrize("text", [
    "Chile announced it would stop exports of raw copper from January.",
    "In May, Chile said it would scrap fuel subsidies before December.",
    "Chile said on Sunday that it would ban exports of rice to ease domestic prices.",
    "Chile announced on Friday that it would cap electricity prices for homes.",
    "Last week Portugal said it would suspend the sale of golden visas.",
])
def test_country_says_it_will(read_events, text):
    country = "Portugal" if "Portugal" in text else "Chile"
    assert ("PolicyAnnouncement", country, "actor") in read_events(text)


@pytest.mark.parametrize("text, who", [
    ("Portugal said it would welcome more tourists this summer.", "Portugal"),
    ("Portugal said it would not lift the fishing ban.", "Portugal"),
    ("Portugal said it would be hit hard by the drought.", "Portugal"),
    ("Portugal denied that it would raise fuel taxes.", "Portugal"),
    ("Asked whether Portugal would raise fuel taxes, officials declined to comment.", "Portugal"),
    ("President Ana Sousa said she would not raise taxes next year.", "Ana Sousa"),
])
def test_no_country_act(read_events, text, who):
    assert not any(t == "PolicyAnnouncement" and n == who for t, n, _ in read_events(text))


@pytest.mark.parametrize("text", [
    "The executive order signed by President Ana Sousa bars imports from Portugal.",
    "A new law signed by President Ana Sousa raises the retirement age.",
    "The decree, issued by President Ana Sousa on Monday, caps bread prices.",
    "Under a decree signed by President Ana Sousa last week, banks must report large transfers.",
    "The sanctions follow President Ana Sousa's issuance of a new executive order.",
    "The signing of the decree by President Ana Sousa ended months of debate.",
    "President Ana Sousa's signing of the budget law drew protests.",
])
def test_rule_signed_or_issued(read_events, text):
    assert ("PolicyAnnouncement", "Ana Sousa", "actor") in read_events(text)


@pytest.mark.parametrize("text, who", [
    ("Kestrel Foods' issuance of new bonds was oversubscribed.", "Kestrel Foods"),
    ("The signing of the trade agreement by President Ana Sousa was delayed.", "Ana Sousa"),
    ("The bill, opposed by President Ana Sousa, was defeated.", "Ana Sousa"),
    ("A law criticised by President Ana Sousa took effect on Monday.", "Ana Sousa"),
    ("President Ana Sousa refused to sign the budget bill.", "Ana Sousa"),
    ("President Ana Sousa is expected to sign the bill next week.", "Ana Sousa"),
])
def test_no_rule_signed(read_events, text, who):
    assert not any(t == "PolicyAnnouncement" and n == who for t, n, _ in read_events(text))


@pytest.mark.parametrize("text", [
    "Laura Brandt swept to power in 2019 promising to fight corruption.",
    "Laura Brandt rose to power after the 2015 election.",
    "Laura Brandt returned to power in a landslide on Sunday.",
    "Laura Brandt was voted into office in March.",
    "Laura Brandt was swept into office on a wave of anger at the old elite.",
    "Laura Brandt secured a second term as president in the runoff.",
])
def test_reached_power(read_events, text):
    assert ("Other", "Laura Brandt", "subject") in read_events(text)


@pytest.mark.parametrize("text", [
    "Laura Brandt is expected to sweep to power next year.",
    "Laura Brandt could return to power if the coalition collapses.",
    "Laura Brandt secured a loan from a state bank.",
    "Laura Brandt did not come to power until 2019.",
])
def test_no_reached_power(read_events, text):
    assert not any(t == "Other" and n == "Laura Brandt" and r == "subject" for t, n, r in read_events(text))


@pytest.mark.parametrize("text", [
    "Prime Minister Daniel Marsh delivered a letter of resignation to the cabinet on Tuesday.",
    "Daniel Marsh handed in his letter of resignation on Monday.",
    "Daniel Marsh submitted a resignation letter to the board of Kestrel Foods.",
    "Daniel Marsh will keep his shares in Kestrel Foods while stepping down as its chairman.",
    "After stepping down as chairman of Kestrel Foods in May, Daniel Marsh joined a rival.",
    "Daniel Marsh is stepping down as chairman of Kestrel Foods, the firm said.",
])
def test_departure_by_letter_or_ongoing(read_events, text):
    assert ("Other", "Daniel Marsh", "actor") in read_events(text)


@pytest.mark.parametrize("text", [
    "Daniel Marsh wrote a letter to the board of Kestrel Foods on Monday.",
    "Daniel Marsh rejected calls for his resignation.",
    "Is Daniel Marsh stepping down as chairman of Kestrel Foods?",
    "Daniel Marsh is not stepping down as chairman of Kestrel Foods.",
    "Daniel Marsh denied that he is stepping down as chairman of Kestrel Foods.",
    "After Tom Berg stepped down as chairman of Kestrel Foods, Daniel Marsh joined a rival.",
])
def test_no_departure_by_letter_or_ongoing(read_events, text):
    assert not any(t == "Other" and n == "Daniel Marsh" for t, n, _ in read_events(text))


@pytest.mark.parametrize("text, who", [
    ("Analysts said President Ana Sousa would probably cut spending next year.", "Ana Sousa"),
    ("The Central Bank of Chile will likely raise interest rates in June, economists said.", "Central Bank of Chile"),
    ("The Central Bank of Chile would possibly cut its benchmark rate, traders said.", "Central Bank of Chile"),
    ("The Central Bank of Chile will probably keep interest rates on hold.", "Central Bank of Chile"),
])
def test_guessed_policy(read_events, text, who):
    assert not any(t == "PolicyAnnouncement" and n == who for t, n, _ in read_events(text))


@pytest.mark.parametrize("text", [
    "The Central Bank of Chile cut its benchmark interest rate on Tuesday, as analysts had widely expected.",
    "The Central Bank of Chile raised interest rates again on Thursday.",
])
def test_policy_told_as_done(read_events, text):
    assert ("PolicyAnnouncement", "Central Bank of Chile", "actor") in read_events(text)
