"""`kg links`, `kg compare`: linking articles across years."""

from __future__ import annotations

import json

import click

from .cli import Context, pass_ctx, reports_errors


def register(main: click.Group) -> None:
    main.add_command(links)
    main.add_command(compare)


@click.command()
@click.option("--all", "show_all", is_flag=True, help="Also list the pairs that were merged, with the reason.")
@pass_ctx
@reports_errors
def links(ctx: Context, show_all: bool):
    """Pairs of entities the last build left apart for review (and, with --all, those it merged).

    \b
    Confirm or reject a pair in data/links.yaml, then build again:
      same:      [[article-a#le-luong, article-b#le-luong]]
      different: [[article-a#le-luong, article-c#le-luong]]
    """
    from .store import read_manifest

    manifest = read_manifest(ctx.project.home)
    review = manifest.get("review", [])
    if show_all:
        click.echo(f"Merged ({len(manifest.get('merged', []))}):")
        for pair in manifest.get("merged", []):
            click.echo(f"  {pair['kind']:<13} {pair['a']}  =  {pair['b']}   ({pair['reason']})")
    click.echo(f"Need review ({len(review)}):")
    for pair in review:
        click.echo(f"  {pair['kind']:<13} {pair['a']}  ?  {pair['b']}   {pair['name']}: {pair['reason']}")
    if not review:
        click.echo("  none")


@click.command()
@click.argument("year_a", type=int)
@click.argument("year_b", type=int)
@click.option("--series", help="Series to compare (part of its name, diacritics optional, or its id).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_ctx
@reports_errors
def compare(ctx: Context, year_a: int, year_b: int, series: str | None, fmt: str):
    """What changed between the conferences reviewing YEAR_A and YEAR_B of one series."""
    from .compare import compare as run_compare, render
    from .store import open_store

    result = run_compare(open_store(ctx.project.home), ctx.project.base_iri, year_a, year_b, series)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render(result))
