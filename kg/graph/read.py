"""Reading the store for the graph view: indexed pattern lookups on the read-only pyoxigraph store."""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Store

from ..compile.vocab import KGO, OA, RDF, RDFS, SCHEMA, SKOS

TYPE = RDF + "type"
LABEL = RDFS + "label"


@dataclass(frozen=True)
class Quote:
    article: str | None
    start: int
    exact: str


class Reader:
    """Cached views of the subjects of one store: their properties, labels, quotes and articles."""

    def __init__(self, store: Store, base_iri: str):
        self.store = store
        self.base = base_iri
        self._article_iri = base_iri + "id/article/"
        self._article_graph = base_iri + "graph/article/"
        self._props: dict[str, dict[str, list[tuple[object, str | None]]]] = {}

    # -- raw access -------------------------------------------------------------
    def subjects_of_type(self) -> list[tuple[str, str, str | None]]:
        """(subject IRI, class IRI, graph IRI) of every rdf:type triple whose subject is an IRI."""
        found = []
        for quad in self.store.quads_for_pattern(None, NamedNode(TYPE), None, None):
            if isinstance(quad.subject, NamedNode) and isinstance(quad.object, NamedNode):
                found.append((quad.subject.value, quad.object.value, _graph(quad)))
        return found

    def triples_of(self, predicate: str) -> list[tuple[str, object, str | None]]:
        return [(q.subject.value, q.object, _graph(q))
                for q in self.store.quads_for_pattern(None, NamedNode(predicate), None, None)
                if isinstance(q.subject, NamedNode)]

    def props(self, node: str) -> dict[str, list[tuple[object, str | None]]]:
        """predicate IRI -> [(object term, graph IRI)] for one subject, across every graph."""
        cached = self._props.get(node)
        if cached is None:
            cached = {}
            for quad in self.store.quads_for_pattern(NamedNode(node), None, None, None):
                cached.setdefault(quad.predicate.value, []).append((quad.object, _graph(quad)))
            self._props[node] = cached
        return cached

    def values(self, node: str, predicate: str) -> list:
        return [term for term, _ in self.props(node).get(predicate, ())]

    def iri(self, node: str, predicate: str) -> str | None:
        found = sorted(t.value for t in self.values(node, predicate) if isinstance(t, NamedNode))
        return found[0] if found else None

    def iris(self, node: str, predicate: str) -> list[str]:
        return sorted({t.value for t in self.values(node, predicate) if isinstance(t, NamedNode)})

    def literal(self, node: str, predicate: str) -> str | None:
        found = sorted(t.value for t in self.values(node, predicate) if isinstance(t, Literal))
        return found[0] if found else None

    # -- meaning ----------------------------------------------------------------
    def labels(self, node: str) -> tuple[str, str]:
        """(Vietnamese, English) label, falling back to each other and to the IRI's last segment."""
        by_lang: dict[str, list[str]] = {}
        for predicate in (LABEL, SKOS + "prefLabel", SCHEMA + "name", SKOS + "notation", SCHEMA + "headline"):
            for term in self.values(node, predicate):
                if isinstance(term, Literal):
                    by_lang.setdefault(term.language or "", []).append(term.value)
            if by_lang:
                break
        plain = sorted(by_lang.get("", []))
        vi = sorted(by_lang.get("vi", [])) or plain
        en = sorted(by_lang.get("en", [])) or plain
        fallback = node.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        vi_label = vi[0] if vi else (en[0] if en else fallback)
        return vi_label, (en[0] if en else vi_label)

    def search_keys(self, node: str) -> list[str]:
        return sorted({t.value for t in self.values(node, KGO + "searchKey") if isinstance(t, Literal)})

    def quotes(self, node: str) -> list[Quote]:
        """The exact quotes (and their articles) that the node's kgo:evidence points to."""
        found = []
        for evidence in self.iris(node, KGO + "evidence"):
            source = self.iri(evidence, OA + "hasSource")
            for selector in self.iris(evidence, OA + "hasSelector"):
                exact = self.literal(selector, OA + "exact")
                if exact is not None:
                    start = self.literal(selector, OA + "start")
                    found.append(Quote(self.article_id(source), int(start or 0), exact))
        return sorted(found, key=lambda q: (q.article or "", q.start, q.exact))

    def article_id(self, iri: str | None) -> str | None:
        """'duong-kinh-…' for an article IRI or an article's named graph; None for anything else."""
        if not iri:
            return None
        for prefix in (self._article_iri, self._article_graph):
            if iri.startswith(prefix) and "/" not in iri[len(prefix):]:
                return iri[len(prefix):]
        return None

    def articles(self, node: str) -> list[str]:
        """Articles whose named graph types the node, or that a statement node derives from."""
        found = {self.article_id(g) for _, g in self.props(node).get(TYPE, ())}
        found |= {self.article_id(a) for a in self.iris(node, "http://www.w3.org/ns/prov#wasDerivedFrom")}
        return sorted(a for a in found if a)


def year_of(value: str | None) -> int | None:
    """2019 from '2019', '2019-11-21' or '2019-11-21T…'; None when there is no year."""
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def _graph(quad) -> str | None:
    return quad.graph_name.value if isinstance(quad.graph_name, NamedNode) else None
