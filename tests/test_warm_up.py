"""The start-up warm-up (warm_up.py) asks real operations about real subjects, without errors,
and skips what an empty graph cannot answer."""

from __future__ import annotations

import pytest
from neo4j import Driver

from graph.client import Graph, open_driver
from graph.settings import Settings
from schema import schema
from tests.test_suggestions import seed_suggestion_network
from warm_up import warm_up


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    """The network of tests/test_suggestions.py."""
    return seed_suggestion_network(empty_graph, settings)


async def _warm(settings: Settings) -> dict[str, tuple[str, ...]]:
    driver = open_driver(settings)
    try:
        warmed = await warm_up(schema, Graph(driver, settings.database))
    finally:
        await driver.close()
    return {item.name: item.errors for item in warmed}


async def test_asks_every_operation_about_the_graphs_subjects(
    network: Driver, settings: Settings
) -> None:
    warmed = await _warm(settings)
    # q, a, b, c1 and far have 1-9 partners; the first one found stands for them all
    partners = [name for name in warmed if name.startswith("partners of ")]
    assert len(partners) == 1
    expected = {"search", "brief", "project", "call", "consortium", "neighbourhood", "cluster page"}
    assert expected | {"recruiting for lci-automotive"} <= set(warmed)
    assert {name: errors for name, errors in warmed.items() if errors} == {}


async def test_an_empty_graph_asks_only_what_needs_no_subject(
    empty_graph: Driver, settings: Settings
) -> None:
    warmed = await _warm(settings)
    assert warmed == {"search": (), "brief": ()}
