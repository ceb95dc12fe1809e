"""Dossiers into the store and graphs out of it, each in one transaction.

Identity is the object id, per kind: importing a dossier again leaves its
unchanged objects untouched (same rows, same timestamps), rewrites the
changed ones in place (same id, same ``created_at``, new ``updated_at``),
adds the new ones and removes those the file no longer defines. A file is
known by its path as given on the command line, which is also the ``file``
that findings report.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy import update as sql_update

from ..collector import collector_paused
from ..errors import InputError
from ..findings import Report, Severity
from ..graph import KINDS, Entry, Graph, Kind, Origin, T
from ..load import load
from ..model import Agent, Claim, Source
from ..progress import SILENT, Progress
from ..validate import select_rules
from .db import transaction
from .gate import admit
from .mapping import ObjectRows, agent_from, claim_from, kind_rows, source_from
from .migrate import check
from .stored_graph import StoredGraph
from .tables import CHILD_TABLES, DOSSIERS, OBJECT_TABLES

CHUNK = 500
"""Ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits."""
INSERT_CHUNK = 10_000
"""Rows sent in one executemany: bounded memory, and still few round trips."""


@dataclass(frozen=True)
class ImportResult:
    """What an import found and did. ``applied`` is False when findings stopped it."""

    report: Report
    applied: bool
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0


def import_dossiers(
    engine: Engine,
    paths: Iterable[str | os.PathLike[str]],
    *,
    allow_findings: bool = False,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
    progress: Progress = SILENT,
) -> ImportResult:
    """Load dossiers and write them to the store, in one transaction.

    Nothing changes when a file cannot be loaded, or when the import would
    bring error findings into the store (see :func:`gate.admit`) and
    ``allow_findings`` is not set. ``select``, ``ignore`` and ``severity``
    choose the rules as for :func:`provenance.validate`. ``progress`` hears of
    the loading, then of writing each kind of object.

    :raises InputError: a file cannot be loaded, or defines one id twice, or (found
        while writing, and then nothing is written) holds a value the store cannot:
        a NUL character, or an offset past what a BIGINT column holds.
    :raises UsageError: a selected or ignored code matches no rule.
    :raises StoreError: the store is not initialised, or is at another schema revision.
    """
    rules = select_rules(select, ignore)
    incoming = load(paths, progress)
    _refuse_duplicates(incoming)
    texts = _text_files(incoming)
    with transaction(engine, write=True) as connection:
        check(connection)
        # Other dossiers in the store take part in validation (their agents
        # resolve references, their ids clash); without any, skip reading them.
        stored = read_graph_in(connection) if _others(connection, incoming.files) else None
        report = admit(incoming, stored, texts, rules, severity)
        if report.summary.errors and not allow_findings:
            return ImportResult(report, applied=False)
        # Rows are made as they are written; an unstorable value (InputError) found
        # on the way rolls the whole import back.
        counts = _write(connection, incoming, texts, progress)
    return ImportResult(report, applied=True, **counts)


def _others(connection: Connection, files: Sequence[str]) -> bool:
    """Whether the store holds a dossier other than ``files``."""
    known = set(connection.execute(select(DOSSIERS.c.path)).scalars())
    return bool(known - set(files))


def _refuse_duplicates(graph: Graph) -> None:
    # Two objects of one kind under one id cannot both be stored under that id.
    # Validation calls this PV004; here it is unreadable input, even with
    # --allow-findings, since storing one would silently drop the other.
    first: dict[tuple[Kind, str], Origin] = {}
    for entry in graph.entries():
        seen = first.setdefault((entry.kind, entry.id), entry.origin)
        if seen is not entry.origin:
            raise InputError(
                f"{entry.kind} id '{entry.id}' is defined twice "
                f"(first at {seen.file}:{seen.line}); the store holds one object per id: "
                "fix PV004 before importing",
                file=entry.origin.file,
                line=entry.origin.line,
            )


def _text_files(graph: Graph) -> dict[str, str]:
    texts: dict[str, str] = {}
    for entry in graph.sources:
        if entry.obj.text_file is not None:
            text = graph.text(entry.obj)
            if text is not None:
                texts[entry.id] = text
    return texts


def _write(
    connection: Connection,
    graph: Graph,
    texts: Mapping[str, str],
    progress: Progress = SILENT,
) -> dict[str, int]:
    now = dt.datetime.now(dt.UTC)
    files = graph.files
    _register(connection, files)
    counts: Counter[str] = Counter()
    progress.start("writing", len(OBJECT_TABLES))
    for kind in KINDS:
        table = OBJECT_TABLES[kind]
        ids = set(graph.ids(kind))
        stored = dict(_pairs(connection, table.c.id, table.c.digest, table.c.id, ids))
        stale = set(_values(connection, table.c.id, table.c.origin_file, files)) - ids
        _delete(connection, table, table.c.id, stale)  # their lists go with them (CASCADE)
        counts.update(removed=len(stale))
        rows = kind_rows(graph, kind, texts)
        while chunk := list(islice(rows, INSERT_CHUNK)):
            counts.update(_write_chunk(connection, kind, table, chunk, stored, now))
        progress.advance()
    return {key: counts[key] for key in ("added", "updated", "removed", "unchanged")}


def _write_chunk(
    connection: Connection,
    kind: str,
    table: Table,
    chunk: list[ObjectRows],
    stored: Mapping[str, str],
    now: dt.datetime,
) -> dict[str, int]:
    """Insert the new objects of ``chunk`` and rewrite the changed ones (``stored``: digests)."""
    new = [o for o in chunk if o.id not in stored]
    changed = [o for o in chunk if o.id in stored and stored[o.id] != o.digest]
    for child, key in CHILD_TABLES[kind]:
        _delete(connection, child, child.c[key], [o.id for o in changed])
    _insert(connection, table, ({**o.row, "created_at": now, "updated_at": now} for o in new))
    if changed:
        statement = sql_update(table).where(table.c.id == bindparam("match_id"))
        rows = [{**o.row, "updated_at": now, "match_id": o.id} for o in changed]
        for row in rows:
            del row["id"]
        connection.execute(statement, rows)
    for child, key in CHILD_TABLES[kind]:
        _insert(
            connection,
            child,
            ({key: o.id, **row} for o in (*new, *changed) for row in o.children[child.name]),
        )
    return {
        "added": len(new),
        "updated": len(changed),
        "unchanged": len(chunk) - len(new) - len(changed),
    }


def _register(connection: Connection, files: Sequence[str]) -> None:
    """Record new dossier files after those already known, in the order given."""
    known = set(_values(connection, DOSSIERS.c.path, DOSSIERS.c.path, files))
    last = connection.execute(select(func.max(DOSSIERS.c.seq))).scalar() or 0
    fresh = [path for path in files if path not in known]
    _insert(connection, DOSSIERS, [{"path": p, "seq": last + 1 + i} for i, p in enumerate(fresh)])


def _chunks(values: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def _values(
    connection: Connection, wanted: Column[Any], key: Column[Any], keys: Collection[str]
) -> Iterator[Any]:
    for chunk in _chunks(keys):
        yield from connection.execute(select(wanted).where(key.in_(chunk))).scalars()


def _pairs(
    connection: Connection,
    first: Column[Any],
    second: Column[Any],
    key: Column[Any],
    keys: Collection[str],
) -> Iterator[tuple[Any, Any]]:
    for chunk in _chunks(keys):
        for row in connection.execute(select(first, second).where(key.in_(chunk))):
            yield row[0], row[1]


def _delete(connection: Connection, table: Table, key: Column[Any], keys: Collection[str]) -> None:
    for chunk in _chunks(keys):
        connection.execute(delete(table).where(key.in_(chunk)))


def _insert(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    # An executemany per chunk (the drivers batch it further: insertmanyvalues on
    # PostgreSQL, a prepared statement on SQLite), so that a million claims'
    # parameter dictionaries never all exist at once.
    statement = insert(table)
    rows = iter(rows)
    while chunk := list(islice(rows, INSERT_CHUNK)):
        connection.execute(statement, chunk)


# --- the store -> a graph -----------------------------------------------------


def read_graph(engine: Engine) -> StoredGraph:
    """Everything in the store as a graph, as :func:`provenance.load` would give it.

    >>> export(read_graph(engine)) == export(load(["fixtures/ndtv-kayani-2011"]))  # doctest: +SKIP
    True
    """
    with transaction(engine) as connection:
        check(connection)
        return read_graph_in(connection)


def read_graph_in(connection: Connection, claim_ids: Collection[str] | None = None) -> StoredGraph:
    """The whole store, or (with ``claim_ids``) those claims and what they point at."""
    with collector_paused():  # rows and objects by the thousand, none in a cycle
        return _read_graph_in(connection, claim_ids)


def _read_graph_in(connection: Connection, claim_ids: Collection[str] | None) -> StoredGraph:
    seq = {row.path: row.seq for row in connection.execute(select(DOSSIERS))}
    if claim_ids is None:
        claims = _objects(connection, "claim", None)
        sources = _objects(connection, "source", None)
        agents = _objects(connection, "agent", None)
    else:
        claims = _claim_closure(connection, claim_ids)
        source_ids = {i for row, kids in claims for i in _claim_sources(row, kids)}
        sources = _objects(connection, "source", source_ids)
        agent_ids = {i for row, kids in claims for i in _claim_agents(row, kids)}
        agent_ids |= {i for row, kids in sources for i in _source_agents(row, kids)}
        agents = _objects(connection, "agent", agent_ids)
    built: list[tuple[tuple[int, int, int], Entry[Agent] | Entry[Source] | Entry[Claim]]] = []
    # Sorted as load() adds them: file by file, then agents, sources, claims.
    built.extend(
        ((seq[r["origin_file"]], 0, r["position"]), _entry(r, agent_from(r, k))) for r, k in agents
    )
    built.extend(
        ((seq[r["origin_file"]], 1, r["position"]), _entry(r, source_from(r, k)))
        for r, k in sources
    )
    built.extend(
        ((seq[r["origin_file"]], 2, r["position"]), _entry(r, claim_from(r, k))) for r, k in claims
    )
    graph = StoredGraph(
        stored_texts={
            row["id"]: row["text_file_content"]
            for row, _ in sources
            if row["text_file_content"] is not None
        }
    )
    for _, entry in sorted(built, key=lambda pair: pair[0]):
        graph.add(entry)
    used = {entry.origin.file for _, entry in built}
    graph.files = tuple(
        path for path in sorted(seq, key=seq.__getitem__) if claim_ids is None or path in used
    )
    return graph


def _entry(row: dict[str, Any], obj: T) -> Entry[T]:
    return Entry(obj, Origin(row["origin_file"], row["origin_line"]))


Found = list[tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]]
Ids = Collection[str] | Select[tuple[str]] | None
"""Which objects to read: these ids, those a SELECT of ids finds, or (None) all."""


def _objects(connection: Connection, kind: Kind, ids: Ids) -> Found:
    """Rows of one kind (all, or those ids) with their lists' rows by table name."""
    table = OBJECT_TABLES[kind]
    rows = [dict(r) for r in _rows(connection, table, table.c.id, ids)]
    children: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for child, key in CHILD_TABLES[kind]:
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in _rows(connection, child, child.c[key], ids):
            grouped[r[key]].append(dict(r))
        for items in grouped.values():
            items.sort(key=lambda item: int(item["position"]))
        children[child.name] = grouped
    return [
        (row, {name: kids.get(row["id"], []) for name, kids in children.items()}) for row in rows
    ]


