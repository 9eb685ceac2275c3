"""`kg draft`, `kg eval`: drafting records from raw articles and scoring the drafter."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from .cli import Context, pass_ctx, reports_errors
from .errors import KgError


def register(main: click.Group) -> None:
    """Add this area's commands to `main`."""
    main.add_command(draft)
    main.add_command(evaluate)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise KgError(f"--published {value!r} must be a date written YYYY-MM-DD") from None


@click.command()
@click.argument("article", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the record here (its 'text:' is made relative to it). Default, or '-': stdout.")
@click.option("--id", "article_id", help="Article id (a slug). Default: from the file name.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file (it may be a curated record).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date, for an article with no dateline.")
@pass_ctx
@reports_errors
def draft(ctx: Context, article: str, output: str | None, article_id: str | None, force: bool,
          published: str | None):
    """Draft a record from a raw article text (rule-based; curate it before use).

    \b
    The draft has the sections and fields of a curated record; every fact
    carries its quote. A comment block on top lists notes and the sentences
    nothing was taken from. Printed to stdout, its 'text:' is relative to the
    current folder; with -o it is relative to the output file.
    \b
      kg draft article.txt -o data/articles/article.yaml
    """
    from .draft import Drafter
    from .text import slugify

    path = Path(article)
    if not path.exists():
        raise KgError("no such file; give the article's .txt file", article)
    if path.is_dir():
        raise KgError("is a folder; give the article's .txt file", article)
    if article_id is not None and slugify(article_id) != article_id:
        raise KgError(f"--id {article_id!r} must be a slug such as {slugify(article_id) or 'duong-kinh-2020'!r}")
    target = Path(output) if output and output != "-" else None
    if target is not None:
        if target.resolve() == path.resolve():
            raise KgError("is the article itself; write the record to a .yaml file", output)
        if target.exists() and not force:
            raise KgError("already exists (it may be a curated record); pass --force to overwrite it", output)
    drafter = Drafter.for_project(ctx.project)
    result = drafter.draft_file(path, record_dir=target.parent if target else Path.cwd(), article_id=article_id,
                                published=_date(published), shown=article)
    text = result.yaml()
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target.write_text(text, encoding="utf-8")
    record = result.record
    counts = ", ".join(f"{len(record.get(k) or [])} {k}" for k in ("people", "holdings", "awards", "figures"))
    click.echo(f"Wrote {output} ({counts}; {len(result.unused)} sentence(s) unused). Curate it before use.",
               err=True)


@click.command("eval")
@click.argument("records", nargs=-1, type=click.Path(dir_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--fail-under", type=float, metavar="SCORE",
              help="Exit 1 when any metric of any article is below SCORE (e.g. 0.95).")
@click.option("--details", is_flag=True, help="Under each article, list the facts the draft missed (-) and added (+).")
@pass_ctx
@reports_errors
def evaluate(ctx: Context, records: tuple[str, ...], fmt: str, fail_under: float | None, details: bool):
    """Score the drafter against curated records (default: data/articles and the test fixtures).

    \b
    Metrics: person-name F1, (person, post) F1, rank accuracy, event-date
    accuracy and award-count accuracy. Counts read found/expected+extra.
    """
    from .draft.evaluate import METRICS, curated_records, evaluate as run, mean, table

    project = ctx.project
    paths = [Path(r) for r in records] or curated_records(project)
    for path in paths:
        if not path.exists():
            raise KgError("no such record", str(path))
    if not paths:
        raise KgError("no curated records found in data/articles/; name some records to score against")
    scores = run(paths, project)
    if fmt == "json":
        payload = {"articles": [{"article": s.article, **({"error": s.error} if s.error else s.values),
                                 **({"differences": s.differences} if details else {})}
                                for s in scores], "mean": mean(scores)}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(table(scores, details))
    if fail_under is not None:
        low = [f"{s.article} {m}={s.values[m]:.2f}" for s in scores if not s.error for m in METRICS
               if s.values[m] < fail_under]
        if low:
            click.echo(f"Below {fail_under}: {', '.join(low)}", err=True)
            sys.exit(1)
