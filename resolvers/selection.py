"""What a root field's request selects, as ``graph.select.Selection`` trees (lookahead).

The selection set of the GraphQL document (fragments, inline fragments, ``@skip`` and
``@include`` resolved, argument values coerced with the variables) becomes a tree of the
schema's field names. A field without arguments is keyed by its Python name, so strawberry's
default resolver reads it from the answer's maps; a field with arguments gets a generated
key (``a0``, ``a1``, ...), recorded per request under its AST node so that its resolver
(:func:`keyed`) finds its own value even when aliases ask for it twice with other arguments.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import Enum
from typing import Any, LiteralString

import strawberry
from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLIncludeDirective,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLSchema,
    GraphQLSkipDirective,
    GraphQLUnionType,
    InlineFragmentNode,
    SelectionSetNode,
    get_named_type,
    type_from_ast,
)
from graphql.execution.values import VariableValues, get_argument_values

from graph.select import Selection
from resolvers.context import Context

MAX_KEYS = 500
KEYS: tuple[LiteralString, ...] = tuple(f"a{i}" for i in range(MAX_KEYS))
DEFINITION = "strawberry-definition"


def selection(info: strawberry.Info[Context]) -> Selection:
    """What the request selects below the field being resolved."""
    # strawberry's own ``selected_fields`` drops the AST nodes this needs for the keys.
    return Lookahead(info._raw_info, info.context.keys).root()


class Lookahead:
    """Turns one request's selection sets into :class:`Selection` trees."""

    def __init__(self, info: GraphQLResolveInfo[Any], keys: dict[int, LiteralString]) -> None:
        self.info = info
        self.schema: GraphQLSchema = info.schema
        self.keys = keys
        given = info.variable_values
        # The argument helpers want VariableValues; resolvers may see the coerced dict.
        self.variables = (
            given if isinstance(given, VariableValues) else VariableValues({}, dict(given or {}))
        )

    def root(self) -> Selection:
        """The selection of the field being resolved (its own arguments are the resolver's)."""
        info = self.info
        return Selection(
            info.field_name,
            "root",
            {},
            self.fields(get_named_type(info.return_type), info.field_nodes),
        )

    def fields(self, type_: Any, nodes: Sequence[FieldNode]) -> dict[str, tuple[Selection, ...]]:
        """Sub-fields of ``nodes`` per possible type of ``type_``."""
        if isinstance(type_, GraphQLInterfaceType | GraphQLUnionType):
            kinds = list(self.schema.get_possible_types(type_))
        elif isinstance(type_, GraphQLObjectType):
            kinds = [type_]
        else:
            return {}
        return {kind.name: tuple(self._collect(kind, nodes)) for kind in kinds}

    def _collect(self, kind: GraphQLObjectType, nodes: Sequence[FieldNode]) -> Iterator[Selection]:
        grouped: dict[str, list[FieldNode]] = {}
        for node in nodes:
            if node.selection_set is not None:
                self._group(kind, node.selection_set, grouped)
        for group in grouped.values():
            name = group[0].name.value
            definition = kind.fields.get(name)
            if definition is None:  # __typename and the like
                continue
            yield Selection(
                name,
                self._key(definition, group[0]),
                self._arguments(definition, group[0]),
                self.fields(get_named_type(definition.type), group),
            )

    def _group(
        self,
        kind: GraphQLObjectType,
        selection_set: SelectionSetNode,
        grouped: dict[str, list[FieldNode]],
    ) -> None:
        for node in selection_set.selections:
            if not self._included(node):
                continue
            if isinstance(node, FieldNode):
                key = node.alias.value if node.alias else node.name.value
                grouped.setdefault(key, []).append(node)
            elif isinstance(node, InlineFragmentNode):
                if self._applies(node.type_condition, kind):
                    self._group(kind, node.selection_set, grouped)
            elif isinstance(node, FragmentSpreadNode):
                fragment = self.info.fragments.get(node.name.value)
                if fragment is not None and self._applies(fragment.type_condition, kind):
                    self._group(kind, fragment.selection_set, grouped)

    def _applies(self, condition: Any, kind: GraphQLObjectType) -> bool:
        if condition is None:
            return True
        wanted = type_from_ast(self.schema, condition)
        if wanted is kind:
            return True
        abstract = isinstance(wanted, GraphQLInterfaceType | GraphQLUnionType)
        return abstract and self.schema.is_sub_type(wanted, kind)

    def _included(self, node: Any) -> bool:
        for directive, skip_when in (
            (GraphQLSkipDirective, True),
            (GraphQLIncludeDirective, False),
        ):
            found = next((d for d in node.directives or () if d.name.value == directive.name), None)
            if found is not None:
                condition = get_argument_values(directive, found, self.variables)
                if bool(condition.get("if")) is skip_when:
                    return False
        return True

    def _key(self, definition: GraphQLField, node: FieldNode) -> LiteralString:
        if not definition.args:
            # The Python name strawberry gave the field: the schema's own, never the request's.
            name: LiteralString = definition.extensions[DEFINITION].python_name
            return name
        key = self.keys.get(id(node))
        if key is None:
            if len(self.keys) >= MAX_KEYS:
                raise ValueError("too many fields with arguments in one request")
            key = KEYS[len(self.keys)]
            self.keys[id(node)] = key
        return key

    def _arguments(self, definition: GraphQLField, node: FieldNode) -> dict[str, Any]:
        if not definition.args:
            return {}
        values = get_argument_values(definition, node, self.variables)
        return {name: _plain(value) for name, value in values.items()}


def _plain(value: Any) -> Any:
    """Argument values as Neo4j parameters: enum members become their values."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
