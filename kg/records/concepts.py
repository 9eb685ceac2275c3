"""Shared concepts (roles, ranks, award types, movements, measures) and the abbreviation glossary."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError
from .schema import ID_PATTERN
from .yamlfile import Mapping, load_yaml

CONCEPT_KINDS = ("roles", "ranks", "award_types", "movements", "measures")
_CONCEPT_FIELDS = {"id", "vi", "en", "unit", "order", "note"}


@dataclass
class Concepts:
    path: Path
    by_kind: dict[str, dict[str, Mapping]]

    def ids(self, kind: str) -> dict[str, Mapping]:
        return self.by_kind.get(kind, {})

    def get(self, kind: str, concept_id: str) -> Mapping:
        return self.by_kind[kind][concept_id]


def load_concepts(path: Path, shown: str | None = None) -> Concepts:
    shown = shown or str(path)
    data = load_yaml(path, shown)
    if not isinstance(data, Mapping):
        raise KgError(f"must be a mapping with sections {', '.join(CONCEPT_KINDS)}", shown, 1)
    by_kind: dict[str, dict[str, Mapping]] = {}
    for kind in data:
        if kind not in CONCEPT_KINDS:
            raise KgError(f"unknown section {kind!r}; known: {', '.join(CONCEPT_KINDS)}", shown, data.line_of(kind))
    for kind in CONCEPT_KINDS:
        entries: dict[str, Mapping] = {}
        for item in data.get(kind) or []:
            if not isinstance(item, Mapping):
                raise KgError(f"{kind}: each entry is a mapping {{id, vi, en}}", shown, data.line_of(kind))
            for key in ("id", "vi", "en"):
                if not isinstance(item.get(key), str) or not item[key].strip():
                    raise KgError(f"{kind}: entry is missing required field {key!r}", shown, item.line)
            unknown = sorted(set(item) - _CONCEPT_FIELDS)
            if unknown:
                raise KgError(f"{kind}: unknown field {unknown[0]!r} (a comma inside an unquoted value? "
                              f"put the value in quotes); known fields: {', '.join(sorted(_CONCEPT_FIELDS))}",
                              shown, item.line)
            if not ID_PATTERN.match(item["id"]):
                raise KgError(f"{kind}: id {item['id']!r} must be a slug: a-z, 0-9 and '-'", shown, item.line)
            if item["id"] in entries:
                raise KgError(f"{kind}: id {item['id']!r} is defined twice", shown, item.line)
            entries[item["id"]] = item
        by_kind[kind] = entries
    return Concepts(path, by_kind)


@dataclass
class Glossary:
    path: Path
    scheme: Mapping
    terms: list[Mapping]

    def notations(self) -> set[str]:
        found = set()
        for term in self.terms:
            found.add(term["notation"])
            found.update(term.get("alt_notation") or [])
        return found


def load_glossary(path: Path, shown: str | None = None) -> Glossary:
    shown = shown or str(path)
    data = load_yaml(path, shown)
    if not isinstance(data, Mapping) or not isinstance(data.get("terms"), list):
        raise KgError("must be a mapping with 'scheme:' and a 'terms:' list", shown, 1)
    seen: dict[str, int] = {}
    for term in data["terms"]:
        if not isinstance(term, Mapping):
            raise KgError("each term is a mapping {notation, vi, en}", shown, data.line_of("terms"))
        for key in ("notation", "vi", "en"):
            if not isinstance(term.get(key), str) or not term[key].strip():
                raise KgError(f"term is missing required field {key!r}", shown, term.line)
        if term["notation"] in seen:
            raise KgError(f"notation {term['notation']!r} is already defined at line {seen[term['notation']]}",
                          shown, term.line)
        seen[term["notation"]] = term.line
    return Glossary(path, data.get("scheme") or Mapping(), data["terms"])
