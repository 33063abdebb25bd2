"""Who is asking: the viewer behind a request's bearer token."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from graph.client import Graph


class Role(Enum):
    """What a viewer may do."""

    ANONYMOUS = "anonymous"  # reads the public network
    CLUSTER_MANAGER = "cluster_manager"  # writes only their own clusters' data
    ADMIN = "admin"  # everything


@dataclass(frozen=True)
class Viewer:
    """The identity of one request."""

    role: Role = Role.ANONYMOUS
    cluster_ids: frozenset[str] = field(default_factory=frozenset)
    key_id: str | None = None


ANONYMOUS = Viewer()


async def viewer_for(graph: Graph, authorization: str | None) -> Viewer:
    """The viewer for an ``Authorization`` header value; anonymous without one."""
    return ANONYMOUS
