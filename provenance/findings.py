"""Findings are data: what is wrong, with which object, where, and how to fix it."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, PlainSerializer

from .display import displayable

Text = Annotated[str, PlainSerializer(displayable, return_type=str, when_used="json")]
"""Text from users' files: the JSON report must be valid UTF-8 even when a file's name
is not, so such bytes are written as ``\\xff`` (see :mod:`provenance.display`)."""


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ObjectRef(_Frozen):
    kind: str
    id: str


class Finding(_Frozen):
    code: str
    rule: str
    severity: Severity
    message: Text
    object: ObjectRef
    file: Text
    line: int | None
    hint: Text | None = None

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.line or 0, self.code, self.object.id)


class Suppressed(_Frozen):
    """A finding silenced by a ``noqa`` entry on its object: still reported, never dropped."""

    finding: Finding
    reason: Text | None


class Summary(_Frozen):
    files: int
    agents: int
    sources: int
    claims: int
    errors: int
    warnings: int
    infos: int
    suppressed: int = 0


class Report(_Frozen):
    """The result of a validation: sorted findings and counts. Its JSON is a CI contract."""

    findings: tuple[Finding, ...]
    summary: Summary
    suppressed: tuple[Suppressed, ...] = ()

    def exit_code(self, fail_on: Severity = Severity.error) -> int:
        """0 when no finding is at or above ``fail_on``, else 1."""
        return int(any(f.severity.rank >= fail_on.rank for f in self.findings))
