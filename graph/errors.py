"""The project's error hierarchy; driver errors are mapped onto it."""

from __future__ import annotations


class GraphError(Exception):
    """Base of every error raised by the graph layer."""


class GraphUnavailable(GraphError):
    """Neo4j does not answer (down, restarting, or unreachable)."""


class DuplicateId(GraphError):
    """A node with this id already exists (a uniqueness constraint refused the write)."""


class NotFound(GraphError):
    """The node that a write refers to does not exist."""


class GraphTimeout(GraphError):
    """A query ran past the transaction timeout and was stopped by Neo4j."""


class BadArgument(GraphError):
    """A request's argument is out of range or malformed: ``field`` names it."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason

    def within(self, key: str) -> BadArgument:
        """The same error for an argument of the nested field ``key`` ("partners.first")."""
        return BadArgument(f"{key}.{self.field}", self.reason)
