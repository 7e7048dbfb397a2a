"""Dispatch: fetch results in, events out. No threads and no sockets here.

A :class:`Dispatcher` decodes each message of a fetch result into events, drops messages
already delivered, keeps the like total and the gift streaks, counts everything it drops,
and hands each event to ``emit``. The client's dispatcher thread feeds it; unit tests feed it
bytes directly.
"""

from __future__ import annotations

import collections
import logging
import time
from typing import Callable, Deque, Dict, List, Optional, Set, Type

from google.protobuf.message import DecodeError

from ..events import (
    EVENT_FAMILIES,
    BaseEvent,
    ControlEvent,
    GiftEvent,
    LikeEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    UnknownEvent,
    WebsocketResponseEvent,
    canonical_method,
    events_from_message,
)
from ..proto import webcast_pb2 as pb
from ..stats import ClientStats
from ..streaks import GiftStreakEvent, GiftStreakTracker

__all__ = ["RECENT_IDS", "Dispatcher", "RecentIds"]

logger = logging.getLogger(__name__)

#: How many recent message ids are remembered to drop messages delivered twice.
RECENT_IDS = 20_000
#: How many recent chat ids are remembered apart, so busy rooms' other traffic cannot push
#: them out before TikTok repeats them as history on re-entry.
RECENT_CHAT_IDS = 2_000
#: How often a busy stream looks for gift streaks that went silent.
STREAK_CHECK_INTERVAL = 0.5
#: Chat arrives under both names (see ``events.canonical_method``).
_CHAT_METHODS = frozenset(("WebcastChatMessage", "ChatMessage"))


class RecentIds:
    """The last ``size`` message ids seen, to drop messages TikTok delivers twice."""

    def __init__(self, size: int) -> None:
        self._order: Deque[int] = collections.deque()
        self._ids: Set[int] = set()
        self._size = size

    def __contains__(self, msg_id: object) -> bool:
        return msg_id in self._ids

    def seen(self, msg_id: int) -> bool:
        """True if ``msg_id`` was seen before; remembers it otherwise."""
        if msg_id in self._ids:
            return True
        self._ids.add(msg_id)
        self._order.append(msg_id)
        if len(self._order) > self._size:
            self._ids.discard(self._order.popleft())
        return False


class Dispatcher:
    """Turns fetch results into events for ``emit``; ``listens(event_type)`` says whether
    anything would receive an event of that type (messages nobody wants are not decoded)."""

    def __init__(
        self,
        *,
        emit: Callable[[BaseEvent], None],
        listens: Callable[[Type[BaseEvent]], bool],
        stats: ClientStats,
        unique_id: str,
        gift_streak_timeout: float,
        on_pause: Optional[Callable[[bool], None]] = None,
    ) -> None:
        self._emit = emit
        self._listens = listens
        self.stats = stats
        self._unique_id = unique_id
        self.streaks = GiftStreakTracker(gift_streak_timeout)
        self._recent = RecentIds(RECENT_IDS)
        self._recent_chat = RecentIds(RECENT_CHAT_IDS)
        self._like_total: Optional[int] = None
        self._failed_methods: Set[str] = set()
        self._next_streak_check = 0.0
        #: Set once a live-end message was dispatched; later messages are dropped (counted).
        self.live_ended = False
        #: Told True when the creator paused the live, False when they unpaused it (right
        #: after the handlers saw it): the run's video recordings follow the pauses.
        self._on_pause = on_pause

    def dispatch(self, result: pb.ProtoMessageFetchResult) -> None:
        """Emit the events of one fetch result, in order."""
        stats, emit = self.stats, self._emit
        if self._listens(WebsocketResponseEvent):
            self._emit(WebsocketResponseEvent(result))
        # Who listens is decided once per batch and message type: a handler registered while
        # a batch is dispatched gets events from the next batch on.
        wanted: Dict[str, bool] = {}
        recent, recent_chat = self._recent, self._recent_chat
        for message in result.messages:
            stats.messages += 1
            if self.live_ended:
                stats.after_end_dropped += 1
                continue
            msg_id = message.msg_id
            if msg_id and (
                (message.is_history and msg_id in recent_chat)
                or (message.method in _CHAT_METHODS and recent_chat.seen(msg_id))
                or recent.seen(msg_id)
            ):
                stats.duplicates += 1
                continue
            method = message.method
            decode = wanted.get(method)
            if decode is None:
                decode = wanted[method] = self._wanted(method)
            if not decode:
                stats.skipped += 1
                continue
            for event in self._decode(message):  # inlined: this loop is the hot path
                if isinstance(event, LikeEvent):
                    event.previous_total = self._like_total
                    self._like_total = max(self._like_total or 0, event.total)
                emit(event)
                if isinstance(event, GiftEvent):
                    streak = self.streaks.feed(event)
                    if streak is not None:
                        emit(streak)
                elif isinstance(event, LiveEndEvent) and not self.live_ended:
                    logger.info("@%s ended the live", self._unique_id)
                    self.live_ended = True
                elif isinstance(event, (LivePauseEvent, LiveUnpauseEvent)) and self._on_pause is not None:
                    self._on_pause(isinstance(event, LivePauseEvent))
        self._expire_streaks_if_due()

    def _wanted(self, method: str) -> bool:
        """Whether anything listens to the events a message of ``method`` becomes.

        Control messages are always decoded (a live end must stop the client); gifts are
        when streaks are listened to.
        """
        family = EVENT_FAMILIES.get(canonical_method(method))
        if family is None:
            return True  # UnknownEvent costs no parsing
        if family[0] is ControlEvent or any(self._listens(cls) for cls in family):
            return True
        return family[0] is GiftEvent and self._listens(GiftStreakEvent)

    def _decode(self, message: pb.BaseProtoMessage) -> List[BaseEvent]:
        try:
            events = events_from_message(message.method, message.payload)
        except DecodeError:
            self.stats.decode_failures += 1
            if message.method not in self._failed_methods:
                self._failed_methods.add(message.method)
                logger.warning(
                    "cannot decode %s (%d bytes, starts %s); delivering it as UnknownEvent",
                    message.method,
                    len(message.payload),
                    message.payload[:16].hex(),
                )
            return [UnknownEvent(message.method, message.payload)]
        if type(events[0]) is UnknownEvent:
            self.stats.unknown += 1
        return events

    # -- gift streaks -----------------------------------------------------------------------

    def seconds_to_next_streak_deadline(self) -> Optional[float]:
        """How long the caller may wait before :meth:`expire_streaks` has work (None: no streak)."""
        deadline = self.streaks.next_deadline()
        return None if deadline is None else max(0.0, deadline - time.monotonic())

    def expire_streaks(self) -> None:
        """Report the streaks that went silent for longer than the timeout."""
        self._next_streak_check = time.monotonic() + STREAK_CHECK_INTERVAL
        for streak in self.streaks.expire():
            self._emit(streak)

    def _expire_streaks_if_due(self) -> None:
        if self.streaks.pending and time.monotonic() >= self._next_streak_check:
            self.expire_streaks()  # a busy stream never lets the caller's wait time out

    def flush_streaks(self) -> None:
        """Report every unfinished streak (the connection is over)."""
        for streak in self.streaks.flush():
            self._emit(streak)
