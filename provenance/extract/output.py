"""A draft dossier as YAML or JSON text, fields in contract order, defaults left out."""

from __future__ import annotations

import json
from typing import Any

import yaml

from ..model import Dossier

HEADER = (
    "# Draft dossier written by `provenance extract`: every claim is `draft: true`.\n"
    "# Review each claim (speaker, kind, text), say where each speaker said it (the\n"
    "# `*-source` stubs), delete `draft: true`, then run `provenance validate`.\n"
)


class _Dumper(yaml.SafeDumper):
    """Multi-line strings (the article's text) as literal blocks, readable and diffable."""


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value and not any(c in value for c in "\r\t\x85\u2028\u2029") and value.strip():
        lines = value.split("\n")
        if not any(line != line.rstrip(" ") for line in lines):
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _string)


def as_data(dossier: Dossier) -> dict[str, Any]:
    data: dict[str, Any] = dossier.model_dump(mode="json", exclude_defaults=True)
    return data


def to_yaml(dossier: Dossier) -> str:
    body = yaml.dump(
        as_data(dossier), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
    return HEADER + body


def to_json(dossier: Dossier) -> str:
    return json.dumps(as_data(dossier), ensure_ascii=False, indent=2) + "\n"
