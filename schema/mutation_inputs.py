"""Inputs of the mutations, each checked in Python (Neo4j Community has no type or
existence constraints). A bad value raises :class:`resolvers.mutations.Invalid` naming the
input field and the reason; the mutation returns it as a ``ValidationError``.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from typing import Any

import strawberry

from graph.values import InvalidValue, clean_name, country_code
from graph.values import website as check_website
from resolvers.mutations import Invalid, slug
from schema.organization import OrganizationKind, ParticipationRole

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")
MAX_NAME = 300
MAX_SHORT = 100
MAX_DESCRIPTION = 5000
MAX_CLUSTERS = 20
MAX_AMOUNT = 1e12
# Measurements of a cluster's objectives: none before 1990, long before any cluster of the
# data (a measurement a day back to year 1 made every reader's answer grow).
EARLIEST_MEASUREMENT = datetime.date(1990, 1, 1)
MAX_WEIGHT = 1000.0


def check_id(field: str, value: str) -> str:
    """An id: letters, digits and ``. _ : -``, starting with a letter or digit, at most 100."""
    if not _ID.match(value):
        raise Invalid(
            field,
            "must be 1 to 100 letters, digits or '.', '_', ':', '-', starting with a letter "
            "or digit",
        )
    return value


def not_future(field: str, day: datetime.date) -> None:
    """Refuse a day after today (a day's grace for the time zones ahead of the service's):
    what is recorded has happened."""
    if day > datetime.date.today() + datetime.timedelta(days=1):
        raise Invalid(field, "must not be in the future")


def text(field: str, value: str | None, limit: int, required: bool = False) -> str | None:
    """Trimmed text of at most ``limit`` characters; blank means no value."""
    cleaned = value.strip() if value is not None else None
    if not cleaned:
        if required:
            raise Invalid(field, "is required and must not be blank")
        return None
    if len(cleaned) > limit:
        raise Invalid(field, f"must be at most {limit} characters (got {len(cleaned)})")
    return cleaned


def country(field: str, value: str | None) -> str | None:
    """A two-letter country code as CORDIS writes it (:func:`graph.values.country_code`)."""
    if value is None or not value.strip():
        return None
    try:
        return country_code(value)
    except InvalidValue as exc:
        raise Invalid(field, str(exc)) from exc


def name(field: str, value: str | None, limit: int, required: bool = False) -> str | None:
    """A name: :func:`text`, NFKC-normalised, without invisible or direction-changing
    characters (``graph.values.clean_name``)."""
    cleaned = text(field, value, limit, required)
    if cleaned is None:
        return None
    try:
        return clean_name(cleaned)
    except InvalidValue as exc:
        raise Invalid(field, str(exc)) from None


def website(field: str, value: str | None) -> str | None:
    """An http(s) address with a host (``graph.values.website``)."""
    cleaned = text(field, value, MAX_NAME)
    if cleaned is None:
        return None
    try:
        return check_website(cleaned)
    except InvalidValue as exc:
        raise Invalid(field, str(exc)) from None


def amount(field: str, value: float | None, limit: float = MAX_AMOUNT) -> float | None:
    """A finite number between 0 and ``limit``."""
    if value is None:
        return None
    if not math.isfinite(value) or value < 0 or value > limit:
        raise Invalid(field, f"must be a number between 0 and {limit:g}")
    return value


def _unset_to_none(value: Any) -> Any:
    return None if value is strawberry.UNSET else value


@strawberry.input(description="A new organisation.")
class CreateOrganizationInput:
    name: str = strawberry.field(description="Name (required, at most 300 characters).")
    kind: OrganizationKind = strawberry.field(description="Kind of organisation.")
    id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Stable id. Give one to make retries safe; without it the id is made from "
        "the name (org-<name-in-lowercase-with-dashes>).",
    )
    short_name: str | None = strawberry.field(default=None, description="Short name or acronym.")
    country: str | None = strawberry.field(default=None, description="Two-letter country code.")
    city: str | None = strawberry.field(default=None, description="City.")
    website: str | None = strawberry.field(default=None, description="http(s) address.")
    description: str | None = strawberry.field(
        default=None, description="What it does (at most 5000 characters)."
    )
    sme: bool | None = strawberry.field(
        default=None, description="Whether it is a small or medium enterprise."
    )
    allow_duplicate_name: bool = strawberry.field(
        default=False,
        description="Create it even though another organisation already has this name (in "
        "the same country, when one is given); without it that is a Conflict naming the "
        "other organisation.",
    )

    def checked(self) -> tuple[str, str, dict[str, Any]]:
        """``(id, kind label, properties)`` once every value is valid."""
        shown = name("name", self.name, MAX_NAME, required=True)
        assert shown is not None
        org_id = check_id("id", str(self.id)) if self.id is not None else slug("org", shown)
        if not org_id:
            raise Invalid("id", "cannot be made from this name; give an id")
        props = {
            "name": shown,
            "shortName": name("shortName", self.short_name, MAX_SHORT),
            "country": country("country", self.country),
            "city": text("city", self.city, MAX_SHORT),
            "website": website("website", self.website),
            "description": text("description", self.description, MAX_DESCRIPTION),
            "sme": self.sme,
        }
        return org_id, known_kind(self.kind), props


def known_kind(kind: OrganizationKind) -> str:
    """The kind's graph label; UNKNOWN cannot be set (it means that no source says)."""
    if kind is OrganizationKind.UNKNOWN:
        raise Invalid("kind", "UNKNOWN cannot be set: give the organisation's kind")
    return str(kind.value)


