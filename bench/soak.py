"""Soak test: many clients, mixed reads, suggestions and writes, for minutes; errors, latency
and the server's memory over time.

Run: ``.venv/bin/python -m bench.soak [--clients 8] [--seconds 600] [--network full] [--keep]``;
against the k=10 network of ``bench.scale``: ``--network full --home .neo4j/scale-k10 --port
7720 --heap 4g --pagecache 6g``.

Uses a Neo4j of its own (``.neo4j/soak``, port 7697; with ``--network full``
``.neo4j/soak-full``, port 7698; ``--home`` and ``--port`` pick another) loaded with the demo
network, or with ``--network full`` the whole network of both programmes (abstracts
included) and the demo's clusters (skipped when it is there), creates an admin API key, serves the
app with uvicorn in a child process, and runs ``--clients`` clients that each send, one after
the other with ``--think`` seconds between two (people at a screen, not a load generator), a
request drawn from :data:`MIX` (reads of every kind, the three suggestion queries, and writes
with the admin key: new organisations, memberships, measurements), after one request of each
kind to warm the caches up. Every
``--every`` seconds it prints the requests so far, errors, p95 and the server's resident
memory; at the end p50/p95/p99 per kind and a verdict: zero errors, and resident memory flat
after the warm-up (the first fifth of the run): its growth from the first sample after the
warm-up to the highest sample of the last fifth is under ``--max-growth`` MiB. Exit code 1
when the verdict fails. Stops the server and the Neo4j, also on Ctrl-C, unless ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from neo4j import Driver, GraphDatabase

from bench.import_cordis import ROOT
from bench.loop import percentile, rss_mib, serving
from graph.repositories.apikeys import create_key
from graph.settings import DEFAULT_PASSWORD
from importers.demo import COUNTRY, load_demo
from localneo4j import Instance

PORT = 7697
HOME = ROOT / ".neo4j" / "soak"
FULL_PORT = 7698
FULL_HOME = ROOT / ".neo4j" / "soak-full"
SEED = 20240611
RUN = f"{int(time.time())}"  # ids of this run's writes
COUNTER = itertools.count()  # numbers the writes

Variables = Callable[[random.Random, int], dict[str, Any]]


@dataclass(frozen=True)
class Kind:
    """One kind of request in the mix: its document, variables, weight, and whether it writes."""

    name: str
    document: str
    variables: Variables
    weight: int
    write: bool = False


@dataclass
class Ids:
    """Ids of the demo network the requests pick from."""

    organizations: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    clusters: list[str] = field(default_factory=list)
    objectives: list[str] = field(default_factory=list)


IDS = Ids()


def _pick(values: list[str]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(values)


ORG = """query($id: ID!) { organization(id: $id) { id name kind country
  clusters { cluster { id name } since source }
  projects(first: 20) { edges { role node { id acronym startDate } } }
  competences { weight topic { id name } }
  partners(first: 10) { totalCount edges { sharedProjects node { id name } } } } }"""
LIST = """query($after: String) { organizations(first: 20, after: $after,
  orderBy: {field: PARTNER_COUNT, direction: DESC}) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name projectCount } } } }"""
CLUSTER = """query($id: ID!) { cluster(id: $id) { name memberCounts { kind count }
  members(first: 20) { totalCount edges { source node { id name } } }
  objectives { metric progress measurements { date value } }
  stats { members projects partnersOutside countries }
  bridges(first: 5) { score organization { name } } } }"""
PROJECTS = """query { projects(first: 20) { totalCount edges { node { id acronym
  participants(first: 50) { edges { role node { id name } } } topics { name } } } } }"""
SEARCH = """query($q: String!) { search(query: $q, first: 10) { score node { __typename id } } }"""
NEIGHBORHOOD = """query($id: ID!) { neighborhood(centerId: $id, depth: 2, limit: 150) {
  truncated nodes { __typename id } edges { source target type } } }"""
PATH = """query($a: ID!, $b: ID!) { connectionPath(fromId: $a, toId: $b, maxHops: 4) {
  length nodes { __typename id } } }"""
REASONS = "score organization { id name } reasons { kind label contribution evidence { id } }"
SUGGEST_PARTNERS = f"""query($id: ID!) {{ suggestPartners(organizationId: $id, first: 10) {{
  {REASONS} }} }}"""
SUGGEST_CONSORTIUM = f"""query($id: ID!) {{ suggestConsortium(input: {{projectId: $id}}, first: 10)
  {{ {REASONS} }} }}"""
SUGGEST_MEMBERS = f"""query($id: ID!) {{ suggestClusterMembers(clusterId: $id, first: 10) {{
  {REASONS} }} }}"""
CREATE = """mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  __typename ... on CreateOrganizationSuccess { organization { id } } } }"""
MEMBERSHIP = """mutation($input: AddMembershipInput!) { addMembership(input: $input) {
  __typename } }"""
MEASUREMENT = """mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) {
  __typename } }"""
WORDS = ["universite", "luxembourg", "institute", "energy", "space", "health", "materials"]

MIX = [
    Kind("organization", ORG, lambda r, n: {"id": r.choice(IDS.organizations)}, 12),
    Kind("list page", LIST, lambda r, n: {"after": None}, 8),
    Kind("cluster page", CLUSTER, lambda r, n: {"id": r.choice(IDS.clusters)}, 6),
    Kind("projects page", PROJECTS, lambda r, n: {}, 5),
    Kind("search", SEARCH, lambda r, n: {"q": r.choice(WORDS)}, 10),
    Kind("neighborhood", NEIGHBORHOOD, lambda r, n: {"id": r.choice(IDS.organizations)}, 4),
    Kind(
        "connection path",
        PATH,
        lambda r, n: {"a": r.choice(IDS.organizations), "b": r.choice(IDS.organizations)},
        4,
    ),
    Kind("suggestPartners", SUGGEST_PARTNERS, lambda r, n: {"id": r.choice(IDS.organizations)}, 8),
    Kind("suggestConsortium", SUGGEST_CONSORTIUM, lambda r, n: {"id": r.choice(IDS.projects)}, 4),
    Kind("suggestClusterMembers", SUGGEST_MEMBERS, lambda r, n: {"id": r.choice(IDS.clusters)}, 3),
    Kind(
        "createOrganization",
        CREATE,
        lambda r, n: {
            "input": {
                "id": f"soak-{RUN}-{n}",
                "name": f"Soak Test Company {RUN} {n}",
                "kind": "COMPANY",
                "country": "LU",
            }
        },
        2,
        write=True,
    ),
    Kind(
        "addMembership",
        MEMBERSHIP,
        lambda r, n: {
            "input": {
                "organizationId": r.choice(IDS.organizations),
                "clusterId": r.choice(IDS.clusters),
            }
        },
        1,
        write=True,
    ),
    Kind(
        "recordMeasurement",
        MEASUREMENT,
        lambda r, n: {
            "input": {
                "objectiveId": r.choice(IDS.objectives),
                "date": f"20{10 + n % 10}-0{1 + n % 9}-1{n % 10}",
                "value": float(n % 50),
                "note": "soak test",
            }
        },
        1,
        write=True,
    ),
]


def prepare(driver: Driver, network: str) -> str:
    """Load the network unless it is there (``demo``: the Luxembourg demo; ``full``: every
    project of both programmes with the demo's clusters); fill :data:`IDS`; return an admin
    token."""
    if not driver.execute_query("MATCH (c:Cluster) RETURN c.id LIMIT 1").records:
        load_demo(driver, "neo4j", progress=True, country=COUNTRY if network == "demo" else None)
    # measurements are recorded by hand only on objectives the data does not measure
    lists = {
        "organizations": "MATCH (o:Organization)-[:PARTICIPATES_IN]->() "
        "WITH DISTINCT o RETURN o.id AS id ORDER BY id",
        "projects": "MATCH (p:Project) RETURN p.id AS id ORDER BY id",
        "clusters": "MATCH (c:Cluster) WHERE c.id STARTS WITH 'lci-' RETURN c.id AS id ORDER BY id",
        "objectives": "MATCH (o:Objective) WHERE o.indicator IS NULL AND "
        "coalesce(o.fromClusters, false) = false RETURN o.id AS id ORDER BY id",
    }
    for name, cypher in lists.items():
        setattr(IDS, name, [r["id"] for r in driver.execute_query(cypher).records])
    return create_key(driver, "neo4j", "admin", [], f"soak {RUN}").token


@dataclass
class Tally:
    """What the clients saw."""

    seconds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)

    def all_seconds(self) -> list[float]:
        return [s for values in self.seconds.values() for s in values]


async def client(
    http: httpx.AsyncClient, index: int, token: str, stop: float, tally: Tally, think: float
) -> None:
    rng = random.Random(SEED + index)
    weights = [kind.weight for kind in MIX]
    while time.monotonic() < stop:
        await ask(http, rng.choices(MIX, weights)[0], rng, token, tally)
        await asyncio.sleep(think)


async def ask(
    http: httpx.AsyncClient, kind: Kind, rng: random.Random, token: str, tally: Tally
) -> None:
    """Send one request of ``kind``; record its time, or an error if it failed."""
    number = next(COUNTER)
    headers = {"authorization": f"Bearer {token}"} if kind.write else {}
    body = {"query": kind.document, "variables": kind.variables(rng, number)}
    began = time.perf_counter()
    try:
        response = await http.post("/graphql", json=body, headers=headers)
    except httpx.HTTPError as exc:
        tally.errors.append(f"{kind.name}: {exc!r}")
        return
    tally.seconds[kind.name].append(time.perf_counter() - began)
    payload = response.json()
    problem = response.status_code != 200 or payload.get("errors")
    answer = next(iter((payload.get("data") or {}).values()), None)
    if kind.write and isinstance(answer, dict):
        problem = problem or not answer.get("__typename", "").endswith("Success")
    if problem:
        tally.errors.append(f"{kind.name} {response.status_code}: {response.text[:300]}")


async def soak(base: str, token: str, args: argparse.Namespace, pid: int) -> bool:
    """Run the clients, print progress and the summary; True when the verdict passes."""
    limits = httpx.Limits(max_connections=args.clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        warm = Tally()
        for kind in MIX:
            await ask(http, kind, random.Random(SEED), token, warm)
        tally = Tally()
        samples: list[tuple[float, float]] = []  # (seconds since start, RSS MiB)
        began = time.monotonic()
        stop = began + args.seconds
        tasks = [
            asyncio.create_task(client(http, i, token, stop, tally, args.think))
            for i in range(args.clients)
        ]
        print(f"{'s':>5} {'requests':>9} {'errors':>7} {'p95 ms':>7} {'RSS MiB':>8}")
        while not all(task.done() for task in tasks):
            await asyncio.wait(tasks, timeout=args.every)
            elapsed = time.monotonic() - began
            samples.append((elapsed, rss_mib(pid)))
            done = tally.all_seconds()
            p95 = percentile(done, 0.95) * 1000 if done else 0.0
            print(
                f"{elapsed:5.0f} {len(done):9} {len(tally.errors):7} {p95:7.0f} "
                f"{samples[-1][1]:8.0f}",
                flush=True,
            )
        for task in tasks:
            task.result()
    return verdict(tally, samples, args)


def verdict(tally: Tally, samples: list[tuple[float, float]], args: argparse.Namespace) -> bool:
    print(f"\n{'kind':24} {'n':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    for kind in MIX:
        ms = [s * 1000 for s in tally.seconds.get(kind.name, [])]
        if ms:
            print(
                f"{kind.name:24} {len(ms):6} {statistics.median(ms):7.0f} "
                f"{percentile(ms, 0.95):7.0f} {percentile(ms, 0.99):7.0f}"
            )
    every = [s * 1000 for s in tally.all_seconds()]
    total = args.seconds
    print(
        f"{'all':24} {len(every):6} {statistics.median(every):7.0f} "
        f"{percentile(every, 0.95):7.0f} {percentile(every, 0.99):7.0f}  "
        f"({len(every) / total:.0f} requests/s)"
    )
    for error in tally.errors[:10]:
        print(f"error: {error}")
    after_warmup = [rss for t, rss in samples if t >= total / 5]
    last = [rss for t, rss in samples if t >= total * 4 / 5]
    growth = max(last) - after_warmup[0] if after_warmup and last else float("nan")
    flat = growth < args.max_growth
    print(
        f"\nerrors: {len(tally.errors)}; RSS after warm-up {after_warmup[0]:.0f} MiB, "
        f"highest in the last fifth {max(last):.0f} MiB, growth {growth:+.0f} MiB "
        f"(limit {args.max_growth:.0f}): {'flat' if flat else 'GROWING'}"
    )
    passed = flat and not tally.errors
    print(f"verdict: {'PASS' if passed else 'FAIL'}")
    return passed


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--think", type=float, default=1.0, help="seconds between requests")
    parser.add_argument("--every", type=float, default=30.0, help="seconds between samples")
    parser.add_argument("--max-growth", type=float, default=30.0, help="MiB, after warm-up")
    parser.add_argument(
        "--network",
        choices=("demo", "full"),
        default="demo",
        help="demo: the Luxembourg demo network; full: both programmes whole, abstracts "
        "included, with the demo's clusters (its own Neo4j: .neo4j/soak-full, port 7698, "
        "heap 2 GB, page cache 1 GB)",
    )
    parser.add_argument("--home", type=Path, default=None, help="the Neo4j's folder")
    parser.add_argument("--port", type=int, default=None, help="the Neo4j's Bolt port")
    parser.add_argument("--http-port", type=int, default=8797, help="the server's port")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    parser.add_argument("--heap", help="the Neo4j's heap (full: 2g, demo: 1g)")
    parser.add_argument("--pagecache", help="the Neo4j's page cache (full: 1g, demo: 512m)")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    full = args.network == "full"
    instance = Instance(
        home=args.home or (FULL_HOME if full else HOME),
        port=args.port or (FULL_PORT if full else PORT),
        password=password,
        heap=args.heap or ("2g" if full else "1g"),
        pagecache=args.pagecache or ("1g" if full else "512m"),
    )
    with instance.running(keep=args.keep):
        with GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            token = prepare(driver, args.network)
        print(
            f"{len(IDS.organizations)} organisations, {len(IDS.projects)} projects, "
            f"{len(IDS.clusters)} clusters; {args.clients} clients for {args.seconds:.0f} s, "
            f"{args.think:g} s between requests"
        )
        with serving(instance.uri, password, args.http_port) as server:
            base = f"http://127.0.0.1:{args.http_port}"
            passed = asyncio.run(soak(base, token, args, server.pid))
    raise SystemExit(0 if passed else 1)


if __name__ == "__main__":
    main()
