"""Exports of a graph. Each format is a pure function from a graph to text."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ..graph import Graph
from .canonical import to_json, to_jsonl


class ExportFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


EXPORTERS: dict[ExportFormat, Callable[[Graph], str]] = {
    ExportFormat.json: to_json,
    ExportFormat.jsonl: to_jsonl,
}

__all__ = ["EXPORTERS", "ExportFormat", "to_json", "to_jsonl"]
