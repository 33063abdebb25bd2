"""Load generator: clustergraph, the peer and the raw driver taking turns, request by request.

Run by ``python -m bench.peer`` (which starts everything), or alone against running servers:
``.venv/bin/python -m bench.peer.load --ours URL --peer URL [--ours-pid PID --peer-pid PID]``
with ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE`` naming the Neo4j both
servers use (the driver side runs in this process).

For each run, it first checks that the three sides return the same data, then for each
number of clients and each query: a few warm-up requests per side, then ``--requests``
requests per side, spread over the clients. Each client sends the query to the three sides
in turn (the side that starts rotates), so all sides see the same machine load. Per side:
p50 and p95 latency; throughput as clients / mean latency (Little's law: the sides share
the time, so their own completed requests per second would all be equal); CPU time per
request of the server processes, from /proc. Ratios are clustergraph's over the other's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from dataclasses import dataclass, field

import aiohttp
from neo4j import AsyncGraphDatabase

from bench.peer.cases import Case, pick_cases
from bench.peer.check import CheckFailed, check
from bench.peer.sides import AiohttpTransport, DriverSide, Side, SideError, graphql_sides
from graph.settings import Settings

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
OURS, PEER, DRIVER = "clustergraph", "peer", "driver"


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (all its threads), from /proc."""
    with open(f"/proc/{pid}/stat") as handle:
        text = handle.read()
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass(frozen=True)
class Stats:
    """One side's figures in one block."""

    p50: float  # ms
    p95: float  # ms
    rps: float  # clients / mean latency
    cpu: float | None  # ms of the server process per request; None when not measured


@dataclass
class Block:
    """One query at one number of clients in one run."""

    case: Case
    clients: int
    stats: dict[str, Stats] = field(default_factory=dict)
    load: tuple[float, float] = (0.0, 0.0)

    def ratio(self, side: str, key: str) -> float:
        ours, other = getattr(self.stats[OURS], key), getattr(self.stats[side], key)
        return float(ours / other)


async def _client(
    sides: list[Side], case: Case, first: int, count: int, out: dict[str, list[float]]
) -> None:
    for i in range(count):
        start = (first + i) % len(sides)
        for side in sides[start:] + sides[:start]:
            began = time.perf_counter()
            answer = await side.send(case)
            out[side.name].append(time.perf_counter() - began)
            side.read(answer)


