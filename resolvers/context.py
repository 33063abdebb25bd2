"""The per-request context handed to every resolver."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.client import Graph
from resolvers.auth import ANONYMOUS, Viewer
from resolvers.loaders import Loaders, make_loaders


@dataclass
class Context:
    """What a resolver may use: the graph, who is asking, this request's loaders and id."""

    graph: Graph
    request_id: str
    viewer: Viewer = ANONYMOUS
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = make_loaders(self.graph)
