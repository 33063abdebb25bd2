"""Latency of the indicators on the whole network (both programmes): every indicator of every
cluster for every year 2014-2025 in one API request (goal: under 1 s at p95).

Run from the repository root: ``.venv/bin/python -m bench.indicators [--requests N] [--keep]``.

Starts (or reuses) a Neo4j of its own in ``.neo4j/bench-indicators`` on port 7694, imports the
whole CORDIS network of both programmes, the demo bundle and the derived memberships into it
exactly like ``bench/api.py`` (skipped when the instance already holds them), then serves the
app in-process and sends the request ``--requests`` times from one client after three
warm-up requests. Prints p50, p95 and the worst time of the request, and of each indicator
query alone (``graph/cypher/indicator_*.cypher`` on the driver, every cluster at once). With
``--page`` it then serves the app and the built page (``make web``) with uvicorn on port 8094 and
times the automotive cluster's scorecard page to fully drawn in headless Chromium
(``web/scripts/measure.mjs ... scorecard``; goal: under 2 s). Stops
the Neo4j when done, also on an error or Ctrl-C, unless ``--keep`` (``--port`` picks another
port).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from neo4j import GraphDatabase

from bench import NO_WARM_UP
from bench.api import prepare
from bench.import_cordis import ROOT
from graph.client import Graph, open_driver
from graph.cypher import query
from graph.indicators import POPULATIONS, QUERIES
from graph.settings import DEFAULT_PASSWORD, Settings
from localneo4j import Instance
from server import create_app

PORT = 7694
PAGE_PORT = 8094
HOME = ROOT / ".neo4j" / "bench-indicators"
FIRST, LAST = 2014, 2025
REQUEST = f"""{{ clusters {{ id indicators(from: "{FIRST}-01-01", to: "{LAST}-12-31") {{
  indicator {{ id }} population total years {{ year value partial }}
}} }} }}"""


def summary(latencies: list[float]) -> str:
    """p50, p95 and worst, in milliseconds."""
    cuts = statistics.quantiles(latencies, n=100)
    return f"{cuts[49] * 1000:8.1f} {cuts[94] * 1000:8.1f} {max(latencies) * 1000:8.1f}"


async def timed(call: Callable[[], Awaitable[Any]], count: int) -> list[float]:
    """Seconds of ``count`` calls of ``call``, after three warm-up calls."""
    for _ in range(3):
        await call()
    latencies = []
    for _ in range(count):
        began = time.perf_counter()
        await call()
        latencies.append(time.perf_counter() - began)
    return latencies


async def alone(settings: Settings, requests: int) -> dict[str, list[float]]:
    """The seconds of each indicator query alone, every cluster at once."""
    driver = open_driver(settings)
    try:
        graph = Graph(driver, settings.database, timeout=60)
        ids = [row["id"] for row in await graph.read("MATCH (c:Cluster) RETURN c.id AS id")]
        params = {
            "groups": [{"key": i, "clusterIds": [i]} for i in ids],
            "populations": list(POPULATIONS),
            "from": dt.date(FIRST, 1, 1),
            "to": dt.date(LAST, 12, 31),
        }
        found = {}
        for name in QUERIES:

            async def one(name: str = name) -> None:
                await graph.read(query(name), params)

            found[name] = await timed(one, requests)
        return found
    finally:
        await driver.close()


async def run(settings: Settings, requests: int) -> None:
    # The queries alone first: a request leaves its deadline in this task's context.
    queries = await alone(settings, requests)
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=60) as client,
    ):

        async def ask() -> dict[str, Any]:
            response = await client.post("/graphql", json={"query": REQUEST})
            body: dict[str, Any] = response.json()
            if response.status_code != 200 or body.get("errors"):
                raise RuntimeError(f"bench request failed: {str(body)[:500]}")
            return body

        clusters = (await ask())["data"]["clusters"]
        values = sum(len(s["years"]) + 1 for c in clusters for s in c["indicators"])
        print(
            f"one request: {len(clusters)} clusters, {len(clusters[0]['indicators'])} series "
            f"each (indicators x populations), years {FIRST}-{LAST}: {values:,} values"
        )
        request = await timed(ask, requests)
    print(f"\n{'':34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   ({requests} runs each)")
    print(f"{'the request (all indicators)':34} {summary(request)}")
    for name, latencies in queries.items():
        print(f"{name + '.cypher alone':34} {summary(latencies)}")


def measure_page(settings: Settings) -> None:
    """The scorecard page fully drawn in headless Chromium, served by uvicorn on this network."""
    env = {
        **os.environ,
        "NEO4J_URI": settings.uri,
        "NEO4J_PASSWORD": settings.password,
        "NEO4J_DATABASE": settings.database,
        **NO_WARM_UP,
    }
    bin_dir = os.path.dirname(sys.executable)
    serve = [f"{bin_dir}/uvicorn", "server:create_app", "--factory", "--port", str(PAGE_PORT)]
    base = f"http://127.0.0.1:{PAGE_PORT}"
    quiet = subprocess.DEVNULL
    with subprocess.Popen(serve, cwd=ROOT, env=env, stdout=quiet, stderr=quiet) as service:
        try:
            for _ in range(120):
                try:
                    if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.5)
            measure = ["node", "scripts/measure.mjs", base, "scorecard"]
            output = subprocess.run(measure, cwd=ROOT / "web", capture_output=True, text=True)
            print(output.stdout.splitlines()[0] if output.returncode == 0 else output.stderr)
        finally:
            service.terminate()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=50, help="timed requests")
    parser.add_argument("--port", type=int, default=PORT, help="the Neo4j's Bolt port")
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    parser.add_argument("--page", action="store_true", help="also time the scorecard page")
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(home=HOME, port=args.port, password=password, heap="2g", pagecache="1g")
    with instance.running(keep=args.keep):
        with GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            prepare(driver)
        settings = Settings(uri=instance.uri, password=password, warm_up=False)
        asyncio.run(run(settings, args.requests))
        if args.page:
            measure_page(settings)


if __name__ == "__main__":
    main()
