"""Thematic precision of requests about a subject: do the suggestions work on what was asked?

Run: ``.venv/bin/python -m bench.precision [--subjects 40] [--port 7696] [--keep] [--clashes]``.

Uses the Neo4j of ``bench/suggest.py`` (``.neo4j/bench-suggest``, the whole network of both
programmes; imported there when missing) and asks the production path
(``recommender.engine.suggest_consortium``, no members) for 10 organisations per subject,
for subjects drawn at random (fixed seed) from the data, ``--subjects`` of each kind:

- ``field``: a euroSciVoc field of science with at least 20 projects, asked as a topic;
- ``family``: a call-topic family with at least 10 projects, asked as a topic;
- ``brief``: a keyword phrase of two to four words that some Horizon Europe project's
  consortium gave, found in at least 5 projects' text, asked as a brief in words;
- the five subjects named by the issue, as briefs ("hydrogen energy", ...), and "hydrogen
  energy" also as its field of science.

With ``--clashes``, only the briefs of ``CLASH_BRIEFS`` instead: subjects a manager may ask
whose words the index's English stemmer shares with words of another meaning
(recommender/stem_clashes.txt: "energy communities" and communication).

A suggestion is on the subject when the organisation has at least one project on it, judged
from its own projects, independently of how the engine ranks: for a topic, a project that
addresses it or a narrower topic; for a brief, a project whose title, keywords, abstract,
call topic and fields of science hold every key word of the brief (English stop words left
out; plurals and -ing/-ed forms folded by a light stemmer). Prints the share of the first 10
that are on the subject, per kind and overall (mean over subjects), and the latency.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from neo4j import AsyncGraphDatabase

from bench import suggest as bench_suggest
from graph.client import Graph
from graph.schema import ANALYZER_STOP_WORDS
from recommender.engine import Brief, suggest_consortium
from recommender.text import words

SEED = 20261203
FIRST = 10
NAMED = (
    "hydrogen energy",
    "autonomous driving",
    "satellite earth observation",
    "battery recycling",
    "cancer immunotherapy",
)
HYDROGEN_FIELD = "hydrogen energy"
CLASH_BRIEFS = (
    "energy communities",
    "object detection",
    "emergency response",
    "power generation",
    "organ transplantation",
    "urban mobility",
    "hydrogen trains",
    "satellite positioning",
    "data integrity",
    "composite materials",
    "hospital logistics",
    "printed electronics",
    "cultural heritage",
    "physical activity",
    "nature restoration",
    "aircraft engines",
    "quantum sensing",
    "mechanical recycling",
    "plastic packaging",
    "solar modules",
)

FIELDS = """
MATCH (t:Topic {kind: 'fieldOfScience'})
WITH t, COUNT { (t)<-[:BROADER*0..6]-(:Topic)<-[:ADDRESSES]-(:Project) } AS projects
WHERE projects >= 20
RETURN t.id AS id, t.name AS name ORDER BY id
"""
FAMILIES = """
MATCH (t:Topic {kind: 'callFamily'})
WITH t, COUNT { (t)<-[:BROADER*1..4]-(:Topic {kind: 'callTopic'})<-[:ADDRESSES]-(:Project) }
  AS projects
WHERE projects >= 10
RETURN t.id AS id, t.name AS name ORDER BY id
"""
KEYWORDS = """
MATCH (p:Project) WHERE p.keywords IS NOT NULL
RETURN p.keywords AS keywords ORDER BY p.id
"""
# The organisations' own projects, as the judge reads them.
PROJECTS = """
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[:PARTICIPATES_IN]->(p:Project)
OPTIONAL MATCH (p)-[:ADDRESSES]->(t:Topic)
WITH o, p, collect(t.id) AS topics,
     reduce(s = '', x IN collect(coalesce(t.description, t.name, '')) | s + ' ' + x) AS themes
RETURN o.id AS id, collect({topics: topics, text: coalesce(p.title, '') + ' ' +
       coalesce(p.keywordText, '') + ' ' + coalesce(p.abstract, '') + ' ' + themes}) AS projects
