"""The README cannot lie: its rule table, commands and quick start are checked here."""

from __future__ import annotations

import re

import typer.main

from provenance import RULES
from provenance.cli import app
from provenance.rules import markdown_table

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_generated_from_the_registry() -> None:
    table = README.split("<!-- rules:start -->\n", 1)[1].split("<!-- rules:end -->", 1)[0]
    assert table == markdown_table(RULES), "run `provenance rules --markdown` into the README"


def _quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_two_commands_and_ci_runs_the_test_one() -> None:
    install_and_validate, install_and_test = _quick_start_commands()
    assert install_and_validate.endswith("provenance validate fixtures/ndtv-kayani-2011")
    assert install_and_test.endswith("&& pytest")
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert install_and_test in ci_lines


def test_every_command_is_documented_and_has_help() -> None:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    usage = README.split("## Commands", 1)[1].split("\n## ", 1)[0]
    for name, command in commands.items():
        assert f"provenance {name}" in usage, f"README does not document `provenance {name}`"
        assert command.help, f"`provenance {name}` has no help text"
