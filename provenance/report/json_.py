"""The JSON report: the CI contract of ``schemas/report.schema.json``, nothing more."""

from __future__ import annotations

from ..findings import Report
from ..graph import Graph


def as_json(report: Report, graph: Graph | None = None) -> str:
    return report.model_dump_json(indent=2) + "\n"
