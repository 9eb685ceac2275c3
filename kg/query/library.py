"""The named query library: queries/*.rq with a header of '# key: value' comment lines.

    # title: Posts held over time
    # description: Who held which post, as attested by which article.
    # param: person (optional) [iri] the person, e.g. id:person/le-luong
    # param: year (optional) [xsd:gYear] the year, e.g. 2019

A parameter is required unless its description starts with '(optional)'. An
optional '[kind]' says how a bare value given for it is read: 'iri' (a prefixed
name or an absolute IRI becomes an IRI) or a datatype such as 'xsd:gYear'.
A description starting with 'IRI' implies '[iri]'.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KgError

_KIND = re.compile(r"^\[([^\]\s]+)\]\s*")


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    required: bool = True
    kind: str | None = None  # 'iri', a datatype like 'xsd:gYear', or None for "read the value as written"

    def as_dict(self) -> dict:
        return {"name": self.name, "description": self.description, "required": self.required, "kind": self.kind}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def as_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "description": self.description,
                "params": [p.as_dict() for p in self.params], "text": self.text}


def _param(value: str) -> Param:
    name, _, desc = value.partition(" ")
    desc = desc.strip()
    optional = desc.startswith("(optional)")
    if optional:
        desc = desc[len("(optional)"):].strip()
    kind = None
    match = _KIND.match(desc)
    if match:
        kind, desc = match.group(1), desc[match.end():]
    elif desc.startswith("IRI"):
        kind = "iri"
    return Param(name.lstrip("?$"), desc.strip(), not optional, kind)


def parse_header(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    info: dict[str, str] = {}
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        key, sep, value = line.lstrip("# ").partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "param":
            params.append(_param(value))
        elif key in ("title", "description"):
            info[key] = (info[key] + " " + value) if key in info else value
    return NamedQuery(path.stem, path, info.get("title", path.stem), info.get("description", ""), text, tuple(params))


def named_queries(queries_dir: Path) -> dict[str, NamedQuery]:
    return {p.stem: parse_header(p) for p in sorted(queries_dir.glob("*.rq"))}


def find_query(queries_dir: Path, name: str) -> NamedQuery:
    library = named_queries(queries_dir)
    if name in library:
        return library[name]
    close = difflib.get_close_matches(name, library, n=3, cutoff=0.5)
    # Substrings catch what edit distance misses: 'post' -> 'posts-over-time'.
    close += [n for n in library if name.lower() in n and n not in close][: 3 - len(close)]
    hint = f"did you mean {', '.join(close)}?" if close else "run 'kg queries' to list them"
    raise KgError(f"no named query {name!r}; {hint}")
