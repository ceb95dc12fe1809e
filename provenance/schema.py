"""JSON Schemas generated from the models: what `provenance schema` writes to schemas/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .atomic import cannot_write, write_text_atomic
from .findings import Report
from .model import Dossier
from .model.lines import DossierLine

DIALECT = "https://json-schema.org/draft/2020-12/schema"

SCHEMAS: dict[str, tuple[type[BaseModel], str, str]] = {
    "dossier.schema.json": (
        Dossier,
        "provenance dossier",
        "Agents, sources and claims: who said what, where, when, published by whom.",
    ),
    "dossier-line.schema.json": (
        DossierLine,
        "provenance dossier line (JSON Lines)",
        "One line of a .jsonl dossier: an agent, source or claim with `type`.",
    ),
    "report.schema.json": (
        Report,
        "provenance findings report",
        "The JSON report of `provenance validate --format json`.",
    ),
}


def schema_for(model: type[BaseModel], title: str, description: str) -> dict[str, Any]:
    # Inputs are described as accepted (a year may be an integer); the report as emitted.
    generated = model.model_json_schema(mode="serialization" if model is Report else "validation")
    generated.update(title=title, description=description)
    return {"$schema": DIALECT, **generated}


def render(name: str) -> str:
    """One schema file's exact text, as committed under schemas/."""
    model, title, description = SCHEMAS[name]
    return json.dumps(schema_for(model, title, description), indent=2, ensure_ascii=False) + "\n"


def write_all(directory: str | Path) -> list[Path]:
    """Write every schema into ``directory`` (created if needed); return the paths written.

    :raises OutputError: the directory or a schema file cannot be written.
    """
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a file in the way, or no permission
        raise cannot_write(out, error) from None
    written = []
    for name in SCHEMAS:
        write_text_atomic(out / name, render(name))
        written.append(out / name)
    return written
