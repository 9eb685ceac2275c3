"""Benchmarks: `python -m benchmarks [NAME…]` runs benchmarks/bench_*.py and prints ratio tables."""
