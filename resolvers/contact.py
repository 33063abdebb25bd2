"""Personal data: contact details, for admins and the managers of the person's clusters."""

from __future__ import annotations

from graph.client import Row
from graph.repositories.contacts import person_contact
from resolvers.context import Context


async def contact(context: Context, person_id: str) -> Row | None:
    """``{email, phone}``, or None when the viewer may not see them (or there is none)."""
    viewer = context.viewer
    if not viewer.is_admin and not viewer.cluster_ids:
        return None  # anonymous: no query at all; the query checks the rest by itself
    return await person_contact(context.graph, viewer.scope(), person_id)
