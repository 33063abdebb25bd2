"""What can be read of each GraphQL type, as fixed Cypher templates (see ``graph.select``).

Every entry maps a field of the API to a :class:`Value` (an expression of the node ``{n}``)
or a :class:`Link` (a subquery that reaches related nodes: one, a list, or a page).
Placeholders: ``{n}`` the node, ``{m}`` the other node, ``{r}`` a relationship, ``{x}`` a
prefix for helper names, ``{p}`` an argument's parameter. The same templates serve every
root field, so a field reads the same wherever it is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import LiteralString

from graph.select import Link, Shape, Template, Value

KIND_LABELS: LiteralString = "['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']"
KIND: Template = "coalesce([l IN labels({n}) WHERE l IN " + KIND_LABELS + "][0], 'Unknown')"
# Projects, newest first by start date (a call-year-only project at its year's end), ties by
# id (the key is derived in project_refresh_dates.cypher).
NEWEST: Template = "{m}.newestKey DESC, {m}.id"
ROLE_ORDER: Template = (
    "CASE {r}.role WHEN 'PRESIDENT' THEN 0 WHEN 'VICE_PRESIDENT' THEN 1 "
    "WHEN 'CLUSTER_MANAGER' THEN 2 ELSE 3 END"
)
NODE_AND_RELATIONSHIP: Template = "{m}, {r}"
# A membership's standing (schema.organization.MembershipStanding): ended (its last day,
# ``until``, is before today), else inferred from projects (source 'derived'), else a member
# (official, or added by a manager).
CURRENT: Template = "({r}.until IS NULL OR {r}.until >= date())"
STANDING: Template = (
    "CASE WHEN NOT " + CURRENT + " THEN 'FORMER' "
    "WHEN {r}.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END"
)


def prop(name: LiteralString) -> Value:
    """The node's property ``name``."""
    return Value("{n}." + name)


# The topics that gave an inferred membership its evidence are read from the membership's
# ``evidenceTopics`` ids for the memberships of the page only (``r*id``): a cluster of 578
# members read them all before its first page was cut, twice with the count (21 ms for the
# query instead of 6), and the ids alone, carried through the sort, still cost 1-2 ms.
MEMBERSHIP_EDGE: Mapping[str, Template] = {
    "since": "{r}.since",
    "until": "{r}.until",
    "role": "{r}.role",
    "source": "{r}.source",
    "standing": STANDING,
    "evidenceProjects": "CASE WHEN {r}.source = 'derived' THEN {r}.evidenceProjects END",
}
MEMBERSHIP_FILTERS: Mapping[str, Template] = {"standings": STANDING + " IN {p}"}
GOVERNANCE_EDGE: Mapping[str, Template] = {
    "role": "CASE WHEN {r}.role IN ['PRESIDENT', 'VICE_PRESIDENT', 'CLUSTER_MANAGER'] "
    "THEN {r}.role END",
    "since": "{r}.since",
    "until": "{r}.until",
}

