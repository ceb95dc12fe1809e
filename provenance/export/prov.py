"""W3C PROV: who is responsible for each document and claim, and what each was derived from.

PROV-JSON is written here, directly and deterministically; PROV-N and RDF
(TriG) are produced from it by the ``prov`` package, so the three never
disagree. The mapping:

- agents are ``prov:Agent`` typed ``prov:Person`` or ``prov:Organization``
  (a group, "the Indian press", is ``pv:Group``: PROV has no such type);
- sources and claims are entities; a source is ``wasAttributedTo`` each
  author, a claim to its speaker;
- a source's publication is an activity that generated it (with its date),
  ``wasAssociatedWith`` the publisher; a release by someone else (the cable
  by WikiLeaks) is an activity that ``used`` it, associated with them;
- ``wasDerivedFrom`` typed ``prov:PrimarySource`` links a claim to the source
  it was said in and a source to each source it cites; typed
  ``prov:Quotation`` it links a claim to each claim it embeds, and a later
  report to the claim it quotes (untyped when the report gives no words);
- each role held in an organisation is ``actedOnBehalfOf`` it;
- nested attribution is a bundle: for a source whose claims embed others, the
  bundle ``bundle:<source id>`` holds what that source asserts about the
  embedded claims (who said them, where, when, and which claim quotes which);
  the bundle is an entity attributed to the source's authors. Claims known
  only through a report are described only inside its bundle.

Dates: ``prov:time`` must be an ``xsd:dateTime``, so it is given only for a
moment ("2009-02-19T08:30:00Z"); otherwise ``pv:date`` holds the date as
written, typed ``xsd:gYear``/``xsd:gYearMonth``/``xsd:date`` when it is one of
those, else as its EDTF text ("2008~", "../2009-02-19"). Nothing is rounded
to a day or a time it does not have.

Every relation has an explicit id built from the ids it links (``rel:``), so
the output depends on the graph only, never on the order records were read.
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..dates import PartialDate
from ..graph import Graph
from ..model import Agent, AgentKind, Claim, Source
from . import objects
from .dates import is_moment, iso, xsd_type
from .objects import IRI_BASE

if TYPE_CHECKING:
    from prov.model import ProvDocument

PREFIXES = {
    "agent": f"{IRI_BASE}agent:",
    "source": f"{IRI_BASE}source:",
    "claim": f"{IRI_BASE}claim:",
    "activity": f"{IRI_BASE}activity:",
    "bundle": f"{IRI_BASE}bundle:",
    "rel": f"{IRI_BASE}relation:",
    "pv": f"{IRI_BASE}vocab:",
    "schema": "https://schema.org/",
}
AGENT_TYPES = {
    AgentKind.person: "prov:Person",
    AgentKind.organization: "prov:Organization",
    AgentKind.group: "pv:Group",
}
Attributes = dict[str, Any]


def qname(text: str) -> Attributes:
    """A qualified-name value (not a string): PROV-JSON's typed literal for it."""
    return {"$": text, "type": "xsd:QName"}


def date_value(date: PartialDate) -> Attributes | str:
    """The date as written: XSD-typed when it is an XSD form, else its EDTF text."""
    if iso(date) == date.text:
        return {"$": date.text, "type": xsd_type(date.text)}
    return date.text


def when(date: PartialDate | None) -> Attributes:
    """Time attributes of a generation or usage (see the module doc)."""
    if date is None:
        return {}
    if iso(date) == date.text and is_moment(date.text):
        return {"prov:time": date.text}
    return {"pv:date": date_value(date)}


@dataclass
class Records:
    """One PROV-JSON container (the document or a bundle): record kind -> id -> attributes."""

    kinds: dict[str, dict[str, Attributes]] = field(default_factory=dict)

    def add(self, kind: str, id_: str, attributes: Attributes) -> None:
        self.kinds.setdefault(kind, {})[id_] = attributes


def to_prov_document(graph: Graph) -> dict[str, Any]:
    """The graph as a PROV-JSON document (a JSON-ready dict)."""
    top = Records()
    for agent in objects.agents(graph):
        _agent(graph, agent, top)
    for source in objects.sources(graph):
        _source(graph, source, top)
    bundles = _bundles(graph)
    bundled = {edge for edges in bundles.values() for edge in edges}
    for claim in objects.claims(graph):
        _claim(graph, claim, top, bundled)
    # Built before the document is assembled: each bundle also adds its own records to ``top``.
    contents = {
        f"bundle:{source_id}": _bundle(graph, source_id, members, top).kinds
        for source_id, members in bundles.items()
    }
    document: dict[str, Any] = {"prefix": PREFIXES, **top.kinds}
    if contents:
        document["bundle"] = contents
    return document


