"""The canonical JSON: one dossier holding the whole graph, in a deterministic order.

Objects are sorted by id within agents, sources and claims; keys follow the
contract's field order; empty and absent fields are left out. The same graph
always gives the same bytes, so diffs in CI show real changes only, and
``load -> export -> load -> export`` is stable.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..graph import Entry, Graph


def to_dict(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    return {
        "agents": _dump(graph.agents),
        "sources": _dump(graph.sources),
        "claims": _dump(graph.claims),
    }


def to_json(graph: Graph) -> str:
    """The graph as canonical JSON text (UTF-8, two-space indent, trailing newline)."""
    return json.dumps(to_dict(graph), ensure_ascii=False, indent=2) + "\n"


def to_jsonl(graph: Graph) -> str:
    """The graph as canonical JSON Lines: one object per line, tagged with its `type`."""
    lines = [
        json.dumps({"type": kind[:-1], **item}, ensure_ascii=False)
        for kind, items in to_dict(graph).items()
        for item in items
    ]
    return "".join(line + "\n" for line in lines)


def _dump(entries: Sequence[Entry[Any]]) -> list[dict[str, Any]]:
    # sorted() is stable: duplicate ids keep their file order and both are exported.
    ordered = sorted(entries, key=lambda entry: entry.id)
    return [entry.obj.model_dump(mode="json", exclude_defaults=True) for entry in ordered]
