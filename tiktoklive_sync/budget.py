"""One sign-server budget for many connections.

A sign server's API key allows so many signatures a minute, for everything that uses the
key. Clients given the same :class:`SignBudget` (``sign_budget=``) share it:

* requests are spread evenly: ``per_minute`` a minute, at most ``burst`` at once;
* a 429 pauses every client's signing for its ``retry_after``, not only the one that got it;
* reconnects of streams that were live go before first connects (a watched stream matters
  more than a new one), so a network blip's thousand reconnects drain at the budget's pace
  instead of all at once.

:class:`~tiktoklive_sync.monitor.redis.RedisSignBudget` shares one budget between processes.
"""

from __future__ import annotations

import threading
import time
from typing import Optional

from ._checks import check_count, check_number

__all__ = ["SignBudget"]

#: Longest single wait, so a stop() is seen promptly.
WAIT_SLICE = 0.2


class SignBudget:
    """``per_minute`` signatures a minute for every client that shares this object."""

    def __init__(self, per_minute: float = 30.0, *, burst: Optional[int] = None) -> None:
        check_number("per_minute", per_minute, positive=True)
        check_count("burst", burst, minimum=1, optional=True)
        self.per_minute = per_minute
        self.burst = burst if burst is not None else max(1, int(per_minute // 10))
        self._lock = threading.Condition()
        self._tokens = float(self.burst)
        self._refilled_at = time.monotonic()
        self._paused_until = 0.0
        self._waiting_reconnects = 0
        self._waiting = 0
        #: Signatures granted, and pauses ordered by 429 answers, since the budget was made.
        self.granted = 0
        self.pauses = 0

    @property
    def waiting(self) -> int:
        """Calls of :meth:`acquire` waiting for their turn now."""
        with self._lock:
            return self._waiting

    @property
    def interval(self) -> float:
        """Seconds between two signatures at the budget's pace."""
        return 60.0 / self.per_minute

    def acquire(self, *, reconnect: bool, stopping: Optional[threading.Event] = None) -> bool:
        """Wait for a signature's turn: True when it may be made, False when ``stopping``
        was set first. Reconnects are served before first connects."""
        with self._lock:
            self._waiting += 1
            if reconnect:
                self._waiting_reconnects += 1
            try:
                while True:
                    if stopping is not None and stopping.is_set():
                        return False
                    if reconnect or self._waiting_reconnects == 0:
                        wait = self.paused_for() or self._take()
                        if wait <= 0:
                            self.granted += 1
                            return True
                    else:
                        wait = WAIT_SLICE
                    self._lock.wait(min(WAIT_SLICE, wait))
            finally:
                self._waiting -= 1
                if reconnect:
                    self._waiting_reconnects -= 1
                    self._lock.notify_all()

    def pause(self, seconds: float) -> None:
        """A 429 said wait ``seconds``: nobody signs until then."""
        with self._lock:
            self.pauses += 1
            self._pause(max(0.0, seconds))
            self._lock.notify_all()

    def paused_for(self) -> float:
        """Seconds until signing may resume after a 429 (0: not paused)."""
        return max(0.0, self._paused_until - time.monotonic())

    def _pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def _take(self) -> float:
        """Take a signature now (0) or say how long until one may be taken (not paused)."""
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._refilled_at) / self.interval)
        self._refilled_at = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) * self.interval

    def __repr__(self) -> str:
        return f"{type(self).__name__}(per_minute={self.per_minute:g}, burst={self.burst})"
