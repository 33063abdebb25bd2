"""Where a cluster's organisations and their foreign partners are (Cluster.geography), for
the map of the internationalisation area."""

from __future__ import annotations

import datetime as dt

import strawberry

from graph.repositories.geography import Geography, Place
from resolvers import geography as geography_resolvers
from resolvers.context import Context
from schema.organization import MembershipStanding


@strawberry.type(
    description="A country with the population's organisations located there, its foreign "
    "partners located there, and the projects shared with them."
)
class CountryReach:
    country: str = strawberry.field(
        description="The country's code as organisations have it (ISO 3166, but UK for the "
        "United Kingdom and EL for Greece, as CORDIS writes them)."
    )
    organizations: int = strawberry.field(
        description="The population's own organisations in this country."
    )
    partners: int = strawberry.field(
        description="Foreign partners in this country: organisations of another country than "
        "the population's organisation they shared a project with (as the indicator "
        "FOREIGN_PARTNERS counts them)."
    )
    projects: int = strawberry.field(
        description="Projects that joined the population with those partners (each counted "
        "once, however many partners it had here)."
    )


@strawberry.type(
    description="A NUTS 2 region (from the organisations' NUTS codes, which Horizon Europe "
    "data gives) with the population's organisations and foreign partners located there."
)
class RegionReach:
    region: str = strawberry.field(
        description="The NUTS 2 code: the first four characters of the organisations' NUTS "
        "codes (e.g. DE21 for Upper Bavaria)."
    )
    country: str = strawberry.field(description="The country's code (the region's first two).")
    city: str | None = strawberry.field(
        description="The town most of its organisations here are in, to name the region "
        "for readers who do not know NUTS codes."
    )
    latitude: float | None = strawberry.field(
        description="Mean latitude (WGS 84) of its organisations here that have coordinates; "
        "null when none has."
    )
    longitude: float | None = strawberry.field(
        description="Mean longitude (WGS 84) of the same organisations."
    )
    organizations: int = strawberry.field(
        description="The population's own organisations in this region."
    )
    partners: int = strawberry.field(description="Foreign partners in this region.")
    projects: int = strawberry.field(
        description="Projects that joined the population with the partners of this region."
    )


@strawberry.type(
    description="Where one population of a cluster and its foreign partners are, over a "
    "period: by country and by NUTS 2 region, most shared projects first. The population, "
    "the period and 'foreign' are those of the indicator FOREIGN_PARTNERS: an organisation "
    "counts while its membership lasts; a partner is of another country than the "
    "organisation it shared a project with, and the project started in the period."
)
class ClusterGeography:
    population: MembershipStanding = strawberry.field(
        description="Whose geography: MEMBER (from an official list or added by a cluster "
        "manager) or ACTIVE_IN_DOMAIN (inferred from their projects)."
    )
    organizations: int = strawberry.field(
        description="The population's organisations with a country, in the period."
    )
    partners: int = strawberry.field(
        description="Distinct foreign partners (the sum over countries; the indicator "
        "FOREIGN_PARTNERS for the whole period)."
    )
    projects: int = strawberry.field(
        description="Distinct projects shared with foreign partners (a project with partners "
        "in several countries counts once here, once in each country)."
    )
    partners_without_region: int = strawberry.field(
        description="Foreign partners without a NUTS code, on no region (most Horizon 2020 "
        "participants that never took part in Horizon Europe)."
    )
    countries: list[CountryReach] = strawberry.field(
        description="Every country with the population's organisations or foreign partners, "
        "most shared projects first, then most partners, then by code."
    )
    regions: list[RegionReach] = strawberry.field(
        description="Every NUTS 2 region with the population's organisations or foreign "
        "partners, in the same order."
    )


def _country(place: Place) -> CountryReach:
    return CountryReach(
        country=place.code,
        organizations=place.organizations,
        partners=place.partners,
        projects=place.projects,
    )


def _region(place: Place) -> RegionReach:
    return RegionReach(
        region=place.code,
        country=place.country,
        city=place.city,
        latitude=place.latitude,
        longitude=place.longitude,
        organizations=place.organizations,
        partners=place.partners,
        projects=place.projects,
    )


def geography(found: Geography) -> ClusterGeography:
    """The API's view of a population's geography."""
    return ClusterGeography(
        population=MembershipStanding(found.population),
        organizations=found.organizations,
        partners=found.partners,
        projects=found.projects,
        partners_without_region=found.partners_without_region,
        countries=[_country(place) for place in found.countries],
        regions=[_region(place) for place in found.regions],
    )


async def cluster_geography(
    info: strawberry.Info[Context],
    cluster_id: str,
    from_: dt.date | None,
    to: dt.date | None,
    populations: list[MembershipStanding] | None,
) -> list[ClusterGeography]:
    """The geography of a cluster for the arguments of ``Cluster.geography``."""
    found = await geography_resolvers.for_cluster(
        info,
        cluster_id,
        (from_, to),
        [p.name for p in populations] if populations is not None else None,
    )
    return [geography(g) for g in found]
