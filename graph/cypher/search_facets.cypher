// How the best $candidates full-text matches of $text divide up: by type, by organisation
// kind, country and SME status ('true', 'false'; unknown not counted), by project programme
// (for search facets). $text is escaped Lucene. Each of the organisations' facets counts the
// matches that meet the conditions of the other two ($kinds: kind labels or Unknown,
// $countries, $sme; null: none), so that a count is what picking it would add to the list;
// types and programmes count every match.
CALL db.index.fulltext.queryNodes('search', $text, {limit: $candidates}) YIELD node
WITH node,
     [l IN labels(node) WHERE l IN ['Organization', 'Project', 'Topic', 'Cluster']][0] AS type
WHERE type IS NOT NULL
WITH node, type,
     CASE WHEN type = 'Organization' THEN coalesce([l IN labels(node)
       WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0],
       'Unknown') END AS kind
WITH collect({type: type, kind: kind, country: CASE WHEN type = 'Organization'
       THEN node.country END, sme: CASE WHEN type = 'Organization' THEN node.sme END,
       programme: CASE WHEN type = 'Project' THEN node.programme END}) AS hits
RETURN
  COLLECT { UNWIND hits AS h WITH h.type AS value, count(*) AS n ORDER BY n DESC, value
            RETURN {value: value, count: n} } AS types,
  COLLECT { UNWIND hits AS h WITH h WHERE ($countries IS NULL OR h.country IN $countries)
              AND ($sme IS NULL OR h.sme = $sme)
            WITH h.kind AS value, count(*) AS n WHERE value IS NOT NULL
            ORDER BY n DESC, value RETURN {value: value, count: n} } AS kinds,
  COLLECT { UNWIND hits AS h WITH h WHERE ($kinds IS NULL OR h.kind IN $kinds)
              AND ($sme IS NULL OR h.sme = $sme)
            WITH h.country AS value, count(*) AS n WHERE value IS NOT NULL
            ORDER BY n DESC, value RETURN {value: value, count: n} } AS countries,
  COLLECT { UNWIND hits AS h WITH h.programme AS value, count(*) AS n WHERE value IS NOT NULL
            ORDER BY n DESC, value RETURN {value: value, count: n} } AS programmes,
  COLLECT { UNWIND hits AS h WITH h WHERE ($kinds IS NULL OR h.kind IN $kinds)
              AND ($countries IS NULL OR h.country IN $countries)
            WITH toString(h.sme) AS value, count(*) AS n
            WHERE value IS NOT NULL
            ORDER BY n DESC, value RETURN {value: value, count: n} } AS sme
