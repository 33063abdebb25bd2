"""The clustergraph web service: an app factory, its lifespan and its routes.

Run with ``uvicorn server:create_app --factory``. The service keeps running while Neo4j is
away, answers with a clear error, and recovers by itself.

GraphQL operations run on one of two event loops, each with its own Neo4j driver (an async
driver belongs to one loop). Light operations (:mod:`schema.lanes`: small reads answered by
one compiled query) run on the server's loop, where their requests are read and answered.
The others go to an event loop in a thread of its own (:class:`Executor`): building a large
answer or scoring suggestions is CPU work that would otherwise hold the server's loop for up
to a second at a time, and ``/healthz``, ``/readyz`` and the reading and writing of every
request with it. Handing over costs thread wake-ups (about half a millisecond), which only
the light operations would notice.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import math
import os
import re
import sys
import threading
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.http.base import BaseRequestProtocol
from strawberry.http.parse_content_type import parse_content_type
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types import ExecutionResult

from graph.client import BOOKMARKS_HEADER, Graph, SharedBookmarks, open_driver, start_request
from graph.errors import GraphError
from graph.schema import apply_schema_async
from graph.settings import DEFAULT_REQUEST_DEADLINE, Settings
from rate_limit import RateLimiter
from resolvers.auth import Role, Viewer, viewer_for
from resolvers.context import Context
from schema import schema
from schema.errors import error_code
from schema.lanes import is_light
from schema.limits import LIMITS, Limits
from warm_up import warm_up
from web_routes import graphiql_page, web_routes

log = logging.getLogger("clustergraph.server")
SCHEMA_RETRY_SECONDS = 5.0
SWITCH_INTERVAL = 0.001  # seconds a thread may hold the interpreter lock (CPython: 0.005)
FULL_COLLECTION_EVERY = 1000  # middle-generation collections between two full ones (CPython: 10)
COLLECT_WHEN_IDLE_AFTER = 20  # operations (about 1,000 cyclic objects of garbage each) ...
COLLECT_ANYWAY_AFTER = 100  # ... or this many under continuous load
T = TypeVar("T")


class Executor:
    """An event loop in a thread of its own, where heavy GraphQL operations run, with the
    ``graph`` they use (a driver of its own, used on this loop only).

    Python threads share one interpreter lock, but a busy thread yields it every
    millisecond (:data:`SWITCH_INTERVAL`): the server's loop stays responsive while an
    operation computes.
    """

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="graphql", daemon=True)
        self._thread.start()

    async def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Run ``work`` on the executor's loop and wait for it from the caller's loop.

        Context variables are copied over; cancelling the caller cancels ``work``.
        """
        future = asyncio.run_coroutine_threadsafe(work, self.loop)
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        """Stop the loop and its thread (after the work in progress has been cancelled)."""
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=5.0)
        if not self._thread.is_alive():
            self.loop.close()


class IdleCollector:
    """Runs the full garbage collections at the moments they cost least.

    When no operation is in flight, only the garbage is left to scan (a few milliseconds),
    whereas during a large answer a full collection scans its tens of thousands of live
    objects and holds every thread meanwhile. Every operation leaves some garbage in
    reference cycles (the driver's result hydrators, the request's DataLoaders): it is
    collected when the service falls idle, or after :data:`COLLECT_ANYWAY_AFTER` operations
    under continuous load; CPython's own full collections are made rare
    (:data:`FULL_COLLECTION_EVERY`). Used from the server's loop only.
    """

    def __init__(self) -> None:
        self._in_flight = 0
        self._since_collection = 0  # operations finished since the last full collection

    @contextlib.contextmanager
    def operation(self) -> Iterator[None]:
        """Count one operation while it runs; collect after it if the time has come."""
        self._in_flight += 1
        try:
            yield
        finally:
            self._in_flight -= 1
            self._since_collection += 1
            if self._since_collection >= COLLECT_WHEN_IDLE_AFTER and (
                self._in_flight == 0 or self._since_collection >= COLLECT_ANYWAY_AFTER
            ):
                self._since_collection = 0
                gc.collect()


