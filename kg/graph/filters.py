"""Filters shared by every output format: types, year, article, then the neighbourhood of one node."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import KgError
from ..text import search_key
from .styles import TYPE_GROUPS

MAX_LISTED = 8


@dataclass(frozen=True)
class Filters:
    focus: str | None = None     # a name (matched diacritic-insensitively), a slug or an IRI
    depth: int = 1               # hops around the focus, edges followed in both directions
    year: int | None = None      # keep facts of this year and timeless things connected to them
    types: tuple[str, ...] = ()  # node types to keep (see the legend); 'events' = every kind of event
    article: str | None = None   # keep what this article states (id, IRI or file name)

    @property
    def active(self) -> bool:
        return bool(self.focus or self.year or self.types or self.article)


def apply_filters(graph, filters: Filters):
    """A new graph holding what the filters keep; KgError when a filter names nothing in the graph.

    --types keeps nodes of those types. --year and --article keep the facts (edges) of that year
    or article and the nodes they connect, the nodes dated that year or stated by that article,
    and the undated edges among all of these. --focus then keeps a neighbourhood of what is left.
    """
    if not filters.active:
        return graph
    if filters.depth < 0:
        raise KgError("--depth must be 0 or more")
    result = graph
    if filters.types:
        wanted = _types(graph, filters.types)
        result = graph.subgraph([n for n in graph if _type_matches(graph.nodes[n].get("type", ""), wanted)])
    if filters.year or filters.article:
        article = _article(graph, filters.article) if filters.article else None
        keep = {n for n, d in result.nodes(data=True) if _selects(d, filters.year, article)}
        for u, v, d in result.edges(data=True):
            if _selects(d, filters.year, article):
                keep |= {u, v}
        result = result.subgraph(keep).copy()
        result.remove_edges_from([(u, v, k) for u, v, k, d in result.edges(keys=True, data=True)
                                  if _excludes(d, filters.year, article)])
    if filters.focus:
        result = neighbourhood(result, find_node(graph, filters.focus, within=result), filters.depth)
    return result if result is not graph else graph.copy()


def _selects(attrs: dict, year: int | None, article: str | None) -> bool:
    """Dated `year` (when asked) and stated by `article` (when asked)."""
    return ((year is None or attrs.get("year") == year)
            and (article is None or article in (attrs.get("articles") or ())))


def _excludes(attrs: dict, year: int | None, article: str | None) -> bool:
    """Dated another year, or stated only by other articles."""
    found = attrs.get("articles") or ()
    return ((year is not None and attrs.get("year") not in (None, year))
            or (article is not None and bool(found) and article not in found))


def neighbourhood(graph, node: str, depth: int):
    """The node and everything within `depth` hops of it, whatever the edge direction."""
    seen, frontier = {node}, {node}
    for _ in range(depth):
        frontier = {m for n in frontier for m in (*graph.successors(n), *graph.predecessors(n))} - seen
        if not frontier:
            break
        seen |= frontier
    return graph.subgraph(seen).copy()


def find_node(graph, name: str, within=None) -> str:
    """The one node `name` means: its IRI, its slug, or a name matched without diacritics."""
    within = graph if within is None else within
    name = name.strip()
    if name in graph:
        return _present(graph, name, within)
    slugs = [n for n in graph if n.rstrip("/").rsplit("/", 1)[-1] == name]
    if len(slugs) == 1:
        return _present(graph, slugs[0], within)
    key = search_key(name)
    if not key:
        raise KgError("--focus needs a name, a slug or an IRI")
    exact = [n for n in graph if key in graph.nodes[n].get("search", ())]
    partial = exact or [n for n in graph if any(key in k for k in graph.nodes[n].get("search", ()))]
    if len(partial) == 1:
        return _present(graph, partial[0], within)
    if not partial:
        raise KgError(f"no node matches {name!r}; try part of its name without diacritics, or its IRI")
    listed = "; ".join(f"{graph.nodes[n].get('label_vi', n)} ({n})" for n in sorted(partial)[:MAX_LISTED])
    more = f" and {len(partial) - MAX_LISTED} more" if len(partial) > MAX_LISTED else ""
    raise KgError(f"{name!r} matches {len(partial)} nodes: {listed}{more}; give more of the name or the IRI")


def _present(graph, node: str, within) -> str:
    if node not in within:
        raise KgError(f"{graph.nodes[node].get('label_vi', node)!r} is removed by the other filters "
                      "(--types, --year, --article); loosen them or focus on another node")
    return node


def _types(graph, requested: tuple[str, ...]) -> set[str]:
    present = {graph.nodes[n].get("type", "") for n in graph}
    wanted = set()
    for name in requested:
        name = name.strip().lower()
        expanded = TYPE_GROUPS.get(name, (name,))
        if not any(_type_matches(t, set(expanded)) for t in present):
            known = ", ".join(sorted(present | set(TYPE_GROUPS)))
            raise KgError(f"no node has type {name!r}; types in this graph: {known}")
        wanted |= set(expanded)
    return wanted


def _type_matches(node_type: str, wanted: set[str]) -> bool:
    low = node_type.lower()
    return low in wanted or low.rsplit(":", 1)[-1] in wanted


def _article(graph, requested: str) -> str:
    present = sorted({a for _, d in graph.nodes(data=True) for a in d.get("articles", ())}
                     | {a for *_, d in graph.edges(data=True) for a in d.get("articles", ())})
    name = requested.strip().rstrip("/").rsplit("/", 1)[-1]
    for suffix in (".yaml", ".txt"):
        name = name.removesuffix(suffix)
    if name not in present:
        raise KgError(f"no article {requested!r} in the graph; articles: {', '.join(present) or 'none'}")
    return name
