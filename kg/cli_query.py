"""`kg query`, `kg queries`, `kg find`, `kg serve`, `kg push`: the query commands.

Thin click wrappers: the work is in kg.query, kg.serve and kg.remote, which
never print or exit. Imports stay inside the commands so `kg query` starts
fast (no rdflib, httpx, pyvis or pyshacl on its path).
"""

from __future__ import annotations

import sys

import click

from .cli import Context, pass_ctx, reports_errors

FORMAT_NAMES = ["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"]


def register(main: click.Group) -> None:
    for command in (list_queries, query, find, serve, push):
        main.add_command(command)


def remote_options(func):
    """--endpoint and --timeout: run against a SPARQL 1.1 endpoint instead of the local store."""
    func = click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
                        help="Seconds to wait for the endpoint.")(func)
    return click.option("--endpoint", metavar="URL", envvar="KG_ENDPOINT",
                        help="Query this SPARQL 1.1 endpoint instead of the local store.")(func)


def _runner(ctx: Context, endpoint: str | None, timeout: float):
    if endpoint:
        from .remote import Endpoint

        return Endpoint(endpoint, ctx.project.base_iri, timeout)
    from .query.run import LocalRunner
    from .store import open_store

    return LocalRunner(open_store(ctx.project.home), ctx.project.base_iri)


def _write(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


@click.command("queries")
@pass_ctx
@reports_errors
def list_queries(ctx: Context):
    """List the named queries with their titles, descriptions and parameters."""
    from .query.library import named_queries

    for named in named_queries(ctx.project.queries_dir).values():
        click.echo(f"{named.name:<22} {named.title}")
        if named.description:
            click.echo(f"{'':<22} {named.description}")
        for param in named.params:
            need = "required" if param.required else "optional"
            kind = f", {param.kind}" if param.kind else ""
            click.echo(f"{'':<22}   --param {param.name}=…  ({need}{kind}) {param.description}")


@click.command()
@click.argument("query", required=False)
@click.option("-e", "--expression", metavar="SPARQL", help="Inline SPARQL instead of a named query or file.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE: <iri>, \"text\"@vi, \"5\"^^xsd:integer, 42, or plain text. Repeatable.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_NAMES),
              help="Result format. SELECT/ASK: table (default), csv, tsv, json, xml. "
                   "CONSTRUCT/DESCRIBE: turtle (default), ntriples, nquads, trig, jsonld, rdfxml.")
@remote_options
@pass_ctx
@reports_errors
def query(ctx: Context, query: str | None, expression: str | None, params: tuple[str, ...], fmt: str | None,
          endpoint: str | None, timeout: float):
    """Run a named query (see 'kg queries'), a .rq file, or inline SPARQL (-e).

    \b
    Examples:
      kg query attendees
      kg query posts-over-time --param person=id:person/le-luong
      kg query find --param name="quan uy" --format json
      kg query -e 'ASK { ?p a kgo:Person }'      (exit code 0 when true, 1 when false)
    """
    from .query.invoke import output, prepare, run

    project = ctx.project
    prepared = prepare(project.queries_dir, query, expression, project.shown)
    runner = _runner(ctx, endpoint, timeout)
    result = output(run(runner, prepared, list(params)), fmt, runner.prefixes)
    _write(result.data)
    if result.exit_code:
        sys.exit(result.exit_code)


@click.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["person", "organisation", "place", "event"]),
              help="What to look for (repeatable). Default: person and organisation.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True)
@remote_options
@pass_ctx
@reports_errors
def find(ctx: Context, text: tuple[str, ...], kinds: tuple[str, ...], fmt: str, endpoint: str | None,
         timeout: float):
    """Find people and organisations by name, with or without diacritics.

    \b
    "le luong", "Lê Lương" (NFC or NFD), "Quận uỷ" and "quan uy" all match.
      kg find le luong
      kg find --kind place duong kinh
    """
    from .query.render import render, solutions_from_rows
    from .query.search import DEFAULT_KINDS
    from .query.search import find as run_find

    runner = _runner(ctx, endpoint, timeout)
    variables, rows = run_find(runner, " ".join(text), kinds or DEFAULT_KINDS)
    _write(render(solutions_from_rows(variables, rows), fmt, runner.prefixes))


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only change it behind a proxy you trust.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run; past it the query is stopped and the client gets HTTP 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Most rows (or triples) a result may have; a larger one gets HTTP 422.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Queries answered at the same time (one process each).")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False),
              help="HTML of the relationship graph to serve at /graph (default: .kg/graph.html).")
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
@pass_ctx
@reports_errors
def serve(ctx: Context, host: str, port: int, timeout: float, max_rows: int, workers: int, graph_file: str | None,
          quiet: bool):
    """Serve the store read-only: a SPARQL 1.1 endpoint at /sparql and a query page at /."""
    from pathlib import Path

    from .serve.app import Settings, make_server

    settings = Settings(host, port, timeout, max_rows, workers, Path(graph_file).resolve() if graph_file else None,
                        quiet)
    server = make_server(ctx.project, settings)
    _stop_on_sigterm()
    click.echo(f"SPARQL endpoint: {server.url}sparql   query page: {server.url}   (Ctrl-C stops)")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()


def _stop_on_sigterm() -> None:
    """SIGTERM (a service manager, a test) stops the server like Ctrl-C: workers are stopped too."""
    import signal

    def interrupt(_signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


@click.command()
@click.option("--endpoint", metavar="URL", envvar="KG_ENDPOINT",
              help="SPARQL query endpoint of the server (used to check the upload).")
@click.option("--graph-store", metavar="URL",
              help="Graph Store Protocol URL (default for Oxigraph: the endpoint's /query replaced by /store).")
@click.option("-f", "--format", "fmt", type=click.Choice(["ntriples", "turtle"]), default="ntriples",
              show_default=True, help="Format of the uploaded graphs.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=120.0, show_default=True,
              help="Seconds to wait for each request.")
@pass_ctx
@reports_errors
def push(ctx: Context, endpoint: str | None, graph_store: str | None, fmt: str, timeout: float):
    """Upload every named graph to a SPARQL server (Graph Store Protocol, PUT per graph).

    \b
      kg push --endpoint http://127.0.0.1:7878/query                   (Oxigraph)
      kg push --endpoint http://localhost:3030/kg/sparql --graph-store http://localhost:3030/kg/data
    """
    from .errors import KgError
    from .remote import push as run_push
    from .store import open_store

    if not endpoint and not graph_store:
        raise KgError("pass --endpoint URL (and --graph-store URL unless the server is Oxigraph)")
    sent = run_push(open_store(ctx.project.home), ctx.project.base_iri, endpoint, graph_store, fmt, timeout,
                    progress=lambda msg: click.echo(f"  {msg}", err=True))
    checked = " and the endpoint reports the same counts" if endpoint else ""
    click.echo(f"Pushed {len(sent)} graph(s), {sum(sent.values())} triples{checked}.")