class RequestError(Exception):
    """A request refused before it runs, answered with ``status`` and a GraphQL error body."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


# Codes of the requests strawberry refuses with an HTTP status (see docs/api.md).
_HTTP_CODES = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}


class GraphQLApp(GraphQL[Context, None]):
    """Strawberry's ASGI app with this service's context and GraphQL-over-HTTP behaviour.

    On top of strawberry: 415 for bodies that are not JSON, 405 for mutations over GET,
    content negotiation between ``application/graphql-response+json`` (4xx for requests that
    do not execute) and legacy ``application/json`` (200 once GraphQL reads the document),
    406 when neither is acceptable, size limits on bodies (413) and query strings (414), 401
    for a refused API key, 429 past the rate limit, and ``x-request-id`` and
    ``x-neo4j-round-trips`` headers on every answer. Every refusal, malformed request and
    unexpected failure is answered with a GraphQL error body (``extensions.code``) in the
    negotiated media type, never a bare 500.
    """

    def __init__(
        self,
        graph: Graph,
        graphql_ide: bool = True,
        limits: Limits = LIMITS,
        deadline: float = DEFAULT_REQUEST_DEADLINE,
        executor: Executor | None = None,
    ) -> None:
        super().__init__(schema, graphql_ide="graphiql" if graphql_ide else None)
        self.graph = graph  # for the operations run on the server's loop
        self.limits = limits
        self.deadline = deadline
        self.executor = executor
        self.collector = IdleCollector()
        self.limiter = RateLimiter(limits.rate_per_minute)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # no subscriptions: refuse websockets outright
            await WebSocket(scope, receive=receive, send=send).close(code=1008)
            return
        with self.collector.operation():  # a collection, if due, after the answer is sent
            await self._answer(scope, receive, send)

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive=self._bounded(receive))
        request_id = _request_id(request.headers.get("x-request-id"))
        request.state.request_id = request_id
        budget = start_request(self.deadline)
        request.state.budget = budget
        try:
            self._check_rate(request)
            request.state.bookmarks = _bookmarks(request.headers.get(BOOKMARKS_HEADER))
            response = await self._respond(request)
        except RequestError as exc:
            response = _error_response(exc, request)
        except Exception:
            log.exception("unexpected error (request %s)", request_id)
            message = f"Unexpected error (request id {request_id})."
            response = _error_response(RequestError(500, "INTERNAL", message), request)
        response.headers["x-request-id"] = request_id
        response.headers["x-neo4j-round-trips"] = str(budget.round_trips)
        if budget.written:
            response.headers[BOOKMARKS_HEADER] = ",".join(sorted(budget.written))
        await response(scope, receive, send)

    def _check_rate(self, request: Request) -> None:
        """Refuse (429) a request from an address that has sent too many (rate_limit)."""
        wait = self.limiter.wait(request.client.host if request.client else None)
        if wait:
            seconds = math.ceil(wait)
            raise RequestError(
                429,
                "RATE_LIMITED",
                f"Too many requests from your address: at most {self.limiter.per_minute:,} a "
                f"minute. Try again in {seconds} s.",
                {"Retry-After": str(seconds)},
            )

    def _bounded(self, receive: Receive) -> Receive:
        """``receive`` that stops with a 413 as soon as the body grows past the limit."""
        limit = self.limits.max_body_bytes
        received = 0

        async def bounded() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise _too_large(limit)
            return message

        return bounded

    def _check_size(self, request: Request) -> None:
        """Refuse up front a declared body or a query string over the limits."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limits.max_body_bytes:
            raise _too_large(self.limits.max_body_bytes)
        limit = self.limits.max_query_string_bytes
        if len(request.scope.get("query_string", b"")) > limit:
            raise RequestError(
                414,
                "URI_TOO_LONG",
                f"The query string is longer than {limit} bytes; send the request by POST.",
            )

    async def _respond(self, request: Request) -> Response:
        if request.method not in ("GET", "POST"):
            raise RequestError(
                405,
                "METHOD_NOT_ALLOWED",
                f"{request.method} is not allowed here: send GraphQL requests by GET or POST.",
                {"allow": "GET, POST"},
            )
        media_type = negotiate(request.headers.get("accept"))
        adapter = self.request_adapter_class(request)
        if self.should_render_graphql_ide(adapter):
            media_type = JSON
        elif media_type is None:
            return _plain(406, f"Acceptable media types: {GRAPHQL_RESPONSE}, {JSON}.")
        self._check_size(request)
        if request.method == "POST":
            content_type, params = parse_content_type(request.headers.get("content-type") or "")
            if content_type != JSON:
                raise RequestError(
                    415, "UNSUPPORTED_MEDIA_TYPE", f"Send the GraphQL request as {JSON}."
                )
            charset = params.get("charset", "utf-8").strip('"').lower()
            if charset not in ("utf-8", "utf8"):
                raise RequestError(
                    415,
                    "UNSUPPORTED_MEDIA_TYPE",
                    f"charset={charset} is not supported: send the request as UTF-8 JSON.",
                )
        await request.body()  # read here (bounded); parsed where the operation runs
        token = _media_type.set(media_type)
        try:
            return await self._run_operation(request)
        except HTTPException as exc:
            code = _HTTP_CODES.get(exc.status_code, "BAD_REQUEST")
            headers = {"allow": "GET, POST"} if exc.status_code == 405 else None
            raise RequestError(exc.status_code, code, exc.reason, headers) from exc
        finally:
            _media_type.reset(token)

    async def _run_operation(self, request: Request) -> Response:
        """Strawberry's ``run``: on the executor's loop, with its graph, unless there is no
        executor or the operation is light (:mod:`schema.lanes`)."""
        data = await self._request_data(request)
        token = _request_data.set(data)
        try:
            if self.executor is None or (data is not None and self._is_light(data)):
                request.state.graph = self.graph
                return await self._run_within_deadline(request)
            request.state.graph = self.executor.graph
            return await self.executor.run(self._run_within_deadline(request))
        finally:
            _request_data.reset(token)

    async def _request_data(self, request: Request) -> GraphQLRequestData | None:
        """The request's operation, or None if it is malformed (``run`` then says how)."""
        try:
            return await self.parse_request(self.request_adapter_class(request))
        except HTTPException:
            return None

    def _is_light(self, data: GraphQLRequestData) -> bool:
        return is_light(
            schema._schema, data.query, data.operation_name, data.variables, self.limits.max_tokens
        )

    async def _run_within_deadline(self, request: Request) -> Response:
        """``run``, cancelled when the request's deadline passes (a 504, QUERY_TIMEOUT).

        Each Neo4j transaction already gets only the time left (``graph.client``); this also
        stops the work between transactions, and the error for every remaining field.
        """
        deadline = asyncio.timeout(self.deadline)
        try:
            async with deadline:
                return await self.run(request)
        except TimeoutError as exc:
            if not deadline.expired():
                raise
            message = f"The request took longer than {self.deadline:g} s and was stopped."
            raise RequestError(504, "QUERY_TIMEOUT", message) from exc

    def parse_json(self, data: str | bytes) -> Any:
        """JSON from the body or a query parameter; a 400 for anything that is not JSON."""
        try:
            text = data.decode("utf-8") if isinstance(data, bytes) else data
        except UnicodeDecodeError as exc:
            raise HTTPException(400, f"The body is not UTF-8 (byte {exc.start}).") from exc
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except RecursionError as exc:
            raise HTTPException(400, "The JSON is nested too deeply.") from exc
        except (json.JSONDecodeError, _NotJSON) as exc:
            raise HTTPException(400, f"The JSON is not valid: {exc}.") from exc
        except ValueError as exc:  # an integer of more digits than Python converts
            raise HTTPException(400, "The JSON holds a number of too many digits.") from exc
        if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(data):
            raise HTTPException(400, "The JSON escapes a lone surrogate (\\ud800-\\udfff).")
        return data

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData:
        """The operation :meth:`_run_operation` read already, else :meth:`parse_request`."""
        return _request_data.get() or await self.parse_request(request)

    async def parse_request(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData:
        """The GraphQL request of a GET query string or a POST body, or a 400 saying why not.

        One operation per request (no batches, no multipart uploads, no streaming).
        """
        if request.method == "GET":
            data = self.parse_query_params(request.query_params)
        else:
            data = self.parse_json(await request.get_body())
        if not isinstance(data, dict):
            raise HTTPException(
                400,
                'The request must be a JSON object such as {"query": "{ clusters { id } }"} '
                "(one operation; batches are not supported).",
            )
        for key, kind in (("query", str), ("operationName", str), ("variables", dict)):
            if not isinstance(data.get(key), kind | None):
                raise HTTPException(400, f"{key}: must be {_KIND_NAMES[kind]} or null.")
        if not isinstance(data.get("extensions"), dict | None):
            raise HTTPException(400, "extensions: must be an object or null.")
        too_long = _long_list(data.get("variables"))
        if too_long is not None:
            where, size = too_long
            raise HTTPException(
                400, f"variables{where}: a list of {size} values; at most {MAX_LIST_VALUES}."
            )
        return GraphQLRequestData(
            query=data.get("query"),
            variables=data.get("variables"),
            operation_name=data.get("operationName"),
            extensions=data.get("extensions"),
            protocol="http",
        )

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Strawberry's, with 405 (not 400) for a mutation sent over GET, as the spec says."""
        try:
            return await super().execute_single(
                request, request_adapter, sub_response, context, root_value, request_data
            )
        except HTTPException as exc:
            if isinstance(exc.__cause__, InvalidOperationTypeError):
                raise HTTPException(405, exc.reason) from exc
            raise

    def create_response(
        self,
        response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse],
        sub_response: Response,
    ) -> Response:
        """The answer in the negotiated media type, encoded once. With the GraphQL response
        type, a request that did not execute is a 400 with no ``data`` entry."""
        media_type = _media_type.get()
        status = sub_response.status_code or 200
        if (
            media_type == GRAPHQL_RESPONSE
            and not isinstance(response_data, list)
            and _is_request_error(response_data)
        ):
            response_data = {"errors": response_data.get("errors")}
            status = 400
        response = Response(
            self.encode_json(response_data), status_code=status, media_type=media_type
        )
        response.headers.raw.extend(sub_response.headers.raw)
        response.background = sub_response.background
        return response

    def encode_json(self, data: object) -> bytes:
        """JSON through orjson: 14-15x faster than ``json.dumps`` on answers of 14-25 kB
        (0.36-0.57 ms saved per request). What orjson refuses (a string that is not valid
        UTF-8, an integer beyond 64 bits) goes through ``json.dumps``, which escapes it."""
        try:
            return orjson.dumps(data)
        except orjson.JSONEncodeError:
            return json.dumps(data, separators=(",", ":")).encode()

    def should_render_graphql_ide(self, request: BaseRequestProtocol) -> bool:
        """GraphiQL for a browser's navigation to ``/graphql``, with or without a
        ``?query=`` (GraphiQL writes the query into the address bar, so a reload or a shared
        link must open GraphiQL again); strawberry's rule otherwise. A browser navigating
        asks for HTML first; API clients ask for JSON."""
        if request.method != "GET":
            return False
        accept = request.headers.get("accept", "")
        navigating = request.headers.get("sec-fetch-mode") == "navigate"
        return (
            navigating
            or accept.lower().startswith("text/html")
            or (super().should_render_graphql_ide(request))
        )

    async def render_graphql_ide(self, request: Request) -> Response:
        """GraphiQL from the web build, every asset served here (strawberry's uses a CDN)."""
        return graphiql_page()

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket | None
    ) -> Context:
        request_id = getattr(request.state, "request_id", None) or uuid.uuid4().hex[:12]
        graph: Graph = getattr(request.state, "graph", self.graph)
        try:
            viewer = await viewer_for(graph, request.headers.get("authorization"))
        except GraphError as exc:
            code = error_code(exc)
            if code is None:
                raise
            raise RequestError(503, code, str(exc)) from exc
        if viewer.rejection:
            raise RequestError(401, "UNAUTHENTICATED", viewer.rejection, _CHALLENGE)
        _honour_bookmarks(request, viewer)
        return Context(graph=graph, request_id=request_id, viewer=viewer)


GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"
_media_type: ContextVar[str] = ContextVar("clustergraph_media_type", default=JSON)
_request_data: ContextVar[GraphQLRequestData | None] = ContextVar(
    "clustergraph_request_data", default=None
)
# RFC 6750: a refused bearer token is a 401 that names the scheme and the reason.
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="clustergraph", error="invalid_token"'}
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_BOOKMARK = re.compile(r"[A-Za-z0-9:+/=_-]{1,256}")
MAX_BOOKMARKS = 8
MAX_LIST_VALUES = 100
_KIND_NAMES = {str: "a string", dict: "an object"}
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _bookmarks(header: str | None) -> frozenset[str]:
    """The bookmarks a client sent back (``x-graph-bookmarks``: a write's, comma-separated)."""
    if header is None:
        return frozenset()
    found = frozenset(part.strip() for part in header.split(",") if part.strip())
    if len(found) > MAX_BOOKMARKS or not all(_BOOKMARK.fullmatch(b) for b in found):
        raise RequestError(
            400,
            "BAD_REQUEST",
            f"The {BOOKMARKS_HEADER} header must hold at most {MAX_BOOKMARKS} bookmarks, "
            "separated by commas, exactly as a response of this service gave them.",
        )
    return found


def _honour_bookmarks(request: Request | WebSocket, viewer: Viewer) -> None:
    """Let the request's reads wait for the writes its bookmarks name, if it has a key.

    A bookmark makes Neo4j hold a read until the write it names is in: one naming a write
    still to come holds it to the request's deadline. Only key holders write, so only they
    have bookmarks to send back; an anonymous caller's are refused before any read, so that
    nobody can hold the service's connections with made-up ones (a security review).
    """
    given: frozenset[str] = getattr(request.state, "bookmarks", frozenset())
    if not given:
        return
    if viewer.role is Role.ANONYMOUS:
        raise RequestError(
            400,
            "BAD_REQUEST",
            f"The {BOOKMARKS_HEADER} header is read only with an API key: it lets a writer read "
            "its own writes, so send it with the key that made them, or leave it out.",
        )
    request.state.budget.given = given


