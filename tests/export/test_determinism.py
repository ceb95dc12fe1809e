"""Every export is the same bytes for the same graph: across runs, processes and record order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from provenance import EXPORTERS, ExportFormat, Graph, export, load

from ..conftest import ROOT, SEED
from .conftest import shuffled_seed

FORMATS = [f for f in ExportFormat if f not in (ExportFormat.json, ExportFormat.jsonl)]


@pytest.mark.parametrize("fmt", FORMATS, ids=str)
def test_same_bytes_whatever_order_the_records_were_written_in(
    fmt: ExportFormat, seed: Graph, tmp_path: Path
) -> None:
    first = export(seed, fmt)
    assert export(seed, fmt) == first
    for order in (1, 7):
        directory = tmp_path / str(order)
        directory.mkdir()
        assert export(load([shuffled_seed(directory, order)]), fmt) == first


def test_same_bytes_in_another_process_with_other_string_hashes(seed: Graph) -> None:
    script = (
        "import json, sys\n"
        "from provenance import export, load, ExportFormat\n"
        "graph = load([sys.argv[1]])\n"
        "print(json.dumps({f.value: export(graph, f) for f in ExportFormat}))\n"
    )
    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        run = subprocess.run(
            [sys.executable, "-c", script, str(SEED)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=ROOT,
        )
        outputs.append(json.loads(run.stdout))
    assert outputs[0] == outputs[1] == {f.value: export(seed, f) for f in ExportFormat}


def test_every_format_is_registered_and_reachable_from_the_cli() -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    assert set(EXPORTERS) == set(ExportFormat)
    for fmt in FORMATS:
        result = CliRunner().invoke(app, ["export", str(SEED), "--format", fmt.value])
        assert result.exit_code == 0, result.output
        assert result.stdout == export(load([SEED]), fmt)


@pytest.mark.parametrize("fmt", FORMATS, ids=str)
def test_nothing_is_made_up_for_missing_data(fmt: ExportFormat, write_dossier: Any) -> None:
    path = write_dossier(
        "agents: [{id: someone, name: Someone}]\n"
        "sources: [{id: leaflet, title: A leaflet}]\n"
        "claims: [{id: c, text: Something happened., speaker: someone, source: leaflet}]\n"
    )
    text = export(load([path]), fmt)
    for invented in ("Unknown", "unknown", "None", "null", "publisher", "published-by"):
        assert invented not in text, f"{fmt} says {invented!r} of a source that names no publisher"
