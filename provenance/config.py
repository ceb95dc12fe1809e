"""Project settings: ``[tool.provenance]`` in pyproject.toml, or a provenance.toml.

The nearest file wins, searching from the working directory upwards: a
``provenance.toml`` (settings at its top level), or a ``pyproject.toml`` that
has a ``[tool.provenance]`` table (one without it is passed over, as linters
do). Command-line flags override what the file says.

```toml
[tool.provenance]
select = ["PV"]                # codes or prefixes; default: every rule
ignore = ["PV008"]
fail-on = "warning"            # error (default) | warning | info
severity = { PV009 = "error", PV012 = "info" }
```
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .findings import Severity
from .rules import RULES

KEYS = ("select", "ignore", "fail-on", "severity")


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.error
    severity: Mapping[str, Severity] = field(default_factory=dict)
    file: str | None = None
    """The configuration file these settings came from, if any."""

    def override(
        self,
        *,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        fail_on: Severity | None = None,
    ) -> Settings:
        """These settings with the flags that were given replacing the file's values."""
        return replace(
            self,
            select=tuple(select) if select else self.select,
            ignore=tuple(ignore) if ignore else self.ignore,
            fail_on=fail_on or self.fail_on,
        )


def find(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration file at or above ``start`` and its provenance table.

    :raises InputError: a configuration file on the way is unreadable, not UTF-8 or
        not TOML, or its ``tool`` or ``[tool.provenance]`` is not a table.
    """
    found = _find(start)
    return None if found is None else (found.path, found.table)


@dataclass(frozen=True)
class _Found:
    path: Path
    text: str
    table: dict[str, Any]
    start: int
    """Where the provenance settings begin in ``text``, to find the line of a key."""


def _find(start: Path) -> _Found | None:
    for directory in (start.resolve(), *start.resolve().parents):
        dedicated = directory / "provenance.toml"
        if dedicated.is_file():
            text, data = _read(dedicated)
            return _Found(dedicated, text, data, 0)
        project = directory / "pyproject.toml"
        if project.is_file():
            text, data = _read(project)
            tool = data.get("tool", {})
            if not isinstance(tool, dict):
                raise _not_a_table(project, text, "tool", r"tool")
            table = tool.get("provenance")
            if table is None:
                continue
            if not isinstance(table, dict):
                raise _not_a_table(project, text, "tool.provenance", r"(?:tool\s*\.\s*)?provenance")
            header = re.search(
                r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*provenance[ \t]*[\].]", text, re.M
            )
            return _Found(project, text, table, header.start() if header else 0)
    return None


def load(start: Path) -> Settings:
    """Settings from the nearest configuration file, or the defaults.

    :raises InputError: the file is malformed or holds an unknown key or value;
        the error names the file, the line and the key.
    """
    found = _find(start)
    if found is None:
        return Settings()
    table, name = found.table, found.path.as_posix()

    def fail(key: str, message: str, code: str | None = None) -> InputError:
        # The key's line, after the [tool.provenance] header (another tool may use the
        # same key); for a bad rule code, the code's own line.
        at = _search(found.text, _key(key), found.start)
        if code is not None:
            in_list = rf"[\"']{re.escape(code)}[\"']"
            pattern = _key(code) if key == "severity" else in_list
            at = _search(found.text, pattern, found.start if at is None else at) or at
        line = None if at is None else found.text.count("\n", 0, at) + 1
        return InputError(message, file=name, line=line, field=key)

    for key in table:
        if key not in KEYS:
            raise fail(key, f"unknown setting (known: {', '.join(KEYS)})")
    codes: dict[str, tuple[str, ...]] = {}
    for key in ("select", "ignore"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, 'expected a list of rule codes, e.g. ["PV008"]')
        for code in value:
            if not code.strip() or not any(known.startswith(code.upper()) for known in RULES):
                raise fail(key, f"unknown rule code '{code}' (see `provenance rules`)", code)
        codes[key] = tuple(value)
    try:
        fail_on = Severity(table.get("fail-on", "error"))
    except ValueError:
        raise fail("fail-on", "expected error, warning or info") from None
    overrides = table.get("severity", {})
    if not isinstance(overrides, dict):
        raise fail("severity", 'expected a table of CODE = "error|warning|info"')
    severity: dict[str, Severity] = {}
    for code, value in overrides.items():
        if code.upper() not in RULES:
            raise fail("severity", f"unknown rule code '{code}' (see `provenance rules`)", code)
        try:
            severity[code.upper()] = Severity(value)
        except ValueError:
            raise fail("severity", f"{code}: expected error, warning or info") from None
    return Settings(codes["select"], codes["ignore"], fail_on, severity, name)


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    name = path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", file=name) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1].hex()
        raise InputError(
            f"not valid UTF-8 text (byte 0x{byte}); TOML files must be saved as UTF-8",
            file=name,
            line=data[: error.start].count(b"\n") + 1,
        ) from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line, column = str(error), None, None
        where = re.search(r" \(at line (\d+), column (\d+)\)$", message)
        if where:
            message, line, column = message[: where.start()], int(where[1]), int(where[2])
        elif message.endswith("(at end of document)"):
            line = text.rstrip("\n").count("\n") + 1
        raise InputError(f"invalid TOML: {message}", file=name, line=line, column=column) from None


def _not_a_table(path: Path, text: str, key: str, pattern: str) -> InputError:
    at = _search(text, rf"^[ \t]*{pattern}[ \t]*=", 0)
    return InputError(
        "must be a table of settings",
        file=path.as_posix(),
        line=None if at is None else text.count("\n", 0, at) + 1,
        field=key,
    )


def _key(name: str) -> str:
    """A pattern for ``name =`` as a TOML key: bare or quoted, on its own line or in ``{...}``."""
    return rf"(?:^|[{{,])[ \t]*[\"']?{re.escape(name)}[\"']?[ \t]*="


def _search(text: str, pattern: str, start: int) -> int | None:
    """Where ``pattern`` first matches at or after offset ``start``."""
    match = re.compile(pattern, re.M).search(text, start)
    return match.start() if match else None
