from __future__ import annotations

import json

from typer.testing import CliRunner

from provenance import RULES
from provenance.cli import app

from ..conftest import SEED

runner = CliRunner()


def test_rules_lists_every_rule_in_code_order() -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == sorted(RULES)
    assert lines[0].split()[:3] == ["PV001", "unattributed-claim", "error"]


def test_rules_code_explains_one_rule() -> None:
    result = runner.invoke(app, ["rules", "pv005"])
    assert result.exit_code == 0
    assert result.stdout.startswith("PV005 chronology (error)\n")
    for heading in ("## Why it matters", "## Fails", "## Passes", "## How to fix"):
        assert heading in result.stdout


def test_rules_unknown_code_is_exit_2() -> None:
    result = runner.invoke(app, ["rules", "PV999"])
    assert result.exit_code == 2
    assert "unknown rule code 'PV999'" in result.stderr


def test_trace_shows_the_nested_chain() -> None:
    result = runner.invoke(app, ["trace", "patterson-kayani-opposes-nfu", str(SEED)])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("claim patterson-kayani-opposes-nfu: ")
    assert "said by Anne Patterson (anne-patterson) on 2009-02-19" in text
    assert "released by WikiLeaks (wikileaks)" in text
    assert "reported in " in text and "NDTV (ndtv)" in text
    assert "embeds claim zardari-no-first-use-2008" in text
    assert "said by Asif Ali Zardari (asif-ali-zardari) on 2008" in text


def test_trace_json_is_nested_data() -> None:
    result = runner.invoke(
        app, ["trace", "patterson-kayani-opposes-nfu", str(SEED), "--format", "json"]
    )
    chain = json.loads(result.stdout)
    assert chain["source"]["released"]["by"]["id"] == "wikileaks"
    assert chain["embeds"][0]["id"] == "zardari-no-first-use-2008"
    assert chain["embeds"][0]["date"] == "2008"


def test_trace_unknown_claim_is_exit_2() -> None:
    result = runner.invoke(app, ["trace", "no-such-claim", str(SEED)])
    assert result.exit_code == 2
    assert result.stderr == (
        "provenance: error: no claim with id 'no-such-claim' in the dossiers given\n"
    )
