from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance import InputError, export, load, validate

from ..conftest import ROOT, SEED


@pytest.fixture
def seed_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "seed.jsonl"
    path.write_text(export(load([SEED]), "jsonl"), encoding="utf-8")
    shutil.copy(SEED / "article.txt", tmp_path / "article.txt")
    return path


def test_jsonl_export_is_one_typed_object_per_line(seed_jsonl: Path) -> None:
    lines = seed_jsonl.read_text().splitlines()
    graph = load([SEED])
    assert len(lines) == len(graph.agents) + len(graph.sources) + len(graph.claims)
    first = json.loads(lines[0])
    assert list(first)[:2] == ["type", "id"] and first["type"] == "agent"
    assert [json.loads(line)["type"] for line in lines][-1] == "claim"


def test_jsonl_loads_to_the_same_graph_and_report(seed_jsonl: Path) -> None:
    from_jsonl = load([seed_jsonl])
    assert export(from_jsonl) == export(load([SEED]))
    report = validate(from_jsonl)
    assert sorted((f.code, f.object.id) for f in report.findings) == sorted(
        (f.code, f.object.id) for f in validate(load([SEED])).findings
    )
    claim = from_jsonl.by_id["patterson-kayani-opposes-nfu"]
    line = seed_jsonl.read_text().splitlines()[claim.origin.line - 1]
    assert json.loads(line)["id"] == "patterson-kayani-opposes-nfu"


def test_every_jsonl_line_validates_against_the_line_schema(seed_jsonl: Path) -> None:
    import jsonschema

    line_schema = json.loads((ROOT / "schemas" / "dossier-line.schema.json").read_text())
    for line in seed_jsonl.read_text().splitlines():
        jsonschema.validate(json.loads(line), line_schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"type": "claim", "id": "x", "text": "t", "spekr": "y"}, line_schema)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"type": "agent", "id": "a", "name": "A"}\n{"type": "speaker", "id": "b"}\n',
            "x.jsonl:2: type: `type` must be agent, source or claim (got 'speaker')",
        ),
        (
            '\n{"type": "claim", "id": "c", "text": "t", "speakr": "a"}\n',
            "x.jsonl:2: claim.speakr: unknown field",
        ),
        (
            '{"type": "claim", "id": "c", "text": "t",}\n',
            "x.jsonl:1:42: invalid JSON: expecting property name",
        ),
        ('{"type": "claim", "id": "c", "id": "d", "text": "t"}\n', "x.jsonl:1: duplicate key 'id'"),
        (
            '{"type": "claim", "id": "c", "text": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
            "x.jsonl:1: invalid JSON: nested too deep",
        ),
        ('["not", "an", "object"]\n', "x.jsonl:1: each line must be one JSON object"),
        # Halves of objects on two lines, which joined into one text would make whole ones:
        # a string that runs on to the next line, a list closed on it, an unknown `type`.
        (
            '{"type":"claim","id":"a","text":"t"},{"id":"b","text":"x\n{"type":"claim",y"}\n',
            "x.jsonl:1:37: invalid JSON: extra data",
        ),
        (
            '{"type":"claim","id":"a","text":"t","appearances":[{"source":"s"}\n'
            '{"type":"claim","source":"s2"}]},{"id":"b","text":"u"}\n',
            "x.jsonl:1:1: invalid JSON: expecting ',' delimiter",
        ),
        (
            '{"type":"claim","id":"a","text":"t"},{"type":"claim","id":"b","text":"x\ny"}\n',
            "x.jsonl:1:37: invalid JSON: extra data",
        ),
        ("\n\n", "x.jsonl:1: file is empty"),
    ],
)
def test_bad_jsonl_lines_are_one_line_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(text)
    with pytest.raises(InputError) as error:
        load([path])
    assert str(error.value).removeprefix(tmp_path.as_posix() + "/").startswith(message)


def _many_claims(count: int) -> list[str]:
    lines = ['{"type": "agent", "id": "a", "name": "A"}']
    lines += [
        f'{{"type": "claim", "id": "c{i}", "speaker": "a", "text": "t"}}' for i in range(count)
    ]
    return lines


