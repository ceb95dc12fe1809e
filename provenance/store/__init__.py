"""The store: dossiers in a database (SQLite by default, PostgreSQL for a shared desk).

    from provenance.store import opened, upgrade, import_dossiers, read_graph
    with opened("sqlite:///provenance.db", must_exist=False) as engine:
        upgrade(engine)
        import_dossiers(engine, ["fixtures/ndtv-kayani-2011"])
        graph = read_graph(engine)     # what provenance.load gives for the same files

The core (model, load, rules, exports) knows nothing of this package.
"""

from __future__ import annotations

from .db import DEFAULT_URL, ENV_VAR, StoreError, create, describe, opened, resolve_url
from .io import ImportResult, import_dossiers, read_graph, trace_graph
from .migrate import head, upgrade
from .search import ClaimFilter, find_claims, window_date
from .stored_graph import StoredGraph

__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "ClaimFilter",
    "ImportResult",
    "StoreError",
    "StoredGraph",
    "create",
    "describe",
    "find_claims",
    "head",
    "import_dossiers",
    "opened",
    "read_graph",
    "resolve_url",
    "trace_graph",
    "upgrade",
    "window_date",
]
