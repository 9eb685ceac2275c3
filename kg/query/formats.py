"""Result formats as values: a short name, a MIME type, and the kind of result each carries.

'results' formats carry SELECT and ASK answers, 'graph' formats the triples of
CONSTRUCT and DESCRIBE. Plain data, so the CLI can list the choices without
importing the engine.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    kind: str  # 'results' or 'graph'
    engine: str | None  # attribute of pyoxigraph's QueryResultsFormat / RdfFormat; None: the terminal table
    aliases: tuple[str, ...] = ()  # other media types a client may ask for


FORMATS = {f.name: f for f in (
    Format("table", "text/plain; charset=utf-8", "results", None),
    Format("csv", "text/csv; charset=utf-8", "results", "CSV"),
    Format("tsv", "text/tab-separated-values; charset=utf-8", "results", "TSV"),
    Format("json", "application/sparql-results+json", "results", "JSON", ("application/json",)),
    Format("xml", "application/sparql-results+xml", "results", "XML", ("application/xml", "text/xml")),
    Format("turtle", "text/turtle", "graph", "TURTLE", ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", "graph", "N_TRIPLES", ("text/plain",)),
    Format("nquads", "application/n-quads", "graph", "N_QUADS"),
    Format("trig", "application/trig", "graph", "TRIG"),
    Format("jsonld", "application/ld+json", "graph", "JSON_LD", ("application/json",)),
    Format("rdfxml", "application/rdf+xml", "graph", "RDF_XML", ("application/xml", "text/xml")),
)}
RESULT_FORMATS = tuple(name for name, f in FORMATS.items() if f.kind == "results")
GRAPH_FORMATS = tuple(name for name, f in FORMATS.items() if f.kind == "graph")
