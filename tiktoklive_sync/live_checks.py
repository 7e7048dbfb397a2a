"""Live checks of many rooms in TikTok's batched call.

Before every connect and reconnect a client asks TikTok whether the room is live
(``check_alive``). That call takes many room ids at once; clients that share one
:class:`LiveCheckBatcher` (``live_checks=``, as a ``LiveMonitor``'s clients do) have their
checks gathered for a moment and sent together. After a network blip, a thousand
reconnecting streams then cost twenty calls instead of a thousand.

No thread of its own: the first caller of a round waits ``window`` seconds, makes the calls
for everyone who came meanwhile (``max_batch`` rooms a call), and hands out the answers.
An answer younger than ``fresh`` seconds (from a round, or told with :meth:`remember` by
whoever just saw the room live, as the monitor's room-API check does) is reused.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from ._checks import check_count, check_number
from .errors import TikTokHTTPError

if TYPE_CHECKING:
    from .client.web import WebClient

__all__ = ["LiveCheckBatcher"]


class _Check:
    __slots__ = ("done", "error", "live", "room_id")

    def __init__(self, room_id: int) -> None:
        self.room_id = room_id
        self.done = threading.Event()
        self.live = False
        self.error: Optional[BaseException] = None


class LiveCheckBatcher:
    """Gathers ``is_live(room_id)`` calls from many threads into batched ``check_alive`` calls."""

    def __init__(
        self, web: WebClient, *, window: float = 0.2, max_batch: int = 50, fresh: float = 1.0
    ) -> None:
        check_number("window", window)
        check_count("max_batch", max_batch, minimum=1)
        check_number("fresh", fresh)
        self.web = web
        self.window = window
        self.max_batch = max_batch
        self.fresh = fresh
        self._answers: Dict[int, Tuple[float, bool]] = {}
        self._lock = threading.Lock()
        self._pending: List[_Check] = []
        self._leading = False
        self._asked = 0
        #: Calls made to TikTok, and rooms checked through them.
        self.calls = 0
        self.rooms_checked = 0

    @property
    def waiting(self) -> int:
        """Checks asked for and not answered yet (in a call, or waiting for the next)."""
        with self._lock:
            return self._asked

    def remember(self, room_id: int, live: bool) -> None:
        """What another call just said of the room (reused for ``fresh`` seconds)."""
        now = time.monotonic()
        with self._lock:
            if len(self._answers) > 10_000:  # forget the stale ones now and then
                self._answers = {
                    room: seen for room, seen in self._answers.items() if now - seen[0] < self.fresh
                }
            self._answers[room_id] = (now, live)

    def is_live(self, room_id: int) -> bool:
        """Whether the room is live (raises what the batched call raised)."""
        check = _Check(room_id)
        with self._lock:
            known = self._answers.get(room_id)
            if known is not None and time.monotonic() - known[0] < self.fresh:
                return known[1]
            self._pending.append(check)
            self._asked += 1
            leader = not self._leading
            self._leading = True
        try:
            if leader:
                threading.Event().wait(self.window)  # let the others of this round come
                self._run_round()
            check.done.wait()
        finally:
            with self._lock:
                self._asked -= 1
        if check.error is not None:
            raise check.error
        return check.live

    def _run_round(self) -> None:
        try:
            while True:
                with self._lock:
                    batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
                    if not batch:
                        self._leading = False
                        return
                self._answer(batch)
        except BaseException as exc:  # Ctrl+C in the leader: nobody may be left waiting
            with self._lock:
                left, self._pending, self._leading = self._pending, [], False
            for check in left:
                check.error = exc
                check.done.set()
            raise

    def _answer(self, batch: List[_Check]) -> None:
        rooms = sorted({check.room_id for check in batch})
        try:
            alive = self.web.fetch_live_status(rooms)
        except Exception as exc:  # every waiter of the batch learns what went wrong
            for check in batch:
                check.error = exc
        else:
            self.calls += 1
            self.rooms_checked += len(rooms)
            for room_id, live in alive.items():
                self.remember(room_id, live)
            for check in batch:
                if check.room_id in alive:
                    check.live = alive[check.room_id]
                else:
                    check.error = TikTokHTTPError(f"the live check did not mention room {check.room_id}")
        finally:
            for check in batch:
                check.done.set()