ORGANIZATION: Shape = {
    "id": prop("id"),
    "name": prop("name"),
    "displayName": Value("coalesce({n}.name, 'Unnamed organisation (' + {n}.id + ')')"),
    "names": Value("coalesce({n}.names, CASE WHEN {n}.name IS NULL THEN [] ELSE [{n}.name] END)"),
    "nameSource": prop("nameSource"),
    "shortName": prop("shortName"),
    "kind": Value(KIND),
    "country": prop("country"),
    "city": prop("city"),
    "region": prop("region"),
    "website": prop("website"),
    "sources": Value("coalesce({n}.sources, [])"),
    "description": prop("description"),
    "sme": prop("sme"),
    "latitude": prop("latitude"),
    "longitude": prop("longitude"),
    "cordisPic": prop("pic"),
    "projectCount": Value("COUNT { ({n})-[:PARTICIPATES_IN]->() }"),
    "coordinationCount": Value("COUNT { ({n})-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->() }"),
    "partnerCount": Value("coalesce({n}.partnerCount, 0)"),
    "clusters": Link(
        "Cluster",
        "MATCH ({n})-[{r}:MEMBER_OF]->({m}:Cluster) WHERE true",
        NODE_AND_RELATIONSHIP,
        "{m}.name, {m}.id",
        item="Membership",
        edge=MEMBERSHIP_EDGE,
        nodes={"cluster": ("Cluster", "m"), "evidenceTopics": ("Topic", "r*id")},
        filters=MEMBERSHIP_FILTERS,
    ),
    "projects": Link(
        "Project",
        "MATCH ({n})-[{r}:PARTICIPATES_IN]->({m}:Project) WHERE true",
        NODE_AND_RELATIONSHIP,
        NEWEST,
        shape="page",
        connection="OrganizationProjectConnection",
        item="OrganizationProjectEdge",
        edge={
            "role": "{r}.role",
            "cordisRole": "{r}.cordisRole",
            "contribution": "{r}.contribution",
        },
        nodes={"node": ("Project", "m")},
        filters={
            "programme": "{m}.programme IN [{p}, toUpper({p})]",
            # On the topic {p} or a narrower one (as the organisations' topic filter).
            "topicId": "EXISTS { ({m})-[:ADDRESSES]->(:Topic)"
            "-[:BROADER*0..6]->(:Topic {id: {p}}) }",
            # The projects the organisation {p} took part in too.
            "sharedWith": "EXISTS { ({m})<-[:PARTICIPATES_IN]-(:Organization {id: {p}}) }",
            # The projects that made its inferred membership of the cluster {p}: those on a
            # topic that gave the membership its evidence, or on a narrower one.
            "evidenceFor": "EXISTS { MATCH ({n})-[{x}e:MEMBER_OF]->(:Cluster {id: {p}}) "
            "WHERE {x}e.source = 'derived' "
            "MATCH ({m})-[:ADDRESSES]->(:Topic)-[:BROADER*0..6]->({x}t:Topic) "
            "WHERE {x}t.id IN coalesce({x}e.evidenceTopics, []) }",
        },
    ),
    # Derived from the projects (every topic they address, and the broader ones), plus the
    # competences a data owner set.
    "competences": Link(
        "Topic",
        "CALL ({n}) { "
        "MATCH ({n})-[:PARTICIPATES_IN]->({x}p:Project)-[:ADDRESSES]->(:Topic)"
        "-[:BROADER*0..6]->({m}:Topic) "
        "RETURN {m}, toFloat(count(DISTINCT {x}p)) AS {x}w, 'cordis' AS {x}s "
        "UNION ALL "
        "MATCH ({n})-[{x}h:HAS_COMPETENCE]->({m}:Topic) "
        "RETURN {m}, {x}h.weight AS {x}w, {x}h.source AS {x}s "
        "} WITH {m}, {x}w, {x}s WHERE true",
        "{m}, {x}w, {x}s",
        "{x}w DESC, {m}.id, {x}s",
        item="Competence",
        edge={"weight": "{x}w", "source": "{x}s"},
        nodes={"topic": ("Topic", "m")},
        filters={"kinds": "coalesce({m}.kind, 'curated') IN {p}"},
        cap=200,
        default=50,
    ),
    "people": Link(
        "Person",
        "MATCH ({n})<-[:AFFILIATED_WITH]-({m}:Person)-[{r}:HOLDS_ROLE]->({x}:Cluster) WHERE true",
        "{m}, {r}, {x}",
        "{x}.name, " + ROLE_ORDER + ", {m}.id",
        item="ClusterRole",
        edge=GOVERNANCE_EDGE,
        nodes={"person": ("Person", "m"), "cluster": ("Cluster", "x")},
        cap=200,
    ),
    # Organisations sharing a project, with how many and the latest start (or call) year.
    "partners": Link(
        "Organization",
        "MATCH ({n})-[:PARTICIPATES_IN]->({x}p:Project)<-[:PARTICIPATES_IN]-({m}:Organization) "
        "WHERE {m} <> {n}",
        "{m}, {x}s, {x}y",
        "{x}s DESC, {x}y DESC, {m}.id",
        shape="page",
        connection="PartnerConnection",
        item="PartnerEdge",
        edge={"sharedProjects": "{x}s", "lastYear": "{x}y"},
        nodes={"node": ("Organization", "m")},
        filters={
            "asOf": "{x}p.timelineDate < {p}",
            # Partners of the organisation {p} too, at any time; its partners are listed once
            # per query (the subquery does not depend on the row): a page and its count in
            # 0.25 s for two hubs of 7,000 and 10,000 partners.
            "commonWith": "{m}.id IN COLLECT { MATCH (:Organization {id: {p}})"
            "-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-({x}o:Organization) "
            "RETURN DISTINCT {x}o.id }",
        },
        group="WITH {m}, count(DISTINCT {x}p) AS {x}s, max({x}p.startYear) AS {x}y",
    ),
}

