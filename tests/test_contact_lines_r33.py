"""A release's contact line names a person and the office they work in: "the staff contact is X,
Bureau of Competition, 202-..." makes X a member of the bureau
(kg.extract.relations._contact_lines). A person and a body set off by commas elsewhere are not
read so."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, office", [
    ("The vote to accept the consent order was 2-0. (FTC File No. 191 0042; the staff contact is Maria Lowell, "
     "Bureau of Competition, 202-326-2000.)",
     "Maria Lowell", "Bureau of Competition"),
    ("The Commission approved the order. The staff contact is Tom Harlan, Northwest Regional Office, 206-220-6350.",
     "Tom Harlan", "Northwest Regional Office"),
    ("For more information the press contact is Gary Pell, Office of Public Affairs, 202-622-2960.",
     "Gary Pell", "Office of Public Affairs"),
])
def test_a_contact_works_in_the_office_named_beside_them(tmp_path, text, person, office):
    assert (person, office) in relation_pairs(tmp_path, text, "memberOf")


def test_a_person_and_a_body_set_off_elsewhere_are_not_read(tmp_path):
    text = "Tom Harlan, Northwest Regional Office, and the union signed the letter."
    assert relation_pairs(tmp_path, text, "memberOf") == set()
