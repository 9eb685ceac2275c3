"""What the HTML page needs from a projection, as one JSON-able dict: plain text only, no markup.

Tooltips are built here as plain text in both languages; the page hands them to vis-network,
which sets them with innerText, and builds everything else with textContent.
"""

from __future__ import annotations

from .layout import bent_edges, edge_length, layout
from .styles import styles_of, style_for
from .svg import shape_points

PIXELS_PER_UNIT = 150.0
QUOTES_SHOWN = 3
QUOTE_CHARS = 280
DETAIL_CHARS = 900

WORDS = {
    "vi": {"type": "Loại", "year": "Năm", "article": "Bài", "articles": "Bài"},
    "en": {"type": "Type", "year": "Year", "article": "Article", "articles": "Articles"},
}


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def page_data(graph, lang: str = "vi", title: str | None = None, physics: bool = True) -> dict:
    positions = layout(graph)
    types = sorted({d.get("type", "") for _, d in graph.nodes(data=True)})
    counts: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        counts[data.get("type", "")] = counts.get(data.get("type", ""), 0) + 1
    legend = [{"key": s.key, "vi": s.vi, "en": s.en, "color": s.color, "shape": s.shape,
               "points": [[round(x, 3), round(y, 3)] for x, y in shape_points(s.shape)], "count": counts[s.key]}
              for s in styles_of(types)]
    nodes = []
    for node in sorted(graph):
        data = graph.nodes[node]
        style = style_for(data.get("type", ""), types)
        x, y = positions[node]
        nodes.append({"id": node, "type": style.key, "vi": data.get("label_vi", node), "en": data.get("label_en", node),
                      "keys": list(data.get("search", ())), "x": round(x * PIXELS_PER_UNIT, 1),
                      "y": round(y * PIXELS_PER_UNIT, 1), "tvi": node_tip(node, data, style, "vi"),
                      "ten": node_tip(node, data, style, "en"), "quotes": list(data.get("quotes", ())),
                      "articles": list(data.get("articles", ())), "year": data.get("year")})
    neighbours = {n: set(graph.successors(n)) | set(graph.predecessors(n)) for n in graph}
    edges = []
    for i, (u, v, key, data, bend) in enumerate(bent_edges(graph)):
        length = edge_length(neighbours[u], neighbours[v]) * PIXELS_PER_UNIT   # the layout's own spring length
        edges.append({"id": f"e{i}", "from": u, "to": v, "kind": data.get("kind", key), "length": round(length),
                      "vi": data.get("label_vi", key), "en": data.get("label_en", key), "bend": round(bend, 3),
                      "tvi": edge_tip(graph, u, v, data, "vi"), "ten": edge_tip(graph, u, v, data, "en")})
    return {"lang": lang, "title": title or "", "physics": physics, "types": legend, "nodes": nodes, "edges": edges}


def node_tip(node: str, data: dict, style, lang: str) -> str:
    words = WORDS[lang]
    lines = [data.get(f"label_{lang}", node), f"{words['type']}: {style.vi if lang == 'vi' else style.en}"
             + (f" ({data['kind']})" if data.get("kind") and data["kind"] != style.key else "")]
    if data.get("year"):
        lines.append(f"{words['year']}: {data['year']}")
    lines += [f"«{clip(q, QUOTE_CHARS)}»" for q in list(data.get("quotes", ()))[:QUOTES_SHOWN]]
    if data.get("articles"):
        lines.append(f"{words['articles']}: {', '.join(data['articles'])}")
    lines.append(node)
    return "\n".join(lines)


def edge_tip(graph, u: str, v: str, data: dict, lang: str) -> str:
    words = WORDS[lang]
    source = graph.nodes[u].get(f"label_{lang}", u)
    target = graph.nodes[v].get(f"label_{lang}", v)
    lines = [f"{clip(source, 80)} → {clip(target, 80)}", data.get(f"label_{lang}", "")]
    if data.get(f"detail_{lang}"):
        lines.append(clip(data[f"detail_{lang}"], DETAIL_CHARS))
    if data.get("quote"):
        lines.append(f"«{clip(data['quote'], QUOTE_CHARS)}»")
    if data.get("articles"):
        lines.append(f"{words['article']}: {', '.join(data['articles'])}")
    return "\n".join(line for line in lines if line)
