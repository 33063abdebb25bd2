"""Organisation facts kept per source, and the one set shown.

Each source writes its own copy of a fact (``nameCordis``, ``nameHorizon``,
``nameSupplement``, ...; see ``importers.cordis_formats``); ``organization_resolve.cypher``
picks the value shown by a fixed precedence. What a person sets (through the API or a
bundle) is the ``Manual`` copy and comes first, so no import ever overwrites it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, LiteralString

from graph.cypher import query

# The facts shown of the organisations $ids, resolved from their sources' facts, and the
# names search finds them by (search_names.cypher), in one statement.
RESOLVE: LiteralString = query("organization_resolve") + " WITH o AS n " + query("search_names")
# Facts that several sources give, so that a precedence decides the value shown.
RANKED_FIELDS = ("name", "shortName", "country", "city", "website", "region", "sme")


def manual(props: Mapping[str, Any], kind: str | None = None) -> dict[str, Any]:
    """``props`` with a ``<field>Manual`` copy of each ranked fact (a None value removes
    both), and ``kindManual`` when a kind label is given."""
    written = dict(props)
    for key in RANKED_FIELDS:
        if key in props:
            written[f"{key}Manual"] = props[key]
    if kind is not None:
        written["kindManual"] = kind
    return written
