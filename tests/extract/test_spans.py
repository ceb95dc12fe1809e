"""Whether a cue sits inside a quotation is answered by bisection, the same as a full scan."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.extract.quotes import inside_any

spans = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 60)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)


@given(spans, st.integers(-5, 270))
def test_inside_any_agrees_with_a_scan_of_every_span(marks: list[tuple[int, int]], at: int) -> None:
    assert inside_any(marks)(at) == any(s <= at < e for s, e in marks)


def test_a_long_outer_quotation_covers_offsets_after_a_nested_one() -> None:
    inside = inside_any([(0, 100), (10, 20)])
    assert inside(50) and inside(15) and not inside(100)
