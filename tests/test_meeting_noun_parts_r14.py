"""Who takes part in a meeting named by its noun in a phrase on a verb (round 14).

"X attended the summit", "X spoke to reporters after the summit", "X signed the accord at the
summit": the verb's subject was there. Not: a thing done there told by a participle on a noun ("a
deal reached at the summit", "the accord signed at the summit": whoever benefits from it took no
part), nor a market that moved after or during it ("X shares rose after the summit"). The meeting
itself, with its organiser and place, stays.

Sentences and names are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, bystander", [
    ("Halden Motors will benefit from a deal reached at the Pacific Trade Forum summit in Varno.", "Halden Motors"),
    ("Halden Motors expects gains from the accord signed at the Pacific Trade Forum summit.", "Halden Motors"),
    ("Halden Motors shares rose after the Pacific Trade Forum summit in Varno.", "Halden Motors"),
    ("Ostara Bank stock fell during the Pacific Trade Forum summit in Varno.", "Ostara Bank"),
])
def test_no_part_in_the_meeting(read_events, text, bystander):
    found = read_events(text)
    assert ("Meeting", "Pacific Trade Forum", "chair") in found, found
    assert not any(t == "Meeting" and n == bystander for t, n, _ in found), found


@pytest.mark.parametrize("text, person", [
    ("President Arno Tesk spoke to reporters after the Pacific Trade Forum summit in Varno.", "Arno Tesk"),
    ("President Arno Tesk signed the accord at the Pacific Trade Forum summit in Varno.", "Arno Tesk"),
    ("Halden Motors chief Liv Arden attended the Pacific Trade Forum summit in Varno.", "Liv Arden"),
])
def test_the_subject_takes_part(read_events, text, person):
    assert ("Meeting", person, "attendee") in read_events(text)
