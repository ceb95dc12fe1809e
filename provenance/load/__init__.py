"""Read dossiers (YAML, JSON; a file or a directory of them) into one located graph."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..collector import collector_paused
from ..errors import InputError
from ..graph import Entry, Graph, T, make_entries
from ..model import Dossier
from ..progress import SILENT, Progress
from ..textio import read_text
from .json_ import parse_json
from .json_batch import read_batched as read_json_batched
from .jsonl import parse_jsonl
from .located import Located, ObjectLines, Path_, format_path, share_fields_sets
from .yaml_ import parse_yaml

YAML_SUFFIXES = (".yaml", ".yml")
SUFFIXES = (*YAML_SUFFIXES, ".json", ".jsonl")


def load(paths: Iterable[str | os.PathLike[str]], progress: Progress = SILENT) -> Graph:
    """Load dossier files and directories into one graph.

    >>> graph = load(["fixtures/ndtv-kayani-2011"])
    >>> graph.agent("anne-patterson").name
    'Anne Patterson'

    ``progress`` hears of one "loading" phase counted in bytes of the files.

    :raises InputError: a path is missing or unreadable, or a file is malformed
        or breaks the contract (wrong type, unknown field, impossible date).
    """
    graph = Graph()
    files = discover(paths)
    progress.start("loading", sum(_size(file) for file in files))
    with collector_paused():
        _load_into(graph, files, progress)
    graph.files = tuple(file.as_posix() for file in files)
    return graph


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:
        return 0  # unreadable: loading it says why


def _load_into(graph: Graph, files: list[Path], progress: Progress) -> None:
    for file in files:
        dossier, located = load_file(file, progress)
        graph.extend("agent", _entries(dossier.agents, "agents", located, file))
        graph.extend("source", _entries(dossier.sources, "sources", located, file))
        graph.extend("claim", _entries(dossier.claims, "claims", located, file))


def _entries(objects: Sequence[T], kind: str, located: Located, file: Path) -> list[Entry[T]]:
    name, lines, line_of = file.as_posix(), located.lines, located.line_of
    if isinstance(located, ObjectLines):
        # JSON Lines and big JSON: one line per object, already in an array, and
        # fields sets already shared batch by batch as they were read.
        known = located.by_kind.get(kind)
        if known is not None and len(known) == len(objects):
            return make_entries(objects, name, known)
    share_fields_sets(objects)
    # Most objects' lines are recorded under their own path; the lookup through
    # ancestors is the fallback, not the rule, for a million objects.
    return make_entries(
        objects,
        name,
        [lines.get((kind, index)) or line_of((kind, index)) for index in range(len(objects))],
    )


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The dossier files named, or found under the directories named, each once.

    A file reached twice (``x/d.yaml`` and ``./x/../x/d.yaml``, a file and its
    directory, a symlink and its target) is loaded once, under the first spelling.
    """
    found: dict[object, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = _walk(path)
            if not inside:
                raise InputError(
                    f"no dossiers ({', '.join(SUFFIXES)}) found in this directory",
                    file=path.as_posix(),
                )
            for file in inside:
                found.setdefault(_identity(file), file)
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(
                    f"not a dossier: expected a {', '.join(SUFFIXES)} file",
                    file=path.as_posix(),
                )
            found.setdefault(_identity(path), path)
        else:
            raise InputError("no such file or directory", file=path.as_posix())
    return list(found.values())


def _identity(file: Path) -> object:
    """What is the same for every name of one file: its device and inode where the OS
    has them (which also sees through case-insensitive names), else its resolved path."""
    try:
        status = file.stat()
    except OSError:
        status = None
    if status is not None and status.st_ino:
        return (status.st_dev, status.st_ino)
    try:
        return file.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the name itself, as before
        return file


def _walk(directory: Path) -> list[Path]:
    # os.walk does not follow symlinked directories, so a symlink loop cannot trap us.
    files: list[Path] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(
            Path(root) / name
            for name in sorted(names)
            if Path(name).suffix.lower() in SUFFIXES and not name.startswith(".")
        )
    return files


def load_file(file: Path, progress: Progress = SILENT) -> tuple[Dossier, Located]:
    """Parse and validate one dossier file; ``progress`` advances by its bytes."""
    name = file.as_posix()
    if file.suffix.lower() == ".jsonl":
        dossier, located = parse_jsonl(file, _contract_error, progress)
        _check_text_files(dossier, located, file)
        return dossier, located
    if file.suffix.lower() == ".json":
        batched = read_json_batched(file)
        if batched is not None:  # else the located reader says what is wrong
            found, lines = batched
            dossier = Dossier.model_construct(
                agents=tuple(found["agents"]),
                sources=tuple(found["sources"]),
                claims=tuple(found["claims"]),
            )
            located = ObjectLines(None, by_kind=lines)
            _check_text_files(dossier, located, file)
            progress.advance(_size(file))
            return dossier, located
    text = read_text(file)
    if file.suffix.lower() in YAML_SUFFIXES:
        located = parse_yaml(text, name, every_value=False)
        try:
            dossier = _checked(located, file)
        except InputError:
            # Only the objects' own lines were kept; read again, keeping every value's,
            # so that the error names the line of the very field.
            located = parse_yaml(text, name)
            dossier = _checked(located, file)
    else:
        located = parse_json(text, name)
        dossier = _checked(located, file)
    progress.advance(_size(file))
    return dossier, located


def _checked(located: Located, file: Path) -> Dossier:
    """The dossier ``located`` holds, once it meets the contract and its text files exist."""
    name = file.as_posix()
    if not isinstance(located.data, dict):
        raise InputError(
            "a dossier is a mapping with `agents`, `sources` and `claims`",
            file=name,
            line=1,
        )
    try:
        dossier = Dossier.model_validate(located.data)
    except ValidationError as error:
        raise _contract_error(error, located, name) from None
    _check_text_files(dossier, located, file)
    return dossier


def _contract_error(error: ValidationError, located: Located, name: str) -> InputError:
    problems = sorted(
        ((located.line_of(_data_path(e["loc"], located.data)), e) for e in error.errors()),
        key=lambda pair: pair[0],
    )
    line, first = problems[0]
    path = _data_path(first["loc"], located.data)
    if first["type"] in ("missing", "extra_forbidden"):
        path = tuple(first["loc"][: len(path) + 1])
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return InputError(
        _describe(first, located.data) + more,
        file=name,
        line=line,
        field=format_path(path) or None,
    )


def _data_path(loc: tuple[int | str, ...], data: Any) -> Path_:
    """The prefix of a pydantic error location that exists in the data."""
    path: list[int | str] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:  # noqa: SIM114 (two branches keep mypy narrowing apart)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            break
        path.append(part)
    return tuple(path)


def _describe(error: Any, data: Any) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown field (not in the dossier contract; check its spelling)"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    if kind == "value_error":
        message = message.removeprefix("Value error, ")
    elif "input" in error and not isinstance(error["input"], dict | list):
        message += f" (got {error['input']!r})"
    # The models hold lists as tuples (frozen); editors write and think lists.
    message = message.replace("valid tuple", "list")
    return message


def _check_text_files(dossier: Dossier, located: Located, file: Path) -> None:
    base = file.parent.resolve()
    for index, source in enumerate(dossier.sources):
        if source.text_file is None:
            continue
        path = ("sources", index, "text_file")
        target = (file.parent / source.text_file).resolve()
        problem = None
        if Path(source.text_file).is_absolute() or not target.is_relative_to(base):
            problem = f"'{source.text_file}' is outside the dossier's directory: refused"
        elif not target.is_file():
            problem = f"text file '{source.text_file}' does not exist"
        if problem:
            raise InputError(
                problem, file=file.as_posix(), line=located.line_of(path), field=format_path(path)
            )
