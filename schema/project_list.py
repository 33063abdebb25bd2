"""Lists of projects: the ``projects`` root field and the connection it returns."""

from __future__ import annotations

from typing import Annotated

import strawberry

from graph.client import Row
from graph.repositories.projects import ProjectFilter as ProjectWhere
from resolvers import projects as resolve
from resolvers.context import Context
from schema.inputs import ProjectFilter
from schema.pagination import After, First, PageInfo, encode_cursor, page_info, window
from schema.project import Project


@strawberry.type(description="A project in a list.")
class ProjectEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Project = strawberry.field(description="The project.")


@strawberry.type(description="A page of projects, newest first (Relay connection).")
class ProjectConnection:
    edges: list[ProjectEdge] = strawberry.field(description="The items on this page.")
    page_info: PageInfo = strawberry.field(description="Where this page stands.")
    where: strawberry.Private[ProjectWhere]
    known_total: strawberry.Private[int | None] = None

    @strawberry.field(description="Number of matching projects (counted only if asked).")
    async def total_count(self, info: strawberry.Info[Context]) -> int:
        if self.known_total is not None:
            return self.known_total
        return await resolve.count(info.context, self.where)


def project_connection(
    rows: list[Row],
    offset: int,
    has_next: bool,
    where: ProjectWhere,
    total: int | None = None,
) -> ProjectConnection:
    """A connection over project rows that start at ``offset``."""
    edges = [
        ProjectEdge(cursor=encode_cursor(offset + i), node=Project.from_row(row))
        for i, row in enumerate(rows)
    ]
    return ProjectConnection(
        edges=edges,
        page_info=page_info(offset, len(edges), has_next),
        where=where,
        known_total=total,
    )


@strawberry.type(description="Read lists of projects.")
class ProjectQuery:
    @strawberry.field(
        description="Projects, filtered, newest first (ties by id), a page at a time."
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
        offset, limit = window(first, after)
        rows, has_next = await resolve.page(info.context, where, offset, limit)
        return project_connection(rows, offset, has_next, where)
