"""Run the selected rules over a graph and collect a sorted report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .collector import collector_paused
from .errors import UsageError
from .findings import Finding, ObjectRef, Report, Severity, Summary, Suppressed
from .graph import Graph
from .progress import SILENT, Progress
from .rules import RULES, Rule


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with one of ``select`` (all when empty), minus ``ignore``.

    Prefixes work as in linters: ``PV00`` selects PV001-PV009.
    """
    select, ignore = [s.upper() for s in select], [s.upper() for s in ignore]
    for code in (*select, *ignore):
        if not any(known.startswith(code) for known in RULES):
            raise UsageError(f"unknown rule code '{code}' (see `provenance rules`)")
    return [
        rule
        for code, rule in sorted(RULES.items())
        if (not select or code.startswith(tuple(select))) and not code.startswith(tuple(ignore))
    ]


def run(
    graph: Graph,
    rules: Iterable[Rule] | None = None,
    severity: Mapping[str, Severity] | None = None,
    progress: Progress = SILENT,
) -> Report:
    """Validate ``graph`` with ``rules`` (default: all) and return the report.

    ``severity`` overrides rules' default severities by code. Findings on an
    object whose ``noqa`` names their code are moved to ``Report.suppressed``.
    ``progress`` hears of one "checking" phase, a step per rule.
    """
    overrides = severity or {}
    chosen = list(RULES.values() if rules is None else rules)
    progress.start("checking", len(chosen))
    with collector_paused():
        findings, suppressed = _check(graph, chosen, overrides, progress)
    findings.sort(key=Finding.sort_key)
    suppressed.sort(key=lambda s: s.finding.sort_key())
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    summary = Summary(
        files=len(graph.files),
        agents=len(graph.agents),
        sources=len(graph.sources),
        claims=len(graph.claims),
        errors=counts[Severity.error],
        warnings=counts[Severity.warning],
        infos=counts[Severity.info],
        suppressed=len(suppressed),
    )
    return Report(findings=tuple(findings), summary=summary, suppressed=tuple(suppressed))


def _check(
    graph: Graph, rules: list[Rule], overrides: Mapping[str, Severity], progress: Progress
) -> tuple[list[Finding], list[Suppressed]]:
    findings: list[Finding] = []
    suppressed: list[Suppressed] = []
    for rule in rules:
        for hit in rule.check(graph):
            finding = Finding(
                code=rule.code,
                rule=rule.name,
                severity=overrides.get(rule.code, rule.severity),
                message=hit.message,
                object=ObjectRef(kind=hit.entry.kind, id=hit.entry.id),
                file=hit.entry.origin.file,
                line=hit.entry.origin.line,
                hint=hit.hint,
            )
            silenced = suppressions(hit.entry.obj.noqa)
            if rule.code in silenced:
                suppressed.append(Suppressed(finding=finding, reason=silenced[rule.code]))
            else:
                findings.append(finding)
        progress.advance()
    return findings, suppressed


def suppressions(noqa: Iterable[str]) -> dict[str, str | None]:
    """``["PV009: no outlet named"]`` -> ``{"PV009": "no outlet named"}``."""
    silenced: dict[str, str | None] = {}
    for entry in noqa:
        code, _, reason = entry.partition(":")
        silenced[code.strip()] = reason.strip() or None
    return silenced