def test_a_large_file_reports_a_late_duplicate_key_at_its_own_line(tmp_path: Path) -> None:
    # Large files are read many lines at a time; an error deep in one must still
    # name its own line, as a small file's would.
    lines = _many_claims(12_000)
    lines[9_000] = '{"type": "claim", "id": "c8999x", "speaker": "a", "text": "t", "text": "u"}'
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load([path])
    assert str(caught.value).startswith(f"{path.as_posix()}:9001:")
    assert "duplicate key 'text'" in str(caught.value)


def test_lines_in_any_key_order_load_the_same(tmp_path: Path) -> None:
    written = _many_claims(7_000)
    reordered = [json.dumps(dict(reversed(json.loads(line).items()))) for line in written]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.jsonl").write_text("\n".join(written), encoding="utf-8")
    (tmp_path / "b" / "x.jsonl").write_text("\r\n".join(reordered) + "\r\n\n", encoding="utf-8")
    first, second = load([tmp_path / "a"]), load([tmp_path / "b"])
    assert export(first) == export(second)
    assert second.by_id["c6999"].origin.line == 7001


def _big_json(tmp_path: Path, claims: list[str]) -> Path:
    path = tmp_path / "big.json"
    agents = '  "agents": [\n    {"id": "a", "name": "A"}\n  ],\n'
    path.write_text(
        "{\n" + agents + '  "claims": [\n    ' + ",\n    ".join(claims) + "\n  ]\n}\n",
        encoding="utf-8",
    )
    return path


def test_a_big_json_dossier_loads_as_its_json_lines_twin(tmp_path: Path) -> None:
    claims = [f'{{"id": "c{i}", "speaker": "a", "text": "t"}}' for i in range(12_000)]
    as_json = load([_big_json(tmp_path, claims)])
    (tmp_path / "lines").mkdir()
    twin = tmp_path / "lines" / "big.jsonl"
    twin.write_text("\n".join(_many_claims(12_000)), encoding="utf-8")
    assert export(as_json) == export(load([twin]))
    # Each object's line is where its "{" is: line 6 holds the first claim.
    assert as_json.by_id["c0"].origin.line == 6
    assert as_json.by_id["c11999"].origin.line == 6 + 11_999


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"id": "c9000", "speaker": "a", "text": "t", "text": "u"}', "duplicate key 'text'"),
        ('{"id": "c9000", "speaker": "a", "text": NaN}', "invalid JSON"),
        ('{"id": "c9000", "speaker": "a", "text": "t", "spekr": "b"}', "spekr"),
    ],
)
def test_a_big_json_dossier_reports_a_late_error_at_its_line(
    tmp_path: Path, bad: str, message: str
) -> None:
    claims = [f'{{"id": "c{i}", "speaker": "a", "text": "t"}}' for i in range(12_000)]
    claims[9000] = bad
    path = _big_json(tmp_path, claims)
    with pytest.raises(InputError) as caught:
        load([path])
    assert str(caught.value).startswith(f"{path.as_posix()}:{6 + 9000}:")
    assert message in str(caught.value)


def test_blank_lines_in_a_large_file_keep_every_line_number(tmp_path: Path) -> None:
    lines = _many_claims(12_000)
    for at in (11_000, 7_000, 3_000, 1):  # from the end, so earlier indexes stay put
        lines.insert(at, "   " if at % 2 else "")
    path = tmp_path / "gaps.jsonl"
    path.write_text("\ufeff" + "\n".join(lines) + "\n\n", encoding="utf-8")
    graph = load([path])
    assert len(graph.claims) == 12_000
    # c0 follows the agent and one blank line; each later gap pushes claims down one.
    assert graph.by_id["c0"].origin.line == 3
    assert graph.by_id["c11999"].origin.line == 12_001 + 4
    lines[9_000] = lines[9_000].replace('"text": "t"', '"text": "t", "text": "u"')
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load([path])
    assert str(caught.value).startswith(f"{path.as_posix()}:9001:")
