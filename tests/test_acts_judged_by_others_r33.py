"""Who calls an act useless, welcomes it or describes it as unfair judges it; they did not do it:
"the ministry called the new sanctions useless" makes no regulatory act of the ministry
(kg.extract.events JUDGING_VERBS, _judges_dropped). Who imposes or announces sanctions does."""

import pytest
from helpers import event_parts


@pytest.mark.parametrize("text, judge", [
    ('The EU imposed a travel ban on officials. The Korvanian Foreign Ministry called the new sanctions '
     '"pointless and unfair."', "Korvanian Foreign Ministry"),
    ("Tarsen's finance ministry welcomed the penalty on Harwick Bank.", "Tarsen"),
    ("The Korvanian Foreign Ministry described the sanctions as a hostile act.", "Korvanian Foreign Ministry"),
])
def test_who_judges_an_act_does_not_do_it(tmp_path, text, judge):
    acts = event_parts(tmp_path, text, "RegulatoryAction")
    assert not any(k.startswith(judge) and r == "actor" for e in acts for k, r in e), acts


def test_who_imposes_sanctions_acts(tmp_path):
    acts = event_parts(tmp_path, "The European Union imposed sanctions on Korvania on Monday.", "RegulatoryAction")
    assert any(("European Union", "actor") in e for e in acts), acts
