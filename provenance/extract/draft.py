"""Attributions and speakers as a draft dossier an editor reviews.

The article is one source (with its text). Each speaker said their words
somewhere the article reports: a source of its own, by them ("where Anne
Patterson said this", or "the cable" when the article names the document),
which the article cites. Each claim is the speaker's, in that source, and
*appears* in the article with the words the article prints, as the seed
dossier records NDTV's report of Patterson's cable. A claim found inside
another claim's words is embedded in it (Zardari's statement in Patterson's
cable). Every claim is ``draft: true`` until an editor has checked it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..dates import PartialDate
from ..model import Agent, Appearance, Claim, ClaimKind, Dossier, Source, SourceKind
from ..model.selector import Position, TextSelectors
from .found import Found, Kind, Span
from .speakers import Speaker, slug

_DOCUMENT_KINDS = {
    "cable": SourceKind.diplomatic_cable,
    "report": SourceKind.report,
    "study": SourceKind.report,
    "survey": SourceKind.report,
    "review": SourceKind.report,
    "analysis": SourceKind.report,
    "assessment": SourceKind.report,
    "audit": SourceKind.report,
    "statement": SourceKind.statement,
    "communique": SourceKind.statement,
    "release": SourceKind.press_release,
    "transcript": SourceKind.transcript,
    "tweet": SourceKind.social_post,
    "post": SourceKind.social_post,
    "book": SourceKind.book,
}


@dataclass(frozen=True, slots=True)
class Article:
    """The article being read, and what the editor said about it on the command line."""

    text: str
    source_id: str
    title: str | None = None
    publisher: str | None = None
    published: PartialDate | None = None


def build(article: Article, found: list[Found], speakers: list[Speaker | None]) -> Dossier:
    """The draft dossier for ``article``: its attributions whose speaker is known."""
    text = article.text
    keep = [i for i, s in enumerate(speakers) if s is not None]
    agent_ids = _agent_ids([s for s in speakers if s is not None], taken={article.source_id})
    claim_ids: dict[int, str] = {}
    counts: Counter[str] = Counter()
    used = {article.source_id, *agent_ids.values()}
    for index in keep:
        speaker = speakers[index]
        assert speaker is not None
        base = agent_ids[id(speaker)]
        counts[base] += 1
        candidate = f"{base}-{counts[base]}"
        while candidate in used:
            counts[base] += 1
            candidate = f"{base}-{counts[base]}"
        used.add(candidate)
        claim_ids[index] = candidate
    said_in: dict[int, str] = {}
    sources: list[Source] = []
    for speaker in _unique(s for s in speakers if s is not None):
        source_id = _free(f"{agent_ids[id(speaker)]}-source", used)
        said_in[id(speaker)] = source_id
        sources.append(_said_in(speaker, source_id, agent_ids[id(speaker)], article.published))
    article_source = Source(
        id=article.source_id,
        kind=SourceKind.news_article,
        title=article.title or _first_line(text),
        publisher=article.publisher,
        published=article.published,
        language="en",
        cites=tuple(sorted(said_in.values())),
        text=text,
    )
    claims = []
    for index in keep:
        item = found[index]
        speaker = speakers[index]
        assert speaker is not None
        children = [claim_ids[i] for i in keep if found[i].parent == index]
        claims.append(
            _claim(
                article,
                item,
                claim_ids[index],
                agent_ids[id(speaker)],
                said_in[id(speaker)],
                tuple(children),
            )
        )
    agents = [_agent(s, agent_ids[id(s)]) for s in _unique(s for s in speakers if s is not None)]
    if article.publisher and article.publisher not in agent_ids.values():
        agents.append(Agent(id=article.publisher, name=article.publisher))
    return Dossier(agents=tuple(agents), sources=(article_source, *sources), claims=tuple(claims))


def _unique(speakers: object) -> list[Speaker]:
    seen: dict[int, Speaker] = {}
    for speaker in speakers:  # type: ignore[attr-defined]
        seen.setdefault(id(speaker), speaker)
    return list(seen.values())


def _free(candidate: str, used: set[str]) -> str:
    base, n = candidate, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate


def _agent_ids(speakers: list[Speaker], taken: set[str]) -> dict[int, str]:
    ids: dict[int, str] = {}
    used = set(taken)
    for speaker in _unique(speakers):
        ids[id(speaker)] = _free(slug(speaker.name), used)
    return ids


def _agent(speaker: Speaker, agent_id: str) -> Agent:
    return Agent(
        id=agent_id,
        name=speaker.name,
        kind=speaker.kind,
        aliases=tuple(a for a in speaker.aliases if a.lower() not in ("he", "she", "they", "it")),
    )


def _said_in(
    speaker: Speaker, source_id: str, agent_id: str, published: PartialDate | None
) -> Source:
    kind = SourceKind.unknown
    title = f"where {speaker.name} said it (the article does not say)"
    for document in speaker.documents:
        head = document.lower().split()[-1]
        kind = _DOCUMENT_KINDS.get(head, SourceKind.unknown)
        title = " ".join(document.split())
        break
    return Source(
        id=source_id, kind=kind, title=title, authors=(agent_id,), published=_until(published)
    )


def _until(published: PartialDate | None) -> PartialDate | None:
    """Said some time up to the article: ``../2011-05-06``."""
    if published is None or "/" in published.text:
        return None
    return PartialDate.parse(f"../{published.text}")


def _claim(
    article: Article,
    item: Found,
    claim_id: str,
    speaker: str,
    source: str,
    embeds: tuple[str, ...],
) -> Claim:
    text = article.text
    content = " ".join(" ".join(text[s:e].split()) for s, e in item.content)
    quote = None
    if item.kind is not Kind.indirect and item.quotes:
        quote = " ... ".join(" ".join(text[s:e].split()) for s, e in item.quotes)
    date = _until(article.published)
    selectors = TextSelectors(
        source=article.source_id,
        content=tuple(Position(start=s, end=e) for s, e in item.content),
        speaker=_position(item.mention.span) if item.mention else None,
        cue=_position(item.cue) if item.cue else None,
    )
    return Claim(
        id=claim_id,
        text=content,
        quote=quote,
        kind=ClaimKind(item.kind.value),
        speaker=speaker,
        source=source,
        date=date,
        embeds=embeds,
        appearances=(Appearance(source=article.source_id, date=article.published, quote=quote),),
        cue=" ".join(text[item.cue[0] : item.cue[1]].split()) if item.cue else None,
        selectors=selectors,
        draft=True,
    )


def _position(span: Span) -> Position:
    return Position(start=span[0], end=span[1])


_BOILERPLATE = re.compile(
    r"^(?:this (?:article|story|report) (?:is|was) (?:from|published|updated)\b|published\b"
    r"|updated\b|last updated\b|posted\b|by [A-Z]|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}$"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}$)",
    re.IGNORECASE,
)


def _first_line(text: str) -> str | None:
    """The headline: the first line that is not boilerplate ("This Article is From May 06,
    2011", a date, a byline), preferring one without a final stop (a sentence is body text)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not _BOILERPLATE.match(line)]
    for line in lines[:3]:
        if not line.endswith((".", "?", "!")):
            return line[:200]
    return lines[0][:200] if lines else None
