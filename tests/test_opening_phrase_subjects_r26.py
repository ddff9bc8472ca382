"""Names right after an opening phrase's comma, which the small parser hangs on the phrase, are
the subjects of a verb left with none ("In the U.S. District Court for X, A and B pleaded guilty")
(kg.extract.events._subjects_lost_in_an_opening_phrase)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, people", [
    ("In the District Court of Kent County, Carl Hobbs and Dana Pruitt pleaded guilty to conspiring to "
     "fix prices.", {"Carl Hobbs", "Dana Pruitt"}),
    ("In federal court in Manhattan, Hanover Capital LLC and Rita Gomez pleaded guilty to securities "
     "fraud.", {"Hanover Capital LLC", "Rita Gomez"}),
    ("In a courtroom in Tacoma, Washington, Silas Ferro and Irene Lund pleaded guilty to smuggling.",
     {"Silas Ferro", "Irene Lund"}),
])
def test_names_after_an_opening_phrase_are_the_verbs_subjects(tmp_path, text, people):
    targets = {name for parts in event_parts(tmp_path, text, "RegulatoryAction")
               for name, role in parts if role == "target"}
    assert people <= targets


def test_no_subject_is_made_of_words_that_are_not_names(tmp_path):
    text = "In federal court in Manhattan, two Ohio contractors pleaded guilty to securities fraud."
    targets = {name for parts in event_parts(tmp_path, text, "RegulatoryAction") for name, role in parts
               if role == "target"}
    assert "Manhattan" not in targets
