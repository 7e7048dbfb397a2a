"""Gift streaks, reported once each when they finish.

A streakable gift arrives once per tap while ``repeat_end`` is 0, with ``repeat_count``
growing, then once more with ``repeat_end == 1`` and the whole count. The final message
sometimes never comes (the viewer's app closed, the connection dropped), so a streak also
finishes when nothing was heard of it for ``timeout`` seconds, or when the client
disconnects. Non-streakable gifts finish at once.

The client reports finished streaks as :class:`GiftStreakEvent`; :class:`GiftStreakTracker`
is the bookkeeping behind it, usable on its own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

from .events import BaseEvent, GiftEvent, GiftInfo, User

__all__ = ["FINISHED_BY", "GiftStreakEvent", "GiftStreakTracker"]

#: Why a streak finished: TikTok's final message, a single (non-streak) gift, silence, or
#: the end of the connection.
FINISHED_BY = ("end", "single", "timeout", "disconnect")


class GiftStreakEvent(BaseEvent):
    """A finished gift streak: ``user`` sent ``count`` x ``gift`` worth ``diamonds``.

    ``finished_by`` is one of :data:`FINISHED_BY`; ``last`` is the streak's last GiftEvent.
    """

    __slots__ = ("count", "finished_by", "last")

    def __init__(self, last: GiftEvent, count: int, finished_by: str) -> None:
        self.last = last
        self.count = count
        self.finished_by = finished_by

    @property
    def user(self) -> User:
        """Who sent the streak."""
        return self.last.user

    @property
    def gift(self) -> GiftInfo:
        """The gift of the streak."""
        return self.last.gift

    @property
    def diamonds(self) -> int:
        """What the whole streak is worth, in diamonds."""
        return int(self.gift.diamond_count * self.count)

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data (see ``BaseEvent.to_dict``)."""
        return {
            "event": "GiftStreakEvent",
            "user": self.user.unique_id,
            "user_id": str(self.user.id),
            "gift_id": self.gift.id,
            "gift": self.gift.name,
            "count": self.count,
            "diamonds": self.diamonds,
            "finished_by": self.finished_by,
        }

    def __repr__(self) -> str:
        return (
            f"GiftStreakEvent(user={self.user.unique_id!r}, gift={self.gift.name!r}, "
            f"count={self.count}, finished_by={self.finished_by!r})"
        )


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
