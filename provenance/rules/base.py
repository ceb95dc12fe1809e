"""What a rule is, what it yields, and the registry every rule is declared in."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..findings import Severity
from ..graph import Entry, Graph
from ..model import Agent, Claim, Source

AnyEntry = Entry[Agent] | Entry[Source] | Entry[Claim]
Check = Callable[[Graph], Iterable["Hit"]]


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found: the object and what is wrong. The engine adds where and how severe."""

    entry: AnyEntry
    message: str
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Check


RULES: dict[str, Rule] = {}
"""Every rule, by code, in code order once all rule modules are imported."""

DOC_HEADINGS = ("## Why it matters", "## Fails", "## Passes", "## How to fix")


def rule(code: str, name: str, severity: Severity) -> Callable[[Check], Check]:
    """Declare a rule. The function's docstring is its catalogue entry: a one-line
    summary, then the sections of :data:`DOC_HEADINGS`."""

    def register(check: Check) -> Check:
        doc = inspect.cleandoc(check.__doc__ or "")
        summary, _, body = doc.partition("\n")
        if code in RULES:
            raise RuntimeError(f"rule {code} declared twice")
        RULES[code] = Rule(code, name, severity, summary.strip(), body.strip(), check)
        return check

    return register


def markdown_table(rules: dict[str, Rule]) -> str:
    """The rule catalogue as a Markdown table (the README's copy is checked against it)."""
    rows = ["| code | name | default | flags |", "|---|---|---|---|"]
    rows += [f"| {r.code} | {r.name} | {r.severity} | {r.summary} |" for r in rules.values()]
    return "\n".join(rows) + "\n"
