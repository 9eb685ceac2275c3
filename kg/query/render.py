"""Render query results: a terminal table that lines up Vietnamese text, and the W3C formats."""

from __future__ import annotations

import io

from pyoxigraph import Literal, NamedNode, QueryResultsFormat, RdfFormat
from wcwidth import wcswidth

TABLE_FORMATS = ("table", "csv", "tsv", "json", "xml")
RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV,
                  "json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML}
GRAPH_FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "nquads": RdfFormat.N_QUADS,
                 "trig": RdfFormat.TRIG, "jsonld": RdfFormat.JSON_LD, "rdfxml": RdfFormat.RDF_XML}


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


def width(text: str) -> int:
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
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def serialize_results(results, fmt: str) -> bytes:
    out = io.BytesIO()
    results.serialize(out, RESULT_FORMATS[fmt])
    return out.getvalue()
