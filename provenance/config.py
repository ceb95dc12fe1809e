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
    """The nearest configuration file at or above ``start`` and its provenance table."""
    for directory in (start.resolve(), *start.resolve().parents):
        dedicated = directory / "provenance.toml"
        if dedicated.is_file():
            return dedicated, _read(dedicated)
        project = directory / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("provenance")
            if table is not None:
                return project, table
    return None


def load(start: Path) -> Settings:
    """Settings from the nearest configuration file, or the defaults.

    :raises InputError: the file is malformed or holds an unknown key or value.
    """
    found = find(start)
    if found is None:
        return Settings()
    path, table = found
    text = path.read_text(encoding="utf-8")
    name = path.as_posix()

    def fail(key: str, message: str) -> InputError:
        match = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.M)
        line = text[: match.start()].count("\n") + 1 if match else None
        return InputError(message, file=name, line=line, field=key)

    if not isinstance(table, dict):
        raise InputError("[tool.provenance] must be a table", file=name)
    for key in table:
        if key not in KEYS:
            raise fail(key, f"unknown setting (known: {', '.join(KEYS)})")
    codes: dict[str, tuple[str, ...]] = {}
    for key in ("select", "ignore"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, 'expected a list of rule codes, e.g. ["PV008"]')
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
            raise fail("severity", f"unknown rule code '{code}'")
        try:
            severity[code.upper()] = Severity(value)
        except ValueError:
            raise fail("severity", f"{code}: expected error, warning or info") from None
    return Settings(codes["select"], codes["ignore"], fail_on, severity, name)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"invalid TOML: {error}", file=path.as_posix()) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", file=path.as_posix()) from None
