"""The graph: every object from every dossier given, with where it was defined.

Ids are global across the files given. Rules read the graph, never the files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import Any, Generic, Literal, NamedTuple, TypeVar

from .model import Agent, Claim, Source
from .textio import read_text

Kind = Literal["agent", "source", "claim"]
KINDS: tuple[Kind, ...] = ("agent", "source", "claim")
"""Every kind, in the order dossiers list them."""
T = TypeVar("T", Agent, Source, Claim)


class Origin(NamedTuple):
    file: str
    line: int


# Named tuples rather than frozen dataclasses: a million of each are made while
# loading, and a tuple can be made in compiled code (see :func:`make_entries`).
class Entry(NamedTuple, Generic[T]):
    """One object as defined in one file, at one line."""

    obj: T
    origin: Origin

    @property
    def id(self) -> str:
        return self.obj.id

    @property
    def kind(self) -> Kind:
        return KIND_OF[type(self.obj)]


KIND_OF: dict[type, Kind] = {Agent: "agent", Source: "source", Claim: "claim"}

_new_origin: Any = partial(tuple.__new__, Origin)
_new_entry: Any = partial(tuple.__new__, Entry)


def make_entries(objects: Iterable[T], file: str, lines: Iterable[int]) -> list[Entry[T]]:
    """An entry for each object, defined in ``file`` at the matching line of ``lines``."""
    # tuple.__new__ mapped over zips: no Python call per object.
    origins = map(_new_origin, zip(repeat(file), lines))
    return list(map(_new_entry, zip(objects, origins, strict=True)))


@dataclass
class Graph:
    """All agents, sources and claims of the files given, in file order.

    Duplicated ids stay in the lists (PV004 reports them). ``by_id`` holds the
    first definition of each id, whatever its kind; the lookups by kind
    (:meth:`agent`, :meth:`source`, :meth:`claim`, :meth:`entry`) return the
    first definition of that kind, so a `speaker: x` still finds the agent
    `x` when a source was also (wrongly) given the id `x`.
    """

    files: tuple[str, ...] = ()
    agents: list[Entry[Agent]] = field(default_factory=list)
    sources: list[Entry[Source]] = field(default_factory=list)
    claims: list[Entry[Claim]] = field(default_factory=list)
    by_id: dict[str, Entry[Agent] | Entry[Source] | Entry[Claim]] = field(default_factory=dict)
    _agent_by_id: dict[str, Entry[Agent]] = field(default_factory=dict, repr=False)
    _source_by_id: dict[str, Entry[Source]] = field(default_factory=dict, repr=False)
    _claim_by_id: dict[str, Entry[Claim]] = field(default_factory=dict, repr=False)
    _texts: dict[Path, str] = field(default_factory=dict, repr=False)

    @property
    def _by_kind(self) -> dict[Kind, dict[str, Any]]:
        return {
            "agent": self._agent_by_id,
            "source": self._source_by_id,
            "claim": self._claim_by_id,
        }

    def add(self, entry: Entry[Agent] | Entry[Source] | Entry[Claim]) -> None:
        obj = entry.obj
        if isinstance(obj, Agent):
            self.agents.append(entry)  # type: ignore[arg-type]
        elif isinstance(obj, Source):
            self.sources.append(entry)  # type: ignore[arg-type]
        else:
            self.claims.append(entry)  # type: ignore[arg-type]
        self.by_id.setdefault(obj.id, entry)
        self._by_kind[entry.kind].setdefault(obj.id, entry)

    def extend(
        self, kind: Kind, entries: list[Entry[Agent]] | list[Entry[Source]] | list[Entry[Claim]]
    ) -> None:
        """Add many objects of one kind: what :meth:`add` does, without its per-object dispatch."""
        self.of_kind(kind).extend(entries)  # type: ignore[arg-type]
        first, first_of_kind = self.by_id.setdefault, self._by_kind[kind].setdefault
        for entry in entries:
            first(entry.obj.id, entry)
            first_of_kind(entry.obj.id, entry)

    def of_kind(self, kind: Kind) -> list[Entry[Agent]] | list[Entry[Source]] | list[Entry[Claim]]:
        """The entries of one kind, in file order."""
        if kind == "agent":
            return self.agents
        return self.sources if kind == "source" else self.claims

    def ids(self, kind: Kind) -> Mapping[str, Entry[Agent] | Entry[Source] | Entry[Claim]]:
        """Every id defined for an object of ``kind``, with its first definition."""
        return self._by_kind[kind]

    def entries(self) -> Iterator[Entry[Agent] | Entry[Source] | Entry[Claim]]:
        yield from self.agents
        yield from self.sources
        yield from self.claims

    def entry(
        self, kind: Kind, id_: str | None
    ) -> Entry[Agent] | Entry[Source] | Entry[Claim] | None:
        """The first definition of ``id_`` among objects of ``kind``, or None."""
        return self._by_kind[kind].get(id_) if id_ else None

    # Rules call these once or more per claim: each is one dictionary lookup.
    def agent(self, id_: str | None) -> Agent | None:
        entry = self._agent_by_id.get(id_) if id_ else None
        return entry.obj if entry is not None else None

    def source(self, id_: str | None) -> Source | None:
        entry = self._source_by_id.get(id_) if id_ else None
        return entry.obj if entry is not None else None

    def claim(self, id_: str | None) -> Claim | None:
        entry = self._claim_by_id.get(id_) if id_ else None
        return entry.obj if entry is not None else None

    def origin(self, id_: str, kind: Kind | None = None) -> Origin | None:
        """Where ``id_`` is first defined (as an object of ``kind``, when given)."""
        entry = self.by_id.get(id_) if kind is None else self.entry(kind, id_)
        return entry.origin if entry is not None else None

    def text(self, source: Source) -> str | None:
        """A source's text, inline or read (once) from its ``text_file``.

        :raises InputError: the text file cannot be read or decoded.
        """
        if source.text is not None:
            return source.text
        path = self.text_path(source)
        if path is None:
            return None
        if path not in self._texts:
            self._texts[path] = read_text(path)
        return self._texts[path]

    def text_path(self, source: Source) -> Path | None:
        """Where a source's ``text_file`` lives: relative to the dossier that defines it."""
        origin = self.origin(source.id, "source")
        if source.text_file is None or origin is None:
            return None
        return Path(origin.file).parent / source.text_file
