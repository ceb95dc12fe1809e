"""The JSON Schema's date pattern admits every date the parser accepts, and little else.

Editors and CI check dossiers against schemas/*.json: a date the tool reads
(a moment with its offset, or a YAML-style ``2009-02-19 08:30:00``) must not
be flagged there, and text that is no date at all should be.
"""

from __future__ import annotations

import json
import re
import string
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from provenance import load
from provenance.dates import SCHEMA_PATTERN, DateError, PartialDate

from ..conftest import ROOT

DATE_SCHEMA = TypeAdapter(PartialDate).json_schema()
"""What the committed schemas say of every date field (test_schemas checks they are current)."""
date_validator = jsonschema.Draft202012Validator(DATE_SCHEMA)


def accepted(value: object) -> bool:
    try:
        PartialDate.parse(value)
    except DateError:
        return False
    return True


def schema_admits(value: object) -> bool:
    return date_validator.is_valid(value)


# Every form the parser's documentation lists, and the spellings of a moment it normalises.
ACCEPTED = [
    "2009-02-19",
    "2009-02",
    "2008",
    "2009-02-19T08:30:00",
    "2009-02-19T08:30:00Z",
    "2009-02-19T08:30:00+05:30",
    "2009-02-19T08:30:00-03",
    "2009-02-19T08:30:00Z~",
    "2008~",
    "2008?",
    "2008%",
    "201X",
    "20XX",
    "2004-XX",
    "1985-04-XX",
    "2004-XX-XX",
    "2001-21",
    "2001-24",
    "2011-04-30/2011-05-06",
    "../2009-02-19",
    "2011/..",
    "/2009",
    "2008/",
    "2008~/2009?",
    "2009-02-19T08:30:00Z/2009-02-20T08:30:00Z",
    "../2009-02-19T08:30:00+05:30",
    # YAML 1.1 timestamp spellings, read as the EDTF moment they mean
    "2009-02-19 08:30:00",
    "2009-02-19t08:30:00z",
    "2009-2-9 8:30:00",
    "2009-02-19 \t 08:30:00 +5",
    "2009-02-19T08:30:00+0530",
    "2009-02-19T08:30:00.000",
    "2009-02-19T08:30:00.",
    "2009-02-19 08:30:00 Z?",
    "2011-04-30 08:00:00/2011-05-06 18:00:00",
    # spaces around a date are stripped
    " 2008 ",
    "\t2009-02-19\n",
    "2008\u00a0",
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_the_schema_admits_every_form_the_parser_accepts(text: str) -> None:
    assert accepted(text)
    assert schema_admits(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "19 Feb 2009",
        "February 2009",
        "2009/02/19",
        "20090219",
        "09-02-19",
        "2009-02-19T08:30",  # EDTF times have seconds
        "2009-02-19T08:30:00.5",  # ...and no fractions
        "2009-02-19 08:30:00 EST",
        "2009-02-XXT08:30:00",  # a time on an unknown day
        "2009-02-19~T08:30:00",
        "..",
        "/",
        "../..",
        "2008/2009/2010",
        "2008-",
        "XXXX",
        "2008~~",
        "٢٠٠٨",  # EDTF digits are ASCII
    ],
)
def test_the_schema_and_the_parser_both_refuse_what_is_no_date(text: str) -> None:
    assert not accepted(text)
    assert not schema_admits(text)


@pytest.mark.parametrize(
    ("year", "admitted"), [(2008, True), (1, True), (0, False), (10000, False)]
)
def test_an_integer_year_is_admitted_in_the_range_the_parser_reads(
    year: int, admitted: bool
) -> None:
    assert accepted(year) is admitted
    assert schema_admits(year) is admitted


# --- generated dates -----------------------------------------------------------------------

qualifiers = st.sampled_from(["", "", "~", "?", "%"])
spaces = st.text(alphabet=" \t", min_size=1, max_size=3)


@st.composite
def days(draw: st.DrawFn, year: int) -> str:
    """A date without a time in ``year``, to the year, month or day, some digits unspecified."""
    digits = draw(st.sampled_from([4, 4, 3, 2]))
    if digits == 3 and year >= 10:
        return f"{year // 10:03d}X" + draw(qualifiers)
    if digits == 2 and year >= 100:
        return f"{year // 100:02d}XX" + draw(qualifiers)
    text = f"{year:04d}"
    month = draw(
        st.sampled_from(["", "XX", "21", "22", "23", "24", *(f"{m:02d}" for m in range(1, 13))])
    )
    if month:
        text += f"-{month}"
        if month == "XX":
            text += draw(st.sampled_from(["", "-XX"]))
        elif int(month) <= 12:
            text += draw(st.sampled_from(["", "-XX", f"-{draw(st.integers(1, 28)):02d}"]))
    return text + draw(qualifiers)


