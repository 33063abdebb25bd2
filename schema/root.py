"""The root Query type and the schema object."""

from __future__ import annotations

from typing import Annotated, Any, cast

import strawberry
from graphql.error import GraphQLError
from strawberry.schema.config import StrawberryConfig

from graph.indicators import CATALOGUE
from graph.repositories.organizations import OrganizationFilter as OrganizationWhere
from resolvers import clusters as cluster_resolvers
from resolvers import initiatives as initiative_resolvers
from resolvers import nodes as node_resolvers
from resolvers import organizations as organization_resolvers
from resolvers import projects as project_resolvers
from resolvers.context import Context
from schema.cluster import Cluster
from schema.completion import FieldByFieldExecutor, RowExecutor, Rows
from schema.errors import ErrorPolicy
from schema.explore import ExploreQuery
from schema.indicator import IndicatorDefinition, definition
from schema.initiative import Initiative
from schema.inputs import OrganizationFilter, OrganizationOrder
from schema.limits import LIMITS, limit_extensions
from schema.mutations import Mutation
from schema.node import Node
from schema.organization import Organization, OrganizationConnection
from schema.pagination import After, First
from schema.project import Project
from schema.project_list import ProjectQuery
from schema.rows import read
from schema.suggestion import SuggestionQuery
from schema.topic import Topic
from schema.viewer import ViewerQuery

ID_ARG = strawberry.argument(description="The node's stable id.")


@strawberry.type(description="Read the cluster network.")
class NetworkQuery:
    @strawberry.field(description="Any node by its id: organisation, cluster, project or topic.")
    async def node(
        self, info: strawberry.Info[Context], id: Annotated[strawberry.ID, ID_ARG]
    ) -> Node | None:
        return cast(Node | None, Rows(await node_resolvers.node(info, str(id))))

    @strawberry.field(
        description="Topics by id, in the order given, each once; ids the data does not hold "
        "are left out (a page that names topics in French or German offers only those the "
        "data has). At most 100 ids."
    )
    async def topics(
        self,
        info: strawberry.Info[Context],
        ids: Annotated[
            list[strawberry.ID], strawberry.argument(description="The topics' ids (at most 100).")
        ],
    ) -> list[Topic]:
        return cast(list[Topic], Rows(await node_resolvers.topics(info, [str(i) for i in ids])))

    @strawberry.field(
        description="A call topic by its code, as CORDIS spells it or in any other case "
        "('horizon-cl5-2022-d2-01-02' finds HORIZON-CL5-2022-D2-01-02, 'erc-2024-syg' "
        "ERC-2024-SyG); null when the data does not have the call."
    )
    async def call_topic(
        self,
        info: strawberry.Info[Context],
        code: Annotated[str, strawberry.argument(description="The call topic's code.")],
    ) -> Topic | None:
        return cast(Topic | None, Rows(await node_resolvers.call_topic(info, code)))

    @strawberry.field(description="Every cluster of the programme, ordered by name.")
    async def clusters(self, info: strawberry.Info[Context]) -> list[Cluster]:
        return cast(list[Cluster], Rows(await cluster_resolvers.all_clusters(info)))

    @strawberry.field(description="One cluster by id, or null if there is none.")
    async def cluster(
        self, info: strawberry.Info[Context], id: Annotated[strawberry.ID, ID_ARG]
    ) -> Cluster | None:
        return cast(Cluster | None, Rows(await cluster_resolvers.get(info, str(id))))

    @strawberry.field(
        description="A cluster programme as a whole, by id; without an id the first by name "
        "(the Luxembourg Cluster Initiative in the demo). Null if there is none."
    )
    async def initiative(
        self,
        info: strawberry.Info[Context],
        id: Annotated[
            strawberry.ID | None, strawberry.argument(description="The initiative's id.")
        ] = None,
    ) -> Initiative | None:
        found = await initiative_resolvers.get(info, None if id is None else str(id))
        return cast(Initiative | None, Rows(found))

    @strawberry.field(
        description="Every indicator computed from the graph (Cluster.indicators), with what "
        "it counts, its unit, its source and its area of the five-point plan."
    )
    def indicator_definitions(self) -> list[IndicatorDefinition]:
        return [definition(indicator.id) for indicator in CATALOGUE]

    @strawberry.field(description="One organisation by id, or null if there is none.")
    async def organization(
        self, info: strawberry.Info[Context], id: Annotated[strawberry.ID, ID_ARG]
    ) -> Organization | None:
        return cast(Organization | None, Rows(await organization_resolvers.get(info, str(id))))

    @strawberry.field(description="Organisations, filtered and ordered, a page at a time.")
    async def organizations(
        self,
        info: strawberry.Info[Context],
        filter: Annotated[
            OrganizationFilter | None, strawberry.argument(description="Conditions.")
        ] = None,
        order_by: Annotated[
            OrganizationOrder | None,
            strawberry.argument(description="Ordering; by name by default."),
        ] = None,
        first: First = None,
        after: After = None,
    ) -> OrganizationConnection:
        where = filter.to_where() if filter else OrganizationWhere()
        sort = (order_by or OrganizationOrder()).to_sort(where)
        return cast(
            OrganizationConnection,
            Rows(await organization_resolvers.page(info, where, sort, first, after)),
        )

    @strawberry.field(description="One project by id, or null if there is none.")
    async def project(
        self, info: strawberry.Info[Context], id: Annotated[strawberry.ID, ID_ARG]
    ) -> Project | None:
        return cast(Project | None, Rows(await project_resolvers.get(info, str(id))))


# Types are read from the maps one query per root field returns (schema.rows). strawberry
# writes the default resolver into the shared field definitions, so every schema built from
# these types must use this config, and answer its root fields with an executor of
# schema.completion (their answers come wrapped in Rows): build() makes such a schema.
CONFIG = StrawberryConfig(default_resolver=read)


class Schema(strawberry.Schema):
    """Strawberry's schema, leaving error logging to :class:`ErrorPolicy`."""

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        return None


ATTRIBUTION = (
    "Source: European Commission, CORDIS, © European Union, CC BY 4.0 (Horizon Europe as of "
    "6 December 2025; some Horizon 2020 organisation names from the Horizon Dashboard)."
)


# Each module adds its own root fields; merged here into one Query type.
@strawberry.type(
    description="The innovation-cluster network: organisations, clusters, projects and "
    "topics, search, paths and partner suggestions. Horizon 2020 and Horizon Europe data: "
    "every Horizon Europe project CORDIS listed on 6 December 2025, with its title, dates, "
    "abstract and each participant's role. " + ATTRIBUTION
)
class Query(NetworkQuery, ProjectQuery, ExploreQuery, SuggestionQuery, ViewerQuery):
    pass


def build(fast: bool = True) -> Schema:
    """The schema; ``fast=False`` completes every answer field by field in graphql-core,
    never in one pass from the compiled maps (``schema.completion``): the same answers."""
    return Schema(
        query=Query,
        mutation=Mutation,
        types=[Organization, Cluster, Project, Topic],
        extensions=[ErrorPolicy, *limit_extensions(LIMITS)],
        execution_context_class=RowExecutor if fast else FieldByFieldExecutor,
        config=CONFIG,
    )


schema = build()
