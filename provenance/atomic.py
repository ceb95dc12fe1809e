"""Writes that never leave a half-written file behind."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .errors import OutputError


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) all at once, or not at all.

    The text goes to a temporary file in the same directory, is flushed to
    disk, then renamed over the target: readers see the old file or the new
    one, never a mix, even if the process is killed mid-write.

    :raises OutputError: the file cannot be written (no such directory, the
        path is a directory, permission denied, disk full); nothing was written.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise cannot_write(target, error) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            # mkstemp makes the file private (0600); give it the mode a plain write would.
            os.chmod(temporary, _mode_for(target))
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise cannot_write(target, error) from None
        raise
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:  # some platforms cannot open directories; the rename stands anyway
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def cannot_write(path: Path, error: OSError) -> OutputError:
    """``cannot write PATH: Permission denied``: the OS's reason, without errno or path noise."""
    reason = error.strerror or str(error)
    if isinstance(error, IsADirectoryError) or path.is_dir():
        reason = "it is a directory"
    elif isinstance(error, FileExistsError):  # mkdir found a file where a directory belongs
        reason = "it exists and is not a directory"
    elif isinstance(error, FileNotFoundError) and not path.parent.is_dir():
        reason = f"directory {path.parent.as_posix()} does not exist"
    return OutputError(path.as_posix(), reason)


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or those a new file gets under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)  # reading the umask means setting it; put it straight back
        os.umask(umask)
        return 0o666 & ~umask
