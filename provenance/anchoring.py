"""Find quotes in source texts, the way an editor would, and say where.

Quotes are compared after normalising what typing and typesetting change
without changing the words: curly and straight quotes, dashes, ellipses,
runs of whitespace and letter case. Single and double quotation marks match
each other (a quote inside a quote changes its marks), in either order with
punctuation beside them ("a new chapter," / "a new chapter",). A quote elided
with "...", "…" or "[...]" matches when its parts appear in order. An editor's
insertion in square brackets ("[Kayani] said [Pakistan] would adopt ...") is
not the source's words: it stands for up to :data:`INSERTION_WORDS` words of
the source, or none, and at the edge of a part it is left out.

Where a quote is found, the result carries W3C Web Annotation selectors
(TextQuoteSelector and TextPositionSelector) with offsets into the original,
un-normalised text.

When a quote is not found, :func:`closest_passage` looks for the passage it
was most likely taken from, through an index of the text's words, so a long
source costs one pass to index and then a few small comparisons per quote.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

CONTEXT = 32
"""Characters of prefix and suffix kept in a TextQuoteSelector."""

MISQUOTE_SIMILARITY = 0.6
"""Word-level similarity from which an absent quote is reported as a misquote
of its closest passage rather than as plainly absent."""

_DOUBLE = frozenset('"“”„‟″〝〞＂«»')
_SINGLE = frozenset("'‘’‚‛′`")
_DASHES = frozenset("-‐‑‒–—―−")
_ELLIPSIS = re.compile(r"\s*\[\s*(?:(?:\.\s*){3,}|…\s*)\]\s*|\s*(?:\.\s*){3,}|\s*…\s*")
_INSERTION = re.compile(r"\[[^\[\]]*\]")
_EDGE_INSERTION = re.compile(r"^\[[^\[\]]*\]|\[[^\[\]]*\]$")
# A quotation mark with the punctuation touching it: "chapter,'" and "chapter'," are
# the same words typeset the American or the British way.
_MARK_CLUSTER = re.compile(r"""[.,;:!?]*["'][.,;:!?"']*""")
_PUNCTUATED_MARK = re.compile(r"""[.,;:!?]["']|["'][.,;:!?]""")
_WORD = re.compile(r"\w+(?:'\w+)*")


_FOLD = str.maketrans(
    {**dict.fromkeys(_DOUBLE, '"'), **dict.fromkeys(_SINGLE, "'"), **dict.fromkeys(_DASHES, "-")}
    | {"…": "..."}
)
_AROUND_DASHES = re.compile(r"\s*-[\s-]*")


class Normalised:
    """Normalised text and, for each of its characters, the offset it came from.

    The offset map costs a pass in Python per character; most texts are only
    searched, so it is built the first time an offset is asked for.
    """

    __slots__ = ("_origin", "_original", "text")

    def __init__(self, original: str) -> None:
        self._original = original
        self._origin: tuple[int, ...] | None = None
        self.text = _fold(original)

    @property
    def original_length(self) -> int:
        return len(self._original)

    @property
    def origin(self) -> tuple[int, ...]:
        if self._origin is None:
            text, self._origin = _fold_with_origin(self._original)
            assert text == self.text, "the two ways of folding a text disagree"
        return self._origin

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets ``[start, end)`` of the normalised slice ``[start, end)``."""
        origin = self.origin
        return origin[start], origin[end - 1] + 1


def normalise(text: str) -> Normalised:
    """Fold quotes, dashes, whitespace and case, keeping a map back to the original.

    >>> normalise("“No  first use” — he said").text
    '"no first use"-he said'
    """
    return Normalised(text)


def _fold(text: str) -> str:
    """What :func:`_fold_with_origin` gives as text, through C-speed string methods."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    # str.lower() of a whole string differs from lowering each character only
    # where a character grows ("İ") or for a final sigma; keep those exact.
    if len(lowered) != len(folded) or "Σ" in folded:
        return _fold_with_origin(text)[0]
    # str.split() and the regular expression \s agree on what whitespace is (every code
    # point checked), and splitting is faster; the dash pattern is slow to try everywhere.
    lowered = " ".join(lowered.split())
    return _AROUND_DASHES.sub("-", lowered) if "-" in lowered else lowered


def _fold_with_origin(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text and, for each of its characters, the original offset."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            # Whitespace next to a dash is typographic ("a -- b" / "a—b").
            if out and out[-1] not in (" ", "-"):
                out.append(" ")
                origin.append(index)
            continue
        if char in _DOUBLE:
            folded = '"'
        elif char in _SINGLE:
            folded = "'"
        elif char in _DASHES:
            if out and out[-1] == "-":
                continue  # "--" and "—" are the same dash
            if out and out[-1] == " ":
                out.pop()
                origin.pop()
            folded = "-"
        elif char == "…":
            folded = "..."
        else:
            folded = char.lower()
        for piece in folded:
            out.append(piece)
            origin.append(index)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), tuple(origin)


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote was found: W3C Web Annotation selectors into the original text."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...] = ()
    """Original offsets of each part, when the quote was elided."""

    def selectors(self) -> list[dict[str, object]]:
        return [
            {
                "type": "TextQuoteSelector",
                "exact": self.exact,
                "prefix": self.prefix,
                "suffix": self.suffix,
            },
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]


_EDGE_PUNCTUATION = " .,;:!?\"'"


INSERTION_WORDS = 6
"""At most this many words of the source may stand where a quote has an editor's
bracketed insertion: "[the army chief]" for "he", "[Pakistan]" for "it"."""

_INSERTION_CHARS = 12
"""...and at most this many characters where the insertion is part of a word: "[t]he"."""


def quote_parts(quote: str) -> list[str]:
    """A quote split at the writer's ellipses ("...", "…", "[...]"), each part normalised.

    Punctuation at the edges of a part is dropped: where a quote is cut, a
    writer closes it with their own full stop or opens it mid-sentence. So is a
    bracketed insertion at an edge ("[Kayani] does not support"): nothing of
    the source's on its far side needs to be found.
    """
    # An ellipsis takes three dots or "…"; most quotes have neither, and the pattern is
    # slow to try at every position.
    cut = _ELLIPSIS.split(quote) if quote.count(".") >= 3 or "…" in quote else [quote]
    parts = (_trim(normalise(part).text) for part in cut)
    return [part for part in parts if part]


def _trim(part: str) -> str:
    while True:
        trimmed = part.strip(_EDGE_PUNCTUATION)
        if "[" in trimmed:
            trimmed = _EDGE_INSERTION.sub("", trimmed).strip(" ")
        if trimmed == part:
            return part
        part = trimmed


@functools.lru_cache(maxsize=4096)
def _part_pattern(part: str) -> re.Pattern[str] | None:
    """What a part of a quote matches, when that is more than its own letters.

    None when the part can be looked for as it is (quotation marks folded to
    one): it has no bracketed insertion and no punctuation beside a quotation mark.
    """
    if "[" not in part and _PUNCTUATED_MARK.search(part) is None:
        return None
    pieces: list[str] = []
    last = 0
    for insertion in _INSERTION.finditer(part):
        before = part[last : insertion.start()]
        written = re.escape(insertion.group())
        if before.endswith(" ") and part.startswith(" ", insertion.end()):
            # Between words: the editor's words, or up to INSERTION_WORDS of the source's.
            pieces.append(_literal(before[:-1]))
            pieces.append(f"(?: (?:{written}|[^ ]+(?: [^ ]+){{0,{INSERTION_WORDS - 1}}}?))?")
        else:
            pieces.append(_literal(before))
            pieces.append(f"(?:{written}|[^ ]{{0,{_INSERTION_CHARS}}}?)")
        last = insertion.end()
    pieces.append(_literal(part[last:]))
    return re.compile("".join(pieces))


def _literal(text: str) -> str:
    """A regular expression for normalised text in which either quotation mark
    matches the other, in any order with the punctuation touching it."""
    pieces: list[str] = []
    last = 0
    for cluster in _MARK_CLUSTER.finditer(text):
        marks = "".join(sorted({*cluster.group(), '"', "'"}))
        pieces.append(re.escape(text[last : cluster.start()]))
        pieces.append(f"[{re.escape(marks)}]{{{len(cluster.group())}}}")
        last = cluster.end()
    pieces.append(re.escape(text[last:]))
    return "".join(pieces)


@dataclass
class SourceText:
    """One source's text, normalised once; indexed by word when a quote is not found."""

    original: str
    norm: Normalised = field(init=False)
    _words: list[tuple[str, int, int]] | None = field(default=None, init=False)
    _positions: dict[str, list[int]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.norm = normalise(self.original)

    @property
    def words(self) -> list[tuple[str, int, int]]:
        """The words of the normalised text with their spans (indexed on first use)."""
        if self._words is None:
            self._words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(self.norm.text)]
            for index, (word, _, _) in enumerate(self._words):
                self._positions.setdefault(word, []).append(index)
        return self._words

    @property
    def positions(self) -> dict[str, list[int]]:
        """Where each word occurs, as indexes into :attr:`words`."""
        _ = self.words
        return self._positions

    def contains(self, quote: str) -> bool:
        """Whether :meth:`anchor` finds the quote, without working out where."""
        return self._find(quote) is not None

    def anchor(self, quote: str) -> Anchor | None:
        """The quote's place in the text, or None when it is not there verbatim."""
        found = self._find(quote)
        if found is None:
            return None
        spans = [self.norm.span(start, end) for start, end in found]
        start, end = spans[0][0], spans[-1][1]
        return Anchor(
            exact=self.original[start:end],
            prefix=self.original[max(0, start - CONTEXT) : start],
            suffix=self.original[end : end + CONTEXT],
            start=start,
            end=end,
            parts=tuple(spans) if len(spans) > 1 else (),
        )

    def _find(self, quote: str) -> list[tuple[int, int]] | None:
        """Each part's span in the normalised text, in order; None when one is missing."""
        parts = quote_parts(quote)
        if not parts:
            return None
        spans: list[tuple[int, int]] = []
        cursor = 0
        for part in parts:
            found = self._locate(part, cursor)
            if found is None:
                return None
            spans.append(found)
            cursor = found[1]
        return spans

    def has_parts_out_of_order(self, quote: str) -> bool:
        """True when a quote cut with "..." has every part in the text, but not in its order."""
        parts = quote_parts(quote)
        return len(parts) > 1 and all(self._locate(part, 0) is not None for part in parts)

    @functools.cached_property
    def _marks_folded(self) -> str:
        """The normalised text with every quotation mark as ``'`` (offsets unchanged)."""
        return self.norm.text.replace('"', "'")

    def _locate(self, part: str, cursor: int) -> tuple[int, int] | None:
        """Where a part of a quote first occurs in the normalised text, from ``cursor``."""
        pattern = _part_pattern(part)
        if pattern is None:
            found = self._marks_folded.find(part.replace('"', "'"), cursor)
            return (found, found + len(part)) if found >= 0 else None
        match = pattern.search(self.norm.text, cursor)
        return match.span() if match is not None else None

    def closest_passage(self, quote: str) -> Misquote | None:
        """The passage the quote most likely misquotes, or None when nothing is close.

        Candidate places come from the word index: each quote word that occurs in
        the text votes for where the quote would start. Only the best-voted
        places are compared word by word, so the cost does not grow with the
        product of quote and text lengths.
        """
        # The editor's bracketed words are not the source's: not a difference either.
        words = _INSERTION.sub(" ", " ".join(quote_parts(quote)))
        quoted = [m.group() for m in _WORD.finditer(words)]
        if not quoted or not self.words:
            return None
        votes: Counter[int] = Counter()
        # The rarest words locate a passage best; very common ones only add noise.
        by_rarity = sorted(set(quoted), key=lambda w: len(self.positions.get(w, ())))
        for word in by_rarity[: max(8, len(by_rarity) // 2)]:
            offsets = [i for i, w in enumerate(quoted) if w == word]
            for position in self.positions.get(word, ())[:2000]:
                for offset in offsets:
                    votes[max(0, position - offset)] += 1
        best: Misquote | None = None
        slack = len(quoted) // 2 + 3
        for start, _ in votes.most_common(5):
            low = max(0, start - slack)
            window = self.words[low : start + len(quoted) + slack]
            candidate = _compare(quoted, window, self)
            if candidate is not None and (best is None or candidate.similarity > best.similarity):
                best = candidate
        if best is None or best.similarity < MISQUOTE_SIMILARITY:
            return None
        return best


@dataclass(frozen=True, slots=True)
class Misquote:
    passage: str
    start: int
    end: int
    similarity: float
    differences: tuple[str, ...]

    def describe(self) -> str:
        return "; ".join(self.differences)


def _compare(
    quoted: list[str], window: list[tuple[str, int, int]], text: SourceText
) -> Misquote | None:
    words = [w for w, _, _ in window]
    matcher = difflib.SequenceMatcher(a=quoted, b=words, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size
    # Stretch the passage to cover quote words missing at either end.
    first = max(0, first - blocks[0].a)
    last = min(len(words), last + len(quoted) - (blocks[-1].a + blocks[-1].size))
    passage_words = words[first:last]
    matcher = difflib.SequenceMatcher(a=quoted, b=passage_words, autojunk=False)
    start, end = _sentence(text.original, *text.norm.span(window[first][1], window[last - 1][2]))
    return Misquote(
        passage=text.original[start:end],
        start=start,
        end=end,
        similarity=matcher.ratio(),
        differences=tuple(_differences(matcher, quoted, passage_words)),
    )


# A sentence ends at . ! or ? (with any closing quotes or brackets) followed by
# space and a capital or an opening quote, or at a blank line; "U.S. has" goes on.
# An opening quote before a capital also starts one: `she wrote, "Although ...`
# shows the quoted words, not the reporter's lead-in.
_SENTENCE_END = re.compile(r"([.!?][\"')\]”’]*)\s+(?=[A-Z\"“‘(])|\n\s*\n|(?<=\s)[\"“](?=[A-Z])")
_SENTENCE_REACH = 600


def _sentence(original: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to the sentence(s) it lies in, so an editor sees whole
    sentences: a moved clause shows up inside the passage rather than cut off."""
    low = max(0, start - _SENTENCE_REACH)
    # One character past `start`, so a lookahead can see the sentence's first letter.
    ends_before = [m for m in _SENTENCE_END.finditer(original, low, start + 1) if m.end() <= start]
    if ends_before:
        start = ends_before[-1].end()
    elif low == 0:
        start = len(original[:start]) - len(original[:start].lstrip())
    high = min(len(original), end + _SENTENCE_REACH)
    after = _SENTENCE_END.search(original, end, high)
    if after is not None:
        end = after.end(1) if after.group(1) else after.start()
    elif high == len(original):
        end = len(original.rstrip())
    return start, end


def _differences(
    matcher: difflib.SequenceMatcher[str], quoted: list[str], passage: list[str]
) -> list[str]:
    said: list[str] = []
    opcodes = matcher.get_opcodes()
    for i, (tag, a1, a2, b1, b2) in enumerate(opcodes):
        if tag == "equal":
            continue
        # One unchanged word of context reads better: 'will adopt' / 'would adopt'.
        after = opcodes[i + 1] if i + 1 < len(opcodes) else None
        before = opcodes[i - 1] if i > 0 else None
        left_q: list[str] = []
        left_s: list[str] = []
        right_q: list[str] = []
        right_s: list[str] = []
        if after is not None and after[0] == "equal":
            right_q, right_s = [quoted[after[1]]], [passage[after[3]]]
        elif before is not None and before[0] == "equal":
            left_q, left_s = [quoted[before[2] - 1]], [passage[before[4] - 1]]
        in_quote = " ".join([*left_q, *quoted[a1:a2], *right_q])
        in_source = " ".join([*left_s, *passage[b1:b2], *right_s])
        said.append(f"'{in_quote}' in the quote, '{in_source}' in the source")
    if not said:
        said.append("the same words, punctuated differently")
    return said
