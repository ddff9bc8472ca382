"""A person set off as "one of the founders of Y" or "one of Y's founders" founded Y
(kg.extract.relations._founders); one of another group ("one of the directors of Y") did not."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, firm", [
    ("Tom Brak, one of the founders of Skyjet Airways, said the airline would grow.", "Tom Brak", "Skyjet Airways"),
    ("Ann Wiley, one of Orsk Logistics' founders, sold her shares on Friday.", "Ann Wiley", "Orsk Logistics"),
    ("The deal was announced by Ray Kerns, one of the co-founders of Halden Partners.", "Ray Kerns", "Halden Partners"),
])
def test_one_of_the_founders_founded_it(tmp_path, text, person, firm):
    assert (person, firm) in relation_pairs(tmp_path, text, "founded")


def test_one_of_the_directors_did_not_found_it(tmp_path):
    text = "Tom Brak, one of the directors of Skyjet Airways, said the airline would grow."
    assert relation_pairs(tmp_path, text, "founded") == set()
