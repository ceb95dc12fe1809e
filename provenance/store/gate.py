"""Which findings an import brings into the store, and so whether it may proceed.

The store is one graph, as a directory of dossiers is: an imported dossier
is validated together with every other dossier already stored. References
to agents and sources stored earlier resolve; an id another stored dossier
already uses is a duplicate (PV004); a change that breaks a stored claim (a
removed agent its speaker named) counts against the import that made it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..findings import Finding, Report, Severity, Summary
from ..graph import Entry, Graph, Kind
from ..rules import Rule
from ..validate import run
from .stored_graph import StoredGraph

_KIND_RANK: dict[Kind, int] = {"agent": 0, "source": 1, "claim": 2}


def admit(
    incoming: Graph,
    stored: StoredGraph | None,
    texts: Mapping[str, str],
    rules: Sequence[Rule] | None = None,
    severity: Mapping[str, Severity] | None = None,
) -> Report:
    """The findings on ``incoming`` validated with the rest of the store, plus the
    findings it newly causes on other stored objects.

    ``stored`` is the store before the import (None when it holds no other
    dossier); ``texts`` the text files of incoming sources, by source id.
    ``rules`` and ``severity`` are as for :func:`provenance.validate.run`.
    The import may proceed when the report has no error.
    """
    files = set(incoming.files)
    if stored is None:
        after = run(incoming, rules, severity)
        findings = list(after.findings)
    else:
        merged = StoredGraph(stored_texts={**stored.stored_texts, **texts})
        for entry in load_order(stored):
            if entry.origin.file not in files:
                merged.add(entry)
        for entry in load_order(incoming):
            merged.add(entry)
        merged.files = (*(f for f in stored.files if f not in files), *incoming.files)
        before = {_key(f) for f in run(stored, rules, severity).findings if f.file not in files}
        after = run(merged, rules, severity)
        findings = [f for f in after.findings if f.file in files or _key(f) not in before]
    counts = {severity: sum(f.severity is severity for f in findings) for severity in Severity}
    return Report(
        findings=tuple(findings),
        summary=Summary(
            files=len(incoming.files),
            agents=len(incoming.agents),
            sources=len(incoming.sources),
            claims=len(incoming.claims),
            errors=counts[Severity.error],
            warnings=counts[Severity.warning],
            infos=counts[Severity.info],
            suppressed=sum(s.finding.file in files for s in after.suppressed),
        ),
        suppressed=tuple(s for s in after.suppressed if s.finding.file in files),
    )


def load_order(graph: Graph) -> list[Entry[Any]]:
    """Entries as ``load`` adds them: file by file, agents, sources then claims.

    The order decides which of two objects sharing an id a lookup finds, and so
    which one PV004 reports as the duplicate.
    """
    rank = {file: i for i, file in enumerate(graph.files)}
    return sorted(
        graph.entries(), key=lambda e: (rank.get(e.origin.file, len(rank)), _KIND_RANK[e.kind])
    )


def _key(finding: Finding) -> tuple[str, str, str, str]:
    return (finding.code, finding.object.kind, finding.object.id, finding.message)
