"""What an official says the government will do, told in a participle, round 15.

"The prime minister claimed victory on Sunday, saying he will build a coalition to cut fuel taxes",
"the finance minister spoke on Monday, adding that the government would raise the minimum wage":
news often tells a statement as a participle ("saying", "adding") hung on a clause that took
place; it is the same PolicyAnnouncement by the official as "X said he would cut taxes" (and
"X added that the government would ..." is one too). Not when the clause it hangs on did not take
place ("may speak on Monday, saying ..."), when the speaker holds no office, or when what is said
is a forecast ("saying the economy would grow").

Sentences and names written for these tests (fictional people).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, actor", [
    ("Prime Minister Tomas Kerr claimed victory on Sunday, saying he will soon sell the state airline.",
     "Tomas Kerr"),
    ("Finance Minister Ilse Marden spoke on Monday, adding that the government would raise the minimum wage.",
     "Ilse Marden"),
    ("President Ilse Marden returned home on Friday, saying she would build two new rail lines.", "Ilse Marden"),
    ("Finance Minister Ilse Marden added that the government would raise the minimum wage.", "Ilse Marden"),
])
def test_participle_of_speech_tells_a_policy(read_events, text, actor):
    assert ("PolicyAnnouncement", actor, "actor") in read_events(text)


@pytest.mark.parametrize("text, speaker", [
    ("Economist Tomas Kerr spoke on Monday, saying the government would raise the minimum wage.", "Tomas Kerr"),
    ("Finance Minister Ilse Marden may speak on Monday, saying the government would raise the minimum wage.",
     "Ilse Marden"),
    ("Finance Minister Ilse Marden spoke on Monday, saying the economy would grow.", "Ilse Marden"),
    ("Finance Minister Ilse Marden did not speak on Monday, saying only that the government would wait.",
     "Ilse Marden"),
])
def test_no_policy_told(read_events, text, speaker):
    assert ("PolicyAnnouncement", speaker, "actor") not in read_events(text)
