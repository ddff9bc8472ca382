"""Round 22; sentences written for these tests.

"European Commission President Jean-Pierre Moreau" (the small model hangs the body's name and the
title on the person apart): the title is held at the body, not a state's office in the country the
story is about; nor is "President" inside "Vice President" a title of its own.
"""

from __future__ import annotations

import pytest
from helpers import relation_pairs


@pytest.mark.parametrize("text, person, body, country", [
    ("Poland's parliament passed the bill on Monday. Poland will cut spending, and Poland's economy is slowing. "
     "European Commission President Jean-Pierre Moreau also expressed satisfaction with the plan.",
     "Jean-Pierre Moreau", "European Commission", "Poland"),
    ("Ireland's parliament passed the budget on Tuesday. Ireland will raise taxes, and Ireland's debt is falling. "
     "European Commission Vice President Marie-Claire Duval welcomed the budget.",
     "Marie-Claire Duval", "European Commission", "Ireland"),
    ("Portugal's cabinet approved the reform on Friday. Portugal will sell state firms, and Portugal's deficit "
     "is shrinking. European Commission President Jean-Marc Lenoir praised the reform.",
     "Jean-Marc Lenoir", "European Commission", "Portugal"),
])
def test_a_bodys_title_hung_on_the_name_is_held_at_the_body(tmp_path, text, person, body, country):
    held = relation_pairs(tmp_path, text, "holdsPosition")
    assert (person, body) in held, held
    assert (person, country) not in held, held


def test_a_vice_president_of_no_body_is_still_the_countrys(tmp_path):
    held = relation_pairs(tmp_path, "Vice President Ann Hale said Norway would cut taxes. Norway's economy is "
                                    "growing.", "holdsPosition")
    assert ("Ann Hale", "Norway") in held, held
