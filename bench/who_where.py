"""Who and where in a brief: does the answer hold the kind and country asked, on the subject?

Run: ``.venv/bin/python -m bench.who_where [--port 7702] [--keep]``.

Uses the Neo4j of ``bench/suggest.py`` (the whole network of both programmes). For each brief
of ``bench/data/who_where_briefs.txt`` (managers' briefs that say who and where besides what,
in English, French and German), the first 10 organisations suggested with the brief searched
as typed (every word a key word, as before 2026-12-07) and as the API asks it now (who and
where read as filters, ``recommender/brief_reading.py``). Prints per brief and on average the
share of the 10 that are of the kind, SME status and country the brief asked for ("who"), that
have a project on the subject (the judge of ``bench/precision.py`` with the brief's English
subject words), and both, and how many were found (fewer than 10 when few organisations of
that kind and country work on the subject), and the time each way takes.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path
from typing import Any

from neo4j import AsyncGraphDatabase

from bench import suggest as bench_suggest
from bench.precision import PROJECTS, Subject, on_subject
from graph.client import Graph
from recommender.brief_reading import Reading, read_brief
from recommender.engine import Brief, Criteria, suggest_consortium

BRIEFS = Path(__file__).with_name("data") / "who_where_briefs.txt"
FIRST = 10
ORGANIZATIONS = """
UNWIND $ids AS id MATCH (o:Organization {id: id})
RETURN o.id AS id, [k IN labels(o) WHERE k <> 'Organization'] AS kinds, o.country AS country,
       o.sme AS sme
"""


def briefs() -> list[tuple[str, str]]:
    lines = BRIEFS.read_text(encoding="utf-8").splitlines()
    pairs = [line.split("|") for line in lines if line.strip() and not line.startswith("#")]
    return [(brief.strip(), subject.strip()) for brief, subject in pairs]


def fits(reading: Reading, org: dict[str, Any]) -> bool:
    return (
        (not reading.kinds or bool(set(org["kinds"]) & set(reading.kinds)))
        and (not reading.countries or org["country"] in reading.countries)
        and (reading.sme is None or org["sme"] is True)
    )


async def ask(graph: Graph, brief: str, reading: Reading | None) -> list[str]:
    """The first 10 for the brief as typed (``reading`` None) or as read."""
    if reading is None:
        found = await suggest_consortium(graph, [], FIRST, Brief(brief, None))
    else:
        criteria = Criteria(
            kinds=reading.kinds or None, countries=reading.countries or None, sme=reading.sme
        )
        found = await suggest_consortium(
            graph,
            [],
            FIRST,
            Brief(reading.text, None),
            criteria,
            match_countries=reading.countries or None,
        )
    return [s.id for s in found]


async def measure(uri: str, password: str) -> None:
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, "neo4j", timeout=60.0)
        totals: dict[str, dict[str, list[float]]] = {}
        latencies: dict[str, list[float]] = {}
        print(f"{'':6} {'who':>4} {'on it':>5} {'both':>4} {'found':>5}  brief")
        for brief, words in briefs():
            reading = read_brief(brief)
            subject = Subject("brief", words, brief=words)
            for way, asked in (("typed", None), ("read", reading)):
                began = time.perf_counter()
                ids = await ask(graph, brief, asked)
                latencies.setdefault(way, []).append((time.perf_counter() - began) * 1000)
                orgs = {r["id"]: r for r in await graph.read(ORGANIZATIONS, {"ids": ids})}
                own = {r["id"]: r["projects"] for r in await graph.read(PROJECTS, {"ids": ids})}
                who = [fits(reading, orgs[i]) for i in ids]
                on_it = [on_subject(subject, own.get(i, []), set()) for i in ids]
                shown = max(len(ids), 1)
                shares = {
                    "who": sum(who) / shown,
                    "on it": sum(on_it) / shown,
                    "both": sum(a and b for a, b in zip(who, on_it, strict=True)) / shown,
                    "found": len(ids),
                }
                for name, share in shares.items():
                    totals.setdefault(way, {}).setdefault(name, []).append(share)
                print(
                    f"{way:6} {shares['who']:4.2f} {shares['on it']:5.2f} {shares['both']:4.2f} "
                    f"{len(ids):5}  {brief if way == 'typed' else ''}"
                )
        print(f"\nmean over {len(briefs())} briefs (shares of those found, up to {FIRST}):")
        for way, named in totals.items():
            print(
                f"{way:6} " + "  ".join(f"{n} {statistics.mean(v):.3f}" for n, v in named.items())
            )
        for way, times in latencies.items():
            p95 = sorted(times)[int(0.95 * (len(times) - 1))]
            print(f"{way:6} latency median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=bench_suggest.PORT)
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    args = parser.parse_args()
    with bench_suggest.whole_network(args.port, args.keep) as (instance, password, _):
        asyncio.run(measure(instance.uri, password))


if __name__ == "__main__":
    main()
