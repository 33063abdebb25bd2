"""API keys: stored as ``ApiKey`` nodes holding only a SHA-256 hash of the secret.

A token reads ``cgk_<key id>_<secret>``. The key id (12 hex digits) is not secret: it is
shown by ``clustergraph apikey list`` and is the node's ``id``, so a token is checked with one
look-up on the ``ApiKey.id`` uniqueness index and a constant-time comparison of hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from neo4j import Driver

from graph.client import Graph
from graph.cypher import query

TOKEN_PREFIX = "cgk"  # noqa: S105  (a public prefix, not a secret)
_TOKEN = re.compile(r"^cgk_([0-9a-f]{12})_([A-Za-z0-9_-]{32,128})$")
LIST_LIMIT = 1000
ROLES = ("admin", "cluster_manager")


@dataclass(frozen=True)
class NewKey:
    """A key just made: its id and the secret token, shown once and never stored."""

    id: str
    token: str


@dataclass(frozen=True)
class StoredKey:
    """What a valid, unrevoked token grants."""

    id: str
    role: str
    cluster_ids: tuple[str, ...]


class UnknownClusters(ValueError):
    """A key names clusters that are not in the graph."""

    def __init__(self, missing: Sequence[str]) -> None:
        super().__init__(f"unknown cluster ids: {', '.join(missing)}")
        self.missing = list(missing)


def token_hash(token: str) -> str:
    """The stored form of a token: its SHA-256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_token(token: str) -> str | None:
    """The key id in a well-formed token, or None."""
    match = _TOKEN.match(token)
    return match.group(1) if match else None


def create_key(
    driver: Driver, database: str, role: str, cluster_ids: Sequence[str], label: str
) -> NewKey:
    """Store a new key and return its token (the only time the token exists in clear)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    key_id = secrets.token_hex(6)
    token = f"{TOKEN_PREFIX}_{key_id}_{secrets.token_urlsafe(32)}"
    wanted = sorted(set(cluster_ids))
    records, _, _ = driver.execute_query(
        query("apikey_create"),
        id=key_id,
        hash=token_hash(token),
        role=role,
        clusterIds=wanted,
        label=label,
        database_=database,
    )
    found = set(records[0]["found"])
    missing = [cluster for cluster in wanted if cluster not in found]
    if missing:
        raise UnknownClusters(missing)
    return NewKey(id=key_id, token=token)


def revoke_key(driver: Driver, database: str, key_id: str) -> str | None:
    """Revoke a key; the time it was revoked, or None if there is no such key."""
    records, _, _ = driver.execute_query(query("apikey_revoke"), id=key_id, database_=database)
    return str(records[0]["revokedAt"]) if records else None


def list_keys(driver: Driver, database: str) -> list[dict[str, Any]]:
    """Every key's id, role, clusters, label and dates; never the hash."""
    records, _, _ = driver.execute_query(query("apikey_list"), limit=LIST_LIMIT, database_=database)
    return [record.data() for record in records]


async def key_for_token(graph: Graph, token: str) -> StoredKey | None:
    """The unrevoked key a token belongs to, or None (malformed, unknown, wrong, revoked)."""
    key_id = parse_token(token)
    if key_id is None:
        return None
    rows = await graph.read(query("apikey_lookup"), {"id": key_id})
    if not rows:
        return None
    row = rows[0]
    if not hmac.compare_digest(str(row["hash"]), token_hash(token)) or row["revoked"]:
        return None
    return StoredKey(id=key_id, role=str(row["role"]), cluster_ids=tuple(row["clusterIds"]))
