"""Reading the text files users give us, in the encodings they actually save."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError


def read_text(file: Path) -> str:
    """A file's text; UTF-8 (with or without BOM) or BOM-marked UTF-16."""
    name = file.as_posix()
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", file=name) from None
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        label = "UTF-16" if encoding == "utf-16" else "UTF-8"
        byte = data[error.start : error.start + 1].hex()
        raise InputError(
            f"not valid {label} text (byte 0x{byte}); save the file as UTF-8",
            file=name,
            line=line,
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError("contains a NUL character: not a text file", file=name, line=line)
    return text
