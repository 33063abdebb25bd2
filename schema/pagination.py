"""Relay cursor pagination: page info, opaque cursors and page-size limits."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

import strawberry

from schema.errors import InvalidInput

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_PREFIX = "offset:"

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


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the item at ``offset``."""
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The offset behind a cursor; a clear error for anything we did not issue."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(f"after: {cursor!r} is not a cursor issued by this API") from exc
    if not text.startswith(_PREFIX) or not text[len(_PREFIX) :].isdigit():
        raise InvalidInput(f"after: {cursor!r} is not a cursor issued by this API")
    return int(text[len(_PREFIX) :])


def window(first: int | None, after: str | None) -> tuple[int, int]:
    """(offset, limit) for ``first`` items after the cursor ``after``."""
    size = DEFAULT_PAGE_SIZE if first is None else first
    if not 0 <= size <= MAX_PAGE_SIZE:
        raise InvalidInput(f"first: must be between 0 and {MAX_PAGE_SIZE}, got {size}")
    offset = 0 if after is None else decode_cursor(after) + 1
    return offset, size


def page_info(offset: int, count: int, has_next: bool) -> PageInfo:
    """Page info for ``count`` items starting at ``offset``."""
    return PageInfo(
        has_next_page=has_next,
        has_previous_page=offset > 0,
        start_cursor=encode_cursor(offset) if count else None,
        end_cursor=encode_cursor(offset + count - 1) if count else None,
    )
