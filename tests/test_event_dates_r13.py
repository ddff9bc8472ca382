"""Event dates, round 13: which cue dates an event.

1. A year written inside the event's own noun phrase dates the event when its clause has no cue
   of its own: "its 2022 rate hike", "its 2019 acquisition of X", "under a 2016 settlement with
   X", and a contest won or lost, "X won the 2021 presidential election", "lost the 2019 mayoral
   race". Near-misses: no year ("won the election") keeps what kg did before; a year after
   publication names a plan; a noun of the period it covers ("its 2024 budget plan") is not
   dated by it; a cue of the clause ("won ... on Sunday") still governs; a point of comparison
   ("its largest cut since the 2009 rate cut") is no event of that sentence's time.
2. A market move told aside in a non-restrictive relative clause with no time of its own ("Shares
   of X, which lost 4%, led the decline on Wednesday", "Y, which gained 5%, was the biggest
   winner") is a move of the same session as the main clause and takes its cue. Near-misses: a
   cue of its own ("which fell 6% on Monday") dates it, and a stretch told in the perfect
   ("which has lost 30% ...") takes no day from the main clause.
3. An event named in an "amid"/"despite" phrase ("rose on Monday amid a trade war between X and
   Y", "cut its outlook on Tuesday despite the end of the trade dispute", "rallied amid a probe of
   X") is a state of things the clause happens against: neither the clause's cue nor the
   narrative's day dates it. Near-misses: a cue inside the phrase ("a trade war that began in
   2019") still dates it, the same noun outside such a phrase ("escalating a trade war") keeps
   the clause's day, and a market move ("amid a broad rally") keeps its session's day.
Sentences and names written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.events import extract_events
from kg.extract.table import EntityTable
from kg.models import Article

FRIDAY = date(2025, 6, 13)
NAMES = [("Varnholt Reserve Bank", "GovernmentBody"), ("Corvina Mills", "Company"), ("Dunmore", "Place"),
         ("Marta Quill", "Person"), ("Osric Penn", "Person"), ("Lisbeth Arno", "Person"),
         ("Halden Foods", "Company"), ("Tarn Motors", "Company"), ("Brisk Index", "Organization"),
         ("Ostrava Steel", "Company"), ("Pellam Rail", "Company")]


def events(nlp, text):
    doc = nlp(text)
    table = EntityTable.from_names(doc, [e for e in NAMES if e[0] in text])
    return extract_events(doc, table, Article(id="t", text=text, published=FRIDAY))


@pytest.mark.parametrize("sentence, kind, expected", [
    ("Marta Quill won the 2021 presidential election in Dunmore, officials said.", "Other", "2021"),
    ("Osric Penn lost the 2019 mayoral race in Dunmore to a newcomer.", "Other", "2019"),
    ("Lisbeth Arno won the 2022 leadership vote in Dunmore by a wide margin.", "Other", "2022"),
    ("Analysts said the Varnholt Reserve Bank's 2022 rate hike had hurt exporters.", "PolicyAnnouncement", "2022"),
    ("Corvina Mills still pays for its 2019 acquisition of Halden Foods.", "Investment", "2019"),
    ("Corvina Mills was fined under a 2016 settlement with the Varnholt Reserve Bank.", "RegulatoryAction", "2016"),
])
def test_a_year_in_the_events_noun_phrase_dates_it(nlp, sentence, kind, expected):
    got = [e.date for e in events(nlp, sentence) if e.type == kind]
    assert got == [expected], got


@pytest.mark.parametrize("sentence, kind, unwanted", [
    ("Marta Quill won the election in Dunmore, officials said.", "Other", None),
    ("Marta Quill won the 2021 presidential election in Dunmore on Sunday, officials said.", "Other", "2021"),
    ("The Varnholt Reserve Bank unveiled its 2026 budget plan.", "PolicyAnnouncement", "2026"),
    ("The Varnholt Reserve Bank defended its 2024 budget plan on Tuesday.", "PolicyAnnouncement", "2024"),
    ("On Tuesday the Varnholt Reserve Bank made its largest rate cut since the 2009 rate cut.", "PolicyAnnouncement",
     "2009"),
])
def test_no_year_from_elsewhere(nlp, sentence, kind, unwanted):
    got = [e.date for e in events(nlp, sentence) if e.type == kind]
    assert got and not any(unwanted and d == unwanted or unwanted is None and d and len(d) == 4 for d in got), got


@pytest.mark.parametrize("sentence, name, expected", [
    ("Shares of Corvina Mills, which lost 4%, led the decline on Wednesday, while Halden Foods rose 2%.",
     "corvina", "2025-06-11"),
    ("On Tuesday, the Brisk Index fell 3%, and Ostrava Steel, which gained 5%, was the biggest winner.",
     "ostrava", "2025-06-10"),
    ("Tarn Motors, which slid 7%, was the worst performer on Thursday as Pellam Rail climbed 1%.",
     "tarn", "2025-06-12"),
    ("On Monday, the Brisk Index edged up 1%, while Pellam Rail, which jumped 8%, led the gainers.",
     "pellam", "2025-06-09"),
    ("Stocks in Dunmore fell on Thursday, and Halden Foods, which dropped 5%, was among the hardest hit.",
     "halden", "2025-06-12"),
])
def test_a_move_told_aside_shares_the_sessions_day(nlp, sentence, name, expected):
    got = [e.date for e in events(nlp, sentence) if e.type == "MarketMove"
           and any(name in p.entity.lower() for p in e.participants)]
    assert got == [expected], got


@pytest.mark.parametrize("sentence, name, expected", [
    ("Tarn Motors shares, which fell 6% on Monday, recovered on Wednesday.", "tarn", "2025-06-09"),
    ("Shares of Corvina Mills, which have lost 30%, led the decline on Wednesday, while Halden Foods rose 2%.",
     "corvina", None),
    ("Shares of Tarn Motors, which had slid 7%, led the decline on Thursday, while Pellam Rail climbed 1%.",
     "tarn", None),
])
def test_a_move_aside_with_a_time_of_its_own(nlp, sentence, name, expected):
    got = [e.date for e in events(nlp, sentence) if e.type == "MarketMove"
           and any(name in p.entity.lower() for p in e.participants)]
    assert (expected is None and not any(d and len(d) == 10 for d in got)) or expected in got, got


@pytest.mark.parametrize("sentence, kind", [
    ("Shares of Corvina Mills rose on Monday amid a trade war between Dunmore and Varnholt.", "TradeConflict"),
    ("Tarn Motors cut its outlook on Tuesday despite the end of the trade dispute with Dunmore.", "TradeConflict"),
    ("Halden Foods rallied on Wednesday amid a probe of Corvina Mills by the Varnholt Reserve Bank.",
     "RegulatoryAction"),
])
def test_a_background_event_takes_no_date(nlp, sentence, kind):
    got = [e.date for e in events(nlp, sentence) if e.type == kind]
    assert got == [None], got


@pytest.mark.parametrize("sentence, kind, expected", [
    ("The Varnholt Reserve Bank raised rates on Monday amid a trade war with Dunmore that began in 2019.",
     "TradeConflict", "2019"),
    ("Dunmore imposed tariffs on Varnholt on Monday, escalating a trade war.", "TradeConflict", "2025-06-09"),
    ("Stocks in Dunmore rose on Monday amid a broad rally in Varnholt.", "MarketMove", "2025-06-09"),
])
def test_background_near_misses(nlp, sentence, kind, expected):
    got = [e.date for e in events(nlp, sentence) if e.type == kind]
    assert expected in got, got
