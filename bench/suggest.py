"""Latency of ``suggestPartners`` through the API on the whole H2020 network.

Run: ``.venv/bin/python bench/suggest.py [--queries 200]``. Uses its own Neo4j in
``.neo4j/bench-suggest`` (port 7696); imports the full CORDIS table once (skipped when the
instance already holds it), then asks the in-process app (httpx, ASGI) for the suggestions
of 200 random organisations (fixed seed) and prints p50 and p95 (goal: p95 < 150 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
from pathlib import Path

import httpx
from neo4j import GraphDatabase

from graph.derived import refresh_derived
from graph.settings import DEFAULT_PASSWORD, Settings
from importers.cordis import import_cordis
from localneo4j import Instance
from server import create_app

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CLUSTERGRAPH_DATA", ROOT.parent / "shared" / "data" / "cordis-h2020"))
FILES = [
    DATA / "participations.csv.gz",
    DATA / "organizations.csv",
    DATA / "programme_parts.csv.gz",
]
SEED = 20240601
QUERY = """query($id: ID!) { suggestPartners(organizationId: $id, first: 10) {
  score organization { id name } reasons { kind contribution evidence { id } } } }"""


def prepare(uri: str, password: str) -> list[str]:
    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        record = driver.execute_query(
            "OPTIONAL MATCH (m:BenchData {id: 'bench-suggest'}) RETURN m.complete AS complete"
        ).records[0]
        if not record["complete"]:
            driver.execute_query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS")
            import_cordis(driver, "neo4j", FILES, progress=True)
            driver.execute_query("MERGE (m:BenchData {id: 'bench-suggest'}) SET m.complete = true")
        elif not driver.execute_query(
            "MATCH (o:Organization) WHERE o.sgPartnerIds IS NOT NULL RETURN o.id LIMIT 1"
        ).records:
            refresh_derived(driver, "neo4j")  # an instance imported before sgPartnerIds existed
        rows = driver.execute_query(
            "MATCH (o:Organization) WHERE o.sgProjects > 0 RETURN o.id AS id ORDER BY id"
        ).records
    ids = [r["id"] for r in rows]
    return random.Random(SEED).sample(ids, 200)


async def measure(settings: Settings, ids: list[str]) -> list[float]:
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    seconds: list[float] = []
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for org_id in ids[:5]:  # warm-up (plans, page cache)
            await client.post("/graphql", json={"query": QUERY, "variables": {"id": org_id}})
        for org_id in ids:
            began = time.perf_counter()
            response = await client.post(
                "/graphql", json={"query": QUERY, "variables": {"id": org_id}}
            )
            seconds.append(time.perf_counter() - began)
            body = response.json()
            if body.get("errors"):
                raise SystemExit(f"{org_id}: {body['errors']}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = Instance(
        home=ROOT / ".neo4j" / "bench-suggest",
        port=7696,
        password=password,
        heap="2g",
        pagecache="1g",
    )
    instance.start()
    ids = prepare(instance.uri, password)[: args.queries]
    settings = Settings(uri=instance.uri, password=password, query_timeout=60.0)
    seconds = asyncio.run(measure(settings, ids))
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    print(
        f"suggestPartners(first: 10) over {len(ms)} organisations: "
        f"p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, max {ms[-1]:.0f} ms"
    )


if __name__ == "__main__":
    main()
