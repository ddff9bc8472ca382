"""A national office title written with no country beside it ("Finance Minister X said ...",
"Prime Minister X told lawmakers ...") takes the country the article is about, and not one the
sentence names only as a partner or a market (round 13).

- A country after a preposition on a common noun ("exports to China", "demand in Argentina",
  "orders from Germany") is not the office's country, even when it is the one country of the
  sentence.
- A country the article names only by its demonym ("Peruvian exports", the country itself never
  named) competes with the one it names: the minister's country is then open, not the other
  country's. The country's own people count for it ("Angolans vote").
- Nothing when two countries compete, for a minister "of" another country, or for a firm's
  (former) president.

Every name of a person or firm is invented; sentences written for these tests.
"""

from __future__ import annotations

import pytest


def holders(nlp, tmp_path, text):
    from kg.pipeline import extract_facts

    path = tmp_path / "story.txt"
    path.write_text("title: t\npublished: 2024-03-06\n---\n" + text + "\n", encoding="utf-8")
    (facts,) = extract_facts([path], nlp=nlp)
    names = {e.key: e.name for e in facts.entities}
    return {(names[r.subject], names[r.object]) for r in facts.relations if r.predicate == "holdsPosition"}


@pytest.mark.parametrize("text, person, home, partner", [
    ("Chile's copper output fell 4 percent in May, and Chile's mining ministry blamed a strike. "
     "Finance Minister Tomas Arvelo told reporters that exports to China would recover before December.",
     "Tomas Arvelo", "Chile", "China"),
    ("Brazil's inflation rose to 6 percent in June. Brazil's statistics agency said food prices drove the rise. "
     "Prime Minister Lucia Marvan said the government would act, and blamed weak demand in Argentina.",
     "Lucia Marvan", "Brazil", "Argentina"),
    ("Polish factories cut jobs in March as orders slowed, and Poland's central bank kept rates on hold. "
     "Poland's jobless rate rose. Development Minister Marta Kowalczyk said she expected orders from Germany to pick up.",
     "Marta Kowalczyk", "Poland", "Germany"),
])
def test_a_partner_country_in_the_sentence_is_not_the_offices(nlp, tmp_path, text, person, home, partner):
    found = holders(nlp, tmp_path, text)
    assert (person, partner) not in found
    assert (person, home) in found


@pytest.mark.parametrize("text, person, other", [
    ("Peruvian exports fell 3 percent last year. Finance Minister Tomas Arvelo said on Monday the "
     "government would cut spending. Exports to China fell.", "Tomas Arvelo", "China"),
    ("Ghanaian cocoa sales slipped in the first quarter. Trade Minister Kofi Asante-Mensah said farmers "
     "would be paid on time. Shipments to India rose.", "Kofi Asante-Mensah", "India"),
    ("Hungarian factory output shrank in July. Economy Minister Zsofia Kertel said the budget would not "
     "change, while growth in Austria slowed.", "Zsofia Kertel", "Austria"),
])
def test_a_country_named_only_by_its_demonym_competes(nlp, tmp_path, text, person, other):
    assert (person, other) not in holders(nlp, tmp_path, text)


def test_the_countrys_people_count_for_it(nlp, tmp_path):
    text = ("Angolans vote on Wednesday in a closely watched election. Defense Minister Joao Mavinga is the "
            "ruling party's candidate. He joined the struggle against Portuguese rule as a young man. "
            "Angola has grown rich on oil.")
    assert ("Joao Mavinga", "Angola") in holders(nlp, tmp_path, text)


@pytest.mark.parametrize("text, person, wrong", [
    # two countries in equal measure: whose minister is open
    ("Japan and South Korea traded accusations on Friday over export curbs. Japan and South Korea "
     "have quarrelled for months. Finance Minister Ren Takeda said the dispute would not hurt growth.",
     "Ren Takeda", "Japan"),
    # a minister of another country, visiting
    ("Peru's economy grew 3 percent last year. Peru's exports rose. Foreign Minister Tomas Arvelo of "
     "Chile arrived in Lima on Monday for talks.", "Tomas Arvelo", "Peru"),
    # a firm's former president
    ("Peru's economy grew 3 percent last year. Peru's exports rose. Tomas Arvelo, the former president "
     "of Andes Copper Corp., said the firm would cut jobs.", "Tomas Arvelo", "Peru"),
    # a firm's president
    ("Peru's economy grew 3 percent last year. Peru's exports rose. Quenta Mining president Tomas "
     "Arvelo said the firm would cut jobs.", "Tomas Arvelo", "Peru"),
])
def test_no_country_when_the_text_does_not_decide_it(nlp, tmp_path, text, person, wrong):
    found = holders(nlp, tmp_path, text)
    assert (person, wrong) not in found
    if wrong == "Japan":
        assert (person, "South Korea") not in found
