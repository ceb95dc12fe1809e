from __future__ import annotations

from collections.abc import Callable

import pytest

from provenance.extract import find
from provenance.extract.found import Found
from provenance.extract.speakers import Speaker

Attributions = Callable[[str], list[tuple[str, str | None, list[str]]]]


@pytest.fixture(scope="session")
def attributions() -> Attributions:
    """(kind, speaker name, content parts) of each attribution found in a text."""

    def run(text: str) -> list[tuple[str, str | None, list[str]]]:
        found, speakers = find(text)
        return [_row(text, f, s) for f, s in zip(found, speakers, strict=True)]

    return run


def _row(text: str, found: Found, speaker: Speaker | None) -> tuple[str, str | None, list[str]]:
    return (
        found.kind.value,
        speaker.name if speaker else None,
        [text[s:e] for s, e in found.content],
    )
