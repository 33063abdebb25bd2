"""Pages of lists: opaque cursors and page sizes (Relay connections)."""

from __future__ import annotations

import base64
import binascii

from graph.errors import BadArgument
from graph.values import shown

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_PREFIX = "offset:"
# Cursors this API issues are about 20 characters; anything far longer is refused unread.
MAX_CURSOR = 200
# No list holds this many items: a cursor past it was not issued here (and an offset near
# 2**63 overflowed Neo4j's SKIP).
MAX_OFFSET = 10**9


def encode_cursor(offset: int) -> str:
    """An opaque cursor for the item at ``offset``."""
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The offset behind a cursor; a clear error for anything this API did not issue."""
    refused = BadArgument("after", f"{shown(cursor)} is not a cursor issued by this API")
    if len(cursor) > MAX_CURSOR:
        raise refused
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise refused from None
    digits = text.removeprefix(_PREFIX)
    # only what encode_cursor writes: ASCII digits without leading zeros, within MAX_OFFSET
    if not (text.startswith(_PREFIX) and digits.isascii() and digits.isdigit()):
        raise refused
    offset = int(digits)
    if offset > MAX_OFFSET or str(offset) != digits:
        raise refused
    return offset


def window(first: int | None, after: str | None) -> tuple[int, int]:
    """(offset, limit) for ``first`` items after the cursor ``after``."""
    size = DEFAULT_PAGE_SIZE if first is None else first
    if not 0 <= size <= MAX_PAGE_SIZE:
        raise BadArgument("first", f"must be between 0 and {MAX_PAGE_SIZE}, got {size}")
    offset = 0 if after is None else decode_cursor(after) + 1
    return offset, size
