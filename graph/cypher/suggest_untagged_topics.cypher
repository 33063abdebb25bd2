// The topics of $topicIds that no project addresses, themselves or through a narrower topic
// (a cluster's own topics, entered by hand): a request on one is asked in words, its name.
UNWIND $topicIds AS id
MATCH (t:Topic {id: id})
WHERE NOT EXISTS { (t)<-[:BROADER*0..6]-(:Topic)<-[:ADDRESSES]-() }
RETURN t.id AS id, coalesce(t.name, t.id) AS name
