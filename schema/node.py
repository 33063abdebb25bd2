"""The Node interface: everything with a stable id."""

from __future__ import annotations

import strawberry


@strawberry.interface(description="An object with a stable, unique, human-readable id.")
class Node:
    id: strawberry.ID = strawberry.field(description="Stable, unique, human-readable id.")
    display_name: str = strawberry.field(
        description="A name to show for any node, never null: an organisation's name, a "
        "project's acronym and title, a cluster's name, a topic's name or a call topic's title "
        "(each type says how it is made)."
    )
