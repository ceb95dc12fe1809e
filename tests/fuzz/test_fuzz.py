from __future__ import annotations

import os

from .harness import fuzz


def test_loader_and_validator_raise_only_user_facing_errors() -> None:
    # 60 s in CI, as agreed; a short run locally keeps the suite quick.
    seconds = float(os.environ.get("FUZZ_SECONDS", "60" if os.environ.get("CI") else "5"))
    tried, failures = fuzz(seconds, seed=int(os.environ.get("FUZZ_SEED", "0")))
    assert tried > 0
    assert failures == [], failures[0]
