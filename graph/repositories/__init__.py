"""One repository per aggregate; each runs Cypher from ``graph/cypher`` with parameters."""
