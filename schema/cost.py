"""The cost of an operation: how many objects its answer can hold, computed before it runs.

Every field that returns objects costs the number of objects it can return: 1 for a single
object, the list's size for a list, both multiplied by the number of parent objects. Scalars
cost nothing (they come with their object). Aliases and fragments are counted as written
(an aliased field twice is two fields); variables are resolved; introspection is free.

A list's size per parent object comes from :data:`SIZES` when the list is named there, then
from the field's own ``first`` argument (its value, or the schema default, or
:data:`~schema.pagination.DEFAULT_PAGE_SIZE`), then, for the ``edges`` of a ``...Connection``,
from the ``first`` of the field that returned the connection. A plain list without a page
argument must be named in :data:`SIZES` (``tests/test_cost.py`` checks every list of the
schema): with a cap when its resolver never returns more, or an estimate otherwise.

Example: ``organizations(first: 100) { edges { node { partners(first: 100) { edges { node {
name } } } } } }`` costs 1 + 100 + 100 + 100 + 10,000 + 10,000 = 20,301.

Fields that compute more than they return (graph algorithms, suggestions, paths, facets)
also cost their work, :data:`WORK`, per call: about one unit per millisecond that one call
takes on the demo network, so that the cost limit bounds a request's computation, not only
its answer (the second audit's 30 aliases of a betweenness ranking each returned 10
objects but took 0.6 s).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    DocumentNode,
    EnumValueNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    NamedTypeNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    is_leaf_type,
)
from graphql.utilities import get_operation_ast

from graph.paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from recommender.text import MAX_TERMS
from schema.explore import MAX_NODES

COST_CACHE_SIZE = 512


@dataclass(frozen=True)
class Size:
    """How many items a list returns per parent object.

    ``argument``: read from this field's argument of that name; ``parent_argument``: from the
    argument of the field that returned the parent object. Without either, or when the
    argument is not given, ``default``. ``most`` is the largest value the resolver accepts:
    over it the field returns nothing but an error naming the argument, so it costs nothing
    (and that error, not the cost limit, tells the client). ``factor`` multiplies the value
    (e.g. the edges of a subgraph of ``limit`` nodes).
    """

    default: int
    argument: str | None = None
    parent_argument: str | None = None
    most: int = MAX_PAGE_SIZE
    factor: int = 1


def cap(items: int) -> Size:
    """A list whose resolver never returns more than ``items``."""
    return Size(default=items)


def estimate(items: int) -> Size:
    """An unbounded list, sized for cost by a generous typical size (not a bound)."""
    return Size(default=items)


# (type, field) -> size, for every list field without a `first` argument, and for lists whose
# size comes from another argument. Update it when a list changes: a plain list that becomes
# paged (`first`, `after`) leaves this table, and the `first` rule takes over.
SIZES: dict[tuple[str, str], Size] = {
    ("Query", "clusters"): estimate(10),  # the Luxembourg programme has 6
    ("Query", "topics"): cap(100),  # its ids, at most 100
    ("Organization", "clusters"): estimate(10),
    ("Membership", "evidenceTopics"): estimate(10),
    ("ClusterMemberEdge", "evidenceTopics"): estimate(10),
    ("Organization", "people"): estimate(10),
    ("Project", "topics"): estimate(10),
    ("Project", "clusters"): estimate(10),
    ("Topic", "narrower"): cap(200),
    ("Topic", "clusters"): estimate(10),
    ("Cluster", "aliases"): estimate(10),
    ("Cluster", "memberCounts"): cap(5),  # one per kind of organisation, and unknown
    ("Cluster", "governance"): estimate(10),
    ("Cluster", "topics"): estimate(30),
    ("Cluster", "objectives"): estimate(20),
    ("Cluster", "bridges"): Size(default=10, argument="first"),
    ("ClusterBridge", "otherClusters"): estimate(10),
    ("Objective", "measurements"): estimate(30),
    ("Cluster", "indicators"): cap(26),  # 13 indicators, 2 populations
    ("IndicatorSeries", "years"): estimate(12),  # 2014-2025; a period may span up to 50
    ("Query", "indicatorDefinitions"): cap(13),
    ("Cluster", "geography"): cap(2),  # 2 populations
    ("ClusterGeography", "countries"): estimate(60),  # partners' countries: 40-60 in the demo
    ("ClusterGeography", "regions"): estimate(150),  # NUTS 2 regions: 100-150 in the demo
    ("Initiative", "indicators"): cap(26),
    ("Initiative", "clusters"): estimate(10),
    ("Initiative", "objectives"): estimate(20),
    ("Person", "affiliations"): estimate(5),
    ("PartnerSuggestion", "reasons"): estimate(10),
    ("PartnerSuggestion", "highlights"): cap(3),
    ("ReasonGroup", "evidence"): cap(5),
    ("Reason", "evidence"): estimate(10),
    ("SearchFacets", "types"): cap(4),
    ("SearchFacets", "kinds"): cap(5),
    ("SearchFacets", "countries"): estimate(60),
    ("SearchFacets", "programmes"): estimate(5),
    ("SearchFacets", "sme"): cap(2),
    ("Viewer", "clusterIds"): estimate(10),
    ("Query", "briefWords"): cap(MAX_TERMS),
    ("BriefFilters", "words"): estimate(5),  # "PME", "luxembourgeoise"
    ("BriefFilters", "kinds"): cap(3),  # company, research institution, public actor
    ("BriefFilters", "countries"): estimate(3),
    ("ConnectionPath", "nodes"): cap(13),  # at most 6 hops: 7 organisations and 6 projects
    ("Subgraph", "nodes"): Size(default=200, parent_argument="limit", most=MAX_NODES),
    ("Subgraph", "edges"): Size(default=600, parent_argument="limit", most=MAX_NODES, factor=3),
}


# A list that somehow has no rule (tests/test_cost.py keeps this from happening): a full page.
UNKNOWN_LIST = Size(default=MAX_PAGE_SIZE)


@dataclass(frozen=True)
class Work:
    """What one call of a field costs besides the objects it returns: ``base``, or for an
    argument value named in ``by_value`` (an enum value as written) that value's cost, plus
    ``per_unit`` times the integer argument ``unit`` (its default when not given)."""

    base: int
    argument: str | None = None
    by_value: Mapping[str, int] = field(default_factory=dict)
    unit: str | None = None
    per_unit: int = 0


# (type, field) -> the work of one call, measured on the demo network (docs/operations.md):
# betweenness ranks members by shortest paths in the service (0.3-0.9 s of CPU); the degree
# rankings scan the whole network when no cluster is given (0.3-0.4 s of Neo4j time); a
# suggestion runs 8 or 9 queries (0.15-0.35 s); a path is a bounded search per hop.
WORK: dict[tuple[str, str], Work] = {
    ("Query", "centralOrganizations"): Work(
        base=300, argument="measure", by_value={"BETWEENNESS": 2000}
    ),
    ("Query", "suggestPartners"): Work(base=300),
    ("Query", "suggestConsortium"): Work(base=300),
    ("Query", "suggestClusterMembers"): Work(base=400),
    ("Query", "connectionPath"): Work(base=0, unit="maxHops", per_unit=50),
    ("Query", "searchFacets"): Work(base=100),
    # a code not spelled as the data spells it reads every call topic's code (10-15 ms on
    # the demo network)
    ("Query", "callTopic"): Work(base=15),
}


@dataclass(frozen=True)
class _Asked:
    """A field as the document asks for it, and its definition in the schema."""

    node: FieldNode
    field: GraphQLField


@dataclass(frozen=True)
class _Walk:
    """What the walk needs at every level: the document's fragments and the variables."""

    fragments: Mapping[str, FragmentDefinitionNode]
    variables: Mapping[str, Any]
    defaults: Mapping[str, Any]


