"""Armed groups named in sanctions and conflict news are organisations, not firms or people,
whichever spelling the article uses; a think tank quoted in a story is an organisation, not a
government body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.entities import resolve_entities
from kg.models import Article


def types(nlp, text):
    return {e.name: e.type for e in resolve_entities(nlp(text), Article(id="t", text=text))}


@pytest.mark.parametrize("text, name", [
    ("The Treasury sanctioned four money changers that moved funds for Hizballah through Dubai.", "Hizballah"),
    ("Exchange houses in Sharjah sent cash to the Houthis, the department said on Friday.", "Houthis"),
    ("The websites belonged to Kata'ib Hizballah, the officials said.", "Kata'ib Hizballah"),
    ("Three shipping firms were accused of carrying oil for Hamas and its backers.", "Hamas"),
    ("Gold mines in the region were run for years by the Wagner Group, investigators said.", "Wagner Group"),
])
def test_an_armed_group_is_an_organisation(nlp, text, name):
    found = types(nlp, text)
    assert found.get(name) == "Organization", found


@pytest.mark.parametrize("text, name", [
    ("\"The vote was a turning point,\" said Edna Moyo, a researcher at Chatham House in London.", "Chatham House"),
    ("Economists at the Cato Institute called the tariff a tax on consumers.", "Cato Institute"),
    ("A report by the Atlantic Council warned that the sanctions were leaking.", "Atlantic Council"),
])
def test_a_think_tank_is_an_organisation(nlp, text, name):
    assert types(nlp, text).get(name) == "Organization", types(nlp, text)


def test_the_revolutionary_guards_are_a_government_body(nlp):
    found = types(nlp, "Front companies in Oman sold oil for the IRGC, the Islamic Revolutionary Guard Corps.")
    assert found.get("Islamic Revolutionary Guard Corps") == "GovernmentBody", found
