"""Run every benchmarks/bench_*.py (or those named) and print their tables.

Each module has `main(argv) -> int`. Figures are reported against a baseline
measured in the same run, because this machine is shared and noisy.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = argv or sorted(p.stem[len("bench_"):] for p in here.glob("bench_*.py"))
    status = 0
    for name in names:
        print(f"\n== {name} ==", flush=True)
        module = importlib.import_module(f"benchmarks.bench_{name}")
        status |= module.main([]) or 0
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
