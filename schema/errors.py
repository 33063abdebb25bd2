"""How errors reach clients: known errors with a code, unexpected ones masked and logged.

Every error carries ``extensions.code``: ``GRAPHQL_PARSE_FAILED`` (syntax),
``GRAPHQL_VALIDATION_FAILED`` (the document does not fit the schema), ``QUERY_TOO_COMPLEX``
(depth, aliases, tokens or cost over the limits of :mod:`schema.limits`), ``BAD_USER_INPUT``
(variables, arguments), and the codes of :func:`error_code` for execution errors.
"""

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


PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
TOO_COMPLEX = "QUERY_TOO_COMPLEX"
# Strawberry's limiters report plain errors: told apart from others by their wording.
_DEPTH_WORDING = "exceeds maximum operation depth"
_LIMIT_WORDING = ("tokens. Parsing aborted", _DEPTH_WORDING, "aliases found")
_DEPTH_HINT = (
    ": nest fewer fields, and ask for what lies deeper in a second request, by the ids the "
    "first one returned."
)

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

    def on_validate(self) -> Iterator[None]:
        yield
        for error in self.execution_context.pre_execution_errors or ():
            _give_code(error, VALIDATION_FAILED)

    def on_operation(self) -> Iterator[None]:
        # ParserCache parses while entering its hook: syntax errors escape the parse hooks
        # and pass through here.
        try:
            yield
        except GraphQLError as error:
            _give_code(error, PARSE_FAILED)
            raise
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        result.errors = [self._public(error) for error in result.errors]

    def _public(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if error.extensions and error.extensions.get("code"):
            return error
        if original is None or isinstance(original, GraphQLError):
            # Written for clients: without a path, the variables did not fit the operation.
            if not error.path:
                _give_code(error, "BAD_USER_INPUT")
            return error
        code = error_code(original)
        if code is not None:
            return _with_code(error, str(original), code)
        request_id = getattr(self.execution_context.context, "request_id", "-")
        if isinstance(original, GraphError):
            log.warning("graph error (request %s): %s", request_id, original)
        else:
            log.error("unexpected error (request %s)", request_id, exc_info=original)
        return _with_code(error, f"Unexpected error (request id {request_id}).", "INTERNAL")


def _give_code(error: GraphQLError, default: str) -> None:
    """Set the error's code, unless it has one: ``QUERY_TOO_COMPLEX`` for limits, or ``default``."""
    if error.extensions and error.extensions.get("code"):
        return
    limit = any(wording in error.message for wording in _LIMIT_WORDING)
    error.extensions = {**(error.extensions or {}), "code": TOO_COMPLEX if limit else default}
    if _DEPTH_WORDING in error.message:  # strawberry's says what, not what to do
        error.message += _DEPTH_HINT


def _with_code(error: GraphQLError, message: str, code: str) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={"code": code},
    )