"""
BROADER = """
UNWIND $ids AS id
MATCH (t:Topic {id: id})<-[:BROADER*0..6]-(n:Topic)
RETURN id, collect(n.id) AS narrower
"""


def stem(word: str) -> str:
    """A light English stemmer for the judge: batteries -> battery, vehicles -> vehicle,
    driving -> driv, charged -> charg."""
    for suffix, instead in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + instead
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


@dataclass(frozen=True)
class Subject:
    kind: str  # field, family, brief
    label: str
    topic: str | None = None
    brief: str | None = None


def draw(session: object, count: int) -> list[Subject]:
    """The subjects: ``count`` of each kind at random, then the named ones."""
    run = session.run  # type: ignore[attr-defined]
    rng = random.Random(SEED)
    fields = [dict(r) for r in run(FIELDS)]
    families = [dict(r) for r in run(FAMILIES)]
    phrases: dict[str, int] = {}
    for record in run(KEYWORDS):
        for phrase in record["keywords"]:
            key = [w for w in words(phrase) if w not in ANALYZER_STOP_WORDS]
            if 2 <= len(key) <= 4 and all(w.isalpha() and len(w) > 2 for w in key):
                text = " ".join(key)
                phrases[text] = phrases.get(text, 0) + 1
    common = sorted(p for p, n in phrases.items() if n >= 5)
    subjects = [Subject("field", f["name"], topic=f["id"]) for f in rng.sample(fields, count)]
    subjects += [Subject("family", f["name"], topic=f["id"]) for f in rng.sample(families, count)]
    subjects += [Subject("brief", p, brief=p) for p in rng.sample(common, min(count, len(common)))]
    subjects += [Subject("named", name, brief=name) for name in NAMED]
    hydrogen = [f for f in fields if f["name"] == HYDROGEN_FIELD]
    subjects += [Subject("named", f"{HYDROGEN_FIELD} (field)", topic=h["id"]) for h in hydrogen]
    return subjects


def on_subject(subject: Subject, projects: Sequence[dict[str, Any]], narrower: set[str]) -> bool:
    """Whether one of the organisation's projects is on the subject (see the module)."""
    if subject.topic is not None:
        return any(set(p["topics"]) & narrower for p in projects)
    wanted = {stem(w) for w in words(subject.brief or "") if w not in ANALYZER_STOP_WORDS}
    return any(wanted <= stems(str(p["text"])) for p in projects)


async def measure(uri: str, password: str, subjects: list[Subject]) -> None:
    async with AsyncGraphDatabase.driver(
        uri, auth=("neo4j", password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, "neo4j", timeout=60.0)
        topics = [s.topic for s in subjects if s.topic]
        narrower = {r["id"]: set(r["narrower"]) for r in await graph.read(BROADER, {"ids": topics})}
        results: dict[str, list[float]] = {}
        latencies: list[float] = []
        for subject in subjects:
            began = time.perf_counter()
            found = await suggest_consortium(
                graph,
                [],
                FIRST,
                Brief(subject.brief, None),
                subject_topics=[subject.topic] if subject.topic else None,
            )
            latencies.append((time.perf_counter() - began) * 1000)
            ids = [s.id for s in found]
            rows = await graph.read(PROJECTS, {"ids": ids})
            own = {r["id"]: r["projects"] for r in rows}
            good = [
                on_subject(subject, own.get(i, []), narrower.get(subject.topic or "", set()))
                for i in ids
            ]
            share = sum(good) / len(good) if good else 0.0
            results.setdefault(subject.kind, []).append(share)
            if subject.kind in ("named", "clash") or share < 0.9:
                print(f"  {subject.kind:6} {share:4.1f} ({len(ids):2} found)  {subject.label}")
        print(f"\n{'kind':8} {'subjects':>8} {'precision':>9}  (share of the first {FIRST} on it)")
        for kind, shares in results.items():
            print(f"{kind:8} {len(shares):8} {statistics.mean(shares):9.3f}")
        every = [x for shares in results.values() for x in shares]
        print(f"{'all':8} {len(every):8} {statistics.mean(every):9.3f}")
        latencies.sort()
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        print(f"latency: median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subjects", type=int, default=40, help="subjects of each kind")
    parser.add_argument("--port", type=int, default=bench_suggest.PORT)
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j running")
    parser.add_argument("--clashes", action="store_true", help="only the briefs of CLASH_BRIEFS")
    args = parser.parse_args()
    with bench_suggest.whole_network(args.port, args.keep) as (instance, password, driver):
        if args.clashes:
            subjects = [Subject("clash", brief, brief=brief) for brief in CLASH_BRIEFS]
        else:
            with driver.session() as session:
                subjects = draw(session, args.subjects)
        print(f"{len(subjects)} subjects, seed {SEED}")
        asyncio.run(measure(instance.uri, password, subjects))


if __name__ == "__main__":
    main()
