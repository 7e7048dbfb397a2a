"""From one webcast message (``method`` and payload bytes) to the events handlers receive."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple, Type

from .base_event import (
    BaseEvent,
    MessageEvent,
)
from .custom_events import (
    BARRAGE_FANS_LEVEL_ENTRANCE,
    BARRAGE_FANS_LEVEL_UPGRADE,
    CONTROL_ENDED,
    CONTROL_PAUSED,
    CONTROL_SUSPENDED,
    CONTROL_UNPAUSED,
    ENVELOPE_SUPER_FAN_BOX,
    FollowEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    ShareEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    UnknownEvent,
)
from .proto_events import (
    BarrageEvent,
    ControlEvent,
    EnvelopeEvent,
    SocialEvent,
)

__all__ = [
    "EVENT_FAMILIES",
    "EVENT_TYPES",
    "canonical_method",
    "events_from_message",
]


_CONTROL_DERIVED: Dict[int, Type[MessageEvent]] = {
    CONTROL_PAUSED: LivePauseEvent,
    CONTROL_UNPAUSED: LiveUnpauseEvent,
    CONTROL_ENDED: LiveEndEvent,
    CONTROL_SUSPENDED: LiveEndEvent,
}


_BARRAGE_DERIVED: Dict[int, Type[MessageEvent]] = {
    BARRAGE_FANS_LEVEL_UPGRADE: SuperFanEvent,
    BARRAGE_FANS_LEVEL_ENTRANCE: SuperFanJoinEvent,
}


#: The message event class for each webcast ``method`` (derived classes are not listed).
EVENT_TYPES: Dict[str, Type[MessageEvent]] = {
    cls.webcast_method: cls
    for cls in MessageEvent.__subclasses__()  # direct subclasses: one per message type
}


def _aliases() -> Dict[str, str]:
    """Other names real traffic gives the mapped methods: without the ``Webcast`` prefix
    (``RoomMessage`` next to ``WebcastRoomMessage``), and with ``Method`` where the type's
    name says ``Message`` (``WebcastDonationStickerModifyMethod``), each with and without
    the prefix. A name that is itself a mapped method (``WebcastLinkMicMethod``) keeps its
    own class."""
    aliases: Dict[str, str] = {}
    for method in EVENT_TYPES:
        bare = method[len("Webcast") :]
        names = [bare]
        if method.endswith("Message"):
            names += [method[: -len("Message")] + "Method", bare[: -len("Message")] + "Method"]
        for name in names:
            if name not in EVENT_TYPES:
                aliases.setdefault(name, method)
    return aliases


#: Every other name of a mapped method (see ``_aliases``), to the name EVENT_TYPES uses.
_UNPREFIXED: Dict[str, str] = _aliases()


def canonical_method(method: str) -> str:
    """``method`` under the name :data:`EVENT_TYPES` uses (``RoomMessage`` ->
    ``WebcastRoomMessage``); unknown methods are returned unchanged."""
    if method in EVENT_TYPES:
        return method
    return _UNPREFIXED.get(method, method)


def events_from_message(method: str, payload: bytes) -> List[BaseEvent]:
    """The events one webcast message produces, primary event first.

    ``method`` may carry TikTok's ``Webcast`` prefix or not. Unmapped methods give an
    :class:`UnknownEvent`. A payload that does not parse raises protobuf's ``DecodeError``;
    the caller decides how to report it.
    """
    event_type = EVENT_TYPES.get(method) or EVENT_TYPES.get(_UNPREFIXED.get(method, ""))
    if event_type is None:
        return [UnknownEvent(method, payload)]
    event = event_type.parse(payload)
    derive = _DERIVERS.get(event_type)
    derived = derive(event.proto) if derive is not None else None
    return [event] if derived is None else [event, event.derive(derived)]


def _social_derived(message: Any) -> Optional[Type[MessageEvent]]:
    key = message.common.display_text.key
    if "follow" in key:
        return FollowEvent
    if "share" in key:
        return ShareEvent
    return None


def _envelope_derived(message: Any) -> Optional[Type[MessageEvent]]:
    return SuperFanBoxEvent if message.envelope_info.business_type == ENVELOPE_SUPER_FAN_BOX else None


#: Message classes whose messages may also be delivered as a derived event, and how to tell.
_DERIVERS: Dict[Type[MessageEvent], Callable[[Any], Optional[Type[MessageEvent]]]] = {
    ControlEvent: lambda message: _CONTROL_DERIVED.get(message.action),
    BarrageEvent: lambda message: _BARRAGE_DERIVED.get(message.msg_type),
    EnvelopeEvent: _envelope_derived,
    SocialEvent: _social_derived,
}


#: For each ``method``: every event class its messages can be delivered as.
EVENT_FAMILIES: Dict[str, Tuple[Type[BaseEvent], ...]] = {
    method: (cls, *(sub for sub in cls.__subclasses__() if cls in _DERIVERS))
    for method, cls in EVENT_TYPES.items()
}
