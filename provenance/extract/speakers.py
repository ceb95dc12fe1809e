"""Speaker mentions merged into agents: "Anne Patterson", "Ms Patterson", "she" -> one.

* A name joins the agent whose name shares its last word and holds all its
  words ("Patterson" joins "Anne Patterson"); the longest form seen in the
  article, titles stripped, is the agent's name ("General Kayani" ->
  "Ashfaq Parvez Kayani" when the article names him in full anywhere).
* A pronoun goes to the nearest agent before it that fits: "she" to a person
  not known to be a man, "they" to a group or organisation, "it" to an
  organisation or document.
* A description ("the Ambassador") goes to the nearest agent the article
  described so ("who was the US ambassador"), else becomes an agent of its own.
* A document ("the cable") is said by whoever the article says wrote it
  ("Patterson ... wrote"), or by whom it is from ("a statement from the
  mayor"), else it is an agent of its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..model import AgentKind
from .cues import WRITING_VERBS, words
from .found import Found, Mention, MentionKind
from .mentions import PRONOUNS, TITLES
from .quotes import inside_any

FEMALE = words("ms ms. mrs mrs. miss madam lady queen princess dame spokeswoman chairwoman")
MALE = words("mr mr. sir lord king prince spokesman chairman")
PERSON_TITLES = TITLES - {"state", "foreign", "home", "health", "finance", "interior", "army"}
ORGANIZATION_WORDS = words("""
    government ministry department agency office embassy council committee commission
    party police army military navy force forces court union company corporation bank
    university institute association organisation organization group network bureau
    service services board authority administration parliament congress senate house
    cabinet campaign foundation fund inc inc. ltd ltd. corp corp. co co. plc llc
    newspaper agency network channel times post journal news press energy holdings
    motors airlines airways systems technologies pharmaceuticals media partners capital
    industries international foods rail railways telecom labs laboratories group club
    fc league federation agency trust hospital school council
    """)
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.I)
_CONTEXT = 160
_AGE = re.compile(r"\b\d{1,3}-year-old\b")


@dataclass(slots=True)
class Speaker:
    """An agent proposed for the draft, with what the article says of it."""

    name: str
    kind: AgentKind | None = None
    aliases: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    gender: str | None = None
    documents: list[str] = field(default_factory=list)
    """Document mentions resolved to this speaker ("the cable")."""
    wrote: bool = False
    guessed: bool = False
    """Kind guessed from the name's shape alone ("Brightwater Energy" could be anyone)."""
    last: int = -1

    @property
    def words(self) -> list[str]:
        return self.name.lower().split()

    def alias(self, text: str) -> None:
        text = " ".join(text.split())
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)


