"""Partial dates in ISO-only formats: the most precise form that is true, or nothing."""

from __future__ import annotations

import pytest

from provenance.dates import PartialDate
from provenance.export.dates import iso, xsd_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008", "2008"),
        ("2009-02", "2009-02"),
        ("2009-02-19", "2009-02-19"),
        ("2009-02-19T08:30:00Z", "2009-02-19T08:30:00Z"),
        ("2011-04-30/2011-05-06", "2011"),  # the smallest unit holding the whole interval
        ("2011-05-01/2011-05-06", "2011-05"),
        ("2011-05-06/2011-05-06", "2011-05-06"),
        ("1985-04-XX", "1985-04"),
        ("2004-XX", "2004"),
        ("2001-21", "2001"),  # spring 2001
        ("2001-24", None),  # winter 2001 runs into 2002
        ("201X", None),  # ten years
        ("2010/2011", None),
        ("2008~", None),  # about 2008: "2008" would claim more than the editor knew
        ("2008?", None),
        ("2008%", None),
        ("../2009-02-19", None),
        ("2008/", None),
    ],
)
def test_iso(text: str, expected: str | None) -> None:
    assert iso(PartialDate.parse(text)) == expected


def test_none_is_none() -> None:
    assert iso(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2008", "xsd:gYear"),
        ("2009-02", "xsd:gYearMonth"),
        ("2009-02-19", "xsd:date"),
        ("2009-02-19T08:30:00Z", "xsd:dateTime"),
    ],
)
def test_xsd_type(text: str, expected: str) -> None:
    assert xsd_type(text) == expected
