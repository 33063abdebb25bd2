"""Pages of lists: opaque cursors and page sizes (Relay connections)."""

from __future__ import annotations

import base64
import binascii

from graph.errors import BadArgument

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_PREFIX = "offset:"


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the item at ``offset``."""
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The offset behind a cursor; a clear error for anything this API did not issue."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadArgument("after", f"{cursor!r} is not a cursor issued by this API") from None
    if not text.startswith(_PREFIX) or not text[len(_PREFIX) :].isdigit():
        raise BadArgument("after", f"{cursor!r} is not a cursor issued by this API")
    return int(text[len(_PREFIX) :])


def window(first: int | None, after: str | None) -> tuple[int, int]:
    """(offset, limit) for ``first`` items after the cursor ``after``."""
    size = DEFAULT_PAGE_SIZE if first is None else first
    if not 0 <= size <= MAX_PAGE_SIZE:
        raise BadArgument("first", f"must be between 0 and {MAX_PAGE_SIZE}, got {size}")
    offset = 0 if after is None else decode_cursor(after) + 1
    return offset, size
