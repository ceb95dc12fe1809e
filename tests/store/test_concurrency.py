"""Two imports at once on one database: both succeed, one after the other, never interleaved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine

from provenance import export, load
from provenance.store import read_graph

from .conftest import counts


def dossier(path: Path, prefix: str, claims: int) -> Path:
    lines = ["agents:", f"  - {{id: {prefix}-speaker, name: Speaker {prefix}}}", "sources:"]
    lines.append(f"  - {{id: {prefix}-source, title: Source {prefix}, publisher: {prefix}-speaker,")
    lines.append("     published: 2020-01-01}")
    lines.append("claims:")
    lines.extend(
        f"  - {{id: {prefix}-{i}, text: Claim {i} of {prefix}, speaker: {prefix}-speaker, "
        f"source: {prefix}-source, date: 2020-01-01, tags: [t{i % 7}]}}"
        for i in range(claims)
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_concurrent_imports_both_succeed(engine: Engine, db_url: str, tmp_path: Path) -> None:
    first = dossier(tmp_path / "first.yaml", "first", 2000)
    second = dossier(tmp_path / "second.yaml", "second", 2000)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "provenance", "db", "import", str(path), "--db", db_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in (first, second)
    ]
    for run in runs:
        stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr
        assert "2002 added" in stdout
    assert counts(engine)["claims"] == 4000
    assert export(read_graph(engine)) == export(load([first, second]))
