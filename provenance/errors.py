"""The one exception users see: bad input, reported as one line with file, line and field."""

from __future__ import annotations

from .display import displayable


class ProvenanceError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(ProvenanceError):
    """Input that cannot be read or does not fit the contract.

    The CLI prints ``str(error)`` as one line and exits with code 2.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.field = field

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        field = f"{self.field}: " if self.field else ""
        # One line, always: a message quoting user text must not break a CI log (any
        # line break, not only "\n"); a file name that is not UTF-8 shows as \xff.
        return " ".join(displayable(where + field + self.message).splitlines())


class OutputError(ProvenanceError, OSError):
    """A file the user asked for (``-o PATH``) cannot be written: ``cannot write PATH: reason``.

    Nothing is left behind: no partial file, and any old file at PATH is unchanged.
    It is an OSError too, so code that caught the operating system's error still does.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(ProvenanceError):
    """A request the library cannot honour (unknown rule code, unknown claim id)."""
