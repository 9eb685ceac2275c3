"""The projection's shape: node and edge attributes, collected then turned into a sorted MultiDiGraph.

Node attributes: type (legend key), kind (RDF class), label_vi, label_en, search (diacritic-free
keys), articles, quotes, year (optional). Edge attributes: kind, label_vi, label_en, year, quote,
articles, statement (the folded statement node or the predicate IRI), detail_vi, detail_en.
Lists stay lists here; the file formats that need scalars flatten them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def with_year(label: str, year: int | None) -> str:
    return f"{label} · {year}" if year else label


@dataclass
class Collected:
    """Nodes and edges gathered from the store, before they become a graph."""

    nodes: dict[str, dict] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict] = field(default_factory=dict)

    def add_edge(self, source: str | None, target: str | None, kind: str, label: tuple[str, str], *,
                 statement: str, year: int | None = None, quote: str | None = None,
                 articles: list[str] | tuple = (), detail: tuple[str, str] | None = None,
                 key: str | None = None, loop: bool = False) -> bool:
        """Add one labelled edge between two known nodes; False (nothing added) otherwise.

        Self-loops are dropped unless `loop` (the readable view folds some statements onto the
        node they are about; the raw view keeps every triple)."""
        if not source or not target or source not in self.nodes or target not in self.nodes:
            return False
        if source == target and not loop:
            return False
        key = key or f"{kind}|{statement}"
        existing = self.edges.get((source, target, key))
        if existing is not None:
            existing["articles"] = sorted(set(existing["articles"]) | set(articles))
            return True
        attrs = {"kind": kind, "label_vi": label[0], "label_en": label[1], "statement": statement,
                 "articles": sorted(set(articles))}
        if year:
            attrs["year"] = year
        if quote:
            attrs["quote"] = quote
        if detail and (detail[0] or detail[1]):
            attrs["detail_vi"], attrs["detail_en"] = detail[0] or detail[1], detail[1] or detail[0]
        self.edges[(source, target, key)] = attrs
        return True

    def to_graph(self, **graph_attrs):
        """A MultiDiGraph with nodes and edges inserted in sorted order (so every export is stable)."""
        import networkx as nx

        graph = nx.MultiDiGraph(**graph_attrs)
        for node in sorted(self.nodes):
            graph.add_node(node, **self.nodes[node])
        for source, target, key in sorted(self.edges):
            graph.add_edge(source, target, key=key, **self.edges[(source, target, key)])
        return graph
