from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
import yaml

from provenance import Graph, load

from ..conftest import ROOT, SEED

SHARED_SCHEMAS = ROOT.parent / "shared" / "external-schemas"


def shared_schema(name: str) -> Path:
    """A published schema from ../shared/external-schemas, or skip saying where it was sought."""
    path = SHARED_SCHEMAS / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: the shared external schemas are not beside this checkout")
    return path


@pytest.fixture(scope="session")
def seed() -> Graph:
    return load([SEED])


def shuffled_seed(directory: Path, seed: int = 7) -> Path:
    """The seed dossier with agents, sources and claims written in another order."""
    data = yaml.safe_load((SEED / "dossier.yaml").read_text(encoding="utf-8"))
    for items in data.values():
        random.Random(seed).shuffle(items)
    path = directory / "dossier.json"
    path.write_text(json.dumps(data, default=str), encoding="utf-8")
    shutil.copy(SEED / "article.txt", directory / "article.txt")
    return path
