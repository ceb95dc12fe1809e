"""Reviews under the rules: the reviewer is a reference PV003 checks, and a review dated before
the claim it rates is out of order (PV005)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import Report, load, validate

DOSSIER = """\
agents:
  - {{id: maria-okafor, name: Maria Okafor, kind: person}}
  - {{id: example-fact-desk, name: Example Fact Desk, kind: organization}}
sources:
  - {{id: budget-speech, kind: speech, authors: [maria-okafor], published: {published}}}
claims:
  - id: library-budget-halved
    text: The library budget has been cut in half since 2019.
    speaker: maria-okafor
    source: budget-speech
{date}    review:
      rating: Misleading
      reviewer: {reviewer}
      date: {reviewed}
"""


def findings(
    write_dossier: Callable[..., Path],
    *,
    reviewer: str = "example-fact-desk",
    reviewed: str = "2024-02-20",
    date: str | None = "2024-02-13",
    published: str = "2024-02-13",
) -> Report:
    text = DOSSIER.format(
        reviewer=reviewer,
        reviewed=reviewed,
        date=f"    date: {date}\n" if date else "",
        published=published,
    )
    return validate(load([write_dossier(text)]))


def codes(report: Report) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings]


def test_a_review_by_a_defined_desk_after_the_claim_is_clean(
    write_dossier: Callable[..., Path],
) -> None:
    assert codes(findings(write_dossier)) == []


def test_a_dangling_reviewer_is_pv003_with_a_suggestion(write_dossier: Callable[..., Path]) -> None:
    report = findings(write_dossier, reviewer="example-fact-dsk")
    assert codes(report) == [
        ("PV003", "review.reviewer 'example-fact-dsk' does not match any agent")
    ]
    assert report.findings[0].hint == "did you mean 'example-fact-desk'?"
    assert report.findings[0].line == 7  # the claim that holds the review


def test_a_reviewer_that_is_a_source_is_pv003(write_dossier: Callable[..., Path]) -> None:
    report = findings(write_dossier, reviewer="budget-speech")
    assert codes(report) == [("PV003", "review.reviewer 'budget-speech' is a source, not an agent")]


@pytest.mark.parametrize(
    ("reviewed", "date", "out_of_order"),
    [
        ("2024-02-20", "2024-02-13", False),
        ("2024-02-13", "2024-02-13", False),  # the same day
        ("2024-02", "2024-02-13", False),  # may be later in February
        ("2024-02-12", "2024-02-13", True),
        ("2023", "2024-02-13", True),
        ("2024-01", None, True),  # undated claim: the speech's date is when it was made
        ("../2024-02-20", "2024-02-13", False),  # open start: not certainly before
    ],
)
def test_a_review_before_the_claim_is_pv005(
    write_dossier: Callable[..., Path], reviewed: str, date: str | None, out_of_order: bool
) -> None:
    report = findings(write_dossier, reviewed=reviewed, date=date)
    pv005 = [message for code, message in codes(report) if code == "PV005"]
    if out_of_order:
        made = date or "2024-02-13"
        assert pv005 == [f"review dated {reviewed} is before the claim was made ({made})"]
    else:
        assert pv005 == []


def test_a_review_of_an_undated_claim_from_an_undated_source_is_not_compared(
    write_dossier: Callable[..., Path],
) -> None:
    text = DOSSIER.format(reviewer="example-fact-desk", reviewed="1999", date="", published="null")
    report = validate(load([write_dossier(text)]))
    assert "PV005" not in {f.code for f in report.findings}
