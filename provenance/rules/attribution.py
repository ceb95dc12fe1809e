"""Who said it, and where: the two questions every claim must answer."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Severity
from ..graph import Graph
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
