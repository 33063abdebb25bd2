"""Safety limits on every request: body size, depth, aliases, tokens, caches, introspection.

Read once from the environment when the schema is built:

- ``CLUSTERGRAPH_MAX_BODY_BYTES`` (default 1,000,000): largest POST body; larger ones are
  refused with 413 before they are read. ``CLUSTERGRAPH_MAX_QUERY_STRING_BYTES`` (default
  16,384): longest ``GET`` query string (414 beyond; send long documents by POST).

- ``CLUSTERGRAPH_MAX_DEPTH`` (default 12): deepest field nesting, counted from the root
  fields (``{ organization { partners { edges { node { name } } } } }`` has depth 4).
  Introspection fields (``__schema``, ``__type``) are not counted.
- ``CLUSTERGRAPH_MAX_ALIASES`` (default 30) and ``CLUSTERGRAPH_MAX_TOKENS`` (default 2000).
- ``CLUSTERGRAPH_MAX_COST`` (default 5000): most objects an operation's answer may hold, as
  :mod:`schema.cost` computes it from the document before it runs.
- ``CLUSTERGRAPH_INTROSPECTION`` (default ``true``): ``false`` refuses ``__schema`` and
  ``__type`` (``__typename`` stays allowed), for production.
- ``CLUSTERGRAPH_RATE_LIMIT`` (default 600): requests a minute from one client address,
  beyond which the service answers 429 (see :mod:`rate_limit`); 0 turns it off.

Every refusal carries ``extensions.code`` ``QUERY_TOO_COMPLEX`` (see :mod:`schema.errors`).
Parsed and validated documents are cached in bounded LRU caches. Page sizes are bounded
separately, by :data:`schema.pagination.MAX_PAGE_SIZE`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from graphql import ExecutionResult, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)

from graph.settings import env_flag
from schema.cost import cached_cost
from schema.errors import TOO_COMPLEX

CACHE_SIZE = 512


@dataclass(frozen=True)
class Limits:
    """The limits applied to every operation."""

    max_body_bytes: int = 1_000_000
    max_query_string_bytes: int = 16_384
    max_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2000
    max_cost: int = 5000
    introspection: bool = True
    cache_size: int = CACHE_SIZE
    rate_per_minute: int = 600

    @classmethod
    def from_env(cls) -> Limits:
        """Limits from ``CLUSTERGRAPH_*`` variables; unset ones keep their defaults."""
        default = cls()
        return cls(
            max_body_bytes=_positive("CLUSTERGRAPH_MAX_BODY_BYTES", default.max_body_bytes),
            max_query_string_bytes=_positive(
                "CLUSTERGRAPH_MAX_QUERY_STRING_BYTES", default.max_query_string_bytes
            ),
            max_depth=_positive("CLUSTERGRAPH_MAX_DEPTH", default.max_depth),
            max_aliases=_positive("CLUSTERGRAPH_MAX_ALIASES", default.max_aliases),
            max_tokens=_positive("CLUSTERGRAPH_MAX_TOKENS", default.max_tokens),
            max_cost=_positive("CLUSTERGRAPH_MAX_COST", default.max_cost),
            introspection=env_flag("CLUSTERGRAPH_INTROSPECTION", default.introspection),
            rate_per_minute=_positive(
                "CLUSTERGRAPH_RATE_LIMIT", default.rate_per_minute, zero_allowed=True
            ),
        )


def _positive(name: str, default: int, zero_allowed: bool = False) -> int:
    text = os.environ.get(name)
    if not text:
        return default
    if not text.isdigit() or (int(text) == 0 and not zero_allowed):
        kind = "a whole number (0: no limit)" if zero_allowed else "a positive integer"
        raise ValueError(f"{name} must be {kind}, got {text!r}")
    return int(text)


class CostLimit(SchemaExtension):
    """Refuses, before it runs, an operation whose answer could hold more than ``max_cost``
    objects (:func:`schema.cost.cached_cost`); the error gives the cost and the limit."""

    def __init__(self, *, max_cost: int) -> None:
        self.max_cost = max_cost

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if context.result is None and context.graphql_document is not None:
            cost = cached_cost(
                context.schema._schema,
                context.query,
                context.graphql_document,
                context.operation_name,
                context.variables,
            )
            if cost > self.max_cost:
                context.result = ExecutionResult(data=None, errors=[self._error(cost)])
        yield

    def _error(self, cost: int) -> GraphQLError:
        return GraphQLError(
            f"The query costs up to {cost:,} (the objects it could return and the work of "
            f"its rankings, suggestions and paths); the limit is {self.max_cost:,}. Ask for "
            "smaller pages (first), fewer nested lists or fewer computed fields.",
            extensions={"code": TOO_COMPLEX, "cost": cost, "maxCost": self.max_cost},
        )


def limit_extensions(limits: Limits) -> list[Callable[[], SchemaExtension]]:
    """Extension factories (one fresh instance per request) enforcing ``limits``.

    The depth and alias limiters build their validation rules as new classes each time they
    are made: made once here, so that every request validates with the same rules, which
    lets ``ValidationCache`` (keyed by the rules) hit, and stops every request from adding
    two classes to the cache and to the garbage.
    """
    rules = [
        *QueryDepthLimiter(max_depth=limits.max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=limits.max_aliases).validation_rules,
    ]
    factories: list[Callable[[], SchemaExtension]] = [
        functools.partial(MaxTokensLimiter, max_token_count=limits.max_tokens),
        functools.partial(ParserCache, maxsize=limits.cache_size),
        functools.partial(ValidationCache, maxsize=limits.cache_size),
        functools.partial(AddValidationRules, rules),
        functools.partial(CostLimit, max_cost=limits.max_cost),
    ]
    if not limits.introspection:
        factories.append(DisableIntrospection)
    return factories


LIMITS = Limits.from_env()
