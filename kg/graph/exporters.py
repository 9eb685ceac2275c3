"""Node-link JSON and DOT from one projection, byte-stable for the same graph; scalar attributes
for the XML formats."""

from __future__ import annotations

import json
import re

from .layout import layout
from .styles import style_for

LIST_SEPARATOR = "\n"
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def flat(value):
    """Lists become one string (GraphML and GEXF hold scalars only); characters XML forbids go."""
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def scalar_items(graph, with_positions: bool = True) -> tuple[dict, list, list]:
    """(graph attributes, [(node, attrs)], [(source, target, key, attrs)]) with scalar values only,
    the layout as x/y, everything in sorted order."""
    positions = layout(graph) if with_positions else {}
    graph_attrs = {k: flat(v) for k, v in sorted(graph.graph.items()) if v is not None}
    nodes = []
    for node in sorted(graph):
        attrs = {k: flat(v) for k, v in sorted(graph.nodes[node].items()) if v is not None}
        if node in positions:
            attrs["x"], attrs["y"] = positions[node]
        nodes.append((flat(node), attrs))
    edges = [(flat(u), flat(v), flat(key), {k: flat(val) for k, val in sorted(data.items()) if val is not None})
             for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])]
    return graph_attrs, nodes, edges


def to_json(graph) -> bytes:
    """networkx node-link JSON ({"nodes": […], "edges": […]}) with the layout as x/y."""
    import networkx as nx

    positions = layout(graph)
    data = nx.node_link_data(graph, edges="edges")
    for node in data["nodes"]:
        node["x"], node["y"] = positions.get(node["id"], (0.0, 0.0))
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], e["key"]))
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


# -- DOT -----------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def dot_id(text) -> str:
    """A double-quoted DOT ID: backslashes and quotes escaped, line breaks as \\n, no control bytes."""
    text = _CONTROL.sub("", str(text)).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n") + '"'


def to_dot(graph, lang: str = "vi") -> bytes:
    """Graphviz DOT written by hand (no pydot): labels in `lang`, colour and shape by node type."""
    types = sorted({d.get("type", "") for _, d in graph.nodes(data=True)})
    lines = ["digraph kg {",
             '  graph [charset="UTF-8", overlap=false, splines=true, rankdir=LR, fontname="DejaVu Sans"];',
             '  node [style=filled, fontname="DejaVu Sans", fontsize=10];',
             '  edge [fontname="DejaVu Sans", fontsize=8, color="#777777"];']
    for node in sorted(graph):
        data = graph.nodes[node]
        style = style_for(data.get("type", ""), types)
        attrs = {"label": data.get(f"label_{lang}", node), "shape": style.dot_shape, "fillcolor": style.color,
                 "tooltip": flat(data.get("quotes")) or data.get(f"label_{lang}", node)}
        attrs.update({k: flat(v) for k, v in sorted(data.items()) if k not in attrs and v not in (None, "", [])})
        lines.append(f"  {dot_id(node)} [{_attrs(attrs)}];")
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        label = data.get(f"label_{lang}", key)
        attrs = {"label": label, "tooltip": data.get("quote") or label, "key": key}
        attrs.update({k: flat(val) for k, val in sorted(data.items()) if k not in attrs and val not in (None, "", [])})
        lines.append(f"  {dot_id(u)} -> {dot_id(v)} [{_attrs(attrs)}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _attrs(attrs: dict) -> str:
    return ", ".join(f"{dot_id(k)}={dot_id(v)}" for k, v in attrs.items())
