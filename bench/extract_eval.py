"""Score `provenance extract` against the hand-annotated set in fixtures/extract/.

    python bench/extract_eval.py [GOLD_DIR] [--repeat N] [--json]

For each gold attribution and each proposed claim (read from the draft
dossier's `selectors`, as any consumer of the JSON output would), prints:

* precision, recall and F1 of content spans, **exact** (the same span once
  spaces, punctuation and quotation marks at its edges are trimmed) and
  **overlap** (the spans share a word character), split by kind (direct,
  mixed, indirect), for direct+mixed together, and for all;
* **speaker accuracy** on overlap-matched pairs: the proposed agent's name or
  one of its aliases names the gold speaker (titles, determiners and
  possessives aside, one name's words within the other's: "Patterson" and
  "Anne Patterson" agree);
* **throughput**: articles and words per second, pinned to one core with
  one thread, the pipeline loaded beforehand.

Matching is one-to-one: pairs are taken greedily by overlap, speakers that
agree first. Precision for a kind counts the claims proposed with that kind;
recall counts the gold attributions of that kind; a pair matches whatever the
two kinds say, so a quote labelled mixed instead of direct costs precision in
one row and nothing in recall.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# One core, one thread: set before numpy/spaCy are imported.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance.extract import extract  # noqa: E402
from provenance.extract.cues import words  # noqa: E402
from provenance.model import Dossier  # noqa: E402

GOLD = ROOT / "fixtures" / "extract"
KINDS = ("direct", "mixed", "indirect")
GROUPS: dict[str, tuple[str, ...]] = {
    "direct": ("direct",),
    "mixed": ("mixed",),
    "indirect": ("indirect",),
    "direct+mixed": ("direct", "mixed"),
    "all": KINDS,
}
_EDGE = " \t\n.,;:!?\"'“”‘’()—–-"
_IGNORED = words(
    """the a an this that his her their its mr mr. mrs ms ms. miss dr dr. president prime
    minister general sen. senator governor gov. ambassador chief judge coach captain
    councillor auditor engineer farmer curator finance health"""
)


@dataclass(frozen=True)
class Item:
    """One attribution, gold or proposed: its kind, content parts and speaker names."""

    kind: str
    parts: tuple[tuple[int, int], ...]
    speakers: tuple[str, ...]

    def chars(self, text: str) -> set[int]:
        return {i for s, e in self.parts for i in range(s, e) if text[i].isalnum()}

    def envelope(self, text: str) -> tuple[int, int]:
        start, end = self.parts[0][0], self.parts[-1][1]
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        return start, end


def load_gold(path: Path) -> tuple[str, list[Item], dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "text_file" in data:
        text = (path.parent / data["text_file"]).read_text(encoding="utf-8")
    else:
        text = data["text"]
    items = []
    for n, entry in enumerate(data["attributions"]):
        parts = []
        cursor = 0
        for part in entry["content"]:
            at = text.find(part, cursor)
            if at < 0:
                at = text.find(part)
            if at < 0:
                raise SystemExit(f"{path.name}: attribution {n}: content not in the text: {part!r}")
            parts.append((at, at + len(part)))
            cursor = at + len(part)
        items.append(Item(entry["kind"], tuple(parts), (entry["speaker"],)))
    return text, items, data


def proposed(dossier: Dossier) -> list[Item]:
    agents = {agent.id: agent for agent in dossier.agents}
    items = []
    for claim in dossier.claims:
        if claim.selectors is None or not claim.selectors.content:
            continue
        agent = agents.get(claim.speaker or "")
        names = (agent.name, *agent.aliases) if agent is not None else ()
        parts = tuple((p.start, p.end) for p in claim.selectors.content)
        kind = claim.kind.value if claim.kind is not None else "indirect"
        items.append(Item(kind, parts, names))
    return items


def _words(name: str) -> set[str]:
    words = {w.strip(".,'’").removesuffix("'s").removesuffix("’s") for w in name.lower().split()}
    return {w for w in words if w and w not in _IGNORED}


def same_speaker(gold: Item, guess: Item) -> bool:
    want = _words(gold.speakers[0])
    for name in guess.speakers:
        have = _words(name)
        if want and have and (want <= have or have <= want):
            return True
    return False


def match(text: str, gold: list[Item], guesses: list[Item]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, guess index) of overlapping spans, best first."""
    candidates = []
    for g, want in enumerate(gold):
        for p, have in enumerate(guesses):
            a, b = want.chars(text), have.chars(text)
            shared = len(a & b)
            if shared:
                candidates.append((same_speaker(want, have), shared / len(a | b), g, p))
    candidates.sort(reverse=True)
    pairs, used_g, used_p = [], set(), set()
    for _, _, g, p in candidates:
        if g not in used_g and p not in used_p:
            pairs.append((g, p))
            used_g.add(g)
            used_p.add(p)
    return pairs


