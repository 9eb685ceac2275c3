"""A static SVG picture of the projection, drawn from the deterministic layout (no plotting library)."""

from __future__ import annotations

import math
import re
from html import escape

from .layout import bent_edges, layout
from .styles import style_for, styles_of

UNIT = 130.0             # pixels per ideal edge length
RADIUS = 9.0
EDGE_LABEL_LIMIT = 300   # more edges than this: no edge labels
NODE_LABEL_LIMIT = 1500  # more nodes than this: no node labels
LABEL_CHARS = 42
EDGE_LABEL_CHARS = 34
CHAR_WIDTH = 6.8         # rough width of one character at the node-label size, for margins and fitting
FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def text(value) -> str:
    """Escaped for XML text and attributes, with characters XML forbids removed."""
    return escape(_XML_ILLEGAL.sub("", str(value)), quote=True)


def short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def render_svg(graph, lang: str = "vi", title: str | None = None) -> bytes:
    positions = layout(graph)
    types = sorted({d.get("type", "") for _, d in graph.nodes(data=True)})
    styles = styles_of(types)
    legend_height = 44 + 26 * math.ceil(len(styles) / 4) if styles else 44
    point = {n: (x * UNIT, y * UNIT) for n, (x, y) in positions.items()}
    half = {n: CHAR_WIDTH * len(short(graph.nodes[n].get(f"label_{lang}", n))) / 2 for n in graph}
    xs_left = [x - max(RADIUS, half[n]) for n, (x, _) in point.items()] or [0.0]
    xs_right = [x + max(RADIUS, half[n]) for n, (x, _) in point.items()] or [0.0]
    ys = [y for _, y in point.values()] or [0.0]
    left, top = min(xs_left) - 24, min(ys) - 40 - legend_height
    width = max(960.0, max(xs_right) + 24 - left)
    height = max(ys) + 40 - top

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="{left:.1f} {top:.1f} {width:.1f} {height:.1f}" font-family="{FONT}">',
           f"<title>{text(title or 'Knowledge graph')}</title>",
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#8a8f98"/></marker></defs>',
           f'<rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" height="{height:.1f}" fill="#ffffff"/>']
    out += _legend(styles, lang, title, left + 16, top + 22)
    out.append('<g class="edges" fill="none" stroke="#a3a8b0" stroke-width="1.2">')
    labels = graph.number_of_edges() <= EDGE_LABEL_LIMIT
    edge_texts = []
    for u, v, key, data, bend in bent_edges(graph):
        path, middle = _edge_path(point[u], point[v], bend)
        tip = data.get(f"label_{lang}", key) + (f"\n{data['quote']}" if data.get("quote") else "")
        out.append(f'<path d="{path}" marker-end="url(#arrow)"><title>{text(tip)}</title></path>')
        label = short(data.get(f"label_{lang}", key), EDGE_LABEL_CHARS)
        if labels and _fits(label, point[u], point[v]):
            edge_texts.append(f'<text x="{middle[0]:.1f}" y="{middle[1]:.1f}">'
                              f'{text(label)}</text>')
    out.append("</g>")
    if edge_texts:
        out.append('<g class="edge-labels" font-size="9" fill="#4a4f57" text-anchor="middle" stroke="#ffffff" '
                   'stroke-width="3" paint-order="stroke">')
        out += edge_texts + ["</g>"]
    out.append('<g class="nodes" stroke="#ffffff" stroke-width="1.5">')
    for node in sorted(graph):
        data = graph.nodes[node]
        style = style_for(data.get("type", ""), types)
        tip = "\n".join([data.get(f"label_{lang}", node), *data.get("quotes", [])[:3], node])
        out.append(f'<g>{_shape(style.shape, *point[node], RADIUS, style.color)}<title>{text(tip)}</title></g>')
    out.append("</g>")
    if graph.number_of_nodes() <= NODE_LABEL_LIMIT:
        out.append('<g class="node-labels" font-size="11" fill="#1f2328" text-anchor="middle" stroke="#ffffff" '
                   'stroke-width="3" paint-order="stroke">')
        for node in sorted(graph):
            x, y = point[node]
            out.append(f'<text x="{x:.1f}" y="{y + RADIUS + 13:.1f}">'
                       f'{text(short(graph.nodes[node].get(f"label_{lang}", node)))}</text>')
        out.append("</g>")
    out.append("</svg>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _fits(label: str, a, b) -> bool:
    """Draw an edge label only where the edge is long enough to carry it (dense cores stay legible)."""
    return len(label) * CHAR_WIDTH * 0.8 < math.hypot(b[0] - a[0], b[1] - a[1]) - 2 * RADIUS


def _legend(styles, lang: str, title: str | None, x: float, y: float) -> list[str]:
    out = ['<g class="legend" font-size="16" fill="#1f2328">']
    if title:
        out.append(f'<text x="{x:.1f}" y="{y + 4:.1f}" font-size="22" font-weight="bold">{text(title)}</text>')
    for i, style in enumerate(styles):
        cx, cy = x + (i % 4) * 300 + 9, y + 34 + (i // 4) * 26
        out.append(_shape(style.shape, cx, cy - 5, 8, style.color))
        out.append(f'<text x="{cx + 18:.1f}" y="{cy:.1f}">{text(style.vi if lang == "vi" else style.en)}</text>')
    out.append("</g>")
    return out


def _edge_path(a, b, bend: float):
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    cx, cy = (x1 + x2) / 2 - dy * bend, (y1 + y2) / 2 + dx * bend
    tx, ty = x2 - cx, y2 - cy                       # arrive on the node's rim, along the curve
    t = math.hypot(tx, ty) or length
    ex, ey = x2 - tx / t * (RADIUS + 2), y2 - ty / t * (RADIUS + 2)
    middle = (0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2)
    if bend == 0:
        return f"M{x1:.1f},{y1:.1f}L{ex:.1f},{ey:.1f}", middle
    return f"M{x1:.1f},{y1:.1f}Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}", middle


def shape_points(shape: str) -> list[tuple[float, float]]:
    """Corners of a polygon shape around (0, 0) with radius 1; [] for circles and squares."""
    if shape in ("dot", "square"):
        return []
    return {
        "diamond": [(0, -1.25), (1.25, 0), (0, 1.25), (-1.25, 0)],
        "triangle": [(0, -1.2), (1.1, 0.8), (-1.1, 0.8)],
        "triangleDown": [(0, 1.2), (1.1, -0.8), (-1.1, -0.8)],
        "hexagon": [(math.cos(i * math.pi / 3), math.sin(i * math.pi / 3)) for i in range(6)],
        "star": [((1.3 if i % 2 == 0 else 0.55) * math.sin(i * math.pi / 5),
                  -(1.3 if i % 2 == 0 else 0.55) * math.cos(i * math.pi / 5)) for i in range(10)],
    }.get(shape, [(math.cos(i * math.pi / 4), math.sin(i * math.pi / 4)) for i in range(8)])


def _shape(shape: str, x: float, y: float, r: float, color: str) -> str:
    if shape == "dot":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}"/>'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" fill="{color}"/>'
    points = " ".join(f"{x + cx * r:.1f},{y + cy * r:.1f}" for cx, cy in shape_points(shape))
    return f'<polygon points="{points}" fill="{color}"/>'
