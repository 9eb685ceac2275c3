"""The drafter on fictional articles written apart from it (tests/fixtures/heldout/): other provinces,
a ward-level meeting, a city command's ceremony. The floors sit just under today's scores, so a
regression on unseen styles fails here even when the seed and the regular fixtures still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import DEFAULT_BASE_IRI, Project
from kg.draft.evaluate import evaluate, table

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = sorted((ROOT / "tests" / "fixtures" / "heldout").glob("*.yaml"))
FLOORS = {"names": 0.95, "posts": 0.75, "ranks": 0.95, "date": 0.95, "awards": 0.85}  # means over the set


def test_heldout_records_are_there():
    assert len(HELDOUT) == 3


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_heldout_mean_stays_above_its_floor(metric):
    scores = evaluate(HELDOUT, Project(ROOT, DEFAULT_BASE_IRI))
    assert all(s.error is None for s in scores), table(scores)
    mean = sum(s.values[metric] for s in scores) / len(scores)
    assert mean >= FLOORS[metric], f"{metric}: {mean:.2f} < {FLOORS[metric]}\n{table(scores)}"
