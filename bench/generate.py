"""Write a realistic corpus of N claims, deterministically for a seed.

    python bench/generate.py N [--seed S] [--out bench/corpora]

About N/20 agents and N/10 sources; nested embeds, appearances in later
sources, partial and interval dates, quotes anchored in the texts of one
source in ten, and a small planted share of each defect. Writes the same
corpus three ways under ``OUT/N/``: ``corpus.json`` (one dossier),
``corpus.jsonl`` (JSON Lines) and ``yaml/`` (a directory of YAML dossiers,
1,000 claims each), plus ``planted.json``: the (code, id) pairs a validator
must report.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

import yaml

WORDS = [
    "army",
    "minister",
    "cable",
    "policy",
    "nuclear",
    "border",
    "militant",
    "press",
    "statement",
    "government",
    "report",
    "official",
    "strike",
    "sovereignty",
    "ally",
    "weapons",
    "program",
    "support",
    "threat",
    "insurgency",
    "election",
    "budget",
    "court",
    "ruling",
    "protest",
    "treaty",
    "envoy",
    "summit",
    "denial",
    "inquiry",
]
KINDS = ["news_article", "statement", "report", "interview", "press_release", "transcript"]
DEFECT_SHARE = 0.001
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def sentence(rng: random.Random, i: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 14))]
    return f"Claim {i} says the {' '.join(words)}."


def date_for(rng: random.Random, year: int) -> str:
    form = rng.random()
    if form < 0.5:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if form < 0.7:
        return f"{year}-{rng.randint(1, 12):02d}"
    if form < 0.85:
        return str(year)
    if form < 0.95:
        return f"{year}-01/{year}-06"
    return f"{year}~"


def generate(n: int, seed: int = 0) -> tuple[dict[str, list[dict[str, Any]]], list[list[str]]]:
    rng = random.Random(seed)
    n_agents, n_sources = max(2, n // 20), max(2, n // 10)
    agents = [
        {"id": f"agent-{i}", "name": f"Agent {i}", "kind": rng.choice(["person", "organization"])}
        for i in range(n_agents)
    ]
    sources: list[dict[str, Any]] = []
    for i in range(n_sources):
        year = 2000 + i * 20 // n_sources  # later ids are later sources
        source: dict[str, Any] = {
            "id": f"source-{i}",
            "kind": rng.choice(KINDS),
            "title": f"Document {i}",
            "publisher": f"agent-{rng.randrange(n_agents)}",
            "published": f"{year}-12-31",
        }
        if i and rng.random() < 0.3:
            source["cites"] = [f"source-{rng.randrange(i)}"]
        sources.append(source)
    texts: dict[int, list[str]] = {}
    claims: list[dict[str, Any]] = []
    planted: list[list[str]] = []
    for i in range(n):
        s = rng.randrange(n_sources)
        year = 2000 + s * 20 // n_sources
        text = sentence(rng, i)
        claim: dict[str, Any] = {
            "id": f"claim-{i}",
            "text": text,
            "kind": "direct",
            "speaker": sources[s]["publisher"],
            "source": f"source-{s}",
            "date": date_for(rng, year),
        }
        if s % 10 == 0:
            texts.setdefault(s, []).append(text)
            claim["quote"] = text
        if i and rng.random() < 0.2:
            embedded = claims[rng.randrange(max(0, i - 50), i)]
            # Only an earlier year can be embedded without breaking chronology.
            if int(embedded["date"][:4]) < year:
                claim["embeds"] = [embedded["id"]]
                claim["kind"] = "indirect"
                claim.pop("quote", None)
                if s % 10 == 0:
                    texts[s].pop()
        if rng.random() < 0.3 and s + 1 < n_sources:
            later = rng.randrange(s + 1, n_sources)
            claim["appearances"] = [{"source": f"source-{later}"}]
        claims.append(claim)
    for s, lines in texts.items():
        sources[s]["text"] = " ".join(lines)
    _plant(rng, claims, planted)
    return {"agents": agents, "sources": sources, "claims": claims}, planted


def _plant(rng: random.Random, claims: list[dict[str, Any]], planted: list[list[str]]) -> None:
    count = max(1, int(len(claims) * DEFECT_SHARE))
    # A claim others embed would echo its defect onto them; plant on the rest.
    embedded = {e for claim in claims for e in claim.get("embeds", ())}
    free = [i for i, claim in enumerate(claims) if claim["id"] not in embedded]
    victims = rng.sample(free, min(len(free), count * 7))
    groups = [victims[k * count : (k + 1) * count] for k in range(7)]
    for i in groups[0]:
        claims[i].pop("source")
        claims[i].pop("quote", None)
        claims[i].pop("appearances", None)
        planted.append(["PV001", claims[i]["id"]])
    for i in groups[1]:
        claims[i].pop("speaker")
        planted.append(["PV002", claims[i]["id"]])
    for i in groups[2]:
        claims[i]["speaker"] = "nobody-at-all"
        planted.append(["PV003", claims[i]["id"]])
    for i in groups[3]:
        claims[i]["date"] = "2099"
        planted.append(["PV005", claims[i]["id"]])
    for i in groups[4]:
        claims[i].pop("date")
        planted.append(["PV008", claims[i]["id"]])
    for i in groups[5]:
        if "quote" in claims[i]:
            claims[i]["quote"] = claims[i]["quote"].replace("says the", "denies the")
            planted.append(["PV006", claims[i]["id"]])
    for i in groups[6]:
        duplicate = dict(claims[i])
        claims.append(duplicate)
        planted.append(["PV004", duplicate["id"]])


def write(corpus: dict[str, list[dict[str, Any]]], planted: list[list[str]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "corpus.json").write_text(json.dumps(corpus), encoding="utf-8")
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as handle:
        for kind, items in corpus.items():
            for item in items:
                handle.write(json.dumps({"type": kind[:-1], **item}) + "\n")
    yaml_dir = out / "yaml"
    yaml_dir.mkdir(exist_ok=True)
    claims = corpus["claims"]
    (yaml_dir / "00-agents-sources.yaml").write_text(
        yaml.dump(
            {"agents": corpus["agents"], "sources": corpus["sources"]},
            Dumper=_Dumper,
            sort_keys=False,
        )
    )
    for part in range(0, len(claims), 1000):
        (yaml_dir / f"claims-{part // 1000:05d}.yaml").write_text(
            yaml.dump({"claims": claims[part : part + 1000]}, Dumper=_Dumper, sort_keys=False)
        )
    (out / "planted.json").write_text(json.dumps(sorted(planted)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "corpora")
    args = parser.parse_args()
    corpus, planted = generate(args.n, args.seed)
    write(corpus, planted, args.out / str(args.n))
    print(f"wrote {args.out / str(args.n)}: {len(corpus['claims'])} claims, {len(planted)} planted")


if __name__ == "__main__":
    main()
