"""The one mapping between the contract models and the store's rows, both ways.

The contract models nest lists (roles, aliases, appearances...); the tables
hold one row per list item with its ``position``, so that lists come back in
the order they were written. Every other field maps to a column of the same
name, except:

* a partial date ``x`` is three columns: ``x`` (the EDTF text), ``x_earliest``
  and ``x_latest`` (its bounds, as dates);
* ``Source.released`` is flattened to ``released_by`` and ``released``
  (its date);
* ``Claim.review`` is flattened to ``review_<field>`` columns (its date to
  ``review_date`` and its bounds); the claim has a review exactly when
  ``review_rating`` is set;
* ``Claim.selectors`` is flattened to ``selectors_source`` and
  ``selectors_<speaker|cue>_<start|end>`` columns; the claim has selectors
  exactly when ``selectors_source`` is set. Their ``content`` spans are a
  list, in the ``claim_selector_content`` table;
* a source's ``text_file`` keeps its path, and the text it held at import
  goes to ``text_file_content``.

Rows are plain dicts keyed by column name: they go to SQLAlchemy Core in bulk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import ValidationError

from ..dates import PartialDate
from ..errors import InputError
from ..graph import KINDS, Entry, Graph, Kind
from ..model import Agent, Claim, Review, Source
from ..model.selector import Position, TextSelectors
from .db import StoreError

Row = dict[str, Any]
M = TypeVar("M", Agent, Source, Claim)


@dataclass(frozen=True, slots=True)
class ObjectRows:
    """One object as rows: its own row, and its lists' rows by table name."""

    kind: Kind
    id: str
    row: Row
    children: dict[str, list[Row]]

    @property
    def digest(self) -> str:
        return str(self.row["digest"])


def graph_rows(graph: Graph, texts: Mapping[str, str]) -> list[ObjectRows]:
    """Every object of ``graph`` as rows; ``texts`` maps source ids to their text file's text.

    :raises InputError: a string holds a NUL character, which PostgreSQL cannot store, or
        an offset is past what a BIGINT column holds.
    """
    return [rows for kind in KINDS for rows in kind_rows(graph, kind, texts)]


def kind_rows(graph: Graph, kind: Kind, texts: Mapping[str, str]) -> Iterator[ObjectRows]:
    """The objects of one kind as rows, one at a time, in graph order (see :func:`graph_rows`).

    A million claims' rows take twice the memory of the claims: an import
    writes them a chunk at a time rather than holding them all.
    """
    positions: dict[str, int] = {}  # per file: the object's place among its kind there
    entries: Sequence[Entry[Any]] = graph.of_kind(kind)
    for entry in entries:
        position = positions.get(entry.origin.file, 0)
        positions[entry.origin.file] = position + 1
        if isinstance(entry.obj, Agent):
            own, children = _agent(entry.obj)
        elif isinstance(entry.obj, Source):
            own, children = _source(entry.obj, texts.get(entry.id))
        else:
            own, children = _claim(entry.obj)
        own.update(origin_file=entry.origin.file, origin_line=entry.origin.line, position=position)
        _refuse_unstorable(entry, own, children)
        own["digest"] = _digest(own, children)
        yield ObjectRows(entry.kind, entry.id, own, children)


def _agent(agent: Agent) -> tuple[Row, dict[str, list[Row]]]:
    row = {
        "id": agent.id,
        "name": agent.name,
        "kind": _value(agent.kind),
        "wikidata": agent.wikidata,
        "url": agent.url,
    }
    roles = [
        {
            "position": i,
            "title": role.title,
            "organization": role.organization,
            **_date("start", role.start),
            **_date("end", role.end),
        }
        for i, role in enumerate(agent.roles)
    ]
    return row, {
        "agent_aliases": _items("alias", agent.aliases),
        "roles": roles,
        "agent_noqa": _items("entry", agent.noqa),
    }


def _source(source: Source, text_file_content: str | None) -> tuple[Row, dict[str, list[Row]]]:
    released = source.released
    row = {
        "id": source.id,
        "kind": _value(source.kind),
        "title": source.title,
        "publisher": source.publisher,
        **_date("published", source.published),
        "url": source.url,
        "archived_url": source.archived_url,
        "language": source.language,
        "released_by": released.by if released else None,
        **_date("released", released.date if released else None),
        "text": source.text,
        "text_file": source.text_file,
        "text_file_content": text_file_content,
    }
    return row, {
        "source_authors": _items("agent_id", source.authors),
        "source_cites": _items("cited_id", source.cites),
        "source_noqa": _items("entry", source.noqa),
    }


