"""The drafter on fictional articles in styles other than the seed's (tests/fixtures/styles/): other
provinces, ward- and commune-level meetings, a command's ceremony and yearly review, a send-off of recruits,
news web-page layouts. The floors sit just under today's scores, so a
regression on these styles fails here even when the seed and the regular fixtures still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import DEFAULT_BASE_IRI, Project
from kg.draft.evaluate import evaluate, table

ROOT = Path(__file__).resolve().parents[1]
STYLES = sorted((ROOT / "tests" / "fixtures" / "styles").glob("*.yaml"))
FLOORS = {"names": 0.98, "posts": 0.96, "ranks": 0.98, "date": 0.98, "awards": 0.95}  # means over the set


def test_style_records_are_there():
    assert len(STYLES) == 73


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_styles_mean_stays_above_its_floor(metric):
    scores = evaluate(STYLES, Project(ROOT, DEFAULT_BASE_IRI))
    assert all(s.error is None for s in scores), table(scores)
    mean = sum(s.values[metric] for s in scores) / len(scores)
    assert mean >= FLOORS[metric], f"{metric}: {mean:.2f} < {FLOORS[metric]}\n{table(scores)}"
