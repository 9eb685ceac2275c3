"""Render query results: a terminal table that lines up Vietnamese text, and the W3C formats.

One function, `render`, serves every format of kg.query.formats.
"""

from __future__ import annotations

import io
import re

from pyoxigraph import (DefaultGraph, Literal, NamedNode, Quad, QueryBoolean, QueryResultsFormat, QuerySolutions,
                        RdfFormat, parse_query_results, serialize)

from ..errors import KgError
from .formats import FORMATS, GRAPH_FORMATS, RESULT_FORMATS, Format


def engine_format(chosen: Format):
    """The pyoxigraph format object of a format value."""
    return getattr(QueryResultsFormat if chosen.kind == "results" else RdfFormat, chosen.engine)


def result_kind(results) -> str:
    return "results" if isinstance(results, (QuerySolutions, QueryBoolean)) else "graph"


def default_format(results) -> str:
    return "table" if result_kind(results) == "results" else "turtle"


def check_format(results, fmt: str) -> Format:
    chosen = FORMATS[fmt]
    kind = result_kind(results)
    if chosen.kind != kind:
        what = "SELECT and ASK results" if kind == "results" else "CONSTRUCT and DESCRIBE results"
        allowed = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
        raise KgError(f"--format {fmt} does not fit {what}; use one of {', '.join(allowed)}")
    return chosen


def render(results, fmt: str, prefixes: dict[str, str]) -> bytes:
    """Results in the named format, as bytes (UTF-8), ending with a line break for the terminal."""
    data = _render(results, check_format(results, fmt), prefixes)
    return data if not data or data.endswith(b"\n") else data + b"\n"


def _render(results, chosen: Format, prefixes: dict[str, str]) -> bytes:
    fmt = chosen.name
    if isinstance(results, QueryBoolean):
        if fmt == "table":
            return b"true\n" if bool(results) else b"false\n"
        return _serialize_results(results, chosen)
    if isinstance(results, QuerySolutions):
        if fmt == "table":
            variables = [v.value for v in results.variables]
            data = [[solution[v] for v in variables] for solution in results]
            return (table(variables, data, prefixes) + "\n").encode("utf-8")
        return _serialize_results(results, chosen)
    return serialize_triples(list(results), chosen, prefixes)


def _serialize_results(results, chosen: Format) -> bytes:
    out = io.BytesIO()
    results.serialize(out, engine_format(chosen))
    return out.getvalue()


def serialize_results(results, fmt: str) -> bytes:
    """SELECT / ASK results in a W3C format (csv, tsv, json, xml)."""
    return _serialize_results(results, FORMATS[fmt])


def serialize_triples(triples: list, chosen: Format, prefixes: dict[str, str]) -> bytes:
    engine = engine_format(chosen)
    if engine.supports_datasets:
        # A CONSTRUCT result has no graph names: its triples go to the default graph.
        triples = [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples]
    # Data IRIs hold slashes, which a prefixed name must escape (id:person\/le-luong): keep them whole.
    fitting = {name: ns for name, ns in prefixes.items() if ns.endswith("#") or name == "schema"}
    with_prefixes = chosen.name in ("turtle", "trig", "rdfxml")
    return serialize(triples, format=engine, prefixes=fitting if with_prefixes else None)


def solutions_from_rows(variables: list[str], rows: list[list]) -> QuerySolutions:
    """QuerySolutions again from collected rows (after a size check), by way of TSV.

    TSV cells are terms in N-Triples syntax, which `str()` of a pyoxigraph term
    gives, so the round trip is exact and every format stays pyoxigraph's own.
    """
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    return parse_query_results("\n".join(lines) + "\n", QueryResultsFormat.TSV)


# -- the terminal table --------------------------------------------------------

def shorten(term, prefixes: dict[str, str]) -> str:
    """Readable cell text: literal values as they are, IRIs as prefix:name where a prefix fits."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, NamedNode):
        best = max((ns for ns in prefixes.values() if term.value.startswith(ns)), key=len, default=None)
        if best:
            name = next(k for k, v in prefixes.items() if v == best)
            return f"{name}:{term.value[len(best):]}"
        return f"<{term.value}>"
    return str(term)


# One column per character, for sure: ASCII, Latin-1 and Latin Extended, precomposed Vietnamese
# (U+1E00-1EFF) and common punctuation such as '–' and '…'. Anything else is measured by wcwidth.
_NARROW = re.compile(r"[\x20-\x7e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*")


def width(text: str) -> int:
    """Terminal columns: combining marks (NFD text) take none, wide (CJK) characters two."""
    if _NARROW.fullmatch(text):
        return len(text)
    from wcwidth import wcswidth  # only for text that needs it: importing it costs ~60 ms at start-up

    measured = wcswidth(text)
    return measured if measured >= 0 else len(text)


def pad(text: str, size: int) -> str:
    return text + " " * max(0, size - width(text))


def table(variables: list[str], rows: list[list], prefixes: dict[str, str], max_cell: int = 80) -> str:
    cells = [[_clip(shorten(t, prefixes), max_cell) for t in row] for row in rows]
    widths = [max([width(v)] + [width(r[i]) for r in cells]) for i, v in enumerate(variables)]
    rule = "  ".join("-" * w for w in widths)
    lines = ["  ".join(pad(v, w) for v, w in zip(variables, widths)).rstrip(), rule]
    lines += ["  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _clip(text: str, limit: int) -> str:
    """One line (whitespace, NBSP and controls become single spaces), at most `limit` columns."""
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    if width(text) <= limit:
        return text
    out, used = [], 0
    for char in text:
        size = max(width(char), 0)
        if used + size > limit - 1:
            break
        out.append(char)
        used += size
    return "".join(out) + "…"
