"""Repeated JSON keys are refused at any depth, however the fast readers clear a batch."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from provenance import InputError, export, load
from provenance.load.keys import fields_given, key_bound
from provenance.model import Agent, Claim, Source

# Enough lines that the batch readers, not the line-at-a-time reader, see the file first.
MANY = 6_000
BAD = 4_000

# One claim with every nested model, then a repeat planted in each of them in turn.
FULL_CLAIM = (
    '{"id": "c4000", "speaker": "a", "source": "s", "text": "t", '
    '"appearances": [{"source": "s", "quote": "q"}], '
    '"review": {"rating": "False", "url": "https://example.org/r"}, '
    '"selectors": {"source": "s", "content": [{"start": 1, "end": 2}], '
    '"speaker": {"start": 3, "end": 4}}}'
)
# (the repeat, the text it replaces, the key repeated)
REPEATS = [
    ('"text": "t", "text": "u"', '"text": "t"', "text"),
    ('"quote": "q", "quote": "r"', '"quote": "q"', "quote"),
    ('"rating": "False", "rating": "True"', '"rating": "False"', "rating"),
    ('"content": [{"start": 1, "end": 2, "end": 3}]', '"content": [{"start": 1, "end": 2}]', "end"),
    ('"speaker": {"start": 3, "start": 4, "end": 4}', '"speaker": {"start": 3, "end": 4}', "start"),
]


def _with_repeat(repeat: str, plain: str) -> str:
    assert plain in FULL_CLAIM
    return FULL_CLAIM.replace(plain, repeat, 1)


def _claims(other_text: str) -> list[str]:
    return [
        json.dumps({"id": f"c{i}", "speaker": "a", "source": "s", "text": other_text})
        for i in range(MANY)
    ]


HEAD = ['{"id": "a", "name": "A"}'], ['{"id": "s", "title": "S", "publisher": "a"}']
# Other claims' text decides how a batch is cleared: by counting every colon, by counting
# only colons that can end a key, or (with a colon that could) by parsing it again.
TEXTS = {
    "colonless": "plain words",
    "colons": "note: at 10:30, see https://x.org",
    "keylike-colon": 'he said : "no"',
}


def _jsonl(tmp_path: Path, claims: list[str]) -> Path:
    path = tmp_path / "big.jsonl"
    lines = ['{"type": "agent", ' + HEAD[0][0][1:], '{"type": "source", ' + HEAD[1][0][1:]]
    lines += ['{"type": "claim", ' + claim[1:] for claim in claims]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _json(tmp_path: Path, claims: list[str]) -> Path:
    path = tmp_path / "big.json"
    body = {"agents": HEAD[0], "sources": HEAD[1], "claims": claims}
    path.write_text(
        "{\n"
        + ",\n".join(
            f'  "{key}": [\n    ' + ",\n    ".join(items) + "\n  ]" for key, items in body.items()
        )
        + "\n}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("other_text", TEXTS.values(), ids=TEXTS)
@pytest.mark.parametrize(("repeat", "plain", "key"), REPEATS)
@pytest.mark.parametrize(
    ("write", "line"), [(_jsonl, 3 + BAD), (_json, 9 + BAD)], ids=["jsonl", "json"]
)
def test_a_repeated_key_at_any_depth_is_refused_at_its_line(
    tmp_path: Path, write: Any, line: int, repeat: str, plain: str, key: str, other_text: str
) -> None:
    claims = _claims(other_text)
    claims[BAD] = _with_repeat(repeat, plain)
    path = write(tmp_path, claims)
    with pytest.raises(InputError) as caught:
        load([path])
    assert str(caught.value).startswith(f"{path.as_posix()}:{line}:")
    assert f"duplicate key '{key}'" in str(caught.value)


@pytest.mark.parametrize("other_text", TEXTS.values(), ids=TEXTS)
def test_the_same_claims_without_a_repeat_load_from_either_form(
    tmp_path: Path, other_text: str
) -> None:
    claims = _claims(other_text)
    claims[BAD] = FULL_CLAIM
    (tmp_path / "l").mkdir()
    (tmp_path / "j").mkdir()
    as_lines, as_json = (
        load([_jsonl(tmp_path / "l", claims)]),
        load([_json(tmp_path / "j", claims)]),
    )
    assert export(as_lines) == export(as_json)
    assert as_lines.claim("c4000") == Claim.model_validate_json(FULL_CLAIM)


def test_a_line_holding_two_objects_is_refused(tmp_path: Path) -> None:
    claims = _claims("t")
    claims[BAD] = claims[BAD] + ', {"type": "claim", "id": "extra", "text": "t"}'
    path = _jsonl(tmp_path, claims)
    with pytest.raises(InputError) as caught:
        load([path])
    assert str(caught.value).startswith(f"{path.as_posix()}:{3 + BAD}:")


# The counting is sound only while every key fills a field of its own, and only keys fill
# fields: no model may take a key by another name, let an unknown one through, or fill
# fields before validating.
def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    seen.add(model)
    for info in model.model_fields.values():
        for inner in _inner_models(info.annotation):
            if inner not in seen:
                _models(inner, seen)
    return seen


def _inner_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [inner for arg in get_args(annotation) for inner in _inner_models(arg)]


def test_every_model_forbids_unknown_keys_and_takes_each_under_one_name() -> None:
    models: set[type[BaseModel]] = set()
    for top in (Agent, Source, Claim):
        _models(top, models)
    assert {m.__name__ for m in models} >= {"Appearance", "Review", "TextSelectors", "Position"}
    for model in models:
        assert model.model_config.get("extra") == "forbid", model
        for name, info in model.model_fields.items():
            assert info.alias is None and info.validation_alias is None, (model, name)
        # A validator that ran before the fields were filled could fill one with no key.
        for validator in model.__pydantic_decorators__.model_validators.values():
            assert validator.info.mode == "after", (model, validator)


_KEYS = st.text(st.sampled_from('ab :"\\\t\n,{}[]\u00e9'), min_size=0, max_size=6)
_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(st.sampled_from('x :"\\\t\n/{}'), max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


def _keys_in(value: Any) -> int:
    if isinstance(value, dict):
        return len(value) + sum(_keys_in(v) for v in value.values())
    if isinstance(value, list):
        return sum(_keys_in(v) for v in value)
    return 0


@given(
    value=st.dictionaries(_KEYS, _VALUES, max_size=5),
    separators=st.sampled_from([(", ", ": "), (",", ":"), (",", " : "), (",\n", "\t:\n")]),
    ascii_only=st.booleans(),
)
def test_the_key_bound_never_falls_below_the_keys(
    value: dict[str, Any], separators: tuple[str, str], ascii_only: bool
) -> None:
    text = json.dumps(value, separators=separators, ensure_ascii=ascii_only)
    assert key_bound(text) >= _keys_in(value)
    assert key_bound(text.encode()) == key_bound(text)


def test_the_key_bound_is_exact_on_writers_output_and_fields_given_counts_nested() -> None:
    claim = Claim.model_validate_json(FULL_CLAIM)
    assert key_bound(FULL_CLAIM) == _keys_in(json.loads(FULL_CLAIM)) == 18
    assert fields_given([claim]) == 18


def test_fields_given_declines_what_it_cannot_count() -> None:
    # -1 never equals a count of keys: such a batch is parsed again, not trusted.
    class Holder(BaseModel):
        inner: dict[str, Claim]

    held = Holder(inner={"x": Claim(id="c", text="t")})
    assert fields_given([held]) == -1
    assert fields_given([Agent(id="a", name="A"), Claim(id="c", text="t")]) == -1
    assert fields_given([Claim(id="c", text="t")]) == 2
