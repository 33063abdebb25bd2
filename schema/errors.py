"""How errors reach clients: known errors with a code, unexpected ones masked and logged."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension

from graph.errors import BadArgument, GraphError, GraphTimeout, GraphUnavailable

log = logging.getLogger("clustergraph.errors")


class PublicError(Exception):
    """An error whose message is written for clients (bad input, unknown id, refused)."""

    code = "BAD_USER_INPUT"


class InvalidInput(PublicError):
    """An argument is malformed or out of range; the message names it and says why."""


_CODES: tuple[tuple[type[Exception], str], ...] = (
    (GraphUnavailable, "GRAPH_UNAVAILABLE"),
    (GraphTimeout, "QUERY_TIMEOUT"),
)


def error_code(error: BaseException | None) -> str | None:
    """The public code of a known error, or None for an unexpected one."""
    if isinstance(error, PublicError | BadArgument):
        return InvalidInput.code
    for kind, code in _CODES:
        if isinstance(error, kind):
            return code
    return None


class ErrorPolicy(SchemaExtension):
    """Adds ``extensions.code`` to known errors; masks and logs everything else."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        result.errors = [self._public(error) for error in result.errors]

    def _public(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if original is None or isinstance(original, GraphQLError):
            return error  # syntax, validation and coercion errors are written for clients
        code = error_code(original)
        if code is not None:
            return _with_code(error, str(original), code)
        request_id = getattr(self.execution_context.context, "request_id", "-")
        if isinstance(original, GraphError):
            log.warning("graph error (request %s): %s", request_id, original)
        else:
            log.error("unexpected error (request %s)", request_id, exc_info=original)
        return _with_code(error, f"Unexpected error (request id {request_id}).", "INTERNAL")


def _with_code(error: GraphQLError, message: str, code: str) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={"code": code},
    )
