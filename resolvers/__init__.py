"""Thin async functions between the GraphQL types and the graph repositories."""
