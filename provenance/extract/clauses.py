"""Attributions read off the dependency parse: a cue, its speaker and its content clause.

* a reporting verb with a subject and a complement clause: "X says (that) ...";
  also "..., he said, ..." (the verb as an aside), "As X indicate, ..." and
  "reports alleging that ..." (a participle: the noun it qualifies is the speaker);
* "according to X, ...": the rest of the clause is the content;
* a reporting noun with an owner: "X's statement ... that ...".

Quotations are matched to these afterwards (``frames.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .cues import (
    BELIEF_VERBS,
    NAMING_VERBS,
    PARTICLE_VERBS,
    QUESTION_VERBS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    words,
)
from .found import Mention, Span
from .mentions import agent_of_passive, is_passive, mention_of, subject_of
from .nlp import forms_of, lemma_in, lemma_of, text_of

Token = Any

_WH = words("why how what whether if when where who which whom")
_EDGE = " \t\n,;:.—–-\"'“”‘’()"


@dataclass(slots=True)
class Clause:
    """A cue with its speaker mention(s) and the spans of what was said."""

    cue: Token
    cue_span: Span
    speakers: list[Mention]
    content: list[Span]
    """One part, or two around an aside ("The economy, he said, is strong")."""
    needs_quote: bool = False
    """A naming verb ("called X 'Y'"): a claim only if quoted words are in its content."""


_CUE_VERBS = REPORTING_VERBS | frozenset(PARTICLE_VERBS)
_SAYING_OR_THINKING = _CUE_VERBS | BELIEF_VERBS


def is_cue_verb(token: Token) -> bool:
    if not lemma_in(token, _CUE_VERBS):
        return False
    lemma = lemma_of(token).lower()
    if lemma in PARTICLE_VERBS:
        return any(c.dep_ == "prt" and c.lower_ == PARTICLE_VERBS[lemma] for c in token.children)
    return lemma in REPORTING_VERBS and token.pos_ in ("VERB", "AUX")


def cue_span(token: Token) -> Span:
    end = token.idx + len(token.text)
    for child in token.rights:
        if child.dep_ == "prt":
            end = child.idx + len(child.text)
    return token.idx, end


def trim(text: str, start: int, end: int) -> Span:
    """``[start, end)`` without spaces, punctuation and quotation marks at its edges."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def parts_of(tokens: list[Token], within: Span) -> list[Span]:
    """The tokens as runs of consecutive words, clipped to ``within`` and trimmed."""
    if not tokens:
        return []
    doc = tokens[0].doc
    text: str = text_of(doc)
    indexes = sorted(t.i for t in tokens)
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts: list[Span] = []
    for run in runs:
        first, last = doc[run[0]], doc[run[-1]]
        start = max(first.idx, within[0])
        end = min(last.idx + len(last.text), within[1])
        start, end = trim(text, start, end)
        if end > start and any(c.isalnum() for c in text[start:end]):
            parts.append((start, end))
    return parts


def paragraph_of(text: str, at: int) -> Span:
    """The paragraph (or line) around offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def left_subject(verb: Token) -> Token | None:
    """The nearest noun before a verb the parser left without a subject.

    "Anne Patterson, who was the US ambassador to Pakistan wrote": relative
    clauses and participles between the noun and the verb are skipped.
    """
    doc = verb.doc
    i = verb.i - 1
    floor = max(0, verb.i - 25)
    while i >= floor:
        token = doc[i]
        if token.text == "\n" or token.text in ".;" or token.text in '“"”':
            return None
        skipped = next(
            (a for a in token.ancestors if a.dep_ in ("relcl", "acl") and verb not in a.subtree),
            None,
        )
        if skipped is not None:
            i = skipped.left_edge.i - 1
            continue
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            return token
        if token.pos_ == "VERB":
            return None
        i -= 1
    return None


def _subtree_without(head: Token, without: Token) -> list[Token]:
    skip = {t.i for t in without.subtree}
    return [t for t in head.subtree if t.i not in skip]


def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    return None


def _reported_object(verb: Token) -> Token | None:
    """An object that carries a clause: "denied recent media reports alleging that ..."."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
            for grandchild in child.children:
                if grandchild.dep_ == "acl" and is_cue_verb(grandchild):
                    return child
                if grandchild.dep_ in ("acl", "ccomp") and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in grandchild.children
                ):
                    return child
    return None


def _is_question(clause: Token) -> bool:
    first = clause.left_edge
    return first.lower_ in _WH and first.i < clause.i


def _content_after_mark(clause: Token) -> list[Token]:
    tokens = list(clause.subtree)
    while (
        tokens
        and tokens[0].lower_ == "that"
        and (tokens[0].dep_ == "mark" or tokens[0].tag_ == "IN")
    ):
        tokens = tokens[1:]
    return tokens


def _speakers(tokens: list[Token]) -> list[Mention]:
    mentions = [mention_of(t) for t in tokens]
    return [m for m in mentions if m is not None]


