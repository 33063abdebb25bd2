// Display names of the nodes that suggestions cite as evidence: organisations and topics by
// name, projects by acronym and title (with the id: "ACRONYM: Title (id)"; the title alone when
// it starts with the acronym); null when the
// data names none. `short` is what a sentence cites: a project's acronym (else its title),
// an organisation's short name (else its name), a topic's name.
UNWIND $ids AS id
OPTIONAL MATCH (o:Organization {id: id})
OPTIONAL MATCH (t:Topic {id: id})
OPTIONAL MATCH (p:Project {id: id})
WITH id, o, t, p,
     CASE WHEN toLower(p.title) STARTS WITH toLower(p.acronym) THEN p.title
          WHEN p.acronym IS NOT NULL AND p.title IS NOT NULL THEN p.acronym + ': ' + p.title
          ELSE coalesce(p.title, p.acronym) END AS projectName
RETURN id, coalesce(o.name, t.name,
                    CASE WHEN projectName IS NOT NULL THEN projectName + ' (' + id + ')' END) AS name,
       coalesce(p.acronym, p.title, o.shortName, o.name, t.name) AS short