PROJECT: Shape = {
    "id": prop("id"),
    "acronym": prop("acronym"),
    "title": prop("title"),
    "displayName": Value(
        "CASE WHEN {n}.acronym IS NULL AND {n}.title IS NULL "
        "THEN 'Untitled project (' + {n}.id + ')' "
        # a title that starts with the acronym says it once ("AntifragiCity", not twice)
        "WHEN toLower({n}.title) STARTS WITH toLower({n}.acronym) THEN {n}.title "
        "ELSE coalesce({n}.acronym + ': ' + {n}.title, {n}.acronym, {n}.title) END"
    ),
    "programme": prop("programme"),
    "startDate": prop("startDate"),
    "startYear": prop("startYear"),
    "datePrecision": prop("datePrecision"),
    "endDate": prop("endDate"),
    "typeOfAction": prop("typeOfAction"),
    "status": prop("status"),
    "fundingScheme": prop("fundingScheme"),
    "call": prop("call"),
    "keywords": Value("coalesce({n}.keywords, [])"),
    "abstract": prop("abstract"),
    "totalCost": prop("totalCost"),
    "euContribution": prop("euContribution"),
    "grantId": prop("grantId"),
    "flagship": Value("coalesce({n}.flagship, false)"),
    "participantCount": Value("COUNT { ({n})<-[:PARTICIPATES_IN]-() }"),
    "callTopic": Link(
        "Topic",
        "MATCH ({n})-[:ADDRESSES]->({m}:Topic) WHERE {m}.kind = 'callTopic'",
        "{m}",
        "{m}.id",
        shape="one",
    ),
    "participants": Link(
        "Organization",
        "MATCH ({m}:Organization)-[{r}:PARTICIPATES_IN]->({n}) WHERE true",
        NODE_AND_RELATIONSHIP,
        "{r}.role, {m}.id",
        shape="page",
        connection="ProjectParticipantConnection",
        item="ProjectParticipantEdge",
        edge={
            "role": "{r}.role",
            "cordisRole": "{r}.cordisRole",
            "contribution": "{r}.contribution",
        },
        nodes={"node": ("Organization", "m")},
    ),
    "topics": Link(
        "Topic",
        "MATCH ({n})-[:ADDRESSES]->({m}:Topic) WHERE true",
        "{m}",
        "{m}.id",
        filters={"kinds": "coalesce({m}.kind, 'curated') IN {p}"},
        cap=200,
    ),
    "clusters": Link(
        "Cluster", "MATCH ({n})-[:PART_OF]->({m}:Cluster) WHERE true", "{m}", "{m}.name, {m}.id"
    ),
}

# How the importer describes a call family it knows by name (importers.calls.FAMILY_NAMES):
# "Clean Hydrogen Partnership: call topics whose code starts with HORIZON-JTI-CLEANH2".
FAMILY_NAMED: LiteralString = ": call topics whose code starts with "

TOPIC: Shape = {
    "id": prop("id"),
    "name": prop("name"),
    "displayName": Value(
        "CASE WHEN {n}.kind = 'callTopic' AND {n}.description IS NOT NULL "
        "THEN {n}.description "
        "WHEN {n}.kind = 'callFamily' AND {n}.description CONTAINS '" + FAMILY_NAMED + "' "
        "THEN split({n}.description, '" + FAMILY_NAMED + "')[0] + ' (' + {n}.code + ')' "
        "ELSE coalesce({n}.name, {n}.code, {n}.id) END"
    ),
    "code": prop("code"),
    "kind": Value("coalesce({n}.kind, 'curated')"),
    "description": prop("description"),
    "source": prop("source"),
    "broader": Link(
        "Topic", "MATCH ({n})-[:BROADER]->({m}:Topic) WHERE true", "{m}", "{m}.id", shape="one"
    ),
    "programmePart": Link(
        "Topic", "MATCH ({m}:Topic {id: {n}.partId}) WHERE true", "{m}", "{m}.id", shape="one"
    ),
    "narrower": Link(
        "Topic",
        "MATCH ({m}:Topic)-[:BROADER]->({n}) WHERE true",
        "{m}",
        "{m}.code, {m}.id",
        cap=200,
    ),
    "clusters": Link(
        "Cluster",
        "MATCH ({m}:Cluster)-[:FOCUSES_ON]->({n}) WHERE true",
        "{m}",
        "{m}.name, {m}.id",
        cap=50,
    ),
}

