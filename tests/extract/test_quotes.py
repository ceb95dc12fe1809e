"""Quotations found in raw text: marks, apostrophes, paragraphs (no parser needed)."""

from __future__ import annotations

import pytest

from provenance.extract.quotes import find_quotations


def quoted(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.parts] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“A,” she said, “B.”", [["A,"], ["B."]]),
        ('He said "yes" twice.', [["yes"]]),
        ("The voters’ rights. He said “no”.", [["no"]]),
        ("'It's the voters' choice,' he said.", [["It's the voters' choice,"]]),
        ("‘We won’t go,’ Mr Hughes said.", [["We won’t go,"]]),
        ("Back in the ’90s it was 'fine', she said.", [["fine"]]),
        ("“He said ‘no’ to me,” she said.", [["He said ‘no’ to me,"]]),
        ('He wrote, "a "no first use" policy."', [['a "no first use" policy.']]),
    ],
)
def test_quotation_marks_and_apostrophes(text: str, expected: list[list[str]]) -> None:
    assert quoted(text) == expected


def test_a_quotation_over_paragraphs_is_one_with_a_part_per_paragraph() -> None:
    text = "“First paragraph.\n\n“Second paragraph.\n\n“Last one,” she said."
    assert quoted(text) == [["First paragraph.", "Second paragraph.", "Last one,"]]


def test_a_quotation_left_open_closes_at_its_paragraph_end() -> None:
    text = "\"Unclosed here.\n\nThe next paragraph is the reporter's."
    assert quoted(text) == [["Unclosed here."]]


def test_offsets_point_into_the_original_text() -> None:
    text = "x “abc” y"
    (quotation,) = find_quotations(text)
    assert (quotation.start, quotation.end) == (3, 6)
