"""Speaker mentions: from the subject of a cue to the words that name the speaker."""

from __future__ import annotations

from typing import Any

from .cues import DOCUMENT_NOUNS, words
from .found import Mention, MentionKind
from .nlp import lemma_in, lemma_of, text_of

Token = Any
"""A spaCy token (spaCy's own types are not precise enough for mypy strict)."""

TITLES = words("""
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor president vice prime minister
    general gen gen. sen sen. senator rep rep. representative governor gov gov. ambassador
    chief judge justice lt lt. col col. colonel captain capt capt. major maj maj. sir dame
    lord lady king queen prince princess pope rev rev. reverend chancellor secretary mayor
    commissioner inspector sergeant sgt sgt. sheriff coach chairman chairwoman chair
    director spokesman spokeswoman spokesperson premier deputy foreign defence defense
    finance interior home health state attorney admiral marshal field brigadier
    lieutenant commander officer minister's army
    curator auditor farmer engineer economist analyst lawyer doctor nurse teacher activist
    author writer journalist reporter actor actress singer artist designer architect
    scientist researcher historian councillor councilman councilwoman mp mep assemblyman
    assemblywoman trustee constable detective superintendent bishop rabbi imam father
    manager striker midfielder defender goalkeeper skipper chef owner founder ceo
    executive candidate leader negotiator envoy diplomat spokesperson aide adviser advisor
    """)
"""Words that may stand before a name without being part of it ("Ms", "Prime Minister")."""

PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": "p",
    "them": "p",
    "it": "n",
    "i": "1",
    "we": "1",
    "me": "1",
    "us": "1",
    "you": "2",
}
"""Personal pronouns a speaker may be mentioned by, with their gender or person."""

RELATIVE = frozenset({"who", "which", "that", "whom"})

_NAME_DEPS = frozenset({"compound", "flat", "det", "amod", "nmod", "poss", "nummod", "case"})


def subject_of(verb: Token) -> list[Token]:
    """The subject tokens of a verb: its nsubj and that subject's conjuncts."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return [child, *(c for c in child.conjuncts if c.i > child.i)]
    return []


def agent_of_passive(verb: Token) -> Token | None:
    """The "by X" of a passive verb: "was told by the minister"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def resolve_relative(token: Token) -> Token:
    """For "who" or "which" in a relative clause, the noun the clause is about."""
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token


def mention_of(token: Token) -> Mention | None:
    """The words naming the speaker whose head is ``token``, classified."""
    token = resolve_relative(token)
    if token.pos_ not in ("PROPN", "NOUN", "PRON", "X") and not token.text[:1].isupper():
        return None
    lower = token.lower_
    if token.pos_ == "PRON" or lower in PRONOUNS:
        if lower not in PRONOUNS:
            return None  # "someone", "this": nobody in particular
        return Mention(
            span=(token.idx, token.idx + len(token.text)),
            text=token.text,
            kind=MentionKind.pronoun,
            head=lower,
            plural=lower in ("they", "them", "we", "us"),
        )
    titled = _titled_name(token)
    if titled is not None:
        return titled
    # A description with a name beside it: "the party leader, John Smith", "The mayor
    # of Ravensburg, Jonas Albers" (the parser may hang the name on "Ravensburg").
    if token.pos_ != "PROPN":
        for child in token.subtree:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > token.i:
                named = mention_of(child)
                if named is not None:
                    named.titles = (*named.titles, lemma_of(token).lower())
                    return named
    words = _name_tokens(token)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    text = text_of(token.doc)[start:end]
    proper = [w for w in words if w.pos_ == "PROPN" or (w.text[:1].isupper() and w.i != 0)]
    descriptors = tuple(
        w.lower_ for w in words if w.pos_ in ("NOUN", "PROPN") and w.lower_ in TITLES
    )
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            descriptors = (*descriptors, lemma_of(child).lower())
    if lemma_in(token, DOCUMENT_NOUNS) and token.pos_ == "NOUN" and token.tag_ != "NNS":
        return Mention(
            span=(start, end),
            text=text,
            kind=MentionKind.document,
            head=lemma_of(token).lower(),
            by=_document_author(token),
        )
    name_words = _strip_titles(
        [w for w in words if w.pos_ != "DET" and (w.dep_ != "poss" or w.i == token.i)]
    )
    only_titles = all(w.lower_ in TITLES for w in name_words)
    if (token.pos_ == "PROPN" or (proper and token.pos_ != "NOUN")) and not only_titles:
        name = " ".join(w.text for w in name_words) or token.text
        return Mention(
            span=(start, end),
            text=text,
            kind=MentionKind.name,
            head=name_words[-1].lower_ if name_words else lower,
            name=name,
            titles=descriptors,
            plural=token.tag_ in ("NNPS",),
        )
    return Mention(
        span=(start, end),
        text=text,
        kind=MentionKind.description,
        head=lemma_of(token).lower(),
        titles=(lemma_of(token).lower(),),
        plural=token.tag_ in ("NNS", "NNPS"),
    )


