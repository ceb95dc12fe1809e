"""The command line: parse flags, call the library, print, exit. No logic lives here.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import config, load, schema
from . import export as export_graph
from . import validate as validate_graph
from .atomic import write_text_atomic
from .cli_db import db_app, stored_graph
from .cli_extract import extract as extract_command
from .cli_progress import progress_bar
from .errors import ProvenanceError
from .export import ExportFormat
from .export.mermaid import chain_mermaid
from .findings import Severity
from .report import RENDERERS, ReportFormat
from .rules import RULES, markdown_table
from .trace import render_text
from .trace import trace as trace_claim

app = typer.Typer(
    name="provenance",
    help="Track who said what, where, when, published by whom, and through which chain.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[
    list[Path], typer.Argument(help="Dossier files (.yaml, .yml, .json) or directories of them.")
]


class TraceFormat(StrEnum):
    text = "text"
    json = "json"
    mermaid = "mermaid"


@contextmanager
def _exit_2_on_bad_input() -> Iterator[None]:
    try:
        yield
    except ProvenanceError as error:
        typer.echo(f"provenance: error: {error}", err=True)
        raise typer.Exit(2) from None


def _codes(values: list[str] | None) -> list[str]:
    return [code.strip() for value in values or [] for code in value.split(",") if code.strip()]


@app.command()
def validate(
    paths: Paths,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Report format.")] = (
        ReportFormat.text
    ),
    fail_on: Annotated[
        Severity | None,
        typer.Option(help="Exit 1 when a finding is at or above this severity [default: error]."),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Only these rule codes or prefixes (repeat or a,b).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip these rule codes or prefixes.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, even on a terminal.")
    ] = False,
) -> None:
    """Check dossiers; exit 1 if any finding is at or above --fail-on.

    Settings come from [tool.provenance] in the nearest pyproject.toml (or a
    provenance.toml); the flags given here override them.
    """
    with _exit_2_on_bad_input():
        settings = config.load(Path.cwd()).override(
            select=_codes(select), ignore=_codes(ignore), fail_on=fail_on
        )
        with progress_bar(quiet) as progress:
            graph = load(paths, progress)
            report = validate_graph(
                graph,
                select=settings.select,
                ignore=settings.ignore,
                severity=settings.severity,
                progress=progress,
            )
    typer.echo(RENDERERS[fmt](report, graph), nl=False)
    raise typer.Exit(report.exit_code(settings.fail_on))


@app.command()
def export(
    paths: Paths,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Export format.")] = (
        ExportFormat.json
    ),
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (atomically), not stdout.")
    ] = None,
) -> None:
    """Export the dossiers as one canonical document."""
    with _exit_2_on_bad_input():
        text = export_graph(load(paths), fmt)
        if output is not None:
            write_text_atomic(output, text)
    if output is None:
        typer.echo(text, nl=False)


@app.command("schema")
def write_schema(
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Directory to write every schema into."),
    ] = None,
) -> None:
    """Print the dossier JSON Schema, or write all schemas into a directory."""
    if output is None:
        typer.echo(schema.render("dossier.schema.json"), nl=False)
        return
    with _exit_2_on_bad_input():
        written = schema.write_all(output)
    for path in written:
        typer.echo(f"wrote {path.as_posix()}")


@app.command()
def rules(
    code: Annotated[str | None, typer.Argument(help="A rule code, e.g. PV001.")] = None,
    markdown: Annotated[bool, typer.Option(help="The list as a Markdown table.")] = False,
) -> None:
    """List every rule, or explain one."""
    if code is None and markdown:
        typer.echo(markdown_table(RULES), nl=False)
        return
    if code is None:
        for each in RULES.values():
            typer.echo(f"{each.code}  {each.name:<22} {each.severity:<8} {each.summary}")
        return
    found = RULES.get(code.upper())
    if found is None:
        typer.echo(f"provenance: error: unknown rule code '{code}'", err=True)
        raise typer.Exit(2)
    typer.echo(f"{found.code} {found.name} ({found.severity})\n\n{found.summary}\n\n{found.doc}")


app.add_typer(db_app, name="db")
app.command("extract")(extract_command)


@app.command()
def trace(
    claim_id: Annotated[str, typer.Argument(help="The id of the claim to trace.")],
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Dossier files or directories (or give --db instead).", show_default=False
        ),
    ] = None,
    fmt: Annotated[TraceFormat, typer.Option("--format")] = TraceFormat.text,
    db: Annotated[
        str | None, typer.Option("--db", help="Trace from the store at this URL, not from files.")
    ] = None,
) -> None:
    """Show a claim's attribution chain: reports, speaker, source, embedded claims."""
    if bool(paths) == (db is not None):
        typer.echo("provenance: error: give dossier PATHs or --db URL, one of the two", err=True)
        raise typer.Exit(2)
    with _exit_2_on_bad_input():
        graph = stored_graph(db, claim_id) if db is not None else load(paths or [])
        chain = trace_claim(graph, claim_id)
    if fmt is TraceFormat.json:
        typer.echo(json.dumps(chain, indent=2, ensure_ascii=False))
    elif fmt is TraceFormat.mermaid:
        typer.echo(chain_mermaid(graph, claim_id), nl=False)
    else:
        typer.echo(render_text(chain), nl=False)


def main() -> None:
    """Entry point. A user mistake exits 2 with one line; anything else is our bug."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        app()
    except Exception as error:  # typer.Exit is handled inside app(); only real bugs land here
        if debug:
            traceback.print_exc()
        else:
            print(
                f"provenance: internal error ({type(error).__name__}: {error}); "
                "please report it, with the output of the same command run with --debug",
                file=sys.stderr,
            )
        sys.exit(3)
