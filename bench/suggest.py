"""Latency of the suggestion queries through the API on the whole network (both programmes).

Run: ``.venv/bin/python bench/suggest.py [--queries 200]
[--query partners|consortium|brief|cluster] [--clients N] [--memory] [--port P] [--keep]``.
Uses its own Neo4j in ``.neo4j/bench-suggest`` (port 7696, or ``--port``); imports everything
in ``../shared/data`` once (Horizon 2020 and Horizon Europe; skipped when the instance already
holds it), then asks the in-process app (httpx, ASGI) for 10 suggestions per request and
prints p50 and p95 (goals: ``suggestPartners`` p95 < 150 ms, brief-based ``suggestConsortium``
p95 < 300 ms), then per query it sent: runs per request, p50 / p95 ms and share of the time:

- ``partners``: ``suggestPartners`` for 200 random organisations (fixed seed);
- ``consortium``: ``suggestConsortium(input: {projectId})`` for 200 random projects with at
  least two participants (seeds = the participants; gaps = missing kinds; brief = the
  project's own title and call topic);
- ``brief``: ``suggestConsortium(input: {brief, organizationIds})`` with the title of 200
  random titled projects as the brief and its first participant as the one member;
- ``cluster``: ``suggestClusterMembers`` for bench clusters made once in this instance, one
  per programme part: the Benelux organisations with at least two projects in it (members),
  focused on that part. The H2020 data has no clusters; these stand in for regional ones.

With ``--memory`` the two candidate queries are run with PROFILE instead (same parameters,
through the same API path) and the peak memory Neo4j accounts to each run is printed (p50,
p95, max); the latency figures of such a run include the profiling and are not reported.

Stops the Neo4j when done, also on an error or Ctrl-C, unless ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from neo4j import Driver, GraphDatabase

from graph.client import Graph, Row
from graph.cypher import CYPHER_DIR, query
from graph.derived import refresh_derived
from graph.settings import DEFAULT_PASSWORD, Settings
from importers.cordis import import_cordis
from localneo4j import Instance
from server import create_app

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CLUSTERGRAPH_SHARED_DATA", ROOT.parent / "shared" / "data"))
FILES = [DATA]
SEED = 20240601
WARM_UP = 5  # requests before measuring (plans, page cache); their queries are timed too
PORT = 7696
HOME = ROOT / ".neo4j" / "bench-suggest"
BENCH_DATA = "h2020+horizon-europe-2025-12"  # what the instance holds; another value re-imports
SELECTION = "score organization { id name } reasons { kind contribution evidence { id } }"
FIELDS = {
    "partners": "suggestPartners(organizationId: $id, first: 10)",
    "consortium": "suggestConsortium(input: {projectId: $id}, first: 10)",
    "brief": "suggestConsortium(input: {brief: $brief, organizationIds: [$id]}, first: 10)",
    "cluster": "suggestClusterMembers(clusterId: $id, first: 10)",
}
QUERIES = {
    kind: f"query($id: ID!{', $brief: String' if kind == 'brief' else ''}) "
    f"{{ {field} {{ {SELECTION} }} }}"
    for kind, field in FIELDS.items()
}
SUBJECTS = {
    "partners": "MATCH (o:Organization) WHERE o.sgProjects > 0 RETURN o.id AS id ORDER BY id",
    "consortium": "MATCH (p:Project) WHERE p.sgSize >= 2 RETURN p.id AS id ORDER BY id",
    "brief": "MATCH (p:Project)<-[:PARTICIPATES_IN]-(o:Organization) WHERE p.title IS NOT NULL "
    "WITH p, min(o.id) AS member RETURN p.title + '|' + member AS id ORDER BY id",
    "cluster": "MATCH (k:Cluster) WHERE k.id STARTS WITH 'bench-' RETURN k.id AS id ORDER BY id",
}
BENCH_CLUSTERS = """
MATCH (t:Topic)<-[:ADDRESSES]-(:Project)<-[:PARTICIPATES_IN]-(o:Organization)
WHERE o.country IN ['LU', 'BE', 'NL']
WITH t, o, count(*) AS projects WHERE projects >= 2
WITH t, collect(o) AS members
MERGE (k:Cluster {id: 'bench-' + t.id}) SET k.name = 'Bench cluster ' + t.name
MERGE (k)-[:FOCUSES_ON]->(t)
WITH k, members UNWIND members AS o
MERGE (o)-[:MEMBER_OF {source: 'bench'}]->(k)
"""


def ensure_network(driver: Driver) -> None:
    """Import the whole network of both programmes unless the instance holds it already."""
    record = driver.execute_query(
        "OPTIONAL MATCH (m:BenchData {id: 'bench-suggest'}) "
        "RETURN m.complete AND m.data = $data AS complete",
        data=BENCH_DATA,
    ).records[0]
    if not record["complete"]:
        driver.execute_query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS")
        import_cordis(driver, "neo4j", FILES, progress=True)
        driver.execute_query(
            "MERGE (m:BenchData {id: 'bench-suggest'}) SET m.complete = true, m.data = $data",
            data=BENCH_DATA,
        )
    elif not driver.execute_query(
        "MATCH (o:Organization) WHERE o.sgPartnerLed IS NOT NULL RETURN o.id LIMIT 1"
    ).records:
        refresh_derived(driver, "neo4j")  # imported before the newest stored lists existed


@contextlib.contextmanager
def whole_network(port: int, keep: bool) -> Iterator[tuple[Instance, str, Driver]]:
    """The Neo4j of ``HOME`` running on ``port`` with the whole network (imported when
    missing), its password and a driver; stopped afterwards unless ``keep``."""
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(home=HOME, port=port, password=password, heap="2g", pagecache="1g")
    with (
        instance.running(keep=keep),
        GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver,
    ):
        ensure_network(driver)
        yield instance, password, driver


def prepare(driver: Driver, kind: str) -> list[str]:
    if kind == "cluster":
        driver.execute_query(BENCH_CLUSTERS)  # idempotent (MERGE)
    ids = [r["id"] for r in driver.execute_query(SUBJECTS[kind]).records]
    return random.Random(SEED).sample(ids, min(200, len(ids)))


def profile_memory() -> list[int]:
    """Make the two candidate queries run with PROFILE; returns the list their peaks (one per
    query run) are added to."""
    peaks: list[int] = []
    profiled = {query("suggest_partners"), query("suggest_signals")}
    read = Graph.read

    async def profiling_read(graph: Graph, cypher: Any, params: Any = None) -> list[Row]:
        if cypher not in profiled:
            return await read(graph, cypher, params)
        records, summary, _ = await graph.driver.execute_query(
            "PROFILE " + cypher, params, database_=graph.database
        )
        if summary.profile is None:
            raise RuntimeError("Neo4j returned no profile for a PROFILE query")
        peaks.append(int(summary.profile["args"]["GlobalMemory"]))
        return [dict(r) for r in records]

    Graph.read = profiling_read  # type: ignore[method-assign, assignment]
    return peaks


def time_queries() -> dict[str, list[float]]:
    """Time every query the requests send; returns the milliseconds per query file name (the
    first 40 characters of the text for a query built in code), filled as requests run."""
    names = {query(path.stem): path.stem for path in CYPHER_DIR.glob("*.cypher")}
    spent: dict[str, list[float]] = {}
    read = Graph.read

    async def timed_read(graph: Graph, cypher: Any, params: Any = None) -> list[Row]:
        began = time.perf_counter()
        try:
            return await read(graph, cypher, params)
        finally:
            name = names.get(cypher, " ".join(cypher.split())[:40])
            spent.setdefault(name, []).append((time.perf_counter() - began) * 1000)

    Graph.read = timed_read  # type: ignore[method-assign, assignment]
    return spent


def print_query_times(spent: dict[str, list[float]], requests: int) -> None:
    """Per query: runs per request, p50 and p95 ms, and the share of all query time."""
    total = sum(sum(times) for times in spent.values()) or 1.0
    for name, times in sorted(spent.items(), key=lambda item: -sum(item[1])):
        print(
            f"  {name}: {len(times) / requests:.1f} per request, ms {percentiles(times)}, "
            f"{100 * sum(times) / total:.0f} % of query time"
        )


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"p50 {statistics.median(ordered):.0f}, p95 {p95:.0f}, max {ordered[-1]:.0f}"


async def measure(settings: Settings, kind: str, ids: list[str], clients: int = 1) -> list[float]:
    """Seconds per request; ``clients`` requests in flight at once (each takes the next id)."""
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    seconds: list[float] = []
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

        async def ask(subject: str) -> float:
            began = time.perf_counter()
            variables = {"id": subject}
            if kind == "brief":
                brief, member = subject.rsplit("|", 1)
                variables = {"id": member, "brief": brief}
            response = await client.post(
                "/graphql", json={"query": QUERIES[kind], "variables": variables}
            )
            body = response.json()
            if body.get("errors"):
                raise SystemExit(f"{subject}: {body['errors']}")
            return time.perf_counter() - began

        for subject in ids[:WARM_UP]:  # warm-up (plans, page cache)
            await ask(subject)
        pending = iter(ids)

        async def worker() -> None:
            for subject in pending:
                seconds.append(await ask(subject))

        await asyncio.gather(*(worker() for _ in range(clients)))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--query", choices=sorted(QUERIES), default="partners")
    parser.add_argument("--memory", action="store_true", help="profile query memory instead")
    parser.add_argument("--clients", type=int, default=1, help="requests in flight at once")
    parser.add_argument("--port", type=int, default=PORT, help="the Neo4j's Bolt port")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    with whole_network(args.port, args.keep) as (instance, password, driver):
        ids = prepare(driver, args.query)[: args.queries]
        measure_and_print(instance, password, ids, args)


def measure_and_print(
    instance: Instance, password: str, ids: list[str], args: argparse.Namespace
) -> None:
    """Run the queries about ``ids``, print the figures."""
    settings = Settings(uri=instance.uri, password=password, query_timeout=60.0)
    peaks = profile_memory() if args.memory else None
    spent = time_queries() if peaks is None else {}
    seconds = asyncio.run(measure(settings, args.query, ids, args.clients))
    if peaks is not None:
        mib = [p / 2**20 for p in peaks[10:]]  # after the warm-up requests (two runs each)
        print(
            f"{args.query} (first: 10), query memory over {len(mib)} candidate-query runs, "
            f"MiB: {percentiles(mib)}"
        )
        return
    ms = [s * 1000 for s in seconds]
    print(
        f"{args.query} (first: 10) over {len(ms)} subjects, {args.clients} client(s), "
        f"ms: {percentiles(ms)}"
    )
    print_query_times(spent, len(ms) + WARM_UP)


if __name__ == "__main__":
    main()
