"""The `kg` command: a thin click layer over the library (which never prints or exits)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .config import Project
from .errors import KgError

EXIT_ERROR = 2


def reports_errors(func):
    """Turn a KgError into one 'Error: …' line on stderr and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper


class Context:
    def __init__(self, project_dir: str | None, base_iri: str | None):
        self._dir, self._base = project_dir, base_iri

    @functools.cached_property
    def project(self) -> Project:
        return Project.locate(self._dir, self._base)


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--project", "project_dir", type=click.Path(file_okay=False), envvar="KG_PROJECT",
              help="Project folder (with data/ and ontology/). Default: the nearest one up from here.")
@click.option("--base-iri", envvar="KG_BASE_IRI", help="Base IRI of the data (default https://kg.example.org/).")
@click.version_option(package_name="vn-localgov-kg", prog_name="kg")
@click.pass_context
def main(ctx, project_dir, base_iri):
    """A knowledge graph of Vietnamese local-government news.

    \b
    Typical session:
      kg build                 compile data/articles/*.yaml into the store
      kg validate              check the store against the SHACL shapes
      kg query attendees       run a named query (kg queries lists them)
      kg find "le luong"       find people and organisations, diacritics optional
      kg graph -o graph.html   draw the relationship graph
      kg serve                 SPARQL endpoint and query page on 127.0.0.1
      kg draft ARTICLE.txt     draft a record for a new article
      kg compare 2019 2020     what changed between two years of a series
    """
    ctx.obj = Context(project_dir, base_iri)


@main.command()
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@pass_ctx
@reports_errors
def build(ctx: Context, quiet: bool):
    """Compile records, concepts, glossary and ontology into a new store, then swap it in."""
    from .build import build as run_build

    progress = (lambda _msg: None) if quiet else (lambda msg: click.echo(f"  {msg}", err=True))
    summary = run_build(ctx.project, progress=progress)
    if not quiet:
        click.echo(_summary_text(summary))


def _summary_text(summary: dict) -> str:
    lines = [f"Built {len(summary['articles'])} article(s), {summary['quads']} quads "
             f"in {len(summary['graphs'])} named graphs."]
    lines += [f"  article  {a}" for a in summary["articles"]]
    lines.append("Entities by type:")
    lines += [f"  {name:<22} {count:>5}" for name, count in summary["entities_by_type"].items()]
    if summary.get("review"):
        lines.append(f"{len(summary['review'])} pair(s) need review: run 'kg links' to see them.")
    return "\n".join(lines)


@main.command()
@pass_ctx
@reports_errors
def validate(ctx: Context):
    """Check the built store against ontology/shapes.ttl (exit 1 on violations)."""
    from .store import open_store, read_manifest
    from .validate import validate_store

    project = ctx.project
    manifest = read_manifest(project.home)
    violations = validate_store(project, open_store(project.home), manifest.get("sources", {}))
    for violation in violations:
        click.echo(violation.line(project.base_iri))
    if violations:
        click.echo(f"{len(violations)} violation(s).", err=True)
        sys.exit(1)
    click.echo("The graph conforms to the shapes.")


@main.command()
@pass_ctx
@reports_errors
def stats(ctx: Context):
    """What is in the store: articles, quads per graph, entities by type."""
    from .store import read_manifest

    manifest = read_manifest(ctx.project.home)
    click.echo(_summary_text(manifest))
    click.echo("Quads per graph:")
    for graph, count in manifest["graphs"].items():
        click.echo(f"  {count:>6}  {graph}")


@main.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["nquads", "trig", "turtle", "ntriples", "jsonld", "rdfxml"]),
              help="RDF format (default: from the -o extension, else nquads).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@pass_ctx
@reports_errors
def dump(ctx: Context, fmt: str | None, output: str | None, force: bool):
    """Write every graph of the store in a standard RDF format (sorted, reproducible)."""
    from .dump import EXTENSIONS, dump as run_dump
    from .store import open_store

    if fmt is None:
        fmt = EXTENSIONS.get(Path(output).suffix.lower(), "nquads") if output else "nquads"
    data = run_dump(open_store(ctx.project.home), fmt, ctx.project.base_iri)
    _write_output(data, output, force)


def _write_output(data: bytes, output: str | None, force: bool) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = Path(output)
    if path.exists() and not force:
        raise KgError("already exists; pass --force to overwrite it", output)
    path.write_bytes(data)
    click.echo(f"Wrote {output} ({len(data)} bytes).", err=True)


# Commands of each area live in their own module; each adds itself to `main`.
from . import cli_draft, cli_graph, cli_link, cli_query  # noqa: E402

for _module in (cli_query, cli_graph, cli_draft, cli_link):
    _module.register(main)


if __name__ == "__main__":
    main()
