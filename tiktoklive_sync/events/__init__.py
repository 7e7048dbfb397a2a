"""Event classes: what handlers receive, with TikTokLive's class and field names.

A message event wraps the protobuf message TikTok sent. Its declared fields are readable as
attributes (``event.common.msg_id``, ``event.repeat_count``), users come wrapped in
:class:`User` (``event.user.unique_id``), gifts in :class:`GiftInfo` (``event.gift.name``), and
``event.raw`` keeps the payload bytes exactly as received.

Some messages produce more than one event, as in TikTokLive: a social message is a
:class:`SocialEvent` plus a :class:`FollowEvent` or :class:`ShareEvent`; a control message is a
:class:`ControlEvent` plus :class:`LiveEndEvent`, :class:`LivePauseEvent` or
:class:`LiveUnpauseEvent`. :func:`events_from_message` does that mapping.

The classes live in :mod:`.proto_events` (one per message type), :mod:`.custom_events`
(the client's own and derived events) and :mod:`.base_event`, as in TikTokLive; every one
is importable from here.
"""

from __future__ import annotations

from . import base_event, custom_events, decoding, proto_events
from .base_event import *  # noqa: F403 (each module's __all__ is what it exports)
from .custom_events import *  # noqa: F403
from .decoding import *  # noqa: F403
from .proto_events import *  # noqa: F403

__all__ = base_event.__all__ + proto_events.__all__ + custom_events.__all__ + decoding.__all__
