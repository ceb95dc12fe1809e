"""`-o PATH` that cannot be written is the user's mistake: one line, exit 2, nothing written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

from ..conftest import SEED

runner = CliRunner()


def _refused(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"provenance: error: {message}\n"


def test_export_into_a_missing_directory(tmp_path: Path) -> None:
    out = (tmp_path / "missing" / "seed.json").as_posix()
    _refused(
        ["export", str(SEED), "-o", out],
        f"cannot write {out}: directory {(tmp_path / 'missing').as_posix()} does not exist",
    )
    assert os.listdir(tmp_path) == []


def test_export_onto_a_directory(tmp_path: Path) -> None:
    (tmp_path / "exports").mkdir()
    out = (tmp_path / "exports").as_posix()
    _refused(["export", str(SEED), "-o", out], f"cannot write {out}: it is a directory")
    assert os.listdir(tmp_path / "exports") == []  # no temporary file left behind either


def test_export_below_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a directory")
    out = (tmp_path / "notes.txt" / "seed.json").as_posix()
    _refused(["export", str(SEED), "-o", out], f"cannot write {out}: Not a directory")


def test_export_into_a_directory_nobody_may_write(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # Root may write into any directory it made read-only, but not sysfs.
        locked = Path("/sys")
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    before = os.listdir(locked)
    out = (locked / "seed.json").as_posix()
    _refused(["export", str(SEED), "-o", out], f"cannot write {out}: Permission denied")
    assert os.listdir(locked) == before


def test_schema_into_a_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "schemas").write_text("not a directory")
    out = (tmp_path / "schemas").as_posix()
    _refused(["schema", "-o", out], f"cannot write {out}: it exists and is not a directory")


def test_db_export_into_a_missing_directory(tmp_path: Path) -> None:
    db = f"sqlite:///{(tmp_path / 'store.db').as_posix()}"
    assert runner.invoke(app, ["db", "init", "--db", db]).exit_code == 0
    out = (tmp_path / "missing" / "store.json").as_posix()
    _refused(
        ["db", "export", "--db", db, "-o", out],
        f"cannot write {out}: directory {(tmp_path / 'missing').as_posix()} does not exist",
    )


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_an_export_file_gets_ordinary_permissions_not_private_ones(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fresh, kept = tmp_path / "fresh.json", tmp_path / "kept.json"
        kept.write_text("previous export")
        kept.chmod(0o640)
        for out in fresh, kept:
            assert runner.invoke(app, ["export", str(SEED), "-o", str(out)]).exit_code == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    finally:
        os.umask(umask)
