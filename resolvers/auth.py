"""Who is asking: the viewer behind a request's bearer token.

``Authorization: Bearer cgk_<key id>_<secret>`` names an API key (see
``graph.repositories.apikeys``). Every request looks its key up again (one indexed read):
nothing is cached, so a revoked key stops working at once. A header that is present but
malformed, or a token that is unknown, wrong or revoked, gives a viewer with ``rejection``
set; the service then refuses the request (HTTP 401, code UNAUTHENTICATED) instead of
serving it anonymously.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from graph.client import Graph
from graph.repositories.apikeys import key_for_token

MAX_HEADER_LENGTH = 512


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
    rejection: str | None = None  # why the credentials were refused, if they were

    @property
    def is_admin(self) -> bool:
        """Whether the viewer may do everything."""
        return self.role is Role.ADMIN

    @property
    def may_write(self) -> bool:
        """Whether the viewer may write anything at all: an admin, or a manager of a
        cluster (each query checks what exactly)."""
        return self.is_admin or (self.role is Role.CLUSTER_MANAGER and bool(self.cluster_ids))

    def scope(self) -> dict[str, Any]:
        """The viewer's rights as query parameters; every write and private read takes them."""
        managed = sorted(self.cluster_ids) if self.role is Role.CLUSTER_MANAGER else []
        return {"isAdmin": self.is_admin, "managedClusterIds": managed}


ANONYMOUS = Viewer()


def _rejected(reason: str) -> Viewer:
    return Viewer(rejection=reason)


async def viewer_for(graph: Graph, authorization: str | None) -> Viewer:
    """The viewer for an ``Authorization`` header value; anonymous without one."""
    if authorization is None or not authorization.strip():
        return ANONYMOUS
    if len(authorization) > MAX_HEADER_LENGTH:
        return _rejected("The Authorization header is too long.")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _rejected("The Authorization header must be 'Bearer <API key>'.")
    key = await key_for_token(graph, token.strip())
    if key is None:
        return _rejected("The API key is malformed, unknown or revoked.")
    try:
        role = Role(key.role)
    except ValueError:
        return _rejected("The API key has no valid role.")
    if role is Role.ANONYMOUS:
        return _rejected("The API key has no valid role.")
    return Viewer(role=role, cluster_ids=frozenset(key.cluster_ids), key_id=key.id)
