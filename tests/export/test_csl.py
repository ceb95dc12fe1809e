"""CSL-JSON: valid against the published schema, and rendered by a real citation processor."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from provenance import Graph, export, load
from provenance.dates import PartialDate
from provenance.export.csl import csl_date

from .conftest import shared_schema


@pytest.fixture(scope="module")
def items(seed: Graph) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(export(seed, "csl-json"))
    return loaded


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def check_csl(items: list[dict[str, Any]]) -> None:
    schema = json.loads(shared_schema("csl-data.json").read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(items), key=str)
    assert not errors, "\n".join(str(error) for error in errors)


def test_every_source_is_an_item_valid_against_the_csl_schema(
    seed: Graph, items: list[dict[str, Any]]
) -> None:
    check_csl(items)
    assert [item["id"] for item in items] == sorted(s.id for s in {e.obj for e in seed.sources})


def test_the_cable_and_the_article(items: list[dict[str, Any]]) -> None:
    cable = by_id(items)["us-cable-2009-02-19"]
    assert cable["type"] == "document" and cable["genre"] == "diplomatic cable"
    assert cable["author"] == [{"literal": "Anne Patterson"}]
    assert cable["publisher"] == "US Embassy Islamabad"
    assert cable["issued"] == {"date-parts": [[2009, 2, 19]]}
    assert cable["archive"] == "WikiLeaks"
    assert cable["available-date"] == {"raw": "../2011-05-06"}
    article = by_id(items)["ndtv-2011-05-06-kayani-nfu"]
    assert article["type"] == "article-newspaper"
    assert article["container-title"] == article["publisher"] == "NDTV"
    assert "author" not in article  # the article names no writer: none is made up


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008", {"date-parts": [[2008]]}),
        ("2009-02", {"date-parts": [[2009, 2]]}),
        ("2008~", {"date-parts": [[2008]], "circa": True, "raw": "2008~"}),
        ("2008?", {"date-parts": [[2008]], "circa": True, "raw": "2008?"}),
        (
            "2011-04-30/2011-05-06",
            {"date-parts": [[2011, 4, 30], [2011, 5, 6]], "raw": "2011-04-30/2011-05-06"},
        ),
        ("../2009-02-19", {"raw": "../2009-02-19"}),
        ("201X", {"raw": "201X"}),
        ("1985-04-XX", {"date-parts": [[1985, 4]], "raw": "1985-04-XX"}),
        ("2009-02-19T08:30:00Z", {"date-parts": [[2009, 2, 19]]}),
    ],
)
def test_dates_say_no_more_than_the_editor_wrote(text: str, expected: dict[str, Any]) -> None:
    assert csl_date(PartialDate.parse(text)) == expected


def test_citeproc_renders_the_cable_as_a_bibliography_entry(tmp_path: Path) -> None:
    citeproc = pytest.importorskip("citeproc")
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    from ..conftest import SEED

    style_path = Path(citeproc.__file__).parent / "data" / "styles" / "harvard-cite-them-right.csl"
    items = json.loads(export(load([SEED]), "csl-json"))
    with warnings.catch_warnings():
        # citeproc-py does not know every CSL variable (available-date); it says so and goes on.
        warnings.filterwarnings("ignore", message="The following arguments", category=UserWarning)
        source = CiteProcJSON(items)
    style = CitationStylesStyle(str(style_path), validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(Citation([CitationItem("us-cable-2009-02-19")]))
    entries = [str(entry) for entry in bibliography.bibliography()]
    assert entries == [
        "Anne Patterson (2009) “US embassy Islamabad cable ahead of General Kayani's visit "
        "to Washington”. US Embassy Islamabad."
    ]


def test_a_source_without_publisher_has_no_publisher(write_dossier: Any) -> None:
    path = write_dossier("sources: [{id: leaflet, kind: unknown, title: A leaflet}]\n")
    assert json.loads(export(load([path]), "csl-json")) == [
        {"id": "leaflet", "type": "document", "title": "A leaflet"}
    ]
