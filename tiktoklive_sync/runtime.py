"""Threads shared by many connections: one timer thread for heartbeats and streak deadlines,
and a small pool that runs every connection's handlers, each connection's in order.

A client on its own runs three threads (reader, heartbeat, dispatcher). Clients given one
:class:`SharedRuntime` run only their reader: their heartbeats come from the runtime's
scheduler and their handlers from its dispatch pool. That is what lets one process watch a
thousand streams (``LiveMonitor`` uses one)::

    runtime = SharedRuntime(workers=4)
    clients = [TikTokLiveClient(handle, runtime=runtime) for handle in handles]
    ...
    runtime.close()   # after the clients stopped

A handler that blocks holds one of the pool's workers, so keep handlers short (or give the
pool more workers); a stream's own events never overtake each other.
"""

from __future__ import annotations

from ._checks import check_count
from ._run.pool import DispatchPool
from ._run.scheduler import Scheduler

__all__ = ["SharedRuntime"]


class SharedRuntime:
    """A scheduler and a dispatch pool of ``workers`` threads for many clients (``runtime=``)."""

    def __init__(self, workers: int = 4) -> None:
        check_count("workers", workers, minimum=1)
        self.scheduler = Scheduler("tiktoklive-scheduler")
        self.pool = DispatchPool(workers)

    def close(self) -> None:
        """End the shared threads (stop the clients that use them first)."""
        self.scheduler.close()
        self.pool.close()

    def __enter__(self) -> SharedRuntime:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
