"""A JSON reader that remembers where each value starts and refuses what json.loads forgives.

The standard library neither reports positions of values nor rejects duplicate
keys (it keeps the last, silently losing data), so this small recursive-descent
reader does both. Strings are decoded by the standard library's C scanner.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

from ..errors import InputError
from .located import MAX_DEPTH, Located, Path_, format_path, too_large

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]


class _Reader:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.lines: dict[Path_, int] = {}

    def line(self, pos: int) -> int:
        return bisect.bisect_left(self.newlines, pos) + 1

    def column(self, pos: int) -> int:
        index = bisect.bisect_left(self.newlines, pos)
        start = self.newlines[index - 1] + 1 if index else 0
        return pos - start + 1

    def fail(self, pos: int, message: str) -> InputError:
        return InputError(
            f"invalid JSON: {message}",
            file=self.file,
            line=self.line(pos),
            column=self.column(pos),
        )

    def skip(self, pos: int) -> int:
        match = _WS.match(self.text, pos)
        assert match is not None  # the pattern matches the empty string
        return match.end()

    def document(self) -> Any:
        pos = self.skip(0)
        if pos == len(self.text):
            raise InputError("file is empty", file=self.file, line=1)
        value, pos = self.value(pos, (), 0)
        pos = self.skip(pos)
        if pos != len(self.text):
            raise self.fail(pos, "unexpected text after the document")
        return value

    def value(self, pos: int, path: Path_, depth: int) -> tuple[Any, int]:
        if depth > MAX_DEPTH:
            raise self.fail(pos, f"nested more than {MAX_DEPTH} levels deep")
        self.lines[path] = self.line(pos)
        char = self.text[pos : pos + 1]
        if char == "{":
            return self.object(pos + 1, path, depth)
        if char == "[":
            return self.array(pos + 1, path, depth)
        if char == '"':
            return self.string(pos)
        match = _NUMBER.match(self.text, pos)
        if match:
            number = match.group()
            if match.group(1) or match.group(2):
                return float(number), match.end()
            try:
                return int(number), match.end()
            except ValueError:  # longer than Python's int-str conversion limit
                raise InputError(
                    too_large(len(number.lstrip("-"))),
                    file=self.file,
                    line=self.line(pos),
                    column=self.column(pos),
                    field=format_path(path) or None,
                ) from None
        for word, literal in _LITERALS.items():
            if self.text.startswith(word, pos):
                return literal, pos + len(word)
        if not char:
            raise self.fail(pos, "unexpected end of file")
        raise self.fail(pos, f"unexpected character {char!r}")

    def string(self, pos: int) -> tuple[str, int]:
        try:
            text, end = _scanstring(self.text, pos + 1, True)
        except json.JSONDecodeError as error:
            raise self.fail(error.pos, error.msg.lower()) from None
        return text, end

    def object(self, pos: int, path: Path_, depth: int) -> tuple[dict[str, Any], int]:
        result: dict[str, Any] = {}
        key_lines: dict[str, int] = {}
        pos = self.skip(pos)
        if self.text.startswith("}", pos):
            return result, pos + 1
        while True:
            if not self.text.startswith('"', pos):
                if self.text.startswith("}", pos):
                    raise self.fail(pos, "trailing comma before '}'")
                raise self.fail(pos, "expected a property name in double quotes")
            key_pos = pos
            key, pos = self.string(pos)
            if key in key_lines:
                raise InputError(
                    f"duplicate key '{key}' (first at line {key_lines[key]})",
                    file=self.file,
                    line=self.line(key_pos),
                    field=format_path((*path, key)),
                )
            key_lines[key] = self.line(key_pos)
            pos = self.skip(pos)
            if not self.text.startswith(":", pos):
                raise self.fail(pos, "expected ':' after the property name")
            pos = self.skip(pos + 1)
            result[key], pos = self.value(pos, (*path, key), depth + 1)
            self.lines[(*path, key)] = key_lines[key]
            pos = self.skip(pos)
            if self.text.startswith(",", pos):
                pos = self.skip(pos + 1)
                continue
            if self.text.startswith("}", pos):
                return result, pos + 1
            raise self.fail(pos, "expected ',' or '}'")

    def array(self, pos: int, path: Path_, depth: int) -> tuple[list[Any], int]:
        result: list[Any] = []
        pos = self.skip(pos)
        if self.text.startswith("]", pos):
            return result, pos + 1
        while True:
            if self.text.startswith("]", pos):
                raise self.fail(pos, "trailing comma before ']'")
            item, pos = self.value(pos, (*path, len(result)), depth + 1)
            result.append(item)
            pos = self.skip(pos)
            if self.text.startswith(",", pos):
                pos = self.skip(pos + 1)
                continue
            if self.text.startswith("]", pos):
                return result, pos + 1
            raise self.fail(pos, "expected ',' or ']'")


def parse_json(text: str, file: str) -> Located:
    """Parse one JSON document, recording the line of every value."""
    reader = _Reader(text, file)
    data = reader.document()
    return Located(data, reader.lines)
