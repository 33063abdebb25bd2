"""Cluster recruiting in process: ``suggestClusterMembers`` for the six demo clusters, first
15, without a filter and with the web page's default (the cluster's country, LU), against a
running Neo4j (e.g. ``bench.scale``'s k-fold instances: port 7711 for k=1, 7720 for k=10).

Run: ``.venv/bin/python -m bench.recruit --port 7720 [--rounds 3]``. Prints p50, p95 and max
per filter over the rounds (one warm-up round first).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any

import httpx

from graph.settings import DEFAULT_PASSWORD, Settings
from server import create_app

QUERY = """query($id: ID!, $filter: SuggestionFilter) {
  suggestClusterMembers(clusterId: $id, first: 15, filter: $filter) { organization { id } summary }
}"""
CLUSTERS = (
    "lci-automotive",
    "lci-biohealth",
    "lci-ecoinnovation",
    "lci-ict",
    "lci-materials",
    "lci-space",
)
FILTERS: tuple[dict[str, Any] | None, ...] = (None, {"countries": ["LU"]})


async def measure(port: int, rounds: int) -> None:
    settings = Settings(uri=f"bolt://127.0.0.1:{port}", password=DEFAULT_PASSWORD, warm_up=False)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", timeout=120
        ) as c:
            for wanted in FILTERS:
                times: list[float] = []
                for number in range(rounds + 1):
                    for cluster in CLUSTERS:
                        began = time.perf_counter()
                        body = (
                            await c.post(
                                "/graphql",
                                json={
                                    "query": QUERY,
                                    "variables": {"id": cluster, "filter": wanted},
                                },
                            )
                        ).json()
                        if "errors" in body:
                            raise SystemExit(f"{cluster}: {body['errors'][0]['message']}")
                        if number:  # the first round warms plans and caches
                            times.append((time.perf_counter() - began) * 1000)
                times.sort()
                p95 = times[max(0, int(0.95 * len(times)) - 1)]
                print(
                    f"filter {wanted or 'none'}: p50 {statistics.median(times):.0f} ms, "
                    f"p95 {p95:.0f} ms, max {times[-1]:.0f} ms ({len(times)} requests)"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True, help="the Neo4j's Bolt port")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(measure(args.port, args.rounds))


if __name__ == "__main__":
    main()
