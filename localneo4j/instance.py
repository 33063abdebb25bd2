"""One local Neo4j instance: a home folder, a Bolt port and a password."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".neo4j"
LAUNCHER = WORK / "build" / "launcher.jar"
LIB = WORK / "lib"
POM = Path(__file__).resolve().parent / "pom.xml"
READY_LINE = b"neo4j ready on bolt://"  # printed by Launcher.java once the password is set

# Neo4j's own start scripts pass these on Java 17+.
JVM_OPENS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
]


class LocalNeo4jError(RuntimeError):
    """The local Neo4j could not be built, started or stopped."""


@dataclass(frozen=True)
class Launch:
    """A started launcher, as its pid file records it: process, Bolt port, log offset."""

    pid: int
    port: int
    log_offset: int


def ensure_built() -> None:
    """Fetch the Neo4j jars and build the launcher once; later starts need no network."""
    sources = [POM, *POM.parent.joinpath("src").rglob("*.java")]
    newest_source = max(path.stat().st_mtime for path in sources)
    if (
        LAUNCHER.exists()
        and LAUNCHER.stat().st_mtime >= newest_source
        and any(LIB.glob("neo4j-5.26.*.jar"))
    ):
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalNeo4jError("Maven (mvn) is needed once to fetch the Neo4j jars")
    result = subprocess.run(
        [mvn, "-q", "-B", "-f", str(POM), "package"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise LocalNeo4jError(
            f"mvn package failed:\n{result.stdout[-4000:]}{result.stderr[-4000:]}"
        )


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if found is None:
        raise LocalNeo4jError("no java on PATH and no JAVA_HOME: Java 17 is needed")
    return found


@dataclass(frozen=True)
class Instance:
    """A local Neo4j with its own home folder and Bolt port on 127.0.0.1."""

    home: Path
    port: int
    password: str
    heap: str = "1g"
    pagecache: str = "512m"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.home / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "launcher.log"

    def pid(self) -> int | None:
        """The launcher's process id, if it is alive."""
        launch = self._launch()
        return launch.pid if launch is not None else None

    def _launch(self) -> Launch | None:
        """The launch recorded in the pid file, if its process is alive."""
        try:
            fields = [int(field) for field in self.pid_file.read_text().split()]
        except (FileNotFoundError, ValueError):
            return None
        if not fields:
            return None
        if _reaped(fields[0]):
            return None
        try:
            os.kill(fields[0], 0)
        except ProcessLookupError:
            return None
        port, log_offset = (fields[1], fields[2]) if len(fields) == 3 else (self.port, 0)
        return Launch(fields[0], port, log_offset)

    def answers(self) -> bool:
        """True when Bolt accepts our credentials."""
        driver = GraphDatabase.driver(
            self.uri, auth=("neo4j", self.password), connection_timeout=2.0
        )
        try:
            driver.verify_connectivity()
            return True
        except (ServiceUnavailable, OSError):
            return False
        except AuthError as exc:
            raise LocalNeo4jError(
                f"a Neo4j on port {self.port} refused the password: {exc.message}"
            ) from exc
        finally:
            driver.close()

    def start(self, timeout: float = 180.0) -> None:
        """Start in the background (if not running) and wait until Bolt answers.

        An instance of this home that is still booting (started by another command) is
        waited for, not started twice.
        """
        launch = self._launch()
        if launch is not None:
            if launch.port != self.port:
                raise LocalNeo4jError(
                    f"the Neo4j of {self.home} runs on port {launch.port}, not {self.port}: "
                    "stop it first, or give this one another home (NEO4J_LOCAL_HOME)"
                )
            self._wait_ready(lambda: self.pid() is not None, launch.log_offset, timeout)
            return
        ensure_built()
        self.home.mkdir(parents=True, exist_ok=True)
        command = [
            _java(),
            f"-Xmx{self.heap}",
            *JVM_OPENS,
            "-cp",
            f"{LAUNCHER}{os.pathsep}{LIB}/*",
            "clustergraph.Launcher",
            str(self.home),
            str(self.port),
        ]
        env = {**os.environ, "NEO4J_PASSWORD": self.password, "NEO4J_PAGECACHE": self.pagecache}
        with self.log_file.open("ab") as log:
            log_offset = log.tell()
            process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )
        self.pid_file.write_text(f"{process.pid} {self.port} {log_offset}\n")
        self._wait_ready(lambda: process.poll() is None, log_offset, timeout)

    @contextmanager
    def running(self, keep: bool = False) -> Iterator[Instance]:
        """The instance, started for the ``with`` block and stopped after it, unless ``keep``.

        Stopped also on an error, on Ctrl-C and on SIGTERM (turned into ``SystemExit`` while
        the block runs, in the main thread), so that a benchmark or command that starts a
        Neo4j of its own never leaves its JVM behind.
        """
        previous = _exit_on_sigterm()
        try:
            self.start()
            yield self
        finally:
            try:
                if not keep:
                    self.stop()
            finally:
                if previous is not None:
                    signal.signal(signal.SIGTERM, previous)

    def _launcher_says_ready(self, log_offset: int) -> bool:
        with self.log_file.open("rb") as log:
            log.seek(log_offset)
            return READY_LINE in log.read()

    def _wait_ready(self, alive: Callable[[], bool], log_offset: int, timeout: float) -> None:
        """Wait until the launcher, still ``alive``, is ready and Bolt takes our password."""
        deadline = time.monotonic() + timeout
        delay = 0.2
        while time.monotonic() < deadline:
            if not alive():
                raise LocalNeo4jError(
                    f"Neo4j exited while starting; last log lines:\n{self._tail()}"
                )
            # Bolt opens a moment before the launcher sets the password; polling with our
            # credentials before then would trip Neo4j's failed-login rate limit.
            if self._launcher_says_ready(log_offset) and self.answers():
                return
            time.sleep(delay)
            delay = min(delay * 1.5, 2.0)
        raise LocalNeo4jError(f"Neo4j did not answer within {timeout:.0f}s:\n{self._tail()}")

    def stop(self, timeout: float = 120.0) -> bool:
        """Send SIGTERM and wait for a clean shutdown. Returns False if it was not running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.pid() is None:
                self.pid_file.unlink(missing_ok=True)
                return True
            time.sleep(0.2)
        os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        raise LocalNeo4jError(f"Neo4j (pid {pid}) ignored SIGTERM for {timeout:.0f}s; killed")

    def _tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"


def _reaped(pid: int) -> bool:
    """True if ``pid`` is our child and has exited (a killed launcher would linger as a zombie)."""
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return finished == pid


SignalHandler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


def _exit_on_sigterm() -> SignalHandler:
    """Make SIGTERM raise ``SystemExit`` (so ``finally`` blocks run); returns the old handler."""
    if threading.current_thread() is not threading.main_thread():
        return None  # signal handlers can only be set from the main thread

    def handler(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, handler)
    return signal.SIG_DFL if previous is None else previous
