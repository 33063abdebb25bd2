"""How many GraphQL requests one client address may send: a token bucket per address.

Each address may send ``per_minute`` requests at once and then ``per_minute`` a minute
(``CLUSTERGRAPH_RATE_LIMIT``, default 600; 0 turns the limit off). Requests from the
machine itself (loopback: ``make run`` in a browser, the tests, the benchmarks) are not
counted. Behind a reverse proxy the address is the one the proxy forwards
(``X-Forwarded-For``, which uvicorn reads from proxies in ``--forwarded-allow-ips``,
127.0.0.1 by default). Each service process counts on its own, so N processes let an
address send N times as many (docs/operations.md).
"""

from __future__ import annotations

import ipaddress
import time
from collections import OrderedDict
from collections.abc import Callable

# Addresses remembered at most; the least recently seen is forgotten first (it then starts
# again with a full bucket), so that many addresses cannot grow the memory without bound.
MAX_CLIENTS = 65_536


class RateLimiter:
    """Token buckets by client address, used on the server's event loop only."""

    def __init__(
        self,
        per_minute: int,
        clients: int = MAX_CLIENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_minute = per_minute
        self.clients = clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def wait(self, address: str | None) -> float:
        """0 when a request from ``address`` may run now (it takes a token), else the seconds
        until it may."""
        if self.per_minute <= 0 or address is None or _local(address):
            return 0.0
        now = self.clock()
        full = float(self.per_minute)
        tokens, then = self._buckets.pop(address, (full, now))
        tokens = min(full, tokens + (now - then) * full / 60.0)
        wait = 0.0 if tokens >= 1.0 else (1.0 - tokens) * 60.0 / full
        self._buckets[address] = (tokens - 1.0 if wait == 0.0 else tokens, now)
        if len(self._buckets) > self.clients:
            self._buckets.popitem(last=False)
        return wait


def _local(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:  # not an address (a test client's name, a Unix socket): counted
        return False
