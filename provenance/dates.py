"""Partial and uncertain dates: the EDTF (ISO 8601-2) level 0 and level 1 forms.

A claim is often dated "2008" or "last week", not to the day. Each
:class:`PartialDate` knows the earliest and the latest day it can mean, and
comparisons use those bounds: "2008" is before "2009-02-19", while "2011-05"
is neither before nor after "2011-05-06" (it contains it).

Accepted forms::

    2009-02-19   2009-02   2008            day, month, year
    2009-02-19T08:30:00Z                   a moment (its day is what compares)
    2009-02-19T08:30:00+05:30              ... with its offset from UTC
    2008~  2008?  2008%                    approximate, uncertain, both
    201X  20XX  2004-XX  1985-04-XX        unspecified digits
    2001-21 .. 2001-24                     seasons (spring, summer, autumn, winter)
    2011-04-30/2011-05-06                  interval
    ../2009-02-19  2011/..                 open start or end
    /2009  2008/                           unknown start or end

Qualifiers are kept as flags; the bounds are the nominal ones ("2008~" spans
2008), the strict reading of EDTF.

A moment written the way YAML 1.1 timestamps allow (``2009-02-19 08:30:00``,
a lowercase ``t``, one-digit hours, ``+5`` or ``+0530`` offsets, a space before
the offset, zero fractions of a second) means the same as an EDTF date-time and
is kept in that form, ``2009-02-19T08:30:00``. A fraction of a second that is
not zero, or a time without seconds, EDTF cannot hold: the error says what to
write instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

_DATE = re.compile(
    r"""
    (?P<year>\d{4}|\d{3}X|\d{2}XX)
    (?:-(?P<month>\d{2}|XX)
       (?:-(?P<day>\d{2}|XX)
          (?P<time>T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}(?::\d{2})?)?)?
       )?
    )?
    (?P<qualifier>[?~%])?
    """,
    re.VERBOSE | re.ASCII,  # EDTF digits are ASCII: int() would also read "٢٠٠٨"
)

# The JSON Schema's shape of a date string, for editors and validators: whatever the
# parser accepts matches it (tests/unit/test_date_schema.py), the way the parser reads
# it. Day numbers, times of day and an interval's order are left to the parser.
_SCHEMA_DAY = r"(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX)(?:-(?:[0-9]{2}|XX)(?:-(?:[0-9]{2}|XX))?)?[?~%]?"
"""A date without a time: EDTF as :data:`_DATE` reads it."""
_SCHEMA_MOMENT = (
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.0*)?"
    r"(?:[ \t]*(?:[Zz]|[+-][0-9]{1,2}(?::?[0-9]{2})?))?[?~%]?"
)
"""A moment as :data:`_MOMENT` reads it, which includes EDTF's own form."""
_SCHEMA_ONE = f"(?:{_SCHEMA_DAY}|{_SCHEMA_MOMENT})"
SCHEMA_PATTERN = rf"^\s*(?:{_SCHEMA_ONE}(?:/(?:{_SCHEMA_ONE}|\.\.)?)?|(?:\.\.)?/{_SCHEMA_ONE})\s*$"
"""A date, an interval with an open (``..``) or unknown (empty) end, or ``/`` and its end;
spaces around it are allowed, as :meth:`PartialDate.parse` strips them."""

_SEASONS = {  # Northern-hemisphere meteorological seasons, EDTF codes 21-24.
    21: ((3, 1), (5, 31)),
    22: ((6, 1), (8, 31)),
    23: ((9, 1), (11, 30)),
    24: ((12, 1), (2, 0)),  # winter runs into February of the next year; day 0 = month end
}


