from __future__ import annotations

from pathlib import Path

import pytest

from provenance import InputError, Severity, load, validate
from provenance.config import Settings
from provenance.config import load as load_settings

from ..conftest import SEED


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()


def test_nearest_pyproject_with_a_provenance_table_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.provenance]\nfail-on = "info"\n')
    write(tmp_path / "desk" / "pyproject.toml", "[project]\nname = 'desk'\n")  # passed over
    settings = load_settings(tmp_path / "desk" / "dossiers")
    assert settings.fail_on is Severity.info
    assert settings.file == (tmp_path / "pyproject.toml").resolve().as_posix()


def test_provenance_toml_holds_settings_at_top_level(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.provenance]\nfail-on = "info"\n')
    write(
        tmp_path / "sub" / "provenance.toml", 'ignore = ["PV008"]\nseverity = {pv009 = "error"}\n'
    )
    settings = load_settings(tmp_path / "sub")
    assert settings.ignore == ("PV008",)
    assert settings.severity == {"PV009": Severity.error}
    assert settings.fail_on is Severity.error


def test_flags_override_the_file() -> None:
    base = Settings(select=("PV0",), ignore=("PV008",), fail_on=Severity.warning)
    assert base.override(ignore=["PV009"]).ignore == ("PV009",)
    assert base.override(ignore=None).ignore == ("PV008",)
    assert base.override(fail_on=Severity.error).fail_on is Severity.error
    assert base.override().select == ("PV0",)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('selct = ["PV001"]', "pyproject.toml:2: selct: unknown setting"),
        ('fail-on = "fatal"', "pyproject.toml:2: fail-on: expected error, warning or info"),
        ('severity = {PV999 = "error"}', "severity: unknown rule code 'PV999'"),
        ('severity = {PV009 = "loud"}', "severity: PV009: expected error, warning or info"),
        ('ignore = "PV008"', "ignore: expected a list of rule codes"),
    ],
)
def test_bad_settings_are_input_errors_naming_file_line_and_key(
    tmp_path: Path, table: str, message: str
) -> None:
    write(tmp_path / "pyproject.toml", f"[tool.provenance]\n{table}\n")
    with pytest.raises(InputError) as error:
        load_settings(tmp_path)
    assert message in str(error.value)


def test_malformed_toml_is_an_input_error(tmp_path: Path) -> None:
    write(tmp_path / "provenance.toml", "select = [\n")
    with pytest.raises(InputError, match="invalid TOML"):
        load_settings(tmp_path)


def test_severity_override_changes_the_report_and_the_exit_code() -> None:
    graph = load([SEED])
    assert validate(graph).exit_code() == 0
    strict = validate(graph, severity={"PV010": Severity.error})
    assert [(f.code, f.severity) for f in strict.findings if f.code == "PV010"] == [
        ("PV010", Severity.error)
    ]
    assert strict.exit_code() == 1


def test_noqa_moves_a_finding_to_suppressed_with_its_reason(tmp_path: Path) -> None:
    dossier = (SEED / "dossier.yaml").read_text()
    dossier = dossier.replace(
        "    title: recent media reports\n",
        "    title: recent media reports\n    noqa: ['PV009: the cable names no outlet', PV007]\n",
    )
    write(tmp_path / "dossier.yaml", dossier)
    (tmp_path / "article.txt").write_bytes((SEED / "article.txt").read_bytes())
    report = validate(load([tmp_path]))
    assert ("PV009", "recent-media-reports-2009") not in {
        (f.code, f.object.id) for f in report.findings
    }
    assert [(s.finding.code, s.reason) for s in report.suppressed] == [
        ("PV007", None),
        ("PV009", "the cable names no outlet"),
    ]
    assert report.summary.suppressed == 2


def test_noqa_entries_must_start_with_a_rule_code(tmp_path: Path) -> None:
    path = write(tmp_path / "d.yaml", "claims:\n  - {id: c, text: x, noqa: [because]}\n")
    with pytest.raises(InputError, match=r"d.yaml:2: claims\[0\].noqa\[0\]: 'because' is not"):
        load([path])
