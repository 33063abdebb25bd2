"""Shared set-up of the auth and mutation tests: the seeded network and API keys."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from graph.repositories.apikeys import create_key
from graph.settings import Settings
from tests.conftest import seed_network


def seed(driver: Driver, settings: Settings) -> None:
    """The API tests' network plus people, objectives and an official membership."""
    seed_network(driver, settings, "seed.cypher", "seed_writes.cypher")


def token(driver: Driver, settings: Settings, role: str, *clusters: str) -> str:
    """A fresh API key's token."""
    return create_key(driver, settings.database, role, clusters, f"test {role}").token


def bearer(secret: str) -> dict[str, str]:
    """The request headers of a key holder."""
    return {"Authorization": f"Bearer {secret}"}


def count(driver: Driver, settings: Settings, cypher: str, **params: Any) -> int:
    """The single number a counting query returns."""
    records, _, _ = driver.execute_query(cypher, params, database_=settings.database)
    return int(records[0][0])


def node_count(driver: Driver, settings: Settings) -> int:
    """Every node of the test database, ApiKey nodes excluded."""
    return count(driver, settings, "MATCH (n) WHERE NOT n:ApiKey RETURN count(n)")
