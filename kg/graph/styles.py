"""What each kind of node looks like and is called: one table shared by every format and the legend."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    key: str
    vi: str
    en: str
    color: str
    shape: str          # vis-network shape; the SVG writer draws the same ones
    dot_shape: str      # Graphviz shape
    optional: bool = False  # shared concepts: drawn only when an edge touches them


NODE_STYLES: dict[str, NodeStyle] = {s.key: s for s in (
    NodeStyle("person", "Người", "Person", "#e15759", "dot", "ellipse"),
    NodeStyle("organisation", "Tổ chức", "Organisation", "#4e79a7", "square", "box"),
    NodeStyle("post", "Chức vụ", "Post", "#76b7b2", "triangleDown", "invtriangle"),
    NodeStyle("conference", "Hội nghị", "Conference", "#f28e2b", "star", "doubleoctagon"),
    NodeStyle("activity", "Hoạt động", "Activity", "#edc948", "diamond", "diamond"),
    NodeStyle("anniversary", "Kỷ niệm", "Anniversary", "#b07aa1", "star", "octagon"),
    NodeStyle("event", "Sự kiện", "Event", "#f1ce63", "star", "octagon"),
    NodeStyle("series", "Chuỗi sự kiện", "Event series", "#9c755f", "hexagon", "hexagon"),
    NodeStyle("award", "Hình thức khen thưởng", "Award type", "#59a14f", "triangle", "triangle", True),
    NodeStyle("rank", "Cấp bậc", "Rank", "#8c8c8c", "triangleDown", "invhouse", True),
    NodeStyle("place", "Địa danh", "Place", "#8cd17d", "square", "house"),
    NodeStyle("law", "Luật", "Law", "#ff9da7", "diamond", "note"),
    NodeStyle("measure", "Chỉ tiêu", "Measure", "#bab0ac", "dot", "plain", True),
    NodeStyle("movement", "Phong trào thi đua", "Emulation movement", "#d4a6c8", "diamond", "diamond", True),
)}

# Aliases accepted by --types.
TYPE_GROUPS = {"events": ("conference", "activity", "anniversary", "event"), "organization": ("organisation",)}

# Colours for the raw RDF view, whose types are whatever classes the data uses.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#86bcb6", "#d37295", "#fabfd2", "#b6992d", "#499894", "#8cd17d")
RAW_SHAPES = ("dot", "square", "diamond", "triangle", "triangleDown", "hexagon", "star")
UNTYPED = "(untyped)"


def style_for(type_key: str, known_types: list[str]) -> NodeStyle:
    """The style of a node type; types outside the table get palette colours in sorted order."""
    if type_key in NODE_STYLES:
        return NODE_STYLES[type_key]
    index = sorted(known_types).index(type_key) if type_key in known_types else 0
    return NodeStyle(type_key, type_key, type_key, PALETTE[index % len(PALETTE)],
                     RAW_SHAPES[(index // len(PALETTE)) % len(RAW_SHAPES)], "ellipse")


def styles_of(types: list[str]) -> list[NodeStyle]:
    """Styles of the types present, in table order then alphabetical (the legend's order)."""
    present = set(types)
    table = [s for key, s in NODE_STYLES.items() if key in present]
    others = sorted(present - set(NODE_STYLES))
    return table + [style_for(t, others) for t in others]
