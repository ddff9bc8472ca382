"""A U.S. national bank's legal form after a comma ("Harbor Bank, N.A.", "Redwood Bank, National
Association") is part of the bank's name, as ", Inc." is a firm's, never a firm or place of its own
that an enforcement action then targets. Sentences written for these tests."""

from __future__ import annotations

import pytest

from helpers import entity_types


@pytest.mark.parametrize("text, bank", [
    ("The Bureau filed suit against Harbor Bank, N.A. (Harbor), a national bank based in Ohio.", "Harbor Bank"),
    ("The OCC fined Lakeview Trust Bank, N.A. for lapses in its checks.", "Lakeview Trust Bank"),
    ("The agency said Redwood Bank, National Association, misled its customers.", "Redwood Bank"),
])
def test_a_national_banks_legal_form_is_no_entity(nlp, text, bank):
    found = entity_types(nlp, text)
    assert found.get(bank) == "Company"
    assert not any(name in ("N.A.", "National Association") for name in found)


def test_a_firms_legal_form_still_belongs_to_it(nlp):
    found = entity_types(nlp, "Regulators fined Tarnwell Holdings, Inc. on Monday.")
    assert "Inc." not in found
    assert any(name.startswith("Tarnwell") for name in found)
