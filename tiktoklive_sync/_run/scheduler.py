"""One scheduler for every timed thing: heartbeats, gift-streak deadlines, the total
deadlines of HTTP requests, websocket handshakes and sends.

A :class:`Scheduler` is one thread that runs short callbacks once (:meth:`~Scheduler.call_later`)
or every interval (:meth:`~Scheduler.call_every`). Its thread starts with the first timer; an
``idle_exit`` scheduler also ends it once no timer has been pending for IDLE_LINGER seconds,
so a process-wide one never outlives the work it watches by more than that (and the calls
that come one after another, a stream's acks, do not start a thread each). Three kinds are in
use:

* a client's own heartbeat thread (``tiktoklive-<handle>-heartbeat``), closed with the run;
* a :class:`~tiktoklive_sync.runtime.SharedRuntime`'s, for the heartbeats of many clients;
* :data:`DEADLINES`, the process-wide one behind :func:`deadline` (HTTP requests, handshakes,
  sends), which runs only while something is being watched.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import threading
import time
from typing import Callable, Iterator, List, Optional, Tuple

__all__ = ["DEADLINES", "Deadline", "Scheduler", "Timer", "deadline"]

logger = logging.getLogger(__name__)

#: Seconds an ``idle_exit`` scheduler's thread waits with nothing pending before it ends.
IDLE_LINGER = 1.0


class Timer:
    """A scheduled call; :meth:`cancel` makes sure it does not run (again)."""

    __slots__ = ("_scheduler", "callback", "cancelled", "interval")

    def __init__(
        self, scheduler: Scheduler, callback: Callable[[], None], interval: Optional[Callable[[], float]]
    ) -> None:
        self._scheduler = scheduler
        self.callback = callback
        self.interval = interval
        self.cancelled = False

    def cancel(self) -> None:
        """Do not run this timer any more (idempotent)."""
        if not self.cancelled:
            self.cancelled = True
            self._scheduler._forget()


class Scheduler:
    """One thread running short timed callbacks, each late only by as much as the callbacks
    before it took. ``clock`` is ``time.monotonic`` unless a test gives another."""

    def __init__(
        self,
        name: str = "tiktoklive-scheduler",
        *,
        idle_exit: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.idle_exit = idle_exit
        self._clock = clock
        self._heap: List[Tuple[float, int, Timer]] = []
        self._order = itertools.count()
        self._changed = threading.Condition()
        self._thread: Optional[threading.Thread] = None
        self._active = 0
        self._closed = False
        #: When the thread will next look at the heap by itself (it is woken only for earlier).
        self._wake_at = float("inf")
        self._last_push = float("-inf")
        #: The most seconds a callback started after it was due, since the scheduler started.
        self.max_lateness = 0.0

    def call_later(self, seconds: float, callback: Callable[[], None]) -> Timer:
        """Run ``callback`` once, ``seconds`` from now."""
        timer = Timer(self, callback, None)
        self._push(self._clock() + max(0.0, seconds), timer)
        return timer

    def call_every(self, interval: Callable[[], float], callback: Callable[[], None]) -> Timer:
        """Run ``callback`` every ``interval()`` seconds (asked again after every run), the
        first time one interval from now."""
        timer = Timer(self, callback, interval)
        self._push(self._clock() + interval(), timer)
        return timer

    @property
    def pending(self) -> int:
        """How many timers wait to run."""
        with self._changed:
            return self._active

    @property
    def running(self) -> bool:
        """Whether the scheduler's thread is alive."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    def close(self) -> None:
        """Stop the thread (joined unless called from it); pending timers never run."""
        with self._changed:
            self._closed = True
            self._heap.clear()
            self._active = 0
            thread, self._thread = self._thread, None
            self._changed.notify_all()
        if thread is not None and thread is not threading.current_thread():
            thread.join(5)

    def _push(self, at: float, timer: Timer) -> None:
        with self._changed:
            if self._closed:
                raise RuntimeError(f"the scheduler {self.name} is closed")
            heapq.heappush(self._heap, (at, next(self._order), timer))
            self._active += 1
            self._last_push = self._clock()
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
                self._thread.start()
            elif at < self._wake_at:  # due before the thread looks again: wake it
                self._changed.notify()

    def _forget(self) -> None:
        """A timer was cancelled (or ran its only time): one fewer is pending. Timers set and
        cancelled one after another (a stream's sends) wake the thread not at all."""
        with self._changed:
            self._active = max(0, self._active - 1)
            if self._active == 0:
                self._heap.clear()  # nothing left to run: cancelled entries need not wait
                if self.idle_exit and self._wake_at > self._clock() + IDLE_LINGER:
                    self._changed.notify()  # asleep for long: let it count its idle time

    def _loop(self) -> None:
        me = threading.current_thread()
        while True:
            with self._changed:
                while True:
                    if self._thread is not me:
                        return  # closed, or idle with nothing pending
                    while self._heap and self._heap[0][2].cancelled:
                        heapq.heappop(self._heap)
                    now = self._clock()
                    if self._heap and self._heap[0][0] <= now:
                        break
                    if self._heap:
                        self._wake_at = self._heap[0][0]
                    elif self.idle_exit:  # nothing pending: end once idle for IDLE_LINGER
                        self._wake_at = self._last_push + IDLE_LINGER
                        if self._wake_at <= now:
                            self._thread, self._wake_at = None, float("inf")
                            return
                    else:
                        self._wake_at = float("inf")
                    self._changed.wait(None if self._wake_at == float("inf") else self._wake_at - now)
                self._wake_at = float("-inf")  # running a callback: it looks at the heap right after
                due, _, timer = heapq.heappop(self._heap)
            self.max_lateness = max(self.max_lateness, self._clock() - due)
            try:
                timer.callback()
            except Exception:  # one connection's failure must not stop everyone's timers
                logger.exception("a scheduled call failed")
            if timer.interval is None:
                timer.cancel()  # done: no longer pending
                continue
            if timer.cancelled:
                continue
            now, following = self._clock(), due + timer.interval()
            with self._changed:
                if self._thread is me:  # on time, unless we fell a whole interval behind
                    at = following if following > now else now + timer.interval()
                    heapq.heappush(self._heap, (at, next(self._order), timer))


#: The process-wide scheduler of deadlines; its thread runs only while deadlines are pending
#: (and IDLE_LINGER seconds after the last).
DEADLINES = Scheduler("tiktoklive-deadlines", idle_exit=True)


class Deadline:
    """What :func:`deadline` yields: ``expired`` tells whether the time ran out."""

    __slots__ = ("expired", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False


#: How soon an expiry that found nothing to cut yet looks again.
RECHECK = 0.05


@contextlib.contextmanager
def deadline(seconds: float, on_expiry: Callable[[], bool]) -> Iterator[Deadline]:
    """Run the block under a total deadline: if it is still running ``seconds`` after it
    began, ``.expired`` is set and ``on_expiry()`` is called from the scheduler's thread to
    cut the block's socket, so a blocked read or write returns at once. ``on_expiry`` returns
    False when there was nothing to cut yet (the socket is still being opened); it is then
    called again every RECHECK seconds until the block ends."""
    watched = Deadline(seconds)
    lock = threading.Lock()
    timers: List[Timer] = []

    def expire() -> None:
        watched.expired = True
        if not on_expiry():
            with lock:
                if timers:  # the block has not ended: look again soon
                    timers[0] = DEADLINES.call_later(RECHECK, expire)

    with lock:
        timers.append(DEADLINES.call_later(seconds, expire))
    try:
        yield watched
    finally:
        with lock:
            timer = timers.pop()
        timer.cancel()
