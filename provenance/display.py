"""Text from users' files made safe to print: valid Unicode, and one line where a line is the unit.

File names are bytes to the OS; Python keeps those that are not UTF-8 as lone
surrogates ("surrogateescape"), which no UTF-8 output can carry. A report that
names such a file must still be valid UTF-8 and let the user recognise the
name, so each such byte is shown as ``\\xff``.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
# What ends or rewrites a line in a terminal, an editor or a CI log: the C0 and C1
# controls (with DEL) and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def displayable(text: str) -> str:
    r"""``text`` as valid Unicode: an undecodable byte of a file name as ``\xff``,
    any other lone surrogate as ``\udc00``.

    >>> displayable("bad\udcff.yaml")
    'bad\\xff.yaml'
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_surrogate, text)


def one_line(text: str) -> str:
    r"""``text`` displayable and on one line: controls escaped as ``\n``, ``\x1b``, ``\u2028``.

    >>> one_line("Kayani\nnot on board")
    'Kayani\\nnot on board'
    """
    text = displayable(text)
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_control, text)


def _surrogate(match: re.Match[str]) -> str:
    point = ord(match.group())
    if 0xDC80 <= point <= 0xDCFF:  # a byte that was not UTF-8, as surrogateescape keeps it
        return f"\\x{point - 0xDC00:02x}"
    return f"\\u{point:04x}"


def _control(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    point = ord(char)
    return f"\\x{point:02x}" if point <= 0xFF else f"\\u{point:04x}"
