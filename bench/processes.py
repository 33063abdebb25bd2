"""Throughput of the light queries from one and from several service processes.

Run: ``.venv/bin/python -m bench.processes [--workers 1 2] [--clients 16] [--seconds 30]
[--k 1]`` (after ``python -m bench.scale --k 1`` has imported the network into
``.neo4j/scale-k<K>``; it starts that Neo4j, or uses it when it runs, and stops it at the end
unless ``--keep``).

For each number of processes: serves the app with ``uvicorn --workers N`` (the production
command of docs/operations.md) in a child process, warms each query up, then ``--clients``
clients send the light queries of the peer comparison (an organisation's page, a cluster's
members, a country's organisations, a project's participants, a search) in turn for
``--seconds``. Prints requests per second in all, per process and per core used, the
service's CPU time per request (all its processes, from /proc), and p50 / p95. The load
generator runs in this process on the same machine, so it takes CPU from the service: compare
the CPU time per request between 1 and N processes, not the raw throughput.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from neo4j import AsyncGraphDatabase

from bench import NO_WARM_UP
from bench.peer.cases import Case, pick_cases
from bench.peer.load import cpu_seconds
from bench.peer.ours import DOCUMENTS
from bench.scale_network import ROOT
from graph.settings import DEFAULT_PASSWORD
from localneo4j import Instance

PORT = 8790
LIGHT = ("company", "cluster", "project", "country", "search")


def children(pid: int) -> list[int]:
    """The process and its children (uvicorn's workers), from /proc."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        for child in text:
            found.extend(children(int(child)))
    return found


def service_cpu(pid: int) -> float:
    return sum(cpu_seconds(p) for p in children(pid))


def start(workers: int, uri: str, password: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEO4J_URI": uri, "NEO4J_PASSWORD": password, **NO_WARM_UP}
    command = [
        sys.executable,
        *("-m", "uvicorn", "server:create_app", "--factory"),
        *("--host", "127.0.0.1", "--port", str(PORT), "--workers", str(workers)),
        "--no-access-log",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            ready = httpx.get(f"http://127.0.0.1:{PORT}/readyz", timeout=2).status_code == 200
            # one process serves alone; several are a supervisor's children (with, for
            # multiprocessing, a resource tracker beside them)
            if ready and len(children(process.pid)) >= (1 if workers == 1 else workers + 1):
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"uvicorn with {workers} workers did not become ready within 90 s")


async def load(
    bodies: list[dict[str, Any]], clients: int, seconds: float, pid: int
) -> tuple[list[float], float, float]:
    """Latencies, seconds and service CPU seconds of ``seconds`` of load, after a warm-up."""
    latencies: list[float] = []
    turn = itertools.cycle(bodies)
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{PORT}", limits=limits) as client:
        for body in bodies * 4:  # warm-up: every query on (most) workers
            (await client.post("/graphql", json=body)).raise_for_status()
        cpu = service_cpu(pid)
        began = time.perf_counter()
        stop = time.monotonic() + seconds

        async def one_client() -> None:
            while time.monotonic() < stop:
                began = time.perf_counter()
                response = await client.post("/graphql", json=next(turn))
                if response.status_code != 200 or response.json().get("errors"):
                    raise SystemExit(f"bench request failed: {response.text[:300]}")
                latencies.append(time.perf_counter() - began)

        await asyncio.gather(*(one_client() for _ in range(clients)))
        return latencies, time.perf_counter() - began, service_cpu(pid) - cpu


async def cases(uri: str, password: str) -> list[Case]:
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        return [case for case in await pick_cases(driver) if case.key in LIGHT]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--k", type=int, default=1, help="which bench.scale network to use")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(
        home=ROOT / ".neo4j" / f"scale-k{args.k}",
        port=7710 + args.k,
        password=password,
        heap="2g",
        pagecache="1g",
    )
    with instance.running(keep=args.keep):
        bodies = [
            {"query": DOCUMENTS[case.shape], "variables": case.variables}
            for case in asyncio.run(cases(instance.uri, password))
        ]
        print(
            f"{'processes':>9} {'req/s':>8} {'per process':>12} {'per core':>9} "
            f"{'CPU ms/req':>11} {'p50 ms':>7} {'p95 ms':>7} {'load':>5}"
        )
        for workers in args.workers:
            process = start(workers, instance.uri, password)
            try:
                latencies, elapsed, cpu = asyncio.run(
                    load(bodies, args.clients, args.seconds, process.pid)
                )
            finally:
                process.terminate()
                process.wait(timeout=30)
            rate = len(latencies) / elapsed
            cuts = statistics.quantiles(latencies, n=100)
            print(
                f"{workers:>9} {rate:>8.0f} {rate / workers:>12.0f} {rate / (cpu / elapsed):>9.0f} "
                f"{cpu * 1000 / len(latencies):>11.2f} {cuts[49] * 1000:>7.1f} "
                f"{cuts[94] * 1000:>7.1f} {os.getloadavg()[0]:>5.1f}"
            )


if __name__ == "__main__":
    main()
