"""The Person type (public fields only) and the cluster roles people hold (read from the
answer's maps: ``schema.rows``)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry

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
    description="A person's contact details. Personal data: shown only to admins and to the "
    "managers of a cluster the person holds a role in."
)
class PersonContact:
    email: str | None = strawberry.field(description="E-mail address.")
    phone: str | None = strawberry.field(description="Telephone number.")


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
    contact: PersonContact | None = strawberry.field(
        description="Contact details (personal data): null unless the viewer is an admin or "
        "manages a cluster the person holds a role in (checked in the query that reads them)."
    )
    affiliations: list[Organization] = strawberry.field(
        description="Organisations the person is affiliated with."
    )


@strawberry.type(description="A governance role a person holds in a cluster.")
class ClusterRole:
    role: GovernanceRoleKind | None = strawberry.field(
        description="President, vice-president or cluster manager."
    )
    since: date | None = strawberry.field(description="Start of the role, if known.")
    until: date | None = strawberry.field(description="End of the role, if it ended.")
    person: Person | None = strawberry.field(
        description="The person holding the role (public fields only)."
    )
    cluster: ClusterRef | None = strawberry.field(description="The cluster.")
