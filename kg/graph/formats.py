"""Output formats of `kg graph`: a short name, file extensions and a MIME type each; one render()."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError


@dataclass(frozen=True)
class GraphFormat:
    name: str
    extensions: tuple[str, ...]
    mime: str
    text: bool = True


FORMATS: dict[str, GraphFormat] = {f.name: f for f in (
    GraphFormat("html", (".html", ".htm"), "text/html"),
    GraphFormat("graphml", (".graphml",), "application/graphml+xml"),
    GraphFormat("gexf", (".gexf",), "application/gexf+xml"),
    GraphFormat("json", (".json",), "application/json"),
    GraphFormat("dot", (".dot", ".gv"), "text/vnd.graphviz"),
    GraphFormat("svg", (".svg",), "image/svg+xml"),
    GraphFormat("png", (".png",), "image/png", text=False),
)}


def guess_format(path: str | Path | None) -> str | None:
    """The format a file name asks for, or None when its extension is not one of ours."""
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    return next((f.name for f in FORMATS.values() if suffix in f.extensions), None)


def render(graph, fmt: str, lang: str = "vi", title: str | None = None) -> bytes:
    """The graph in one format, as bytes. Identical graphs give identical bytes (PNG aside)."""
    if fmt == "html":
        from .html import render_html

        return render_html(graph, lang, title)
    if fmt == "svg":
        from .svg import render_svg

        return render_svg(graph, lang, title)
    if fmt == "png":
        from .png import svg_to_png
        from .svg import render_svg

        return svg_to_png(render_svg(graph, lang, title))
    from . import exporters, xml_formats

    if fmt == "graphml":
        return xml_formats.to_graphml(graph)
    if fmt == "gexf":
        return xml_formats.to_gexf(graph)
    if fmt == "json":
        return exporters.to_json(graph)
    if fmt == "dot":
        return exporters.to_dot(graph, lang)
    raise KgError(f"unknown graph format {fmt!r}; known: {', '.join(FORMATS)}")
