"""A firm joining its own operations to another firm's merges with it ("X will integrate its
operations with Y", "X combined its businesses with Y"), X acting, Y taken in; software
integrated with a system, or a merger that could happen, is none
(kg.extract.events._combined_with)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, firm, partner", [
    ("Talvis Airlines says it will integrate its operations with Brenna Air over two years.", "Talvis Airlines",
     "Brenna Air"),
    ("In 2018 Kerrow Group combined its businesses with Ostro Holdings.", "Kerrow Group", "Ostro Holdings"),
    ("Verma Capital said it would merge its operations with Halden Bank next spring.", "Verma Capital", "Halden Bank"),
])
def test_a_firm_joining_its_operations_to_another_merges_with_it(tmp_path, text, firm, partner):
    assert {(firm, "actor"), (partner, "target")} in event_parts(tmp_path, text, "Investment")


@pytest.mark.parametrize("text", [
    "Talvis Airlines will integrate new booking software with its website.",
    "Talvis Airlines could integrate its operations with Brenna Air.",
])
def test_no_firm_joined_or_no_join_asserted_is_no_merger(tmp_path, text):
    assert event_parts(tmp_path, text, "Investment") == []
