"""Completing a root field's answer from the compiled query's maps in one pass.

A root field answered by one compiled query (``graph.select``) returns its maps wrapped in
:class:`Rows`. graphql-core would complete them field by field: a resolver call, a resolve
info, a path and a completion step for each of the thousands of values of a list-heavy
answer. :class:`RowExecutor` completes them itself when every field selected below the root
field reads its parent's map, as strawberry's default resolver (``schema.rows.read``) or a
resolver marked with ``schema.rows.reads_row`` would: it turns the selection into one
completion function per type and selection once (fields as graphql-core collects them, with
aliases, fragments, ``@skip``/``@include`` and ``__typename``), then applies it to every item.
Leaves go through the schema's own scalars and enums, objects through their ``is_type_of``
and interfaces through their ``resolve_type``, as in graphql-core.

Anything else goes to graphql-core's completion of the whole root field, which then runs as
before: a selected field with a resolver of its own (a DataLoader, a computed value), a value
that would be an error (a null in a non-null field, a leaf that does not serialise, a map of
the wrong type), middleware, ``@defer``. The answer is the same either way; only the work
differs. ``schema.root.build(fast=False)`` builds a schema that always takes graphql-core's
way, to compare the two. A schema of these types answers root fields only with one of the
two executors, which unwrap :class:`Rows`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from graphql import (
    GraphQLAbstractType,
    GraphQLBoolean,
    GraphQLField,
    GraphQLID,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLString,
    Undefined,
    is_abstract_type,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from schema.rows import KEYED, ROW_READERS

log = logging.getLogger("clustergraph.completion")

Complete = Callable[[Any], Any]
DEFINITION = "strawberry-definition"


class Fallback(Exception):
    """The value needs graphql-core's own completion; the message says why."""


@dataclass(frozen=True, slots=True)
class Rows:
    """A root field's answer in the compiled query's maps, for :class:`RowExecutor`."""

    value: Any


