"""Quotations matched to their cues, then the clauses left over as indirect speech.

A quotation is attributed, in this order, by:

1. a parsed clause whose content overlaps it ("She stressed, “...”", "says her
   concern is that someone “could ...”"): direct when the quotation is all of
   the content, mixed when the content has words of the reporter's too;
2. the words around it, its *frame*, in the same sentence: after it when it
   ends with a comma, question mark or the frame starts in lower case (“A,”
   she said), before it when the frame ends with a comma, a colon or a dash
   (She said: “A”); the cue is the reporting verb there, the speaker its
   subject or the noun beside it;
3. a colon or dash lead-in with no reporting verb ("The minister was blunt:
   “...”"): the lead-in's subject is the speaker;
4. nothing at all, when it opens a sentence after an attributed quotation in
   the same or the previous paragraph: it continues that speaker's quotes.

A quotation split by its cue (“A,” she said, “B.”) is one attribution with two
parts. Anything else in quotation marks (a title, a scare-quoted term) is not
an attribution.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain
from typing import Any

from .clauses import (
    Clause,
    according_to,
    left_subject,
    naming_clauses,
    noun_clauses,
    verb_clauses,
)
from .cues import REPORTING_VERBS
from .found import Found, Kind, Mention, Span
from .mentions import mention_of, subject_of
from .nlp import lemma_in, lemma_of, text_of
from .quotes import Quotation, find_quotations, inside_any

Token = Any

_SENTENCE_END = frozenset(".!?")
_QUOTE_MARKS = frozenset("\"“”‘’'«»„")
_LEAD_IN = frozenset(":—–-")


def attributions(doc: Any, text: str | None = None) -> list[Found]:
    """Every attribution in a parsed article, in text order, nested ones linked to their parent.

    ``text`` is the article as written when ``doc`` parsed a masked copy of it (see
    ``prefilter.py``): quotations are found in the text as written.
    """
    if text is None:
        text = text_of(doc)
    quotations = [q for q in find_quotations(text) if q.words(text) >= 1]
    clauses = [
        c
        for c in chain(verb_clauses(doc), according_to(doc), noun_clauses(doc), naming_clauses(doc))
        if c.speakers
    ]
    quoted = inside_any([(q.start - 1, q.end + 1) for q in quotations])

    found: list[Found] = []
    by_cue: dict[int, Found] = {}
    used: set[int] = set()
    for quotation in quotations:
        clause = _overlapping(quotation, clauses, quoted)
        if clause is not None:
            used.add(id(clause))
            outside = _outside_words(text, clause.content, quotations)
            if outside >= 2:
                parts = _union([*clause.content, *quotation.parts])
                result = Found(
                    Kind.mixed,
                    parts,
                    clause.speakers[0],
                    clause.cue_span,
                    lemma_of(clause.cue).lower(),
                    quotes=list(quotation.parts),
                )
            else:
                result = Found(
                    Kind.direct,
                    list(quotation.parts),
                    clause.speakers[0],
                    clause.cue_span,
                    lemma_of(clause.cue).lower(),
                    quotes=list(quotation.parts),
                )
            _add(found, by_cue, clause.cue.i, result)
            found.extend(_copy(result, extra) for extra in clause.speakers[1:])
            continue
        framed = _framed(doc, quotation, clauses, quoted)
        if framed is not None:
            cue, mention = framed
            result = Found(
                Kind.direct,
                list(quotation.parts),
                mention,
                (cue.idx, cue.idx + len(cue.text)),
                lemma_of(cue).lower() if cue.is_alpha else None,
                quotes=list(quotation.parts),
            )
            for clause in clauses:
                if clause.cue.i == cue.i:
                    used.add(id(clause))
            _add(found, by_cue, cue.i, result)
            continue
        previous = _continued(text, quotation, found)
        if previous is not None:
            found.append(
                Found(
                    Kind.direct,
                    list(quotation.parts),
                    found[previous].mention,
                    None,
                    None,
                    quotes=list(quotation.parts),
                    follows=previous,
                )
            )
    for clause in clauses:
        if id(clause) in used or not clause.content or clause.needs_quote:
            continue
        found.extend(
            Found(
                Kind.indirect,
                list(clause.content),
                m,
                clause.cue_span,
                lemma_of(clause.cue).lower(),
            )
            for m in clause.speakers
        )
    found.sort(key=lambda f: (f.start, -f.end))
    _nest(found)
    return found


def _copy(found: Found, mention: Mention) -> Found:
    return Found(
        found.kind, list(found.content), mention, found.cue, found.cue_lemma, list(found.quotes)
    )


def _add(found: list[Found], by_cue: dict[int, Found], cue: int, result: Found) -> None:
    """Record an attribution; a second quotation on the same cue is a second part."""
    earlier = by_cue.get(cue)
    if earlier is not None and earlier.kind is Kind.direct and result.kind is Kind.direct:
        earlier.content.extend(result.content)
        earlier.quotes.extend(result.quotes)
        return
    by_cue[cue] = result
    found.append(result)


def _union(parts: list[Span]) -> list[Span]:
    return [(min(s for s, _ in parts), max(e for _, e in parts))]


def _overlapping(quotation: Quotation, clauses: list[Clause], quoted: Any) -> Clause | None:
    """The clause whose content holds (part of) the quotation, its cue outside it."""
    best: Clause | None = None
    for clause in clauses:
        if quoted(clause.cue_span[0]) or not clause.content:
            continue
        if any(s < quotation.end and quotation.start < e for s, e in clause.content) and (
            best is None or _distance(clause, quotation) < _distance(best, quotation)
        ):
            best = clause
    return best


def _distance(clause: Clause, quotation: Quotation) -> int:
    cue = clause.cue_span[0]
    return min(abs(cue - quotation.start), abs(cue - quotation.end))


def _outside_words(text: str, parts: list[Span], quotations: list[Quotation]) -> int:
    """How many words of the content are the reporter's, not inside quotation marks."""
    count = 0
    for start, end in parts:
        inside = [(q.start - 1, q.end + 1) for q in quotations if q.start < end and start < q.end]
        cursor = start
        for s, e in sorted(inside):
            count += _word_count(text[cursor : max(cursor, s)])
            cursor = max(cursor, e)
        count += _word_count(text[cursor:end])
    return count


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def _token_at(doc: Any, offset: int) -> int:
    """Index of the first token that starts at or after ``offset``."""
    starts = doc.user_data.get("provenance.starts")
    if starts is None:
        starts = doc.user_data["provenance.starts"] = [token.idx for token in doc]
    return bisect_left(starts, offset)


