// Every GraphQL operation of the explorer, in one place: when the API changes, this file and
// the generated types (npm run codegen) are what to adapt. Codegen writes each operation to
// src/gql/graphql.ts as a typed string (XxxDocument); the pages import those, so the bundle
// carries each operation's text once (not graphql()'s lookup table of them all as well).
import { graphql } from "../gql";

export const OrgSummary = graphql(`
  fragment OrgSummary on Organization {
    id
    displayName
    shortName
    kind
    country
    city
    projectCount
  }
`);

export const ProjectSummary = graphql(`
  fragment ProjectSummary on Project {
    id
    displayName
    acronym
    programme
    startDate
    endDate
    startYear
    datePrecision
  }
`);

export const TopicSummary = graphql(`
  fragment TopicSummary on Topic {
    id
    name
    code
    kind
    description
    programmePart {
      id
      name
    }
  }
`);

// A topic where other node types answer too (their `kind` is an OrganizationKind).
export const TopicLabel = graphql(`
  fragment TopicLabel on Topic {
    id
    name
    code
    topicKind: kind
    description
    programmePart {
      id
      name
    }
  }
`);

export const PageFields = graphql(`
  fragment PageFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

export const SuggestionFields = graphql(`
  fragment SuggestionFields on PartnerSuggestion {
    score
    organization {
      ...OrgSummary
      website
      cordisPic
    }
    facts {
      subjectProjects
      subjectSince
      subjectCoordinated
      subjectInCallFamily
      commonPartners
      existingPartner
      membersWorkedWith
      memberProjectsShared
      memberProjects
      memberSharedWith {
        __typename
        id
        displayName
        shortName
      }
      recentProjects
      partners
      keyWords
      keyWordsHeld
      keyWordAlone
      keyWordsFound
    }
    highlights {
      kind
      evidence {
        __typename
        id
        ... on Organization {
          displayName
          shortName
        }
        ... on Project {
          displayName
          acronym
        }
        ... on Topic {
          # the programme parts shared (THEMES): no call family, so no programmePart
          name
          code
          topicKind: kind
          description
        }
        ... on Cluster {
          clusterName: name
        }
      }
    }
    reasons {
      kind
      label
      contribution
    }
  }
`);

export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $first: Int!
    $types: [SearchType!]
    $kinds: [OrganizationKind!]
    $countries: [String!]
    $programmes: [String!]
  ) {
    search(query: $query, first: $first, types: $types, kinds: $kinds, countries: $countries, programmes: $programmes) {
      score
      node {
        __typename
        id
        ... on Organization {
          ...OrgSummary
        }
        ... on Project {
          ...ProjectSummary
        }
        ... on Cluster {
          clusterName: name
          sector
        }
        ... on Topic {
          name
          code
          topicKind: kind
          description
          programmePart {
            id
            name
          }
        }
      }
    }
  }
`);

export const SearchFacetsQuery = graphql(`
  query SearchFacets($query: String!, $kinds: [OrganizationKind!], $countries: [String!]) {
    searchFacets(query: $query, kinds: $kinds, countries: $countries) {
      types {
        value
        count
      }
      kinds {
        value
        count
      }
      countries {
        value
        count
      }
      programmes {
        value
        count
      }
    }
  }
`);

export const OrganizationsQuery = graphql(`
  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...OrgSummary
        }
      }
    }
  }
`);

export const ProjectsQuery = graphql(`
  query Projects($filter: ProjectFilter, $first: Int, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...ProjectSummary
        }
      }
    }
  }
`);

export const CompetenceFields = graphql(`
  fragment CompetenceFields on Competence {
    weight
    source
    topic {
      ...TopicSummary
      broader {
        id
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrgSummary
      name
      names
      nameSource
      sources
      website
      description
      sme
      cordisPic
      partnerCount
      coordinationCount
      h2020: projects(first: 0, programme: "H2020") {
        totalCount
      }
      horizon: projects(first: 0, programme: "HORIZON") {
        totalCount
      }
      clusters {
        since
        until
        role
        source
        standing
        evidenceProjects
        evidenceTopics {
          ...TopicSummary
        }
        cluster {
          id
          name
        }
      }
      programmeParts: competences(kinds: [PROGRAMME_PART], first: 10) {
        ...CompetenceFields
      }
      thematicAreas: competences(kinds: [THEMATIC_AREA], first: 10) {
        ...CompetenceFields
      }
      callFamilies: competences(kinds: [CALL_FAMILY], first: 10) {
        ...CompetenceFields
      }
      callTopics: competences(kinds: [CALL_TOPIC], first: 10) {
        ...CompetenceFields
      }
      fields: competences(kinds: [FIELD_OF_SCIENCE], first: 10) {
        ...CompetenceFields
      }
      curated: competences(kinds: [CURATED], first: 10) {
        ...CompetenceFields
      }
    }
  }
`);

