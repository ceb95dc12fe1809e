"""``provenance extract``: an article's text in, a draft dossier out. Parse, call, print, exit."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .atomic import write_text_atomic
from .dates import DateError, PartialDate
from .errors import InputError, UsageError
from .model.base import SLUG, not_a_slug
from .textio import read_text


class DraftFormat(StrEnum):
    yaml = "yaml"
    json = "json"


def extract(
    file: Annotated[Path, typer.Argument(help="The article as plain text (UTF-8).")],
    source_id: Annotated[
        str | None,
        typer.Option("--source-id", help="Id of the article's source [default: from FILE's name]."),
    ] = None,
    publisher: Annotated[
        str | None, typer.Option(help="Agent id of the article's publisher, e.g. ndtv.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="When the article was published (EDTF: 2011-05-06).")
    ] = None,
    title: Annotated[
        str | None, typer.Option(help="The article's title [default: its first line].")
    ] = None,
    fmt: Annotated[DraftFormat, typer.Option("--format", help="Output format.")] = (
        DraftFormat.yaml
    ),
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (atomically), not stdout.")
    ] = None,
) -> None:
    """Propose a draft dossier for a news article: speakers, quotes, cues, nesting.

    Every claim is marked `draft: true`: review it, edit it, then `provenance validate`.
    Needs the `extract` extra: pip install 'provenance[extract]'.
    """
    from .cli import _exit_2_on_bad_input
    from .extract import extract as extract_article
    from .extract.output import to_json, to_yaml

    with _exit_2_on_bad_input():
        for option, value in (("--source-id", source_id), ("--publisher", publisher)):
            _check_id(option, value)
        text = read_text(file)
        date = _date(published)
        try:
            dossier = extract_article(
                text,
                source_id=source_id or _slug(file.stem),
                title=title,
                publisher=publisher,
                published=date,
            )
        except InputError as error:
            error.file = error.file or str(file)
            raise
        rendered = to_json(dossier) if fmt is DraftFormat.json else to_yaml(dossier)
        if output is None:
            typer.echo(rendered, nl=False)
        else:
            write_text_atomic(output, rendered)


def _check_id(option: str, value: str | None) -> None:
    # Checked before the article is read: a bad id would otherwise surface as
    # the draft failing its own model, after all the work.
    if value is not None and not SLUG.match(value):
        raise UsageError(f"{option}: {not_a_slug(value, 'ndtv')}")


def _date(value: str | None) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except DateError as error:
        raise InputError(str(error), field="--published") from None


def _slug(stem: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", stem.lower())) or "article"
