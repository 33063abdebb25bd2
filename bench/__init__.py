"""Benchmarks: run from the repository root, e.g. ``python -m bench.api``."""

# Services a benchmark starts ask nothing on their own: each benchmark warms up what it
# measures, and the start-up warm-up (warm_up.py) would run during its first measurements.
NO_WARM_UP = {"CLUSTERGRAPH_WARM_UP": "false"}