export const CompetencesQuery = graphql(`
  query Competences($id: ID!, $kinds: [TopicKind!], $first: Int!) {
    organization(id: $id) {
      id
      competences(kinds: $kinds, first: $first) {
        ...CompetenceFields
      }
    }
  }
`);

export const OrganizationProjectsQuery = graphql(`
  query OrganizationProjects($id: ID!, $first: Int, $after: String, $programme: String, $evidenceFor: ID) {
    organization(id: $id) {
      id
      projects(first: $first, after: $after, programme: $programme, evidenceFor: $evidenceFor) {
        totalCount
        pageInfo {
          ...PageFields
        }
        edges {
          cursor
          role
          cordisRole
          contribution
          node {
            ...ProjectSummary
            callTopic {
              ...TopicSummary
            }
          }
        }
      }
    }
  }
`);

export const PartnersQuery = graphql(`
  query Partners($id: ID!, $first: Int, $after: String, $asOf: Date) {
    organization(id: $id) {
      id
      partners(first: $first, after: $after, asOf: $asOf) {
        totalCount
        pageInfo {
          ...PageFields
        }
        edges {
          cursor
          sharedProjects
          lastYear
          node {
            ...OrgSummary
          }
        }
      }
    }
  }
`);

export const SuggestPartnersQuery = graphql(`
  query SuggestPartners($id: ID!, $first: Int!, $filter: SuggestionFilter) {
    suggestPartners(organizationId: $id, first: $first, filter: $filter) {
      ...SuggestionFields
    }
  }
`);

export const ClusterNamesQuery = graphql(`
  query ClusterNames {
    clusters {
      id
      name
      memberCounts {
        count
      }
    }
  }
`);

export const ClustersQuery = graphql(`
  query Clusters {
    clusters {
      id
      name
      sector
      launchDate
      stats {
        members
        formerMembers
        activeInDomain
        projects
        partnersOutside
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      clusterIds
    }
  }
`);

export const ClusterQuery = graphql(`
  query Cluster($id: ID!) {
    cluster(id: $id) {
      id
      name
      sector
      description
      launchDate
      country
      aliases {
        name
        since
        until
      }
      stats {
        members
        activeInDomain
        formerMembers
        projects
        partnersOutside
        countries
      }
      governance {
        role
        since
        until
        person {
          id
          name
          placeholder
          contact {
            email
            phone
          }
          affiliations {
            id
            displayName
          }
        }
      }
      topics {
        ...TopicSummary
      }
      objectives {
        id
        metric
        target
        unit
        deadline
        planArea
        description
        progress
        status
        measuredFromData
        indicator {
          id
        }
        population
        measurements {
          date
          value
          illustrative
          note
        }
      }
      bridges(first: 10) {
        score
        otherMemberships
        partnersInOtherClusters
        organization {
          id
          displayName
          kind
        }
        otherClusters {
          id
          name
        }
      }
    }
  }
`);

export const IndicatorFields = graphql(`
  fragment IndicatorFields on IndicatorSeries {
    indicator {
      id
      unit
      planArea
    }
    population
    total
    years {
      year
      value
      partial
    }
  }
`);

export const ScorecardObjective = graphql(`
  fragment ScorecardObjective on Objective {
    id
    metric
    target
    unit
    deadline
    planArea
    status
    progress
    measuredFromData
    indicator {
      id
    }
    population
    measurements {
      date
      value
      illustrative
      computed
    }
  }
`);

export const ScorecardQuery = graphql(`
  query Scorecard($id: ID!, $from: Date, $to: Date) {
    cluster(id: $id) {
      id
      name
      objectives {
        ...ScorecardObjective
      }
      indicators(from: $from, to: $to) {
        ...IndicatorFields
      }
    }
  }
`);

export const ClusterGeographyQuery = graphql(`
  query ClusterGeography($id: ID!, $from: Date, $to: Date) {
    cluster(id: $id) {
      id
      name
      geography(from: $from, to: $to) {
        population
        organizations
        partners
        projects
        partnersWithoutRegion
        countries {
          country
          organizations
          partners
          projects
        }
        regions {
          region
          country
          city
          latitude
          longitude
          organizations
          partners
          projects
        }
      }
    }
  }
`);

