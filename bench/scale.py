"""How clustergraph's costs grow with the network: import, store, memory and every kind of
request, on networks k times the real one (``bench/scale_network.py``).

Run: ``.venv/bin/python -m bench.scale [--k 1 3 10] [--requests 100] [--clients 1 8] [--keep]``
(``make bench-scale``). For each k: generates the k-fold files (kept in ``.scale/k<K>``),
starts a Neo4j of its own (``.neo4j/scale-k<K>``, port 7710 + k; heap and page cache below),
imports them with ``clustergraph import cordis`` timed (skipped when the instance already holds
that network) and adds the demo's clusters. Then, with every size's Neo4j running, it serves
one app per size in-process and sends each operation ``--requests`` times from 1 and from 8
clients to every size (from one client the sizes take turns request by request, from 8 they
come back to back per operation, so that a shared machine whose speed drifts during the run
shifts every size alike; 100 requests, so that one pause moves no p95), over a fixed set of
subjects of the real network (copy 0): the same questions at every size, after asking each
subject once (a warm service: the first request of a subject after a restart reads its pages
from disk, up to 1-1.6 s for a partner suggestion). Prints one table: per k the import
(seconds, rows per second), the store size, Neo4j's heap in use, and per operation p50 / p95;
then per operation the growth exponent: the slope of log p95 against log rows between the
smallest and largest k (1.0: grows like the network; 0: flat); and this process's resident
memory. Stops every Neo4j unless ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from neo4j import AsyncGraphDatabase, Driver, GraphDatabase

from bench.api import NEIGHBORHOOD, PATH, keys
from bench.import_cordis import wipe
from bench.peer.cases import pick_cases
from bench.peer.ours import DOCUMENTS
from bench.scale_network import ROOT, ensure
from bench.soak import CLUSTER as CLUSTER_PAGE
from bench.suggest import QUERIES
from graph.schema import apply_schema
from graph.settings import DEFAULT_PASSWORD, Settings
from importers.bundle import import_bundle
from importers.cordis import import_cordis
from importers.demo import BUNDLE_DIR, MAPPING_FILE, derive_memberships, read_mapping
from localneo4j import Instance
from server import create_app

SEED = 7
SUBJECTS = 30  # suggestion subjects per kind, drawn from the real network with a fixed seed
MEMORY = {1: ("2g", "1g"), 3: ("3g", "2g"), 10: ("4g", "6g")}  # heap, page cache per k
REAL = "size(coalesce(o.pic, '')) <= 9"  # copy 0: the real organisations and their twins' origin
PARTNER_SUBJECTS = f"""
MATCH (o:Organization) WHERE o.sgProjects > 0 AND {REAL}
RETURN o.id AS id ORDER BY id"""
BRIEF_SUBJECTS = f"""
MATCH (p:Project)<-[:PARTICIPATES_IN]-(o:Organization)
WHERE p.title IS NOT NULL AND NOT p.acronym CONTAINS '-R' AND {REAL}
WITH p, min(o.id) AS member RETURN p.title AS brief, member AS id ORDER BY id, brief"""
# The unfiltered lists a client opens first (their default orders), with the total.
ORGANIZATIONS = "{ organizations(first: 50) { totalCount edges { node { id name country } } } }"
PROJECTS = "{ projects(first: 50) { totalCount edges { node { id acronym startDate } } } }"
HEAP_USED = """
CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
RETURN attributes.HeapMemoryUsage.value.properties.used AS used"""
MARK = "MATCH (m:ScaleData {id: 'scale'}) RETURN m.k = $k AND m.seed = $seed AS same"
SET_MARK = "MERGE (m:ScaleData {id: 'scale'}) SET m.k = $k, m.seed = $seed, m.seconds = $seconds"
SECONDS = "MATCH (m:ScaleData {id: 'scale'}) RETURN m.seconds AS seconds"


@dataclass
class Size:
    k: int
    rows: int
    import_seconds: float
    imported_now: bool
    store_mib: float
    heap_mib: float
    latency: dict[tuple[str, int], tuple[float, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class Operation:
    name: str
    bodies: list[dict[str, Any]]


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return math.nan


def folder_mib(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def prepare(driver: Driver, k: int, files: Path) -> tuple[float, bool]:
    """Import the k-fold network and the demo clusters unless the instance holds them;
    (seconds of the CORDIS import, whether it ran now)."""
    apply_schema(driver, "neo4j")
    mark = driver.execute_query(MARK, k=k, seed=SEED, database_="neo4j").records
    if mark and mark[0]["same"]:
        seconds = driver.execute_query(SECONDS, database_="neo4j").records[0]["seconds"]
        print(f"k={k}: reusing the imported network (import took {seconds:.0f} s)")
        return float(seconds), False
    wipe(driver)
    apply_schema(driver, "neo4j")
    began = time.perf_counter()
    import_cordis(driver, "neo4j", [files], progress=True)
    seconds = time.perf_counter() - began
    bundle = import_bundle(driver, "neo4j", BUNDLE_DIR)
    derive_memberships(driver, "neo4j", read_mapping(BUNDLE_DIR / MAPPING_FILE, bundle), bundle)
    driver.execute_query(SET_MARK, k=k, seed=SEED, seconds=seconds, database_="neo4j")
    return seconds, True


def sample(driver: Driver, cypher: str) -> list[dict[str, Any]]:
    records = [dict(r) for r in driver.execute_query(cypher, database_="neo4j").records]
    return random.Random(SEED).sample(records, min(SUBJECTS, len(records)))


def operations(driver: Driver, uri: str, password: str) -> list[Operation]:
    """Every kind of request the service offers, each over its fixed subjects."""
    peer = asyncio.run(_peer_cases(uri, password))
    ids = keys(driver)
    clusters = [
        r["id"]
        for r in driver.execute_query(
            "MATCH (c:Cluster) WHERE c.id STARTS WITH 'lci-' RETURN c.id AS id ORDER BY id",
            database_="neo4j",
        ).records
    ]
    partner = QUERIES["partners"]
    brief = QUERIES["brief"]
    cluster = QUERIES["cluster"]
    return [
        *(
            Operation(
                f"peer: {case.key}", [{"query": DOCUMENTS[case.shape], "variables": case.variables}]
            )
            for case in peer
        ),
        Operation("organisations, first 50 by name", [{"query": ORGANIZATIONS}]),
        Operation("projects, first 50 newest first", [{"query": PROJECTS}]),
        Operation(
            "neighbourhood depth 2", [{"query": NEIGHBORHOOD, "variables": {"id": ids["org"]}}]
        ),
        Operation(
            "connection path",
            [{"query": PATH, "variables": {"a": ids["org"], "b": ids["far"]}}],
        ),
        Operation(
            "partner suggestions",
            [
                {"query": partner, "variables": {"id": s["id"]}}
                for s in sample(driver, PARTNER_SUBJECTS)
            ],
        ),
        Operation(
            "consortium with a brief",
            [
                {"query": brief, "variables": {"id": s["id"], "brief": s["brief"]}}
                for s in sample(driver, BRIEF_SUBJECTS)
            ],
        ),
        Operation(
            "cluster recruiting",
            [{"query": cluster, "variables": {"id": c}} for c in clusters],
        ),
        Operation(
            "cluster page: indicators, stats, bridges",
            [{"query": CLUSTER_PAGE, "variables": {"id": c}} for c in clusters],
        ),
    ]


async def _peer_cases(uri: str, password: str) -> list[Any]:
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        return await pick_cases(driver)


def cycle(bodies: list[dict[str, Any]], total: int) -> Iterator[dict[str, Any]]:
    for number in range(total):
        yield bodies[number % len(bodies)]


async def warm(client: httpx.AsyncClient, operation: Operation) -> None:
    """Ask each subject once: plans, and each subject's pages in the cache."""
    for body in operation.bodies:
        await _ask(client, body)


