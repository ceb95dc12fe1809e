from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from provenance.atomic import write_text_atomic

# The child stalls inside fsync, the moment a real crash would do the most harm:
# the new bytes are partly on their way to disk and the rename has not happened.
CHILD = textwrap.dedent(
    """
    import os, sys, time
    from provenance import atomic

    def stalled(fd):
        print("in fsync", flush=True)
        time.sleep(60)

    atomic.os.fsync = stalled
    atomic.write_text_atomic(sys.argv[1], "new export " * 1_000_000)
    """
)


def test_a_process_killed_mid_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old export")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "in fsync\n"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert target.read_text() == "old export"


def test_write_replaces_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old export")
    write_text_atomic(target, "new export\n")
    assert target.read_text() == "new export\n"
    assert os.listdir(tmp_path) == ["export.json"]


def test_write_into_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_text_atomic("report.json", "{}\n")
    assert Path("report.json").read_text() == "{}\n"
