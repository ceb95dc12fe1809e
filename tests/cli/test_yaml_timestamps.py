"""Moments written as YAML 1.1 timestamps are EDTF date-times in another spelling: accepted,
and exported in EDTF's one form. (Those EDTF cannot hold are refused with what to write
instead: see tests/bad_inputs/fractional-seconds.yaml and time-without-seconds.yaml.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

runner = CliRunner()

DOSSIER = """agents:
  - id: anne-patterson
    name: Anne Patterson
    kind: person
sources:
  - id: us-cable-2009-02-19
    kind: diplomatic_cable
    authors: [anne-patterson]
    published: {published}
"""


@pytest.mark.parametrize(
    ("written", "edtf"),
    [
        ("2009-02-19 08:30:00", "2009-02-19T08:30:00"),  # a space for the T
        ("2009-02-19t08:30:00Z", "2009-02-19T08:30:00Z"),  # a lowercase t
        ("2009-02-19T08:30:00+05:30", "2009-02-19T08:30:00+05:30"),  # already EDTF
        ("2009-02-19 08:30:00 +05:30", "2009-02-19T08:30:00+05:30"),  # a space before the offset
        ("2009-02-19 8:30:00 -5", "2009-02-19T08:30:00-05:00"),  # one-digit hour and offset
        ("2009-02-19T08:30:00.000Z", "2009-02-19T08:30:00Z"),  # a fraction that is zero
        ('"2009-02-19T08:30:00+0530"', "2009-02-19T08:30:00+05:30"),  # ISO basic offset
    ],
)
def test_a_yaml_timestamp_is_accepted_and_exported_as_edtf(
    write_dossier: Callable[..., Path], written: str, edtf: str
) -> None:
    dossier = write_dossier(DOSSIER.format(published=written))

    checked = runner.invoke(app, ["validate", str(dossier)])
    exported = runner.invoke(app, ["export", str(dossier)])

    assert checked.exit_code == 0, checked.output
    assert exported.exit_code == 0, exported.output
    [source] = json.loads(exported.stdout)["sources"]
    assert source["published"] == edtf
