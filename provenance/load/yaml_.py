"""A safe YAML reader that remembers where each value starts.

We compose the node graph with PyYAML's safe loader (the C one where present)
and build Python values ourselves. That gives us the line of every value, lets
us refuse duplicate keys (YAML libraries keep the last one and lose data),
refuse tags that are not plain data, bound alias expansion (billion laughs),
and read dates as the text the editor wrote.
"""

from __future__ import annotations

import sys
from typing import Any

import yaml

from ..errors import InputError
from .located import MAX_DEPTH, Located, Path_, format_path, too_large

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
# What each scalar type built by the YAML library must look like, for the error when it does not.
_CONSTRUCTED = {
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:int": "an integer",
    "tag:yaml.org,2002:float": "a number",
}
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_SEQ = "tag:yaml.org,2002:seq"


class _Retry(Exception):
    """Something :meth:`_Builder.plain` leaves to the builder that records where things are."""


OBJECT_DEPTH = 2
"""How deep an agent, source or claim sits: ``claims`` -> its list -> the object."""


class _Builder:
    def __init__(
        self, loader: yaml.SafeLoader, file: str, budget: int, *, every_value: bool = True
    ) -> None:
        self.loader = loader
        self.file = file
        self.budget = budget  # nodes we are willing to build; aliases may repeat nodes
        self.lines: dict[Path_, int] = {}
        # Else only the lines of the objects and what holds them: all a valid file needs.
        self.every_value = every_value

    def unsupported(self, node: yaml.Node, path: Path_) -> InputError:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        return self.error(node, path, f"unsupported YAML tag {tag}: a dossier holds plain data")

    def error(self, node: yaml.Node, path: Path_, message: str) -> InputError:
        return InputError(
            message,
            file=self.file,
            line=node.start_mark.line + 1,
            field=format_path(path) or None,
        )

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        if not self.every_value and depth >= OBJECT_DEPTH:
            self.lines.setdefault(path, node.start_mark.line + 1)
            return self.plain(node, depth)
        self.budget -= 1
        if self.budget < 0:
            raise self.error(node, path, "YAML aliases expand to too many values (alias bomb?)")
        if depth > MAX_DEPTH:
            raise self.error(node, path, f"nested more than {MAX_DEPTH} levels deep")
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP:
                raise self.unsupported(node, path)
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise self.unsupported(node, path)
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node, path)

    def scalar(self, node: yaml.Node, path: Path_) -> Any:
        tag = node.tag
        if tag == _STR:
            return node.value
        if tag == _NULL:
            return None
        if tag == _TIMESTAMP:
            # Keep what the editor wrote: "2009-02-19" is an EDTF date for us, and an
            # impossible one ("2009-02-30") becomes a clear date error, not a crash here.
            return node.value
        if tag in _CONSTRUCTED:
            return self.constructed(node, path)
        raise self.unsupported(node, path)

    def constructed(self, node: yaml.Node, path: Path_) -> Any:
        # An explicit tag (`!!int abc`, `!!bool maybe`) forces a conversion the text may
        # not allow, and Python refuses integers longer than its int-str limit; the YAML
        # library lets either escape as whatever the conversion raised.
        try:
            return self.loader.construct_object(node)
        except (ValueError, LookupError, TypeError, ArithmeticError):
            pass
        text = str(node.value)
        digits = text.strip().lstrip("+-").replace("_", "")
        limit = sys.get_int_max_str_digits()
        if digits.isdigit() and limit and len(digits) > limit:
            message = too_large(len(digits))
        else:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            message = f"{_shown(text)} is not {_CONSTRUCTED[node.tag]} (it is tagged {tag})"
        raise self.error(node, path, message)

    def mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise self.error(key_node, path, "YAML merge keys ('<<') are not supported")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.error(key_node, path, "a mapping key must be a plain name")
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_line:
                raise self.error(
                    key_node,
                    (*path, key),
                    f"duplicate key '{key}' (first at line {first_line[key]})",
                )
            first_line[key] = line
            result[key] = self.build(value_node, (*path, key), depth + 1)
            self.lines[(*path, key)] = line
        return result

    def plain(self, node: yaml.Node, depth: int) -> Any:
        """What :meth:`build` gives, without recording lines or paths.

        Where :meth:`build` would word a problem this raises :class:`_Retry`
        instead, and the file is read again by a builder that records where.
        """
        self.budget -= 1
        if self.budget < 0 or depth > MAX_DEPTH:
            raise _Retry
        if isinstance(node, yaml.ScalarNode):
            tag = node.tag
            if tag in (_STR, _TIMESTAMP):
                return node.value
            if tag == _NULL:
                return None
            if tag not in _CONSTRUCTED:
                raise _Retry
            # The constructor itself, not construct_object(): a failed construction
            # leaves the loader's bookkeeping in a state the retry would trip on.
            construct = self.loader.yaml_constructors[tag]
            try:
                return construct(self.loader, node)
            except (ValueError, LookupError, TypeError, ArithmeticError):
                raise _Retry from None
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            return [self.plain(item, depth + 1) for item in node.value]
        if not isinstance(node, yaml.MappingNode) or node.tag != _MAP:
            raise _Retry
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                raise _Retry
            key = str(key_node.value)
            if key in result:
                raise _Retry
            result[key] = self.plain(value_node, depth + 1)
        return result


def _shown(text: str, limit: int = 40) -> str:
    """``text`` quoted for a message, cut short when long."""
    return repr(text if len(text) <= limit else text[:limit] + "...")


def parse_yaml(text: str, file: str, *, every_value: bool = True) -> Located:
    """Parse one YAML document safely, recording the line of every value, or with
    ``every_value=False`` only of each object (recording the rest is a fifth of parsing)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError("file is empty", file=file, line=1)
        budget = 10 * len(text) + 10_000
        if not every_value:
            builder = _Builder(loader, file, budget, every_value=False)
            try:
                return Located(builder.build(node, (), 0), builder.lines)
            except _Retry:
                pass  # a problem to word, with its line: build again, recording them
        builder = _Builder(loader, file, budget)
        return Located(builder.build(node, (), 0), builder.lines)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or "malformed"
        if error.context:
            problem += f" ({error.context})"
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            problem = "a tab character: YAML indentation must use spaces"
        raise InputError(
            f"invalid YAML: {problem}",
            file=file,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as error:
        raise InputError(f"invalid YAML: {error}", file=file) from None
    finally:
        loader.dispose()
