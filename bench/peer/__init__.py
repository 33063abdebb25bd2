"""clustergraph against @neo4j/graphql and the raw driver on one Neo4j (issue 10).

``make bench-peer`` (``python -m bench.peer``) runs it; see ``bench/peer/README.md``.
"""