def naming_clauses(doc: Any) -> Iterator[Clause]:
    """Naming verbs with their object and name: called the discovery "the find of a lifetime"."""
    text = text_of(doc)
    for token in doc:
        if not lemma_in(token, NAMING_VERBS) or token.pos_ != "VERB":
            continue
        objects = [c for c in token.rights if c.dep_ == "dobj"]
        subjects = subject_of(token)
        if not objects or not subjects or is_passive(token):
            continue
        last = max(token.rights, key=lambda c: c.right_edge.i).right_edge
        tokens = list(token.doc[objects[0].left_edge.i : last.i + 1])
        parts = parts_of(tokens, paragraph_of(text, token.idx))
        if parts:
            yield Clause(token, cue_span(token), _speakers(subjects), parts, needs_quote=True)


def _believes(token: Token) -> bool:
    """A verb of thinking with a third-person subject and a clause: "Analysts believe ..."."""
    if not lemma_in(token, BELIEF_VERBS) or token.pos_ != "VERB":
        return False
    text = text_of(token.doc)
    before = text[paragraph_of(text, token.idx)[0] : token.idx]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return False  # inside a quotation: the speaker's own hedge, part of the quote
    subjects = subject_of(token)
    return (
        bool(subjects)
        and subjects[0].lower_ not in _FIRST_PERSON
        and _complement(token) is not None
        and not any(c.dep_ in ("aux", "neg") and c.lower_ in _HEDGES for c in token.children)
    )


_FIRST_PERSON = words("i we you one")
_HEDGES = words("do does did not n't never would might may could")


def verb_clauses(doc: Any) -> Iterator[Clause]:
    text: str = text_of(doc)
    verbs = forms_of(_SAYING_OR_THINKING)
    for token in doc:
        if token.lower_ not in verbs:
            continue  # neither a cue nor a verb of thinking, whatever its lemma
        if not (is_cue_verb(token) or _believes(token)) or lemma_in(token, NAMING_VERBS):
            continue
        if lemma_in(token, QUESTION_VERBS):
            continue
        if is_passive(token):
            author = agent_of_passive(token)
            subjects = [author] if author is not None else []
            if not subjects:
                continue  # "he must be told ...": the one told is not the speaker
        else:
            subjects = subject_of(token)
        content_tokens: list[Token] = []
        complement = _complement(token)
        reported = _reported_object(token)
        if complement is not None:
            if _is_question(complement):
                continue
            content_tokens = _content_after_mark(complement)
        elif reported is not None:
            content_tokens = list(reported.subtree)
        elif token.dep_ in ("parataxis", "advcl") and token.head.i != token.i:
            # "The economy, he said, is strong." / "As reports indicate, the U.S. has ..."
            if token.dep_ == "advcl" and not any(
                c.dep_ == "mark" and c.lower_ == "as" for c in token.children
            ):
                continue
            content_tokens = _subtree_without(token.head, token)
        elif token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            # "recent media reports alleging that ...": the reports are the speaker.
            for child in token.children:
                if child.dep_ == "ccomp" and not _is_question(child):
                    content_tokens = _content_after_mark(child)
        if token.dep_ == "acl" and not subjects:
            subjects = [token.head]
        head = token
        while not subjects and head.dep_ == "conj" and head.head.i != head.i:
            # "acknowledged that ..., but insisted ...": the first verb's subject.
            head = head.head
            subjects = subject_of(head)
        if not subjects and (
            token.dep_ == "xcomp" or (token.dep_ == "advcl" and token.tag_ == "VBG")
        ):
            # "wants to say ...", "the agency said, adding that ...": the head's subject.
            subjects = subject_of(token.head)
        if not subjects:
            found = left_subject(token)
            subjects = [found] if found is not None else []
        within = paragraph_of(text, token.idx)
        parts = parts_of(content_tokens, within) if content_tokens else []
        yield Clause(token, cue_span(token), _speakers(subjects), parts)


def according_to(doc: Any) -> Iterator[Clause]:
    """Attributions by a phrase: "..., according to X." and "According to X, ..."."""
    text: str = text_of(doc)
    for token in doc:
        if token.lower_ != "according":
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None:
            continue
        sources = [c for c in to.children if c.dep_ == "pobj"]
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == token.i:
            continue
        parts = parts_of(_subtree_without(head, token), paragraph_of(text, token.idx))
        if not parts:
            continue
        span = (token.idx, to.idx + len(to.text))
        yield Clause(token, span, _speakers(sources), parts)


def noun_clauses(doc: Any) -> Iterator[Clause]:
    """Reporting nouns: "Zardari's statement last year ... that Pakistan would adopt ..."."""
    text: str = text_of(doc)
    for token in doc:
        if not lemma_in(token, REPORTING_NOUNS) or token.pos_ != "NOUN":
            continue
        owner = [c for c in token.children if c.dep_ == "poss"]
        if not owner:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                    owner = [g for g in child.children if g.dep_ == "pobj"]
        if not owner:
            continue
        # The "that" clause may hang off the noun or, misattached, off a later word.
        for that in doc[token.i + 1 : token.i + 12]:
            if that.lower_ == "that" and that.dep_ == "mark":
                clause = that.head
                tokens = [t for t in clause.subtree if t.i > that.i]
                parts = parts_of(tokens, paragraph_of(text, token.idx)) if tokens else []
                if parts:
                    yield Clause(
                        token, (token.idx, token.idx + len(token.text)), _speakers(owner), parts
                    )
                break
            if that.text in ".;" or (that.pos_ == "VERB" and that.dep_ not in ("acl", "relcl")):
                break
