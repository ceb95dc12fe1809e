"""The text report: one compiler-shaped line per finding, then a summary line."""

from __future__ import annotations

from ..display import one_line
from ..findings import Report
from ..graph import Graph


def as_text(report: Report, graph: Graph | None = None) -> str:
    """``file:line: CODE [severity] message (kind id)`` per finding, then a summary line."""
    # A title or a misquoted passage may hold a newline; escaped, each finding stays one line.
    lines = [
        f"{one_line(f.file)}:{f.line}: {f.code} [{f.severity}] {one_line(f.message)} "
        f"({f.object.kind} {one_line(f.object.id)})"
        for f in report.findings
    ]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def summary_line(report: Report) -> str:
    """``1 file, 2 agents, ...: 0 errors, 1 warning, 0 infos``: shared by the CI-log formats."""
    s = report.summary
    line = (
        f"{_count(s.files, 'file')}, {_count(s.agents, 'agent')}, {_count(s.sources, 'source')}, "
        f"{_count(s.claims, 'claim')}: {_count(s.errors, 'error')}, "
        f"{_count(s.warnings, 'warning')}, {_count(s.infos, 'info')}"
    )
    # Silenced findings are counted where everyone looks, so none disappears unnoticed.
    return line + (f", {s.suppressed} suppressed" if s.suppressed else "")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
