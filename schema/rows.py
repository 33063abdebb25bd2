"""Types read from the answer's maps: the one query a root field sends (``graph.select``)
returns maps keyed as the types read them, so no object is built per item.

Fields without arguments are read by strawberry's default resolver (:func:`read`, set in the
schema's config); fields with arguments by :func:`keyed`, which finds the generated key the
request's lookahead gave them. Connections share one map shape: ``offset``, ``limit``,
``edges`` (one item more than the page, to tell whether another follows) and ``total_count``.

A resolver that only reads its parent's map is marked with :func:`reads_row`, so that
``schema.completion`` can read the same value without calling it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import strawberry

from graph.paging import encode_cursor
from resolvers.context import Context

Row = dict[str, Any]
Resolver = TypeVar("Resolver", bound=Callable[..., Any])
# How a resolver marked with reads_row reads its parent's map: a function of the map, or
# KEYED (the entry under the key the lookahead generated for the field, as keyed() reads).
KEYED = "keyed"
ROW_READERS: dict[Callable[..., Any], Callable[[Row], Any] | str] = {}


def reads_row(reader: Callable[[Row], Any] | str) -> Callable[[Resolver], Resolver]:
    """Marks a resolver whose value is ``reader(parent map)`` (or, for :data:`KEYED`, the
    value :func:`keyed` reads), and which does nothing else: ``schema.completion`` may
    then read the value itself."""

    def mark(resolver: Resolver) -> Resolver:
        ROW_READERS[resolver] = reader
        return resolver

    return mark


def read(source: Any, name: str) -> Any:
    """The default resolver: a map's entry, or an object's attribute."""
    if type(source) is dict:
        return source.get(name)
    return getattr(source, name)


def keyed(root: Any, info: strawberry.Info[Context]) -> Any:
    """The value of a field with arguments, under the key its lookahead generated."""
    return root[info.context.keys[id(info._raw_info.field_nodes[0])]]


def typename_is(name: str, obj: Any) -> bool:
    """For ``is_type_of``: a map of this type. Maps where an interface is expected carry
    their type's name (``typename``); elsewhere they carry none and are of the field's type."""
    return type(obj) is dict and obj.get("typename", name) == name


def page_edges(root: Any) -> list[Row]:
    """The page's items with their cursors (the extra item that tells whether another page
    follows is left out)."""
    offset, edges = root["offset"], root["edges"][: root["limit"]]
    for index, edge in enumerate(edges):
        edge["cursor"] = encode_cursor(offset + index)
    return list(edges)


def page_info(root: Any) -> Row:
    """Where the page stands: ``hasNextPage`` from the extra item."""
    offset, limit, edges = root["offset"], root["limit"], root["edges"]
    count = min(len(edges), limit)
    return {
        "has_next_page": len(edges) > limit,
        "has_previous_page": offset > 0,
        "start_cursor": encode_cursor(offset) if count else None,
        "end_cursor": encode_cursor(offset + count - 1) if count else None,
    }
