"""Threads shared by many connections: one timer thread for heartbeats and streak deadlines,
and a small pool that runs every connection's handlers, each connection's in order.

A client on its own runs three threads (reader, heartbeat, dispatcher). Clients given one
:class:`SharedRuntime` run only their reader: their heartbeats come from the runtime's
:class:`Scheduler` and their handlers from its :class:`DispatchPool`. That is what lets one
process watch a thousand streams (``LiveMonitor`` uses one)::

    runtime = SharedRuntime(workers=4)
    clients = [TikTokLiveClient(handle, runtime=runtime) for handle in handles]
    ...
    runtime.close()   # after the clients stopped

A handler that blocks holds one of the pool's workers, so keep handlers short (or give the
pool more workers); a stream's own events never overtake each other.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import queue
import threading
import time
from typing import Any, Callable, List, Optional, Tuple

__all__ = ["DispatchPool", "Lane", "Scheduler", "SharedRuntime", "Timer"]

logger = logging.getLogger(__name__)

#: How many items a worker takes from one lane before letting other lanes go first.
LANE_BATCH = 64


class Timer:
    """A scheduled call; :meth:`cancel` makes sure it does not run (again)."""

    __slots__ = ("callback", "cancelled", "interval")

    def __init__(self, callback: Callable[[], None], interval: Optional[Callable[[], float]]) -> None:
        self.callback = callback
        self.interval = interval
        self.cancelled = False

    def cancel(self) -> None:
        """Do not run this timer any more."""
        self.cancelled = True


class Scheduler:
    """One thread that runs short timed callbacks: once (:meth:`call_later`) or every
    interval (:meth:`call_every`), late only by as much as the callbacks before it took."""

    def __init__(self, name: str = "tiktoklive-scheduler") -> None:
        self._name = name
        self._heap: List[Tuple[float, int, Timer]] = []
        self._order = itertools.count()
        self._changed = threading.Condition()
        self._thread: Optional[threading.Thread] = None
        self._closed = False
        #: The most seconds a callback started after it was due, since the scheduler started.
        self.max_lateness = 0.0

    def call_later(self, seconds: float, callback: Callable[[], None]) -> Timer:
        """Run ``callback`` once, ``seconds`` from now."""
        timer = Timer(callback, None)
        self._push(time.monotonic() + max(0.0, seconds), timer)
        return timer

    def call_every(self, interval: Callable[[], float], callback: Callable[[], None]) -> Timer:
        """Run ``callback`` every ``interval()`` seconds (asked again after every run), the
        first time one interval from now."""
        timer = Timer(callback, interval)
        self._push(time.monotonic() + interval(), timer)
        return timer

    def close(self) -> None:
        """Stop the thread; timers still pending never run."""
        with self._changed:
            self._closed = True
            self._heap.clear()
            self._changed.notify_all()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(5)

    @property
    def pending(self) -> int:
        """How many timers wait (cancelled ones until their time comes)."""
        return len(self._heap)

    def _push(self, at: float, timer: Timer) -> None:
        with self._changed:
            if self._closed:
                raise RuntimeError("the scheduler is closed")
            heapq.heappush(self._heap, (at, next(self._order), timer))
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            elif self._heap[0][2] is timer:
                self._changed.notify()

    def _loop(self) -> None:
        while True:
            with self._changed:
                while not self._closed and (not self._heap or self._heap[0][0] > time.monotonic()):
                    self._changed.wait(self._heap[0][0] - time.monotonic() if self._heap else None)
                if self._closed:
                    return
                due, _, timer = heapq.heappop(self._heap)
            if timer.cancelled:
                continue
            self.max_lateness = max(self.max_lateness, time.monotonic() - due)
            try:
                timer.callback()
            except Exception:  # one connection's failure must not stop everyone's heartbeats
                logger.exception("a scheduled call failed")
            if timer.interval is not None and not timer.cancelled:
                now = time.monotonic()
                following = due + timer.interval()
                with self._changed:
                    if not self._closed:  # on time, unless we fell a whole interval behind
                        at = following if following > now else now + timer.interval()
                        heapq.heappush(self._heap, (at, next(self._order), timer))


class Lane:
    """One connection's queue in a :class:`DispatchPool`: what is put in runs in order, on
    whichever worker is free, never on two workers at once.

    ``put`` and ``put_nowait`` behave as ``queue.Queue``'s (a bounded lane blocks or raises
    ``queue.Full``). ``process(item)`` returns False for the lane's last item.
    """

    def __init__(self, pool: DispatchPool, process: Callable[[Any], bool], maxsize: int) -> None:
        self._pool = pool
        self._process = process
        self._queue: queue.Queue[Any] = queue.Queue(maxsize)
        self._lock = threading.Lock()
        self._scheduled = False
        self._closed = False
        #: The worker running this lane's items right now, else None.
        self.worker: Optional[threading.Thread] = None

    def put(self, item: Any, timeout: Optional[float] = None) -> None:
        """Queue ``item`` (waiting up to ``timeout`` for room; raises ``queue.Full``)."""
        self._queue.put(item, timeout=timeout)
        self._schedule()

    def put_nowait(self, item: Any) -> None:
        """Queue ``item`` or raise ``queue.Full``."""
        self._queue.put_nowait(item)
        self._schedule()

    def qsize(self) -> int:
        """How many items wait."""
        return self._queue.qsize()

    def _schedule(self) -> None:
        with self._lock:
            if self._scheduled or self._closed:
                return
            self._scheduled = True
        self._pool._ready.put(self)

    def _run(self) -> None:
        """Run up to a batch of items, then hand the lane back (or let it rest when empty)."""
        self.worker = threading.current_thread()
        try:
            for _ in range(LANE_BATCH):
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if not self._process(item):
                    self._closed = True
                    break
        finally:
            self.worker = None
        with self._lock:
            if self._closed or self._queue.empty():
                self._scheduled = False
                return
        self._pool._ready.put(self)  # more waits: behind the lanes already waiting


class DispatchPool:
    """A few worker threads running many :class:`Lane` s."""

    def __init__(self, workers: int = 4, name: str = "tiktoklive-dispatch") -> None:
        if workers < 1:
            raise ValueError("a dispatch pool needs at least one worker")
        self._ready: queue.SimpleQueue[Optional[Lane]] = queue.SimpleQueue()
        self.threads = [
            threading.Thread(target=self._work, name=f"{name}-{index}", daemon=True)
            for index in range(workers)
        ]
        for thread in self.threads:
            thread.start()

    def lane(self, process: Callable[[Any], bool], maxsize: int = 0) -> Lane:
        """A new lane whose items ``process`` runs."""
        return Lane(self, process, maxsize)

    def close(self) -> None:
        """Let the workers finish what is queued, then end them."""
        for _ in self.threads:
            self._ready.put(None)
        current = threading.current_thread()
        for thread in self.threads:
            if thread is not current:
                thread.join(5)

    def _work(self) -> None:
        while True:
            lane = self._ready.get()
            if lane is None:
                return
            try:
                lane._run()
            except Exception:  # the lane's own code catches its errors; this is a last guard
                logger.exception("a dispatch lane failed")


class SharedRuntime:
    """A :class:`Scheduler` and a :class:`DispatchPool` for many clients (``runtime=``)."""

    def __init__(self, workers: int = 4) -> None:
        self.scheduler = Scheduler()
        self.pool = DispatchPool(workers)

    def close(self) -> None:
        """End the shared threads (stop the clients that use them first)."""
        self.scheduler.close()
        self.pool.close()

    def __enter__(self) -> SharedRuntime:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