def _frame_after(doc: Any, quotation: Quotation, quoted: Any) -> list[Token]:
    text: str = text_of(doc)
    tokens: list[Token] = []
    after = quotation.end + 1
    for token in doc[_token_at(doc, after) :]:
        if "\n" in token.text or quoted(token.idx) or token.text in _QUOTE_MARKS:
            break
        if token.text in _SENTENCE_END:
            break
        tokens.append(token)
        if len(tokens) > 20:
            return []
    if not tokens:
        return []
    inner = text[quotation.start : quotation.end].rstrip()
    ends_open = inner[-1:] in ",?!…—-–:" if inner else False
    if ends_open or tokens[0].text == "," or tokens[0].text[:1].islower() or _cue_in(tokens):
        return tokens
    return []


def _frame_before(doc: Any, quotation: Quotation, quoted: Any) -> list[Token]:
    text: str = text_of(doc)
    before = quotation.start - 1
    tokens: list[Token] = []
    for token in reversed(doc[: _token_at(doc, before)]):
        if "\n" in token.text or quoted(token.idx) or token.text in _QUOTE_MARKS:
            break
        if token.text in _SENTENCE_END and token.idx + 1 < before:
            break
        tokens.append(token)
    tokens.reverse()
    if not tokens:
        return []
    last = text[:before].rstrip()[-1:]
    if last in "," or last in _LEAD_IN or _cue_in(tokens[-2:]) or tokens[-1].lower_ == "that":
        return tokens
    return []


