from __future__ import annotations

import datetime as dt
import re

import pytest

from provenance.dates import DateError, PartialDate

D = dt.date


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2009-02-19", D(2009, 2, 19), D(2009, 2, 19)),
        ("2009-02-19T08:30:00", D(2009, 2, 19), D(2009, 2, 19)),
        ("2009-02-19T08:30:00Z", D(2009, 2, 19), D(2009, 2, 19)),
        ("2009-02-19T23:59:59+05:30", D(2009, 2, 19), D(2009, 2, 19)),
        ("2009-02", D(2009, 2, 1), D(2009, 2, 28)),
        ("2008-02", D(2008, 2, 1), D(2008, 2, 29)),  # leap year
        ("2008", D(2008, 1, 1), D(2008, 12, 31)),
        ("2008~", D(2008, 1, 1), D(2008, 12, 31)),
        ("2008?", D(2008, 1, 1), D(2008, 12, 31)),
        ("2008-11%", D(2008, 11, 1), D(2008, 11, 30)),
        ("201X", D(2010, 1, 1), D(2019, 12, 31)),
        ("20XX", D(2000, 1, 1), D(2099, 12, 31)),
        ("2004-XX", D(2004, 1, 1), D(2004, 12, 31)),
        ("1985-04-XX", D(1985, 4, 1), D(1985, 4, 30)),
        ("2001-21", D(2001, 3, 1), D(2001, 5, 31)),
        ("2008-24", D(2008, 12, 1), D(2009, 2, 28)),
        # Winter 9999 runs into year 10000, past the last day a date holds: it ends there.
        ("9999-24", D(9999, 12, 1), dt.date.max),
        ("001X/9999-24", D(10, 1, 1), dt.date.max),
        ("2011-04-30/2011-05-06", D(2011, 4, 30), D(2011, 5, 6)),
        ("2008/2009-02", D(2008, 1, 1), D(2009, 2, 28)),
        ("../2009-02-19", dt.date.min, D(2009, 2, 19)),
        ("2011/..", D(2011, 1, 1), dt.date.max),
        ("/2009", dt.date.min, D(2009, 12, 31)),
        ("2008~/2009?", D(2008, 1, 1), D(2009, 12, 31)),
    ],
)
def test_bounds(text: str, earliest: dt.date, latest: dt.date) -> None:
    date = PartialDate.parse(text)
    assert (date.earliest, date.latest) == (earliest, latest)
    assert str(date) == text


def test_qualifiers_are_kept_as_flags() -> None:
    assert PartialDate.parse("2008~").approximate and not PartialDate.parse("2008~").uncertain
    assert PartialDate.parse("2008?").uncertain and not PartialDate.parse("2008?").approximate
    both = PartialDate.parse("2008%")
    assert both.approximate and both.uncertain
    assert PartialDate.parse("2008/2009").interval


@pytest.mark.parametrize(
    ("value", "text"),
    [(2014, "2014"), (D(2009, 2, 19), "2009-02-19"), (dt.datetime(2009, 2, 19, 8), "2009-02-19")],
)
def test_yaml_native_values_mean_their_quoted_form(value: object, text: str) -> None:
    assert PartialDate.parse(value) == PartialDate.parse(text)
    assert str(PartialDate.parse(value)) == text


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2009-02-30", "day 30 does not exist"),
        ("2009-13", "month 13 does not exist"),
        ("2009-00", "month 00 does not exist"),
        ("20O9", "is not a date"),
        ("May 2009", "is not a date"),
        ("2009-2-19", "is not a date"),
        ("", "empty date"),
        ("0000", "year 0000"),
        ("2010/2009", "ends before it starts"),
        ("../..", "neither start nor end"),
        ("2008/2009/2010", "more than one"),
        ("2001-21-03", "season (21-24) takes no day"),
        ("201X-05-03", "known day needs a known year"),
        ("2009-02-19T25:00:00", "25:00:00 is not a time of day"),
        ("2009-02-19T08:30", "an EDTF time has seconds; write '2009-02-19T08:30:00'"),
        ("2009-02-19T08:30:00.5Z", "no fractions of a second; write '2009-02-19T08:30:00Z'"),
        ("2009-02-19T08:30:00+24:00", "is not a time of day"),
        ("2009-02-XXT08:30:00", "a time of day needs a known day"),
        ("٢٠٠٩-٠٢-١٩", "is not a date"),  # EDTF digits are ASCII
    ],
)
def test_invalid_dates_are_clear_errors(text: str, fragment: str) -> None:
    with pytest.raises(DateError, match=re.escape(fragment)):
        PartialDate.parse(text)


@pytest.mark.parametrize("value", [True, 3.5, 0, 10000, None, [2008]])
def test_non_dates_are_refused(value: object) -> None:
    with pytest.raises(DateError):
        PartialDate.parse(value)


def p(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_year_is_before_a_day_in_the_next_year() -> None:
    assert p("2008").is_before(p("2009-02-19"))
    assert not p("2008").is_after(p("2009-02-19"))
    assert p("2009-02-19").is_after(p("2008"))


def test_a_month_is_neither_before_nor_after_a_day_inside_it() -> None:
    assert not p("2011-05").is_after(p("2011-05-06"))
    assert not p("2011-05").is_before(p("2011-05-06"))
    assert p("2011-05").overlaps(p("2011-05-06"))


def test_intervals_compare_by_their_ends() -> None:
    this_week = p("2011-04-30/2011-05-06")
    assert not this_week.is_after(p("2011-05-06"))
    assert this_week.is_after(p("2011-04-29"))
    assert p("../2009-02-19").is_before(p("2009-02-20"))
    assert not p("../2009-02-19").is_before(p("2009-02-19"))
    assert not p("2011/..").is_before(p("9999"))
