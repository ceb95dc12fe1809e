"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

from ..display import displayable
from ..findings import Finding, Report, Severity
from ..graph import Graph
from .text import summary_line

COMMAND = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def as_github(report: Report, graph: Graph | None = None) -> str:
    """``::error file=F,line=N,title=CODE rule::message (kind id)`` per finding, then the
    text report's summary line, so the log reads the same as a plain run's."""
    lines = [_command(f) for f in report.findings]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _command(f: Finding) -> str:
    properties = [("file", f.file)]
    if f.line is not None:
        properties.append(("line", str(f.line)))
    properties.append(("title", f"{f.code} {f.rule}"))
    listed = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    data = escape_data(f"{f.message} ({f.object.kind} {f.object.id})")
    return f"::{COMMAND[f.severity]} {listed}::{data}"


def escape_data(value: str) -> str:
    # The runner reads a command to the end of the line, so a newline in a message
    # would end the annotation there; "%" goes first so the escapes are not escaped again.
    # A file name that is not UTF-8 shows its odd bytes as \xff (the log is UTF-8).
    value = displayable(value)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    # ":" ends the property list and "," separates properties, so a path or title holding
    # either would be cut short or split.
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
