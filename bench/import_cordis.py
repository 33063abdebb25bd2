"""Time the import of everything in ``../shared/data/`` into an empty Neo4j of its own.

Run: ``.venv/bin/python -m bench.import_cordis [--runs N] [--keep] [--data FOLDER]``. Starts
(or reuses) the instance in ``.neo4j/bench`` on port 7691 (``--port``, ``--home``, ``--heap``
and ``--pagecache`` change them), empties it before every run, imports both programmes with
every file the importer recognises (``clustergraph import cordis ../shared/data``; ``--data
.scale/k10`` the ten-fold network of ``bench.scale_network``), and prints seconds, rows per
second (all rows of all files) and the median over the runs, with the peak resident memory
of this process during each run (the importer's: it runs in this process). Stops the
instance when done, also on an error, Ctrl-C or SIGTERM, unless ``--keep``.
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
WIPE = "MATCH (n) WITH n LIMIT 1000 DETACH DELETE n RETURN count(*) AS deleted"


def data_rows(data: Path) -> int:
    """Rows in every file the import reads (header lines left out)."""
    total = 0
    for path in expand([data]):
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as handle:
            total += sum(1 for _ in handle) - 1
    return total


def reset_peak_memory() -> None:
    """Start counting this process's peak resident memory again (Linux: ``clear_refs`` 5)."""
    Path("/proc/self/clear_refs").write_text("5")


def peak_memory_mib() -> float:
    """This process's peak resident memory since the last reset, MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wipe(driver: Driver) -> None:
    """Delete every node, 1,000 at a time: each batch is a transaction of its own, as one
    transaction for the whole graph would outlast the transaction timeout (60 s), and 10,000
    with their relationships ran out of transaction memory at k=3 (heap 2 GB)."""
    while driver.execute_query(WIPE, database_="neo4j").records[0]["deleted"]:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=7691, help="the Neo4j's Bolt port")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    parser.add_argument("--data", type=Path, default=DATA, help="the files or folder to import")
    parser.add_argument("--home", type=Path, default=ROOT / ".neo4j" / "bench")
    parser.add_argument("--heap", default="2g", help="Neo4j's heap (4g for k=10)")
    parser.add_argument("--pagecache", default="1g", help="Neo4j's page cache (6g for k=10)")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(
        home=args.home,
        port=args.port,
        password=password,
        heap=args.heap,
        pagecache=args.pagecache,
    )
    with instance.running(keep=args.keep):
        run(instance, password, args.runs, args.data)


def run(instance: Instance, password: str, runs: int, data: Path) -> None:
    """Import ``data`` ``runs`` times into the emptied instance; print the figures."""
    rows = data_rows(data)
    seconds: list[float] = []
    with GraphDatabase.driver(
        instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        for number in range(1, runs + 1):
            wipe(driver)
            reset_peak_memory()
            began = time.perf_counter()
            report = import_cordis(driver, "neo4j", [data])
            elapsed = time.perf_counter() - began
            seconds.append(elapsed)
            print(
                f"run {number}: {elapsed:.1f} s, {rows / elapsed:,.0f} rows/s, "
                f"peak memory {peak_memory_mib():,.0f} MiB, ok={report.ok}, "
                f"warnings={len(report.warnings)}"
            )
        print(graph_stats(driver, "neo4j"))
    median = statistics.median(seconds)
    print(f"median of {len(seconds)}: {median:.1f} s, {rows / median:,.0f} rows/s ({rows:,} rows)")


if __name__ == "__main__":
    main()
