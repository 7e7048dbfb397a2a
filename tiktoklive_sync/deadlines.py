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
#: The watchdog thread's name (it runs only while a request is pending).
THREAD_NAME = "tiktoklive-http-deadlines"


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
    """One thread for every deadline of the process: started by the first request, ended
    (and joined) as soon as no request is pending, so no thread outlives the clients."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: List[Tuple[float, int, RequestDeadline]] = []
        self._order = itertools.count()
        self._pending = 0
        self._thread: Optional[threading.Thread] = None

    def watch(self, request: RequestDeadline) -> None:
        with self._lock:
            self._pending += 1
            heapq.heappush(self._heap, (request.at, next(self._order), request))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
                self._thread.start()
            self._lock.notify()

    def forget(self, request: RequestDeadline) -> None:
        """``request`` is over; the last one pending ends the thread before this returns."""
        with self._lock:
            request.done = True
            self._pending -= 1
            ending = self._thread if self._pending == 0 else None
            if ending is not None:
                self._heap.clear()
                self._thread = None
                self._lock.notify()
        if ending is not None and ending is not threading.current_thread():
            ending.join()

    def _run(self) -> None:
        me = threading.current_thread()
        while True:
            with self._lock:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)  # finished in time: forget it
                if self._thread is not me:
                    return  # no request pending any more
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
        _current.request = previous
        _watchdog.forget(request)


def note_connection(connection: Any) -> None:
    """Tell the current deadline (if any) that its request uses ``connection``."""
    request: Optional[RequestDeadline] = getattr(_current, "request", None)
    if request is not None:
        request.connections.append(connection)
