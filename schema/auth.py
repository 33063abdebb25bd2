"""Refuse operations sent with bad credentials, before anything runs."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import ExecutionResult
from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension

UNAUTHENTICATED = "UNAUTHENTICATED"


class RejectBadCredentials(SchemaExtension):
    """An operation whose bearer token was refused is answered with one UNAUTHENTICATED error.

    ``resolvers.auth.viewer_for`` marks such a viewer (``rejection``); serving it as anonymous
    instead would hide a revoked or mistyped key from its user.
    """

    def on_execute(self) -> Iterator[None]:
        viewer = getattr(self.execution_context.context, "viewer", None)
        reason = getattr(viewer, "rejection", None)
        if reason:
            error = GraphQLError(reason, extensions={"code": UNAUTHENTICATED})
            self.execution_context.result = ExecutionResult(data=None, errors=[error])
        yield
