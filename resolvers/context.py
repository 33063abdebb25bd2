"""The per-request context handed to every resolver."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, LiteralString

from graph.client import Graph
from graph.select import Compiler, Selection
from graph.shapes import INTERFACES, SHAPES
from resolvers.auth import ANONYMOUS, Viewer


@dataclass
class Context:
    """What a resolver may use: the graph, who is asking, this request's id, and the keys
    the lookahead generated for fields with arguments (``resolvers.selection``), and the
    request's DataLoaders by name."""

    graph: Graph
    request_id: str
    viewer: Viewer = ANONYMOUS
    keys: dict[int, LiteralString] = field(default_factory=dict)
    loaders: dict[str, Any] = field(default_factory=dict)

    def compiler(self) -> Compiler:
        """A compiler for one query, with the viewer's rights for fields of personal data."""
        scope = self.viewer.scope()
        viewer: dict[str, Any] = {
            "viewerIsAdmin": scope["isAdmin"],
            "viewerClusters": scope["managedClusterIds"],
        }
        return Compiler(SHAPES, INTERFACES, viewer)


__all__ = ["Context", "Selection"]
