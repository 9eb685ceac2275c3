"""GraphML, GEXF, node-link JSON and DOT from one projection, byte-stable for the same graph."""

from __future__ import annotations

import io
import json
import re

from .layout import layout
from .styles import style_for

LIST_SEPARATOR = "\n"


def flat(value):
    """Lists become one string (GraphML and GEXF hold scalars only)."""
    return LIST_SEPARATOR.join(str(v) for v in value) if isinstance(value, (list, tuple)) else value


def scalar_copy(graph, with_positions: bool = True):
    """The graph with list attributes flattened, the layout as x/y, nodes and edges in sorted order."""
    import networkx as nx

    positions = layout(graph) if with_positions else {}
    copy = nx.MultiDiGraph()
    copy.graph.update({k: flat(v) for k, v in graph.graph.items()})
    for node in sorted(graph):
        attrs = {k: flat(v) for k, v in graph.nodes[node].items() if v is not None}
        if node in positions:
            attrs["x"], attrs["y"] = positions[node]
        copy.add_node(node, **attrs)
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        copy.add_edge(u, v, key=key, **{k: flat(val) for k, val in data.items() if val is not None})
    return copy


def to_graphml(graph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(scalar_copy(graph), buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buffer.getvalue()


def to_gexf(graph) -> bytes:
    """GEXF 1.2 with Gephi's viz colours and positions; no write date, so the bytes repeat."""
    import networkx as nx

    copy = scalar_copy(graph)
    types = sorted({d.get("type", "") for _, d in copy.nodes(data=True)})
    for _, data in copy.nodes(data=True):
        colour = style_for(data.get("type", ""), types).color
        data["viz"] = {"position": {"x": data.pop("x") * 100, "y": data.pop("y") * -100, "z": 0.0},
                       "color": {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16),
                                 "a": 1.0}, "size": 10.0}
    for u, v, key, data in copy.edges(keys=True, data=True):
        data["id"] = f"{u}|{v}|{key}"
        data["label"] = data.get("label_vi", key)
    text = "\n".join(nx.generate_gexf(copy, encoding="utf-8", prettyprint=True, version="1.2draft"))
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1).encode("utf-8") + b"\n"


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
        attrs = {"label": data.get(f"label_{lang}", key), "tooltip": data.get("quote") or data.get(f"label_{lang}", key),
                 "key": key}
        attrs.update({k: flat(val) for k, val in sorted(data.items()) if k not in attrs and val not in (None, "", [])})
        lines.append(f"  {dot_id(u)} -> {dot_id(v)} [{_attrs(attrs)}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _attrs(attrs: dict) -> str:
    return ", ".join(f"{dot_id(k)}={dot_id(v)}" for k, v in attrs.items())
