"""A graph read from the store."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..graph import Graph
from ..model import Source


@dataclass
class StoredGraph(Graph):
    """A graph whose source texts come from the store, not from files.

    Quotes are checked against a ``text_file`` as it was when imported, so
    ``db validate`` works where the dossier files are not at hand.
    """

    stored_texts: dict[str, str] = field(default_factory=dict)
    """Source id -> the text its ``text_file`` held at import."""

    def text(self, source: Source) -> str | None:
        if source.text is not None:
            return source.text
        return self.stored_texts.get(source.id)
