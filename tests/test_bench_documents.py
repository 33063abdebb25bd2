"""Every GraphQL document of the benchmarks and scripts is valid against the schema, so that
a schema change cannot silently break a bench (the second audit found bench.soak failing a
quarter of its requests with GRAPHQL_VALIDATION_FAILED after lists became connections)."""

from __future__ import annotations

import dataclasses
import importlib
import json
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import OperationDefinitionNode, parse, validate

import bench
from schema import schema

KEYWORDS = ("query", "mutation", "{", "fragment")


def _strings(value: Any, seen: set[int]) -> Iterator[str]:
    """Every string inside ``value``: constants, dataclass fields, lists, tuples, dicts."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name), seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, seen)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _documents() -> dict[str, str]:
    """Module-level GraphQL operations of every module of ``bench`` (and ``bench.peer``)."""
    found: dict[str, str] = {}
    for module_info in pkgutil.walk_packages(bench.__path__, "bench."):
        # bench.peer.peer holds the documents of the peer (@neo4j/graphql), not ours
        if module_info.name.endswith(("__main__", "bench.peer.peer")):
            continue
        module = importlib.import_module(module_info.name)
        seen: set[int] = set()
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            for text in _strings(value, seen):
                if text.lstrip().startswith(KEYWORDS) and not _is_json(text):
                    found[f"{module_info.name}.{name}#{len(found)}"] = text
    return found


DOCUMENTS = _documents()


def test_the_benches_have_documents() -> None:
    modules = {key.split(".")[1] for key in DOCUMENTS}
    assert {"soak", "api", "loop", "peer", "suggest"} <= modules, modules


@pytest.mark.parametrize("key", sorted(DOCUMENTS))
def test_bench_document_is_valid(key: str) -> None:
    document = parse(DOCUMENTS[key])  # a syntax error fails the test too
    assert any(isinstance(d, OperationDefinitionNode) for d in document.definitions)
    errors = validate(schema._schema, document)
    assert errors == [], [error.message for error in errors]
