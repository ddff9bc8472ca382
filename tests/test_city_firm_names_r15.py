"""A firm named with its city first, as entity-list and sanctions notices list them (round 15).

The model tags the city as a place and the rest as a firm (or a person); when the rest ends in a
manufacturer's or a carrier's word ("Integrated Circuit", "Telecommunication", "Optics",
"Machinery", "Microelectronics"), the city is the first word of the firm's name:
"Shenzhen" + "Qianfeng Integrated Circuit", "Wuhan" + "Tianyu Telecommunication". Not a city
before an unknown name with no such word. The words end a firm's name only after a place's
name, never alone ("Circuit" also ends a court's name).

Sentences written for these tests; every firm name is invented."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, name", [
    ("The department added Shenzhen Qianfeng Integrated Circuit and two shipping lines to the list.",
     "Shenzhen Qianfeng Integrated Circuit"),
    ("The rule names Harbin Lixin Optics, Dalian Hongda Marine Machinery and Wuhan Tianyu Telecommunication.",
     "Wuhan Tianyu Telecommunication"),
    ("The rule names Harbin Lixin Optics, Dalian Hongda Marine Machinery and Wuhan Tianyu Telecommunication.",
     "Dalian Hongda Marine Machinery"),
    ("Shares of Guangzhou Baiyun Microelectronics fell 4 percent in Shenzhen.", "Guangzhou Baiyun Microelectronics"),
])
def test_city_first_in_a_firm_name(nlp, text, name):
    found = entity_types(nlp, text)
    assert found.get(name) == "Company", found


def test_city_stays_a_place_before_a_plain_name(nlp):
    found = entity_types(nlp, "Officials in Shenzhen said Qianfeng Capital had repaid its loans.")
    assert found.get("Shenzhen") == "Place", found
