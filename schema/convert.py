"""Small conversions from graph values to GraphQL values."""

from __future__ import annotations

from datetime import date
from typing import Any


def to_date(value: Any) -> date | None:
    """A Neo4j date (or None) as a Python date."""
    if value is None:
        return None
    native = value.to_native() if hasattr(value, "to_native") else value
    return native if isinstance(native, date) else None