def to_prov_json(graph: Graph) -> str:
    """PROV-JSON text: keys sorted, two-space indent, trailing newline."""
    return json.dumps(to_prov_document(graph), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_prov_n(graph: Graph) -> str:
    """PROV-N, written by the ``prov`` package from our PROV-JSON."""
    text: str = _read(to_prov_json(graph)).get_provn()
    return text + "\n"


def to_prov_rdf(graph: Graph) -> str:
    """PROV-O in TriG (Turtle with named graphs, which bundles need), mapped by ``prov``.

    ``prov`` turns the document into an RDF dataset; rdflib writes it. rdflib
    lists a dataset's graphs in its store's hash order, which changes from one
    process to the next, so the graphs are put in order (the default graph,
    then bundles by name) before writing; within a graph rdflib sorts.
    """
    document = _read(to_prov_json(graph))
    # prov and rdflib take a fifth of a second to import: only for those who ask for them.
    from prov.serializers.provrdf import ProvRDFSerializer
    from rdflib.plugins.serializers.trig import TrigSerializer

    dataset = ProvRDFSerializer(document).encode_document(document)
    with warnings.catch_warnings():
        # rdflib deprecates an API its own TriG writer still calls; users can do nothing about it.
        warnings.simplefilter("ignore", DeprecationWarning)
        writer = TrigSerializer(dataset)
    default = writer.default_context
    writer.contexts.sort(key=lambda g: (g.identifier != default, str(g.identifier)))
    buffer = io.BytesIO()
    writer.serialize(buffer, encoding="utf-8")
    text = buffer.getvalue().decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def _read(text: str) -> ProvDocument:
    from prov.model import ProvDocument

    return ProvDocument.deserialize(content=text, format="json")


def _agent(graph: Graph, agent: Agent, top: Records) -> None:
    attributes: Attributes = {"prov:label": agent.name}
    if agent.kind is not None:
        attributes["prov:type"] = qname(AGENT_TYPES[agent.kind])
    top.add("agent", f"agent:{agent.id}", attributes)
    for index, role in enumerate(agent.roles):
        if not objects.resolved((role.organization,), graph, Agent):
            continue
        delegation: Attributes = {
            "prov:delegate": f"agent:{agent.id}",
            "prov:responsible": f"agent:{role.organization}",
            "prov:label": role.title,
        }
        if role.start is not None:
            delegation["pv:start"] = date_value(role.start)
        if role.end is not None:
            delegation["pv:end"] = date_value(role.end)
        top.add("actedOnBehalfOf", f"rel:delegation/{agent.id}/{index}", delegation)


def _source(graph: Graph, source: Source, top: Records) -> None:
    entity = f"source:{source.id}"
    attributes: Attributes = {}
    if source.kind is not None:
        attributes["prov:type"] = qname(f"pv:{source.kind}")
    if source.title is not None:
        attributes["prov:label"] = source.title
    if source.url is not None:
        attributes["schema:url"] = {"$": source.url, "type": "xsd:anyURI"}
    top.add("entity", entity, attributes)
    for author in objects.resolved(source.authors, graph, Agent):
        top.add(
            "wasAttributedTo",
            f"rel:attribution/{source.id}/{author}",
            {"prov:entity": entity, "prov:agent": f"agent:{author}"},
        )
    publishers = objects.resolved((source.publisher,), graph, Agent)
    if publishers or source.published is not None:
        activity = f"activity:publication/{source.id}"
        top.add("activity", activity, {"prov:type": qname("pv:Publication")})
        generation = {"prov:entity": entity, "prov:activity": activity, **when(source.published)}
        top.add("wasGeneratedBy", f"rel:generation/{source.id}", generation)
        for publisher in publishers:
            top.add(
                "wasAssociatedWith",
                f"rel:association/publication/{source.id}",
                {"prov:activity": activity, "prov:agent": f"agent:{publisher}"},
            )
    if source.released is not None:
        activity = f"activity:release/{source.id}"
        top.add("activity", activity, {"prov:type": qname("pv:Release")})
        usage = {"prov:activity": activity, "prov:entity": entity, **when(source.released.date)}
        top.add("used", f"rel:usage/release/{source.id}", usage)
        for releaser in objects.resolved((source.released.by,), graph, Agent):
            top.add(
                "wasAssociatedWith",
                f"rel:association/release/{source.id}",
                {"prov:activity": activity, "prov:agent": f"agent:{releaser}"},
            )
    for cited in objects.resolved(source.cites, graph, Source):
        _derivation(top, source.id, f"source:{cited}", "prov:PrimarySource", entity)


def _derivation(
    records: Records, generated_id: str, used: str, type_: str | None, generated: str
) -> None:
    attributes: Attributes = {"prov:generatedEntity": generated, "prov:usedEntity": used}
    if type_ is not None:
        attributes["prov:type"] = qname(type_)
    used_id = used.split(":", 1)[1]
    records.add("wasDerivedFrom", f"rel:derivation/{generated_id}/{used_id}", attributes)


def _claim(graph: Graph, claim: Claim, top: Records, bundled: set[tuple[str, str]]) -> None:
    """The claim entity, its later reports, and what no bundle holds: who said it, where."""
    entity = f"claim:{claim.id}"
    attributes: Attributes = {"prov:type": qname("pv:Claim"), "prov:label": claim.text}
    if claim.quote is not None:
        attributes["pv:quote"] = claim.quote
    if claim.kind is not None:
        attributes["pv:kind"] = str(claim.kind)
    for credited in objects.resolved((claim.attributed_to,), graph, Agent):
        # Whom a later report credits (a conduit, often): not an attribution.
        attributes["pv:creditedTo"] = qname(f"agent:{credited}")
    top.add("entity", entity, attributes)
    for index, appearance in enumerate(claim.appearances):
        if not objects.resolved((appearance.source,), graph, Source):
            continue
        quoted: Attributes = {
            "prov:generatedEntity": f"source:{appearance.source}",
            "prov:usedEntity": entity,
        }
        if appearance.quote is not None:
            quoted["prov:type"] = qname("prov:Quotation")
            quoted["pv:quote"] = appearance.quote
        if appearance.date is not None:
            quoted["pv:date"] = date_value(appearance.date)
        top.add("wasDerivedFrom", f"rel:appearance/{claim.id}/{index}", quoted)
    if not any(inner == claim.id for _, inner in bundled):
        _describe(graph, claim, top)
    for embedded in objects.resolved(claim.embeds, graph, Claim):
        if (claim.id, embedded) not in bundled:
            _derivation(top, claim.id, f"claim:{embedded}", "prov:Quotation", entity)


def _describe(graph: Graph, claim: Claim, records: Records) -> None:
    """Who said the claim, in which source, when."""
    entity = f"claim:{claim.id}"
    for speaker in objects.resolved((claim.speaker,), graph, Agent):
        records.add(
            "wasAttributedTo",
            f"rel:attribution/{claim.id}/{speaker}",
            {"prov:entity": entity, "prov:agent": f"agent:{speaker}"},
        )
    for source in objects.resolved((claim.source,), graph, Source):
        _derivation(records, claim.id, f"source:{source}", "prov:PrimarySource", entity)
    if claim.date is not None:
        generation = {"prov:entity": entity, **when(claim.date)}
        records.add("wasGeneratedBy", f"rel:generation/{claim.id}", generation)


def _bundles(graph: Graph) -> dict[str, list[tuple[str, str]]]:
    """Per source, the embeds edges (claim, embedded claim) its claims report, outermost first.

    A claim said in a source embeds others; those may embed more. All of it is
    what that source asserts, so the walk follows embeds to the end (stopping
    at a cycle, which PV011 reports).
    """
    claims = objects.claims(graph)
    embedded = {e for claim in claims for e in objects.resolved(claim.embeds, graph, Claim)}
    bundles: dict[str, list[tuple[str, str]]] = {}
    for outer in claims:
        said_in = objects.resolved((outer.source,), graph, Source)
        if outer.id in embedded or not said_in:
            continue
        edges: list[tuple[str, str]] = []
        stack, seen = [outer], {outer.id}
        while stack:
            claim = stack.pop()
            for inner_id in objects.resolved(claim.embeds, graph, Claim):
                edges.append((claim.id, inner_id))
                inner = graph.claim(inner_id)
                if inner is not None and inner_id not in seen:
                    seen.add(inner_id)
                    stack.append(inner)
        if edges:
            bundles.setdefault(said_in[0], []).extend(edges)
    return {source_id: sorted(set(edges)) for source_id, edges in sorted(bundles.items())}


def _bundle(
    graph: Graph, source_id: str, edges: Iterable[tuple[str, str]], top: Records
) -> Records:
    """The bundle's content; its entity, attribution and origin go into ``top``."""
    name = f"bundle:{source_id}"
    top.add("entity", name, {"prov:type": qname("prov:Bundle")})
    source = graph.source(source_id)
    assert source is not None  # _bundles only names sources that resolve
    for author in objects.resolved(source.authors, graph, Agent):
        top.add(
            "wasAttributedTo",
            f"rel:attribution/bundle/{source_id}/{author}",
            {"prov:entity": name, "prov:agent": f"agent:{author}"},
        )
    top.add(
        "wasDerivedFrom",
        f"rel:derivation/bundle/{source_id}",
        {"prov:generatedEntity": name, "prov:usedEntity": f"source:{source_id}"},
    )
    inside = Records()
    described: set[str] = set()
    for claim_id, inner_id in edges:
        for id_ in (claim_id, inner_id):
            inside.add("entity", f"claim:{id_}", {})
        _derivation(inside, claim_id, f"claim:{inner_id}", "prov:Quotation", f"claim:{claim_id}")
        inner = graph.claim(inner_id)
        if inner is not None and inner_id not in described:
            described.add(inner_id)
            _describe(graph, inner, inside)
    return inside