# A cluster's projects: PART_OF it, or with a current member (or an organisation active in
# its domain) among the participants.
CLUSTER_PROJECTS: Template = (
    "CALL ({n}) { MATCH ({m}:Project)-[:PART_OF]->({n}) RETURN {m} "
    "UNION MATCH ({n})<-[{x}r:MEMBER_OF]-(:Organization)-[:PARTICIPATES_IN]->({m}:Project) "
    "WHERE {x}r.until IS NULL OR {x}r.until >= date() "
    "RETURN {m} } WITH {m} WHERE true"
)
# Current memberships of the cluster {n} (members and organisations active in its domain).
CURRENT_MEMBERS: Template = (
    "(o:Organization)-[cm:MEMBER_OF]->({n}) WHERE (cm.until IS NULL OR cm.until >= date())"
)
# The two figures of a cluster's page that read every partner of every member, counted from
# the graph; graph/derived_clusters.py stores them (on the cluster and on each current
# membership) after every import and every write of a membership or a participation, and
# the page reads them while STORED holds.
# Organisations that share a project with a current member of {n} and are not one: the
# members' distinct projects first, then their distinct participants (a project of several
# members is expanded once).
PARTNERS_OUTSIDE: Template = (
    "COUNT { CALL ({n}) { MATCH " + CURRENT_MEMBERS + " "
    "MATCH (o)-[:PARTICIPATES_IN]->(mp:Project) RETURN DISTINCT mp } "
    "MATCH (mp)<-[:PARTICIPATES_IN]-(q:Organization) WITH DISTINCT q "
    "WHERE NOT EXISTS { MATCH (q)-[qm:MEMBER_OF]->({n}) "
    "WHERE qm.until IS NULL OR qm.until >= date() } RETURN q }"
)
# The end of a subquery over a member {m} of {n}: its partners that are current members of
# another cluster ({x}p, how many) and those clusters' ids ({x}i).
BRIDGE_PARTNERS: Template = (
    "OPTIONAL MATCH ({m})-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-"
    "({x}q:Organization)-[{x}o:MEMBER_OF]->({x}k:Cluster) "
    "WHERE {x}q <> {m} AND {x}k <> {n} AND ({x}o.until IS NULL OR {x}o.until >= date()) "
    "RETURN count(DISTINCT {x}q) AS {x}p, collect(DISTINCT {x}k.id) AS {x}i"
)
# The stored figures of {n} hold: they were computed and no membership has ended since
# (sgDerivedUntil: the earliest last day of a membership that was ahead then; null: none).
STORED: Template = (
    "({n}.sgPartnersOutside IS NOT NULL AND coalesce({n}.sgDerivedUntil >= date(), true))"
)
OF_STANDING: Template = (
    "COUNT { MATCH (:Organization)-[{r}:MEMBER_OF]->({n}) WHERE " + STANDING + " = '{s}' }"
)


def _standing_count(standing: LiteralString) -> LiteralString:
    """The number of memberships of the cluster ``{n}`` in ``standing``."""
    text: LiteralString = OF_STANDING.replace("{r}", "sm").replace("{s}", standing)
    return text