export const InitiativeQuery = graphql(`
  query Initiative($from: Date, $to: Date) {
    initiative {
      id
      name
      operator
      description
      objectives {
        ...ScorecardObjective
      }
      clusters {
        id
        name
        indicators(from: $from, to: $to) {
          ...IndicatorFields
        }
      }
    }
  }
`);

// The members a manager can end the membership of (the API's page of 100 at most).
export const CurrentMembersQuery = graphql(`
  query CurrentMembers($id: ID!) {
    cluster(id: $id) {
      id
      members(standings: [MEMBER], first: 100) {
        totalCount
        edges {
          node {
            id
            displayName
            city
          }
        }
      }
    }
  }
`);

export const ClusterMembersQuery = graphql(`
  query ClusterMembers($id: ID!, $standings: [MembershipStanding!]!, $kind: OrganizationKind, $first: Int, $after: String) {
    cluster(id: $id) {
      id
      memberCounts(standings: $standings) {
        kind
        count
      }
      members(standings: $standings, kind: $kind, first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageFields
        }
        edges {
          cursor
          since
          until
          role
          source
          standing
          evidenceProjects
          evidenceTopics {
            ...TopicSummary
          }
          node {
            ...OrgSummary
          }
        }
      }
    }
  }
`);

export const CentralQuery = graphql(`
  query Central($clusterId: ID, $first: Int!, $measure: CentralityMeasure!) {
    centralOrganizations(clusterId: $clusterId, first: $first, measure: $measure) {
      rank
      score
      organization {
        id
        displayName
        kind
      }
    }
  }
`);

export const RecruitQuery = graphql(`
  query Recruit($id: ID!, $first: Int!, $filter: SuggestionFilter) {
    suggestClusterMembers(clusterId: $id, first: $first, filter: $filter) {
      ...SuggestionFields
    }
  }
`);

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectSummary
      title
      status
      fundingScheme
      keywords
      abstract
      typeOfAction
      totalCost
      euContribution
      grantId
      flagship
      participantCount
      callTopic {
        ...TopicSummary
      }
      topics {
        ...TopicSummary
      }
      clusters {
        id
        name
      }
    }
  }
`);

export const ParticipantsQuery = graphql(`
  query Participants($id: ID!, $first: Int, $after: String) {
    project(id: $id) {
      id
      participants(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageFields
        }
        edges {
          cursor
          role
          cordisRole
          contribution
          node {
            ...OrgSummary
          }
        }
      }
    }
  }
`);

export const TopicQuery = graphql(`
  query Topic($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Topic {
        ...TopicSummary
        source
        broader {
          ...TopicSummary
          broader {
            ...TopicSummary
            broader {
              ...TopicSummary
              broader {
                ...TopicSummary
                broader {
                  id
                }
              }
            }
          }
        }
        narrower {
          ...TopicSummary
        }
        clusters {
          id
          name
        }
      }
    }
  }
`);

export const TopicOrganizationsQuery = graphql(`
  query TopicOrganizations($id: ID!, $first: Int, $after: String) {
    organizations(filter: { topicId: $id }, first: $first, after: $after, orderBy: { field: TOPIC_PROJECT_COUNT, direction: DESC }) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        cursor
        projectsOnTopic
        node {
          ...OrgSummary
        }
      }
    }
  }
`);

export const TopicProjectsQuery = graphql(`
  query TopicProjects($id: ID!, $first: Int, $after: String) {
    projects(filter: { topicId: $id }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        cursor
        node {
          ...ProjectSummary
        }
      }
    }
  }
`);

export const OrganizationsNamedQuery = graphql(`
  query OrganizationsNamed($query: String!) {
    search(query: $query, first: 8, types: [ORGANIZATION]) {
      node {
        __typename
        id
        ... on Organization {
          ...OrgSummary
        }
      }
    }
  }
`);

// The organisation a recruiting suggestion names, for the form that adds it as a member.
export const OrganizationNameQuery = graphql(`
  query OrganizationName($id: ID!) {
    organization(id: $id) {
      id
      displayName
    }
  }
`);

// An organisation's main subjects, offered as one-click topics for its suggested partners.
export const OrganizationSubjectsQuery = graphql(`
  query OrganizationSubjects($id: ID!) {
    organization(id: $id) {
      id
      subjects: competences(kinds: [FIELD_OF_SCIENCE, THEMATIC_AREA], first: 40) {
        weight
        topic {
          ...TopicLabel
          broader {
            id
          }
        }
      }
    }
  }
