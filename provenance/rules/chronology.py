"""Time order: nobody reports what has not yet been said; every claim and source is dated."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..dates import PartialDate
from ..findings import Severity
from ..graph import Graph
from ..model import Claim
from .base import Hit, rule


def claim_date(claim: Claim, published: Mapping[str, PartialDate | None]) -> PartialDate | None:
    """When a claim was made: its own date, else the date of the source that records it.

    ``published`` holds each source's date by id: a rule looking up a million claims'
    sources reads a small dict of dates rather than each source object.
    """
    if claim.date is not None:
        return claim.date
    return published.get(claim.source) if claim.source else None


@rule("PV005", "chronology", Severity.error)
def chronology(graph: Graph) -> Iterator[Hit]:
    """Something reported before it happened: dates out of order along the chain.

    Flags a claim dated after the source that records it, a claim reported
    (an appearance) or reviewed before it was made, a claim embedding a later
    claim, a source citing a later source, and a document released before it
    was written. Partial dates compare by their bounds: only an order that holds
    for every day a date can mean is flagged, so "2011-05" is not after
    "2011-05-06", while "2010" is after "2009-02-19".

    ## Why it matters
    A date out of order is nearly always a typo or a confusion between two
    events (the statement and its later report), and it breaks the story of
    how a claim travelled.

    ## Fails
    ```yaml
    sources:
      - {id: us-cable-2009-02-19, kind: diplomatic_cable, published: 2009-02-19}
    claims:
      - id: kayani-opposes-nfu
        speaker: anne-patterson
        source: us-cable-2009-02-19
        date: 2010        # the cable was written in 2009
        text: Kayani does not support Zardari's no-first-use statement.
    ```

    ## Passes
    ```yaml
    claims:
      - id: kayani-opposes-nfu
        speaker: anne-patterson
        source: us-cable-2009-02-19
        date: 2009-02-19
        text: Kayani does not support Zardari's no-first-use statement.
    ```

    ## How to fix
    Check both dates against the documents. If you know less than the date
    says, write less: `2009` or `2009-02` instead of a guessed day, or an
    interval such as `2011-04-30/2011-05-06` for "this week".
    """
    published: dict[str, PartialDate | None] = {}
    for source_entry in graph.sources:
        published.setdefault(source_entry.obj.id, source_entry.obj.published)
    for entry in graph.claims:
        claim = entry.obj
        recorded = published.get(claim.source) if claim.source else None  # dangling: None
        if claim.date and recorded and claim.date.is_after(recorded):
            yield Hit(
                entry,
                f"claim dated {claim.date} is after its source '{claim.source}', "
                f"published {recorded}",
                hint="a claim cannot be recorded before it is made; check both dates",
            )
        made = claim.date if claim.date is not None else recorded
        if made is None:
            continue
        for appearance in claim.appearances:
            reported = appearance.date or published.get(appearance.source)
            if reported is not None and reported.is_before(made):
                yield Hit(
                    entry,
                    f"appearance in '{appearance.source}' dated {reported} is before "
                    f"the claim was made ({made})",
                    hint="a report cannot precede what it reports; check the appearance's date",
                )
        reviewed = claim.review.date if claim.review is not None else None
        if reviewed is not None and reviewed.is_before(made):
            yield Hit(
                entry,
                f"review dated {reviewed} is before the claim was made ({made})",
                hint="a desk can only rate a claim once it is made; check the review's date",
            )
        for embedded_id in claim.embeds:
            embedded = graph.claim(embedded_id)
            when = claim_date(embedded, published) if embedded is not None else None
            if when is not None and when.is_after(made):
                yield Hit(
                    entry,
                    f"embeds claim '{embedded_id}' dated {when}, after this claim ({made})",
                    hint="an embedded claim is one this claim reports: it must come first",
                )
    for source_entry in graph.sources:
        source = source_entry.obj
        if source.published is None:
            continue
        for cited_id in source.cites:
            cited = graph.source(cited_id)
            if cited is not None and cited.published and cited.published.is_after(source.published):
                yield Hit(
                    source_entry,
                    f"cites '{cited_id}', published {cited.published}, after this source "
                    f"({source.published})",
                    hint="a document can only cite what already exists; check both dates",
                )
        released = source.released.date if source.released else None
        if released is not None and released.is_before(source.published):
            yield Hit(
                source_entry,
                f"released {released}, before it was published ({source.published})",
                hint="`published` is when the document was written or issued; "
                "`released.date` when it was made public later",
            )


@rule("PV008", "undated", Severity.warning)
def undated(graph: Graph) -> Iterator[Hit]:
    """A source with no `published` date, or a claim with no `date`.

    ## Why it matters
    Without dates the chain cannot be checked for order, and a reader cannot
    tell a 2008 statement from its 2011 report. A partial date is far better
    than none.

    ## Fails
    ```yaml
    claims:
      - id: zardari-no-first-use
        speaker: asif-ali-zardari
        source: zardari-indian-press-2008
        text: Pakistan would adopt a no-first-use nuclear policy.
    ```

    ## Passes
    ```yaml
    claims:
      - id: zardari-no-first-use
        speaker: asif-ali-zardari
        source: zardari-indian-press-2008
        date: 2008        # "last year", in a cable of 2009-02-19
        text: Pakistan would adopt a no-first-use nuclear policy.
    ```

    ## How to fix
    Add the date you know, as precisely as you know it: `2008`, `2008-11`,
    `2008~` (about 2008), or an interval such as `../2009-02-19` (some time
    before the cable).
    """
    for source_entry in graph.sources:
        if source_entry.obj.published is None:
            yield Hit(
                source_entry,
                "source has no `published` date",
                hint="add `published:`; a partial date (2008) or an interval "
                "(../2009-02-19) is fine",
            )
    for entry in graph.claims:
        if entry.obj.date is None:
            yield Hit(
                entry,
                "claim has no `date`",
                hint="add `date:` with when it was said; a partial date (2008) is fine",
            )
