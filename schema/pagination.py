"""Relay cursor pagination: the page arguments and the page info type (cursors and page
sizes: ``graph.paging``)."""

from __future__ import annotations

from typing import Annotated

import strawberry

# The two arguments of every connection field.
First = Annotated[
    int | None, strawberry.argument(description="Page size, at most 100 (default 20).")
]
After = Annotated[
    str | None, strawberry.argument(description="Cursor of the item before the page.")
]


@strawberry.type(description="Where a page stands in its list (Relay).")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more items follow this page.")
    has_previous_page: bool = strawberry.field(description="Whether items precede this page.")
    start_cursor: str | None = strawberry.field(description="Cursor of the first item.")
    end_cursor: str | None = strawberry.field(description="Cursor of the last item.")
