"""Event classes: what handlers receive, with TikTokLive's class and field names.

A message event wraps the protobuf message TikTok sent. Its declared fields are readable as
attributes (``event.common.msg_id``, ``event.repeat_count``), users come wrapped in
:class:`User` (``event.user.unique_id``), gifts in :class:`GiftInfo` (``event.gift.name``), and
``event.raw`` keeps the payload bytes exactly as received.

Some messages produce more than one event, as in TikTokLive: a social message is a
:class:`SocialEvent` plus a :class:`FollowEvent` or :class:`ShareEvent`; a control message is a
:class:`ControlEvent` plus :class:`LiveEndEvent`, :class:`LivePauseEvent` or
:class:`LiveUnpauseEvent`. :func:`events_from_message` does that mapping.
"""

from __future__ import annotations

from typing import Any, ClassVar, Dict, List, Optional, Type

from google.protobuf import json_format
from google.protobuf.message import Message

from .proto import webcast_pb2 as pb

__all__ = [
    "EVENT_TYPES",
    "BaseEvent",
    "CommentEvent",
    "ConnectEvent",
    "ControlEvent",
    "DisconnectEvent",
    "FollowEvent",
    "GiftEvent",
    "GiftInfo",
    "JoinEvent",
    "LikeEvent",
    "LiveEndEvent",
    "LivePauseEvent",
    "LiveUnpauseEvent",
    "MessageEvent",
    "ReconnectingEvent",
    "RoomUserSeqEvent",
    "ShareEvent",
    "SocialEvent",
    "UnknownEvent",
    "User",
    "events_from_message",
]


class _ProtoView:
    """Read-only view of a protobuf message: unknown attributes fall through to the message."""

    __slots__ = ("_message",)

    def __init__(self, message: Message) -> None:
        self._message = message

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the view does not define itself.
        if name.startswith("__") or name == "_message":
            raise AttributeError(name)
        return getattr(self._message, name)

    @property
    def proto(self) -> Message:
        """The underlying protobuf message."""
        return self._message

    def to_dict(self) -> Dict[str, Any]:
        """The message as JSON-safe data, keyed by field name (64-bit ints as strings)."""
        return json_format.MessageToDict(self._message, preserving_proto_field_name=True)


class User(_ProtoView):
    """A TikTok user as it appears in a message."""

    __slots__ = ()
    _message: pb.User

    @property
    def unique_id(self) -> str:
        """The @handle, without the ``@`` (TikTok's ``display_id``)."""
        return self._message.display_id

    @property
    def id(self) -> int:
        """TikTok's numeric user id."""
        return self._message.id

    @property
    def nickname(self) -> str:
        """The display name."""
        return self._message.nickname

    @property
    def sec_uid(self) -> str:
        return self._message.sec_uid

    @property
    def avatar_url(self) -> Optional[str]:
        """The first URL of the user's small avatar, if TikTok sent one."""
        urls = self._message.avatar_thumb.url_list
        return urls[0] if urls else None

    @property
    def follower_count(self) -> int:
        return self._message.follow_info.follower_count

    def __repr__(self) -> str:
        return f"User(unique_id={self.unique_id!r}, nickname={self.nickname!r}, id={self.id})"


class GiftInfo(_ProtoView):
    """The gift of a gift message: name, id, diamond value, image."""

    __slots__ = ()
    _message: pb.Gift

    @property
    def id(self) -> int:
        return self._message.id

    @property
    def name(self) -> str:
        return self._message.name

    @property
    def diamond_count(self) -> int:
        return self._message.diamond_count

    @property
    def streakable(self) -> bool:
        """True for gifts a viewer can send in a streak (TikTok's gift type 1)."""
        return self._message.type == 1

    @property
    def image_url(self) -> Optional[str]:
        urls = self._message.image.url_list
        return urls[0] if urls else None

    def __repr__(self) -> str:
        return f"GiftInfo(id={self.id}, name={self.name!r}, diamond_count={self.diamond_count})"


