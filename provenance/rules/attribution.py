"""Who said it, and where: the two questions every claim must answer."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..graph import Entry, Graph
from ..model import Claim, ClaimKind
from .base import Hit, rule


@rule("PV001", "unattributed-claim", Severity.error)
def unattributed_claim(graph: Graph) -> Iterator[Hit]:
    """A claim with no `source`: nothing says where it was said.

    ## Why it matters
    A claim that names no document cannot be checked by anyone else. A desk
    that publishes it is asking readers to take its word for it; a CI gate
    should refuse it.

    ## Fails
    ```yaml
    claims:
      - id: zardari-no-first-use
        speaker: asif-ali-zardari
        text: Pakistan would adopt a no-first-use nuclear policy.
    ```

    ## Passes
    ```yaml
    claims:
      - id: zardari-no-first-use
        speaker: asif-ali-zardari
        source: zardari-indian-press-2008
        text: Pakistan would adopt a no-first-use nuclear policy.
    ```

    ## How to fix
    Add `source:` with the id of the document or event in which the speaker
    said it. If all you know is a later report, model the report as the
    source you have, or record the vague source as it was given (a source of
    kind `unknown`) so that the gap is visible.
    """
    for entry in graph.claims:
        if entry.obj.source is None:
            yield Hit(
                entry,
                "claim has no source: nothing says where it was said",
                hint="add `source:` with the id of the document the speaker said it in",
            )


@rule("PV002", "unknown-speaker", Severity.error)
def unknown_speaker(graph: Graph) -> Iterator[Hit]:
    """A claim with no `speaker`: nobody is answerable for it.

    ## Why it matters
    "It was said" is not attribution. Readers judge a claim by who made it;
    an unspoken claim also cannot be traced through a chain of reports.

    ## Fails
    ```yaml
    claims:
      - id: kayani-opposes-nfu
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
    Add `speaker:` with the id of the agent who asserted it. The speaker is
    who said it, not whom it is about: put subjects in `about:` (Kayani is
    the subject of Patterson's claim, not its speaker). For a publisher's own
    characterisation, the publisher is the speaker.
    """
    for entry in graph.claims:
        if entry.obj.speaker is None:
            yield Hit(
                entry,
                "claim has no speaker: nobody is named as having said it",
                hint="add `speaker:` with the id of the agent who asserted it "
                "(subjects go in `about:`)",
            )


@rule("PV010", "conduit-attribution", Severity.warning)
def conduit_attribution(graph: Graph) -> Iterator[Hit]:
    """`attributed_to` credits an agent that only released or relayed the words.

    The conduits of a claim are whoever released its source (`released.by`),
    published it without writing it, or published or wrote a later report of
    it (an appearance). An agent the speaker held a role in is not a conduit:
    an ambassador speaks for her embassy.

    ## Why it matters
    "Kayani not on board with Zardari's N-policy: WikiLeaks" credits the
    organisation that released the cable, not the ambassador who wrote it.
    Crediting the conduit hides who is answerable for the words and lends them
    the conduit's authority (or taints them with its reputation).

    ## Fails
    ```yaml
    claims:
      - id: headline-kayani-not-on-board
        speaker: anne-patterson
        source: us-cable-2009-02-19     # released: {by: wikileaks}
        attributed_to: wikileaks
        text: Kayani is not on board with Zardari's no-first-use policy.
    ```

    ## Passes
    ```yaml
    claims:
      - id: headline-kayani-not-on-board
        speaker: anne-patterson
        source: us-cable-2009-02-19
        attributed_to: anne-patterson
        text: Kayani is not on board with Zardari's no-first-use policy.
    ```

    ## How to fix
    When writing about the claim, credit the speaker or the author
    ("according to a US cable by ambassador Anne Patterson, released by
    WikiLeaks"). In the dossier, `attributed_to` records how a later report
    credited it: keep it as evidence of the misattribution, and let this
    warning flag it.
    """
    for entry in graph.claims:
        claim = entry.obj
        credited = claim.attributed_to
        if credited is None or graph.agent(credited) is None:
            continue
        source = graph.source(claim.source)
        answerable = {claim.speaker, *(source.authors if source else ())}
        speaker = graph.agent(claim.speaker)
        answerable.update(role.organization for role in (speaker.roles if speaker else ()))
        if credited in answerable:
            continue
        conduits: dict[str, str] = {}
        if source is not None:
            if source.publisher:
                conduits[source.publisher] = f"published '{source.id}'"
            if source.released:
                conduits[source.released.by] = f"released '{source.id}'"
        for appearance in claim.appearances:
            shown_in = graph.source(appearance.source)
            if shown_in is None:
                continue
            for agent in (shown_in.publisher, *shown_in.authors):
                if agent:
                    conduits.setdefault(agent, f"reported it in '{shown_in.id}'")
        if credited in conduits:
            yield Hit(
                entry,
                f"attributed to '{credited}', which only {conduits[credited]}; "
                f"the speaker is '{claim.speaker}'",
                hint="credit the speaker or author; the conduit only passed the words on",
            )


@rule("PV012", "speaker-not-in-source", Severity.warning)
def speaker_not_in_source(graph: Graph) -> Iterator[Hit]:
    """A direct quote whose speaker neither wrote nor issued its source, unexplained.

    The speaker is accounted for when they are an author or the publisher of
    the claim's source, or when another claim recorded in that same source
    embeds this one (the source's author reports the speaker's words), directly
    or through a chain of embedded claims: NDTV's claim in its article embeds
    Patterson's claim from her cable, which embeds Zardari's words, so the
    article's quote of Zardari is explained whichever source the claims between
    were recorded in.

    ## Why it matters
    A verbatim quote is only as good as the document that records it. If the
    speaker did not write that document and nothing says who relayed the
    words, the quote may be second-hand and presented as first-hand.

    ## Fails
    ```yaml
    claims:
      - id: zardari-no-first-use-2008
        kind: direct
        speaker: asif-ali-zardari
        source: us-cable-2009-02-19     # authors: [anne-patterson]
        quote: Pakistan would adopt a "no first use" policy
        text: Pakistan would adopt a no-first-use policy.
    ```

    ## Passes
    ```yaml
    claims:
      - id: patterson-kayani-opposes-nfu
        kind: direct
        speaker: anne-patterson
        source: us-cable-2009-02-19
        embeds: [zardari-no-first-use-2008]   # Patterson reports Zardari's words
        text: Kayani does not support Zardari's no-first-use statement.
    ```

    ## How to fix
    Point `source:` at the document where the speaker said the words (their
    statement, interview or speech), or record the relaying claim (the
    author's) with `embeds:` naming this one. If the words are not verbatim,
    use `kind: indirect` or `paraphrase`.
    """
    # One pass over the claims, with each source's authors and publisher gathered once
    # per source: at a million claims, fetching every quote's source and speaker objects
    # cost most of the rule. Nearly every quote is accounted for by its source; the few
    # left wait for the embedding index, complete only after the pass.
    embedders: dict[str, set[str]] = {}  # claim id -> ids of the claims that embed it
    recorded_in: dict[str, set[str]] = {}  # claim id -> the sources it is recorded in
    issuers: dict[str, tuple[str | None, ...]] = {}  # source id -> its authors and publisher
    for source_entry in graph.sources:
        source = source_entry.obj
        issuers.setdefault(source.id, (*source.authors, source.publisher))
    agents = graph.ids("agent")
    unexplained: list[tuple[Entry[Claim], str, str]] = []  # (entry, speaker, source)
    for entry in graph.claims:
        claim = entry.obj
        # Only a claim that embeds another can explain a quote; the rest need no entry.
        if claim.embeds:
            for embedded in claim.embeds:
                embedders.setdefault(embedded, set()).add(claim.id)
            if claim.source:
                recorded_in.setdefault(claim.id, set()).add(claim.source)
        speaker, source_id = claim.speaker, claim.source
        if claim.kind is not ClaimKind.direct or speaker is None or source_id is None:
            continue
        accounted = issuers.get(source_id)
        if accounted is None or speaker in accounted:
            continue  # a dangling source is PV003's
        if speaker in agents:  # a dangling speaker is PV003's
            unexplained.append((entry, speaker, source_id))
    for entry, speaker, source_id in unexplained:
        if _embedded_from(entry.obj.id, source_id, embedders, recorded_in):
            continue
        yield Hit(
            entry,
            f"direct quote by '{speaker}' in '{source_id}', which they neither wrote "
            "nor issued, and no claim there embeds it (directly or through other claims)",
            hint="source the quote to where the speaker said it, or embed it in the claim "
            "of whoever relayed it",
        )


def _embedded_from(
    claim_id: str,
    source_id: str,
    embedders: dict[str, set[str]],
    recorded_in: dict[str, set[str]],
) -> bool:
    """True when a claim recorded in ``source_id`` embeds ``claim_id``, at any depth.

    Walks up the embedding chains visiting each claim once, so a deep chain
    costs its length and a cycle (PV011) ends the walk.
    """
    seen = {claim_id}
    todo = list(embedders.get(claim_id, ()))
    while todo:
        embedder = todo.pop()
        if embedder in seen:
            continue
        seen.add(embedder)
        if source_id in recorded_in.get(embedder, ()):
            return True
        todo.extend(embedders.get(embedder, ()))
    return False
