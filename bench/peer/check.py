"""The check run before every benchmark: the three sides return the same data.

Each case is sent once to each side, normalised to the common form of its shape and made
canonical (:func:`bench.peer.cases.canonical`); every side must equal the raw driver's
answer. On a mismatch the check fails with a unified diff per case (the whole forms are
written to a temporary folder).
"""

from __future__ import annotations

import difflib
import json
import tempfile
from pathlib import Path
from typing import Any

from bench.peer.cases import Case, canonical
from bench.peer.sides import Answer, Side

DIFF_LINES = 80


class CheckFailed(RuntimeError):
    """The sides disagree on the data of at least one case."""


def _dump(form: dict[str, Any]) -> str:
    """One line per scalar field and per list item, so that a diff shows whole items."""
    lines: list[str] = []
    for key, value in sorted(form.items()):
        if isinstance(value, list):
            lines.append(f"{key}: [{len(value)}]")
            lines.extend(
                "  " + json.dumps(item, ensure_ascii=False, sort_keys=True) for item in value
            )
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")
    return "\n".join(lines) + "\n"


def _diff(case: Case, reference: str, name: str, form: dict[str, Any], folder: Path) -> str:
    text = _dump(form)
    (folder / f"{case.key}.{name}.txt").write_text(text)
    lines = list(
        difflib.unified_diff(
            reference.splitlines(), text.splitlines(), "driver", name, lineterm="", n=2
        )
    )
    more = f"\n... {len(lines) - DIFF_LINES} more lines" if len(lines) > DIFF_LINES else ""
    return (
        f"{case.key} ({case.title}): {name} differs from driver\n"
        + "\n".join(lines[:DIFF_LINES])
        + more
    )


def describe(form: dict[str, Any]) -> str:
    """A short account of a common form: its lists' lengths and its totalCount."""
    parts = [f"{len(value)} {key}" for key, value in form.items() if isinstance(value, list)]
    nested = [
        len(item["project"]["participants"])
        for item in form.get("projects", [])
        if "participants" in item["project"]
    ]
    if nested:
        parts.append(f"{sum(nested)} participations in them")
    if "totalCount" in form:
        parts.append(f"totalCount {int(form['totalCount'])}")
    return ", ".join(parts)


async def check(sides: list[Side], cases: list[Case]) -> dict[str, str]:
    """Compare every side with the driver on every case; raise :class:`CheckFailed` if any
    differs. Returns clustergraph's ``x-neo4j-round-trips`` per case key."""
    folder = Path(tempfile.mkdtemp(prefix="bench-peer-check-"))
    failures: list[str] = []
    round_trips: dict[str, str] = {}
    for case in cases:
        forms: dict[str, dict[str, Any]] = {}
        for side in sides:
            answer = await side.send(case)
            forms[side.name] = canonical(side.normalise(case, side.read(answer)))
            if isinstance(answer, Answer) and side.name == "clustergraph":
                round_trips[case.key] = answer.headers.get("x-neo4j-round-trips", "?")
        reference = _dump(forms["driver"])
        (folder / f"{case.key}.driver.txt").write_text(reference)
        for name, form in forms.items():
            if name != "driver" and form != forms["driver"]:
                failures.append(_diff(case, reference, name, form, folder))
        print(f"  {case.key:9} {describe(forms['driver'])}")
    if failures:
        raise CheckFailed(
            "the sides do not return the same data (full forms in "
            f"{folder}):\n\n" + "\n\n".join(failures)
        )
    return round_trips
