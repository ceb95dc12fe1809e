from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "ndtv-kayani-2011"
DEFECTS = ROOT / "fixtures" / "defects"
REVIEWED = ROOT / "fixtures" / "reviewed"
"""A demo desk's ratings of an invented councillor's claims: the fixture with reviews."""


@pytest.fixture
def write_dossier(tmp_path: Path) -> Callable[..., Path]:
    """Write dossier text into a temporary file and return its path."""

    def write(text: str, name: str = "dossier.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
