"""The raw view: every IRI of the data is a node, every IRI-valued triple an edge, literals attributes."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Store

from ..compile.vocab import PREFIXES, RDF
from ..text import search_key
from .model import Collected
from .read import Reader, year_of
from .styles import UNTYPED

YEAR_KEYS = ("kgo:year", "kgo:reviewsYear", "kgo:forYear", "kgo:attestedOn", "schema:startDate")


def raw_graph(store: Store, base_iri: str):
    """Every graph but the ontology, as it is stored: no folding, no hiding."""
    reader = Reader(store, base_iri)
    prefixes = sorted({**PREFIXES, "id": base_iri + "id/", "graph": base_iri + "graph/"}.items(),
                      key=lambda item: -len(item[1]))

    def short(iri: str) -> str:
        for prefix, namespace in prefixes:
            if iri.startswith(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri

    ontology = base_iri + "graph/ontology"
    types: dict[str, set[str]] = {}
    literals: dict[str, dict[str, set[str]]] = {}
    articles: dict[str, set[str]] = {}
    triples: dict[tuple[str, str, str], set[str]] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        graph = quad.graph_name.value if isinstance(quad.graph_name, NamedNode) else None
        if graph == ontology:
            continue
        subject = _node_id(quad.subject)
        article = reader.article_id(graph)
        articles.setdefault(subject, set()).update([article] if article else [])
        predicate, obj = quad.predicate.value, quad.object
        if predicate == RDF + "type" and isinstance(obj, NamedNode):
            types.setdefault(subject, set()).add(short(obj.value))
        elif isinstance(obj, Literal):
            key = short(predicate) + (f"@{obj.language}" if obj.language else "")
            literals.setdefault(subject, {}).setdefault(key, set()).add(obj.value)
        elif isinstance(obj, (NamedNode, BlankNode)):
            target = _node_id(obj)
            articles.setdefault(target, set())
            triples.setdefault((subject, target, predicate), set()).update([article] if article else [])

    collected = Collected()
    for node in articles:
        collected.nodes[node] = _attributes(node, sorted(types.get(node, ())), literals.get(node, {}),
                                            sorted(articles[node]), short)
    for (subject, target, predicate), found in triples.items():
        name = short(predicate)
        collected.add_edge(subject, target, name, (name, name), statement=predicate, articles=sorted(found),
                           key=name, loop=True)
    return collected.to_graph(mode="raw", base_iri=base_iri)


def _attributes(node: str, types: list[str], literals: dict[str, set[str]], articles: list[str], short) -> dict:
    kgo = [t for t in types if t.startswith("kgo:") and t != "kgo:Statement"]
    values = {key: " | ".join(sorted(found)) for key, found in sorted(literals.items())}

    def label(lang: str) -> str | None:
        for key in (f"rdfs:label@{lang}", f"skos:prefLabel@{lang}", "skos:notation", "rdfs:label"):
            if key in values:
                return values[key].split(" | ")[0]
        return None

    local = node.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    named = label("vi") or label("en")
    vi = named or sorted(literals.get("oa:exact", [short(node)]))[0]
    en = label("en") or vi
    # Search by names only: a quote selector ('Lê Lương' as written) must not compete with the person.
    keys = set(literals.get("kgo:searchKey", ())) | {search_key(local.replace("-", " "))}
    keys |= {search_key(vi), search_key(en)} if named else set()
    attrs = {"type": (kgo or types or [UNTYPED])[0], "kind": ", ".join(types), "label_vi": vi, "label_en": en,
             "search": sorted(k for k in keys if k), "articles": articles,
             "quotes": sorted(literals.get("oa:exact", ())), **values}
    year = next((year_of(values[k]) for k in YEAR_KEYS if k in values), None)
    if year:
        attrs["year"] = year
    return attrs


def _node_id(term) -> str:
    return term.value if isinstance(term, NamedNode) else f"_:{term.value}"



