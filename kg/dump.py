"""`kg dump`: the whole store in a standard RDF format, byte-identical for identical data."""

from __future__ import annotations

from pyoxigraph import Quad, RdfFormat, Store, Triple, serialize

from .compile.vocab import PREFIXES

DUMP_FORMATS = {
    "nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG, "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD, "rdfxml": RdfFormat.RDF_XML,
}
DATASET_FORMATS = {"nquads", "trig", "jsonld"}
EXTENSIONS = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "ntriples",
              ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "rdfxml", ".xml": "rdfxml"}


def sorted_quads(store: Store) -> list[Quad]:
    return sorted(store, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def dump(store: Store, fmt: str, base_iri: str) -> bytes:
    """Serialise every graph (dataset formats) or their union (triple formats), in sorted order."""
    quads = sorted_quads(store)
    prefixes = {**PREFIXES, "id": base_iri + "id/"}
    if fmt == "nquads":
        return serialize(quads, format=RdfFormat.N_QUADS)
    if fmt in DATASET_FORMATS:
        return serialize(quads, format=DUMP_FORMATS[fmt], prefixes=prefixes if fmt == "trig" else None)
    triples = sorted({Triple(q.subject, q.predicate, q.object) for q in quads},
                     key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return serialize(triples, format=DUMP_FORMATS[fmt],
                     prefixes=prefixes if fmt in ("turtle", "rdfxml") else None)