async def measure(
    sides: list[Side], case: Case, clients: int, requests: int, warmup: int, pids: dict[str, int]
) -> Block:
    """Send ``requests`` requests of ``case`` to each side from ``clients`` clients."""
    for side in sides:
        for _ in range(warmup):
            side.read(await side.send(case))
    latencies: dict[str, list[float]] = {side.name: [] for side in sides}
    counts = [requests // clients + (1 if i < requests % clients else 0) for i in range(clients)]
    load_before = os.getloadavg()[0]
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    await asyncio.gather(
        *(_client(sides, case, i, count, latencies) for i, count in enumerate(counts))
    )
    cpu_after = {name: cpu_seconds(pid) for name, pid in pids.items()}
    block = Block(case, clients, load=(load_before, os.getloadavg()[0]))
    for name, values in latencies.items():
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        cpu = (cpu_after[name] - cpu_before[name]) * 1000 / len(values) if name in pids else None
        block.stats[name] = Stats(
            p50=statistics.median(values) * 1000,
            p95=cuts[94] * 1000,
            rps=clients / statistics.fmean(values),
            cpu=cpu,
        )
    return block


def print_block(block: Block) -> None:
    for i, (name, s) in enumerate(block.stats.items()):
        label = block.case.key if i == 0 else ""
        cpu = f"{s.cpu:10.1f}" if s.cpu is not None else f"{'-':>10}"
        print(f"{label:10} {name:13} {s.p50:9.1f} {s.p95:9.1f} {s.rps:8.1f} {cpu}")
    print(
        f"{'':10} cg/peer p50 {block.ratio(PEER, 'p50'):.2f}x, "
        f"cg/peer req/s {block.ratio(PEER, 'rps'):.2f}, "
        f"cg/driver p50 {block.ratio(DRIVER, 'p50'):.2f}x; "
        f"load {block.load[0]:.2f} -> {block.load[1]:.2f}"
    )


def _span(values: list[float], unit: str = "") -> str:
    low, high = min(values), max(values)
    return f"{low:.2f}{unit}" if f"{low:.2f}" == f"{high:.2f}" else f"{low:.2f}-{high:.2f}{unit}"


def print_summary(blocks: list[Block], round_trips: dict[str, str], runs: int) -> None:
    """One line per query and number of clients: medians of p50, ranges of ratios."""
    print(f"\n## Summary over {runs} run(s): p50 and CPU are medians, ratios min-max\n")
    print(
        "| query | clients | cg p50 ms | peer p50 ms | driver p50 ms | cg/peer p50 "
        "| cg/peer req/s | cg/driver p50 | CPU ms/req cg / peer | cg round trips |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    groups: dict[tuple[str, int], list[Block]] = {}
    for block in blocks:
        groups.setdefault((block.case.key, block.clients), []).append(block)
    for (key, clients), group in groups.items():
        p50 = {n: statistics.median(b.stats[n].p50 for b in group) for n in (OURS, PEER, DRIVER)}
        cpu = [
            statistics.median(b.stats[n].cpu or 0.0 for b in group)
            if group[0].stats[n].cpu is not None
            else None
            for n in (OURS, PEER)
        ]
        cpu_text = " / ".join("-" if c is None else f"{c:.1f}" for c in cpu)
        print(
            f"| {group[0].case.title} | {clients} | {p50[OURS]:.1f} | {p50[PEER]:.1f} "
            f"| {p50[DRIVER]:.1f} | {_span([b.ratio(PEER, 'p50') for b in group], 'x')} "
            f"| {_span([b.ratio(PEER, 'rps') for b in group])} "
            f"| {_span([b.ratio(DRIVER, 'p50') for b in group], 'x')} "
            f"| {cpu_text} | {round_trips.get(key, '?')} |"
        )


async def run(args: argparse.Namespace) -> None:
    settings = Settings.from_env()
    pids = {name: pid for name, pid in ((OURS, args.ours_pid), (PEER, args.peer_pid)) if pid}
    neo4j = AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password), notifications_min_severity="OFF"
    )
    http = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=64), timeout=aiohttp.ClientTimeout(total=120)
    )
    async with neo4j, http:
        cases = await pick_cases(neo4j)
        sides: list[Side] = [
            *graphql_sides(AiohttpTransport(http), args.ours, args.peer),
            DriverSide(neo4j, settings.database),
        ]
        print("cases:")
        for case in cases:
            print(f"  {case.key:9} {case.title}: {case.variables}")
        began, load = time.perf_counter(), os.getloadavg()
        print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        blocks: list[Block] = []
        round_trips: dict[str, str] = {}
        for number in range(1, args.runs + 1):
            print(f"\ncheck before run {number}: all sides return the same data")
            round_trips = await check(sides, cases)
            if args.check_only:
                return
            for clients in args.clients:
                print(
                    f"\n== run {number}/{args.runs}, {clients} client(s), "
                    f"{args.requests} requests per query and side"
                )
                print(
                    f"{'query':10} {'side':13} {'p50 ms':>9} {'p95 ms':>9} {'req/s':>8} "
                    f"{'cpu ms/req':>10}"
                )
                for case in cases:
                    block = await measure(sides, case, clients, args.requests, args.warmup, pids)
                    print_block(block)
                    blocks.append(block)
        load = os.getloadavg()
        print(
            f"\nload average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
            f"({time.perf_counter() - began:.0f} s, {os.cpu_count()} CPUs; this load generator "
            f"used {time.process_time():.0f} s of CPU)"
        )
        print_summary(blocks, round_trips, args.runs)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ours", default="http://127.0.0.1:7732/graphql", help="clustergraph")
    parser.add_argument("--peer", default="http://127.0.0.1:7733/", help="@neo4j/graphql")
    parser.add_argument("--ours-pid", type=int, help="uvicorn's pid, for its CPU time")
    parser.add_argument("--peer-pid", type=int, help="node's pid, for its CPU time")
    parser.add_argument("--requests", type=int, default=40, help="per query, side and level")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--warmup", type=int, default=3, help="requests per side before each")
    parser.add_argument("--check-only", action="store_true", help="check the data, then stop")
    args = parser.parse_args(argv)
    if args.requests < 2 or args.runs < 1 or min(args.clients) < 1:
        parser.error("--requests must be at least 2, --runs and --clients at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        asyncio.run(run(args))
    except (CheckFailed, SideError) as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
