"""Events of the client's own (connect, disconnect, reconnecting, unknown, raw responses,
finished gift streaks) and the events derived from a message type (a follow from a social
message, a live end from a control message...), as in TikTokLive's ``custom_events``.
"""

from __future__ import annotations

import re
from typing import Any, Dict, Optional

from google.protobuf import json_format

from ..proto import webcast_pb2 as pb
from .base_event import (
    BaseEvent,
    GiftInfo,
    User,
)
from .proto_events import (
    BarrageEvent,
    ControlEvent,
    EnvelopeEvent,
    GiftEvent,
    SocialEvent,
)

__all__ = [
    "BARRAGE_FANS_LEVEL_ENTRANCE",
    "BARRAGE_FANS_LEVEL_UPGRADE",
    "CONTROL_ENDED",
    "CONTROL_PAUSED",
    "CONTROL_SUSPENDED",
    "CONTROL_UNPAUSED",
    "ENVELOPE_SUPER_FAN_BOX",
    "FINISHED_BY",
    "ConnectEvent",
    "DisconnectEvent",
    "FollowEvent",
    "GiftStreakEvent",
    "LiveEndEvent",
    "LivePauseEvent",
    "LiveUnpauseEvent",
    "ReconnectingEvent",
    "ShareEvent",
    "SuperFanBoxEvent",
    "SuperFanEvent",
    "SuperFanJoinEvent",
    "UnknownEvent",
    "WebsocketResponseEvent",
]


class ConnectEvent(BaseEvent):
    """The websocket is open and the client entered the room."""

    __slots__ = ("room_id", "unique_id")

    def __init__(self, unique_id: str, room_id: int) -> None:
        self.unique_id = unique_id
        self.room_id = room_id

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data (see ``BaseEvent.to_dict``)."""
        return {"event": "ConnectEvent", "unique_id": self.unique_id, "room_id": str(self.room_id)}

    def __repr__(self) -> str:
        return f"ConnectEvent(unique_id={self.unique_id!r}, room_id={self.room_id})"


class DisconnectEvent(BaseEvent):
    """The connection is over, for good: sent once per ``start()``, after any reconnects.

    ``reason`` says why: ``"stopped"`` (``stop()`` was called), ``"live_ended"`` (the creator
    ended the live), ``"closed"`` (TikTok closed it and reconnecting is off) or ``"error"``
    (``error`` holds the exception that ``wait()`` re-raises).
    """

    __slots__ = ("error", "reason")

    def __init__(self, reason: str = "closed", error: Optional[BaseException] = None) -> None:
        self.reason = reason
        self.error = error

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data (see ``BaseEvent.to_dict``)."""
        return {
            "event": "DisconnectEvent",
            "reason": self.reason,
            "error": None if self.error is None else str(self.error),
        }

    def __repr__(self) -> str:
        return f"DisconnectEvent(reason={self.reason!r})"


class ReconnectingEvent(BaseEvent):
    """The connection dropped; attempt number ``attempt`` follows in ``delay`` seconds.

    ``error`` is what went wrong. A :class:`ConnectEvent` follows when the attempt succeeds.
    """

    __slots__ = ("attempt", "delay", "error")

    def __init__(self, attempt: int, delay: float, error: BaseException) -> None:
        self.attempt = attempt
        self.delay = delay
        self.error = error

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data (see ``BaseEvent.to_dict``)."""
        return {
            "event": "ReconnectingEvent",
            "attempt": self.attempt,
            "delay": self.delay,
            "error": str(self.error),
        }

    def __repr__(self) -> str:
        return f"ReconnectingEvent(attempt={self.attempt}, delay={self.delay:.2f})"


class UnknownEvent(BaseEvent):
    """A message this version does not map to a typed event, or one that failed to parse.

    ``method`` is TikTok's message type name and ``payload`` the raw protobuf bytes.
    """

    __slots__ = ("method", "payload")

    def __init__(self, method: str, payload: bytes) -> None:
        self.method = method
        self.payload = payload

    @property
    def raw(self) -> bytes:
        """The payload bytes (the same as ``payload``)."""
        return self.payload

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data (see ``BaseEvent.to_dict``)."""
        return {"event": "UnknownEvent", "method": self.method, "payload": self.payload.hex()}

    def __repr__(self) -> str:
        return f"UnknownEvent(method={self.method!r}, payload=<{len(self.payload)} bytes>)"


class FollowEvent(SocialEvent):
    """A viewer followed the creator."""

    __slots__ = ()


class ShareEvent(SocialEvent):
    """A viewer shared the live."""

    __slots__ = ()

    @property
    def users_joined(self) -> Optional[int]:
        """How many viewers joined through this share, when TikTok says (else None)."""
        match = _SHARE_JOINED.search(self._message.common.display_text.key)  # type: ignore[attr-defined]
        return int(match.group(1)) if match else None


class LiveEndEvent(ControlEvent):
    """The creator ended the live (or TikTok ended it). The client disconnects after it."""

    __slots__ = ()


class LivePauseEvent(ControlEvent):
    """The creator paused the live."""

    __slots__ = ()


class LiveUnpauseEvent(ControlEvent):
    """The creator resumed a paused live."""

    __slots__ = ()


class SuperFanEvent(BarrageEvent):
    """A viewer's fan level went up (a barrage of type fans-level upgrade)."""

    __slots__ = ()


class SuperFanJoinEvent(BarrageEvent):
    """A super fan entered the room (a barrage of type fans-level entrance)."""

    __slots__ = ()


class SuperFanBoxEvent(EnvelopeEvent):
    """A super fan box (a treasure chest of business type super fan box)."""

    __slots__ = ()


class WebsocketResponseEvent(BaseEvent):
    """Every fetch result as received (``result``, a ProtoMessageFetchResult), before its
    messages are dispatched. For logging and debugging."""

    __slots__ = ("result",)

    def __init__(self, result: pb.ProtoMessageFetchResult) -> None:
        self.result = result

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data (see ``BaseEvent.to_dict``)."""
        data = json_format.MessageToDict(self.result, preserving_proto_field_name=True)
        return {"event": "WebsocketResponseEvent", **data}

    def __repr__(self) -> str:
        return f"WebsocketResponseEvent(cursor={self.result.cursor!r}, messages={len(self.result.messages)})"


BARRAGE_FANS_LEVEL_UPGRADE, BARRAGE_FANS_LEVEL_ENTRANCE = 10, 11


ENVELOPE_SUPER_FAN_BOX = 19


_SHARE_JOINED = re.compile(r"_(\d+)_share")


CONTROL_PAUSED, CONTROL_UNPAUSED, CONTROL_ENDED, CONTROL_SUSPENDED = 1, 2, 3, 4


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
