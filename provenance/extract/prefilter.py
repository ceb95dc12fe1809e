"""Which sentences are worth parsing: those that could hold an attribution.

Parsing is nearly all of extraction's cost. A sentence with no quotation mark
and no form of a cue word ("said", "according", "statement"...) cannot hold
an attribution the rules would find, so it is blanked out before parsing:
replaced by spaces of the same length, which keeps every offset into the
text. Its proper names are still collected (by their capitals), so that a
later "she" or "the minister" can be resolved to someone it introduced.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .cues import (
    BELIEF_VERBS,
    NAMING_VERBS,
    PARTICLE_VERBS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    WRITING_VERBS,
    words,
)
from .mentions import TITLES
from .quotes import find_quotations

_IRREGULAR = words(
    """said says told wrote written writes found shown showed spoke spoken cried replied
    thought denied testified implied clarified specified according accordingly quoted quoting"""
)
# A sentence ends at . ! or ? (and any closing marks) before a space and a capital or an
# opening mark, unless the stop ends an initial or an abbreviation ("U.S. has", "Mr. Smith").
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[A-Z\"“‘(])|\n")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|No|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|etc)\.$"
)
_KEPT_WORDS = 6
_LEADING = words("the a an this that on in at after before when but and for of to")
_WORD = re.compile(r"[a-z]+")
_QUOTE_MARKS = frozenset("\"“”„‟«»‘’‚'")
_CAPITALISED = re.compile(
    r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)+"
)


def _inflections(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


CUE_FORMS = (
    frozenset(
        form
        for lemma in REPORTING_VERBS
        | BELIEF_VERBS
        | WRITING_VERBS
        | REPORTING_NOUNS
        | NAMING_VERBS
        | set(PARTICLE_VERBS)
        for form in _inflections(lemma)
    )
    | _IRREGULAR
)
"""Every word form that may be a cue: a sentence without one (or a quote mark) is not parsed."""


def could_attribute(sentence: str) -> bool:
    if any(char in _QUOTE_MARKS for char in sentence):
        return True
    return any(word in CUE_FORMS for word in _WORD.findall(sentence.lower()))


def mask(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The text with what cannot attribute blanked out, and the proper names blanked.

    Blanked: sentences with no quotation mark and no cue form; and inside a long
    quotation, every sentence with no cue form except the quotation's first and
    last few words, which the parser needs to see how the quotation is framed
    (a speaker's own words are the speaker's: only a cue inside them, "Zardari's
    statement that ...", makes another claim).

    >>> mask("It rained. She said so.")[0]
    '           She said so.'
    """
    chars = list(text)
    names: list[tuple[int, str]] = []
    bounds = [0, *_boundaries(text), len(text)]
    sentences = list(pairwise(bounds))
    top = _headlines_end(text)
    for start, end in sentences:
        sentence = text[start:end]
        if not could_attribute(sentence) or start < top:
            for found in _CAPITALISED.finditer(sentence):
                name = _untitled(found.group())
                if name:
                    names.append((start + found.end() - len(name), name))
            _blank(chars, start, end)
    for quotation in find_quotations(text):
        for part_start, part_end in quotation.parts:
            inner = _inner(text, part_start, part_end)
            if inner is None:
                continue
            for start, end in sentences:
                low, high = max(start, inner[0]), min(end, inner[1])
                said = text[max(start, part_start) : min(end, part_end)]
                if low < high and not _has_cue(said):
                    _blank(chars, low, high)
    return "".join(chars), names


_ENDS = frozenset(".!?:;…\"”’')]")


def _headlines_end(text: str) -> int:
    """Where the article's body starts: after the lines at its top with no final stop (the
    headline, a standfirst, a byline, a dateline line) that stand alone, followed by a blank
    line or a capital. Their quotation marks quote nobody the rules could find ("Hartley
    'not thinking about sack' after defeat")."""
    end = 0
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        following = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
        if stripped:
            if stripped[-1] in _ENDS or not (following == "" or following[:1].isupper()):
                break
            end = offset + len(line)
        offset += len(line) + 1
    return end


def _has_cue(text: str) -> bool:
    return any(word in CUE_FORMS for word in _WORD.findall(text.lower()))


def _inner(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The middle of a quotation part, past its first and before its last few words."""
    spaces = [i for i in range(start, end) if text[i].isspace() and not text[i - 1].isspace()]
    if len(spaces) <= 2 * _KEPT_WORDS:
        return None
    return spaces[_KEPT_WORDS - 1], spaces[-_KEPT_WORDS]


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _untitled(name: str) -> str:
    """A name without the titles before it: "Finance Minister Rahel Tesfaye" -> "Rahel Tesfaye"."""
    parts = name.split()
    while parts and (parts[0].lower() in TITLES or parts[0].lower() in _LEADING):
        parts = parts[1:]
    return " ".join(parts) if len(parts) >= 2 else ""


def _boundaries(text: str) -> list[int]:
    ends = []
    for match in _BOUNDARY.finditer(text):
        stop = text[max(0, match.start() - 6) : match.start() + 1]
        if match.group() != "\n" and _ABBREVIATION.search(stop):
            continue
        ends.append(match.end())
    return ends
