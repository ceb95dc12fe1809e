"""Exports of a graph. Each format is a pure function from a graph to text."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ..graph import Graph
from .annotations import to_annotations
from .canonical import to_json, to_jsonl
from .claimreview import to_claimreview
from .csl import to_csl_json
from .dot import to_dot
from .factcheck import to_factcheck_api
from .mermaid import to_mermaid
from .prov import to_prov_json, to_prov_n, to_prov_rdf


class ExportFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    claimreview = "claimreview"
    factcheck_api = "factcheck-api"
    prov_json = "prov-json"
    prov_n = "prov-n"
    prov_rdf = "prov-rdf"
    csl_json = "csl-json"
    annotations = "annotations"
    dot = "dot"
    mermaid = "mermaid"


EXPORTERS: dict[ExportFormat, Callable[[Graph], str]] = {
    ExportFormat.json: to_json,
    ExportFormat.jsonl: to_jsonl,
    ExportFormat.claimreview: to_claimreview,
    ExportFormat.factcheck_api: to_factcheck_api,
    ExportFormat.prov_json: to_prov_json,
    ExportFormat.prov_n: to_prov_n,
    ExportFormat.prov_rdf: to_prov_rdf,
    ExportFormat.csl_json: to_csl_json,
    ExportFormat.annotations: to_annotations,
    ExportFormat.dot: to_dot,
    ExportFormat.mermaid: to_mermaid,
}

__all__ = ["EXPORTERS", "ExportFormat", "to_json", "to_jsonl"]
