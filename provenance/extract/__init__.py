"""Article text -> a draft dossier: who said what, with which cue, where in the text.

Rules over spaCy's dependency parse (the optional extra ``extract``):

* ``prefilter.py`` blanks out sentences that cannot attribute, so they cost no parsing;
* ``quotes.py`` finds the quotations in the raw text;
* ``clauses.py`` reads cues off the parse (reporting verbs, "according to",
  reporting nouns) with their speakers and content clauses;
* ``frames.py`` matches quotations to cues and keeps the rest as indirect speech;
* ``speakers.py`` merges the mentions of one speaker into one agent;
* ``draft.py`` writes the dossier.

>>> from provenance.extract import extract
>>> dossier = extract("“We will not pay,” the minister, John Smith, said.", source_id="a")
>>> [(c.speaker, c.kind, c.quote) for c in dossier.claims]   # doctest: +SKIP
[('john-smith', <ClaimKind.direct: 'direct'>, 'We will not pay,')]
"""

from __future__ import annotations

from ..dates import PartialDate
from ..errors import InputError
from ..model import Dossier
from .draft import Article, build
from .found import Found
from .nlp import INSTALL, PIPELINE, PipelineMissing, pipeline
from .prefilter import mask
from .quotes import find_quotations
from .speakers import Resolver, Speaker, proper_names

MAX_CHARACTERS = 1_000_000
"""The longest text parsed in one piece: spaCy's own limit, past which its parser's
memory grows beyond what a desk machine should give it."""

__all__ = [
    "INSTALL",
    "MAX_CHARACTERS",
    "PIPELINE",
    "Article",
    "PipelineMissing",
    "extract",
    "find",
]


def find(text: str) -> tuple[list[Found], list[Speaker | None]]:
    """The attributions in ``text`` and the speaker of each (None when unknown).

    :raises PipelineMissing: spaCy or its English pipeline is not installed.
    :raises InputError: the text is longer than :data:`MAX_CHARACTERS`.
    """
    from .frames import attributions

    if len(text) > MAX_CHARACTERS:
        raise InputError(
            f"{len(text):,} characters is longer than extract reads at once "
            f"({MAX_CHARACTERS:,}): split it into articles or chapters"
        )
    masked, unparsed_names = mask(text)
    doc = pipeline()(masked)
    found = attributions(doc, text)
    quoted = [(q.start - 1, q.end + 1) for q in find_quotations(text)]
    names = sorted([*proper_names(doc), *unparsed_names])
    speakers = Resolver(text, names, quoted).resolve(found)
    return found, speakers


def extract(
    text: str,
    *,
    source_id: str,
    title: str | None = None,
    publisher: str | None = None,
    published: PartialDate | None = None,
) -> Dossier:
    """A draft dossier for one article: its source, speakers and claims, all ``draft: true``.

    :raises PipelineMissing: spaCy or its English pipeline is not installed.
    """
    found, speakers = find(text)
    article = Article(text, source_id, title, publisher, published)
    return build(article, found, speakers)
