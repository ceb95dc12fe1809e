"""A mutational fuzzer over the loader and the validator.

Seeds are the shipped fixtures and the bad-input catalogue. Each round takes a
seed, mutates its bytes (flips, insertions of YAML/JSON syntax, deletions,
splices with another seed), writes it as .yaml or .json, loads and validates
it. Any exception other than the project's own user-facing errors is a bug.

CI runs it for 60 seconds (tests/fuzz/test_fuzz.py). To run longer by hand::

    python -m tests.fuzz.harness --seconds 3600 [--seed N]

A failing input is saved under tests/fuzz/crashes/ so it can become a case in
tests/bad_inputs/.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import traceback
from pathlib import Path

from provenance import ProvenanceError, load, validate

ROOT = Path(__file__).resolve().parents[2]
TOKENS = [
    b"\n",
    b"  ",
    b"\t",
    b"- ",
    b": ",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b'"',
    b"'",
    b"&a ",
    b"*a",
    b"!!python/object ",
    b"---\n",
    b"...",
    b"id: x\n",
    b"date: 2009-02-30\n",
    b"2008/..",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\x00",
    b"\\u0000",
    b"#",
    b"<<: *a\n",
    b"1e999",
    b"null",
]


def seeds() -> list[bytes]:
    found = sorted((ROOT / "fixtures").rglob("*.yaml")) + sorted(
        p for p in (ROOT / "tests" / "bad_inputs").iterdir() if p.suffix in (".yaml", ".json")
    )
    return [p.read_bytes() for p in found if p.stat().st_size < 1_000_000]


def mutate(data: bytes, corpus: list[bytes], rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        position = rng.randint(0, len(out))
        if choice < 0.3 and out:
            index = min(position, len(out) - 1)
            out[index] ^= 1 << rng.randrange(8)
        elif choice < 0.6:
            out[position:position] = rng.choice(TOKENS)
        elif choice < 0.8 and out:
            del out[position : position + rng.randint(1, 16)]
        else:
            other = rng.choice(corpus)
            start = rng.randint(0, len(other))
            out[position:position] = other[start : start + rng.randint(1, 200)]
    return bytes(out)


def fuzz(seconds: float, seed: int = 0, crashes: Path | None = None) -> tuple[int, list[str]]:
    """Run for ``seconds``; return the number of inputs tried and the failures found."""
    rng = random.Random(seed)
    corpus = seeds()
    failures: list[str] = []
    tried = 0
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory() as directory:
        (Path(directory) / "article.txt").write_text("Kayani does not support it.")
        while time.monotonic() < deadline:
            data = mutate(rng.choice(corpus), corpus, rng)
            path = Path(directory) / f"case{rng.choice(['.yaml', '.json'])}"
            path.write_bytes(data)
            tried += 1
            try:
                validate(load([path]))
            except ProvenanceError as error:
                if "\n" in str(error):
                    failures.append(f"multi-line error: {error!r}")
            except Exception:
                failures.append(traceback.format_exc())
                if crashes is not None:
                    crashes.mkdir(parents=True, exist_ok=True)
                    (crashes / f"crash-{seed}-{tried}{path.suffix}").write_bytes(data)
    return tried, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    tried, failures = fuzz(args.seconds, args.seed, ROOT / "tests" / "fuzz" / "crashes")
    print(f"{tried} inputs, {len(failures)} failures (seed {args.seed})")
    for failure in failures[:5]:
        print(failure)
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
