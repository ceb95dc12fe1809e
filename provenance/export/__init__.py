"""Exports of a graph. Each format is a pure function from a graph to text."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ..graph import Graph
from .canonical import to_json


class ExportFormat(StrEnum):
    json = "json"


EXPORTERS: dict[ExportFormat, Callable[[Graph], str]] = {
    ExportFormat.json: to_json,
}

__all__ = ["EXPORTERS", "ExportFormat", "to_json"]
