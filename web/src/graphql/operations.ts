// Every GraphQL operation of the explorer, in one place: when the API changes, this file and
// the generated types (npm run codegen) are what to adapt.
import { graphql } from "../gql";

export const OrgSummary = graphql(`
  fragment OrgSummary on Organization {
    id
    name
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
    acronym
    title
    programme
    startDate
    endDate
  }
`);

export const SuggestionFields = graphql(`
  fragment SuggestionFields on PartnerSuggestion {
    score
    organization {
      ...OrgSummary
    }
    reasons {
      kind
      label
      contribution
      evidence {
        __typename
        id
        ... on Organization {
          name
          shortName
        }
        ... on Project {
          acronym
          title
        }
        ... on Topic {
          name
        }
        ... on Cluster {
          clusterName: name
        }
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
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
          source
        }
      }
    }
  }
`);

export const OrganizationsQuery = graphql(`
  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProjectSummary
        }
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrgSummary
      website
      description
      sme
      cordisPic
      partnerCount
      clusters {
        since
        until
        role
        source
        cluster {
          id
          name
        }
      }
      competences {
        weight
        source
        topic {
          id
          name
          code
        }
      }
    }
  }
`);

export const OrganizationProjectsQuery = graphql(`
  query OrganizationProjects($id: ID!) {
    organization(id: $id) {
      id
      projects {
        role
        contribution
        project {
          ...ProjectSummary
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
          hasNextPage
          endCursor
        }
        edges {
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

export const ClustersQuery = graphql(`
  query Clusters {
    clusters {
      id
      name
      sector
      launchDate
      stats {
        members
        projects
        partnersOutside
        countries
      }
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
      aliases {
        name
        since
        until
      }
      stats {
        members
        projects
        partnersOutside
        countries
      }
      memberCounts {
        kind
        count
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
            name
          }
        }
      }
      topics {
        id
        name
        code
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
          name
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

export const ClusterMembersQuery = graphql(`
  query ClusterMembers($id: ID!, $kind: OrganizationKind, $first: Int, $after: String) {
    cluster(id: $id) {
      id
      members(kind: $kind, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          since
          until
          role
          source
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
        name
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
      totalCost
      flagship
      participantCount
      participants {
        role
        contribution
        organization {
          ...OrgSummary
        }
      }
      topics {
        id
        name
        code
      }
      clusters {
        id
        name
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
        name
        code
        source
      }
    }
    organizations(filter: { topicId: $id }, first: 20, orderBy: { field: PROJECT_COUNT, direction: DESC }) {
      totalCount
      edges {
        node {
          ...OrgSummary
        }
      }
    }
    projects(filter: { topicId: $id }, first: 20) {
      totalCount
      edges {
        node {
          ...ProjectSummary
        }
      }
    }
  }
`);

export const TopicsQuery = graphql(`
  query Topics($query: String!) {
    search(query: $query, first: 20) {
      node {
        __typename
        id
        ... on Topic {
          name
          code
        }
      }
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
  query Neighborhood($id: ID!, $depth: Int!, $limit: Int!, $asOf: Date) {
    neighborhood(centerId: $id, depth: $depth, limit: $limit, asOf: $asOf) {
      truncated
      nodes {
        __typename
        id
        ... on Organization {
          name
          shortName
          kind
          country
        }
        ... on Project {
          acronym
          title
        }
        ... on Cluster {
          clusterName: name
        }
        ... on Topic {
          name
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
      nodes {
        __typename
        id
        ... on Organization {
          name
          shortName
          kind
        }
        ... on Project {
          acronym
          title
        }
      }
    }
  }
`);

export const NodeNameQuery = graphql(`
  query NodeName($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Organization {
        name
        shortName
      }
      ... on Project {
        acronym
        title
      }
      ... on Cluster {
        clusterName: name
      }
      ... on Topic {
        name
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
        organization {
          id
          name
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
        organization {
          id
          name
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