@strawberry.input(
    description="Changes to an organisation: a field left out stays as it is, a field set to "
    "null is removed (name and kind cannot be removed)."
)
class UpdateOrganizationInput:
    id: strawberry.ID = strawberry.field(description="The organisation to change.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="New name.")
    kind: OrganizationKind | None = strawberry.field(
        default=strawberry.UNSET, description="New kind."
    )
    short_name: str | None = strawberry.field(
        default=strawberry.UNSET, description="New short name."
    )
    country: str | None = strawberry.field(
        default=strawberry.UNSET, description="New two-letter country code."
    )
    city: str | None = strawberry.field(default=strawberry.UNSET, description="New city.")
    website: str | None = strawberry.field(
        default=strawberry.UNSET, description="New http(s) address."
    )
    description: str | None = strawberry.field(
        default=strawberry.UNSET, description="New description."
    )
    sme: bool | None = strawberry.field(
        default=strawberry.UNSET, description="Whether it is a small or medium enterprise."
    )

    def checked(self) -> tuple[str, str | None, dict[str, Any]]:
        """``(id, new kind label or None, properties to set or remove)``."""
        if self.name is None:
            raise Invalid("name", "cannot be removed")
        if self.kind is None:
            raise Invalid("kind", "cannot be removed")
        props: dict[str, Any] = {}
        if self.name is not strawberry.UNSET:
            props["name"] = name("name", self.name, MAX_NAME, required=True)
        optional: dict[str, Callable[[], Any]] = {
            "shortName": lambda: name("shortName", self.short_name, MAX_SHORT),
            "country": lambda: country("country", self.country),
            "city": lambda: text("city", self.city, MAX_SHORT),
            "website": lambda: website("website", self.website),
            "description": lambda: text("description", self.description, MAX_DESCRIPTION),
            "sme": lambda: self.sme,
        }
        given = {
            "shortName": self.short_name,
            "country": self.country,
            "city": self.city,
            "website": self.website,
            "description": self.description,
            "sme": self.sme,
        }
        for key, check in optional.items():
            if given[key] is not strawberry.UNSET:
                props[key] = check()
        kind = _unset_to_none(self.kind)
        if not props and kind is None:
            raise Invalid("id", "nothing to change: give at least one field besides id")
        return check_id("id", str(self.id)), known_kind(kind) if kind else None, props


@strawberry.input(description="An organisation joining (or rejoining) a cluster.")
class AddMembershipInput:
    organization_id: strawberry.ID = strawberry.field(description="The organisation.")
    cluster_id: strawberry.ID = strawberry.field(description="The cluster.")
    since: datetime.date | None = strawberry.field(
        default=None,
        description="Start of the membership, not in the future (kept as it is when left out).",
    )
    role: str | None = strawberry.field(
        default=None, description="Role in the cluster (kept as it is when left out)."
    )

    def checked(self) -> tuple[str, str, datetime.date | None, str | None]:
        """``(organization id, cluster id, since, role)``."""
        if self.since is not None:
            not_future("since", self.since)
        return (
            check_id("organizationId", str(self.organization_id)),
            check_id("clusterId", str(self.cluster_id)),
            self.since,
            text("role", self.role, MAX_SHORT),
        )


@strawberry.input(description="The end of an organisation's membership of a cluster.")
class EndMembershipInput:
    organization_id: strawberry.ID = strawberry.field(description="The organisation.")
    cluster_id: strawberry.ID = strawberry.field(description="The cluster.")
    until: datetime.date = strawberry.field(
        description="Last day of the membership; not before its start."
    )

    def checked(self) -> tuple[str, str, datetime.date]:
        """``(organization id, cluster id, until)``."""
        return (
            check_id("organizationId", str(self.organization_id)),
            check_id("clusterId", str(self.cluster_id)),
            self.until,
        )


@strawberry.input(description="A new project, part of one or more clusters.")
class CreateProjectInput:
    cluster_ids: list[strawberry.ID] = strawberry.field(
        description="Clusters the project is part of (1 to 20; a cluster manager must manage "
        "every one of them)."
    )
    id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Stable id. Give one to make retries safe; without it the id is made from "
        "the acronym, or else the title (prj-<...>).",
    )
    acronym: str | None = strawberry.field(default=None, description="Acronym.")
    title: str | None = strawberry.field(default=None, description="Title.")
    programme: str | None = strawberry.field(default=None, description="Funding programme.")
    start_date: datetime.date | None = strawberry.field(default=None, description="Start.")
    end_date: datetime.date | None = strawberry.field(
        default=None, description="End; not before the start."
    )
    total_cost: float | None = strawberry.field(
        default=None, description="Total cost in EUR (0 or more)."
    )
    flagship: bool = strawberry.field(default=False, description="Whether it is a flagship.")

    def checked(self) -> tuple[str, list[str], dict[str, Any]]:
        """``(id, cluster ids, properties)`` once every value is valid."""
        acronym = text("acronym", self.acronym, MAX_SHORT)
        title = text("title", self.title, MAX_NAME)
        if acronym is None and title is None:
            raise Invalid("title", "an acronym or a title is required")
        if not self.cluster_ids or len(self.cluster_ids) > MAX_CLUSTERS:
            raise Invalid("clusterIds", f"must name 1 to {MAX_CLUSTERS} clusters")
        clusters = [check_id("clusterIds", str(c)) for c in self.cluster_ids]
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise Invalid("endDate", "must not be before startDate")
        naming = acronym or title or ""
        project_id = check_id("id", str(self.id)) if self.id is not None else slug("prj", naming)
        if not project_id:
            raise Invalid("id", "cannot be made from the acronym or title; give an id")
        props = {
            "acronym": acronym,
            "title": title,
            "programme": text("programme", self.programme, MAX_SHORT),
            "startDate": self.start_date,
            "endDate": self.end_date,
            "totalCost": amount("totalCost", self.total_cost),
            "flagship": self.flagship,
        }
        return project_id, clusters, props


