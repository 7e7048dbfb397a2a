"""Where a run's handlers run: the strategies of delivery, one interface.

The reader hands every item (a fetch result, an event of the client's own, a streak check,
the end) to its :class:`Delivery`, which runs ``process(item)`` — decode, dispatch, handlers
— somewhere, one item at a time and in order; ``process`` returns False for the run's last
item. Three strategies:

* :class:`OwnThread` (the default): a bounded queue and the run's dispatcher thread, so a
  slow handler never delays reading, heartbeats or acks;
* :class:`SharedPool`: a lane of a :class:`~tiktoklive_sync._run.pool.DispatchPool` shared by
  many clients (``runtime=``), same order and handling on a shared worker;
* :class:`Inline` (``dispatch="inline"``): the reader runs the handlers itself right after
  each frame; no hand-over between threads, but a slow handler delays reading and acks.
"""

from __future__ import annotations

import abc
import queue
import threading
from typing import Any, Callable, List, Optional

from .pool import DispatchPool

__all__ = ["Delivery", "Inline", "OwnThread", "SharedPool"]

Process = Callable[[Any], bool]


class Delivery(abc.ABC):
    """Runs a run's items, in order, one at a time."""

    #: Whether ``put`` may block when items wait (False: the reader runs them itself).
    bounded = True

    def __init__(self, process: Process) -> None:
        self._process = process
        #: Threads of this delivery's own, joined by the run's stop().
        self.threads: List[threading.Thread] = []

    def start(self, prefix: str) -> None:  # noqa: B027 - most deliveries need no start
        """Get ready to run items (before the first is put)."""

    @abc.abstractmethod
    def put(self, item: Any, timeout: Optional[float] = None) -> None:
        """Hand over ``item`` (waiting up to ``timeout`` for room; raises ``queue.Full``)."""

    @abc.abstractmethod
    def put_nowait(self, item: Any) -> None:
        """Hand over ``item`` or raise ``queue.Full``."""

    def put_from_timer(self, item: Any) -> bool:
        """Hand over ``item`` from a timer's thread without ever blocking it; False when it
        could not be taken now (try again a little later)."""
        try:
            self.put_nowait(item)
        except queue.Full:
            return False
        return True

    @abc.abstractmethod
    def owns(self, thread: threading.Thread) -> bool:
        """Whether ``thread`` runs this delivery's items (a handler asking)."""

    @property
    def started(self) -> bool:
        """Whether items put now will run."""
        return True


class OwnThread(Delivery):
    """A bounded queue and a dispatcher thread of the run's own."""

    def __init__(self, process: Process, maxsize: int) -> None:
        super().__init__(process)
        self._queue: queue.Queue[Any] = queue.Queue(maxsize)

    def start(self, prefix: str) -> None:
        """Start the dispatcher thread (named ``<prefix>-dispatcher``)."""
        thread = threading.Thread(target=self._loop, name=f"{prefix}-dispatcher", daemon=True)
        self.threads = [thread]
        thread.start()  # running before anything is queued, so a small queue cannot block

    def _loop(self) -> None:
        while self._process(self._queue.get()):
            pass

    def put(self, item: Any, timeout: Optional[float] = None) -> None:
        """Queue ``item`` (``queue.Full`` after ``timeout``)."""
        self._queue.put(item, timeout=timeout)

    def put_nowait(self, item: Any) -> None:
        """Queue ``item`` or raise ``queue.Full``."""
        self._queue.put_nowait(item)

    def owns(self, thread: threading.Thread) -> bool:
        """Whether ``thread`` is the dispatcher."""
        return thread in self.threads

    @property
    def started(self) -> bool:
        """Whether the dispatcher thread was started."""
        return bool(self.threads)


class SharedPool(Delivery):
    """A lane of a shared dispatch pool: in order, on whichever worker is free."""

    def __init__(self, process: Process, pool: DispatchPool, maxsize: int) -> None:
        super().__init__(process)
        self._lane = pool.lane(process, maxsize)

    def put(self, item: Any, timeout: Optional[float] = None) -> None:
        """Queue ``item`` in the lane (``queue.Full`` after ``timeout``)."""
        self._lane.put(item, timeout=timeout)

    def put_nowait(self, item: Any) -> None:
        """Queue ``item`` or raise ``queue.Full``."""
        self._lane.put_nowait(item)

    def owns(self, thread: threading.Thread) -> bool:
        """Whether ``thread`` is the worker running the lane now."""
        return self._lane.worker is thread


class Inline(Delivery):
    """The reader runs every item itself; items handed over before the reader runs wait for
    it (they go first), and a timer's item runs on the timer's thread when no handler runs.
    A lock keeps items one at a time."""

    bounded = False

    def __init__(self, process: Process) -> None:
        super().__init__(process)
        self._lock = threading.RLock()
        self._early: List[Any] = []
        self.reader: Optional[threading.Thread] = None

    def run_early(self) -> None:
        """On the reader, first: what was handed over before it ran."""
        early, self._early = self._early, []
        for item in early:
            self._run(item)

    def _run(self, item: Any) -> None:
        with self._lock:
            self._process(item)

    def put(self, item: Any, timeout: Optional[float] = None) -> None:
        """Run ``item`` now on the reader; from any other thread, keep it for the reader."""
        if threading.current_thread() is self.reader:
            self._run(item)
        else:
            self._early.append(item)

    def put_nowait(self, item: Any) -> None:
        """As :meth:`put` (nothing here waits for room)."""
        self.put(item)

    def put_from_timer(self, item: Any) -> bool:
        """Run ``item`` here unless a handler runs (then False: try again soon)."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            self._process(item)
        finally:
            self._lock.release()
        return True

    def owns(self, thread: threading.Thread) -> bool:
        """Whether ``thread`` is the reader (handlers run there)."""
        return thread is self.reader

    @property
    def started(self) -> bool:
        """Whether the reader runs."""
        return self.reader is not None and self.reader.ident is not None