@dataclass
class Resolver:
    """Resolves the mentions of one article, in text order."""

    text: str
    names: list[tuple[int, str]]
    """Every proper name in the article with its offset: the full forms to prefer."""
    quoted: list[tuple[int, int]] = field(default_factory=list)
    """Quotations (marks included): a name said inside one is no antecedent for "she"."""
    speakers: list[Speaker] = field(default_factory=list)
    _acronyms: dict[str, str] | None = None

    def __post_init__(self) -> None:
        self._quoted = inside_any(self.quoted)

    def _seen(self, speaker: Speaker, at: int) -> None:
        if not self._quoted(at):
            speaker.last = max(speaker.last, at)

    def resolve(self, found: list[Found]) -> list[Speaker | None]:
        """The speaker of each attribution (None when it cannot be told)."""
        result: list[Speaker | None] = [None] * len(found)
        # Names first, so that a pronoun or a document may point forward to a writer.
        order = sorted(range(len(found)), key=lambda i: _position(found[i]))
        for index in order:
            mention = found[index].mention
            if mention is not None and mention.kind is MentionKind.name:
                result[index] = self._name(mention)
                self._note_cue(result[index], found[index])
        for index in order:
            item = found[index]
            if result[index] is not None or item.mention is None:
                continue
            if item.follows is not None:
                result[index] = result[item.follows]
                continue
            result[index] = self._other(item.mention)
            self._note_cue(result[index], item)
        return result

    def _note_cue(self, speaker: Speaker | None, found: Found) -> None:
        if speaker is not None and found.cue_lemma in WRITING_VERBS:
            speaker.wrote = True

    def _name(self, mention: Mention) -> Speaker:
        expanded = self._expand(mention.name)
        words = expanded.lower().split()
        full = self._full_name(expanded)
        for speaker in self.speakers:
            if _same_name(words, speaker.words) or _same_name(full.lower().split(), speaker.words):
                if len(full.split()) > len(speaker.words):
                    speaker.alias(speaker.name)
                    speaker.name = full
                break
        else:
            speaker = Speaker(full)
            self.speakers.append(speaker)
        speaker.alias(mention.text)
        if mention.name != full:
            speaker.alias(mention.name)
        if expanded != mention.name:
            speaker.kind = AgentKind.organization
        speaker.titles.update(mention.titles)
        self._seen(speaker, mention.span[0])
        self._gender_and_kind(speaker, mention)
        return speaker

    def _expand(self, name: str) -> str:
        """An acronym's spelled-out form, when the article gives it: "The GOP (Government of
        Pakistan)", "the Royal College of Nursing (RCN)", or a name with those initials."""
        acronym = name.removeprefix("the ").removeprefix("The ")
        if not _ACRONYM.fullmatch(acronym):
            return name
        if self._acronyms is None:
            self._acronyms = _acronyms(self.text)
        return self._acronyms.get(acronym, name)

    def _full_name(self, name: str) -> str:
        words = name.lower().split()
        best = name
        for _, candidate in self.names:
            if _same_name(words, candidate.lower().split()) and len(candidate) > len(best):
                best = candidate
        return best

    def _gender_and_kind(self, speaker: Speaker, mention: Mention) -> None:
        titles = {t.lower() for t in mention.titles} | {mention.text.split()[0].lower()}
        if titles & FEMALE:
            speaker.gender = "f"
        elif titles & MALE:
            speaker.gender = "m"
        if speaker.kind is not None:
            return
        words = set(speaker.name.lower().split())
        if words & ORGANIZATION_WORDS or (speaker.name.isupper() and len(speaker.name) > 1):
            speaker.kind = AgentKind.organization
        elif titles & PERSON_TITLES or speaker.gender:
            speaker.kind = AgentKind.person
        elif _looks_like_a_name(speaker.name):
            speaker.kind = AgentKind.person
            speaker.guessed = True

    def _other(self, mention: Mention) -> Speaker | None:
        at = mention.span[0]
        if mention.kind is MentionKind.pronoun:
            return self._pronoun(mention, at)
        if mention.kind is MentionKind.document:
            if mention.by is not None:
                author = (
                    self._name(mention.by)
                    if mention.by.kind is MentionKind.name
                    else self._other(mention.by)
                )
                if author is not None:
                    author.documents.append(mention.text)
                return author
            writers = [s for s in self.speakers if s.wrote]
            if writers:
                writer = min(writers, key=lambda s: abs(s.last - at))
                writer.documents.append(mention.text)
                return writer
            return self._described(mention, AgentKind.organization)
        # A description: someone the article described with those words before.
        head = mention.head
        if _AGE.search(mention.text) and not mention.plural:
            # "the 34-year-old said": the person last named before.
            return self._nearest_name(at, person=True)
        role = head in PERSON_TITLES or head in ORGANIZATION_WORDS
        for speaker in sorted(self.speakers, key=lambda s: -s.last):
            if head in speaker.titles or (role and self._described_near(speaker, head)):
                speaker.alias(mention.text)
                self._seen(speaker, at)
                return speaker
        if not mention.plural and role:
            named = self._named_so(head, at)
            if named is not None:
                named.alias(mention.text)
                return named
        if not mention.plural and head in ORGANIZATION_WORDS:
            # "the agency said": the organisation last named before, its kind word first.
            organisation = self._nearest_organisation(head, at)
            if organisation is not None:
                organisation.alias(mention.text)
                return organisation
        kind = AgentKind.group if mention.plural else None
        if head in ORGANIZATION_WORDS:
            kind = AgentKind.organization
        elif head in PERSON_TITLES and not mention.plural:
            kind = AgentKind.person
        return self._described(mention, kind)

    def _nearest_name(self, at: int, person: bool) -> Speaker | None:
        for offset, name in reversed(self.names):
            if offset >= at or self._quoted(offset):
                continue
            if person and set(name.lower().split()) & ORGANIZATION_WORDS:
                continue
            return self._name(Mention((offset, offset), name, MentionKind.name, head="", name=name))
        return None

    def _nearest_organisation(self, head: str, at: int) -> Speaker | None:
        before = [
            (offset, name)
            for offset, name in self.names
            if offset < at and not self._quoted(offset)
        ]
        for wanted, acronyms in (({head}, False), (ORGANIZATION_WORDS, True)):
            for offset, name in reversed(before):
                words = set(name.lower().split())
                if words & wanted or (acronyms and name.isupper() and len(name) > 1):
                    mention = Mention((offset, offset), name, MentionKind.name, head="", name=name)
                    speaker = self._name(mention)
                    speaker.kind = AgentKind.organization
                    speaker.guessed = False
                    return speaker
        return None

    def _named_so(self, head: str, at: int) -> Speaker | None:
        """The nearest name before ``at`` that the article gave that title or description:
        "Finance Minister Rahel Tesfaye ... the minister said"."""
        for offset, name in reversed(self.names):
            if offset >= at or self._quoted(offset):
                continue
            before = self.text[max(0, offset - 40) : offset].lower().split()[-3:]
            after = self.text[offset : offset + _CONTEXT].lower().split(".")[0]
            if head in before or re.search(rf"\b{re.escape(head)}\b", after):
                mention = Mention((offset, offset), name, MentionKind.name, head="", name=name)
                return self._name(mention)
        return None

    def _described_near(self, speaker: Speaker, head: str) -> bool:
        """Whether a mention of the speaker is followed by ``head``: "Anne Patterson, who was
        the US ambassador"."""
        for alias in [speaker.name, *speaker.aliases]:
            for match in re.finditer(re.escape(alias), self.text):
                window = self.text[match.end() : match.end() + _CONTEXT].lower()
                if re.search(rf"\b{re.escape(head)}\b", window.split(".")[0]):
                    return True
        return False

    def _described(self, mention: Mention, kind: AgentKind | None) -> Speaker:
        name = _DETERMINERS.sub("", " ".join(mention.text.split())) or mention.text
        for speaker in self.speakers:
            if speaker.name.lower() == name.lower():
                self._seen(speaker, mention.span[0])
                return speaker
        speaker = Speaker(name, kind=kind)
        self._seen(speaker, mention.span[0])
        speaker.alias(mention.text)
        self.speakers.append(speaker)
        return speaker

    def _pronoun(self, mention: Mention, at: int) -> Speaker | None:
        gender = PRONOUNS.get(mention.head)
        if gender in ("1", "2"):
            return None  # "I", "we", "you" outside a quotation: nobody the article names
        candidates = sorted(
            (s for s in self.speakers if 0 <= s.last < at), key=lambda s: -s.last
        ) or sorted((s for s in self.speakers if s.last >= 0), key=lambda s: s.last)
        for speaker in candidates:
            if _fits(speaker, gender):
                if gender in ("m", "f") and speaker.gender is None:
                    speaker.gender = gender
                    speaker.kind = AgentKind.person
                if gender in ("n", "p") and speaker.guessed:
                    speaker.kind = AgentKind.organization
                speaker.guessed = False
                self._seen(speaker, at)
                return speaker
        # No speaker yet: the nearest proper name before the pronoun.
        before = [name for offset, name in self.names if offset < at and not self._quoted(offset)]
        if before and gender in ("m", "f"):
            speaker = self._name(
                Mention((at, at), before[-1], MentionKind.name, head="", name=before[-1])
            )
            speaker.gender = gender
            speaker.kind = AgentKind.person
            return speaker
        return None


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_MINOR = words("of for and the on in to at &")
_PHRASE = re.compile(r"[A-Z][\w'’-]*(?: +(?:(?:of|for|and|the|on|in|to|at|&) +)*[A-Z][\w'’-]*)+")


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w.lower() not in _MINOR and w[:1].isupper())


