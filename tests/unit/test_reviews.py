"""A claim's `review`: what the contract accepts, what it refuses, and that it survives the
canonical JSON and JSON Lines round trips and is described by the committed schemas."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from provenance import export, load, validate
from provenance.model import Claim, Review

from ..conftest import REVIEWED, ROOT


def review(**fields: Any) -> Review:
    return Review.model_validate({"rating": "Misleading", **fields})


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"rating_value": 2},  # on schema.org's default scale, 1 to 5
        {"rating_value": 1},
        {"rating_value": 5},
        {"rating_value": 0, "worst": 0},  # 0 to the default best, 5
        {"rating_value": 9, "best": 10},  # the default worst, 1, to 10
        {"rating_value": -1.5, "worst": -2, "best": 2},
        {"rating_value": 2.5, "worst": 1, "best": 3},
    ],
)
def test_a_rating_on_its_scale_is_accepted(fields: dict[str, Any]) -> None:
    assert review(**fields).rating == "Misleading"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rating_value": 7}, "rating_value 7 is outside the scale, which runs from worst 1 to "
                              "best 5 (schema.org's default"),
        ({"rating_value": 0}, "rating_value 0 is outside the scale"),
        ({"rating_value": 11, "worst": 0, "best": 10}, "rating_value 11 is outside the scale, "
                                                       "which runs from worst 0 to best 10"),
        ({"rating_value": 2, "worst": 5, "best": 1}, "`worst` must be below `best`"),
        ({"rating_value": 5, "worst": 5}, "`worst` must be below `best`: the scale runs from "
                                         "worst 5 to best 5 (schema.org's default"),
        ({"best": 10}, "`best` and `worst` give the scale of `rating_value`: add it"),
        ({"rating_value": "2"}, "'2' is not a number"),
        ({"rating_value": True}, "True is not a number"),
        ({"rating_value": float("nan")}, "nan is not a finite number"),
        ({"rating_value": 2**60, "best": 2**61}, "too large for a rating"),
        ({"rating": ""}, "at least 1 character"),
        ({"reviewer": ""}, "at least 1 character"),
        ({"url": "desk.example/r"}, "is not an http(s) URL"),
        ({"date": "2024-02-30"}, "does not exist"),
        ({"language": "not a tag"}, "pattern"),
        ({"verdict": "False"}, "Extra inputs are not permitted"),
    ],
)  # fmt: skip
def test_a_review_that_does_not_hold_together_is_refused(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        review(**fields)
    assert message in str(refused.value)


def test_a_whole_number_is_an_integer_and_a_fraction_stays() -> None:
    assert review(rating_value=2.0).rating_value == 2
    assert isinstance(review(rating_value=2.0).rating_value, int)
    assert review(rating_value=2.5).rating_value == 2.5
    assert review(rating_value=3).scale == (1, 5)
    assert review(rating_value=3, worst=0, best=10).scale == (0, 10)
    assert review().scale is None


def test_a_bad_review_in_a_dossier_is_one_line_naming_file_line_and_field(
    write_dossier: Callable[..., Path],
) -> None:
    path = write_dossier(
        "claims:\n"
        "  - id: c\n"
        "    text: Something.\n"
        "    review:\n"
        "      rating: Misleading\n"
        "      rating_value: seven\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "provenance", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr == (
        f"provenance: error: {path.as_posix()}:6: claims[0].review.rating_value: "
        "'seven' is not a number\n"
    )


def test_the_reviewed_fixture_validates_clean_alone_and_with_the_seed() -> None:
    alone = validate(load([REVIEWED]))
    assert not alone.findings
    together = validate(load([REVIEWED, ROOT / "fixtures" / "ndtv-kayani-2011"]))
    assert together.summary.errors == 0  # no id of the demo clashes with the seed's


def test_reviews_survive_the_canonical_json_round_trip(tmp_path: Path) -> None:
    first = export(load([REVIEWED]))
    assert '"review": {\n' in first
    saved = tmp_path / "exported.json"
    saved.write_text(first, encoding="utf-8")
    assert export(load([saved])) == first
    claim = next(
        c for c in json.loads(first)["claims"] if c["id"] == "okafor-library-budget-halved"
    )
    assert list(claim) == [  # the contract's field order: review after appearances
        "id",
        "text",
        "quote",
        "kind",
        "speaker",
        "source",
        "date",
        "appearances",
        "review",
    ]
    assert list(claim["review"]) == [
        "rating",
        "rating_value",
        "best",
        "worst",
        "reviewer",
        "date",
        "url",
        "title",
        "language",
        "summary",
    ]


def test_reviews_survive_the_json_lines_round_trip(tmp_path: Path) -> None:
    lines = export(load([REVIEWED]), "jsonl")
    saved = tmp_path / "exported.jsonl"
    saved.write_text(lines, encoding="utf-8")
    assert export(load([saved]), "jsonl") == lines
    assert export(load([saved])) == export(load([REVIEWED]))
    reviewed = [json.loads(line) for line in lines.splitlines() if '"review"' in line]
    assert [line["id"] for line in reviewed] == [
        "okafor-consultants-more-than-parks",
        "okafor-library-budget-halved",
    ]


def _check_jsonschema(schema: str, instance: Path) -> subprocess.CompletedProcess[str]:
    schema_file = str(ROOT / "schemas" / schema)
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", schema_file, str(instance)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_committed_schemas_describe_and_check_reviews(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "schemas" / "dossier.schema.json").read_text(encoding="utf-8"))
    described = schema["$defs"]["Review"]
    assert described["required"] == ["rating"]
    assert described["additionalProperties"] is False
    assert all(field.get("description") for field in described["properties"].values())
    assert described["properties"]["rating_value"]["anyOf"][0] == {"type": "number"}
    good = tmp_path / "good.json"
    good.write_text(export(load([REVIEWED])), encoding="utf-8")
    assert _check_jsonschema("dossier.schema.json", good).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"claims": [{"id": "c", "text": "t", "review": {"verdict": "x"}}]}')
    result = _check_jsonschema("dossier.schema.json", bad)
    assert result.returncode == 1
    assert "verdict" in result.stdout
    line = tmp_path / "line.json"
    line.write_text(
        json.dumps({"type": "claim", "id": "c", "text": "t", "review": {"rating": "False"}})
    )
    assert _check_jsonschema("dossier-line.schema.json", line).returncode == 0


def test_a_claim_s_review_is_optional() -> None:
    assert Claim.model_validate({"id": "c", "text": "t"}).review is None