@strawberry.input(description="An organisation's part in a project.")
class AddParticipationInput:
    organization_id: strawberry.ID = strawberry.field(description="The organisation.")
    project_id: strawberry.ID = strawberry.field(description="The project.")
    role: ParticipationRole = strawberry.field(description="Coordinator or partner.")
    contribution: float | None = strawberry.field(
        default=None, description="EU contribution to this organisation, in EUR (0 or more)."
    )

    def checked(self) -> tuple[str, str, str, float | None]:
        """``(organization id, project id, role, contribution)``."""
        return (
            check_id("organizationId", str(self.organization_id)),
            check_id("projectId", str(self.project_id)),
            self.role.value,
            amount("contribution", self.contribution),
        )


@strawberry.input(description="An organisation's part in a project, to remove.")
class RemoveParticipationInput:
    organization_id: strawberry.ID = strawberry.field(description="The organisation.")
    project_id: strawberry.ID = strawberry.field(description="The project.")

    def checked(self) -> tuple[str, str]:
        """``(organization id, project id)``."""
        return (
            check_id("organizationId", str(self.organization_id)),
            check_id("projectId", str(self.project_id)),
        )


@strawberry.input(description="An organisation's competence in a topic.")
class SetCompetenceInput:
    organization_id: strawberry.ID = strawberry.field(description="The organisation.")
    topic_id: strawberry.ID = strawberry.field(description="The topic.")
    weight: float = strawberry.field(description="Strength of the competence, 0 to 1000.")

    def checked(self) -> tuple[str, str, float]:
        """``(organization id, topic id, weight)``."""
        weight = amount("weight", self.weight, MAX_WEIGHT)
        assert weight is not None
        return (
            check_id("organizationId", str(self.organization_id)),
            check_id("topicId", str(self.topic_id)),
            weight,
        )


@strawberry.input(description="A cluster objective's value on a date.")
class RecordMeasurementInput:
    objective_id: strawberry.ID = strawberry.field(description="The objective.")
    date: datetime.date = strawberry.field(
        description="Date of the measurement, from 1990 to today; one value per objective and date."
    )
    value: float = strawberry.field(description="The measured value, between -1e12 and 1e12.")
    note: str | None = strawberry.field(
        default=None, description="A note on the value (at most 1000 characters)."
    )

    def checked(self) -> tuple[str, datetime.date, float, str | None]:
        """``(objective id, date, value, note)``."""
        if not math.isfinite(self.value) or abs(self.value) > MAX_AMOUNT:
            raise Invalid("value", f"must be a number between -{MAX_AMOUNT:g} and {MAX_AMOUNT:g}")
        if self.date < EARLIEST_MEASUREMENT:
            raise Invalid("date", f"must not be before {EARLIEST_MEASUREMENT.isoformat()}")
        not_future("date", self.date)
        return (
            check_id("objectiveId", str(self.objective_id)),
            self.date,
            self.value,
            text("note", self.note, 1000),
        )
