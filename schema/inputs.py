"""Input types: filters and orderings of lists."""

from __future__ import annotations

from datetime import date
from enum import Enum

import strawberry

from graph.repositories.organizations import OrganizationFilter as OrganizationWhere
from graph.repositories.organizations import OrganizationSort
from graph.repositories.projects import ProjectFilter as ProjectWhere
from graph.values import MAX_YEAR, MIN_YEAR, InvalidValue, country_code
from schema.errors import InvalidInput
from schema.organization import OrganizationKind

MAX_TEXT_LENGTH = 200


@strawberry.input(description="Conditions on organisations; all given conditions must hold.")
class OrganizationFilter:
    kinds: list[OrganizationKind] | None = strawberry.field(
        default=None, description="Any of these kinds."
    )
    country: str | None = strawberry.field(
        default=None,
        description="Country code as CORDIS writes it, e.g. LU, DE, UK, EL (the ISO codes GB "
        "and GR are taken as UK and EL).",
    )
    cluster_id: strawberry.ID | None = strawberry.field(
        default=None, description="Member of this cluster (an unknown id is an error)."
    )
    topic_id: strawberry.ID | None = strawberry.field(
        default=None, description="Competent in this topic (an unknown id is an error)."
    )
    text: str | None = strawberry.field(
        default=None, description="Words in the name (accent- and case-insensitive)."
    )
    active_from: date | None = strawberry.field(
        default=None, description="Took part in a project running on or after this date."
    )
    active_until: date | None = strawberry.field(
        default=None, description="Took part in a project that started on or before this date."
    )
    sme: bool | None = strawberry.field(
        default=None,
        description="true: only small and medium-sized enterprises (SMEs, as last declared in "
        "CORDIS or set by a manager); false: only organisations that are not.",
    )

    def to_where(self) -> OrganizationWhere:
        """Validated conditions for the repository."""
        if self.text is not None and len(self.text) > MAX_TEXT_LENGTH:
            raise InvalidInput(f"filter.text: at most {MAX_TEXT_LENGTH} characters")
        try:
            country = country_code(self.country) if self.country is not None else None
        except InvalidValue as exc:
            raise InvalidInput(f"filter.country: {exc}") from exc
        if self.active_from and self.active_until and self.active_from > self.active_until:
            raise InvalidInput("filter.activeFrom: must not be after filter.activeUntil")
        return OrganizationWhere(
            kinds=[kind.value for kind in self.kinds] if self.kinds else None,
            country=country,
            cluster_id=self.cluster_id,
            topic_id=self.topic_id,
            text=self.text,
            active_from=self.active_from,
            active_until=self.active_until,
            sme=self.sme,
        )


@strawberry.enum(description="What to order organisations by.")
class OrganizationOrderField(Enum):
    NAME = "name"
    PROJECT_COUNT = "projects"
    PARTNER_COUNT = "partners"
    TOPIC_PROJECT_COUNT = strawberry.enum_value(
        "topic_projects",
        description="Projects on the topic of filter.topicId (or on a narrower topic); ties "
        "by all projects. Needs filter.topicId.",
    )


@strawberry.enum(description="Sort direction.")
class SortDirection(Enum):
    ASC = "asc"
    DESC = "desc"


_SORTS = {
    (OrganizationOrderField.NAME, SortDirection.ASC): OrganizationSort.NAME_ASC,
    (OrganizationOrderField.NAME, SortDirection.DESC): OrganizationSort.NAME_DESC,
    (OrganizationOrderField.PROJECT_COUNT, SortDirection.ASC): OrganizationSort.PROJECTS_ASC,
    (OrganizationOrderField.PROJECT_COUNT, SortDirection.DESC): OrganizationSort.PROJECTS_DESC,
    (OrganizationOrderField.PARTNER_COUNT, SortDirection.ASC): OrganizationSort.PARTNERS_ASC,
    (OrganizationOrderField.PARTNER_COUNT, SortDirection.DESC): OrganizationSort.PARTNERS_DESC,
    (OrganizationOrderField.TOPIC_PROJECT_COUNT, SortDirection.ASC): (
        OrganizationSort.TOPIC_PROJECTS_ASC
    ),
    (OrganizationOrderField.TOPIC_PROJECT_COUNT, SortDirection.DESC): (
        OrganizationSort.TOPIC_PROJECTS_DESC
    ),
}


@strawberry.input(description="How to order organisations (ties broken by id).")
class OrganizationOrder:
    field: OrganizationOrderField = strawberry.field(
        default=OrganizationOrderField.NAME, description="The sort key."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC, description="Ascending or descending."
    )

    def to_sort(self, where: OrganizationWhere) -> OrganizationSort:
        """The repository's fixed ordering for this choice, on organisations ``where``."""
        sort = _SORTS[(self.field, self.direction)]
        if sort.on_topic and where.topic_id is None:
            raise InvalidInput(
                "orderBy.field: TOPIC_PROJECT_COUNT counts the projects on filter.topicId; "
                "give filter.topicId too"
            )
        return sort


MAX_PROGRAMME_LENGTH = 100


def _check_year(name: str, year: int | None) -> None:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(f"filter.{name}: must be between {MIN_YEAR} and {MAX_YEAR}, got {year}")


@strawberry.input(description="Conditions on projects; all given conditions must hold.")
class ProjectFilter:
    topic_id: strawberry.ID | None = strawberry.field(
        default=None, description="Addresses this topic (an unknown id is an error)."
    )
    cluster_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Belongs to this cluster: part of it, or with a member of it among the "
        "participants (as Cluster.projects); an unknown id is an error.",
    )
    programme: str | None = strawberry.field(
        default=None,
        description="Funding programme, as stored (H2020, HORIZON, a cluster's own); H2020 and "
        "HORIZON in any case.",
    )
    start_year_from: int | None = strawberry.field(
        default=None, description="Started in this year or later."
    )
    start_year_to: int | None = strawberry.field(
        default=None, description="Started in this year or earlier."
    )
    text: str | None = strawberry.field(
        default=None, description="Words in the acronym or title (accent- and case-insensitive)."
    )

    def to_where(self) -> ProjectWhere:
        """Validated conditions for the repository."""
        if self.text is not None and len(self.text) > MAX_TEXT_LENGTH:
            raise InvalidInput(f"filter.text: at most {MAX_TEXT_LENGTH} characters")
        if self.programme is not None and len(self.programme) > MAX_PROGRAMME_LENGTH:
            raise InvalidInput(f"filter.programme: at most {MAX_PROGRAMME_LENGTH} characters")
        _check_year("startYearFrom", self.start_year_from)
        _check_year("startYearTo", self.start_year_to)
        if (
            self.start_year_from is not None
            and self.start_year_to is not None
            and self.start_year_from > self.start_year_to
        ):
            raise InvalidInput(
                f"filter.startYearFrom: {self.start_year_from} is after "
                f"filter.startYearTo: {self.start_year_to}"
            )
        return ProjectWhere(
            topic_id=self.topic_id,
            cluster_id=self.cluster_id,
            programme=self.programme,
            start_year_from=self.start_year_from,
            start_year_to=self.start_year_to,
            text=self.text,
        )
