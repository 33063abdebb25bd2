"""Where a CORDIS import's time goes: ``bench/import_cordis.py`` with each step timed.

Run: ``.venv/bin/python bench/import_steps.py [--runs N] [--keep]`` (the same options and
instance as ``bench/import_cordis.py``). Each step of the import prints its wall time, the
CPU time of the Neo4j process (the launcher, read from ``/proc``) and of this Python
process while it ran: a first run after a start shows the JVM spending about twice the CPU
of later runs on the same steps.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import graph.derived
import importers.cordis
from bench import import_cordis

HOME = import_cordis.ROOT / ".neo4j" / "bench"
STEPS: list[tuple[Any, str]] = [
    (importers.cordis, "read_files"),
    (importers.cordis, "apply_schema"),
    *[
        (importers.cordis.CordisImport, name)
        for name in (
            "write_organizations",
            "write_projects",
            "write_participations",
            "write_facts",
            "write_links",
            "write_grant_facts",
            "write_themes",
        )
    ],
    (graph.derived, "refresh_project_dates"),
    (graph.derived, "refresh_organizations"),
    (importers.cordis, "refresh_derived"),
]


def neo4j_cpu() -> float:
    """CPU seconds the bench instance's process has used so far (0 when not found)."""
    try:
        pid = (HOME / "neo4j.pid").read_text().split()[0]
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(step)
    def run(*args: Any, **kwargs: Any) -> Any:
        began, neo4j, python = time.perf_counter(), neo4j_cpu(), time.process_time()
        try:
            return step(*args, **kwargs)
        finally:
            print(
                f"  {name:<24} {time.perf_counter() - began:5.1f} s"
                f"   Neo4j CPU {neo4j_cpu() - neo4j:5.1f} s"
                f"   Python CPU {time.process_time() - python:5.1f} s",
                flush=True,
            )

    return run


if __name__ == "__main__":
    for owner, name in STEPS:
        setattr(owner, name, timed(name, getattr(owner, name)))
    import_cordis.main()
