"""A second post with a body of its own, joined to the first by "and" ("X is a professor at A and a
former economist at B": kg.extract.relations._people_of_coordinated_title), and a body described
in a relative clause and named right after it ("X, who heads an association of Czech exporters,
Exportcom, says": kg.extract.relations._named_after_relative_clause)."""

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, first, second", [
    ("Greta Lind is a finance professor at Uppsala University and a former economist at the Bank of Finland.",
     "Greta Lind", "Uppsala University", "Bank of Finland"),
    ("Tom Reyes is a partner at Hale LLP and a former official at the Treasury Department.",
     "Tom Reyes", "Hale LLP", "U.S. Department of the Treasury"),
    ("Nadia Karim, a senior fellow at the Atlas Institute and a former adviser at the World Bank, said aid fell.",
     "Nadia Karim", "Atlas Institute", "World Bank"),
])
def test_a_second_post_joined_by_and_is_held_by_the_same_person(tmp_path, text, person, first, second):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, first) in held and (person, second) in held, held


@pytest.mark.parametrize("text, person, body", [
    ("Pavel Novak, who heads an association of Czech glassmakers, Sklo Union, says orders are falling.",
     "Pavel Novak", "Sklo Union"),
    ("Ines Duarte, who runs a group of Lisbon exporters, Lusaexport, expects a weak year.",
     "Ines Duarte", "Lusaexport"),
    ("Omar Haddad, who leads a federation of Jordanian traders, Tijara Union, warned of shortages.",
     "Omar Haddad", "Tijara Union"),
])
def test_a_body_named_after_the_clause_that_describes_it(tmp_path, text, person, body):
    assert (person, body) in relation_pairs(tmp_path, text, "holdsPosition")


def test_a_clause_with_no_name_after_it_gives_no_post(tmp_path):
    text = "Pavel Novak, who heads a group of farmers, and Ines Duarte, a trader, spoke on Monday."
    assert relation_pairs(tmp_path, text, "holdsPosition") == set()