class RowExecutor(StrawberryGraphQLCoreExecutionContext):
    """strawberry's executor, completing :class:`Rows` in one pass where it can (``fast``)."""

    fast = True

    def complete_value(
        self,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        """A :class:`Rows` value completed in one pass, or unwrapped for graphql-core."""
        if type(result) is Rows:
            result = result.value
            if self.fast and not self._has_middleware():
                try:
                    return Plans(self, info).complete(return_type, field_details_list)(result)
                except Exception as reason:  # graphql-core completes it and reports errors
                    log.debug("%s completed field by field: %s", info.field_name, reason)
        return super().complete_value(
            return_type, field_details_list, info, path, result, position_context
        )

    def _has_middleware(self) -> bool:
        manager = self.middleware_manager
        return manager is not None and bool(manager.middlewares)


class FieldByFieldExecutor(RowExecutor):
    """strawberry's executor, leaving every value to graphql-core (the way to compare)."""

    fast = False


class Plans:
    """The completion functions of one root field's selection, made once per type and
    group of field nodes."""

    def __init__(self, executor: RowExecutor, info: GraphQLResolveInfo[Any]) -> None:
        self.executor = executor
        self.info = info
        self.keys: dict[int, str] = getattr(executor.context_value, "keys", {})
        self.objects: dict[tuple[str, int], Complete] = {}

    def complete(self, type_: GraphQLOutputType, details: FieldDetailsList) -> Complete:
        """The function completing a value of ``type_`` selected by ``details``."""
        if is_non_null_type(type_):
            return _non_null(self.complete(type_.of_type, details))
        if is_list_type(type_):
            return _list(self.complete(type_.of_type, details))
        if is_leaf_type(type_):
            return _leaf(type_)
        if is_abstract_type(type_):
            return self._abstract(type_, details)
        if is_object_type(type_):
            return self._object(type_, details)
        raise Fallback(f"no completion for {type_}")

    def _object(self, type_: GraphQLObjectType, details: FieldDetailsList) -> Complete:
        key = (type_.name, id(details))
        found = self.objects.get(key)
        if found is not None:
            return found
        grouped, defers, _ = self.executor.collect_subfields(type_, details)
        if defers:
            raise Fallback("deferred fields")
        fields = [(response_key, *self._field(type_, sub)) for response_key, sub in grouped.items()]
        is_type_of, info = type_.is_type_of, self.info

        def complete(row: Any) -> dict[str, Any] | None:
            if row is None:
                return None
            if type(row) is not dict:
                raise Fallback(f"{type(row).__name__} where a {type_.name} map was expected")
            if is_type_of is not None and is_type_of(row, info) is not True:
                raise Fallback(f"a map that is not a {type_.name}")
            return {name: finish(read(row)) for name, read, finish in fields}

        self.objects[key] = complete
        return complete

    def _field(
        self, parent: GraphQLObjectType, details: FieldDetailsList
    ) -> tuple[Complete, Complete]:
        """How a field's value is read from its parent's map, and how it is completed."""
        name = details[0].node.name.value
        if name == "__typename":
            type_name = parent.name
            return (lambda row: type_name), _same
        field = parent.fields.get(name)
        if field is None:
            raise Fallback(f"{parent.name}.{name} is not a field")
        return self._reader(parent, name, field, details), self.complete(field.type, details)

    def _reader(
        self, parent: GraphQLObjectType, name: str, field: GraphQLField, details: FieldDetailsList
    ) -> Complete:
        definition = field.extensions.get(DEFINITION)
        if definition is None or definition.permission_classes or definition.extensions:
            raise Fallback(f"{parent.name}.{name} is resolved with extensions")
        resolver = definition.base_resolver
        if resolver is None:
            python_name: str = definition.python_name
            return lambda row: row.get(python_name)
        reader = ROW_READERS.get(resolver.wrapped_func)
        if reader is None:
            raise Fallback(f"{parent.name}.{name} has a resolver of its own")
        if reader == KEYED:
            return itemgetter(self.keys[id(details[0].node)])
        assert callable(reader)
        return reader

    def _abstract(self, type_: GraphQLAbstractType, details: FieldDetailsList) -> Complete:
        resolve_type = type_.resolve_type or self.executor.type_resolver
        executor, info = self.executor, self.info
        by_type: dict[str, Complete] = {}

        def complete(row: Any) -> Any:
            if row is None:
                return None
            name = resolve_type(row, info, type_)
            if type(name) is not str:
                raise Fallback(f"no type name for a {type_.name}")
            plan = by_type.get(name)
            if plan is None:
                runtime = executor.ensure_valid_runtime_type(name, type_, details, info, row)
                plan = by_type[name] = self._object(runtime, details)
            return plan(row)

        return complete


def _same(value: Any) -> Any:
    return value


def _non_null(inner: Complete) -> Complete:
    def complete(value: Any) -> Any:
        completed = inner(value)
        if completed is None:
            raise Fallback("a null in a non-null field")
        return completed

    return complete


def _list(item: Complete) -> Complete:
    def complete(value: Any) -> Any:
        if value is None:
            return None
        if type(value) is not list:
            raise Fallback(f"{type(value).__name__} where a list was expected")
        return [item(each) for each in value]

    return complete


def _leaf(type_: GraphQLLeafType) -> Complete:
    """Coerced as graphql-core does; strings and booleans that already are pass as they are."""
    coerce = type_.coerce_output_value
    ready: type | None = None
    if type_ is GraphQLString or type_ is GraphQLID:
        ready = str
    elif type_ is GraphQLBoolean:
        ready = bool

    def complete(value: Any) -> Any:
        if value is None:
            return None
        if type(value) is ready:
            return value
        coerced = coerce(value)
        if coerced is None or coerced is Undefined:
            raise Fallback(f"{type_.name} cannot represent {value!r}")
        return coerced

    return complete
