"""Contact details of people: personal data, for admins and the managers of their clusters."""

from __future__ import annotations

import strawberry

from resolvers.contact import contact
from resolvers.context import Context


@strawberry.type(
    description="A person's contact details. Personal data: shown only to admins and to the "
    "managers of a cluster the person holds a role in."
)
class PersonContact:
    email: str | None = strawberry.field(description="E-mail address.")
    phone: str | None = strawberry.field(description="Telephone number.")


async def person_contact(context: Context, person_id: str) -> PersonContact | None:
    """The contact details the viewer may see, or None."""
    row = await contact(context, person_id)
    if row is None:
        return None
    return PersonContact(email=row.get("email"), phone=row.get("phone"))
