"""Where a cluster's organisations and their foreign partners are: by country and by NUTS 2
region, per population, for a period (``graph/cypher/cluster_geography.cypher``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from graph.client import Graph, Row
from graph.cypher import query
from graph.errors import BadArgument
from graph.indicators import POPULATIONS
from graph.repositories.indicators import check_choice, check_period

MAX_CLUSTERS = 100


@dataclass(frozen=True)
class Place:
    """A country (its code as CORDIS writes it: UK, EL) or a NUTS 2 region (four characters,
    the first two its country's code) with the population's organisations located there, the
    foreign partners located there, and the projects shared with those partners. A region's
    ``latitude``/``longitude`` are the mean of its organisations' coordinates (None when none
    has any) and ``city`` the town most of them are in."""

    code: str
    organizations: int
    partners: int
    projects: int
    latitude: float | None = None
    longitude: float | None = None
    city: str | None = None

    @property
    def country(self) -> str:
        """The country's code (a NUTS code starts with it)."""
        return self.code[:2]


@dataclass(frozen=True)
class Geography:
    """One population of a cluster over a period: its totals (``organizations``, distinct
    foreign ``partners``, distinct shared ``projects``), its countries and its regions, most
    shared projects first."""

    population: str
    organizations: int
    partners: int
    projects: int
    countries: tuple[Place, ...]
    regions: tuple[Place, ...]

    @property
    def partners_without_region(self) -> int:
        """Foreign partners without a NUTS code, on no region (each has one region at most)."""
        return self.partners - sum(region.partners for region in self.regions)


async def read(
    graph: Graph,
    cluster_ids: Sequence[str],
    start: dt.date,
    end: dt.date,
    populations: Sequence[str] = POPULATIONS,
) -> dict[str, list[Geography]]:
    """Per cluster id, one :class:`Geography` per population asked (in the order asked)."""
    check_period(start, end)
    check_choice((), populations)
    if len(cluster_ids) > MAX_CLUSTERS:
        raise BadArgument("clusters", f"at most {MAX_CLUSTERS} at once")
    if not cluster_ids or not populations:
        return {cluster_id: [] for cluster_id in cluster_ids}
    rows = await graph.read(
        query("cluster_geography"),
        {
            "clusterIds": list(dict.fromkeys(cluster_ids)),
            "populations": list(populations),
            "from": start,
            "to": end,
        },
    )
    return answer(rows, cluster_ids, populations)


def _order(place: Place) -> tuple[int, int, int, str]:
    return (-place.projects, -place.partners, -place.organizations, place.code)


def answer(
    rows: Sequence[Row], cluster_ids: Sequence[str], populations: Sequence[str]
) -> dict[str, list[Geography]]:
    """The query's rows as one geography per cluster and population (empty when no row)."""
    found: dict[tuple[str, str], dict[str, list[Place]]] = {}
    for row in rows:
        levels = found.setdefault((row["key"], row["population"]), {})
        levels.setdefault(row["level"], []).append(
            Place(
                code=row["code"],
                organizations=row["organizations"],
                partners=row["partners"],
                projects=row["projects"],
                latitude=row["latitude"],
                longitude=row["longitude"],
                city=row["city"],
            )
        )
    answers: dict[str, list[Geography]] = {}
    for cluster_id in cluster_ids:
        answers[cluster_id] = []
        for population in populations:
            levels = found.get((cluster_id, population), {})
            total = (levels.get("ALL") or [Place("", 0, 0, 0)])[0]
            answers[cluster_id].append(
                Geography(
                    population=population,
                    organizations=total.organizations,
                    partners=total.partners,
                    projects=total.projects,
                    countries=tuple(sorted(levels.get("COUNTRY", []), key=_order)),
                    regions=tuple(sorted(levels.get("REGION", []), key=_order)),
                )
            )
    return answers
