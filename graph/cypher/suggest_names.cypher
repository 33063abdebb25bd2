// Display names of the organisations and topics that suggestions cite as evidence.
UNWIND $ids AS id
OPTIONAL MATCH (o:Organization {id: id})
OPTIONAL MATCH (t:Topic {id: id})
RETURN id, coalesce(o.name, t.name) AS name