CLUSTER: Shape = {
    "id": prop("id"),
    "name": prop("name"),
    "displayName": prop("name"),
    "sector": prop("sector"),
    "description": prop("description"),
    "launchDate": prop("launchDate"),
    # The country most of its current members and organisations active in its domain are in
    # (ties: the first code); counted with list functions, as Neo4j 5 refuses an aggregation
    # inside a subquery expression that reads the outer node here.
    "country": Value(
        "[cs IN [COLLECT { MATCH " + CURRENT_MEMBERS + " AND o.country IS NOT NULL "
        "RETURN o.country }] | reduce(best = null, c IN cs | CASE WHEN best IS NULL "
        "OR size([x IN cs WHERE x = c]) > size([x IN cs WHERE x = best]) "
        "OR (size([x IN cs WHERE x = c]) = size([x IN cs WHERE x = best]) AND c < best) "
        "THEN c ELSE best END)][0]"
    ),
    # Undated aliases are stored open on both ends (lists cannot hold null): shown as null.
    "aliases": Value(
        "[i IN range(0, size(coalesce({n}.aliasNames, [])) - 1) | {name: {n}.aliasNames[i], "
        "since: CASE WHEN {n}.aliasSince[i] = date('0001-01-01') THEN null "
        "ELSE {n}.aliasSince[i] END, "
        "until: CASE WHEN {n}.aliasUntil[i] = date('9999-12-31') THEN null "
        "ELSE {n}.aliasUntil[i] END}]"
    ),
    "members": Link(
        "Organization",
        "MATCH ({m}:Organization)-[{r}:MEMBER_OF]->({n}) WHERE true",
        NODE_AND_RELATIONSHIP,
        # the organisations inferred active in the domain, most projects on its topics first
        # (the first to ask), after the members (no count: DESC puts nulls first), by name
        "{r}.evidenceProjects DESC, {m}.name IS NULL, {m}.name, {m}.id",
        shape="page",
        connection="ClusterMemberConnection",
        item="ClusterMemberEdge",
        edge=MEMBERSHIP_EDGE,
        nodes={"node": ("Organization", "m"), "evidenceTopics": ("Topic", "r*id")},
        filters={**MEMBERSHIP_FILTERS, "kind": KIND.replace("{n}", "{m}") + " = {p}"},
    ),
    "memberCounts": Link(
        "Organization",
        "MATCH ({m}:Organization)-[{r}:MEMBER_OF]->({n}) WHERE true",
        "{x}k, {x}c",
        "{x}c DESC, {x}k",
        item="KindCount",
        edge={"kind": "{x}k", "count": "{x}c"},
        filters=MEMBERSHIP_FILTERS,
        group="WITH " + KIND.replace("{n}", "{m}") + " AS {x}k, count(DISTINCT {m}) AS {x}c",
        cap=5,
    ),
    "governance": Link(
        "Person",
        "MATCH ({m}:Person)-[{r}:HOLDS_ROLE]->({n}) WHERE true",
        NODE_AND_RELATIONSHIP,
        ROLE_ORDER + ", {r}.since, {m}.id",
        item="ClusterRole",
        edge=GOVERNANCE_EDGE,
        nodes={"person": ("Person", "m"), "cluster": ("Cluster", "n")},
    ),
    "projects": Link(
        "Project",
        CLUSTER_PROJECTS,
        "{m}",
        NEWEST,
        shape="page",
        connection="ProjectConnection",
        item="ProjectEdge",
        nodes={"node": ("Project", "m")},
    ),
    "topics": Link(
        "Topic",
        "MATCH ({n})-[:FOCUSES_ON]->({m}:Topic) WHERE true",
        "{m}",
        "{m}.name, {m}.id",
        cap=200,
    ),
    "objectives": Link(
        "Objective",
        "MATCH ({n})-[:HAS_OBJECTIVE]->({m}:Objective) WHERE true",
        "{m}",
        "{m}.deadline, {m}.planArea, {m}.id",
    ),
    "stats": Value(
        "{members: " + _standing_count("MEMBER") + ", "
        "active_in_domain: " + _standing_count("ACTIVE_IN_DOMAIN") + ", "
        "former_members: " + _standing_count("FORMER") + ", "
        "projects: COUNT { "
        + CLUSTER_PROJECTS.replace("{m}", "p").replace("{x}", "s")
        + " RETURN p }, "
        "partners_outside: CASE WHEN " + STORED + " THEN {n}.sgPartnersOutside "
        "ELSE " + PARTNERS_OUTSIDE + " END, "
        "countries: COUNT { MATCH " + CURRENT_MEMBERS + " AND o.country IS NOT NULL "
        "RETURN DISTINCT o.country }}",
        call=True,
    ),
    # Members that bridge the cluster to others: their other clusters, and their partners
    # that are members of another cluster; score = both counts added.
    "bridges": Link(
        "Organization",
        "MATCH ({m}:Organization)-[{r}:MEMBER_OF]->({n}) WHERE " + CURRENT + " "
        "CALL ({m}, {n}) { OPTIONAL MATCH ({m})-[{x}o:MEMBER_OF]->({x}k:Cluster) "
        "WHERE {x}k <> {n} AND ({x}o.until IS NULL OR {x}o.until >= date()) "
        "RETURN collect(DISTINCT {x}k) AS {x}d } "
        # the partners in other clusters: stored while they hold, else counted here
        "CALL ({m}, {n}, {r}) { WITH {n}, {r} WHERE {r}.sgBridgePartners IS NOT NULL AND "
        + STORED
        + " RETURN {r}.sgBridgePartners AS {x}p, {r}.sgBridgeClusters AS {x}i "
        "UNION WITH {m}, {n}, {r} WHERE {r}.sgBridgePartners IS NULL OR NOT "
        + STORED
        + " CALL ({m}, {n}) { "
        + BRIDGE_PARTNERS
        + " } RETURN {x}p, {x}i } "
        "CALL ({x}i) { UNWIND {x}i AS {x}id MATCH ({x}k:Cluster {id: {x}id}) "
        "RETURN collect({x}k) AS {x}v } "
        "WITH {m}, {x}d, {x}p, size({x}d) + {x}p AS {x}s, "
        "{x}d + [k IN {x}v WHERE NOT k IN {x}d] AS {x} WHERE {x}s > 0",
        "{m}, {x}d, {x}p, {x}s, {x}",
        "{x}s DESC, {m}.id",
        item="ClusterBridge",
        edge={
            "otherMemberships": "size({x}d)",
            "partnersInOtherClusters": "{x}p",
            "score": "toFloat({x}s)",
        },
        nodes={"organization": ("Organization", "m"), "otherClusters": ("Cluster", "x*")},
        default=10,
    ),
}

