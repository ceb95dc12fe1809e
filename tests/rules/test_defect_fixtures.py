"""Each file under fixtures/defects/ declares the findings it must give, as
``# expect: CODE kind id line N`` comments, and must give exactly those."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance import load, validate

from ..conftest import DEFECTS, ROOT

EXPECT = re.compile(r"^# expect: (PV\d{3}) (agent|source|claim) (\S+) line (\d+)$", re.M)
CASES = sorted(DEFECTS.glob("*.yaml"))


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_defect_fixture_gives_exactly_its_findings(
    case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    relative = case.relative_to(ROOT).as_posix()
    expected = {
        (code, kind, id_, relative, int(line))
        for code, kind, id_, line in EXPECT.findall(case.read_text())
    }
    assert expected, f"{case.name} declares no `# expect:` line"

    report = validate(load([relative]))

    found = {(f.code, f.object.kind, f.object.id, f.file, f.line) for f in report.findings}
    assert found == expected


def test_every_rule_code_in_a_defect_name_is_what_it_expects() -> None:
    for case in CASES:
        codes = set(EXPECT_CODES.findall(case.read_text()))
        assert codes == {case.name[:5]}, case.name


EXPECT_CODES = re.compile(r"^# expect: (PV\d{3})", re.M)
