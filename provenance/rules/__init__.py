"""The rule catalogue. Importing this package registers every rule in :data:`RULES`."""

from __future__ import annotations

from . import attribution, chronology, cycles, quotes, references, sources
from .base import DOC_HEADINGS, RULES, Hit, Rule, markdown_table

# Registration follows import order; the catalogue reads in code order.
for _code in sorted(RULES):
    RULES[_code] = RULES.pop(_code)

__all__ = [
    "DOC_HEADINGS",
    "RULES",
    "Hit",
    "Rule",
    "attribution",
    "chronology",
    "cycles",
    "markdown_table",
    "quotes",
    "references",
    "sources",
]
