"""The per-request context handed to every resolver."""

from __future__ import annotations

from dataclasses import dataclass

from graph.client import Graph


@dataclass
class Context:
    """What a resolver may use: the graph and the request's identity."""

    graph: Graph
    request_id: str
