"""Gift streaks, reported once each when they finish.

A streakable gift arrives once per tap while ``repeat_end`` is 0, with ``repeat_count``
growing, then once more with ``repeat_end == 1`` and the whole count. The final message
sometimes never comes (the viewer's app closed, the connection dropped), so a streak also
finishes when nothing was heard of it for ``timeout`` seconds, or when the client
disconnects. Non-streakable gifts finish at once.

The client reports finished streaks as :class:`~tiktoklive_sync.events.GiftStreakEvent`
(importable from here too); :class:`GiftStreakTracker` is the bookkeeping behind it, usable
on its own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

from .events import FINISHED_BY, GiftEvent, GiftStreakEvent

__all__ = ["FINISHED_BY", "GiftStreakEvent", "GiftStreakTracker"]


@dataclass
class _Open:
    last: GiftEvent
    count: int
    seen_at: float


class GiftStreakTracker:
    """Follows streaks by (user, gift, group) and says when each one finishes."""

    def __init__(self, timeout: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout = timeout
        self._clock = clock
        self._open: Dict[Tuple[int, int, int], _Open] = {}

    @property
    def pending(self) -> int:
        """Streaks still open."""
        return len(self._open)

    def feed(self, event: GiftEvent) -> Optional[GiftStreakEvent]:
        """Take one gift message; the streak it finishes, if it finishes one."""
        message: Any = event.proto
        count = max(1, int(message.repeat_count))
        if not event.gift.streakable:
            return GiftStreakEvent(event, count, "single")
        key = (event.user.id, int(message.gift_id or event.gift.id), int(message.group_id))
        if message.repeat_end:
            self._open.pop(key, None)
            return GiftStreakEvent(event, count, "end")
        known = self._open.get(key)
        self._open[key] = _Open(event, max(count, known.count if known else 0), self._clock())
        return None

    def next_deadline(self) -> Optional[float]:
        """When the oldest open streak times out (clock time), or None."""
        if not self._open:
            return None
        return min(streak.seen_at for streak in self._open.values()) + self.timeout

    def expire(self) -> List[GiftStreakEvent]:
        """Finish the streaks nothing was heard of for ``timeout`` seconds."""
        now = self._clock()
        done = [key for key, streak in self._open.items() if now - streak.seen_at >= self.timeout]
        return [self._finish(key, "timeout") for key in done]

    def flush(self) -> List[GiftStreakEvent]:
        """Finish every open streak (the connection is over)."""
        return [self._finish(key, "disconnect") for key in list(self._open)]

    def _finish(self, key: Tuple[int, int, int], reason: str) -> GiftStreakEvent:
        streak = self._open.pop(key)
        return GiftStreakEvent(streak.last, streak.count, reason)
