"""The Person type (public fields only) and the cluster roles people hold."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from resolvers import clusters as resolve
from resolvers.context import Context
from schema.contact import PersonContact, person_contact
from schema.convert import to_date
from schema.organization import Organization

if TYPE_CHECKING:
    from schema.cluster import Cluster

ClusterRef = Annotated["Cluster", strawberry.lazy("schema.cluster")]


@strawberry.enum(description="A role in a cluster's governance.")
class GovernanceRoleKind(Enum):
    PRESIDENT = "PRESIDENT"
    VICE_PRESIDENT = "VICE_PRESIDENT"
    CLUSTER_MANAGER = "CLUSTER_MANAGER"


@strawberry.type(
    description="A person in a cluster's governance. Public fields only, except `contact`: "
    "contact details are personal data, shown only to viewers allowed to see them."
)
class Person:
    id: strawberry.ID = strawberry.field(description="Stable, unique, human-readable id.")
    name: str | None = strawberry.field(description="Name.")
    placeholder: bool = strawberry.field(
        description="True when the person is a placeholder standing for a role, not a real person."
    )
    affiliation_ids: strawberry.Private[list[str]]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Person:
        return cls(
            id=strawberry.ID(row["id"]),
            name=row.get("name"),
            placeholder=bool(row.get("placeholder")),
            affiliation_ids=list(row.get("affiliationIds") or []),
        )

    @strawberry.field(
        description="Contact details (personal data): null unless the viewer is an admin or "
        "manages a cluster the person holds a role in."
    )
    async def contact(self, info: strawberry.Info[Context]) -> PersonContact | None:
        return await person_contact(info.context, self.id)

    @strawberry.field(description="Organisations the person is affiliated with.")
    async def affiliations(self, info: strawberry.Info[Context]) -> list[Organization]:
        rows = await info.context.loaders.organization.load_many(self.affiliation_ids)
        return [Organization.from_row(row) for row in rows if row is not None]


@strawberry.type(description="A governance role a person holds in a cluster.")
class ClusterRole:
    person_id: strawberry.Private[str]
    cluster_id: strawberry.Private[str]
    role: GovernanceRoleKind | None = strawberry.field(
        description="President, vice-president or cluster manager."
    )
    since: date | None = strawberry.field(description="Start of the role, if known.")
    until: date | None = strawberry.field(description="End of the role, if it ended.")

    @strawberry.field(description="The person holding the role (public fields only).")
    async def person(self, info: strawberry.Info[Context]) -> Person | None:
        rows = await resolve.people(info.context, [self.person_id])
        return Person.from_row(rows[0]) if rows and rows[0] else None

    @strawberry.field(description="The cluster.")
    async def cluster(self, info: strawberry.Info[Context]) -> ClusterRef | None:
        from schema.cluster import Cluster

        row = await info.context.loaders.cluster.load(self.cluster_id)
        return Cluster.from_row(row) if row else None


def roles_from_items(items: list[Any]) -> list[ClusterRole]:
    """ClusterRole objects from ``[{personId, clusterId, role, since, until}]`` rows."""
    known = {kind.value for kind in GovernanceRoleKind}
    return [
        ClusterRole(
            person_id=item["personId"],
            cluster_id=item["clusterId"],
            role=GovernanceRoleKind(item["role"]) if item.get("role") in known else None,
            since=to_date(item.get("since")),
            until=to_date(item.get("until")),
        )
        for item in items
    ]