def _claim(claim: Claim) -> tuple[Row, dict[str, list[Row]]]:
    row = {
        "id": claim.id,
        "text": claim.text,
        "quote": claim.quote,
        "kind": _value(claim.kind),
        "speaker": claim.speaker,
        "source": claim.source,
        **_date("date", claim.date),
        "attributed_to": claim.attributed_to,
        "note": claim.note,
        **_review(claim.review),
        "cue": claim.cue,
        **_selectors(claim.selectors),
        "draft": claim.draft,
    }
    appearances = [
        {"position": i, "source": a.source, **_date("date", a.date), "quote": a.quote}
        for i, a in enumerate(claim.appearances)
    ]
    return row, {
        "claim_about": _items("agent_id", claim.about),
        "claim_embeds": _items("embedded_id", claim.embeds),
        "appearances": appearances,
        "claim_tags": _items("tag", claim.tags),
        "claim_noqa": _items("entry", claim.noqa),
        "claim_selector_content": [
            {"position": i, "start": span.start, "end": span.end}
            for i, span in enumerate(claim.selectors.content if claim.selectors else ())
        ],
    }


REVIEW_FIELDS = (
    "rating",
    "rating_value",
    "best",
    "worst",
    "reviewer",
    "url",
    "title",
    "language",
    "summary",
)
"""A review's fields stored as they are, in ``review_<field>``; its date takes three columns."""


def _review(review: Review | None) -> Row:
    row: Row = {
        f"review_{name}": None if review is None else getattr(review, name)
        for name in REVIEW_FIELDS
    }
    return {**row, **_date("review_date", None if review is None else review.date)}


SELECTOR_SPANS = ("speaker", "cue")
"""The single spans of a claim's selectors, each in ``selectors_<name>_start`` and ``_end``."""


def _selectors(selectors: TextSelectors | None) -> Row:
    row: Row = {"selectors_source": None if selectors is None else selectors.source}
    for name in SELECTOR_SPANS:
        span: Position | None = None if selectors is None else getattr(selectors, name)
        row[f"selectors_{name}_start"] = None if span is None else span.start
        row[f"selectors_{name}_end"] = None if span is None else span.end
    return row


def _value(kind: StrEnum | None) -> str | None:
    # The plain string: a database driver may adapt an enum by its name, not its value.
    return kind.value if kind is not None else None


def _items(column: str, values: Iterable[str]) -> list[Row]:
    return [{"position": i, column: value} for i, value in enumerate(values)]


def _date(column: str, value: PartialDate | None) -> Row:
    if value is None:
        return {column: None, f"{column}_earliest": None, f"{column}_latest": None}
    return {
        column: value.text,
        f"{column}_earliest": value.earliest,
        f"{column}_latest": value.latest,
    }


LATER_COLUMNS: Mapping[str, object] = {
    # revision 0002
    **{f"review_{name}": None for name in REVIEW_FIELDS},
    **dict.fromkeys(("review_date", "review_date_earliest", "review_date_latest")),
    # revision 0003
    "cue": None,
    "selectors_source": None,
    **{f"selectors_{name}_{end}": None for name in SELECTOR_SPANS for end in ("start", "end")},
    "draft": False,
}
"""Columns added after the first revision, with the value a row stored before them holds:
they count in a digest only when they hold something else."""

LATER_CHILDREN = frozenset({"claim_selector_content"})
"""Tables of lists added after the first revision: they count in a digest only when not empty."""


