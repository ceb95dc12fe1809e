"""How quote anchoring and misquote search scale with the length of a source.

Run by hand: ``python bench/anchoring.py``. Prints seconds and ratios measured
in this one process: against the floor (a plain ``str.find`` of the same
quotes in the same text) and between a 20-page and a 200-page source, so the
figures compare like with like on whatever machine runs them.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

from provenance.anchoring import SourceText

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "fixtures" / "ndtv-kayani-2011" / "article.txt").read_text(encoding="utf-8")
QUOTES = 50
WORDS_PER_PAGE = 500


def corpus(pages: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(20_000)] + ARTICLE.split()
    text = [" ".join(rng.choice(vocabulary) for _ in range(WORDS_PER_PAGE)) for _ in range(pages)]
    text[pages // 2] += "\n" + ARTICLE
    return "\n\n".join(text)


def misquotes(rng: random.Random) -> list[str]:
    words = ARTICLE.split()
    quotes = []
    for _ in range(QUOTES):
        start = rng.randrange(len(words) - 20)
        picked = words[start : start + 15]
        picked[rng.randrange(15)] = "zzzz"  # one changed word
        quotes.append(" ".join(picked))
    return quotes


def seconds(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


def main() -> None:
    quotes = misquotes(random.Random(2))
    rows = []
    for pages in (20, 200):
        raw = corpus(pages)
        # The word index is built on first need; touch it so "index" is the whole setup.
        index_s = seconds(lambda raw=raw: SourceText(raw).words)
        text = SourceText(raw)
        _ = text.words
        floor_s = seconds(lambda raw=raw: [raw.find(q) for q in quotes])
        anchor_s = seconds(lambda text=text: [text.anchor(q) for q in quotes])
        closest_s = seconds(lambda text=text: [text.closest_passage(q) for q in quotes])
        found = sum(text.closest_passage(q) is not None for q in quotes)
        rows.append((pages, len(raw), index_s, floor_s, anchor_s, closest_s, found))
    print(f"{QUOTES} misquotes (one word changed) per source; seconds")
    print("pages  chars      index   str.find  anchor   closest  found  closest/str.find")
    for pages, chars, index_s, floor_s, anchor_s, closest_s, found in rows:
        print(
            f"{pages:5d}  {chars:9,d}  {index_s:6.3f}  {floor_s:8.4f}  {anchor_s:6.3f}  "
            f"{closest_s:7.3f}  {found:5d}  {closest_s / floor_s:10.1f}x"
        )
    small, large = rows
    print(f"closest passage, 200 vs 20 pages: {large[5] / small[5]:.2f}x for 10x the text")
    print(f"index build,     200 vs 20 pages: {large[2] / small[2]:.2f}x for 10x the text")


if __name__ == "__main__":
    main()
