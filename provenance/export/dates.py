"""Partial dates in formats that have no words for "about", "maybe" or "some time before".

EDTF says "2008~" (about 2008), "2008?" (maybe 2008), "../2009-02-19" (some
time up to that day). schema.org dates, XSD types and most PROV readers only
know plain ISO 8601. The rule everywhere: give the most precise ISO form that
is *true*, and nothing when none is.

- A plain date is kept as written: "2008" stays "2008", never "2008-01-01".
- A closed interval, unspecified digits or a season becomes the smallest
  calendar unit holding all of it: "2011-04-30/2011-05-06" is "2011",
  "1985-04-XX" is "1985-04". "201X" spans ten years: no ISO date is true of it.
- Approximate and uncertain dates, and open intervals, have no true ISO form:
  stating "2008" for "2008?" would claim a certainty the editor did not have.
"""

from __future__ import annotations

import re

from ..dates import PartialDate

_PLAIN = re.compile(
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}(?::\d{2})?)?)?)?)?"
)


def iso(date: PartialDate | None) -> str | None:
    """The most precise ISO 8601 date that is true of ``date``, or None."""
    if date is None or date.approximate or date.uncertain:
        return None
    if _PLAIN.fullmatch(date.text):
        return date.text
    first, last = date.earliest, date.latest
    if first.year != last.year:  # also every open interval: its bound is year 1 or 9999
        return None
    if first.month != last.month:
        return f"{first.year:04d}"
    if first.day != last.day:
        return f"{first.year:04d}-{first.month:02d}"
    return first.isoformat()


def is_moment(text: str) -> bool:
    """True for an ISO date with a time of day: the only form an xsd:dateTime may take."""
    return "T" in text


XSD_TYPE = {4: "xsd:gYear", 7: "xsd:gYearMonth", 10: "xsd:date"}
"""The XSD datatype of an ISO date without a time, by its length."""


def xsd_type(text: str) -> str:
    """The XSD datatype of an ISO date as :func:`iso` gives it."""
    return "xsd:dateTime" if is_moment(text) else XSD_TYPE[len(text)]