def _cue_in(tokens: list[Token]) -> Token | None:
    cues = [t for t in tokens if lemma_in(t, REPORTING_VERBS) and t.is_alpha]
    return cues[-1] if cues else None


def _speaker_near(cue: Token, frame: list[Token], clauses: list[Clause]) -> Mention | None:
    for clause in clauses:
        if clause.cue.i == cue.i:
            return clause.speakers[0]
    subjects = subject_of(cue)
    if subjects:
        return mention_of(subjects[0])
    nouns = [t for t in frame if t.pos_ in ("PROPN", "NOUN", "PRON") and t.i != cue.i]
    after = [t for t in nouns if t.i > cue.i]
    # "said Smith": the noun after the cue; "the cable states": the head of the noun before.
    if after and (not [t for t in nouns if t.i < cue.i]):
        head = after[0]
        while head.head.i != head.i and head.head in frame and head.dep_ in ("compound", "flat"):
            head = head.head
        return mention_of(head)
    before = [t for t in nouns if t.i < cue.i]
    if before:
        return mention_of(before[-1])
    found = left_subject(cue)
    return mention_of(found) if found is not None else None


def _framed(
    doc: Any, quotation: Quotation, clauses: list[Clause], quoted: Any
) -> tuple[Token, Mention] | None:
    text: str = text_of(doc)
    after = _frame_after(doc, quotation, quoted)
    before = _frame_before(doc, quotation, quoted)
    for frame in (after, before):
        cue = _cue_in(frame)
        if cue is None:
            continue
        mention = _speaker_near(cue, frame, clauses)
        if mention is not None:
            return cue, mention
    if before and text[: quotation.start - 1].rstrip()[-1:] in _LEAD_IN:
        lead = _lead_in(before)
        if lead is not None:
            return lead
    return None


def _lead_in(frame: list[Token]) -> tuple[Token, Mention] | None:
    """A lead-in with no reporting verb: "The minister was blunt: ...", "Smith: ..."."""
    roots = [t for t in frame if t.head.i == t.i or t.head not in frame]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    colon = frame[-1]
    if verbs:
        subjects = subject_of(verbs[0])
        mention = mention_of(subjects[0]) if subjects else None
        if mention is not None:
            return verbs[0], mention
        return None
    nouns = [t for t in frame if t.pos_ == "PROPN"]
    if nouns and len(frame) <= 6:
        mention = mention_of(nouns[-1])
        if mention is not None:
            return colon, mention
    return None


def _continued(text: str, quotation: Quotation, found: list[Found]) -> int | None:
    """A quotation with no cue that opens a sentence right after an attributed one."""
    if quotation.words(text) < 3 or not found:
        return None
    before = text[: quotation.start - 1].rstrip()
    if before and before[-1] not in ".!?\n" and before[-1] not in _QUOTE_MARKS:
        return None
    last = len(found) - 1
    previous = found[last]
    if previous.kind is Kind.indirect or previous.end > quotation.start:
        return None
    between = text[previous.end : quotation.start]
    if between.count("\n\n") > 1 or len(between) > 400:
        return None
    return previous.follows if previous.follows is not None else last


def _nest(found: list[Found]) -> None:
    """Link each attribution to the smallest other one whose content holds it."""
    for index, inner in enumerate(found):
        best: int | None = None
        for other, outer in enumerate(found):
            if other == index or outer.start > inner.start or outer.end < inner.end:
                continue
            if (outer.start, outer.end) == (inner.start, inner.end):
                continue
            if inner.cue is not None and not (outer.start <= inner.cue[0] < outer.end):
                continue
            if best is None or outer.end - outer.start < found[best].end - found[best].start:
                best = other
        inner.parent = best
