"""``provenance db ...``: the store from the command line. Parse, call the library, print, exit.

Exit codes as everywhere: 0 done, 1 findings (an import refused, or
``db validate`` at or above --fail-on), 2 bad input, usage, or a database
that cannot be reached.

The store's libraries (SQLAlchemy, Alembic, psycopg) take longer to import
than all the rest of the CLI, so each command imports them when it runs:
``provenance validate`` in a CI job never pays for them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import config
from . import export as export_graph
from . import validate as validate_graph
from .atomic import write_text_atomic
from .cli_progress import progress_bar
from .export import ExportFormat
from .findings import Severity
from .report import RENDERERS, ReportFormat, as_text

if TYPE_CHECKING:
    from .graph import Graph

db_app = typer.Typer(
    help="Keep dossiers in a database: an SQLite file by default, PostgreSQL by URL.",
    no_args_is_help=True,
)

DbUrl = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL, e.g. sqlite:///provenance.db or postgresql+psycopg://user@host/db "
        "[default: $PROVENANCE_DB, else sqlite:///provenance.db].",
        show_default=False,
    ),
]


class ClaimsFormat(StrEnum):
    text = "text"
    json = "json"


@contextmanager
def _bad_input() -> Iterator[None]:
    # cli.py imports this module to register the group, so its handler is
    # fetched when a command runs, not when this module loads.
    from .cli import _exit_2_on_bad_input

    with _exit_2_on_bad_input():
        yield


@db_app.command()
def init(db: DbUrl = None) -> None:
    """Create the store, or upgrade its schema to this version's (runs the migrations)."""
    from .store import describe, head, opened, upgrade

    with _bad_input(), opened(db, must_exist=False) as engine:
        upgrade(engine)
    typer.echo(f"{describe(engine.url)}: store ready (schema revision {head()})")


@db_app.command("import")
def import_(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Dossier files (.yaml, .yml, .json) or directories of them."),
    ],
    allow_findings: Annotated[
        bool, typer.Option(help="Import even when validation finds errors.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, even on a terminal.")
    ] = False,
    db: DbUrl = None,
) -> None:
    """Import dossiers in one transaction: all of them, or (on error findings) nothing.

    Dossiers are validated together with those already stored. Re-importing an
    unchanged dossier changes nothing; a changed one is updated in place.
    """
    from .store import import_dossiers, opened

    with _bad_input(), opened(db) as engine, progress_bar(quiet) as progress:
        settings = config.load(Path.cwd())
        result = import_dossiers(
            engine,
            paths,
            allow_findings=allow_findings,
            select=settings.select,
            ignore=settings.ignore,
            severity=settings.severity,
            progress=progress,
        )
    typer.echo(as_text(result.report), nl=False)
    if not result.applied:
        typer.echo("nothing imported: fix the errors above, or import with --allow-findings")
        raise typer.Exit(1)
    typer.echo(
        f"imported: {result.added} added, {result.updated} updated, "
        f"{result.removed} removed, {result.unchanged} unchanged"
    )


@db_app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Export format.")] = (
        ExportFormat.json
    ),
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (atomically), not stdout.")
    ] = None,
    db: DbUrl = None,
) -> None:
    """Export the whole store, exactly as `provenance export` exports the same files."""
    from .store import opened, read_graph

    with _bad_input(), opened(db) as engine:
        text = export_graph(read_graph(engine), fmt)
    if output is None:
        typer.echo(text, nl=False)
    else:
        with _bad_input():
            write_text_atomic(output, text)


@db_app.command()
def validate(
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
    db: DbUrl = None,
) -> None:
    """Check the whole store with the rules `provenance validate` runs on files.

    Findings name the file and line each object was imported from.
    """
    from .cli import _codes
    from .store import opened, read_graph

    with _bad_input(), opened(db) as engine:
        settings = config.load(Path.cwd()).override(
            select=_codes(select), ignore=_codes(ignore), fail_on=fail_on
        )
        graph = read_graph(engine)
        report = validate_graph(
            graph, select=settings.select, ignore=settings.ignore, severity=settings.severity
        )
    typer.echo(RENDERERS[fmt](report, graph), nl=False)
    raise typer.Exit(report.exit_code(settings.fail_on))


@db_app.command()
def claims(
    speaker: Annotated[str | None, typer.Option(help="Agent id of who said it.")] = None,
    source: Annotated[
        str | None, typer.Option(help="Source id where it was said or later reported.")
    ] = None,
    publisher: Annotated[
        str | None, typer.Option(help="Agent id publishing the source it was said or reported in.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Claims that may be on or after this date, e.g. 2009.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Claims that may be on or before this date, e.g. 2009-12.")
    ] = None,
    words: Annotated[
        str | None,
        typer.Option("--text", help="Words that must all be in the claim's text or quote."),
    ] = None,
    draft: Annotated[
        bool | None,
        typer.Option(
            "--draft/--reviewed",
            help="Only machine proposals not yet reviewed (draft: true), or only reviewed claims.",
        ),
    ] = None,
    fmt: Annotated[ClaimsFormat, typer.Option("--format", help="Output format.")] = (
        ClaimsFormat.text
    ),
    db: DbUrl = None,
) -> None:
    """Find claims; every filter given must hold. Text: one claim a line (id, date, speaker, text).

    Dates compare by their bounds: a claim dated 2008 is not --since 2009; one
    dated ../2009-02-19 (some time up to then) may be, and is listed.
    """
    from .store import ClaimFilter, find_claims, opened, window_date

    with _bad_input(), opened(db) as engine:
        wanted = ClaimFilter(
            speaker=speaker,
            source=source,
            publisher=publisher,
            since=window_date("--since", since),
            until=window_date("--until", until),
            words=words,
            draft=draft,
        )
        found = find_claims(engine, wanted)
    if fmt is ClaimsFormat.json:
        dumped = [claim.model_dump(mode="json", exclude_defaults=True) for claim in found]
        typer.echo(json.dumps({"claims": dumped}, indent=2, ensure_ascii=False))
        return
    for claim in found:
        line = "\t".join((claim.id, str(claim.date or "-"), claim.speaker or "-", claim.text))
        typer.echo(" ".join(line.splitlines()))


def stored_graph(db: str, claim_id: str) -> Graph:
    """What `provenance trace CLAIM_ID --db URL` reads: that claim's part of the store."""
    from .store import opened, trace_graph

    with opened(db) as engine:
        return trace_graph(engine, claim_id)