def quantiles(seconds: list[float]) -> tuple[float, float]:
    """(p50 ms, p95 ms)."""
    cuts = statistics.quantiles(seconds, n=100)
    return cuts[49] * 1000, cuts[94] * 1000


async def measure(
    client: httpx.AsyncClient, operation: Operation, clients: int, total: int
) -> tuple[float, float]:
    """(p50 ms, p95 ms) of ``total`` requests, ``clients`` in flight at once."""
    seconds: list[float] = []
    await warm(client, operation)
    pending = cycle(operation.bodies, total)

    async def worker() -> None:
        for body in pending:
            seconds.append(await _ask(client, body))

    await asyncio.gather(*(worker() for _ in range(clients)))
    return quantiles(seconds)


async def alternate(
    asked: list[tuple[httpx.AsyncClient, Operation]], total: int
) -> list[tuple[float, float]]:
    """(p50 ms, p95 ms) per size of ``total`` requests from one client, the sizes taking turns
    request by request: a pause of the machine falls on one request of one size, and a drift
    of its speed on every size alike."""
    for client, operation in asked:
        await warm(client, operation)
    seconds: list[list[float]] = [[] for _ in asked]
    for turn in zip(*(cycle(operation.bodies, total) for _, operation in asked), strict=True):
        for (client, _), body, own in zip(asked, turn, seconds, strict=True):
            own.append(await _ask(client, body))
    return [quantiles(own) for own in seconds]


async def _ask(client: httpx.AsyncClient, body: dict[str, Any]) -> float:
    began = time.perf_counter()
    response = await client.post("/graphql", json=body)
    elapsed = time.perf_counter() - began
    payload = response.json()
    if response.status_code != 200 or payload.get("errors"):
        raise SystemExit(f"bench request failed: {str(payload)[:500]}")
    return elapsed


