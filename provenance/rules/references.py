"""Ids that must resolve, and ids that must be unique."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from itertools import compress
from operator import attrgetter, is_not

from ..findings import Severity
from ..graph import KINDS, Graph, Kind
from ..model import Agent, Source
from .base import AnyEntry, Hit, rule


def references(entry: AnyEntry) -> Iterator[tuple[str, str, Kind]]:
    """Every id an object refers to: ``(field, id, kind it must be)``."""
    obj = entry.obj
    if isinstance(obj, Agent):
        for i, role in enumerate(obj.roles):
            if role.organization is not None:
                yield f"roles[{i}].organization", role.organization, "agent"
    elif isinstance(obj, Source):
        for author in obj.authors:
            yield "authors", author, "agent"
        if obj.publisher is not None:
            yield "publisher", obj.publisher, "agent"
        if obj.released is not None:
            yield "released.by", obj.released.by, "agent"
        for cited in obj.cites:
            yield "cites", cited, "source"
    else:
        if obj.speaker is not None:
            yield "speaker", obj.speaker, "agent"
        if obj.source is not None:
            yield "source", obj.source, "source"
        for subject in obj.about:
            yield "about", subject, "agent"
        for embedded in obj.embeds:
            yield "embeds", embedded, "claim"
        if obj.attributed_to is not None:
            yield "attributed_to", obj.attributed_to, "agent"
        for i, appearance in enumerate(obj.appearances):
            yield f"appearances[{i}].source", appearance.source, "source"
        if obj.review is not None and obj.review.reviewer is not None:
            yield "review.reviewer", obj.review.reviewer, "agent"
        if obj.selectors is not None:
            yield "selectors.source", obj.selectors.source, "source"


@rule("PV003", "dangling-reference", Severity.error)
def dangling_reference(graph: Graph) -> Iterator[Hit]:
    """An id that resolves to nothing (or to the wrong kind of object).

    ## Why it matters
    A speaker, source, publisher, author, embedded claim, cited source, role
    organisation, reviewer or the source a draft's selectors count in that is
    not in the dossier breaks the chain: nobody can follow the claim back to
    who said it and where, or to who rated it. Usually it is a typo.

    ## Fails
    ```yaml
    claims:
      - id: kayani-opposes-nfu
        speaker: anne-paterson      # the agent is `anne-patterson`
        source: us-cable-2009-02-19
        text: Kayani does not support Zardari's no-first-use statement.
    ```

    ## Passes
    ```yaml
    claims:
      - id: kayani-opposes-nfu
        speaker: anne-patterson
        source: us-cable-2009-02-19
        text: Kayani does not support Zardari's no-first-use statement.
    ```

    ## How to fix
    Correct the spelling of the id, or add the missing agent, source or claim
    to a dossier validated together with this one (ids are global across the
    files given). A speaker must be an agent, a source a source, and an
    embedded claim a claim.
    """
    pools: dict[Kind, dict[str, list[str]]] = {}
    defined: dict[Kind, Mapping[str, AnyEntry]] = {kind: graph.ids(kind) for kind in KINDS}
    for entry in _suspects(graph, defined):
        for field, target, wanted in references(entry):
            if target in defined[wanted]:
                continue
            found = graph.by_id.get(target)
            if found is None:
                if wanted not in pools:  # built once, and only when something dangles
                    pools[wanted] = _suggestion_pool(defined[wanted])
                yield Hit(
                    entry,
                    f"{field} '{target}' does not match any {wanted}",
                    hint=_hint(target, wanted, pools[wanted].get(target[:2], [])),
                )
            else:
                yield Hit(
                    entry,
                    f"{field} '{target}' is {_a(found.kind)}, not {_a(wanted)}",
                    hint=f"{field} must name {_a(wanted)}",
                )


_SOURCE = attrgetter("source")


def _suspects(graph: Graph, defined: dict[Kind, Mapping[str, AnyEntry]]) -> Iterator[AnyEntry]:
    """The entries, in graph order, holding at least one id not defined as the kind wanted.

    The same fields as :func:`references` (keep the two in step), read in one plain pass
    per kind: nearly every reference resolves, and a generator and a tuple per reference
    cost most of this rule at a million claims. :func:`references` then revisits only
    the few entries that hold a dangling id, to say which and why.
    """
    agents, sources, claims = defined["agent"], defined["source"], defined["claim"]
    for agent in graph.agents:
        roles = agent.obj.roles
        if any(r.organization is not None and r.organization not in agents for r in roles):
            yield agent
    for source_entry in graph.sources:
        source = source_entry.obj
        if (
            (source.publisher is not None and source.publisher not in agents)
            or (source.released is not None and source.released.by not in agents)
            or not all(map(agents.__contains__, source.authors))
            or not all(map(sources.__contains__, source.cites))
        ):
            yield source_entry
    for claim_entry in graph.claims:
        claim = claim_entry.obj
        if (
            (claim.speaker is not None and claim.speaker not in agents)
            or (claim.source is not None and claim.source not in sources)
            or (claim.attributed_to is not None and claim.attributed_to not in agents)
            or (claim.about and not all(map(agents.__contains__, claim.about)))
            or (claim.embeds and not all(map(claims.__contains__, claim.embeds)))
            or (
                claim.appearances
                and not all(map(sources.__contains__, map(_SOURCE, claim.appearances)))
            )
            or (
                claim.review is not None
                and claim.review.reviewer is not None
                and claim.review.reviewer not in agents
            )
            or (claim.selectors is not None and claim.selectors.source not in sources)
        ):
            yield claim_entry


def _suggestion_pool(ids: Iterable[str]) -> dict[str, list[str]]:
    """Ids by their first two characters.

    A typo rarely touches the first letters, and comparing a dangling id only
    with ids that share them keeps suggestions cheap on a corpus of millions.
    """
    pool: dict[str, list[str]] = {}
    for id_ in ids:
        pool.setdefault(id_[:2], []).append(id_)
    return pool


def _hint(target: str, wanted: Kind, pool: list[str]) -> str:
    close = difflib.get_close_matches(target, pool, n=1, cutoff=0.8)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"define {_a(wanted)} with id '{target}', or correct the id"


def _a(kind: Kind) -> str:
    return f"an {kind}" if kind == "agent" else f"a {kind}"


@rule("PV004", "duplicate-id", Severity.error)
def duplicate_id(graph: Graph) -> Iterator[Hit]:
    """The same id defined twice in the graph (in one file or across files).

    ## Why it matters
    Ids are how claims point at speakers and sources. With two objects under
    one id, every reference to it is ambiguous, and merging dossiers would
    silently keep one and drop the other.

    ## Fails
    ```yaml
    agents:
      - {id: ndtv, name: NDTV, kind: organization}
      - {id: ndtv, name: New Delhi Television, kind: organization}
    ```

    ## Passes
    ```yaml
    agents:
      - id: ndtv
        name: NDTV
        kind: organization
        aliases: [New Delhi Television]
    ```

    ## How to fix
    Keep one definition and fold the other's details into it (a second name
    goes in `aliases`), or give the second object an id of its own. Ids are
    shared by agents, sources and claims: a source cannot reuse an agent's id.
    """
    entries: list[AnyEntry] = [*graph.agents, *graph.sources, *graph.claims]
    if len(graph.by_id) == len(entries):
        return  # as many ids as objects: none is defined twice
    # Compare each entry with the first definition of its id in C (map, compress): the
    # Python loop called the Entry.id property and looked the id up once per object.
    firsts = map(graph.by_id.__getitem__, map(attrgetter("obj.id"), entries))
    for entry in compress(entries, map(is_not, entries, firsts)):
        first = graph.by_id[entry.id]
        yield Hit(
            entry,
            f"id '{entry.id}' is already used by the {first.kind} defined at "
            f"{first.origin.file}:{first.origin.line}",
            hint="merge the two definitions or rename one; ids are unique across files",
        )
