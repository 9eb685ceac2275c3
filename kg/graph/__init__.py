"""The relationship graph view: a networkx projection of the store, filters, and file formats.

    graph = project(store, base_iri)              # readable: statements folded into edges
    graph = apply_filters(graph, Filters(focus="le luong", depth=1))
    data = render(graph, "html")                   # or graphml, gexf, json, dot, svg, png

Nothing here prints or exits; networkx is imported only when a graph is built.
"""

from __future__ import annotations


def project(store, base_iri: str, raw: bool = False):
    """The store as a networkx MultiDiGraph: readable (default) or every RDF node and triple (raw)."""
    if raw:
        from .raw import raw_graph

        return raw_graph(store, base_iri)
    from .projection import readable_graph

    return readable_graph(store, base_iri)


def __getattr__(name: str):
    """Lazy re-exports, so `import kg.graph` stays cheap."""
    if name in ("Filters", "apply_filters", "find_node"):
        from . import filters

        return getattr(filters, name)
    if name in ("FORMATS", "guess_format", "render"):
        from . import formats

        return getattr(formats, name)
    raise AttributeError(name)