@st.composite
def moments(draw: st.DrawFn, year: int) -> str:
    """A moment in ``year``, in EDTF's form or one of the YAML timestamp spellings."""
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    hour, minute, second = (
        draw(st.integers(0, 23)),
        draw(st.integers(0, 59)),
        draw(st.integers(0, 59)),
    )
    yaml_style = draw(st.booleans())
    if yaml_style:
        date = f"{year:04d}-{draw(st.sampled_from([f'{month}', f'{month:02d}']))}-{day}"
        clock = f"{hour}:{minute:02d}:{second:02d}"
        separator = draw(st.one_of(st.sampled_from(["T", "t"]), spaces))
        clock += draw(st.sampled_from(["", ".", ".0", ".000"]))
    else:
        date = f"{year:04d}-{month:02d}-{day:02d}"
        clock = f"{hour:02d}:{minute:02d}:{second:02d}"
        separator = "T"
    zone_hour, zone_minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    sign = draw(st.sampled_from("+-"))
    zones = ["", "Z", f"{sign}{zone_hour:02d}", f"{sign}{zone_hour:02d}:{zone_minute:02d}"]
    if yaml_style:
        zones += ["z", f"{sign}{zone_hour}", f"{sign}{zone_hour:02d}{zone_minute:02d}"]
    zone = draw(st.sampled_from(zones))
    if yaml_style and zone:
        zone = draw(st.sampled_from(["", " ", "\t"])) + zone
    return f"{date}{separator}{clock}{zone}" + draw(qualifiers)


@st.composite
def dates(draw: st.DrawFn) -> str:
    """One date, or an interval whose start comes before its end, perhaps padded with spaces."""
    first = draw(st.integers(1, 9998))
    last = draw(st.integers(first + 1, 9999))

    def one(year: int) -> str:
        return draw(st.one_of(days(year), moments(year)))

    shape = draw(st.sampled_from(["one", "one", "both", "open start", "open end"]))
    text = {
        "one": lambda: one(first),
        "both": lambda: f"{one(first)}/{one(last)}",
        "open start": lambda: draw(st.sampled_from(["", ".."])) + "/" + one(last),
        "open end": lambda: one(first) + "/" + draw(st.sampled_from(["", ".."])),
    }[shape]()
    padding = st.text(alphabet=" \t\n\u00a0", max_size=2)
    return draw(padding) + text + draw(padding)


@settings(max_examples=500, deadline=None)
@given(dates())
def test_every_generated_date_is_accepted_and_admitted(text: str) -> None:
    assert accepted(text), text
    assert schema_admits(text), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=string.digits[:4] + "X-T:+Z./~?% \tzt", max_size=30))
def test_whatever_the_parser_accepts_the_schema_admits(text: str) -> None:
    if accepted(text):
        assert schema_admits(text), text


def test_the_pattern_is_the_one_every_date_field_of_the_committed_schemas_uses() -> None:
    patterns: list[str] = []

    def collect(node: Any) -> None:  # the schemas are a few levels deep: recursion is fine
        if isinstance(node, dict):
            if node.get("examples") == DATE_SCHEMA["examples"]:
                patterns.append(node["pattern"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(json.loads((ROOT / "schemas" / "dossier.schema.json").read_text(encoding="utf-8")))
    assert patterns and set(patterns) == {SCHEMA_PATTERN}
    assert re.compile(SCHEMA_PATTERN)  # and Python compiles it, as jsonschema does


def test_check_jsonschema_accepts_a_dossier_dated_with_moments(tmp_path: Path) -> None:
    """The reported bug: a claim dated to the second failed the schema but loaded fine."""
    dossier = {
        "agents": [{"id": "anne-patterson", "name": "Anne Patterson", "kind": "person"}],
        "sources": [
            {
                "id": "cable",
                "kind": "diplomatic_cable",
                "title": "A cable",
                "authors": ["anne-patterson"],
                "published": "2009-02-19T08:30:00+05:00",
            }
        ],
        "claims": [
            {
                "id": f"claim-{i}",
                "text": "Something was said.",
                "speaker": "anne-patterson",
                "source": "cable",
                "date": date,
            }
            for i, date in enumerate(
                ["2009-02-19T08:30:00Z", "2009-02-19 08:30:00", "2009-02-18T20:00:00/2009-02-19"]
            )
        ],
    }
    path = tmp_path / "moments.json"
    path.write_text(json.dumps(dossier), encoding="utf-8")
    assert len(load([path]).claims) == 3
    result = _check_jsonschema(path)
    assert result.returncode == 0, result.stdout + result.stderr
    dossier["claims"][0]["date"] = "19 February 2009, 08:30"
    path.write_text(json.dumps(dossier), encoding="utf-8")
    result = _check_jsonschema(path)
    assert result.returncode == 1
    assert "19 February 2009, 08:30" in result.stdout


def _check_jsonschema(instance: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema reads patterns as ECMA-262 regexes, as JSON Schema says (not Python's)."""
    schema = ROOT / "schemas" / "dossier.schema.json"
    command = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), str(instance)]
    return subprocess.run(command, capture_output=True, text=True, check=False)
