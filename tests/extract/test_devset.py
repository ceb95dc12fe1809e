"""The development set scores no worse than recorded in bench/RESULTS.md (a regression guard)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from ..conftest import ROOT


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_eval", ROOT / "bench/extract_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_dev_set_scores_stay_above_the_floor() -> None:
    groups = _bench().score(ROOT / "fixtures" / "extract")["groups"]
    assert groups["direct+mixed"]["overlap_f1"] >= 0.9
    assert groups["all"]["overlap_f1"] >= 0.85
    assert groups["all"]["speaker_accuracy"] >= 0.85


def test_every_gold_file_locates_its_content() -> None:
    bench = _bench()
    for path in sorted((ROOT / "fixtures" / "extract").glob("*.gold.yaml")):
        text, items, data = bench.load_gold(path)
        assert items and data["pattern"], path.name
        for item in items:
            for start, end in item.parts:
                assert text[start:end].strip()
