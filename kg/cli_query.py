"""`kg query`, `kg queries`: the query commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli import Context, pass_ctx, reports_errors
from .errors import KgError


def register(main: click.Group) -> None:
    main.add_command(list_queries)
    main.add_command(query)


@click.command("queries")
@pass_ctx
@reports_errors
def list_queries(ctx: Context):
    """List the named queries with their titles and parameters."""
    from .query.library import named_queries

    for query in named_queries(ctx.project.queries_dir).values():
        params = " ".join(f"{p.name}=…" if p.required else f"[{p.name}=…]" for p in query.params)
        click.echo(f"{query.name:<22} {query.title}" + (f"   params: {params}" if params else ""))
        if query.description:
            click.echo(f"{'':<22} {query.description}")


@click.command()
@click.argument("query", required=False)
@click.option("-e", "--expression", help="Inline SPARQL instead of a named query or file.")
@click.option("-f", "--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "nquads", "jsonld"]),
              help="Result format.")
@pass_ctx
@reports_errors
def query(ctx: Context, query: str | None, expression: str | None, fmt: str):
    """Run a named query (see 'kg queries'), a .rq file, or inline SPARQL (-e)."""
    from .query.library import find_query
    from .query.render import serialize_results, table
    from .query.run import execute, is_ask, query_prefixes, rows
    from .store import open_store

    project = ctx.project
    if expression:
        sparql = expression
    elif query and Path(query).suffix == ".rq" and Path(query).exists():
        sparql = Path(query).read_text(encoding="utf-8")
    elif query:
        sparql = find_query(project.queries_dir, query).text
    else:
        raise KgError("name a query (kg queries lists them), give a .rq file, or pass -e 'SPARQL'")
    results = execute(open_store(project.home), sparql, project.base_iri)
    if is_ask(results):
        click.echo("true" if bool(results) else "false")
        sys.exit(0 if bool(results) else 1)
    if fmt == "table":
        variables, data = rows(results)
        click.echo(table(variables, data, query_prefixes(project.base_iri)))
    else:
        sys.stdout.buffer.write(serialize_results(results, fmt))


