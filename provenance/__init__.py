"""provenance: who said it, in which document, when, published by whom, through which chain.

The library is the product; the CLI is a thin face over these calls::

    from provenance import load, validate, export
    graph = load(["fixtures/ndtv-kayani-2011"])
    report = validate(graph)
    print(report.summary, export(graph))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .errors import InputError, ProvenanceError, UsageError
from .export import EXPORTERS, ExportFormat
from .findings import Finding, ObjectRef, Report, Severity, Summary
from .graph import Graph
from .load import load
from .progress import SILENT, Progress
from .rules import RULES, Rule
from .trace import trace
from .validate import run, select_rules

__version__ = "0.1.0"


def validate(
    graph: Graph,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
    progress: Progress = SILENT,
) -> Report:
    """Run the rules (all, or those selected by code prefix) over a loaded graph.

    ``severity`` maps rule codes to the severity to report them at; ``progress``
    hears of each rule done.

    :raises UsageError: a selected or ignored code matches no rule.
    """
    return run(graph, select_rules(select, ignore), severity, progress)


def export(graph: Graph, format: ExportFormat | str = ExportFormat.json) -> str:
    """The graph in an export format (default: canonical JSON)."""
    return EXPORTERS[ExportFormat(format)](graph)


__all__ = [
    "RULES",
    "ExportFormat",
    "Finding",
    "Graph",
    "InputError",
    "ObjectRef",
    "ProvenanceError",
    "Report",
    "Rule",
    "Severity",
    "Summary",
    "UsageError",
    "export",
    "load",
    "trace",
    "validate",
]
