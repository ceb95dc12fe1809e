"""Any text a dossier can hold is stored and returned exactly: quotes, backslashes, SQL,
emoji, right-to-left scripts, combining marks, line ends."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from provenance import export, load
from provenance.model.base import SLUG_PATTERN
from provenance.store import ClaimFilter, find_claims, import_dossiers, read_graph

TRICKY = [
    "'; DROP TABLE claims; --",
    'say "no" \\ and \\"yes\\"',
    "SELECT * FROM agents WHERE 1=1 OR ''=''",
    "%_ LIKE wildcards %",
    "👩🏽‍⚖️ 🇵🇰",
    "مرحبا بالعالم",
    "שלום",
    "e\u0301 a\u0308 \u200d\u200f",
    "line\r\nbreaks\rand\ttabs\n",
    " leading and trailing spaces ",
]

# Any Unicode that UTF-8 can carry (no lone surrogates) except NUL (refused at load).
any_text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1),
)
ids = st.one_of(
    st.sampled_from(["select", "drop", "null", "true", "order"]),
    st.from_regex(SLUG_PATTERN, fullmatch=True).filter(lambda s: len(s) <= 40),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    agent_id=ids,
    name=any_text,
    alias=any_text,
    text=any_text,
    quote=any_text,
    note=st.text(st.characters(codec="utf-8", exclude_characters="\x00")),
    tag=any_text,
    cue=any_text,
)
def test_any_text_round_trips_exactly(
    engine: Engine,
    tmp_path: Path,
    agent_id: str,
    name: str,
    alias: str,
    text: str,
    quote: str,
    note: str,
    tag: str,
    cue: str,
) -> None:
    dossier = tmp_path / "dossier.json"
    claim: dict[str, object] = {
        "id": f"{agent_id}-claim",
        "text": text,
        "quote": quote,
        "speaker": agent_id,
    }
    claim |= {"note": note, "tags": [tag], "source": "s", "cue": cue}
    data = {
        "agents": [{"id": agent_id, "name": name, "aliases": [alias]}],
        "sources": [{"id": "s", "title": quote, "text": text}],
        "claims": [claim],
    }
    dossier.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # The same file each example: every import after the first updates in place.
    import_dossiers(engine, [dossier], allow_findings=True)
    assert export(read_graph(engine)) == export(load([dossier]))
    found = find_claims(engine, ClaimFilter(speaker=agent_id))
    assert [(c.text, c.quote, c.note, c.tags, c.cue) for c in found] == [
        (text, quote, note, (tag,), cue)
    ]
