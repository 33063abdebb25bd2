"""Lists of projects: the ``projects`` root field and the connection it returns."""

from __future__ import annotations

from typing import Annotated, cast

import strawberry

from graph.repositories.projects import ProjectFilter as ProjectWhere
from resolvers import projects as resolve
from resolvers.context import Context
from schema.completion import Rows
from schema.inputs import ProjectFilter
from schema.pagination import After, First, PageInfo
from schema.project import Project
from schema.rows import page_edges, page_info, reads_row


@strawberry.type(description="A project in a list.")
class ProjectEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Project = strawberry.field(description="The project.")


@strawberry.type(description="A page of projects, newest first (Relay connection).")
class ProjectConnection:
    total_count: int = strawberry.field(
        description="Number of matching projects (counted only if asked)."
    )

    @strawberry.field(description="The items on this page.")
    @reads_row(page_edges)
    def edges(self) -> list[ProjectEdge]:
        return cast(list[ProjectEdge], page_edges(self))

    @strawberry.field(description="Where this page stands.")
    @reads_row(page_info)
    def page_info(self) -> PageInfo:
        return cast(PageInfo, page_info(self))


@strawberry.type(description="Read lists of projects.")
class ProjectQuery:
    @strawberry.field(
        description="Projects, filtered, newest first (those with a start date, then those "
        "with only a call year; ties by id), a page at a time."
    )
    async def projects(
        self,
        info: strawberry.Info[Context],
        filter: Annotated[
            ProjectFilter | None, strawberry.argument(description="Conditions.")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> ProjectConnection:
        where = filter.to_where() if filter else ProjectWhere()
        return cast(ProjectConnection, Rows(await resolve.page(info, where, first, after)))
