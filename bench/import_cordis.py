"""Time the import of everything in ``../shared/data/`` into an empty Neo4j of its own.

Run: ``.venv/bin/python bench/import_cordis.py [--runs N] [--keep]``. Starts (or reuses) the
instance in ``.neo4j/bench`` on port 7691 (``--port`` picks another), empties it before every
run, imports both programmes with every file the importer recognises (``clustergraph import
cordis ../shared/data``), and prints seconds, rows per second (all rows of all files) and the
median over the runs. Stops the instance when done, also on an error, Ctrl-C or SIGTERM,
unless ``--keep``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import time
from pathlib import Path

from neo4j import Driver, GraphDatabase

from graph.settings import DEFAULT_PASSWORD
from importers.cordis import expand, import_cordis
from importers.report import graph_stats
from localneo4j import Instance

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
FILES = [DATA]
WIPE = "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted"


def data_rows() -> int:
    """Rows in every file the import reads (header lines left out)."""
    total = 0
    for path in expand(FILES):
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as handle:
            total += sum(1 for _ in handle) - 1
    return total


def wipe(driver: Driver) -> None:
    """Delete every node, 10,000 at a time: each batch is a transaction of its own, as one
    transaction for the whole graph would outlast the transaction timeout (60 s)."""
    while driver.execute_query(WIPE, database_="neo4j").records[0]["deleted"]:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=7691, help="the Neo4j's Bolt port")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(
        home=ROOT / ".neo4j" / "bench", port=args.port, password=password, heap="2g", pagecache="1g"
    )
    with instance.running(keep=args.keep):
        run(instance, password, args.runs)


def run(instance: Instance, password: str, runs: int) -> None:
    """Import ``runs`` times into the emptied instance; print the figures."""
    rows = data_rows()
    seconds: list[float] = []
    with GraphDatabase.driver(
        instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        for number in range(1, runs + 1):
            wipe(driver)
            began = time.perf_counter()
            report = import_cordis(driver, "neo4j", FILES)
            elapsed = time.perf_counter() - began
            seconds.append(elapsed)
            print(
                f"run {number}: {elapsed:.1f} s, {rows / elapsed:,.0f} rows/s, "
                f"ok={report.ok}, warnings={len(report.warnings)}"
            )
        print(graph_stats(driver, "neo4j"))
    median = statistics.median(seconds)
    print(f"median of {len(seconds)}: {median:.1f} s, {rows / median:,.0f} rows/s ({rows:,} rows)")


if __name__ == "__main__":
    main()
