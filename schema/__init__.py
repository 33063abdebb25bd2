"""The GraphQL schema: strawberry types, one module per type, and the root Query."""

from schema.root import schema

__all__ = ["schema"]
