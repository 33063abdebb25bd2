"""Who is asking: the viewer behind the request's API key (no key: anonymous)."""

from __future__ import annotations

from enum import Enum

import strawberry

from resolvers.auth import Role
from resolvers.context import Context


@strawberry.enum(description="What a viewer may do (docs/security.md).")
class ViewerRole(Enum):
    ANONYMOUS = "anonymous"
    CLUSTER_MANAGER = "cluster_manager"
    ADMIN = "admin"


@strawberry.type(description="The viewer: the role of the request's API key and its clusters.")
class Viewer:
    role: ViewerRole = strawberry.field(description="What the viewer may do.")
    cluster_ids: list[strawberry.ID] = strawberry.field(
        description="Clusters a cluster manager manages (empty for other roles)."
    )


@strawberry.type(description="Who is asking.")
class ViewerQuery:
    @strawberry.field(
        description="The viewer of this request, so that a page shows only the writes its key "
        "allows (the API checks every write again)."
    )
    def viewer(self, info: strawberry.Info[Context]) -> Viewer:
        viewer = info.context.viewer
        managed = sorted(viewer.cluster_ids) if viewer.role is Role.CLUSTER_MANAGER else []
        return Viewer(
            role=ViewerRole(viewer.role.value),
            cluster_ids=[strawberry.ID(cluster) for cluster in managed],
        )
