"""GraphML and GEXF written directly (networkx's ElementTree writers take seconds at 5,000 nodes).

Both read back with networkx (read_graphml / read_gexf) with the same nodes and edges; GEXF
carries Gephi's viz colours and positions. Attribute types are declared from the values
(int, double, boolean, else string); lists are flattened to one line-separated string.
"""

from __future__ import annotations

from html import escape

from .exporters import scalar_items
from .styles import style_for

GRAPHML_HEAD = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
GEXF_HEAD = ('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">')


def text(value) -> str:
    return escape(str(value), quote=False)


def attr(value) -> str:
    """An attribute value that survives XML's whitespace normalisation."""
    return escape(str(value), quote=True).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def _kind(values: list, names: dict[type, str]) -> str:
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return names[bool]
    if kinds <= {int} and kinds:
        return names[int]
    if kinds <= {int, float} and kinds:
        return names[float]
    return names[str]


def _declared(items: list[dict], names: dict[type, str]) -> dict[str, str]:
    values: dict[str, list] = {}
    for attrs in items:
        for name, value in attrs.items():
            values.setdefault(name, []).append(value)
    return {name: _kind(values[name], names) for name in sorted(values)}


def _value(value, kind: str) -> str:
    if kind in ("boolean",):
        return "true" if value else "false"
    return str(value)


def to_graphml(graph) -> bytes:
    graph_attrs, nodes, edges = scalar_items(graph)
    names = {bool: "boolean", int: "int", float: "double", str: "string"}
    declared = {"graph": _declared([graph_attrs], names), "node": _declared([a for _, a in nodes], names),
                "edge": _declared([a for *_, a in edges], names)}
    out = ['<?xml version="1.0" encoding="UTF-8"?>', GRAPHML_HEAD]
    ids = {}
    for domain, keys in declared.items():
        for name, kind in keys.items():
            ids[domain, name] = key_id = f"{domain[0]}_{len([k for k in ids if k[0] == domain])}"
            out.append(f'  <key id="{key_id}" for="{domain}" attr.name="{attr(name)}" attr.type="{kind}"/>')
    out.append('  <graph id="kg" edgedefault="directed">')

    def data(domain: str, attrs: dict, indent: str) -> None:
        for name, value in attrs.items():
            kind = declared[domain][name]
            out.append(f'{indent}<data key="{ids[domain, name]}">{text(_value(value, kind))}</data>')

    data("graph", graph_attrs, "    ")
    for node, attrs in nodes:
        out.append(f'    <node id="{attr(node)}">')
        data("node", attrs, "      ")
        out.append("    </node>")
    for source, target, key, attrs in edges:
        out.append(f'    <edge id="{attr(key)}" source="{attr(source)}" target="{attr(target)}">')
        data("edge", attrs, "      ")
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>"]
    return ("\n".join(out) + "\n").encode("utf-8")


def to_gexf(graph) -> bytes:
    graph_attrs, nodes, edges = scalar_items(graph)
    names = {bool: "boolean", int: "integer", float: "double", str: "string"}
    node_attrs = [{k: v for k, v in a.items() if k not in ("x", "y")} for _, a in nodes]
    declared = {"node": _declared(node_attrs, names), "edge": _declared([a for *_, a in edges], names)}
    ids = {(domain, name): str(i) for domain, keys in declared.items() for i, name in enumerate(keys)}
    types = sorted({a.get("type", "") for _, a in nodes})
    out = ['<?xml version="1.0" encoding="UTF-8"?>', GEXF_HEAD,
           f'  <meta><creator>kg graph</creator><description>{text(graph_attrs.get("mode", ""))}</description></meta>',
           '  <graph defaultedgetype="directed" mode="static">']
    for domain, keys in declared.items():
        out.append(f'    <attributes class="{domain}" mode="static">')
        out += [f'      <attribute id="{ids[domain, n]}" title="{attr(n)}" type="{k}"/>' for n, k in keys.items()]
        out.append("    </attributes>")

    def values(domain: str, attrs: dict, indent: str) -> None:
        out.append(f"{indent}<attvalues>")
        out.extend(f'{indent}  <attvalue for="{ids[domain, n]}" value="{attr(_value(v, declared[domain][n]))}"/>'
                   for n, v in attrs.items())
        out.append(f"{indent}</attvalues>")

    out.append("    <nodes>")
    for (node, attrs), plain in zip(nodes, node_attrs):
        colour = style_for(attrs.get("type", ""), types).color
        red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        out.append(f'      <node id="{attr(node)}" label="{attr(attrs.get("label_vi", node))}">')
        values("node", plain, "        ")
        x, y = attrs.get("x", 0.0) * 100, attrs.get("y", 0.0) * -100
        out += [f'        <viz:color r="{red}" g="{green}" b="{blue}" a="1.0"/>',
                f'        <viz:position x="{x:.1f}" y="{y:.1f}" z="0.0"/>',
                '        <viz:size value="10.0"/>', "      </node>"]
    out += ["    </nodes>", "    <edges>"]
    for source, target, key, attrs in edges:
        out.append(f'      <edge id="{attr(key)}" source="{attr(source)}" target="{attr(target)}" '
                   f'label="{attr(attrs.get("label_vi", key))}">')
        values("edge", attrs, "        ")
        out.append("      </edge>")
    out += ["    </edges>", "  </graph>", "</gexf>"]
    return ("\n".join(out) + "\n").encode("utf-8")