class BaseEvent:
    """Base class of every event."""

    __slots__ = ()

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data; ``"event"`` holds the class name."""
        return {"event": type(self).__name__}


class ConnectEvent(BaseEvent):
    """The websocket is open and the client entered the room."""

    __slots__ = ("room_id", "unique_id")

    def __init__(self, unique_id: str, room_id: int) -> None:
        self.unique_id = unique_id
        self.room_id = room_id

    def to_dict(self) -> Dict[str, Any]:
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
        return self.payload

    def to_dict(self) -> Dict[str, Any]:
        return {"event": "UnknownEvent", "method": self.method, "payload": self.payload.hex()}

    def __repr__(self) -> str:
        return f"UnknownEvent(method={self.method!r}, payload=<{len(self.payload)} bytes>)"


class MessageEvent(BaseEvent, _ProtoView):
    """An event made from one webcast message; fields read through to the message."""

    __slots__ = ("raw",)
    method: ClassVar[str] = ""
    proto_type: ClassVar[Type[Message]] = Message

    def __init__(self, message: Message, raw: bytes = b"") -> None:
        _ProtoView.__init__(self, message)
        self.raw = raw

    @classmethod
    def parse(cls, payload: bytes) -> MessageEvent:
        """Parse ``payload`` as this event's message; raises protobuf's DecodeError."""
        message = cls.proto_type()
        message.ParseFromString(payload)
        return cls(message, payload)

    def derive(self, event_type: Type[MessageEvent]) -> MessageEvent:
        """The same message seen as another event class (for derived events)."""
        return event_type(self._message, self.raw)

    @property
    def user(self) -> User:
        return User(self._message.user)  # type: ignore[attr-defined]

    def to_dict(self) -> Dict[str, Any]:
        return {"event": type(self).__name__, **_ProtoView.to_dict(self)}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_ProtoView.to_dict(self)!r})"


class CommentEvent(MessageEvent):
    """A chat message. ``comment`` (or ``content``) is the text, ``user`` who wrote it."""

    __slots__ = ()
    method = "WebcastChatMessage"
    proto_type = pb.WebcastChatMessage

    @property
    def comment(self) -> str:
        return self._message.content  # type: ignore[attr-defined, no-any-return]

    @property
    def at_user(self) -> User:
        return User(self._message.at_user)  # type: ignore[attr-defined]


class GiftEvent(MessageEvent):
    """A gift. For streakable gifts TikTok sends one message per tap while ``streaking``
    and a final one with ``repeat_end == 1`` carrying the whole ``repeat_count``."""

    __slots__ = ()
    method = "WebcastGiftMessage"
    proto_type = pb.WebcastGiftMessage

    @property
    def gift(self) -> GiftInfo:
        return GiftInfo(self._message.gift)  # type: ignore[attr-defined]

    @property
    def streaking(self) -> bool:
        """True while a streak is still going (more messages for it will follow)."""
        return self.gift.streakable and not self._message.repeat_end  # type: ignore[attr-defined]

    @property
    def to_user(self) -> User:
        return User(self._message.to_user)  # type: ignore[attr-defined]

    @property
    def value(self) -> int:
        """Diamonds this message stands for: the gift's price times ``repeat_count``."""
        count = max(1, self._message.repeat_count)  # type: ignore[attr-defined]
        return int(self.gift.diamond_count * count)


class LikeEvent(MessageEvent):
    """Likes: ``count`` in this message, ``total`` for the whole live so far."""

    __slots__ = ()
    method = "WebcastLikeMessage"
    proto_type = pb.WebcastLikeMessage


class JoinEvent(MessageEvent):
    """A viewer joined the room (TikTok's member message)."""

    __slots__ = ()
    method = "WebcastMemberMessage"
    proto_type = pb.WebcastMemberMessage


class SocialEvent(MessageEvent):
    """A follow or a share; also sent as :class:`FollowEvent` / :class:`ShareEvent`."""

    __slots__ = ()
    method = "WebcastSocialMessage"
    proto_type = pb.WebcastSocialMessage


class FollowEvent(SocialEvent):
    """A viewer followed the creator."""

    __slots__ = ()


class ShareEvent(SocialEvent):
    """A viewer shared the live."""

    __slots__ = ()


class RoomUserSeqEvent(MessageEvent):
    """Viewer statistics: ``total`` viewers now, ``total_user`` seen, top ``ranks``."""

    __slots__ = ()
    method = "WebcastRoomUserSeqMessage"
    proto_type = pb.WebcastRoomUserSeqMessage


class ControlEvent(MessageEvent):
    """A room state change: ``action`` 1 paused, 2 unpaused, 3 ended, 4 ended by TikTok."""

    __slots__ = ()
    method = "WebcastControlMessage"
    proto_type = pb.WebcastControlMessage


class LiveEndEvent(ControlEvent):
    """The creator ended the live (or TikTok ended it). The client disconnects after it."""

    __slots__ = ()


class LivePauseEvent(ControlEvent):
    """The creator paused the live."""

    __slots__ = ()


class LiveUnpauseEvent(ControlEvent):
    """The creator resumed a paused live."""

    __slots__ = ()


CONTROL_PAUSED, CONTROL_UNPAUSED, CONTROL_ENDED, CONTROL_SUSPENDED = 1, 2, 3, 4
_CONTROL_DERIVED: Dict[int, Type[MessageEvent]] = {
    CONTROL_PAUSED: LivePauseEvent,
    CONTROL_UNPAUSED: LiveUnpauseEvent,
    CONTROL_ENDED: LiveEndEvent,
    CONTROL_SUSPENDED: LiveEndEvent,
}

#: The message event class for each webcast ``method``.
EVENT_TYPES: Dict[str, Type[MessageEvent]] = {
    cls.method: cls
    for cls in (
        CommentEvent,
        GiftEvent,
        LikeEvent,
        JoinEvent,
        SocialEvent,
        RoomUserSeqEvent,
        ControlEvent,
    )
}


def events_from_message(method: str, payload: bytes) -> List[BaseEvent]:
    """The events one webcast message produces, primary event first.

    Unmapped methods give an :class:`UnknownEvent`. A payload that does not parse raises
    protobuf's ``DecodeError``; the caller decides how to report it.
    """
    event_type = EVENT_TYPES.get(method)
    if event_type is None:
        return [UnknownEvent(method, payload)]
    event = event_type.parse(payload)
    derived = _derived_event_type(event)
    return [event] if derived is None else [event, event.derive(derived)]


def _derived_event_type(event: MessageEvent) -> Optional[Type[MessageEvent]]:
    message: Any = event.proto
    if isinstance(event, ControlEvent):
        return _CONTROL_DERIVED.get(message.action)
    if isinstance(event, SocialEvent):
        key = message.common.display_text.key
        if "follow" in key:
            return FollowEvent
        if "share" in key:
            return ShareEvent
    return None
