"""Quotes checked against the texts they claim to come from."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from ..anchoring import SourceText
from ..findings import Severity
from ..graph import Graph
from ..model import Claim
from .base import Hit, rule

_QUOTE = attrgetter("quote")


def quotes_to_check(claim: Claim) -> Iterator[tuple[str, str, str]]:
    """``(field, quote, source id)`` for the claim's quote and each appearance's quote."""
    if claim.quote and claim.source:
        yield "quote", claim.quote, claim.source
    for i, appearance in enumerate(claim.appearances):
        if appearance.quote:
            yield f"appearances[{i}].quote", appearance.quote, appearance.source


@rule("PV006", "quote-not-in-source", Severity.error)
def quote_not_in_source(graph: Graph) -> Iterator[Hit]:
    """A quote that is not in the text of the source it is attributed to.

    Checked for the claim's `quote` against its `source`, and for each
    appearance's `quote` against that appearance's source, whenever the source
    has `text` or `text_file`. Curly and straight quotes, dashes, ellipses,
    whitespace and letter case do not count as differences, nor does
    punctuation where the quote is cut. Single and double quotation marks
    match each other, since a quote inside a quote swaps them (`He called it
    'a new chapter'` for the source's `He called it “a new chapter”`), and so
    does their order with the punctuation beside them (`chapter,'` for
    `chapter’,`). A quote elided with "...", "…", "[...]" or "[…]" matches
    when its parts appear in order.

    Words in square brackets are the editor's, not the source's, so they are
    not looked for: between words, `[Pakistan]` stands for up to six words of
    the source or none (`he said [Pakistan] would adopt` matches `he said it
    would adopt` and `he said would adopt`); inside a word, `[T]he`, it stands
    for a few letters; at either end of the quote or of a cut part it is left
    out. The words outside the brackets must still be the source's, in order.

    When the words are close to a passage, the finding shows that passage and
    the words that differ (a misquote).

    ## Why it matters
    A quotation mark promises the speaker's exact words. A changed word
    ("will" for "would"), a dropped "not", or a reordered clause changes what
    was said, and it is the error readers and subjects notice first.

    ## Fails
    ```yaml
    claims:
      - id: patterson-kayani-opposes-nfu
        speaker: anne-patterson
        source: us-cable-2009-02-19
        appearances:
          - source: ndtv-2011-05-06-kayani-nfu      # text_file: article.txt
            quote: Kayani does support Zardari's statement
        text: Kayani does not support Zardari's no-first-use statement.
    ```

    ## Passes
    ```yaml
        appearances:
          - source: ndtv-2011-05-06-kayani-nfu
            quote: Kayani does not support Zardari’s statement
    ```

    ## How to fix
    Copy the words from the source exactly, marking cuts with "..." or "[...]"
    and your own words with square brackets. If the claim restates rather than
    quotes, move the words to `text` and set `kind: paraphrase`.
    """
    texts: dict[str, SourceText | None] = {}  # None: no text to check against
    for entry in graph.claims:
        claim = entry.obj
        if not claim.quote and not any(map(_QUOTE, claim.appearances)):
            continue  # most claims quote nothing: skip the generator
        for field, quote, source_id in quotes_to_check(claim):
            if source_id not in texts:
                source = graph.source(source_id)  # None when dangling: PV003 reports it
                raw = graph.text(source) if source is not None else None
                texts[source_id] = SourceText(raw) if raw is not None else None
            text = texts[source_id]
            if text is None or text.contains(quote):
                continue
            misquote = text.closest_passage(quote)
            if text.has_parts_out_of_order(quote):
                yield Hit(
                    entry,
                    f"{field}: each part cut with '...' is in the text of '{source_id}', "
                    "but not in the order quoted",
                    hint="put the parts in the source's order, or quote them separately",
                )
            elif misquote is None:
                yield Hit(
                    entry,
                    f"{field} is not in the text of '{source_id}', nor close to any passage",
                    hint="quote the source verbatim, or record the words as a paraphrase",
                )
            else:
                passage = " ".join(misquote.passage.split())
                yield Hit(
                    entry,
                    f"{field} differs from the text of '{source_id}' (misquote?): "
                    f'{misquote.describe()}; closest passage: "{passage}"',
                    hint="copy the words exactly as the source has them, marking cuts with '...'",
                )
