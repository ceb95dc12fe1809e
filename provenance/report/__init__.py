"""Reports: text for people and editors, JSON for CI tooling, and the formats CI systems
read natively (SARIF, GitHub workflow commands, JUnit XML). Pure string builders."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from ..findings import Report
from ..graph import Graph
from .github import as_github
from .json_ import as_json
from .junit import as_junit
from .sarif import as_sarif
from .text import as_text, summary_line


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"


class Renderer(Protocol):
    """A report as text.

    ``graph`` is what was validated. Only JUnit needs it, to list the objects that
    passed: a Report holds findings and counts, not every object, and it stays that
    way because its JSON is a CI contract. The graph is optional so that a report on
    its own can still be rendered (JUnit then lists only the objects with findings).
    """

    def __call__(self, report: Report, graph: Graph | None = None, /) -> str: ...


RENDERERS: dict[ReportFormat, Renderer] = {
    ReportFormat.text: as_text,
    ReportFormat.json: as_json,
    ReportFormat.sarif: as_sarif,
    ReportFormat.github: as_github,
    ReportFormat.junit: as_junit,
}

__all__ = [
    "RENDERERS",
    "Renderer",
    "ReportFormat",
    "as_github",
    "as_json",
    "as_junit",
    "as_sarif",
    "as_text",
    "summary_line",
]
