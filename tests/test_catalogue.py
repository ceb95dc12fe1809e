"""Every rule is complete: a kebab name, a one-line summary, a doc with the fixed
headings, a defect fixture that triggers it, and a scenario in the living specs."""

from __future__ import annotations

import re

import pytest

from provenance import RULES
from provenance.rules import DOC_HEADINGS

from .conftest import DEFECTS, ROOT

FEATURES = "\n".join(p.read_text() for p in sorted((ROOT / "features").glob("*.feature")))


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_fully_documented(code: str) -> None:
    rule = RULES[code]
    assert re.fullmatch(r"PV\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert rule.summary.endswith(".") and "\n" not in rule.summary
    positions = [rule.doc.find(heading) for heading in DOC_HEADINGS]
    assert -1 not in positions, f"{code} doc lacks one of {DOC_HEADINGS}"
    assert positions == sorted(positions), f"{code} doc headings are out of order"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_a_defect_fixture(code: str) -> None:
    assert list(DEFECTS.glob(f"{code}-*.yaml")), f"no fixtures/defects/{code}-*.yaml"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_a_living_spec(code: str) -> None:
    assert code in FEATURES, f"no scenario in features/ mentions {code}"
