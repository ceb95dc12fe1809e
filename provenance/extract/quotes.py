"""Quotations in raw text: where each one opens and closes, as character offsets.

Handles what news copy does with quotation marks:

* curly (“ ” ‘ ’) and straight (" ') marks, told apart from apostrophes
  ("voters’", "don't", "’90s") by what stands on either side;
* a quotation that runs over several paragraphs: opened again at the start of
  each paragraph and closed only at the end of the last one;
* single quotes inside double ones are part of the outer quotation; single
  quotes on their own (British style, headlines) are quotations too.

A quotation left open at the end of a paragraph that the next paragraph does
not continue is closed there: a typo should not swallow the rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_STRAIGHT_DOUBLE = '"＂'
_OPEN_SINGLE = "‘‚"
_CLOSE_SINGLE = "’"
_STRAIGHT_SINGLE = "'`"
_BEFORE_OPENING = " \t\n([{—–-/" + _OPEN_DOUBLE + _STRAIGHT_DOUBLE
_DOUBLE_MARKS = re.compile(f"[{re.escape(_OPEN_DOUBLE + _CLOSE_DOUBLE + _STRAIGHT_DOUBLE)}]")
_SINGLE_MARKS = re.compile(f"[{re.escape(_OPEN_SINGLE + _CLOSE_SINGLE + _STRAIGHT_SINGLE)}]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[“\"‘])")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation: the text between its marks, in one part per paragraph it spans."""

    parts: tuple[tuple[int, int], ...]
    """``[start, end)`` of the quoted words in each paragraph, marks excluded."""

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def words(self, text: str) -> int:
        return sum(len(text[s:e].split()) for s, e in self.parts)


def _is_opening_double(text: str, i: int) -> bool:
    char = text[i]
    if char in _OPEN_DOUBLE:
        return True
    if char in _CLOSE_DOUBLE:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _BEFORE_OPENING and not after.isspace()


def _paragraph_ends(text: str) -> list[int]:
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_double(text: str) -> list[Quotation]:
    """Every double-quoted passage of ``text``, in order."""
    marks = [m.start() for m in _DOUBLE_MARKS.finditer(text)]
    ends = _paragraph_ends(text)
    found: list[Quotation] = []
    parts: list[tuple[int, int]] = []
    opened: int | None = None
    depth = 0  # quotations opened inside the open one: `a "no first use" policy`

    def paragraph_end(at: int) -> int:
        return next(e for e in ends if e >= at)

    index = 0
    while index < len(marks):
        i = marks[index]
        index += 1
        opening = _is_opening_double(text, i)
        if opened is not None and paragraph_end(opened) < i:
            # The paragraph ended with the quotation open: it goes on only if this
            # mark reopens it at the start of the next paragraph.
            close = paragraph_end(opened)
            parts.append(_trimmed(text, opened, close))
            starts_paragraph = text[close:i].strip() == ""
            depth = 0
            if opening and starts_paragraph:
                opened = i + 1
                continue
            found.append(Quotation(tuple(parts)))
            parts, opened = [], None
        if opened is None:
            if opening:
                opened = i + 1
            continue
        if opening:
            depth += 1
            continue
        if depth:
            depth -= 1
            continue
        parts.append((opened, i))
        found.append(Quotation(tuple(parts)))
        parts, opened = [], None
    if opened is not None:
        parts.append(_trimmed(text, opened, paragraph_end(opened)))
        found.append(Quotation(tuple(parts)))
    return [q for q in found if all(e > s for s, e in q.parts)]


def _single_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in _CLOSE_SINGLE:
        return False
    if after.isspace() or not (before in _BEFORE_OPENING or before in _OPEN_SINGLE):
        return False
    # '90s, 'em, 'tis: an apostrophe standing for left-out letters.
    return not re.match(r"(?:\d\ds|em|tis|twas|n)\b", text[i + 1 : i + 6])


def _single_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in _OPEN_SINGLE or before.isspace():
        return False
    return not (after.isalnum())  # "don't", "Kayani's": a letter follows, so an apostrophe


def find_single(text: str, inside: list[Quotation]) -> list[Quotation]:
    """Single-quoted passages that are not inside a double-quoted one."""
    covered = [(q.start - 1, q.end + 1) for q in inside]
    ends = _paragraph_ends(text)
    found: list[Quotation] = []
    candidates = [
        i
        for i in (m.start() for m in _SINGLE_MARKS.finditer(text))
        if not any(s <= i < e for s, e in covered)
    ]
    used = -1
    for position, i in enumerate(candidates):
        if i <= used or not _single_opening(text, i):
            continue
        limit = next(e for e in ends if e > i)
        closers = [j for j in candidates[position + 1 :] if j < limit and _single_closing(text, j)]
        if not closers:
            continue
        # 'the voters' rights are sacred,' she said: prefer a closer after punctuation.
        punctuated = [j for j in closers if text[j - 1] in ",.!?;:"]
        close = punctuated[0] if punctuated else closers[0]
        found.append(Quotation(((i + 1, close),)))
        used = close
    return found


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text`` (double-quoted, or single-quoted on its own), in order.

    >>> text = 'He said, “It’s over,” and left.'
    >>> [text[q.start : q.end] for q in find_quotations(text)]
    ['It’s over,']
    """
    double = find_double(text)
    return sorted([*double, *find_single(text, double)], key=lambda q: q.start)


def inside_any(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset falls inside any of ``spans`` (which may nest).

    Asked for every clause against every quotation, and for every mention of a
    name: a scan of all spans each time made a long text (a report, a day's
    wire) cubic in its quotations.
    """
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach: list[int] = []  # the furthest end among spans starting at or before each one
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)

    def inside(at: int) -> bool:
        i = bisect_right(starts, at) - 1
        return i >= 0 and reach[i] > at

    return inside