def _long_list(variables: dict[str, Any] | None) -> tuple[str, int] | None:
    """Where a list of more than :data:`MAX_LIST_VALUES` values is in ``variables``
    (".countries", ".input.organizationIds"), and its size; None if there is none.

    Every list argument of the API takes at most 50 or 100 values; a longer one is refused
    before anything reads it (150,000 country codes in each of 30 searches took 2.7 s).
    """
    pending: list[tuple[str, Any]] = [("", variables)]
    while pending:
        where, value = pending.pop()
        if isinstance(value, list):
            if len(value) > MAX_LIST_VALUES:
                return where, len(value)
            pending.extend((f"{where}[{i}]", item) for i, item in enumerate(value))
        elif isinstance(value, dict):
            pending.extend((f"{where}.{key}", item) for key, item in value.items())
    return None


def _request_id(given: str | None) -> str:
    """The caller's request id when it is a sane token, otherwise a fresh one."""
    if given and _REQUEST_ID.fullmatch(given):
        return given
    return uuid.uuid4().hex[:12]


class _NotJSON(ValueError):
    """What ``json.loads`` reads though JSON does not have it."""


def _refuse_constant(name: str) -> Any:
    """``json.loads`` would read NaN, Infinity and -Infinity, which JSON does not have."""
    raise _NotJSON(f"{name} is not JSON (only finite numbers are)")


