"""Does the service stay responsive while heavy queries run? ``/healthz`` latency under load.

Run: ``.venv/bin/python -m bench.loop [--query costliest|stall] [--copies 3] [--seconds 30]``.

Uses the whole H2020 network in a Neo4j of its own (``.neo4j/bench-api``, port 7692, prepared
as ``bench/api.py`` does; ``--home`` and ``--port`` pick another), serves the app with uvicorn
in a child process, then runs ``--copies`` clients that each send the chosen query again and
again for ``--seconds`` while one more client asks ``/healthz`` every 20 ms. Prints the heavy
queries' latency, status and size, ``/healthz`` p50/p95/p99/max (idle for 10 s first, to
show the machine's own noise, then under the load), and the server's resident
memory before, at its peak and after. Stops the server and the Neo4j it started, also on
Ctrl-C, unless ``--keep``.

- ``stall``: the audit's query (100 organisations by partner count, 100 partners each, all
  their projects); refused by the cost limit since it was introduced.
- ``costliest``: the costliest queries the default limits allow, sent in turn.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from neo4j import GraphDatabase

from bench import NO_WARM_UP
from bench.api import HOME, PORT, prepare
from bench.import_cordis import ROOT
from graph.settings import DEFAULT_PASSWORD
from localneo4j import Instance

STALL = (
    "{organizations(first:100,orderBy:{field:PARTNER_COUNT,direction:DESC}){edges{node{name "
    "partners(first:100){edges{node{name projects(first:100){edges{node{id}}}}}}}}}}"
)
# Each costs just under the default limit of 5,000 (schema/cost.py).
COSTLIEST = [
    # 100 organisations with most partners, 23 partners each (cost 4,901).
    "{organizations(first:100,orderBy:{field:PARTNER_COUNT,direction:DESC}){edges{node{name "
    "partners(first:23){edges{sharedProjects node{id name country}}}}}}}",
    # 24 organisations with most projects, a page of 100 projects each (cost 4,873).
    "{organizations(first:24,orderBy:{field:PROJECT_COUNT,direction:DESC}){edges{node{name "
    "projects(first:100){edges{role node{id acronym startDate endDate}}}}}}}",
    # 24 projects with a page of 100 participants each (cost 4,873).
    "{projects(first:24){edges{node{acronym participants(first:100){edges{role node{id name}}}}}}}",
]
QUERIES = {"stall": [STALL], "costliest": COSTLIEST}
HEALTH_INTERVAL = 0.02


def rss_mib(pid: int) -> float:
    """Resident memory of a process, in MiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def serving(neo4j_uri: str, password: str, http_port: int) -> Iterator[subprocess.Popen[bytes]]:
    """uvicorn serving the app on ``http_port``; stopped on exit."""
    env = {**os.environ, "NEO4J_URI": neo4j_uri, "NEO4J_PASSWORD": password, **NO_WARM_UP}
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "server:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(http_port),
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{http_port}/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        else:
            raise SystemExit("the server did not become ready within 60 s")
        yield server
    finally:
        server.terminate()  # uvicorn waits for the requests in flight ...
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()  # ... which a stalled query may hold for minutes
            server.wait()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def idle_health(base: str, seconds: float) -> None:
    """``/healthz`` latency with no other request in flight (the machine's own noise)."""
    health = []
    stop = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base) as client:
        while time.monotonic() < stop:
            began = time.perf_counter()
            await client.get("/healthz")
            health.append((time.perf_counter() - began) * 1000)
            await asyncio.sleep(HEALTH_INTERVAL)
    print(f"/healthz idle, {summary(health)}")


def summary(ms: list[float]) -> str:
    return (
        f"{len(ms)} requests, ms: p50 {statistics.median(ms):.1f}, "
        f"p95 {percentile(ms, 0.95):.1f}, p99 {percentile(ms, 0.99):.1f}, max {max(ms):.1f}"
    )


async def load(base: str, documents: list[str], copies: int, seconds: float, pid: int) -> None:
    """Run the heavy clients and the health poller; print what they saw."""
    stop = time.monotonic() + seconds
    heavy: list[tuple[float, int, int, bool]] = []  # seconds, status, bytes, had errors
    health: list[float] = []
    peak = [rss_mib(pid)]

    async def heavy_client(client: httpx.AsyncClient, index: int) -> None:
        turn = index
        while time.monotonic() < stop:
            document = documents[turn % len(documents)]
            turn += 1
            began = time.perf_counter()
            response = await client.post("/graphql", json={"query": document})
            elapsed = time.perf_counter() - began
            ends = response.content[:200] + response.content[-4000:]
            errors = b'"errors"' in ends
            heavy.append((elapsed, response.status_code, len(response.content), errors))
            if errors and len(heavy) <= copies:
                print(f"  answer with errors: {response.text[:300]}")

    async def health_client(client: httpx.AsyncClient) -> None:
        await asyncio.sleep(0.5)  # let the heavy queries start
        while time.monotonic() < stop:
            began = time.perf_counter()
            response = await client.get("/healthz")
            health.append(time.perf_counter() - began)
            if response.status_code != 200:
                raise SystemExit(f"/healthz answered {response.status_code}")
            peak.append(rss_mib(pid))
            await asyncio.sleep(HEALTH_INTERVAL)

    timeout = httpx.Timeout(300.0)
    async with (
        httpx.AsyncClient(base_url=base, timeout=timeout) as heavy_http,
        httpx.AsyncClient(base_url=base, timeout=timeout) as health_http,
    ):
        await asyncio.gather(
            *(heavy_client(heavy_http, i) for i in range(copies)), health_client(health_http)
        )
    times = [h[0] for h in heavy]
    statuses = sorted({h[1] for h in heavy})
    print(
        f"heavy queries: {len(heavy)} answered by {copies} clients, statuses {statuses}, "
        f"with errors {sum(h[3] for h in heavy)}, "
        f"seconds p50 {statistics.median(times):.2f} max {max(times):.2f}, "
        f"largest answer {max(h[2] for h in heavy) / 1e6:.2f} MB"
    )
    print(f"/healthz under load, {summary([h * 1000 for h in health])}")
    print(f"server RSS peak during the load: {max(peak):.0f} MiB")


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--query", choices=sorted(QUERIES), default="costliest")
    parser.add_argument("--copies", type=int, default=3, help="heavy clients at once")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--home", type=Path, default=HOME, help="the Neo4j's folder")
    parser.add_argument("--port", type=int, default=PORT, help="the Neo4j's Bolt port")
    parser.add_argument("--http-port", type=int, default=8792, help="the server's port")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(home=args.home, port=args.port, password=password, heap="2g")
    with instance.running(keep=args.keep):
        with GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            prepare(driver)
        with serving(instance.uri, password, args.http_port) as server:
            print(f"server RSS before: {rss_mib(server.pid):.0f} MiB")
            base = f"http://127.0.0.1:{args.http_port}"
            documents = QUERIES[args.query]
            asyncio.run(idle_health(base, 10.0))
            asyncio.run(load(base, documents, args.copies, args.seconds, server.pid))
            time.sleep(2)
            print(f"server RSS after: {rss_mib(server.pid):.0f} MiB")


if __name__ == "__main__":
    main()
