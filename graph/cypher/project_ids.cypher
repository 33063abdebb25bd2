// Every project's id (graph.derived.refresh_project_dates works through them in batches).
MATCH (p:Project)
RETURN p.id AS id