def _has_lone_surrogate(data: object) -> bool:
    """True when a string in ``data`` holds a surrogate that no pair completed (not UTF-8)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _plain(status: int, text: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(text, status_code=status, headers=headers)


def _too_large(limit: int) -> RequestError:
    return RequestError(413, "PAYLOAD_TOO_LARGE", f"The request body is larger than {limit} bytes.")


def _error_response(error: RequestError, request: Request) -> Response:
    """A GraphQL error body for a refused request, in the media type the client accepts."""
    body = {"errors": [{"message": error.message, "extensions": {"code": error.code}}]}
    return Response(
        json.dumps(body),
        status_code=error.status,
        headers=error.headers,
        media_type=negotiate(request.headers.get("accept")) or JSON,
    )


def _is_request_error(body: GraphQLHTTPResponse) -> bool:
    """True when the document did not execute at all (syntax, validation, variables).

    Execution errors carry the ``path`` of their field; request errors have none.
    """
    errors = body.get("errors") or []
    return (
        body.get("data") is None
        and bool(errors)
        and all(isinstance(e, dict) and not e.get("path") for e in errors)
    )


def negotiate(accept: str | None) -> str | None:
    """The response media type for an ``Accept`` header, or None if we can offer none.

    No header means ``application/json`` (legacy clients). The GraphQL response type is
    chosen only when the client names it explicitly and ranks it at least as high as JSON;
    wildcards alone get ``application/json``.
    """
    if not accept:
        return JSON
    weights: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        weights[media.lower()] = max(quality, weights.get(media.lower(), 0.0))
    graphql = weights.get(GRAPHQL_RESPONSE, 0.0)
    json = max(weights.get(key, 0.0) for key in (JSON, "application/*", "*/*", ""))
    if graphql > 0 and graphql >= json:
        return GRAPHQL_RESPONSE
    if json > 0:
        return JSON
    return None


class NoSniff:
    """``X-Content-Type-Options: nosniff`` on every answer (assets, JSON, errors): browsers
    must take each for the type it says it is."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["x-content-type-options"] = "nosniff"
            await send(message)

        await self.app(scope, receive, with_header)