`);

export const TopicsQuery = graphql(`
  query Topics($query: String!) {
    search(query: $query, first: 20, types: [TOPIC]) {
      node {
        __typename
        id
        ... on Topic {
          ...TopicSummary
        }
      }
    }
  }
`);

export const TopicsHeldQuery = graphql(`
  query TopicsHeld($ids: [ID!]!) {
    topics(ids: $ids) {
      id
    }
  }
`);

export const ConsortiumQuery = graphql(`
  query Consortium($input: ConsortiumBriefInput!, $first: Int!) {
    suggestConsortium(input: $input, first: $first) {
      ...SuggestionFields
    }
  }
`);

export const NeighborhoodQuery = graphql(`
  query Neighborhood($id: ID!, $depth: Int!, $limit: Int!, $asOf: Date, $topics: Boolean!) {
    neighborhood(centerId: $id, depth: $depth, limit: $limit, asOf: $asOf, topics: $topics) {
      truncated
      nodes {
        __typename
        id
        ... on Organization {
          displayName
          shortName
          kind
          country
        }
        ... on Project {
          acronym
          displayName
        }
        ... on Cluster {
          clusterName: name
        }
        ... on Topic {
          ...TopicLabel
        }
      }
      edges {
        source
        target
        type
      }
    }
  }
`);

export const PathQuery = graphql(`
  query Path($from: ID!, $to: ID!, $maxHops: Int!, $asOf: Date) {
    connectionPath(fromId: $from, toId: $to, maxHops: $maxHops, asOf: $asOf) {
      length
      sharedProjects
      nodes {
        __typename
        id
        ... on Organization {
          displayName
          kind
        }
        ... on Project {
          ...ProjectSummary
        }
      }
    }
  }
`);

// A call topic by its code as typed, in any case (the consortium builder's call box).
export const CallTopicQuery = graphql(`
  query CallTopic($code: String!) {
    callTopic(code: $code) {
      ...TopicLabel
    }
  }
`);

export const NodeNameQuery = graphql(`
  query NodeName($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Organization {
        displayName
      }
      ... on Project {
        displayName
      }
      ... on Cluster {
        clusterName: name
      }
      ... on Topic {
        ...TopicLabel
      }
    }
  }
`);

export const AddMembershipMutation = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      __typename
      ... on MutationError {
        message
      }
      ... on ValidationError {
        field
      }
      ... on MembershipSuccess {
        previousStanding
        organization {
          id
          displayName
        }
        membership {
          since
          until
          role
          source
        }
      }
    }
  }
`);

export const EndMembershipMutation = graphql(`
  mutation EndMembership($input: EndMembershipInput!) {
    endMembership(input: $input) {
      __typename
      ... on MutationError {
        message
      }
      ... on ValidationError {
        field
      }
      ... on MembershipSuccess {
        previousStanding
        organization {
          id
          displayName
        }
        membership {
          since
          until
        }
      }
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      __typename
      ... on MutationError {
        message
      }
      ... on ValidationError {
        field
      }
      ... on RecordMeasurementSuccess {
        created
        measurement {
          date
          value
        }
      }
    }
  }
`);

// A brief's key words as the consortium builder searches for them, with how many projects hold
// each (a French or German word the glossary does not know holds none), and what it says of
// who and where ("une PME luxembourgeoise"), which the API reads as filters.
export const BriefWordsQuery = graphql(`
  query BriefWords($brief: String!, $withCallTopic: Boolean! = false) {
    briefWords(brief: $brief, withCallTopic: $withCallTopic) {
      word
      also
      projects
      partOf
    }
    briefFilters(brief: $brief, withCallTopic: $withCallTopic) {
      kinds
      sme
      countries
    }
  }
`);

// How many projects are on a topic the consortium builder was given (a field of science the
// data gives few projects, the picker's first answer, may be better asked in words).
export const TopicReachQuery = graphql(`
  query TopicReach($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Topic {
        ...TopicSummary
        broader {
          ...TopicSummary
        }
      }
    }
    projects(filter: { topicId: $id }, first: 1) {
      totalCount
    }
  }
`);

export const DataCoverageQuery = graphql(`
  query DataCoverage {
    dataCoverage {
      country
      projects
      organizations
    }
  }
`);
