"""One Cypher query for one GraphQL root field: the selection, compiled to map projections.

A request names the fields it wants (:class:`Selection`, made from the GraphQL selection set
by ``resolvers.selection``). :class:`Compiler` turns it into a nested map projection of the
node the root field starts from, with a COLLECT or COUNT subquery for every related list,
page or count. The text is built only from the fixed fragments of ``graph.shapes``, the
schema's own field names and generated variable, key and parameter names: nothing the
request writes reaches the Cypher, and every value it gives is a ``$parameter``. The answer
is one row of maps keyed as the GraphQL types read them, so the service builds no objects.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, LiteralString

from graph.errors import BadArgument
from graph.paging import window

# Generated names: node, relationship and helper variables per depth, and parameters.
MAX_DEPTH = 24
NODES: tuple[LiteralString, ...] = tuple(f"n{i}" for i in range(MAX_DEPTH))
# Nodes a link's relationship holds the ids of (``r*id`` in Link.nodes): the labels of their
# types, and the relationship's list property for each such field (of the field's name).
_ID_LABELS: Mapping[str, LiteralString] = {"Topic": "Topic"}
_ID_PROPERTIES: Mapping[str, LiteralString] = {"evidenceTopics": "evidenceTopics"}
RELATIONSHIPS: tuple[LiteralString, ...] = tuple(f"r{i}" for i in range(MAX_DEPTH))
HELPERS: tuple[LiteralString, ...] = tuple(f"x{i}" for i in range(MAX_DEPTH))
MAX_PARAMETERS = 400
PARAMETERS: tuple[LiteralString, ...] = tuple(f"s{i}" for i in range(MAX_PARAMETERS))
VALUES: tuple[LiteralString, ...] = tuple(f"v{i}" for i in range(MAX_PARAMETERS))

# Fragments are fixed templates: ``{n}`` the node, ``{m}`` the other node, ``{r}`` a
# relationship, ``{x}`` a prefix for helper names, ``{p}`` a parameter. Only generated names
# are put into them (``_fill``).
Template = LiteralString


@dataclass(frozen=True)
class Selection:
    """A selected field: its schema name, the key of its value in the answer's maps, its
    argument values, and its sub-fields per possible type (one type for an object type,
    each implementation for an interface)."""

    name: str
    key: LiteralString
    arguments: Mapping[str, Any] = field(default_factory=dict)
    fields: Mapping[str, tuple[Selection, ...]] = field(default_factory=dict)

    def sub(self, type_name: str) -> tuple[Selection, ...]:
        """The sub-fields that apply when the value is of ``type_name``."""
        return self.fields.get(type_name, ())


@dataclass(frozen=True)
class Value:
    """A value read from the node: a fixed expression of ``{n}``. ``viewer``: it reads the
    viewer's rights, the parameters ``$viewerIsAdmin`` and ``$viewerClusters``. ``call``: it
    aggregates inside a subquery, so it is computed in a CALL of its own (see :class:`Part`).
    ``argument``: the expression reads that argument of the field as ``{p}`` (null when the
    request does not give it)."""

    expression: Template
    viewer: bool = False
    call: bool = False
    argument: str = ""


@dataclass(frozen=True)
class Link:
    """Related nodes, or rows holding them, of a node.

    ``pattern`` binds the other node ``{m}`` (and may bind a relationship ``{r}`` and helper
    values named from ``{x}``) and ends in a WHERE clause; the ``filters`` of the arguments
    given are added to it; ``group`` may follow (an aggregation); ``carry`` lists what the
    ``order`` and the items read. ``shape``: ``one`` (a node or null), ``list`` (at most
    ``cap``; ``first`` when the field takes it, ``default`` when it is not given) or ``page``
    (a Relay connection of type ``connection``: ``first``/``after``, ``totalCount``). With
    ``item`` unset an item is the node itself; else an item of that type is a map of
    ``edge`` values and of ``nodes`` fields ``(type, where)``: ``m`` the other node, ``n``
    the node the link starts from, ``x`` the helper ``{x}``, ``x*`` a list of nodes in it,
    ``r*id`` a list of node ids in the relationship's property of the field's name (the
    nodes read for the items kept only, in id order).
    """

    target: str
    pattern: Template
    carry: Template
    order: Template
    shape: Literal["one", "list", "page"] = "list"
    item: str = ""
    connection: str = ""
    edge: Mapping[str, Template] = field(default_factory=dict)
    nodes: Mapping[str, tuple[str, Literal["m", "n", "x", "x*", "r*id"]]] = field(
        default_factory=dict
    )
    filters: Mapping[str, Template] = field(default_factory=dict)
    group: Template = ""
    cap: int = 100
    default: int | None = None


Shape = Mapping[str, Value | Link]


@dataclass
class Part:
    """A projection (``text``) and the CALL subqueries that must come before the RETURN
    that holds it (``calls``): each related list, page or aggregate is computed in a CALL of
    its own and the projection reads its variable. (A subquery expression that aggregates
    inside a map projection is refused by Neo4j 5's planner; in a CALL it is not.)"""

    calls: list[LiteralString]
    text: LiteralString

    def returning(self) -> LiteralString:
        """The calls, then ``RETURN`` of the projection (without an alias)."""
        return " ".join([*self.calls, "RETURN " + self.text])


class Compiler:
    """Builds one query's projections and collects its parameters.

    ``shapes`` maps a GraphQL type name to what can be read of it; ``interfaces`` maps an
    interface name to its possible types, each with the label that tells it apart; ``viewer``
    holds the viewer parameters that fields reading personal data need.
    """

    def __init__(
        self,
        shapes: Mapping[str, Shape],
        interfaces: Mapping[str, Sequence[tuple[LiteralString, LiteralString]]],
        viewer: Mapping[str, Any] | None = None,
    ) -> None:
        self.shapes = shapes
        self.interfaces = interfaces
        self.viewer = dict(viewer or {})
        self.params: dict[str, Any] = {}
        self.variables = 0

    def parameter(self, value: Any) -> LiteralString:
        """A new parameter holding ``value``; its ``$name`` for the text."""
        if len(self.params) >= MAX_PARAMETERS:
            raise BadArgument("query", "has too many parts to answer in one query")
        name = PARAMETERS[len(self.params)]
        self.params[name] = value
        return "$" + name

    def _variable(self) -> LiteralString:
        if self.variables >= MAX_PARAMETERS:
            raise BadArgument("query", "has too many parts to answer in one query")
        self.variables += 1
        return VALUES[self.variables - 1]

    def _hoist(
        self, node: LiteralString, expression: LiteralString, calls: list[LiteralString]
    ) -> LiteralString:
        """Compute ``expression`` in a CALL over ``node``; the variable that holds it."""
        name = self._variable()
        calls.append("CALL (" + node + ") { RETURN " + expression + " AS " + name + " }")
        return name

    def project(
        self, type_name: str, depth: int, selection: Selection, var: LiteralString | None = None
    ) -> Part:
        """The projection of the node ``var`` (default ``n<depth>``) of type ``type_name``
        (an object type or an interface) with ``selection``'s sub-fields."""
        if depth >= MAX_DEPTH - 2:
            raise BadArgument("query", "is nested too deep to answer in one query")
        node = var or NODES[depth]
        if type_name not in self.interfaces:
            return self._object(type_name, depth, node, selection.sub(type_name), None)
        calls: list[LiteralString] = []
        cases: list[LiteralString] = []
        for name, label in self.interfaces[type_name]:
            part = self._object(name, depth, node, selection.sub(name), name)
            calls.extend(part.calls)
            cases.append("WHEN " + node + ":" + label + " THEN " + part.text)
        return Part(calls, "CASE " + " ".join(cases) + " END")

    def _object(
        self,
        type_name: str,
        depth: int,
        node: LiteralString,
        selections: Sequence[Selection],
        tag: LiteralString | None,
    ) -> Part:
        shape = self.shapes[type_name]
        calls: list[LiteralString] = []
        entries: list[LiteralString] = [".id"] if "id" in shape else []
        if tag is not None:
            entries.append("typename: '" + tag + "'")
        for sel in distinct(selections):
            spec = shape.get(sel.name)
            if spec is None or sel.name == "id":
                continue  # answered without the graph (e.g. __typename)
            if isinstance(spec, Link):
                try:
                    entries.append(sel.key + ": " + self.link(spec, depth, node, sel, calls))
                except BadArgument as error:
                    # of a query's lists, the one whose argument is refused ("partners.first")
                    raise (error if error.field == "query" else error.within(sel.name)) from None
                continue
            if spec.viewer:
                self.params.update(self.viewer)
            if spec.argument:
                given = self.parameter(sel.arguments.get(spec.argument))
                value = _fill(spec.expression, n=node, p=given)
            else:
                value = _fill(spec.expression, n=node)
            if spec.call:
                value = self._hoist(node, value, calls)
            entries.append(sel.key + ": " + value)
        return Part(calls, node + " {" + ", ".join(entries) + "}")

    def link(
        self,
        spec: Link,
        depth: int,
        node: LiteralString,
        sel: Selection,
        calls: list[LiteralString],
    ) -> LiteralString:
        """A link's value: hoisted into CALL subqueries (added to ``calls``), read through
        their variables: a node (or null), a list, or a page map."""
        names = _names(depth, node)
        match = _fill(spec.pattern, **names) + self._filters(spec, sel, names)
        if spec.group:
            match = match + " " + _fill(spec.group, **names)
        carry = _fill(spec.carry, **names)
        ordered = match + " WITH " + carry + " ORDER BY " + _fill(spec.order, **names)
        if spec.shape == "page":
            return self._page(spec, depth, sel, node, (match, carry, ordered), calls)
        limit = "1" if spec.shape == "one" else self.parameter(self._size(spec, sel))
        body = ordered + " LIMIT " + limit + " " + self._item(spec, depth, sel).returning()
        if spec.shape == "one":
            return self._hoist(node, "head(COLLECT { " + body + " })", calls)
        return self._hoist(node, "COLLECT { " + body + " }", calls)

    def _page(
        self,
        spec: Link,
        depth: int,
        sel: Selection,
        node: LiteralString,
        texts: tuple[LiteralString, LiteralString, LiteralString],
        calls: list[LiteralString],
    ) -> LiteralString:
        match, carry, ordered = texts
        offset, limit = window(sel.arguments.get("first"), sel.arguments.get("after"))
        fields = sel.sub(spec.connection)
        edges = merge(f for f in fields if f.name == "edges")
        parts: list[LiteralString] = [
            "offset: " + self.parameter(offset),
            "limit: " + self.parameter(limit),
        ]
        if edges is not None or any(f.name == "pageInfo" for f in fields):
            # One more than the page, to know whether another page follows.
            item = self._item(spec, depth, edges or Selection("edges", "edges"))
            body = (
                ordered
                + " SKIP "
                + self.parameter(offset)
                + " LIMIT "
                + self.parameter(limit + 1)
                + " "
                + item.returning()
            )
            parts.append("edges: " + self._hoist(node, "COLLECT { " + body + " }", calls))
        if any(f.name == "totalCount" for f in fields):
            count = "COUNT { " + match + " RETURN " + carry + " }"
            parts.append("total_count: " + self._hoist(node, count, calls))
        return "{" + ", ".join(parts) + "}"

    def _item(self, spec: Link, depth: int, sel: Selection) -> Part:
        if not spec.item:
            return self.project(spec.target, depth + 1, sel)
        names = _names(depth, NODES[depth])
        calls: list[LiteralString] = []
        entries: list[LiteralString] = []
        for item in distinct(sel.sub(spec.item)):
            if item.name in spec.edge:
                entries.append(item.key + ": " + _fill(spec.edge[item.name], **names))
            elif item.name in spec.nodes:
                part = self._node_in(spec.nodes[item.name], depth, item, names)
                calls.extend(part.calls)
                entries.append(item.key + ": " + part.text)
        return Part(calls, "{" + ", ".join(entries) + "}")

    def _node_in(
        self,
        where: tuple[str, str],
        depth: int,
        item: Selection,
        names: Mapping[str, LiteralString],
    ) -> Part:
        type_name, source = where
        if source == "m":
            return self.project(type_name, depth + 1, item)
        if source in ("x*", "r*id"):  # nodes held by the helper, or ids by the relationship
            inner = NODES[depth + 2]
            part = self.project(type_name, depth + 2, item)
            held = names["x"]
            each = "UNWIND " + held + " AS " + inner + " "
            if source == "r*id":  # the relationship's list property of the field's name,
                held = names["r"]  # read here: for the items kept only
                each = (
                    "UNWIND coalesce("
                    + held
                    + "."
                    + _ID_PROPERTIES[item.name]
                    + ", []) AS "
                    + inner
                    + "id MATCH ("
                    + inner
                    + ":"
                    + _ID_LABELS[type_name]
                    + " {id: "
                    + inner
                    + "id}) WITH "
                    + inner
                    + " ORDER BY "
                    + inner
                    + ".id "
                )
            body = each + " ".join(part.calls)
            name = self._variable()
            call = (
                "CALL ("
                + held
                + ") { "
                + body
                + " RETURN collect("
                + part.text
                + ") AS "
                + name
                + " }"
            )
            return Part([call], name)
        # the start node or the helper, projected under its own name
        return self.project(type_name, depth + 2, item, var=names[source])

    def _filters(
        self, spec: Link, sel: Selection, names: Mapping[str, LiteralString]
    ) -> LiteralString:
        text: LiteralString = ""
        for argument, predicate in spec.filters.items():
            value = sel.arguments.get(argument)
            if value is not None:
                text = text + " AND " + _fill(predicate, p=self.parameter(value), **names)
        return text

    def _size(self, spec: Link, sel: Selection) -> int:
        first = sel.arguments.get("first")
        size = (spec.default or spec.cap) if first is None else int(first)
        if not 1 <= size <= spec.cap:
            raise BadArgument("first", f"must be between 1 and {spec.cap}, got {size}")
        return size


def _names(depth: int, node: LiteralString) -> dict[str, LiteralString]:
    """The generated names a link's templates are filled with."""
    return {
        "n": node,
        "m": NODES[depth + 1],
        "r": RELATIONSHIPS[depth + 1],
        "x": HELPERS[depth + 1],
    }


_PLACEHOLDER = re.compile(r"\{([nmrxp])\}")


def _fill(template: Template, **names: LiteralString) -> LiteralString:
    """``template`` with its placeholders ``{n}``, ``{m}``, ``{r}``, ``{x}``, ``{p}``
    replaced by generated names (never request text); other braces are left as they are."""
    text: LiteralString = _PLACEHOLDER.sub(lambda found: names[found.group(1)], template)
    return text


def merge(selections: Sequence[Selection] | Any) -> Selection | None:
    """One selection holding the sub-fields of all ``selections`` (None for none)."""
    found = list(selections)
    if not found:
        return None
    first = found[0]
    names = {name for sel in found for name in sel.fields}
    fields = {name: tuple(f for sel in found for f in sel.sub(name)) for name in names}
    return Selection(first.name, first.key, first.arguments, fields)


def distinct(selections: Sequence[Selection]) -> list[Selection]:
    """One selection per key, the sub-fields of repeated ones merged (two aliases of a field
    without arguments read the same value)."""
    by_key: dict[str, list[Selection]] = {}
    for sel in selections:
        by_key.setdefault(sel.key, []).append(sel)
    return [merged for group in by_key.values() if (merged := merge(group)) is not None]
