"""``python -m localneo4j start|stop|status``: manage the local Neo4j used by ``make``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from graph.settings import DEFAULT_LOCAL_PORT, DEFAULT_PASSWORD, local_port
from localneo4j.instance import ROOT, Instance, LocalNeo4jError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m localneo4j", description=__doc__)
    parser.add_argument("action", choices=["start", "stop", "status", "build"])
    parser.add_argument(
        "--home",
        type=Path,
        help="folder for this instance's data and logs (default NEO4J_LOCAL_HOME, else "
        ".neo4j/demo on port 7687 and .neo4j/demo-<port> on another)",
    )
    parser.add_argument("--port", type=int, help="Bolt port (default NEO4J_LOCAL_PORT, 7687)")
    args = parser.parse_args(argv)
    try:
        port = args.port or local_port()
    except ValueError as exc:
        parser.error(str(exc))
    instance = Instance(
        home=args.home or default_home(port),
        port=port,
        password=os.environ.get("NEO4J_PASSWORD", DEFAULT_PASSWORD),
        heap=os.environ.get("NEO4J_HEAP", "1g"),
    )
    try:
        return _run(args.action, instance)
    except LocalNeo4jError as exc:
        print(f"localneo4j: {exc}", file=sys.stderr)
        return 1


def default_home(port: int) -> Path:
    """``NEO4J_LOCAL_HOME``, or a home of the port's own: one store is never opened twice."""
    given = os.environ.get("NEO4J_LOCAL_HOME")
    if given:
        return Path(given)
    name = "demo" if port == DEFAULT_LOCAL_PORT else f"demo-{port}"
    return ROOT / ".neo4j" / name


def _run(action: str, instance: Instance) -> int:
    if action == "build":
        from localneo4j.instance import ensure_built

        ensure_built()
        print("Neo4j jars and launcher are ready in .neo4j/")
    elif action == "start":
        print(f"starting Neo4j on {instance.uri} (home {instance.home}) ...", flush=True)
        instance.start()
        print(f"Neo4j is ready on {instance.uri}")
    elif action == "stop":
        stopped = instance.stop()
        print("Neo4j stopped" if stopped else "Neo4j was not running")
    else:
        running = instance.pid() is not None and instance.answers()
        print(f"Neo4j on {instance.uri}: {'running' if running else 'not running'}")
        return 0 if running else 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
