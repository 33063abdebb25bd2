// The topics $topicIds and every narrower one (up to six steps down), as one list: what a
// filter on topics or a cluster's topics covers. A project is then on them when one of its
// topics is in the list, one link away, instead of a walk up from each of its topics (a
// cluster's programme parts and call families cover a few hundred topics). `projects`: how
// broad they are, the projects that address them (each topic's count of ADDRESSES links,
// which only projects have, read without visiting them; a project on two counts twice).
OPTIONAL MATCH (t:Topic)-[:BROADER*0..6]->(root:Topic)
WHERE root.id IN $topicIds
WITH DISTINCT t
RETURN collect(t.id) AS ids, sum(COUNT { (t)<-[:ADDRESSES]-() }) AS projects
