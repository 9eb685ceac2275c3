"""YAML that remembers line numbers, so every error can point at the line to fix."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import KgError
from ..text import nfc


class Mapping(dict):
    """A YAML mapping with the line of itself and of each key (1-based)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    mapping = Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, str):
            key = nfc(key)
        if key in mapping:
            raise yaml.MarkedYAMLError(
                problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> Sequence:
    seq = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    seq.line = node.start_mark.line + 1
    return seq


def _construct_str(loader: _Loader, node: yaml.ScalarNode) -> str:
    return nfc(loader.construct_scalar(node))


def _construct_timestamp_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    # Dates stay text so the record checker can report a bad one with its line.
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:str", _construct_str)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def read_utf8(path: Path, shown: str, unreadable_hint: str = "") -> str:
    """A UTF-8 text file (BOM dropped); an unreadable or non-UTF-8 file is one located KgError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KgError(f"cannot read the file ({exc.strerror}){unreadable_hint}", shown) from None
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise KgError(f"is not UTF-8 (bad byte at offset {exc.start}); convert the file to UTF-8", shown, line) from None


def load_yaml(path: Path, shown: str | None = None):
    """Parse a YAML file; errors become one KgError line with file and line."""
    shown = shown or str(path)
    text = read_utf8(path, shown)
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        line = mark.line + 1 if mark else None
        column = f" (column {mark.column + 1})" if mark else ""
        raise KgError(f"YAML does not parse: {problem}{column}; fix the syntax", shown, line) from None
    except yaml.YAMLError as exc:
        raise KgError(f"YAML does not parse: {exc}", shown) from None