async def serve(
    settings: dict[int, Settings],
    sizes: list[Size],
    ops: dict[int, list[Operation]],
    levels: list[int],
    total: int,
) -> None:
    """Measure every operation at every level on every size: from one client the sizes take
    turns request by request, from more the sizes one after the other for each operation; a
    machine whose speed drifts during the run (a shared host) then shifts every size alike,
    and the ratios between sizes stay fair."""
    apps = {k: create_app(settings[k]) for k in settings}
    async with contextlib.AsyncExitStack() as stack:
        clients: dict[int, httpx.AsyncClient] = {}
        for k, app in apps.items():
            await stack.enter_async_context(app.router.lifespan_context(app))
            transport = httpx.ASGITransport(app=app)
            clients[k] = await stack.enter_async_context(
                httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=120)
            )
        for number, name in enumerate(op.name for op in ops[sizes[0].k]):
            asked = [(clients[size.k], ops[size.k][number]) for size in sizes]
            for level in levels:
                if level == 1:
                    found = await alternate(asked, total)
                else:
                    found = [await measure(c, op, level, total) for c, op in asked]
                for size, latency in zip(sizes, found, strict=True):
                    size.latency[(name, level)] = latency
                    p50, p95 = latency
                    print(f"  k={size.k} {name:34} {level} clients: {p50:.0f} / {p95:.0f} ms")


def scale_instance(k: int, password: str) -> Instance:
    """The Neo4j of the k-fold network (``.neo4j/scale-k<K>``, port 7710 + k)."""
    heap, pagecache = MEMORY.get(k, MEMORY[10])
    return Instance(
        home=ROOT / ".neo4j" / f"scale-k{k}",
        port=7710 + k,
        password=password,
        heap=heap,
        pagecache=pagecache,
    )


def one_size(k: int, password: str) -> tuple[Instance, Size, list[Operation]]:
    """Start size k's Neo4j (left running), import its network unless it holds it, and
    return it with the size's figures so far and its operations."""
    files = ROOT / ".scale" / f"k{k}"
    rows = ensure(k, SEED, files)
    instance = scale_instance(k, password)
    instance.start()
    with GraphDatabase.driver(
        instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        seconds, now = prepare(driver, k, files)
        ops = operations(driver, instance.uri, password)
        heap_used = driver.execute_query(HEAP_USED, database_="neo4j").records[0]["used"]
    size = Size(
        k=k,
        rows=rows,
        import_seconds=seconds,
        imported_now=now,
        store_mib=folder_mib(instance.home / "data" / "databases" / "neo4j"),
        heap_mib=heap_used / 2**20,
    )
    print(f"k={k}: {rows:,} rows imported in {seconds:.0f} s ({rows / seconds:,.0f} rows/s)")
    return instance, size, ops


def print_table(sizes: list[Size], levels: list[int]) -> None:
    head = "".join(f"{'k=' + str(s.k):>20}" for s in sizes)
    print(f"\n{'':40}{head}")
    columns: list[tuple[str, Callable[[Size], str]]] = [
        ("rows", lambda s: f"{s.rows:,}"),
        (
            "import s (rows/s)",
            lambda s: f"{s.import_seconds:.0f} ({s.rows / s.import_seconds:,.0f})",
        ),
        ("store MiB", lambda s: f"{s.store_mib:,.0f}"),
        ("Neo4j heap in use MiB", lambda s: f"{s.heap_mib:,.0f}"),
    ]
    for label, value in columns:
        print(f"{label:40}" + "".join(f"{value(s):>20}" for s in sizes))
    names = list(dict.fromkeys(name for name, _ in sizes[0].latency))
    print(f"\n{'operation, clients: p50 / p95 ms':40}{head}{'growth':>10}")
    for name in names:
        for clients in levels:
            cells = "".join(f"{cell(s.latency[(name, clients)]):>20}" for s in sizes)
            print(f"{name + ', ' + str(clients):40}{cells}{growth(sizes, name, clients):>10}")


def cell(latency: tuple[float, float]) -> str:
    return f"{latency[0]:.0f} / {latency[1]:.0f}"


def growth(sizes: list[Size], name: str, clients: int) -> str:
    """The slope of log p95 against log rows from the smallest to the largest network."""
    first, last = sizes[0], sizes[-1]
    if len(sizes) < 2 or last.rows == first.rows:
        return "-"
    ratio = last.latency[(name, clients)][1] / first.latency[(name, clients)][1]
    return f"{math.log(ratio) / math.log(last.rows / first.rows):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--k", type=int, nargs="+", default=[1, 3, 10])
    parser.add_argument("--requests", type=int, default=100, help="per operation and level")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--keep", action="store_true", help="leave each Neo4j running")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instances: list[Instance] = []
    try:
        sizes, ops, settings = [], {}, {}
        for k in sorted(args.k):
            instance, size, ops[k] = one_size(k, password)
            instances.append(instance)
            sizes.append(size)
            settings[k] = Settings(uri=instance.uri, password=password, warm_up=False)
        asyncio.run(serve(settings, sizes, ops, args.clients, args.requests))
        print_table(sizes, args.clients)
        print(
            f"\nthis process's resident memory (the service of every size ran in it): "
            f"{rss_mib():,.0f} MiB"
        )
    finally:
        for instance in instances if not args.keep else []:
            instance.stop()


if __name__ == "__main__":
    main()
