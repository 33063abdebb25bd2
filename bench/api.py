"""Latency and throughput of the GraphQL API on the whole network (both programmes).

Run from the repository root: ``.venv/bin/python -m bench.api [--requests N] [--clients 1 8]
[--keep]``.

Starts (or reuses) a Neo4j of its own in ``.neo4j/bench-api`` on port 7692, imports the whole
CORDIS network of both programmes into it exactly like ``bench/import_cordis.py`` (skipped
when the instance already holds it) plus the demo bundle (clusters, objectives, governance)
and the derived cluster memberships, then serves the app in-process and sends representative
queries from 1 and from 8 concurrent clients. Prints p50, p95 and requests per second per
query. Queries whose root field is not in the schema yet are skipped with a note. Stops the
Neo4j when done, also on an error, Ctrl-C or SIGTERM, unless ``--keep`` (``--port`` picks
another port).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from neo4j import Driver, GraphDatabase

from bench.import_cordis import DATA, ROOT
from graph.schema import apply_schema
from graph.settings import DEFAULT_PASSWORD, Settings
from importers.bundle import import_bundle
from importers.cordis import import_cordis
from importers.demo import BUNDLE_DIR, MAPPING_FILE, derive_memberships, read_mapping
from localneo4j import Instance
from schema import schema
from server import create_app

PORT = 7692
HOME = ROOT / ".neo4j" / "bench-api"
MIN_PROJECTS = 40_000  # both programmes have about 43,000 projects; fewer: a partial import


def prepare(driver: Driver) -> None:
    """Import the whole network and the demo bundle unless the instance already holds them."""
    apply_schema(driver, "neo4j")
    records, _, _ = driver.execute_query(
        "MATCH (p:Project) WITH count(p) AS projects "
        "OPTIONAL MATCH (:Organization)-[m:MEMBER_OF]->(:Cluster) "
        "RETURN projects, count(m) AS members",
        database_="neo4j",
    )
    if records[0]["projects"] >= MIN_PROJECTS and records[0]["members"] > 0:
        print(f"reusing the instance: {records[0]['projects']:,} projects already imported")
        return
    began = time.perf_counter()
    report = import_cordis(driver, "neo4j", [DATA], progress=True)
    bundle = import_bundle(driver, "neo4j", BUNDLE_DIR, progress=True)
    derive_memberships(driver, "neo4j", read_mapping(BUNDLE_DIR / MAPPING_FILE, bundle), bundle)
    print(f"imported in {time.perf_counter() - began:.0f} s (cordis ok={report.ok})")


@dataclass(frozen=True)
class Case:
    """One named query of the bench; ``field`` is the root field it needs."""

    name: str
    field: str
    document: str
    variables: Callable[[dict[str, str]], dict[str, Any]]


ORG_DETAIL = """query($id: ID!) { organization(id: $id) {
  id name country kind
  partners(first: 10) { totalCount edges { sharedProjects lastYear node { id name country } } }
} }"""

CLUSTER_DETAIL = """query($id: ID!) { cluster(id: $id) {
  id name
  members(first: 20) { totalCount edges { node { id name } } }
} }"""

LIST_PAGE = """query { organizations(first: 20,
  filter: {country: "DE", kinds: [COMPANY]}, orderBy: {field: PARTNER_COUNT, direction: DESC}) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name city } }
} }"""

SEARCH = """query($q: String!) { search(query: $q, first: 10) {
  score node { __typename id }
} }"""

NEIGHBORHOOD = """query($id: ID!) { neighborhood(centerId: $id, depth: 2, limit: 200) {
  truncated nodes { __typename id } edges { __typename }
} }"""

PATH = """query($a: ID!, $b: ID!) { connectionPath(fromId: $a, toId: $b, maxHops: 4) {
  length nodes { __typename id }
} }"""

CASES = [
    Case("organisation + partners", "organization", ORG_DETAIL, lambda k: {"id": k["org"]}),
    Case("cluster detail", "cluster", CLUSTER_DETAIL, lambda k: {"id": k["cluster"]}),
    Case("list DE companies by partners", "organizations", LIST_PAGE, lambda k: {}),
    Case("search", "search", SEARCH, lambda k: {"q": "universite"}),
    Case("neighborhood depth 2", "neighborhood", NEIGHBORHOOD, lambda k: {"id": k["org"]}),
    Case("connection path", "connectionPath", PATH, lambda k: {"a": k["org"], "b": k["far"]}),
]


def root_fields() -> set[str]:
    query_type = schema._schema.query_type
    return set(query_type.fields) if query_type is not None else set()


def keys(driver: Driver) -> dict[str, str]:
    """Ids to query: a well-connected LU organisation, a far one, the largest cluster."""
    org = driver.execute_query(
        "MATCH (o:Organization {country: 'LU'})-[:PARTICIPATES_IN]->(p) "
        "WITH o, count(p) AS n RETURN o.id AS id ORDER BY n DESC LIMIT 1",
        database_="neo4j",
    ).records[0]["id"]
    far = driver.execute_query(
        "MATCH (o:Organization {country: 'FI'})-[:PARTICIPATES_IN]->(p) "
        "WITH o, count(p) AS n RETURN o.id AS id ORDER BY n DESC LIMIT 1",
        database_="neo4j",
    ).records[0]["id"]
    cluster = driver.execute_query(
        "MATCH (c:Cluster) OPTIONAL MATCH (c)<-[m:MEMBER_OF]-() "
        "WITH c, count(m) AS n RETURN c.id AS id ORDER BY n DESC LIMIT 1",
        database_="neo4j",
    ).records[0]["id"]
    return {"org": org, "far": far, "cluster": cluster}


async def _client_loop(
    client: httpx.AsyncClient, body: dict[str, Any], count: int, out: list[float]
) -> None:
    for _ in range(count):
        began = time.perf_counter()
        response = await client.post("/graphql", json=body)
        out.append(time.perf_counter() - began)
        payload = response.json()
        if response.status_code != 200 or payload.get("errors"):
            raise RuntimeError(f"bench query failed: {payload}")


async def measure(
    client: httpx.AsyncClient, body: dict[str, Any], clients: int, total: int
) -> tuple[float, float, float]:
    """(p50 ms, p95 ms, requests/s) for ``total`` requests split over ``clients``."""
    await _client_loop(client, body, 3, [])  # warm up caches and the query plan
    latencies: list[float] = []
    began = time.perf_counter()
    await asyncio.gather(
        *(_client_loop(client, body, total // clients, latencies) for _ in range(clients))
    )
    elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100)
    return cuts[49] * 1000, cuts[94] * 1000, len(latencies) / elapsed


async def run(settings: Settings, ids: dict[str, str], requests: int, levels: list[int]) -> None:
    available = root_fields()
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    rows: list[tuple[str, int, float, float, float]] = []
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=60) as client,
    ):
        for case in CASES:
            if case.field not in available:
                print(f"skipped {case.name!r}: field {case.field!r} is not in the schema yet")
                continue
            body = {"query": case.document, "variables": case.variables(ids)}
            for clients in levels:
                try:
                    p50, p95, rps = await measure(client, body, clients, requests)
                except RuntimeError as exc:
                    print(f"skipped {case.name!r}: {str(exc)[:300]}")
                    break
                rows.append((case.name, clients, p50, p95, rps))
    print(f"\n{'query':32} {'clients':>7} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8}")
    for name, clients, p50, p95, rps in rows:
        print(f"{name:32} {clients:>7} {p50:>8.1f} {p95:>8.1f} {rps:>8.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200, help="requests per query and level")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--prepare-only", action="store_true", help="import, then stop")
    parser.add_argument("--port", type=int, default=PORT, help="the Neo4j's Bolt port")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(home=HOME, port=args.port, password=password, heap="2g", pagecache="1g")
    with instance.running(keep=args.keep):
        with GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            prepare(driver)
            if args.prepare_only:
                return
            ids = keys(driver)
        print(f"bench ids: {ids}")
        settings = Settings(uri=instance.uri, password=password, warm_up=False)
        asyncio.run(run(settings, ids, args.requests, args.clients))


if __name__ == "__main__":
    main()
