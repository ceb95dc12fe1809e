from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import InputError, export, load

from ..conftest import SEED

MINIMAL = """\
agents:
  - id: anne-patterson
    name: Anne Patterson
sources:
  - id: us-cable-2009-02-19
    kind: diplomatic_cable
    published: 2009-02-19
claims:
  - id: kayani-opposes-nfu
    text: Kayani does not support Zardari's statement.
    speaker: anne-patterson
    source: us-cable-2009-02-19
    date: 2009-02-19
"""


def test_seed_dossier_loads_with_every_object_located() -> None:
    graph = load([SEED])
    assert len(graph.agents) >= 9 and len(graph.sources) >= 4 and len(graph.claims) >= 12
    patterson = graph.by_id["anne-patterson"]
    assert patterson.origin.file.endswith("fixtures/ndtv-kayani-2011/dossier.yaml")
    text = Path(patterson.origin.file).read_text().splitlines()
    assert text[patterson.origin.line - 1].strip() == "- id: anne-patterson"


def test_unquoted_yaml_dates_and_years_mean_the_quoted_strings(
    write_dossier: Callable[..., Path],
) -> None:
    unquoted = load([write_dossier(MINIMAL.replace("published: 2009-02-19", "published: 2009"))])
    quoted = load(
        [write_dossier(MINIMAL.replace("published: 2009-02-19", 'published: "2009"'), "q.yaml")]
    )
    assert export(unquoted) == export(quoted)
    source = unquoted.source("us-cable-2009-02-19")
    assert source is not None and str(source.published) == "2009"
    claim = unquoted.claim("kayani-opposes-nfu")
    assert claim is not None and str(claim.date) == "2009-02-19"


def test_json_and_yaml_dossiers_give_the_same_graph(write_dossier: Callable[..., Path]) -> None:
    from_yaml = load([write_dossier(MINIMAL)])
    as_json = json.dumps(json.loads(export(from_yaml)), indent=4)
    from_json = load([write_dossier(as_json, "dossier.json")])
    assert export(from_json) == export(from_yaml)
    # An object's line is where its mapping opens: the "{" just above its "id".
    line = from_json.by_id["kayani-opposes-nfu"].origin.line
    lines = as_json.splitlines()
    assert lines[line - 1].strip() == "{"
    assert lines[line].strip() == '"id": "kayani-opposes-nfu",'


def test_a_directory_is_one_graph_across_files(write_dossier: Callable[..., Path]) -> None:
    first = write_dossier("agents:\n  - id: anne-patterson\n    name: Anne Patterson\n", "a.yaml")
    write_dossier("sources:" + MINIMAL.split("sources:", 1)[1], "sub/b.yml")
    graph = load([first.parent])
    assert graph.files == (first.as_posix(), (first.parent / "sub" / "b.yml").as_posix())
    assert graph.agent("anne-patterson") is not None
    assert graph.claim("kayani-opposes-nfu") is not None


@pytest.mark.parametrize(
    ("encode", "name"),
    [
        (lambda t: b"\xef\xbb\xbf" + t.encode(), "utf-8 with BOM"),
        (lambda t: t.replace("\n", "\r\n").encode(), "CRLF line endings"),
        (lambda t: t.encode("utf-16"), "UTF-16 with BOM"),
    ],
)
def test_common_encodings_are_accepted(
    tmp_path: Path, encode: Callable[[str], bytes], name: str
) -> None:
    path = tmp_path / "dossier.yaml"
    path.write_bytes(encode(MINIMAL))
    graph = load([path])
    assert graph.by_id["kayani-opposes-nfu"].origin.line == 9, name


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        load([tmp_path / "nope.yaml"])


def test_directory_without_dossiers_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a dossier")
    with pytest.raises(InputError, match="no dossiers"):
        load([tmp_path])


def test_file_with_another_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dossier.txt"
    path.write_text(MINIMAL)
    with pytest.raises(InputError, match="not a dossier"):
        load([path])


def test_symlink_loop_in_a_directory_does_not_hang(
    tmp_path: Path, write_dossier: Callable[..., Path]
) -> None:
    write_dossier(MINIMAL)
    os.symlink(tmp_path, tmp_path / "loop")
    assert len(load([tmp_path]).files) == 1


def test_unreadable_file_is_an_input_error(
    write_dossier: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_dossier(MINIMAL)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # Simulated: CI runs as root, which reads files whatever their mode.
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match="cannot read: Permission denied"):
        load([path])


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_50_mb_string_is_just_a_long_value(tmp_path: Path, suffix: str) -> None:
    huge = "x" * 50_000_000
    path = tmp_path / f"big{suffix}"
    if suffix == ".yaml":
        path.write_text(f"claims:\n  - id: c\n    text: {huge}\n")
    else:
        path.write_text(json.dumps({"claims": [{"id": "c", "text": huge}]}))
    claim = load([path]).claim("c")
    assert claim is not None and len(claim.text) == 50_000_000
