"""The Node interface: everything with a stable id."""

from __future__ import annotations

import strawberry


@strawberry.interface(description="An object with a stable, unique, human-readable id.")
class Node:
    id: strawberry.ID = strawberry.field(description="Stable, unique, human-readable id.")
