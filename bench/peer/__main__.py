"""Run the whole comparison: ``make bench-peer`` or ``.venv/bin/python -m bench.peer [...]``.

Starts (or reuses) a Neo4j of its own in ``.neo4j/bench-peer`` on port 7731 holding the whole
H2020 network (imported as ``bench/api.py`` imports it, skipped when already there), starts
clustergraph as a real ``uvicorn server:create_app --factory`` process (one worker, no access
log) and the peer as a real ``node`` process on the same Neo4j, then runs the load generator
(:mod:`bench.peer.load`) in a process of its own. Stops the servers and Neo4j at the end, on
errors and on Ctrl-C, unless ``--keep``. ``--scale K`` runs on the k-fold network of
``bench.scale`` instead (its Neo4j in ``.neo4j/scale-k<K>``). Other arguments go to the load
generator (``--requests``, ``--runs``, ``--clients``, ``--warmup``, ``--check-only``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from neo4j import GraphDatabase

from bench import NO_WARM_UP
from bench.api import prepare
from bench.import_cordis import ROOT
from bench.scale import scale_instance
from graph.settings import DEFAULT_PASSWORD
from localneo4j import Instance

HOME = ROOT / ".neo4j" / "bench-peer"
PEER_DIR = Path(__file__).resolve().parent / "server"
NEO4J_PORT, OURS_PORT, PEER_PORT = 7731, 7732, 7733
READY_TIMEOUT = 120.0


class Server:
    """A server process of the bench, logged to a file in the bench's Neo4j home."""

    def __init__(self, name: str, command: list[str], cwd: Path, env: dict[str, str]) -> None:
        self.name = name
        self.command = command
        self.log = HOME / f"{name}.log"
        self.pid_file = HOME / f"{name}.pid"
        self._replace_leftover()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                cwd=cwd,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches the bench only; it stops us in order
            )
        self.pid_file.write_text(str(self.process.pid))

    def _replace_leftover(self) -> None:
        """Stop the process a run with ``--keep`` left: the code may have changed since."""
        try:
            pid = int(self.pid_file.read_text())
            command_line = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except (FileNotFoundError, ValueError):
            command_line = []
        if command_line[: len(self.command)] == [part.encode() for part in self.command]:
            os.kill(pid, signal.SIGTERM)
            print(f"stopped the {self.name} left running by an earlier run (pid {pid})")
            time.sleep(1.0)
        self.pid_file.unlink(missing_ok=True)

    def wait_ready(self, ready: str, method: str, body: bytes | None = None) -> None:
        """Poll ``ready`` until it answers 200; fail with the log's tail if the process died."""
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited at start:\n{self.tail()}")
            try:
                response = httpx.request(
                    method, ready, content=body, headers={"content-type": "application/json"}
                )
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{self.name} was not ready within {READY_TIMEOUT:.0f}s:\n{self.tail()}")

    def tail(self, lines: int = 20) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.pid_file.unlink(missing_ok=True)


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


UVICORN = "-m uvicorn server:create_app --factory --host 127.0.0.1 --workers 1 --no-access-log"


def start_servers(env: dict[str, str], servers: list[Server]) -> list[str]:
    """Start clustergraph and the peer (added to ``servers`` at once, to be stopped whatever
    happens next), wait until both answer, and return the load generator's arguments."""
    command = [sys.executable, *UVICORN.split(), "--port", str(OURS_PORT)]
    ours = Server("uvicorn", command, ROOT, env)
    servers.append(ours)
    peer_env = {**env, "PEER_PORT": str(PEER_PORT), "NODE_ENV": "production"}
    peer = Server("node", ["node", "server.js"], PEER_DIR, peer_env)
    servers.append(peer)
    ours_url, peer_url = f"http://127.0.0.1:{OURS_PORT}/graphql", f"http://127.0.0.1:{PEER_PORT}/"
    ours.wait_ready(f"http://127.0.0.1:{OURS_PORT}/readyz", "GET")
    peer.wait_ready(peer_url, "POST", b'{"query": "{ __typename }"}')
    print(
        f"clustergraph (pid {ours.process.pid}) on {ours_url}, "
        f"peer (pid {peer.process.pid}) on {peer_url}"
    )
    return [
        *("--ours", ours_url, "--ours-pid", str(ours.process.pid)),
        *("--peer", peer_url, "--peer-pid", str(peer.process.pid)),
    ]


def _instance(k: int | None, password: str) -> Instance:
    """The bench's own Neo4j, or that of ``bench.scale``'s k-fold network (``make
    bench-scale`` imports it; an instance holding no network would get the real one)."""
    if k is None:
        return Instance(home=HOME, port=NEO4J_PORT, password=password, heap="2g", pagecache="1g")
    instance = scale_instance(k, password)
    if not instance.home.exists():
        raise SystemExit(f"no k={k} network in {instance.home}: run make bench-scale first")
    return instance


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="leave Neo4j and the servers running")
    parser.add_argument(
        "--scale",
        type=int,
        metavar="K",
        help="use the k-fold network of `make bench-scale` (its Neo4j, .neo4j/scale-k<K>, "
        "imported there first) instead of the bench's own",
    )
    args, load_args = parser.parse_known_args()
    if shutil.which("node") is None or not (PEER_DIR / "node_modules").exists():
        print(f"needs node and `npm ci` in {PEER_DIR} (make bench-peer does it)", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    password = os.environ.get("NEO4J_BENCH_PASSWORD", DEFAULT_PASSWORD)
    instance = _instance(args.scale, password)
    HOME.mkdir(parents=True, exist_ok=True)  # the servers' logs and pid files
    servers: list[Server] = []
    try:
        instance.start()
        with GraphDatabase.driver(
            instance.uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            prepare(driver)
        env = {**os.environ, "NEO4J_URI": instance.uri, "NEO4J_USER": "neo4j", **NO_WARM_UP}
        env |= {"NEO4J_PASSWORD": password, "NEO4J_DATABASE": "neo4j"}
        command = [sys.executable, "-m", "bench.peer.load", *start_servers(env, servers)]
        return subprocess.run([*command, *load_args], cwd=ROOT, env=env, check=False).returncode
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    finally:
        if args.keep:
            print(
                f"--keep: left running (logs and pid files in {HOME}; the next run replaces "
                f"the servers). Stop Neo4j with `.venv/bin/python -m localneo4j stop "
                f"--home {instance.home} --port {instance.port}`, the servers with `kill PID`."
            )
        else:
            for server in reversed(servers):
                server.stop()
            instance.stop()


if __name__ == "__main__":
    sys.exit(main())
