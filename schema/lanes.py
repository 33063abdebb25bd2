"""Which operations are light enough to run on the server's own event loop.

The service runs GraphQL on two event loops (``server.py``): the server's, which also reads
and writes every request and answers ``/healthz``, and the executor's, in a thread of its
own. Handing an operation over to the executor and back costs thread wake-ups: ``{
__typename }`` took 0.88 ms in process handed over against 0.31 ms on the server's loop, a
small organisation's page 4.7-5.4 ms against 3.9-4.2 ms. It buys responsiveness only for
operations that hold the interpreter for long, so only those are handed over.

An operation is light when it is a query, every root field is answered by one compiled
query (no scoring or graph walks in Python), and its answer can hold at most
:data:`LIGHT_COST` objects (:func:`schema.cost.cached_cost`, the cost the limits use):
completing it takes a few milliseconds of the server's loop at most.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    OperationType,
    get_operation_ast,
    parse,
)

from schema.cost import cached_cost
from schema.limits import CACHE_SIZE  # the size of the parsed documents' cache

LIGHT_COST = 1000
# Root fields whose whole answer comes from one compiled query (``schema.completion.Rows``).
LIGHT_FIELDS = frozenset(
    {
        "__typename",
        "node",
        "cluster",
        "clusters",
        "organization",
        "organizations",
        "project",
        "projects",
        "search",
    }
)


def is_light(
    schema: GraphQLSchema,
    query: str | None,
    operation_name: str | None,
    variables: Mapping[str, Any] | None,
    max_tokens: int,
) -> bool:
    """True when the operation may run on the server's loop (see the module's docstring).

    Documents that do not parse, name no operation of theirs or nest too deeply to walk are
    not light: the executor's loop runs them, and the usual validation answers them.
    """
    if not query:
        return False
    document = _light_document(query, operation_name, max_tokens)
    if document is None:
        return False
    try:
        cost = cached_cost(schema, query, document, operation_name, variables)
        return cost <= LIGHT_COST
    except RecursionError:
        return False


@functools.lru_cache(maxsize=CACHE_SIZE)
def _light_document(query: str, operation_name: str | None, max_tokens: int) -> DocumentNode | None:
    """The parsed document when its operation is a query of light root fields only."""
    try:
        document = parse(query, max_tokens=max_tokens)
    except (GraphQLError, RecursionError):
        return None
    operation = get_operation_ast(document, operation_name)
    if operation is None or operation.operation != OperationType.QUERY:
        return None
    for selection in operation.selection_set.selections:
        if not isinstance(selection, FieldNode) or selection.name.value not in LIGHT_FIELDS:
            return None
    return document
