"""The named query library: queries/*.rq with a header of '# key: value' comment lines."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KgError


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    required: bool = True


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    description: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)


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
            name, _, desc = value.partition(" ")
            optional = desc.strip().startswith("(optional)")
            params.append(Param(name.lstrip("?$"), desc.replace("(optional)", "").strip(), not optional))
        elif key in ("title", "description"):
            info[key] = (info[key] + " " + value) if key in info else value
    return NamedQuery(path.stem, path, info.get("title", path.stem), info.get("description", ""), text, tuple(params))


def named_queries(queries_dir: Path) -> dict[str, NamedQuery]:
    return {p.stem: parse_header(p) for p in sorted(queries_dir.glob("*.rq"))}


def find_query(queries_dir: Path, name: str) -> NamedQuery:
    library = named_queries(queries_dir)
    if name in library:
        return library[name]
    close = difflib.get_close_matches(name, library, n=3, cutoff=0.4)
    hint = f"did you mean {', '.join(close)}?" if close else "run 'kg queries' to list them"
    raise KgError(f"no named query {name!r}; {hint}")
