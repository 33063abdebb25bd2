"""Exploration root fields: search, connection paths, neighbourhoods and centrality."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, cast

import strawberry

from graph.client import Row
from graph.repositories.explore import MAX_PATH_HOPS, Measure, SearchFilter
from graph.values import InvalidValue, country_code
from resolvers import explore as resolve
from resolvers.context import Context
from schema.completion import Rows
from schema.errors import InvalidInput
from schema.node import Node
from schema.organization import Organization, OrganizationKind

MAX_QUERY_LENGTH = 200
MAX_SEARCH_HITS = 100
MAX_DEPTH = 3
MAX_NODES = 500
MAX_CENTRAL = 100

AS_OF_ARG = strawberry.argument(
    description="Answer as of this date: only projects that started before it count "
    "(and, where memberships matter, memberships valid on it). Default: everything."
)


@strawberry.type(description="A search result: a node and how well it matches.")
class SearchHit:
    score: float = strawberry.field(
        description="Text relevance from the full-text index times a prominence factor, "
        "1 + log10(1 + number of links), so that among equal text matches the most connected "
        "node comes first (higher is better; only comparable within one search)."
    )
    node: Node = strawberry.field(description="The organisation, project, topic or cluster.")


@strawberry.enum(description="What a search hit can be.")
class SearchType(Enum):
    ORGANIZATION = "Organization"
    PROJECT = "Project"
    TOPIC = "Topic"
    CLUSTER = "Cluster"


@strawberry.type(description="How many search matches have one value.")
class FacetCount:
    value: str = strawberry.field(
        description="The value, as the search's filter arguments take it: a type "
        "(ORGANIZATION, ...: SearchType), a kind (COMPANY, ...; UNKNOWN: OrganizationKind), a "
        "country code, a programme, or an SME status ('true', 'false')."
    )
    count: int = strawberry.field(description="Matches with that value.")


def _counts(rows: list[Row]) -> list[FacetCount]:
    return [FacetCount(value=str(row["value"]), count=row["count"]) for row in rows]


def _named(rows: list[Row], values: type[Enum]) -> list[FacetCount]:
    """Facet counts whose values are an enum's names, as the filter arguments take them
    (the graph's label Company is COMPANY)."""
    return [FacetCount(value=values(row["value"]).name, count=row["count"]) for row in rows]


@strawberry.type(
    description="Search matches counted by type, kind, country, SME status and programme."
)
class SearchFacets:
    types: list[FacetCount] = strawberry.field(description="By node type.")
    kinds: list[FacetCount] = strawberry.field(description="Organisations by kind.")
    countries: list[FacetCount] = strawberry.field(description="Organisations by country.")
    programmes: list[FacetCount] = strawberry.field(description="Projects by programme.")
    sme: list[FacetCount] = strawberry.field(
        description="Organisations by SME status: 'true' (small or medium-sized enterprise), "
        "'false'; those whose status is unknown are not counted."
    )


@strawberry.type(description="What the graph holds, so that a page can say so.")
class DataCoverage:
    country: str | None = strawberry.field(
        description="When every project of the graph has at least one participant of one "
        "country (the demo holds the Luxembourg network: 'LU'), that country's code as CORDIS "
        "writes it; null when the programmes are held whole, or when the imports say nothing."
    )
    projects: int = strawberry.field(description="How many projects the graph holds.")
    organizations: int = strawberry.field(description="How many organisations it holds.")


@strawberry.type(
    description="A chain of organisations linked by shared projects: organisation, project, "
    "organisation, ... ."
)
class ConnectionPath:
    length: int = strawberry.field(
        description="Number of organisation-to-organisation hops, i.e. of projects on the "
        "path: 1 when the two organisations share a project, 0 from an organisation to itself."
    )
    nodes: list[Node] = strawberry.field(
        description="The path from `fromId` to `toId`, alternating organisations and projects."
    )
    shared_projects: int | None = strawberry.field(
        default=None,
        description="For two organisations that took part in a project together (`length` "
        "1): how many projects they share (with `asOf`, those started before it); the path "
        "shows one of them. Null otherwise.",
    )


@strawberry.type(description="A relationship between two nodes of a subgraph.")
class Edge:
    source: strawberry.ID = strawberry.field(description="Id of the node it starts from.")
    target: strawberry.ID = strawberry.field(description="Id of the node it points to.")
    type: str = strawberry.field(
        description="Relationship type: PARTICIPATES_IN, MEMBER_OF, PART_OF, ADDRESSES, "
        "FOCUSES_ON or HAS_COMPETENCE."
    )


@strawberry.type(description="Nodes and the edges between them, ready for a graph view.")
class Subgraph:
    nodes: list[Node] = strawberry.field(
        description="The centre first, then nodes level by level (within a level, the most "
        "linked to the level before first, then organisations, clusters and topics before "
        "projects, projects newest first, then by id): a cut keeps the newest projects."
    )
    edges: list[Edge] = strawberry.field(
        description="Every relationship between two returned nodes (and only those)."
    )
    truncated: bool = strawberry.field(
        description="Whether nodes within `depth` were left out: to respect `limit`, or by "
        "the cap of 100 new neighbours taken from each expanded node beyond the centre."
    )


@strawberry.enum(description="How the centrality of an organisation is measured.")
class CentralityMeasure(Enum):
    DEGREE = strawberry.enum_value(
        "DEGREE",
        description="Number of distinct partner organisations (sharing at least one project).",
    )
    WEIGHTED_DEGREE = strawberry.enum_value(
        "WEIGHTED_DEGREE",
        description="Sum over partners and shared projects of 1 / (consortium size - 1): each "
        "project with at least two participants adds exactly 1, however large its consortium.",
    )
    BETWEENNESS = strawberry.enum_value(
        "BETWEENNESS",
        description="Requires `clusterId`. Over the members' ego network (the members, their "
        "projects and every participant of those projects, as a bipartite graph), the sum over "
        "pairs of other members (s, t) of the share of shortest s-t paths through the member "
        "(Brandes). Computed in the service; refused if the ego network has more than 50,000 "
        "participation links.",
    )


@strawberry.type(description="An organisation ranked by a centrality measure.")
class CentralOrganization:
    rank: int = strawberry.field(description="1 for the most central; ties ordered by id.")
    score: float = strawberry.field(description="The value of the measure.")
    organization: Organization = strawberry.field(description="The organisation.")


KindsArg = Annotated[
    list[OrganizationKind] | None,
    strawberry.argument(description="Only organisations of these kinds."),
]
CountriesArg = Annotated[
    list[str] | None,
    strawberry.argument(
        description="Only organisations of these countries: two-letter codes as CORDIS writes "
        "them (UK, EL; the ISO codes GB and GR are taken so)."
    ),
]
SmeArg = Annotated[
    bool | None,
    strawberry.argument(
        description="true: only organisations that are SMEs (small or medium-sized "
        "enterprises); false: only organisations that are not."
    ),
]


def _kinds(kinds: list[OrganizationKind] | None) -> list[str] | None:
    return [str(k.value) for k in kinds] if kinds else None


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise InvalidInput(f"{name}: must be between {low} and {high}, got {value}")


def _codes(values: list[str] | None, field: str) -> list[str] | None:
    if not values:
        return None
    try:
        return [country_code(value) for value in values]
    except InvalidValue as exc:
        raise InvalidInput(f"{field}: {exc}") from exc


def _check_query(text: str) -> None:
    if not text.strip():
        raise InvalidInput("query: must contain at least one word")
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidInput(f"query: at most {MAX_QUERY_LENGTH} characters, got {len(text)}")


@strawberry.type(description="Explore the network: search, paths, neighbourhoods, centrality.")
class ExploreQuery:
    @strawberry.field(
        description="Organisations, projects, topics and clusters whose name, short name, "
        "acronym, title, alias, participant code (PIC) or grant agreement number contains all "
        "the given words, "
        "accent- and case-insensitive "
        "('universite', 'Université' and 'UNIVERSITE' match alike), the last word also as the "
        "start of a word ('Luxembourg Inst' finds the institutes: search as you type; a word "
        "of three letters finds itself first, 'car' cars before care), best "
        "match first; a node whose short name or acronym is the whole query ('LIST') before "
        "the others. When the words find nothing at all, up to six words are asked again, "
        "each also as the start of a word ('univ lux' finds the Université du Luxembourg); "
        "searchFacets follows the same rule."
    )
    async def search(
        self,
        info: strawberry.Info[Context],
        query: Annotated[
            str,
            strawberry.argument(
                description="Words to find (1 to 200 characters), taken as plain words: "
                "Lucene syntax is escaped, '*' and '?' at a word's ends and symbols that are "
                "no word (an emoji) are left out. A French or German word or phrase of the "
                "glossary "
                "(graph/glossary.csv) also matches its English: 'hydrogène' and 'Wasserstoff' "
                "find 'hydrogen', 'pile à combustible' and 'Brennstoffzelle' 'fuel cell', and a "
                "phrase still being typed its English ('économie circ': 'circular economy'). "
                "A word also matches in its other number ('battery' finds 'batteries'), and "
                "a common abbreviation of names as the names spell it out ('TU München' finds "
                "'TECHNISCHE UNIVERSITAET MUENCHEN'; graph/name_abbreviations.csv)."
            ),
        ],
        first: Annotated[int, strawberry.argument(description="Number of hits, 1 to 100.")] = 10,
        types: Annotated[
            list[SearchType] | None,
            strawberry.argument(description="Only nodes of these types."),
        ] = None,
        kinds: KindsArg = None,
        countries: CountriesArg = None,
        programmes: Annotated[
            list[str] | None,
            strawberry.argument(
                description="Only projects of these programmes, as stored (H2020, HORIZON, a "
                "cluster's own); H2020 and HORIZON in any case."
            ),
        ] = None,
        sme: SmeArg = None,
    ) -> list[SearchHit]:
        _check_query(query)
        _check_range("first", first, 1, MAX_SEARCH_HITS)
        where = SearchFilter(
            types=[t.value for t in types] if types else None,
            kinds=_kinds(kinds),
            countries=_codes(countries, "countries"),
            programmes=list(programmes) if programmes else None,
            sme=sme,
        )
        return cast(list[SearchHit], Rows(await resolve.search(info, query, first, where)))

    @strawberry.field(
        description="What the graph holds: the country its projects are restricted to, if "
        "any, and how many projects and organisations."
    )
    async def data_coverage(self, info: strawberry.Info[Context]) -> DataCoverage:
        return cast(DataCoverage, await resolve.data_coverage(info))

    @strawberry.field(
        description="How the best 1,000 matches of a search divide up: by type, organisation "
        "kind, organisation country, SME status and project programme (for facets), largest "
        "first. With `kinds`, `countries` or `sme`, the organisations' facets count as "
        "search would with those conditions, each facet leaving out its own: `countries` "
        "then counts the organisations of the given kinds in each country, `kinds` those of "
        "the given countries of each kind (so each count is what picking that value would "
        "add). Types and programmes count every match."
    )
    async def search_facets(
        self,
        info: strawberry.Info[Context],
        query: Annotated[str, strawberry.argument(description="Words to find, as in search.")],
        kinds: KindsArg = None,
        countries: CountriesArg = None,
        sme: SmeArg = None,
    ) -> SearchFacets:
        _check_query(query)
        where = SearchFilter(kinds=_kinds(kinds), countries=_codes(countries, "countries"), sme=sme)
        facets = await resolve.search_facets(info, query, where)
        return SearchFacets(
            types=_named(facets["types"], SearchType),
            kinds=_named(facets["kinds"], OrganizationKind),
            countries=_counts(facets["countries"]),
            programmes=_counts(facets["programmes"]),
            sme=_counts(facets["sme"]),
        )

    @strawberry.field(
        description="The shortest chain between two organisations through shared projects "
        "(organisation, project, organisation, ...), or null if there is none within "
        "`maxHops`. Unknown ids are an error (BAD_USER_INPUT)."
    )
    async def connection_path(
        self,
        info: strawberry.Info[Context],
        from_id: Annotated[strawberry.ID, strawberry.argument(description="Organisation id.")],
        to_id: Annotated[strawberry.ID, strawberry.argument(description="Organisation id.")],
        max_hops: Annotated[
            int,
            strawberry.argument(
                description="Most organisation-to-organisation hops (projects) allowed, 1 to 6."
            ),
        ] = 4,
        as_of: Annotated[date | None, AS_OF_ARG] = None,
    ) -> ConnectionPath | None:
        _check_range("maxHops", max_hops, 1, MAX_PATH_HOPS)
        if from_id == to_id:
            row = await resolve.path_to_itself(info, str(from_id))
            if row is None:
                raise InvalidInput(f"fromId: no organisation has id {from_id!r}")
            return ConnectionPath(length=0, nodes=[cast(Node, row)])
        result = await resolve.connection_path(info, (str(from_id), str(to_id)), max_hops, as_of)
        if not result.from_found:
            raise InvalidInput(f"fromId: no organisation has id {from_id!r}")
        if not result.to_found:
            raise InvalidInput(f"toId: no organisation has id {to_id!r}")
        if result.nodes is None:
            return None
        return ConnectionPath(
            length=len(result.nodes) // 2,
            nodes=cast(list[Node], result.nodes),
            shared_projects=result.shared,
        )

    @strawberry.field(
        description="The nodes around a node (organisation, project, cluster or topic) and the "
        "edges between them, breadth first, never more than `limit` nodes. Topics other than "
        "the centre are leaves (not expanded further); see docs/analytics.md. null, with a "
        "BAD_USER_INPUT error naming the argument, when centerId is unknown or an argument is "
        "out of range; the request's other fields keep their data."
    )
    async def neighborhood(
        self,
        info: strawberry.Info[Context],
        center_id: Annotated[
            strawberry.ID,
            strawberry.argument(description="Id of an organisation, project, cluster or topic."),
        ],
        depth: Annotated[
            int, strawberry.argument(description="Relationships to follow outwards, 1 to 3.")
        ] = 1,
        limit: Annotated[
            int, strawberry.argument(description="Most nodes returned (centre included), 1 to 500.")
        ] = 200,
        as_of: Annotated[date | None, AS_OF_ARG] = None,
        topics: Annotated[
            bool,
            strawberry.argument(
                description="false: no topics besides the centre (at depth 2 a large "
                "organisation's topics take places its partners could have)."
            ),
        ] = True,
    ) -> Subgraph | None:
        _check_range("depth", depth, 1, MAX_DEPTH)
        _check_range("limit", limit, 1, MAX_NODES)
        result = await resolve.neighborhood(info, str(center_id), (depth, limit), as_of, topics)
        if result is None:
            raise InvalidInput(
                f"centerId: no organisation, project, cluster or topic has id {center_id!r}"
            )
        # Nodes and edges come from one query (one snapshot): every edge joins two nodes.
        return cast(Subgraph, Rows(result))

    @strawberry.field(
        description="The most central organisations of a cluster (its members and the "
        "organisations active in its domain, as on `asOf`), or of the whole network. Partners "
        "and projects always come from the whole network; only the ranked organisations are "
        "restricted to the cluster. In a graph of one country's projects "
        "(dataCoverage.country), other countries' organisations count only the projects they "
        "share with it. See CentralityMeasure and docs/analytics.md for how each measure is "
        "computed."
    )
    async def central_organizations(
        self,
        info: strawberry.Info[Context],
        cluster_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Rank this cluster's members; null: everyone."),
        ] = None,
        first: Annotated[
            int, strawberry.argument(description="Number of organisations, 1 to 100.")
        ] = 10,
        as_of: Annotated[date | None, AS_OF_ARG] = None,
        measure: Annotated[
            CentralityMeasure, strawberry.argument(description="The centrality measure.")
        ] = CentralityMeasure.DEGREE,
        country: Annotated[
            str | None,
            strawberry.argument(
                description="Rank only the organisations of this country (a code as CORDIS "
                "writes it; GB and GR are taken as UK and EL); their partners still come from "
                "everywhere. Not with BETWEENNESS."
            ),
        ] = None,
    ) -> list[CentralOrganization]:
        _check_range("first", first, 1, MAX_CENTRAL)
        codes = _codes([country], "country") if country is not None else None
        cluster = str(cluster_id) if cluster_id is not None else None
        if cluster is not None and not await resolve.cluster_exists(info, cluster):
            raise InvalidInput(f"clusterId: no cluster has id {cluster_id!r}")
        if measure is CentralityMeasure.BETWEENNESS:
            if cluster is None:
                raise InvalidInput("clusterId: required with measure BETWEENNESS")
            if codes:
                raise InvalidInput("country: not with measure BETWEENNESS (it ranks a cluster)")
            ranked, complete = await resolve.betweenness(info, cluster, first, as_of)
            if not complete:
                raise InvalidInput(
                    "measure: the cluster's ego network is too large for BETWEENNESS; "
                    "use DEGREE or WEIGHTED_DEGREE"
                )
        else:
            which = Measure[measure.name]
            scope = (cluster, as_of, codes[0] if codes else None)
            ranked = await resolve.central(info, which, scope, first)
        for rank, row in enumerate(ranked, start=1):
            row["rank"] = rank
        return cast(list[CentralOrganization], Rows(ranked))