def _digest(row: Row, children: Mapping[str, list[Row]]) -> str:
    # Over everything stored for the object, origin included: equal digests mean
    # equal rows, so an unchanged object is left alone, timestamps and all. A
    # later column left empty (a later list too) is left out, so that an object
    # stored before it existed keeps its digest, and is not rewritten by the
    # next import. (The empty values are the singletons None and False: `is not`.)
    row = {k: v for k, v in row.items() if k not in LATER_COLUMNS or v is not LATER_COLUMNS[k]}
    children = {k: v for k, v in children.items() if v or k not in LATER_CHILDREN}
    payload = json.dumps([row, children], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


BIGGEST = 2**63 - 1
"""The largest integer a BIGINT column holds, on SQLite and PostgreSQL alike."""


def _refuse_unstorable(entry: Entry[Any], row: Row, children: Mapping[str, list[Row]]) -> None:
    # read_text refuses NUL bytes in files, but a JSON "\u0000" or a YAML "\0"
    # escape still decodes to one, and PostgreSQL text cannot hold it. The
    # contract bounds no selector offset; the database does.
    values = [*row.values(), *(v for rows in children.values() for r in rows for v in r.values())]
    what = None
    if any(isinstance(value, str) and "\x00" in value for value in values):
        what = "a NUL character"
    elif any(isinstance(value, int) and value > BIGGEST for value in values):
        what = f"an offset past {BIGGEST}"
    if what is not None:
        raise InputError(
            f"{entry.kind} '{entry.id}' contains {what}, which the store cannot hold",
            file=entry.origin.file,
            line=entry.origin.line,
        )


# --- rows -> models -------------------------------------------------------


def agent_from(
    row: Mapping[str, Any], children: Mapping[str, Sequence[Mapping[str, Any]]]
) -> Agent:
    data = {
        "id": row["id"],
        "name": row["name"],
        "kind": row["kind"],
        "wikidata": row["wikidata"],
        "url": row["url"],
        "aliases": [r["alias"] for r in children.get("agent_aliases", ())],
        "roles": [
            {
                "title": r["title"],
                "organization": r["organization"],
                "start": r["start"],
                "end": r["end"],
            }
            for r in children.get("roles", ())
        ],
        "noqa": [r["entry"] for r in children.get("agent_noqa", ())],
    }
    return _build(Agent, data)


def source_from(
    row: Mapping[str, Any], children: Mapping[str, Sequence[Mapping[str, Any]]]
) -> Source:
    released = None
    if row["released_by"] is not None:
        released = {"by": row["released_by"], "date": row["released"]}
    data = {
        "id": row["id"],
        "kind": row["kind"],
        "title": row["title"],
        "authors": [r["agent_id"] for r in children.get("source_authors", ())],
        "publisher": row["publisher"],
        "published": row["published"],
        "url": row["url"],
        "archived_url": row["archived_url"],
        "language": row["language"],
        "released": released,
        "cites": [r["cited_id"] for r in children.get("source_cites", ())],
        "text": row["text"],
        "text_file": row["text_file"],
        "noqa": [r["entry"] for r in children.get("source_noqa", ())],
    }
    return _build(Source, data)


def claim_from(
    row: Mapping[str, Any], children: Mapping[str, Sequence[Mapping[str, Any]]]
) -> Claim:
    data = {
        "id": row["id"],
        "text": row["text"],
        "quote": row["quote"],
        "kind": row["kind"],
        "speaker": row["speaker"],
        "source": row["source"],
        "date": row["date"],
        "about": [r["agent_id"] for r in children.get("claim_about", ())],
        "embeds": [r["embedded_id"] for r in children.get("claim_embeds", ())],
        "attributed_to": row["attributed_to"],
        "appearances": [
            {"source": r["source"], "date": r["date"], "quote": r["quote"]}
            for r in children.get("appearances", ())
        ],
        "tags": [r["tag"] for r in children.get("claim_tags", ())],
        "review": _review_from(row),
        "note": row["note"],
        "cue": row["cue"],
        "selectors": _selectors_from(row, children.get("claim_selector_content", ())),
        "draft": row["draft"],
        "noqa": [r["entry"] for r in children.get("claim_noqa", ())],
    }
    return _build(Claim, data)


def _review_from(row: Mapping[str, Any]) -> dict[str, Any] | None:
    if row["review_rating"] is None:
        return None
    # A whole number comes back from the FLOAT column as 2.0: the model makes it 2 again.
    return {
        **{name: row[f"review_{name}"] for name in REVIEW_FIELDS},
        "date": row["review_date"],
    }


def _selectors_from(
    row: Mapping[str, Any], content: Sequence[Mapping[str, Any]]
) -> dict[str, Any] | None:
    if row["selectors_source"] is None:
        return None
    spans: dict[str, Any] = {
        name: None
        if row[f"selectors_{name}_start"] is None
        else {"start": row[f"selectors_{name}_start"], "end": row[f"selectors_{name}_end"]}
        for name in SELECTOR_SPANS
    }
    return {
        "source": row["selectors_source"],
        "content": [{"start": r["start"], "end": r["end"]} for r in content],
        **spans,
    }


def _build(model: type[M], data: dict[str, Any]) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        # Rows written by this module always fit; these were edited by other means.
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise StoreError(
            f"stored {model.__name__.lower()} '{data['id']}' does not fit the contract "
            f"({where}: {first['msg']}); was the database edited by hand?"
        ) from None
