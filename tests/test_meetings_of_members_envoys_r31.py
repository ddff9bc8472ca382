"""A meeting of envoys from a body's members is that body's meeting: "a meeting of trade ministers
from 18 ASEAN countries", "a conference of central bankers from G20 economies", "a gathering of
finance officials from African Union states"; envoys of countries named one by one are no body
(kg.extract.events._meeting_noun)."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, body", [
    ("Fishing quotas topped the agenda of a three-day meeting of farm ministers from the 27 European Union states.",
     "European Union"),
    ("A conference of central bankers from G20 economies opened in Cape Town on Friday.", "Group of 20"),
    ("Output cuts were discussed at a meeting of oil ministers from OPEC member countries.", "OPEC"),
    ("Debt relief was the focus of a gathering of finance officials from African Union states.", "African Union"),
])
def test_a_meeting_of_envoys_from_a_bodys_members_is_the_bodys(tmp_path, text, body):
    assert any((body, "chair") in m for m in event_parts(tmp_path, text, "Meeting"))


def test_envoys_of_countries_named_one_by_one_chair_nothing(tmp_path):
    text = "Fishing quotas topped the agenda of a meeting of farm ministers from Norway and Iceland."
    assert not any(r == "chair" for m in event_parts(tmp_path, text, "Meeting") for _, r in m)
