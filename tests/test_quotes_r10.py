"""Quotes, round 10: attributions that unseen wire stories and press releases write and kg missed.

1. A person at the end of a long run of title words after the verb: "“…,” said Under Secretary
   of Trade for Ports and Harbors Tomas Brevik", "As explained by Harbor Board Director Tomas
   Brevik, “…”". The parser reads "Under" as a preposition and hangs the name on another one,
   so the verb has no subject and the eight words after it held no name, or an organisation
   inside the title came first.
2. A second quote joined to the first by a speech verb with no subject of its own: "X declared,
   “A. B,” adding, “C”": the participle hangs on the verb of the first quote's last sentence,
   whose subject is "I" or "we".
3. A quote of several words cut off by a comma and followed straight away by a person's clause
   whose verb is no speech verb: "“…,” Mr. Brevik hailed the accord", "“…,” Marta Velez beamed".
   Book titles and short names in quotes, and organisations as subjects, stay out.
4. "“…,” said Lindqvist" where the full name "Ada Lindqvist" was typed an organisation: the one
   entity whose capitalised two- or three-word name ends in that word (no English word).
5. A bare quote after a sentence that ends by introducing one person who is not its subject:
   "The panel heard from one retired miner, Tomas Brevik of Easton. “…”".
6. A paragraph that is only a quote, with nothing after it, after a paragraph that ends with a
   sentence whose subject is a person, whatever its verb (broadcast style: "Tomas Brevik is an
   economist at the Easton Institute." / "“…”"). Not after a firm's sentence, a person acted on,
   or when an unnamed speaker is given after the quote.
7. A bare quote after a sentence whose subject names a person in apposition: "The union's
   leader, Marta Velez, was blunt. “…”".
8. A message "saying" the quote, issued by the speaker: "X issued a statement saying: “…”", "X
   sent a series of posts saying, “…”" (not a message X received or read).
9. "“…,” it read" after a document the speaker issued in the two sentences before: "X released
   a statement on Monday. “…,” it read."
10. A quote of three words or more in the clause of a person's view held: "X hopes the port will
    “…”", "X is confident that “…”", "X expressed hope that … would “…”" (not a name in quotes,
    not a firm's view, not a quote beside the view's clause).
11. A bare quote after a sentence whose subject is a person's view or message: "Brevik's key aim
    is to show voters … . “…”", "Velez's message to the workers was simple. “…”".
12. The quote's owner named in a short sentence right after it, about those words: "“…” That
    was the message from X.", "Those were the words of X.", "“…,” was the blunt reply from X.",
    "The warning came from X".
13. "“…,” the spokesman said" with no spokesperson named before with that title: the one body
    the sentence before names, as for "a spokesman" (two bodies: no one).
14. "“…,” he insisted, before adding that the bank was “…”": the subject of the verb the phrase
    hangs on speaks, not the subject of the clause the participle reports.
15. A short passage in title case is a name, not words said: "the “Made in Norland 2030” plan",
    "the “Fair Ports and Jobs Act”", "the book “The Last Harbor of the North”".
16. A message "saying" the quote whose author is named in it: "a Tomas Brevik tweet saying “…”",
    "Brevik's letter saying “…”" (also when the parser hangs "saying" on the clause's verb); a
    report that someone rejects or denies is no one's.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.quotes import extract_quotes
from kg.extract.table import EntityTable
from kg.models import Article

PEOPLE = [("Tomas Brevik", "Person"), ("Marta Velez", "Person"), ("Harbor Board", "GovernmentBody"),
          ("Norland Bank", "Company")]


def quotes(nlp, text, entities=PEOPLE):
    doc = nlp(text)
    table = EntityTable.from_names(doc, entities)
    found = extract_quotes(doc, table, Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(q.speaker.split("/")[1], q.text) for q in found]


# 1. a person at the end of a run of title words

@pytest.mark.parametrize("text, speaker, words", [
    ("“We will keep looking into every lead we can find in this case,” said Under Secretary of Trade for "
     "Ports and Harbors Tomas Brevik.", "tomas-brevik", "every lead we can find"),
    ("“The sale was a fraud from the first day to the last,” said Under Secretary of Labor for Mines and "
     "Quarries Tomas Brevik.", "tomas-brevik", "fraud from the first day"),
    ("As explained by Harbor Board Director Tomas Brevik, “buyers were choosing goods based on false labels, "
     "and the order will give them their money back.”", "tomas-brevik", "false labels"),
    ("“The sale was a fraud from the first day to the last,” said Under Secretary of State for Coastal Trade "
     "and Shipping Marta Velez.", "marta-velez", "fraud from the first day"),
])
def test_person_after_a_run_of_title_words(nlp, text, speaker, words):
    found = quotes(nlp, text)
    assert len(found) == 1 and found[0][0] == speaker and words in found[0][1]


@pytest.mark.parametrize("text, speaker", [
    # the organisation speaks; the person is named in a clause about it
    ("“The plan is sound and we stand by it,” said the Harbor Board, which hired Tomas Brevik last year.",
     "harbor-board"),
    # a lower-case description before the name is no title run, and the firm is the subject
    ("“The loan was repaid in full last spring,” Norland Bank said in a letter to Marta Velez.", "norland-bank"),
])
def test_no_person_taken_from_outside_a_title_run(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


# 2. a second quote joined by "adding"

@pytest.mark.parametrize("text", [
    "In a letter, Tomas Brevik declared, “We have done all that we promised. We know the buyers are worried,” "
    "adding, “The port will reopen next week for all of its old buyers.”",
    "Tomas Brevik said on Monday, “I never took a single coin. I will prove it in court,” adding, “We will show "
    "the books to anyone who asks.”",
    "Marta Velez told the crowd, “The mill is safe. Its workers will keep their jobs,” adding, “No one will be "
    "sent home this winter.”",
])
def test_quote_added_after_a_quote(nlp, text):
    found = quotes(nlp, text)
    speaker = "marta-velez" if text.startswith("Marta") else "tomas-brevik"
    assert len(found) == 2 and {s for s, _ in found} == {speaker}


def test_added_quote_keeps_a_named_speaker(nlp):
    text = ("Tomas Brevik said, “We have done what we promised to do,” while Marta Velez added, “The port "
            "is still closed to most of its old buyers.”")
    assert [s for s, _ in quotes(nlp, text)] == ["tomas-brevik", "marta-velez"]


# 3. a reaction verb after a quote cut off by a comma

@pytest.mark.parametrize("text, speaker", [
    ("“This is a good deal for our workers and a good deal for the whole region,” Mr. Brevik hailed the "
     "accord. Tomas Brevik leads the Harbor Board.", "tomas-brevik"),
    ("“We have never seen a harvest this large anywhere in the valley,” Marta Velez beamed as she toured "
     "the farm.", "marta-velez"),
    ("“It is a fine day for the port and for all of the people who work in it,” Tomas Brevik praised the crews "
     "on Friday.", "tomas-brevik"),
])
def test_quote_before_a_reaction_verb(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a title of a work, not words said
    "“Made in the Valley,” Tomas Brevik published a short book about the port.",
    # an organisation's clause after a quoted name
    "“The old customs house by the river gate,” Norland Bank bought the whole site in May.",
    # a quote that ends its sentence is followed by a new one, not an attribution
    "“We will never sell the port to a foreign buyer at any price.” Tomas Brevik signed the deal a week later.",
])
def test_no_reaction_speaker(nlp, text):
    assert quotes(nlp, text) == []


# 4. a surname whose full name the entity table typed as an organisation

@pytest.mark.parametrize("text", [
    "Ada Lindqvist quit on Monday. “We should not let the work of the city stop over my own troubles,” said Lindqvist.",
    "Ada Lindqvist quit on Monday. “We should not let the work of the city stop over my own troubles,” Lindqvist said.",
    "Ada Lindqvist quit on Monday. “The loan was a private matter and it has been paid back,” Lindqvist told reporters.",
])
def test_surname_of_a_mistyped_person(nlp, text):
    found = quotes(nlp, text, [("Ada Lindqvist", "Company")])
    assert [s for s, _ in found] == ["ada-lindqvist"]


@pytest.mark.parametrize("text, entities", [
    # an English word is no surname: "the Bank" is not Norland Bank
    ("Norland Bank cut its rates. “We will keep the rate low for as long as it takes,” said the Bank.",
     [("Norland Bank", "Company")]),
    # two names end in the same word
    ("“The loan was a private matter and it has been paid back,” Lindqvist said.",
     [("Ada Lindqvist", "Company"), ("Bo Lindqvist", "Company")]),
])
def test_no_mistyped_surname_speaker(nlp, text, entities):
    assert quotes(nlp, text, entities) == []


# 5. a bare quote after a sentence that ends by introducing a person

@pytest.mark.parametrize("text, speaker", [
    ("The panel heard from one retired miner, Tomas Brevik of Easton. “We have spent nearly all of our savings "
     "on the rent, and there is little left for the winter.”", "tomas-brevik"),
    ("The hearing drew a crowd of angry tenants, among them Marta Velez of Easton. “Nobody came to help us when "
     "the river rose, and nobody has come since.”", "marta-velez"),
    ("The committee also invited a shop owner from the coast, Tomas Brevik, a father of three. “The rent went up "
     "twice this year and my sales fell by half.”", "tomas-brevik"),
])
def test_quote_after_an_introduced_person(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # the firm is the subject: its words, not the person's
    "Norland Bank hired Tomas Brevik. “We are glad to have such a seasoned banker on the team.”",
    # two people introduced
    "The panel heard from Tomas Brevik and Marta Velez. “Nobody came to help us when the river rose.”",
    # the sentence goes on past the name
    "The panel asked Tomas Brevik about the loans that the bank had sold. “Nobody came to help us when the river "
    "rose.”",
])
def test_no_introduced_person(nlp, text):
    assert quotes(nlp, text) == []


# 6. a paragraph that is only a quote, after a paragraph ending with a sentence about a person

@pytest.mark.parametrize("text, speaker", [
    ("Some towns are borrowing money they do not have. Tomas Brevik is an economist at the Easton Institute.\n"
     "“If the towns had kept their spending in line with their taxes, we would not have this mess.”",
     "tomas-brevik"),
    ("Marta Velez, the port's finance chief, has called for calm.\n"
     "“There is no reason to panic. The port has enough cash to last the winter.”", "marta-velez"),
    ("The mill's owner, Tomas Brevik, spent forty years in the trade.\n"
     "“I have never seen orders fall this fast, not even in the bad years.”", "tomas-brevik"),
])
def test_quote_paragraph_after_a_person(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # something after the quote attributes it to someone unnamed
    "Tomas Brevik is an economist at the Easton Institute.\n"
    "“The towns should have kept their spending in line with their taxes,” one trader said.",
    # the sentence before is about a firm
    "Norland Bank hired Tomas Brevik last year.\n“We are proud of the results our team has reached this year.”",
    # a person who is acted on, not the subject
    "The police arrested Tomas Brevik on Friday.\n“Nobody is above the law in this town, whatever their rank.”",
])
def test_no_quote_paragraph_speaker(nlp, text):
    assert quotes(nlp, text) == []


# 7. a bare quote after a sentence whose subject names a person in apposition

@pytest.mark.parametrize("text, speaker", [
    ("The union's leader, Marta Velez, was blunt. “This deal is a disaster for every farmer in the valley.”",
     "marta-velez"),
    ("The head of the port, Tomas Brevik, sounded a note of caution. “We are not out of the woods yet.”",
     "tomas-brevik"),
    ("Norland's finance chief, Marta Velez, was defiant. “We will not raise taxes to pay for this plan.”",
     "marta-velez"),
])
def test_bare_quote_after_an_appositive_subject(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


# 8. a message "saying" the quote, issued by the speaker

@pytest.mark.parametrize("text, speaker", [
    ("Norland Bank declined to comment at first, but later issued a statement saying: “We never comment on "
     "rumours about our staff.”", "norland-bank"),
    ("Tomas Brevik sent a series of posts saying, “Although I expect the sale to close, we must be ready for "
     "every outcome.”", "tomas-brevik"),
    ("Marta Velez released a short note saying, “The mill will stay open through the winter, whatever the "
     "banks decide.”", "marta-velez"),
])
def test_message_saying_the_quote(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a message received, not issued
    "Norland Bank received a letter saying: “Your loan is overdue and must be paid back this month.”",
    "Tomas Brevik read a report saying, “The mill will close in the spring unless the banks step in.”",
])
def test_no_speaker_for_a_message_received(nlp, text):
    assert quotes(nlp, text) == []


# 9. "“…,” it read" after a document the speaker issued

@pytest.mark.parametrize("text, speaker", [
    ("Norland Bank released a statement on Monday. “The board has full confidence in its chief executive,” "
     "it read.", "norland-bank"),
    ("Tomas Brevik issued a short notice to his staff. “The mill will close for two weeks in August,” it read.",
     "tomas-brevik"),
    ("The Harbor Board published a letter on its website. “We regret the long delays at the port this spring,” "
     "it read.", "harbor-board"),
])
def test_it_read_after_an_issued_document(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    "“The board has full confidence in its chief executive,” it read.",
    "Norland Bank received a letter from the tax office. “Your payment is late by three months,” it read.",
])
def test_no_issuer_for_it_read(nlp, text):
    assert quotes(nlp, text) == []


# 10. a quote in the clause of a view held: a stance verb or adjective

@pytest.mark.parametrize("text", [
    "Tomas Brevik hopes the new port will “open new doors for our small exporters.”",
    "Tomas Brevik is confident that “the worst of the slump is behind the mill.”",
    "Tomas Brevik expressed hope that the two unions would “find common ground before the winter.”",
])
def test_quote_under_a_view_held(nlp, text):
    assert [s for s, _ in quotes(nlp, text)] == ["tomas-brevik"]


@pytest.mark.parametrize("text", [
    # a name in quotes under a view
    "Tomas Brevik expects the “Harbor Fund” to grow by half this year.",
    # a firm's view
    "Norland Bank is confident that “the worst of the slump is behind the mill.”",
    # the quote is beside the view, not in its clause
    "Tomas Brevik hopes for a deal, and the union calls the offer “an insult to every worker.”",
])
def test_no_quote_under_a_view_held(nlp, text):
    assert [s for s, _ in quotes(nlp, text)] != ["tomas-brevik"]


# 11. a bare quote after a sentence whose subject is a person's view or message

@pytest.mark.parametrize("text, speaker", [
    ("Tomas Brevik spoke in Easton. Brevik's key aim is to show voters that his party will not raise taxes. "
     "“The biggest danger to the port is four more years of this council.”", "tomas-brevik"),
    ("Marta Velez runs the mill. Velez's message to the workers was simple. “Stay calm and keep your heads down "
     "until spring.”", "marta-velez"),
    ("Tomas Brevik met the lenders on Friday. Brevik's warning to them was stark. “If the mill closes, the town "
     "closes with it.”", "tomas-brevik"),
])
def test_bare_quote_after_a_persons_view(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # the person's firm, not a view
    "Tomas Brevik runs the mill. Brevik's company posted a loss last year. “The mill had a hard year.”",
    # the view of a firm
    "Norland Bank met the lenders. Norland Bank's warning to them was stark. “If the mill closes, the town "
    "closes with it.”",
])
def test_no_bare_quote_after_a_view(nlp, text):
    assert [s for s, _ in quotes(nlp, text)] == []


# 12. the quote's owner named in a short sentence after it

@pytest.mark.parametrize("text", [
    "“We will not pay a single coin to the lenders.” That was the message from Harbor Master Tomas Brevik "
    "on Monday.",
    "“We will not pay a single coin to the lenders.” Those were the words of Harbor Master Tomas Brevik.",
    "“We will not pay a single coin to the lenders,” was the blunt reply from Harbor Master Tomas Brevik.",
    "“We will not pay a single coin to the lenders.” The warning came from Harbor Master Tomas Brevik, "
    "speaking in Easton.",
])
def test_owner_named_after_the_quote(nlp, text):
    assert [s for s, _ in quotes(nlp, text)] == ["tomas-brevik"]


@pytest.mark.parametrize("text", [
    # a sentence about something else that names a person
    "“We will not pay a single coin to the lenders.” That was the year of the great flood for Tomas Brevik.",
    # a sentence about the person, not about the words
    "“We will not pay a single coin to the lenders.” Tomas Brevik was the first to sign the letter.",
])
def test_no_owner_named_after_the_quote(nlp, text):
    assert quotes(nlp, text) == []


# 13. "the spokesman said" with no spokesperson named before: the one body named just before

@pytest.mark.parametrize("text, speaker", [
    ("The Harbor Board raised port fees on Monday. “The new fees are temporary and will end in June,” "
     "the spokesman said.", "harbor-board"),
    ("Norland Bank cut 500 jobs on Friday. “This was a painful but necessary decision for the bank,” "
     "the spokeswoman said.", "norland-bank"),
    ("Norland Bank closed two branches. “Both branches had lost money for years,” said the spokesperson.",
     "norland-bank"),
])
def test_the_spokesman_of_the_body_just_named(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # two bodies named: no one
    ("The Harbor Board fined Norland Bank on Monday. “We will appeal the fine in court,” the spokesman said.",
     None),
    # a spokesman named before with that title
    ("Norland Bank cut 500 jobs, said Tomas Brevik, a spokesman for the bank. “This was a painful but "
     "necessary decision,” the spokesman said.", "tomas-brevik"),
])
def test_the_spokesman_otherwise(nlp, text, speaker):
    assert [s for s, _ in quotes(nlp, text)] == ([speaker] if speaker else [])


# 14. "before adding that …": the speaker of the verb the phrase hangs on, not the reported
#     clause's subject

@pytest.mark.parametrize("text", [
    "Tomas Brevik runs Norland Bank. “We are in good shape,” he insisted, before adding that the bank was "
    "“well placed to grow next year.”",
    "Tomas Brevik runs Norland Bank. “Our capital is strong,” Brevik said, before adding that Norland Bank would "
    "“keep every branch open this year.”",
    "Tomas Brevik runs Norland Bank. “The worst is over,” Brevik told reporters, after noting that the bank had "
    "“never missed a payment in its history.”",
])
def test_before_adding_keeps_the_speaker(nlp, text):
    assert {s for s, _ in quotes(nlp, text)} == {"tomas-brevik"}


# 15. a short passage in title case is a name (a law, a plan, a book, a show), not words said

@pytest.mark.parametrize("text", [
    "Tomas Brevik said the “Made in Norland 2030” plan would create many jobs.",
    "Tomas Brevik said the bill, known as the “Fair Ports and Jobs Act,” would pass soon.",
    "Tomas Brevik, author of the book “The Last Harbor of the North,” said the port would close.",
])
def test_title_case_names_are_no_quotes(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, words", [
    # a quote that starts with a capital but goes on in lower case
    ("Tomas Brevik said the plan was “A gift to the rich and a tax on the poor.”", "A gift to the rich"),
    # a sentence of the speaker's own that begins with a pronoun
    ("“We Will Win,” Tomas Brevik told the crowd in Easton.", "We Will Win"),
])
def test_quotes_not_taken_for_names(nlp, text, words):
    found = quotes(nlp, text)
    assert found and found[0][0] == "tomas-brevik" and words in found[0][1]


# 16. a message "saying" the quote whose author is named in it ("a Brevik tweet saying", "Brevik's
#     letter saying"); a report someone else wrote is no one's here

@pytest.mark.parametrize("text", [
    "Norland Bank said it would not move its head office, prompting a Tomas Brevik tweet saying “This is just "
    "the start. The office can now be built here.”",
    "Norland Bank said it would keep the mill shut, which prompted Tomas Brevik's letter saying “this is a "
    "betrayal of every worker in the valley.”",
    "The mill closed after Tomas Brevik's memo saying “no more orders will be taken until the spring.”",
])
def test_message_of_a_named_author(nlp, text):
    assert [s for s, _ in quotes(nlp, text)] == ["tomas-brevik"]


@pytest.mark.parametrize("text", [
    "Tomas Brevik rejected a newspaper report saying “the bank will sell all of its branches in the north.”",
    "Tomas Brevik denied a report saying “the mill will close before the end of the year.”",
])
def test_no_speaker_for_a_report_rejected(nlp, text):
    assert quotes(nlp, text) == []
