"""The words that attribute speech: reporting verbs, nouns and phrases.

Each list is a plain frozenset of lemmas, so extending it is one line: add the
verb's dictionary form ("brag") and every inflection the tagger lemmatises to
it ("bragged", "brags") is a cue. Kept deliberately to verbs of *saying* and
*writing*; verbs of thinking ("believe", "think") are a list of their own,
``BELIEF_VERBS``, read only outside quotations and the first person: inside a
quotation they are the speaker's own hedges ("we believe that ..."), part of
the quote, not a new claim.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as text, one word after another."""
    return frozenset(text.split())


REPORTING_VERBS = words("""
    say tell add write state stress claim deny warn insist argue explain note announce
    declare report reveal suggest acknowledge admit assert allege confirm concede contend
    maintain predict promise pledge urge recall estimate emphasise emphasize remark observe
    mention complain testify tweet post quip joke caution vow reply respond answer comment
    counter retort recount disclose inform assure reiterate repeat agree boast charge demand
    propose recommend hint imply speculate indicate conclude find show accuse blame dismiss
    dispute reject describe characterise characterize summarise summarize point lament
    concur clarify specify affirm aver opine muse exclaim shout cry whisper murmur mutter
    insinuate forecast advise signal brief relate narrate
    """)
"""Verbs whose subject is the speaker and whose complement is what was said."""

BELIEF_VERBS = words("believe think reckon")
"""Verbs of thinking: a cue only outside the first person ("Analysts believe the bank will
cut", not a speaker's own "we believe that ...", which is part of their quote)."""

WRITING_VERBS = words("write author draft pen send cable sign")
"""Verbs that make their subject the author of a document ("Patterson wrote" -> the cable)."""

QUESTION_VERBS = words("ask wonder question inquire enquire")
"""Verbs of asking: their complement is a question, not an assertion; used only with quotes."""

REPORTING_NOUNS = words("""
    statement claim assertion remark comment announcement warning promise pledge denial
    admission insistence argument allegation message testimony prediction assurance
    declaration contention suggestion acknowledgment acknowledgement confirmation
    """)
"""Nouns that report speech when someone's: "Zardari's statement ... that Pakistan would ..."."""

DOCUMENT_NOUNS = words("""
    cable report memo memorandum letter document study survey filing email e-mail note
    statement paper dossier review analysis assessment audit indictment complaint lawsuit
    ruling judgment judgement verdict release communique communiqué transcript record
    records minutes book article post tweet message affidavit brief briefing
    """)
"""Nouns of documents: "the cable states" is said by whoever wrote the cable."""

NAMING_VERBS = words("call label brand dub term describe")
"""Verbs that quote by naming: "called the discovery 'the find of a lifetime'". They make a
(mixed) claim only when quoted words follow them."""

PARTICLE_VERBS = {"point": "out", "lay": "out", "spell": "out", "set": "out"}
"""Verbs that report only with their particle: "pointed out", not "pointed"."""
