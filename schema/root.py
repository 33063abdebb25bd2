"""The root Query type and the schema object."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql.error import GraphQLError

from resolvers import clusters as cluster_resolvers
from resolvers.context import Context
from schema.cluster import Cluster
from schema.errors import ErrorPolicy


@strawberry.type(description="Read the cluster network.")
class Query:
    @strawberry.field(description="Every cluster of the programme, ordered by name.")
    async def clusters(self, info: strawberry.Info[Context]) -> list[Cluster]:
        rows = await cluster_resolvers.list_clusters(info.context)
        return [Cluster.from_row(row) for row in rows]


class Schema(strawberry.Schema):
    """Strawberry's schema, leaving error logging to :class:`ErrorPolicy`."""

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        return None


schema = Schema(query=Query, extensions=[ErrorPolicy])
