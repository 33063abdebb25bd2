"""The per-request context handed to every resolver."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.client import Graph
from resolvers.loaders import Loaders, make_loaders


@dataclass
class Context:
    """What a resolver may use: the graph, this request's loaders and its id."""

    graph: Graph
    request_id: str
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = make_loaders(self.graph)
