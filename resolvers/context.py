"""The per-request context handed to every resolver."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, LiteralString, TypeVar

from strawberry.dataloader import DataLoader

from graph.client import Graph
from graph.select import Compiler, Selection
from graph.shapes import INTERFACES, SHAPES
from resolvers.auth import ANONYMOUS, Viewer

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


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

    def loader(
        self, name: str, load: Callable[[Context, list[K]], Awaitable[list[V]]]
    ) -> DataLoader[K, V]:
        """This request's DataLoader ``name``, made on first use: it batches the keys asked
        for in one tick into one call of ``load``."""
        found = self.loaders.get(name)
        if found is None:

            async def batch(keys: list[K]) -> list[V]:
                return await load(self, keys)

            found = self.loaders[name] = DataLoader(load_fn=batch)
        loader: DataLoader[K, V] = found
        return loader


__all__ = ["Context", "Selection"]
