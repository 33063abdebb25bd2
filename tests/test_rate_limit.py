"""Requests per client address (rate_limit.RateLimiter): a full minute's worth at once, then
the minute's rate; the machine itself is not counted; beyond it, a 429 that says when to
come back."""

from __future__ import annotations

import httpx
from neo4j import AsyncGraphDatabase, Driver

from graph.client import Graph
from graph.settings import Settings
from rate_limit import RateLimiter
from schema.limits import Limits
from server import GraphQLApp


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_address_gets_its_minute_at_once_then_the_rate() -> None:
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert [limiter.wait("203.0.113.5") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.wait("203.0.113.5") == 20.0  # one request every 20 s
    assert limiter.wait("198.51.100.7") == 0.0  # another address has its own bucket
    clock.now += 20
    assert limiter.wait("203.0.113.5") == 0.0
    assert limiter.wait("203.0.113.5") == 20.0
    clock.now += 3600  # an hour later, a full minute again, no more
    assert [limiter.wait("203.0.113.5") for _ in range(4)] == [0.0, 0.0, 0.0, 20.0]


def test_the_machine_itself_and_a_limit_of_zero_are_not_counted() -> None:
    limiter = RateLimiter(1)
    for address in ("127.0.0.1", "::1", None):
        assert [limiter.wait(address) for _ in range(5)] == [0.0] * 5
    assert [RateLimiter(0).wait("203.0.113.5") for _ in range(5)] == [0.0] * 5


def test_the_addresses_remembered_are_bounded() -> None:
    limiter = RateLimiter(1, clients=2)
    for address in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        assert limiter.wait(address) == 0.0
    assert limiter.wait("203.0.113.3") > 0  # remembered
    assert limiter.wait("203.0.113.1") == 0.0  # the least recently seen was forgotten


async def test_too_many_requests_are_a_429_with_retry_after(
    settings: Settings, empty_graph: Driver
) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        app = GraphQLApp(Graph(driver, settings.database), limits=Limits(rate_per_minute=2))
        transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 4000))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            answers = [
                await client.post("/graphql", json={"query": "{ clusters { id } }"})
                for _ in range(3)
            ]
    assert [a.status_code for a in answers] == [200, 200, 429]
    refused = answers[2]
    assert refused.headers["retry-after"] == "30"
    assert refused.headers["content-type"] == "application/json"
    (error,) = refused.json()["errors"]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["message"] == (
        "Too many requests from your address: at most 2 a minute. Try again in 30 s."
    )
