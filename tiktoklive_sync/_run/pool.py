"""A small pool of worker threads that runs the handlers of many connections, each
connection's in order (its :class:`Lane`), never two of one connection at once."""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable, Optional

__all__ = ["LANE_BATCH", "DispatchPool", "Lane"]

logger = logging.getLogger(__name__)

#: How many items a worker takes from one lane before letting other lanes go first.
LANE_BATCH = 64


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
