"""Total deadlines for HTTP requests, however slowly the peer sends.

``requests`` and urllib3 only time out single reads: a server that sends one byte every few
seconds keeps a request alive forever. Here every request made inside ``deadline(seconds)``
gets one shared watchdog thread's promise: when the time is up, the sockets the request
uses are shut down, so the blocked read returns at once and the request fails.

``web.py`` tells the watchdog which connections a request uses (``note_connection``, called
for every connection urllib3 hands the request).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from typing import Any, Iterator, List, Optional, Tuple

__all__ = ["RequestDeadline", "deadline", "note_connection"]

#: How often an expired request is looked at again while its socket is not open yet.
RECHECK = 0.05


class RequestDeadline:
    """One request's deadline and the urllib3 connections it used."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self.done = False
        self.connections: List[Any] = []

    def cut(self) -> bool:
        """Shut down the request's sockets; False when none was open yet (look again)."""
        self.expired = True
        cut = False
        for connection in list(self.connections):
            sock = getattr(connection, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                cut = True
        return cut


class _Watchdog:
    """One daemon thread for every deadline of the process, started when first needed."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: List[Tuple[float, int, RequestDeadline]] = []
        self._order = itertools.count()
        self._thread: Optional[threading.Thread] = None

    def watch(self, request: RequestDeadline) -> None:
        with self._lock:
            heapq.heappush(self._heap, (request.at, next(self._order), request))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="tiktoklive_sync-http-deadlines", daemon=True
                )
                self._thread.start()
            self._lock.notify()

    def _run(self) -> None:
        while True:
            with self._lock:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)  # finished in time: forget it
                if not self._heap:
                    self._lock.wait()
                    continue
                at, _, request = self._heap[0]
                wait = at - time.monotonic()
                if wait > 0:
                    self._lock.wait(wait)
                    continue
                heapq.heappop(self._heap)
            if not request.done and not request.cut():
                request.at = time.monotonic() + RECHECK
                with self._lock:
                    heapq.heappush(self._heap, (request.at, next(self._order), request))


_watchdog = _Watchdog()
_current = threading.local()


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[RequestDeadline]:
    """Every request made in the block (by a session mounted with DeadlineAdapter) is cut
    off ``seconds`` after the block began; ``.expired`` then tells that it was."""
    request = RequestDeadline(seconds)
    previous = getattr(_current, "request", None)
    _current.request = request
    _watchdog.watch(request)
    try:
        yield request
    finally:
        request.done = True
        _current.request = previous


def note_connection(connection: Any) -> None:
    """Tell the current deadline (if any) that its request uses ``connection``."""
    request: Optional[RequestDeadline] = getattr(_current, "request", None)
    if request is not None:
        request.connections.append(connection)
