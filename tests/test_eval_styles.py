"""The drafter on fictional articles in styles other than the seed's (tests/fixtures/styles/): other
provinces, ward- and commune-level meetings, a command's ceremony and yearly review, a send-off of recruits,
news web-page layouts. The floors sit just under today's scores, so a
regression on these styles fails here even when the seed and the regular fixtures still pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.config import DEFAULT_BASE_IRI, Project
from kg.draft.evaluate import evaluate, table

ROOT = Path(__file__).resolve().parents[1]
STYLES = sorted((ROOT / "tests" / "fixtures" / "styles").glob("*.yaml"))
FLOORS = {"names": 0.98, "posts": 0.97, "ranks": 0.98, "date": 0.98, "awards": 0.97}  # means over the set


def test_style_records_are_there():
    assert len(STYLES) == 129


@pytest.fixture(scope="module")
def project():
    return Project(ROOT, DEFAULT_BASE_IRI)


@pytest.fixture(scope="module")
def style_scores(project):
    return evaluate(STYLES, project)


def _mean(scores, metric: str) -> float:
    return sum(s.values[metric] for s in scores) / len(scores)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_styles_mean_stays_above_its_floor(metric, style_scores):
    assert all(s.error is None for s in style_scores), table(style_scores)
    mean = _mean(style_scores, metric)
    assert mean >= FLOORS[metric], f"{metric}: {mean:.2f} < {FLOORS[metric]}\n{table(style_scores)}"


def _wrapped_copy(record: Path, folder: Path, width: int) -> Path:
    """The record and its text with every long line hard-wrapped at `width`, as copied from a PDF."""
    import textwrap

    text = (record.parent / f"{record.stem}.txt").read_text(encoding="utf-8")
    lines = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) \
            if len(line) > width + 10 and not line.startswith("#") else [line]
    (folder / f"{record.stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    (folder / record.name).write_text(record.read_text(encoding="utf-8"), encoding="utf-8")
    return folder / record.name


def test_hard_wrapped_copies_of_the_styles_score_as_the_originals(tmp_path, project, style_scores):
    """Every quote of the curated records is still found (it runs over the line breaks), and the drafter reads
    the wrapped paragraphs as it reads the originals."""
    after = evaluate([_wrapped_copy(record, tmp_path, 72) for record in STYLES], project)
    assert all(s.error is None for s in after), table(after)
    for metric in FLOORS:
        original, copy = _mean(style_scores, metric), _mean(after, metric)
        assert copy >= original - 0.02, f"{metric}: {copy:.3f} wrapped, {original:.3f} as written\n{table(after)}"


def _variant_copy(record: Path, folder: Path) -> Path:
    """The record and its text as another site or editor writes the same article: Windows line ends, a no-break
    space before every capitalised word, "đ/c" for "đồng chí" (in the text and in the record's quotes)."""
    text = (record.parent / f"{record.stem}.txt").read_text(encoding="utf-8")
    text = re.sub(r"(?<=[a-zà-ỹđ]) (?=[A-ZÀ-ỸĐ])", "\u00a0", text.replace("đồng chí", "đ/c"))
    (folder / f"{record.stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (folder / record.name).write_text(record.read_text(encoding="utf-8").replace("đồng chí", "đ/c"), encoding="utf-8")
    return folder / record.name


def test_styles_written_with_other_line_ends_spaces_and_abbreviations_score_as_the_originals(
        tmp_path, project, style_scores):
    """Each article scores what it scores as written, on every metric: these are spellings of the same text."""
    after = evaluate([_variant_copy(record, tmp_path) for record in STYLES], project)
    assert all(s.error is None for s in after), table(after)
    worse = [f"{copy.article} {metric}: {copy.values[metric]:.2f} < {original.values[metric]:.2f}"
             for original, copy in zip(style_scores, after) for metric in FLOORS
             if copy.values[metric] < original.values[metric] - 1e-9]
    assert not worse, "\n".join(worse)
