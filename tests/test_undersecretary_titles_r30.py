""""Undersecretary" is a person's title, not part of the name after it, also before initials or
at a sentence's start ("Agriculture Undersecretary J.B. Penn", "Undersecretary Tom Lee said")
(kg.extract.entity_lexicon.PERSON_TITLES)."""

import pytest
from helpers import article_entity_types


@pytest.mark.parametrize("text, person", [
    ("The delegation will be led by Agriculture Undersecretary J.B. Penn.", "J.B. Penn"),
    ("Undersecretary Tom Lee said the talks would resume in May.", "Tom Lee"),
    ("The talks were opened by Commerce Under-Secretary R.K. Singh in Delhi.", "R.K. Singh"),
])
def test_undersecretary_is_no_part_of_the_name(tmp_path, text, person):
    types = article_entity_types(tmp_path, text)
    assert types.get(person) == "Person"
    assert not any(name.lower().startswith(("undersecretary", "under-secretary")) for name in types)