def cors_origins() -> list[str]:
    """Origins allowed by CORS, from ``CLUSTERGRAPH_CORS_ORIGINS`` (comma-separated)."""
    text = os.environ.get("CLUSTERGRAPH_CORS_ORIGINS") or ""
    return [origin.strip() for origin in text.split(",") if origin.strip()]


async def _apply_schema_when_possible(graph: Graph, warm: bool) -> None:
    """Apply constraints and indexes, then warm the heaviest operations up if ``warm``; if
    Neo4j is away, retry in the background."""
    while True:
        try:
            await apply_schema_async(graph.driver, graph.database)
            break
        except GraphError as exc:
            log.warning("schema not applied yet (%s); retrying in %ss", exc, SCHEMA_RETRY_SECONDS)
            await asyncio.sleep(SCHEMA_RETRY_SECONDS)
    if warm:
        await warm_up(schema, graph)


def create_app(settings: Settings | None = None) -> Starlette:
    """Build the ASGI app; settings default to the environment."""
    settings = settings or Settings.from_env()
    bookmarks = SharedBookmarks()  # the two drivers' writes and reads, in order

    def new_graph() -> Graph:
        driver = open_driver(settings)
        return Graph(driver, settings.database, settings.query_timeout, bookmarks)

    graph = new_graph()  # used on the server's loop
    executor = Executor(new_graph())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        schema_applied = asyncio.create_task(_apply_schema_when_possible(graph, settings.warm_up))
        try:
            yield
        finally:
            schema_applied.cancel()
            await executor.run(executor.graph.driver.close())
            executor.close()
            await graph.driver.close()

    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse({"status": "alive"})

    async def readyz(request: Request) -> JSONResponse:
        try:
            await asyncio.wait_for(graph.ping(), timeout=5.0)
        except (GraphError, TimeoutError) as exc:
            body: dict[str, Any] = {"status": "unavailable", "neo4j": str(exc) or "timeout"}
            return JSONResponse(body, status_code=503)
        return JSONResponse({"status": "ready", "neo4j": "ok"})

    graphql_app = GraphQLApp(
        graph,
        graphql_ide=LIMITS.introspection,
        deadline=settings.request_deadline,
        executor=executor,
    )
    routes = [
        # Every method reaches the app, which answers those it does not serve with a 405
        # GraphQL error body (and a request id), not Starlette's plain-text 405.
        Route("/graphql", graphql_app, methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        *web_routes(),
    ]
    middleware = [
        Middleware(NoSniff),
        Middleware(
            CORSMiddleware,
            allow_origins=cors_origins(),
            allow_methods=["GET", "POST"],
            allow_headers=["authorization", "content-type", "x-request-id", BOOKMARKS_HEADER],
            expose_headers=["x-request-id", BOOKMARKS_HEADER],
            max_age=600,
        ),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    # Everything built so far (modules, the schema, the driver) lives as long as the process:
    # moved out of the collector's reach, it is no longer rescanned by every full collection,
    # which otherwise stalls large responses (p95 of a 200-node neighbourhood: 96 -> 46 ms).
    gc.collect()
    gc.freeze()
    # A full collection scans every live object and holds every thread meanwhile: during a
    # large answer (tens of thousands of objects alive) each took 0.2-1 s, and CPython ran
    # one each time the survivors grew by a quarter. Left to every 1,000th middle-generation
    # collection (about every 7 million allocations, instead of every 70,000), three of the
    # costliest allowed queries at once: 21 s -> 13 s, longest stall of the server's loop
    # 985 -> 205 ms (bench/loop.py measures the effect on /healthz).
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
    # The executor's thread hands the interpreter lock over every millisecond instead of
    # every 5: the server's loop gets its turn sooner (same three queries: longest stall
    # 181 -> 106 ms, 99th percentile 56 -> 34 ms, total time unchanged within noise).
    sys.setswitchinterval(SWITCH_INTERVAL)
    return app
