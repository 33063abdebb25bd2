// How many projects each full-text query of $queries finds in the index suggestion_text
// among its first $scan hits (the projects a request reads: suggest_themes.cypher's $top)
// that have a participant passing the request's filters ($kinds, $countries, $sme, current
// members of $clusterIds, those inferred active in its domain only with $clusterDerived),
// counted up to its $most[i]: a brief's levels asked with filters, so that a level no
// project of the organisations wanted meets is not taken (recommender.engine). With
// $forms[i], only the projects of the meaning asked, as in suggest_text_hits.cypher.
UNWIND range(0, size($queries) - 1) AS i
CALL (i) {
  WITH CASE WHEN $apart[i] IS NULL THEN [] ELSE COLLECT {
    CALL db.index.fulltext.queryNodes('suggestion_text', $apart[i], {limit: $scan})
    YIELD node
    RETURN node
  } END AS apart
  CALL db.index.fulltext.queryNodes('suggestion_text', $queries[i], {limit: $scan})
  YIELD node
  WITH node, apart
  WHERE ($forms[i] IS NULL OR node IN apart
         OR coalesce(node.sgText, '') + ' ' + coalesce(node.keywordText, '') + ' '
            + coalesce(node.abstract, '') =~ $forms[i])
    AND EXISTS {
    (node)<-[:PARTICIPATES_IN]-(c:Organization)
    WHERE ($kinds IS NULL OR c.sgKind IN $kinds)
      AND ($countries IS NULL OR c.country IN $countries) AND ($sme IS NULL OR c.sme = $sme)
      AND ($clusterIds IS NULL OR EXISTS { (c)-[k:MEMBER_OF]->(x:Cluster)
           WHERE x.id IN $clusterIds AND (k.until IS NULL OR k.until >= date())
             AND ($clusterDerived OR coalesce(k.source, '') <> 'derived') })
  }
  WITH count(node) AS found
  RETURN CASE WHEN found < $most[i] THEN found ELSE $most[i] END AS hits
}
RETURN i, hits
ORDER BY i
