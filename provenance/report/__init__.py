"""Reports as text for people and editors, JSON for CI tooling. Pure string builders."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ..findings import Report


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


def as_text(report: Report) -> str:
    """``file:line: CODE [severity] message (kind id)`` per finding, then a summary line."""
    lines = [
        f"{f.file}:{f.line}: {f.code} [{f.severity}] {f.message} ({f.object.kind} {f.object.id})"
        for f in report.findings
    ]
    s = report.summary
    lines.append(
        f"{_count(s.files, 'file')}, {_count(s.agents, 'agent')}, {_count(s.sources, 'source')}, "
        f"{_count(s.claims, 'claim')}: {_count(s.errors, 'error')}, "
        f"{_count(s.warnings, 'warning')}, {_count(s.infos, 'info')}"
    )
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


RENDERERS: dict[ReportFormat, Callable[[Report], str]] = {
    ReportFormat.text: as_text,
    ReportFormat.json: as_json,
}