def operation_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: Mapping[str, Any] | None,
) -> int:
    """The cost of the operation ``operation_name`` of a validated ``document``."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    if root is None:
        return 0
    fragments = {
        node.name.value: node
        for node in document.definitions
        if isinstance(node, FragmentDefinitionNode)
    }
    walk = _Walk(fragments, variables or {}, _variable_defaults(operation))
    return _selection_cost(schema, walk, operation.selection_set, root, 1, None, frozenset())


def cached_cost(
    schema: GraphQLSchema,
    query: str | None,
    document: DocumentNode,
    operation_name: str | None,
    variables: Mapping[str, Any] | None,
) -> int:
    """:func:`operation_cost` of ``document`` (parsed from ``query``), remembered for the
    same text, operation and integer or string variables, the only variables a cost reads:
    the choice of event loop (``schema.lanes``) and the cost limit each ask for it once per
    request, and clients repeat their queries. Without the text, computed afresh."""
    if query is None:
        return operation_cost(schema, document, operation_name, variables)
    asked = _Asking(schema, query, operation_name, _cost_variables(variables), document)
    return _remembered_cost(asked)


@dataclass(frozen=True)
class _Asking:
    schema: GraphQLSchema
    query: str
    operation_name: str | None
    variables: tuple[tuple[str, int | str], ...]
    document: DocumentNode = field(compare=False)  # parsed from ``query``


@functools.lru_cache(maxsize=COST_CACHE_SIZE)
def _remembered_cost(asked: _Asking) -> int:
    return operation_cost(asked.schema, asked.document, asked.operation_name, dict(asked.variables))


def _cost_variables(variables: Mapping[str, Any] | None) -> tuple[tuple[str, int | str], ...]:
    return tuple(
        sorted(
            (name, value)
            for name, value in (variables or {}).items()
            if isinstance(value, int | str)
        )
    )


def _variable_defaults(operation: OperationDefinitionNode) -> dict[str, Any]:
    return {
        node.variable.name.value: node.default_value.value
        for node in operation.variable_definitions or ()
        if isinstance(node.default_value, IntValueNode)
    }


def _selection_cost(
    schema: GraphQLSchema,
    walk: _Walk,
    selection_set: SelectionSetNode,
    parent: GraphQLNamedType,
    parents: int,
    parent_field: _Asked | None,
    spread: frozenset[str],
) -> int:
    """Cost of a selection set under ``parents`` objects of type ``parent``."""
    total = 0
    for node, owner in _fields(schema, walk, selection_set, parent, spread):
        field = _field_of(owner, node.name.value)
        if field is None or is_leaf_type(get_named_type(field.type)):
            continue  # scalars, enums, __typename and introspection cost nothing
        asked = _Asked(node, field)
        items = parents * _items(walk, owner, asked, parent_field)
        total += items + parents * _work(walk, owner, asked)
        if node.selection_set is not None:
            child = get_named_type(field.type)
            total += _selection_cost(schema, walk, node.selection_set, child, items, asked, spread)
    return total


def _fields(
    schema: GraphQLSchema,
    walk: _Walk,
    selection_set: SelectionSetNode,
    parent: GraphQLNamedType,
    spread: frozenset[str],
) -> Iterator[tuple[FieldNode, GraphQLNamedType]]:
    """Every field of a selection set, fragments expanded, with the type it is asked on."""
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection, parent
        elif isinstance(selection, InlineFragmentNode):
            owner = _condition(schema, selection.type_condition, parent)
            yield from _fields(schema, walk, selection.selection_set, owner, spread)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = walk.fragments.get(name)
            if fragment is None or name in spread:
                continue  # unknown or cyclic: validation has refused the document already
            owner = _condition(schema, fragment.type_condition, parent)
            yield from _fields(schema, walk, fragment.selection_set, owner, spread | {name})


def _condition(
    schema: GraphQLSchema, condition: NamedTypeNode | None, parent: GraphQLNamedType
) -> GraphQLNamedType:
    if condition is None:
        return parent
    return schema.get_type(condition.name.value) or parent


def _field_of(owner: GraphQLNamedType, name: str) -> GraphQLField | None:
    if isinstance(owner, GraphQLObjectType | GraphQLInterfaceType):
        field: GraphQLField | None = owner.fields.get(name)
        return field
    return None


def _items(walk: _Walk, owner: GraphQLNamedType, asked: _Asked, parent: _Asked | None) -> int:
    """How many objects the field returns per parent object."""
    if not _is_list(asked.field.type):
        return 1
    name = asked.node.name.value
    size = list_size(owner.name, name, "first" in asked.field.args)
    if size is None:
        size = UNKNOWN_LIST
    if size.argument is not None:
        value = _int_argument(walk, asked, size.argument)
    elif size.parent_argument is not None and parent is not None:
        value = _int_argument(walk, parent, size.parent_argument)
    else:
        value = None
    if value is None:
        return size.default
    return value * size.factor if 0 <= value <= size.most else 0


def _work(walk: _Walk, owner: GraphQLNamedType, asked: _Asked) -> int:
    """What one call of the field computes, in cost units (:data:`WORK`; 0 for most)."""
    work = WORK.get((owner.name, asked.node.name.value))
    if work is None:
        return 0
    cost = work.base
    if work.argument is not None:
        value = _enum_argument(walk, asked, work.argument)
        cost = work.by_value.get(value, work.base) if value is not None else cost
    if work.unit is not None:
        cost += work.per_unit * max(_int_argument(walk, asked, work.unit) or 0, 0)
    return cost


def _enum_argument(walk: _Walk, asked: _Asked, name: str) -> str | None:
    """The enum value given to argument ``name`` as written (or through a variable, or by
    default), None when it cannot be told."""
    for argument in asked.node.arguments or ():
        if argument.name.value != name:
            continue
        value = argument.value
        if isinstance(value, EnumValueNode):
            return value.value
        if isinstance(value, VariableNode):
            given = walk.variables.get(value.name.value)
            return given if isinstance(given, str) else None
        return None
    definition = asked.field.args.get(name)
    default = definition.default_value if definition is not None else None
    return getattr(default, "name", None) if default is not None else None


def list_size(type_name: str, field_name: str, has_first: bool) -> Size | None:
    """The size rule of a list field (see the module's docstring), None if it has none."""
    declared = SIZES.get((type_name, field_name))
    if declared is not None:
        return declared
    if has_first:
        return Size(default=DEFAULT_PAGE_SIZE, argument="first")
    if field_name == "edges" and type_name.endswith("Connection"):
        return Size(default=DEFAULT_PAGE_SIZE, parent_argument="first")
    return None


def lists_without_size(schema: GraphQLSchema) -> list[str]:
    """``Type.field`` of every list of objects that has no size rule (should be none)."""
    missing = []
    for named in schema.type_map.values():
        if named.name.startswith("__") or not isinstance(
            named, GraphQLObjectType | GraphQLInterfaceType
        ):
            continue
        for name, definition in named.fields.items():
            if is_leaf_type(get_named_type(definition.type)) or not _is_list(definition.type):
                continue
            if list_size(named.name, name, "first" in definition.args) is None:
                missing.append(f"{named.name}.{name}")
    return missing


def _is_list(output: GraphQLOutputType) -> bool:
    if isinstance(output, GraphQLNonNull):
        output = output.of_type
    return isinstance(output, GraphQLList)


def _int_argument(walk: _Walk, asked: _Asked, name: str) -> int | None:
    """The integer given to argument ``name`` (literally, through a variable, or by default)."""
    for argument in asked.node.arguments or ():
        if argument.name.value != name:
            continue
        value = argument.value
        if isinstance(value, IntValueNode):
            return int(value.value)
        if isinstance(value, VariableNode):
            given = walk.variables.get(value.name.value, walk.defaults.get(value.name.value))
            if isinstance(given, int | str) and str(given).lstrip("-").isdigit():
                return int(given)
        return None
    definition = asked.field.args.get(name)
    default = definition.default_value if definition is not None else None
    return default if isinstance(default, int) else None