def _titled_name(token: Token) -> Mention | None:
    """A name at the end of a long title: "Federal Minister for Climate Change Nausheen
    Qureshi", "Opposition leader in the National Assembly Omar Farooq" (the parser hangs the
    name on the title's preposition): the last two words of the run are the person's name."""
    if token.lower_ not in TITLES:
        return None
    for child in token.rights:
        if child.dep_ != "prep" or child.lower_ not in ("for", "in", "of", "at"):
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN":
                continue
            run = [pobj]
            for left in reversed(list(pobj.lefts)):
                if left.i == run[0].i - 1 and left.dep_ == "compound" and left.pos_ == "PROPN":
                    run.insert(0, left)
            if len(run) < 3 or not all(w.text[:1].isupper() and w.is_alpha for w in run[-2:]):
                return None
            named = run[-2:]
            start = token.left_edge.idx
            end = named[-1].idx + len(named[-1].text)
            return Mention(
                span=(start, end),
                text=text_of(token.doc)[start:end],
                kind=MentionKind.name,
                head=named[-1].lower_,
                name=" ".join(w.text for w in named),
                titles=(token.lower_,),
            )
    return None


def _name_tokens(token: Token) -> list[Token]:
    """The head and the words before it that belong to the name or description."""
    left = token
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS:
            left = child.left_edge if child.left_edge.i < left.i else left
            break
    words = [w for w in token.doc[left.i : token.i + 1] if w.pos_ != "PUNCT" or w.text in ".-'"]
    # "Government of Pakistan", "Ministry of Defence": a proper "of" phrase stays.
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and token.text[:1].isupper():
            objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if objects:
                words = [*words, *token.doc[token.i + 1 : objects[0].right_edge.i + 1]]
        elif child.dep_ in ("flat", "compound") and child.pos_ == "PROPN":
            words = [*words, child]
    while words and words[0].pos_ in ("PUNCT", "CCONJ", "ADP"):
        words = words[1:]
    return words or [token]


def _strip_titles(words: list[Token]) -> list[Token]:
    names = list(words)
    while len(names) > 1 and (names[0].lower_ in TITLES or names[0].pos_ != "PROPN"):
        names = names[1:]
    while len(names) > 1 and names[-1].pos_ == "PART":
        names = names[:-1]
    return names


def _document_author(token: Token) -> Mention | None:
    """Who a document is from: "a statement from the mayor", "a report by HRW"."""
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by", "of"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found = mention_of(grandchild)
                    if found is not None and found.kind is not MentionKind.document:
                        return found
        if child.dep_ == "acl":  # "a cable written by Anne Patterson"
            author = agent_of_passive(child)
            if author is not None and lemma_of(child) not in ("release", "leak", "obtain", "see"):
                found = mention_of(author)
                if found is not None and found.kind is not MentionKind.document:
                    return found
    for child in token.children:
        if child.dep_ == "poss":  # "the ministry's statement"
            found = mention_of(child)
            if found is not None:
                return found
    return None
