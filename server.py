"""The clustergraph web service: an app factory, its lifespan and its routes.

Run with ``uvicorn server:create_app --factory``. One Neo4j driver per process; the service
keeps running while Neo4j is away, answers with a clear error, and recovers by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from graph.client import Graph, open_driver
from graph.errors import GraphError
from graph.schema import apply_schema_async
from graph.settings import Settings
from resolvers.auth import viewer_for
from resolvers.context import Context
from schema import schema

log = logging.getLogger("clustergraph.server")
SCHEMA_RETRY_SECONDS = 5.0


class GraphQLApp(GraphQL[Context, None]):
    """Strawberry's ASGI app with the per-request context of this service."""

    def __init__(self, graph: Graph) -> None:
        super().__init__(schema, graphql_ide="graphiql")
        self.graph = graph

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket | None
    ) -> Context:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex[:12]
        viewer = await viewer_for(self.graph, request.headers.get("authorization"))
        return Context(graph=self.graph, request_id=request_id, viewer=viewer)


async def _apply_schema_when_possible(graph: Graph) -> None:
    """Apply constraints and indexes; if Neo4j is away, retry in the background."""
    while True:
        try:
            await apply_schema_async(graph.driver, graph.database)
            return
        except GraphError as exc:
            log.warning("schema not applied yet (%s); retrying in %ss", exc, SCHEMA_RETRY_SECONDS)
            await asyncio.sleep(SCHEMA_RETRY_SECONDS)


def create_app(settings: Settings | None = None) -> Starlette:
    """Build the ASGI app; settings default to the environment."""
    settings = settings or Settings.from_env()
    driver = open_driver(settings)
    graph = Graph(driver, settings.database)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(_apply_schema_when_possible(graph))
        try:
            yield
        finally:
            task.cancel()
            await driver.close()

    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse({"status": "alive"})

    async def readyz(request: Request) -> JSONResponse:
        try:
            await asyncio.wait_for(graph.ping(), timeout=5.0)
        except (GraphError, TimeoutError) as exc:
            body: dict[str, Any] = {"status": "unavailable", "neo4j": str(exc) or "timeout"}
            return JSONResponse(body, status_code=503)
        return JSONResponse({"status": "ready", "neo4j": "ok"})

    graphql_app = GraphQLApp(graph)
    routes = [
        Route("/graphql", graphql_app, methods=["GET", "POST"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
