"""A chair named with the bare title in a commission's own release ("said Chairman X") chairs the
commission, not the firm the release is about (kg.extract.relations.releasing_body,
_org_for_bare_title); a firm's officer the release names ("X's former CEO and Chairman Y") keeps
the firm."""

import pytest
from helpers import article_facts


def positions(tmp_path, text: str, source: str) -> set[tuple[str, str]]:
    facts, names = article_facts(tmp_path, text, "2025-03-14", source)
    return {(names[r["subject"]], names[r["object"]]) for r in facts["relations"] if r["predicate"] == "holdsPosition"}


@pytest.mark.parametrize("source, text, chair, body", [
    ("U.S. Commodity Futures Trading Commission (news release)",
     "The Commodity Futures Trading Commission today ordered Harlan Oil Trading Inc. to pay $20 million for "
     "attempted manipulation. \u201cThe case shows our resolve,\u201d said Chairman Paul Okafor.",
     "Paul Okafor", "Commodity Futures Trading Commission"),
    ("Federal Energy Regulatory Commission",
     "The Federal Energy Regulatory Commission approved a settlement with Ridgeway Power Corp. over market "
     "manipulation. \u201cThe penalty is fair,\u201d said Acting Chairman Lena Park.",
     "Lena Park", "Federal Energy Regulatory Commission"),
    ("U.S. Securities and Exchange Commission",
     "The Securities and Exchange Commission charged Quarry Minerals Corp. with hiding losses from investors. "
     "Chairwoman Nadia Brooks said the firm misled its shareholders.",
     "Nadia Brooks", "Securities and Exchange Commission"),
])
def test_the_bare_chair_of_a_commissions_release_chairs_the_commission(tmp_path, source, text, chair, body):
    assert (chair, body) in positions(tmp_path, text, source)


def test_a_firms_chairman_named_in_the_release_keeps_the_firm(tmp_path):
    text = ("The Securities and Exchange Commission charged Quarry Minerals Corp. and its former CEO and "
            "Chairman Victor Hale with hiding losses from investors.")
    found = positions(tmp_path, text, "U.S. Securities and Exchange Commission")
    assert ("Victor Hale", "Securities and Exchange Commission") not in found


def test_a_story_about_the_commission_is_not_its_release(tmp_path):
    text = ("The Commodity Futures Trading Commission ordered Harlan Oil Trading Inc. to pay $20 million. "
            "\u201cWe regret the errors,\u201d said Chairman Paul Okafor.")
    assert ("Paul Okafor", "Commodity Futures Trading Commission") not in positions(tmp_path, text, "Voice of America")