# A cluster programme as a whole (the Luxembourg Cluster Initiative), owning the targets of
# all its clusters together.
INITIATIVE: Shape = {
    "id": prop("id"),
    "name": prop("name"),
    "description": prop("description"),
    "launchDate": prop("launchDate"),
    "operator": prop("operator"),
    "clusterIds": Value(
        "COLLECT { MATCH ({n})<-[:IN_INITIATIVE]-(c:Cluster) RETURN c.id ORDER BY c.id }",
        call=True,
    ),
    "clusters": Link(
        "Cluster",
        "MATCH ({n})<-[:IN_INITIATIVE]-({m}:Cluster) WHERE true",
        "{m}",
        "{m}.name, {m}.id",
    ),
    "objectives": Link(
        "Objective",
        "MATCH ({n})-[:HAS_OBJECTIVE]->({m}:Objective) WHERE true",
        "{m}",
        "{m}.deadline, {m}.planArea, {m}.id",
    ),
}

PERSON: Shape = {
    "id": prop("id"),
    "name": prop("name"),
    "placeholder": Value("coalesce({n}.placeholder, false)"),
    # Personal data: only for an admin or a manager of a cluster the person holds a role in.
    "contact": Value(
        "CASE WHEN $viewerIsAdmin OR EXISTS { MATCH ({n})-[:HOLDS_ROLE]->(vc:Cluster) "
        "WHERE vc.id IN $viewerClusters } THEN {email: {n}.email, phone: {n}.phone} END",
        viewer=True,
    ),
    "affiliations": Link(
        "Organization",
        "MATCH ({n})-[:AFFILIATED_WITH]->({m}:Organization) WHERE true",
        "{m}",
        "{m}.id",
    ),
}

