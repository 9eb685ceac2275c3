"""Namespaces and IRI minting: every IRI in the graph is made here."""

from __future__ import annotations

from pyoxigraph import NamedNode

from ..text import slugify

KGO = "https://kg.example.org/ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"

PREFIXES = {
    "kgo": KGO, "schema": SCHEMA, "org": ORG, "prov": PROV, "oa": OA, "skos": SKOS,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL,
}


class _Terms:
    """Attribute access to the terms of one namespace: KG.Person -> NamedNode."""

    def __init__(self, namespace: str):
        self._ns = namespace

    def __getattr__(self, name: str) -> NamedNode:
        return NamedNode(self._ns + name)

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self._ns + name)


K, S, O, P, A, SK, R, RS, X = (_Terms(ns) for ns in (KGO, SCHEMA, ORG, PROV, OA, SKOS, RDF, RDFS, XSD))
A_TYPE = R.type


class Iris:
    """The data IRIs under one base: readable, diacritic-free, stable slugs."""

    def __init__(self, base: str):
        self.base = base

    def _node(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "/".join(parts))

    # shared entities (resolved across articles by the linker)
    def entity(self, kind: str, slug: str) -> NamedNode:
        return self._node("id", kind, slug)

    def post(self, role: str, org_slug: str) -> NamedNode:
        return self._node("id", "post", f"{role}--{org_slug}")

    def concept(self, kind: str, concept_id: str) -> NamedNode:
        return self._node("id", kind.replace("_", "-").rstrip("s"), concept_id)

    def concept_scheme(self, kind: str) -> NamedNode:
        return self._node("id", "scheme", kind.replace("_", "-"))

    def glossary_term(self, notation: str) -> NamedNode:
        return self._node("id", "glossary", slugify(notation))

    def glossary_scheme(self) -> NamedNode:
        return self._node("id", "glossary")

    # things that belong to one article
    def article(self, article_id: str) -> NamedNode:
        return self._node("id", "article", article_id)

    def in_article(self, article_id: str, kind: str, slug: str) -> NamedNode:
        return self._node("id", "article", article_id, kind, slug)

    def evidence(self, article_id: str, start: int, end: int) -> NamedNode:
        return self._node("id", "article", article_id, "evidence", f"{start}-{end}")

    def selector(self, article_id: str, start: int, end: int) -> NamedNode:
        return self._node("id", "article", article_id, "evidence", f"{start}-{end}", "selector")

    # named graphs
    def graph(self, name: str) -> NamedNode:
        return self._node("graph", name)

    def article_graph(self, article_id: str) -> NamedNode:
        return self._node("graph", "article", article_id)
