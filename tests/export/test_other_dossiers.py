"""Dossiers other than the seed, flawed ones included, export through the same checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import ExportFormat, export, load

from ..conftest import DEFECTS, REVIEWED
from . import test_claimreview, test_csl, test_prov

DOSSIERS = [*sorted(DEFECTS.glob("*.yaml")), REVIEWED / "dossier.yaml"]
"""The one-defect fixtures, and the reviewed demo (its ClaimReviews go through the same checks)."""


@pytest.mark.parametrize(
    "path", DOSSIERS, ids=lambda p: p.parent.name if p.stem == "dossier" else p.stem
)
def test_every_format_exports_a_flawed_dossier(path: Path) -> None:
    graph = load([path])
    for fmt in ExportFormat:
        assert export(graph, fmt).endswith("\n")


@pytest.mark.parametrize(
    "path", DOSSIERS, ids=lambda p: p.parent.name if p.stem == "dossier" else p.stem
)
def test_its_claimreview_prov_and_csl_pass_the_readers_checks(path: Path) -> None:
    graph = load([path])
    test_claimreview.check_jsonld(json.loads(export(graph, "claimreview")))
    prov_json = export(graph, "prov-json")
    test_prov.test_the_prov_json_is_valid_against_the_schema_shipped_with_prov(prov_json)
    test_prov.read(prov_json)
    items = json.loads(export(graph, "csl-json"))
    test_csl.check_csl(items)