# An objective's status (schema.objective.ObjectiveStatus; docs/api.md "Objective status") as
# of the date {p} (today when null): only measurements up to it count when it is given.
# Measurements count up to the deadline once it has passed. MET: the latest such value
# reaches the target; MISSED: the deadline passed without it; ON_TRACK / AT_RISK: before
# the deadline, whether the pace from the first measurement to the latest, kept until the
# deadline, reaches the target; UNKNOWN: no positive target, no measurement, or (before the
# deadline) one measurement only or no deadline.
AS_OF: Template = "coalesce({p}, date())"
COUNTED: Template = "({p} IS NULL OR v.date <= {p})"
OBJECTIVE_STATUS: Template = (
    "[vs IN [COLLECT { MATCH ({n})-[:HAS_MEASUREMENT]->(v:Measurement) "
    "WHERE v.value IS NOT NULL AND v.date IS NOT NULL AND " + COUNTED + " "
    "AND ({n}.deadline IS NULL OR {n}.deadline >= " + AS_OF + " OR v.date <= {n}.deadline) "
    "WITH v ORDER BY v.date, v.id RETURN v }] | CASE "
    "WHEN NOT coalesce({n}.target > 0, false) OR size(vs) = 0 THEN 'UNKNOWN' "
    "WHEN last(vs).value >= {n}.target THEN 'MET' "
    "WHEN {n}.deadline < " + AS_OF + " THEN 'MISSED' "
    "WHEN {n}.deadline IS NULL OR head(vs).date = last(vs).date THEN 'UNKNOWN' "
    "WHEN last(vs).value + (last(vs).value - head(vs).value) "
    "* duration.inDays(last(vs).date, {n}.deadline).days "
    "/ toFloat(duration.inDays(head(vs).date, last(vs).date).days) >= {n}.target "
    "THEN 'ON_TRACK' ELSE 'AT_RISK' END][0]"
)

OBJECTIVE: Shape = {
    "id": prop("id"),
    "metric": prop("metric"),
    "target": Value("toFloat({n}.target)"),
    "unit": prop("unit"),
    "deadline": prop("deadline"),
    "planArea": prop("planArea"),
    "description": prop("description"),
    "measurements": Link(
        "Measurement",
        "MATCH ({n})-[:HAS_MEASUREMENT]->({m}:Measurement) WHERE true",
        "{m}",
        "{m}.date, {m}.id",
        cap=1000,
    ),
    "indicator": prop("indicator"),
    "population": prop("population"),
    "since": prop("since"),
    "measuredFromData": Value("{n}.indicator IS NOT NULL OR coalesce({n}.fromClusters, false)"),
    # Latest measured value (up to the date {p}, if given) over the target (1.0 = reached).
    "progress": Value(
        "CASE WHEN {n}.target > 0 THEN toFloat(head(COLLECT { "
        "MATCH ({n})-[:HAS_MEASUREMENT]->(v:Measurement) WHERE v.value IS NOT NULL "
        "AND " + COUNTED + " "
        "RETURN v.value ORDER BY v.date DESC, v.id DESC LIMIT 1 })) / {n}.target END",
        argument="asOf",
    ),
    "status": Value(OBJECTIVE_STATUS, argument="asOf"),
}

MEASUREMENT: Shape = {
    "date": prop("date"),
    "value": Value("toFloat({n}.value)"),
    "illustrative": Value("coalesce({n}.illustrative, false)"),
    "note": prop("note"),
    "computed": Value("coalesce({n}.source = 'computed', false)"),
    # Who recorded it (an API key's id, a bundle's name): only for an admin or a manager of
    # the objective's cluster, as a person's contact (a security review found key ids
    # public); what the data measured says so to everyone ('clustergraph').
    "recordedBy": Value(
        "CASE WHEN {n}.source = 'computed' OR $viewerIsAdmin OR EXISTS { "
        "MATCH ({n})<-[:HAS_MEASUREMENT]-(:Objective)<-[:HAS_OBJECTIVE]-(vc:Cluster) "
        "WHERE vc.id IN $viewerClusters } "
        "THEN {n}.recordedBy END",
        viewer=True,
    ),
    "recordedOn": prop("recordedOn"),
}

SHAPES: Mapping[str, Shape] = {
    "Organization": ORGANIZATION,
    "Project": PROJECT,
    "Topic": TOPIC,
    "Cluster": CLUSTER,
    "Initiative": INITIATIVE,
    "Person": PERSON,
    "Objective": OBJECTIVE,
    "Measurement": MEASUREMENT,
}
# The Node interface: each implementation and the label that tells it apart.
INTERFACES: Mapping[str, Sequence[tuple[LiteralString, LiteralString]]] = {
    "Node": (
        ("Organization", "Organization"),
        ("Project", "Project"),
        ("Cluster", "Cluster"),
        ("Topic", "Topic"),
    ),
}