@dataclass
class Tally:
    gold: int = 0
    guessed: int = 0
    recalled_overlap: int = 0
    precise_overlap: int = 0
    recalled_exact: int = 0
    precise_exact: int = 0
    speaker_pairs: int = 0
    speaker_right: int = 0

    def scores(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        po, ro = ratio(self.precise_overlap, self.guessed), ratio(self.recalled_overlap, self.gold)
        pe, re_ = ratio(self.precise_exact, self.guessed), ratio(self.recalled_exact, self.gold)
        return {
            "gold": self.gold,
            "proposed": self.guessed,
            "exact_p": pe,
            "exact_r": re_,
            "exact_f1": f1(pe, re_),
            "overlap_p": po,
            "overlap_r": ro,
            "overlap_f1": f1(po, ro),
            "speaker_accuracy": ratio(self.speaker_right, self.speaker_pairs),
        }


def score(gold_dir: Path) -> dict[str, Any]:
    tallies = {group: Tally() for group in GROUPS}
    per_file = {}
    for path in sorted(gold_dir.glob("*.gold.yaml")):
        text, gold, _ = load_gold(path)
        guesses = proposed(extract(text, source_id="article"))
        pairs = match(text, gold, guesses)
        right = 0
        for group, kinds in GROUPS.items():
            tally = tallies[group]
            tally.gold += sum(1 for g in gold if g.kind in kinds)
            tally.guessed += sum(1 for p in guesses if p.kind in kinds)
            for g, p in pairs:
                exact = gold[g].envelope(text) == guesses[p].envelope(text)
                if gold[g].kind in kinds:
                    tally.recalled_overlap += 1
                    tally.recalled_exact += exact
                    tally.speaker_pairs += 1
                    tally.speaker_right += same_speaker(gold[g], guesses[p])
                if guesses[p].kind in kinds:
                    tally.precise_overlap += 1
                    tally.precise_exact += exact
        right = sum(same_speaker(gold[g], guesses[p]) for g, p in pairs)
        per_file[path.name] = {
            "gold": len(gold),
            "proposed": len(guesses),
            "matched": len(pairs),
            "speaker_right": right,
        }
    return {"groups": {g: t.scores() for g, t in tallies.items()}, "files": per_file}


def throughput(gold_dir: Path, repeat: int) -> dict[str, float]:
    texts = [load_gold(path)[0] for path in sorted(gold_dir.glob("*.gold.yaml"))]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    extract(texts[0], source_id="warm-up")
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            extract(text, source_id="article")
    elapsed = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts) * repeat
    # The longest article alone (the seed in the default set): news runs that long or longer.
    longest = max(texts, key=len)
    started = time.perf_counter()
    for _ in range(repeat * 3):
        extract(longest, source_id="article")
    long_elapsed = time.perf_counter() - started
    return {
        "articles": len(texts) * repeat,
        "seconds": elapsed,
        "articles_per_second": len(texts) * repeat / elapsed,
        "words_per_second": words / elapsed,
        "long_words": len(longest.split()),
        "long_articles_per_second": repeat * 3 / long_elapsed,
    }


def render(result: dict[str, Any]) -> str:
    lines = [
        "| kind | gold | proposed | exact P | exact R | exact F1 | overlap P | overlap R "
        "| overlap F1 | speaker acc. |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for group, s in result["groups"].items():
        lines.append(
            f"| {group} | {s['gold']} | {s['proposed']} | {s['exact_p']:.2f} | {s['exact_r']:.2f} "
            f"| {s['exact_f1']:.2f} | {s['overlap_p']:.2f} | {s['overlap_r']:.2f} "
            f"| {s['overlap_f1']:.2f} | {s['speaker_accuracy']:.2f} |"
        )
    speed = result.get("throughput")
    if speed:
        lines.append("")
        lines.append(
            f"Throughput (one core, one thread): {speed['articles_per_second']:.1f} articles/s, "
            f"{speed['words_per_second']:.0f} words/s ({speed['articles']} articles "
            f"in {speed['seconds']:.2f} s); the longest ({speed['long_words']} words) alone: "
            f"{speed['long_articles_per_second']:.1f} articles/s"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the set for speed")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--files", action="store_true", help="also list each file's counts")
    args = parser.parse_args()
    result = score(args.gold)
    if args.repeat:
        result["throughput"] = throughput(args.gold, args.repeat)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(render(result))
    if args.files:
        for name, counts in result["files"].items():
            print(f"{name}: {counts}")


if __name__ == "__main__":
    main()