def _spells(phrase: str, acronym: str) -> bool:
    """Whether the acronym is the phrase's initials, with or without its small words."""
    acronym = acronym.replace("&", "")
    every = "".join(w[0] for w in phrase.split() if w.isalpha() or w[:1].isupper()).upper()
    return acronym in (_initials(phrase), every)


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms and their spelled-out forms: a bracket after either ("Election Commission of
    Pakistan (ECP)", "The ECP (Election Commission of Pakistan)") or, failing that, a
    capitalised phrase of the article with those initials ("Reserve Bank of India": RBI)."""
    found: dict[str, str] = {}
    for match in re.finditer(r"\(([^()\n]{2,80})\)", text):
        inside = match.group(1).strip()
        before = text[max(0, match.start() - 120) : match.start()].rstrip()
        if _ACRONYM.fullmatch(inside):
            phrases = [m.group() for m in _PHRASE.finditer(before) if m.end() == len(before)]
            for phrase in phrases:
                words_ = phrase.split()
                # The shortest tail of the phrase whose initials spell the acronym.
                for start in range(len(words_) - 1, -1, -1):
                    tail = " ".join(words_[start:])
                    if tail.split()[0].lower() in _MINOR:
                        continue
                    if _spells(tail, inside):
                        found.setdefault(inside, tail)
                        break
        else:
            last = re.search(r"([A-Z][A-Z&]{1,7})\s*$", before)
            if last and _spells(inside.removeprefix("the "), last.group(1)):
                found.setdefault(last.group(1), inside.removeprefix("the "))
    for match in _PHRASE.finditer(text):
        phrase = match.group()
        words_ = phrase.split()
        while words_ and words_[0].lower() in TITLES | _MINOR | {"a", "an"}:
            words_ = words_[1:]
        phrase = " ".join(words_)
        key = _initials(phrase)
        organisation = {w.lower() for w in words_} & ORGANIZATION_WORDS
        if len(key) >= 3 and organisation and _ACRONYM.fullmatch(key) and key not in found:
            found[key] = phrase
    return found


def _looks_like_a_name(name: str) -> bool:
    parts = name.split()
    return len(parts) >= 2 and all(part[:1].isupper() for part in parts)


def _position(found: Found) -> int:
    return found.mention.span[0] if found.mention is not None else found.start


def _same_name(a: list[str], b: list[str]) -> bool:
    """The same last word, and one holds the other: "patterson", "anne patterson"."""
    if not a or not b or a[-1] != b[-1]:
        return False
    return set(a) <= set(b) or set(b) <= set(a)


def _fits(speaker: Speaker, gender: str | None) -> bool:
    if gender in ("m", "f"):
        return speaker.kind in (AgentKind.person, None) and speaker.gender in (gender, None)
    if gender == "p":
        return speaker.kind in (AgentKind.group, AgentKind.organization) or speaker.guessed
    if gender == "n":
        return (speaker.kind in (AgentKind.organization, None) or speaker.guessed) and (
            not speaker.gender
        )
    return False


def proper_names(doc: Any) -> list[tuple[int, str]]:
    """Runs of proper nouns in a parsed article, titles stripped, with their offsets."""
    names: list[tuple[int, str]] = []
    run: list[Any] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.is_alpha:
            run.append(token)
            continue
        words = [t for t in run if t.lower_ not in TITLES]
        if words:
            names.append((words[0].idx, " ".join(t.text for t in words)))
        run = []
    return names


def slug(name: str) -> str:
    """A lower-case id from a name: "Anne Patterson" -> "anne-patterson"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    return "-".join(words)[:60].strip("-") or "speaker"