class DateError(ValueError):
    """Text that is not an EDTF level 0/1 date."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a year, month or day, possibly uncertain, possibly an interval.

    >>> PartialDate.parse("2008").is_before(PartialDate.parse("2009-02-19"))
    True
    >>> PartialDate.parse("2011-05").is_after(PartialDate.parse("2011-05-06"))
    False
    """

    text: str
    earliest: dt.date
    latest: dt.date
    approximate: bool = field(default=False, compare=False)
    uncertain: bool = field(default=False, compare=False)
    interval: bool = field(default=False, compare=False)

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read a date as people write it in YAML or JSON.

        Strings are parsed as EDTF; an integer year (``published: 2014`` in
        YAML) and a ``datetime.date`` (``date: 2009-02-19`` read by a YAML
        library) mean the same as their quoted forms.
        """
        if type(value) is str:  # by far the most common: one check, then the cache
            return _parse_text_cached(value.strip())
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, bool):  # bool is an int subclass: True is no year
            raise DateError(f"expected a date, got {value!r}")
        if isinstance(value, int):
            if not 1 <= value <= 9999:
                raise DateError(f"year {value} is outside 0001-9999")
            return cls._parse_text(f"{value:04d}")
        if isinstance(value, dt.datetime):
            return cls._parse_text(value.date().isoformat())
        if isinstance(value, dt.date):
            return cls._parse_text(value.isoformat())
        if isinstance(value, str):
            return _parse_text_cached(value.strip())
        raise DateError(f"expected a date such as '2009-02-19' or '2008', got {value!r}")

    @classmethod
    def _parse_text(cls, text: str) -> PartialDate:
        if not text:
            raise DateError("empty date")
        if ":" in text:
            text = _edtf_times(text)
        if "/" in text:
            return cls._parse_interval(text)
        earliest, latest, approximate, uncertain = _parse_single(text)
        return cls(text, earliest, latest, approximate, uncertain)

    @classmethod
    def _parse_interval(cls, text: str) -> PartialDate:
        start_text, _sep, end_text = text.partition("/")
        if "/" in end_text:
            raise DateError(f"'{text}' has more than one '/'")
        if start_text in ("", "..") and end_text in ("", ".."):
            raise DateError(f"'{text}' is an interval with neither start nor end")
        approximate = uncertain = False
        earliest, latest = dt.date.min, dt.date.max
        if start_text not in ("", ".."):
            earliest, _, a, u = _parse_single(start_text)
            approximate, uncertain = approximate or a, uncertain or u
        if end_text not in ("", ".."):
            _, latest, a, u = _parse_single(end_text)
            approximate, uncertain = approximate or a, uncertain or u
        if earliest > latest:
            raise DateError(f"interval '{text}' ends before it starts")
        return cls(text, earliest, latest, approximate, uncertain, interval=True)

    def is_before(self, other: PartialDate) -> bool:
        """True when every day this date can mean precedes every day ``other`` can."""
        return self.latest < other.earliest

    def is_after(self, other: PartialDate) -> bool:
        """True when every day this date can mean follows every day ``other`` can."""
        return self.earliest > other.latest

    def overlaps(self, other: PartialDate) -> bool:
        return not (self.is_before(other) or self.is_after(other))

    def __str__(self) -> str:
        return self.text

    # pydantic integration: accept what parse() accepts, serialise as the EDTF text.
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": ["string", "integer"],
            "pattern": SCHEMA_PATTERN,
            "minimum": 1,
            "maximum": 9999,
            "description": (
                "EDTF level 0/1 date: YYYY, YYYY-MM or YYYY-MM-DD, or a moment "
                "YYYY-MM-DDThh:mm:ss with Z or an offset like +05:30, optionally "
                "qualified ~ ? %, or an interval A/B with open ends '..'. "
                "An integer is read as a year."
            ),
            "examples": [
                "2009-02-19",
                "2008",
                "2008~",
                "2009-02-19T08:30:00Z",
                "2011-04-30/2011-05-06",
                "../2009",
            ],
        }


# A corpus repeats few distinct dates many times; a PartialDate is immutable,
# so one parsed value can stand for every occurrence of its text.
@functools.lru_cache(maxsize=1 << 16)
def _parse_text_cached(text: str) -> PartialDate:
    return PartialDate._parse_text(text)


def _parse_single(text: str) -> tuple[dt.date, dt.date, bool, bool]:
    match = _DATE.fullmatch(text)
    if match is None:
        raise DateError(
            f"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD "
            "(EDTF; e.g. '2008', '2009-02', '2009-02-19', '2008~')"
        )
    qualifier = match["qualifier"]
    approximate = qualifier in ("~", "%")
    uncertain = qualifier in ("?", "%")
    year_text, month_text, day_text = match["year"], match["month"], match["day"]

    first_year = int(year_text.replace("X", "0"))
    last_year = int(year_text.replace("X", "9"))
    if first_year == 0:
        raise DateError(f"'{text}': year 0000 is not supported")

    if month_text is None:
        return dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), approximate, uncertain

    if match["time"] and day_text == "XX":
        raise DateError(f"'{text}': a time of day needs a known day")
    if month_text == "XX":
        if day_text is not None and day_text != "XX":
            raise DateError(f"'{text}': a known day needs a known month")
        return dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), approximate, uncertain

    month = int(month_text)
    if month in _SEASONS:
        if day_text is not None:
            raise DateError(f"'{text}': a season (21-24) takes no day")
        (m1, d1), (m2, d2) = _SEASONS[month]
        end_year = last_year + 1 if month == 24 else last_year
        if end_year > dt.MAXYEAR:  # winter 9999 ends in a year no date holds: none is later
            return dt.date(first_year, m1, d1), dt.date.max, approximate, uncertain
        d2 = d2 or calendar.monthrange(end_year, m2)[1]
        return dt.date(first_year, m1, d1), dt.date(end_year, m2, d2), approximate, uncertain
    if not 1 <= month <= 12:
        raise DateError(f"'{text}': month {month_text} does not exist")

    if day_text is None or day_text == "XX":
        last_day = calendar.monthrange(last_year, month)[1]
        return (
            dt.date(first_year, month, 1),
            dt.date(last_year, month, last_day),
            approximate,
            (uncertain),
        )

    if match["time"] and not _valid_time(match["time"]):
        raise DateError(f"'{text}': {match['time'][1:]} is not a time of day")
    day = int(day_text)
    if "X" in year_text:
        raise DateError(f"'{text}': a known day needs a known year")
    last_day = calendar.monthrange(first_year, month)[1]
    if not 1 <= day <= last_day:
        raise DateError(f"'{text}': day {day_text} does not exist in {first_year}-{month_text}")
    exact = dt.date(first_year, month, day)
    return exact, exact, approximate, uncertain


# A moment as YAML 1.1 timestamps and people write it, to be put in EDTF's one form.
_MOMENT = re.compile(
    r"""
    (?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})
    (?:[Tt]|[ \t]+)
    (?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d*))?)?
    (?:[ \t]*(?P<zone>[Zz]|(?P<sign>[+-])(?P<zone_hour>\d{1,2})(?::?(?P<zone_minute>\d{2}))?))?
    (?P<qualifier>[?~%])?
    """,
    re.VERBOSE | re.ASCII,
)


def _edtf_times(text: str) -> str:
    """``text`` with each moment in it written as EDTF writes it (see the module's doc)."""
    return "/".join(_edtf_time(part, text) for part in text.split("/"))


def _edtf_time(part: str, text: str) -> str:
    if _DATE.fullmatch(part):
        return part
    match = _MOMENT.fullmatch(part)
    if match is None:
        return part  # not a moment: the parser words the error
    zone = match["zone"] or ""
    if match["sign"]:
        zone = f"{match['sign']}{int(match['zone_hour']):02d}:{match['zone_minute'] or '00'}"
    day = f"{match['year']}-{int(match['month']):02d}-{int(match['day']):02d}"
    second = match["second"] or "00"
    moment = f"{day}T{int(match['hour']):02d}:{match['minute']}:{second}{zone.upper()}"
    edtf = moment + (match["qualifier"] or "")
    if match["second"] is None:
        raise DateError(f"'{text}': an EDTF time has seconds; write '{edtf}' (or the day alone)")
    if (match["fraction"] or "0").strip("0"):
        raise DateError(
            f"'{text}': EDTF has no fractions of a second; write '{edtf}' "
            "(the day is what compares)"
        )
    return edtf


def _valid_time(text: str) -> bool:
    hours, minutes, seconds = (int(part) for part in text[1:9].split(":"))
    zone = text[9:]  # "", "Z", "+05" or "+05:30"
    zone_hours, zone_minutes = (int(zone[1:3]), int(zone[4:6] or 0)) if len(zone) > 1 else (0, 0)
    return hours < 24 and minutes < 60 and seconds < 60 and zone_hours < 24 and zone_minutes < 60
