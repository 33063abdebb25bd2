"""Which candidates already worked with which seeds (``suggest_linked.cypher``), on a random
network whose stored partner lists are cut short, so that most organisations count as hubs
(lists shorter than their partner count) and every way the query decides is taken: the
seed's list, the candidate's list, the graph from the seed's side and pair by pair."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import pytest
from neo4j import Driver

from graph.client import Graph, open_driver
from graph.derived import refresh_derived
from graph.repositories import suggestions as repo
from graph.settings import Settings

ORGANIZATIONS = 24
PROJECTS = 40
KEPT = 2  # stored partners kept per organisation (the real lists keep 300)


def _network(seed: int) -> tuple[list[str], list[list[str]]]:
    """Organisation ids and each project's participants: a few busy organisations take part
    in most projects, the rest in one or two; the last project has no start date."""
    rng = random.Random(seed)
    orgs = [f"o{i:02d}" for i in range(ORGANIZATIONS)]
    weights = [12 if i < 3 else 1 for i in range(ORGANIZATIONS)]
    projects = []
    for _ in range(PROJECTS):
        size = rng.randint(2, 5)
        projects.append(sorted(set(rng.choices(orgs, weights=weights, k=size))))
    return orgs, projects


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> tuple[list[str], dict[str, set[str]]]:
    orgs, projects = _network(11)
    empty_graph.execute_query(
        "UNWIND $orgs AS id CREATE (:Organization {id: id, name: id, country: 'LU'})",
        orgs=orgs,
        database_=settings.database,
    )
    rows: list[dict[str, Any]] = [
        {"id": f"p{i}", "members": members, "dated": i < PROJECTS - 1}
        for i, members in enumerate(projects)
    ]
    empty_graph.execute_query(
        """
        UNWIND $rows AS row
        CREATE (p:Project {id: row.id, acronym: row.id, programme: 'H2020'})
        SET p.startDate = CASE WHEN row.dated THEN date('2018-01-01') END
        WITH p, row UNWIND row.members AS member
        MATCH (o:Organization {id: member})
        CREATE (o)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p)
        """,
        rows=rows,
        database_=settings.database,
    )
    refresh_derived(empty_graph, settings.database)
    empty_graph.execute_query(
        "MATCH (o:Organization) SET o.sgPartnerIds = coalesce(o.sgPartnerIds, [])[..$kept]",
        kept=KEPT,
        database_=settings.database,
    )
    partners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["dated"]:
            for a in row["members"]:
                partners[a].update(m for m in row["members"] if m != a)
    return orgs, partners


async def test_linked_matches_the_graph_for_every_seed(
    network: tuple[list[str], dict[str, set[str]]], settings: Settings
) -> None:
    orgs, partners = network
    hubs = [o for o in orgs if len(partners[o]) > KEPT]
    assert len(hubs) >= ORGANIZATIONS // 2, "the network must have hub pairs to look up"
    driver = open_driver(settings)
    try:
        graph = Graph(driver, settings.database)
        for seed in orgs:
            others = [o for o in orgs if o != seed]
            found = await repo.linked(graph, [seed], others)
            assert found == {o: [seed] for o in sorted(partners[seed])}, seed
        seeds = orgs[:3] + orgs[-2:]
        others = [o for o in orgs if o not in seeds]
        found = await repo.linked(graph, seeds, others)
    finally:
        await driver.close()
    expected = {
        o: sorted(s for s in seeds if o in partners[s])
        for o in others
        if any(o in partners[s] for s in seeds)
    }
    assert {o: sorted(s) for o, s in found.items()} == expected
