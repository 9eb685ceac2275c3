"""Timing helpers shared by the benchmarks: repeated wall-clock runs, medians, ratio tables."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from typing import Callable


def median_seconds(func: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command_seconds(argv: list[str], repeat: int = 5, env: dict | None = None) -> float:
    return median_seconds(lambda: subprocess.run(argv, check=True, capture_output=True, env=env), repeat)


def python_startup(repeat: int = 5) -> float:
    """Baseline: a bare interpreter start on this machine, now."""
    return command_seconds([sys.executable, "-c", "pass"], repeat)


def report(rows: list[tuple[str, float, float, str]]) -> None:
    """rows: (what, seconds, baseline seconds, goal text)."""
    print(f"{'what':<44} {'median s':>9} {'baseline s':>10} {'ratio':>7}  goal")
    for what, seconds, baseline, goal in rows:
        ratio = seconds / baseline if baseline else float("nan")
        print(f"{what:<44} {seconds:>9.3f} {baseline:>10.3f} {ratio:>7.1f}  {goal}")