def _rows(connection: Connection, table: Table, key: Column[Any], ids: Ids) -> Iterator[Any]:
    if ids is None:
        yield from connection.execute(select(table)).mappings()
        return
    if isinstance(ids, Select):
        # One query per table, however many ids match, and no id sent back and forth.
        yield from connection.execute(select(table).where(key.in_(ids))).mappings()
        return
    for chunk in _chunks(ids):
        yield from connection.execute(select(table).where(key.in_(chunk))).mappings()


def _claim_closure(connection: Connection, claim_ids: Collection[str]) -> Found:
    """The claims asked for and every claim they embed, however deep: one query per level."""
    found: Found = []
    seen: set[str] = set()
    frontier = set(claim_ids)
    while frontier:
        seen |= frontier
        level = _objects(connection, "claim", frontier)
        found.extend(level)
        frontier = {r["embedded_id"] for _, kids in level for r in kids["claim_embeds"]} - seen
    return found


def _claim_sources(row: dict[str, Any], kids: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
    if row["source"] is not None:
        yield row["source"]
    yield from (r["source"] for r in kids["appearances"])


def _claim_agents(row: dict[str, Any], kids: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
    people = (row["speaker"], row["attributed_to"], row["review_reviewer"])
    yield from (i for i in people if i is not None)
    yield from (r["agent_id"] for r in kids["claim_about"])


def _source_agents(row: dict[str, Any], kids: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
    yield from (i for i in (row["publisher"], row["released_by"]) if i is not None)
    yield from (r["agent_id"] for r in kids["source_authors"])


def trace_graph(engine: Engine, claim_id: str) -> StoredGraph:
    """The part of the store that :func:`provenance.trace` needs for one claim.

    Reads the claim, the claims it embeds (transitively), and their speakers,
    sources and those sources' authors and publishers: not the whole store.
    """
    with transaction(engine) as connection:
        check(connection)
        return read_graph_in(connection, claim_ids=[claim_id])


def read_claims(connection: Connection, ids: Collection[str] | Select[tuple[str]]) -> list[Claim]:
    """The claims with these ids (or whose ids a SELECT finds), sorted by id."""
    # A thousand claims are enough to set off full passes of the cycle collector over
    # everything the process holds: most of a busy speaker's query time, otherwise.
    with collector_paused():
        return sorted(
            (claim_from(row, kids) for row, kids in _objects(connection, "claim", ids)),
            key=lambda claim: claim.id,
        )
