"""`kg graph`: the relationship graph view and exports (a thin layer over kg.graph)."""

from __future__ import annotations

import sys

import click

from .cli import Context, pass_ctx, reports_errors
from .errors import KgError

FORMAT_NAMES = ("html", "graphml", "gexf", "json", "dot", "svg", "png")


def register(main: click.Group) -> None:
    """Add this area's commands to `main`."""
    main.add_command(graph)


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write; the format follows the extension (.html .graphml .gexf .json .dot .svg .png). "
                   "Default: .kg/graph.html in the project (the SPARQL endpoint serves it at /graph); "
                   "'-' writes to stdout (JSON unless --format says otherwise).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_NAMES), help="Format, when the extension does not say.")
@click.option("--raw", is_flag=True, help="Every RDF node and triple, instead of the readable view.")
@click.option("--focus", metavar="NAME",
              help="Only the neighbourhood of one node: a name (diacritics optional), slug or IRI.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops around --focus.")
@click.option("--year", type=int, help="Only facts of this year (and what they connect).")
@click.option("--types", metavar="LIST", help="Comma list of node types to keep, e.g. person,organisation,events.")
@click.option("--article", metavar="ID", help="Only what this article states (its id or file name).")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Label language (the HTML page can switch).")
@click.option("--title", help="Title of the page or picture.")
@click.option("--force", is_flag=True, help="Overwrite an existing file (the default .kg/graph.* is always replaced).")
@pass_ctx
@reports_errors
def graph(ctx: Context, output, fmt, raw, focus, depth, year, types, article, lang, title, force):
    """Draw who is connected to what: an offline interactive page, or GraphML, GEXF, JSON, DOT, SVG, PNG.

    \b
    Examples:
      kg graph                                   .kg/graph.html, open it in a browser
      kg graph --focus "le luong" --depth 2 -o le-luong.html
      kg graph --year 2019 --types person,organisation -o 2019.graphml
      kg graph --raw -o raw.gexf                 every RDF node, for Gephi
    """
    from .graph import project
    from .graph.filters import Filters, apply_filters
    from .graph.formats import render
    from .graph.output import plan_output, write_atomically
    from .store import open_store

    proj = ctx.project
    path, fmt = plan_output(proj.home, output, fmt, force)
    chosen = tuple(t.strip() for t in (types or "").split(",") if t.strip())
    filters = Filters(focus=focus, depth=depth, year=year, types=chosen, article=article)
    result = apply_filters(project(open_store(proj.home), proj.base_iri, raw=raw), filters)
    if not result.number_of_nodes():
        raise KgError("the filters leave no node to draw; loosen --year, --types or --article")
    data = render(result, fmt, lang=lang, title=title)
    if path is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_atomically(path, data)
    click.echo(f"Wrote {proj.shown(path)}: {result.number_of_nodes()} nodes, {result.number_of_edges()} edges "
               f"({fmt}, {len(data):,} bytes).", err=True)
