"""The three sides under comparison, each sending one case as one request.

``send`` is what the load generator times (the request and the whole answer received);
``read`` turns the answer into plain data and fails on any error, outside the timing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import aiohttp
from neo4j import AsyncDriver, EagerResult, RoutingControl

from bench.peer import driver, ours, peer
from bench.peer.cases import Case

Normaliser = Callable[[dict[str, Any]], dict[str, Any]]
HEADERS = {"content-type": "application/json", "accept": "application/json"}


class SideError(RuntimeError):
    """A side answered with an error, or not the way it should."""


class Side(Protocol):
    """What the check and the load generator need of a side."""

    name: str

    async def send(self, case: Case) -> Any:
        """Send the case's request; return the whole answer."""

    def read(self, answer: Any) -> dict[str, Any]:
        """The answer's data; raises :class:`SideError` on any error."""

    def normalise(self, case: Case, data: dict[str, Any]) -> dict[str, Any]:
        """The data in the common form of the case's shape."""


@dataclass(frozen=True)
class Answer:
    """An HTTP answer, whole."""

    status: int
    headers: Mapping[str, str]  # names case-insensitive
    body: bytes


class Transport(Protocol):
    """Sends a GraphQL request's body by POST and returns the whole answer."""

    async def post(self, url: str, body: bytes) -> Answer:
        """POST ``body`` (JSON) to ``url``."""


class AiohttpTransport:
    """POSTs through one aiohttp session, which keeps its connections alive.

    The load generator's client costs time in every HTTP figure and CPU beside the servers.
    Measured on this machine against clustergraph, one request at a time, for ``{
    __typename }``: 1.3 ms through aiohttp, 1.9-3.0 ms through httpx, 0.7-1.2 ms through a
    bare socket; so aiohttp, the lighter of the two common clients.
    """

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def post(self, url: str, body: bytes) -> Answer:
        async with self.session.post(url, data=body, headers=HEADERS) as response:
            return Answer(response.status, response.headers, await response.read())


class GraphQLSide:
    """A GraphQL server over HTTP (clustergraph, or the peer)."""

    def __init__(
        self,
        name: str,
        url: str,
        transport: Transport,
        documents: dict[str, str],
        normalisers: dict[str, Normaliser],
    ) -> None:
        self.name = name
        self.url = url
        self.transport = transport
        self.documents = documents
        self.normalisers = normalisers
        self._bodies: dict[str, bytes] = {}

    def _body(self, case: Case) -> bytes:
        body = self._bodies.get(case.key)
        if body is None:
            document = self.documents[case.shape]
            body = json.dumps({"query": document, "variables": case.variables}).encode()
            self._bodies[case.key] = body
        return body

    async def send(self, case: Case) -> Answer:
        return await self.transport.post(self.url, self._body(case))

    def read(self, answer: Answer) -> dict[str, Any]:
        try:
            payload = json.loads(answer.body)
        except ValueError:
            payload = None
        if answer.status != 200 or not isinstance(payload, dict) or payload.get("errors"):
            text = answer.body[:600].decode(errors="replace")
            raise SideError(f"{self.name}: HTTP {answer.status}: {text}")
        data: dict[str, Any] = payload["data"]
        return data

    def normalise(self, case: Case, data: dict[str, Any]) -> dict[str, Any]:
        return self.normalisers[case.shape](data)


class DriverSide:
    """The Python driver running one hand-written Cypher query per request."""

    name = "driver"

    def __init__(self, neo4j: AsyncDriver, database: str) -> None:
        self.neo4j = neo4j
        self.database = database

    async def send(self, case: Case) -> EagerResult:
        return await self.neo4j.execute_query(
            driver.CYPHER[case.shape],
            driver.parameters(case.shape, case.variables),
            database_=self.database,
            routing_=RoutingControl.READ,
        )

    def read(self, answer: EagerResult) -> dict[str, Any]:
        if len(answer.records) != 1:
            raise SideError(f"driver: {len(answer.records)} rows instead of 1")
        result: dict[str, Any] = answer.records[0]["result"]
        return result

    def normalise(self, case: Case, data: dict[str, Any]) -> dict[str, Any]:
        return driver.normalise(data)


def graphql_sides(transport: Transport, ours_url: str, peer_url: str) -> list[GraphQLSide]:
    """clustergraph's service and the peer, through one HTTP client."""
    return [
        GraphQLSide("clustergraph", ours_url, transport, ours.DOCUMENTS, ours.NORMALISERS),
        GraphQLSide("peer", peer_url, transport, peer.DOCUMENTS, peer.NORMALISERS),
    ]
