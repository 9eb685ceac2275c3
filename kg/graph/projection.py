"""The readable projection: entities become nodes, statement nodes fold into labelled edges."""

from __future__ import annotations

from pyoxigraph import Store

from ..compile.vocab import KGO, ORG, RDFS, SCHEMA
from ..text import search_key
from .model import Collected
from .read import Reader, year_of
from .statements import fold_statements
from .styles import NODE_STYLES

# Most specific first: a class gets the first type whose kgo class it is (a subclass of).
CLASS_PRIORITY = (
    ("Person", "person"), ("Post", "post"), ("Conference", "conference"), ("Anniversary", "anniversary"),
    ("EmulationMovement", "movement"), ("Activity", "activity"), ("Event", "event"), ("EventSeries", "series"),
    ("Organization", "organisation"), ("AwardType", "award"), ("Rank", "rank"), ("Measure", "measure"),
    ("Place", "place"), ("Law", "law"),
)
TYPE_RANK = {t: i for i, (_, t) in enumerate(CLASS_PRIORITY)}

# Plain triples between entities, drawn as edges: predicate -> (kind, vi, en, drawn reversed?).
DIRECT = {
    KGO + "subOrganizationOf": ("part-of", "trực thuộc", "part of", False),
    KGO + "locatedIn": ("located-in", "đặt tại", "located in", False),
    KGO + "containedInPlace": ("located-in", "thuộc", "in", False),
    KGO + "organizer": ("organises", "tổ chức", "organises", True),
    KGO + "location": ("held-at", "tại", "at", False),
    KGO + "partOfSeries": ("series", "thuộc chuỗi", "in series", False),
    KGO + "follows": ("follows", "tiếp nối", "follows", False),
    KGO + "participant": ("participates", "tham gia", "takes part in", True),
    KGO + "reportedAt": ("reported-at", "báo cáo tại", "reported at", False),
    KGO + "commemorates": ("commemorates", "kỷ niệm", "commemorates", False),
    ORG + "postIn": ("post-in", "chức vụ tại", "post in", False),
}
YEAR_PROPERTIES = (KGO + "year", KGO + "reviewsYear", SCHEMA + "startDate")


def readable_graph(store: Store, base_iri: str):
    """The readable networkx MultiDiGraph of the whole store."""
    reader = Reader(store, base_iri)
    typed = reader.subjects_of_type()
    collected = Collected()
    collected.nodes = _entity_nodes(reader, typed)
    _direct_edges(reader, collected)
    by_class: dict[str, list[str]] = {}
    for subject, cls, _ in typed:
        by_class.setdefault(cls, []).append(subject)
    fold_statements(reader, collected, {cls: sorted(set(s)) for cls, s in by_class.items()})
    touched = {n for edge in collected.edges for n in edge[:2]}
    for node in [n for n, a in collected.nodes.items() if NODE_STYLES[a["type"]].optional and n not in touched]:
        del collected.nodes[node]
    return collected.to_graph(mode="readable", base_iri=base_iri)


def class_types(reader: Reader) -> dict[str, str]:
    """class IRI -> node type, through rdfs:subClassOf in the store (the ontology graph)."""
    parents: dict[str, set[str]] = {}
    for child, parent, _ in reader.triples_of(RDFS + "subClassOf"):
        if hasattr(parent, "value"):
            parents.setdefault(child, set()).add(parent.value)
    classes = set(parents) | {KGO + name for name, _ in CLASS_PRIORITY}
    result = {}
    for cls in classes:
        ancestors, todo = {cls}, [cls]
        while todo:
            for parent in parents.get(todo.pop(), ()):
                if parent not in ancestors:
                    ancestors.add(parent)
                    todo.append(parent)
        for name, node_type in CLASS_PRIORITY:
            if KGO + name in ancestors:
                result[cls] = node_type
                break
    return result


def _entity_nodes(reader: Reader, typed: list[tuple[str, str, str | None]]) -> dict[str, dict]:
    types = class_types(reader)
    nodes: dict[str, dict] = {}
    for subject, cls, _ in sorted(typed):
        node_type = types.get(cls)
        if node_type is None:
            continue
        current = nodes.get(subject)
        if current is None or TYPE_RANK[node_type] < TYPE_RANK[current["type"]]:
            nodes[subject] = {"type": node_type, "kind": _local(cls)}
    for iri, attrs in nodes.items():
        vi, en = reader.labels(iri)
        quotes = reader.quotes(iri)
        slug = _local(iri).replace("-", " ")
        keys = set(reader.search_keys(iri)) | {search_key(vi), search_key(en), search_key(slug)}
        attrs.update(label_vi=vi, label_en=en, search=sorted(k for k in keys if k),
                     articles=sorted(set(reader.articles(iri)) | {q.article for q in quotes if q.article}),
                     quotes=list(dict.fromkeys(q.exact for q in quotes)))
        if attrs["type"] in ("conference", "activity", "event", "anniversary"):
            year = next((year_of(reader.literal(iri, p)) for p in YEAR_PROPERTIES if reader.literal(iri, p)), None)
            if year:
                attrs["year"] = year
    return nodes


def _direct_edges(reader: Reader, collected: Collected) -> None:
    for predicate, (kind, vi, en, reverse) in DIRECT.items():
        for subject, obj, graph in reader.triples_of(predicate):
            target = getattr(obj, "value", None)
            if subject not in collected.nodes or target not in collected.nodes:
                continue
            article = reader.article_id(graph)
            quote = next((q.exact for q in reader.quotes(subject) if q.article == article), None)
            source, target = (target, subject) if reverse else (subject, target)
            collected.add_edge(source, target, kind, (vi, en), statement=predicate, quote=quote,
                               articles=[article] if article else [])


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
