// Every project's id (graph.derived.refresh_project_dates works through them in batches), as
// one list: the driver reads it much faster than a row per project.
MATCH (p:Project)
RETURN collect(p.id) AS ids
