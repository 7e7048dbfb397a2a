"""What every event is built on: :class:`BaseEvent`, :class:`MessageEvent` (a read-through view
of one webcast message), and the :class:`User`, :class:`Badge` and :class:`GiftInfo` views.
"""

from __future__ import annotations

import base64
import builtins
from typing import TYPE_CHECKING, Any, ClassVar, Dict, List, Optional, Tuple, Type, Union

from google.protobuf import json_format
from google.protobuf.message import Message

from ..proto import is_repeated
from ..proto import webcast_pb2 as pb
from ._fields import BadgeFields, GiftInfoFields, UserFields

__all__ = [
    "BADGE_ADMIN",
    "BADGE_FANS",
    "BADGE_FRIENDS",
    "BADGE_NEW_SUBSCRIBER",
    "BADGE_RANK_LIST",
    "BADGE_SCENE_NAMES",
    "BADGE_SUBSCRIBER",
    "BADGE_USER_GRADE",
    "FOLLOW_STATUS_MUTUAL",
    "Badge",
    "BaseEvent",
    "GiftInfo",
    "MessageEvent",
    "User",
]


class _ProtoView:
    """Read-only view of a protobuf message: unknown attributes fall through to the message."""

    __slots__ = ("_message",)

    def __init__(self, message: Message) -> None:
        self._message = message

    if not TYPE_CHECKING:  # type checkers see the fields each view declares (``_fields.py``)

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


class User(_ProtoView, UserFields):
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
        """TikTok's stable, opaque user id (survives handle changes)."""
        return self._message.sec_uid

    @property
    def avatar_url(self) -> Optional[str]:
        """The first URL of the user's small avatar, if TikTok sent one."""
        urls = self._message.avatar_thumb.url_list
        return urls[0] if urls else None

    @property
    def follower_count(self) -> int:
        """How many followers the user has, when TikTok says."""
        return self._message.follow_info.follower_count

    @property
    def badges(self) -> List[Badge]:
        """The badges TikTok shows next to the user's name."""
        return [Badge(badge) for badge in self._message.badge_list]

    def badge_level(self, scene: int) -> int:
        """The level of the user's badge of ``scene`` (a ``BADGE_*`` constant), 0 without one."""
        return max((badge.level for badge in self.badges if badge.scene == scene), default=0)

    @property
    def is_moderator(self) -> bool:
        """True for the room's moderators (TikTok's admins)."""
        attr = self._message.user_attr
        return attr.is_admin or attr.is_super_admin or any(b.scene == BADGE_ADMIN for b in self.badges)

    @property
    def is_friend(self) -> bool:
        """True when the user and the creator follow each other."""
        mutual = self._message.follow_info.follow_status == FOLLOW_STATUS_MUTUAL
        return mutual or any(b.scene == BADGE_FRIENDS for b in self.badges)

    @property
    def is_subscriber(self) -> bool:
        """True for the creator's subscribers."""
        return self._message.subscribe_info.is_subscribe or any(
            b.scene in (BADGE_SUBSCRIBER, BADGE_NEW_SUBSCRIBER) for b in self.badges
        )

    @property
    def subscriber_badge_level(self) -> int:
        """The level of the user's subscriber badge (0 without one)."""
        return self.badge_level(BADGE_SUBSCRIBER)

    @property
    def fan_club_level(self) -> int:
        """The user's level in the creator's fan club (0 when not a member)."""
        return self._message.fans_club.data.level or self.badge_level(BADGE_FANS)

    @property
    def fan_club_name(self) -> str:
        """The name of the creator's fan club the user is in (empty when none)."""
        return self._message.fans_club.data.club_name

    @property
    def gifter_level(self) -> int:
        """The user's gifter level (TikTok's pay grade)."""
        return self.badge_level(BADGE_USER_GRADE) or self._message.pay_grade.level

    # -- TikTokLive's names ------------------------------------------------------------

    @property
    def username(self) -> str:
        """TikTokLive's older name of :attr:`unique_id`."""
        return self.unique_id

    @property
    def nick_name(self) -> str:
        """TikTokLive's older name of :attr:`nickname`."""
        return self.nickname

    @property
    def get_all_badges(self) -> List[Tuple[str, str]]:
        """``[(scene name, level), ...]``, one per badge scene (``("FANS", "12")``), as
        TikTokLive gives them (a property, despite the name)."""
        found: Dict[str, str] = {}
        for badge in self.badges:
            name = BADGE_SCENE_NAMES.get(badge.scene)
            if name and badge.level and name not in found:
                found[name] = str(badge.level)
        return list(found.items())

    def has_badge(self, badge_type: str, level: Optional[Union[str, int]] = None) -> bool:
        """Whether the user has a badge of ``badge_type`` (``"SUBSCRIBER"``, ``"FANS"``...;
        ``BADGE_SCENE_TYPE_`` prefix optional), at ``level`` when given."""
        wanted = badge_type.upper().replace("BADGE_SCENE_TYPE_", "")
        return any(
            name == wanted and (level is None or str(level) == have) for name, have in self.get_all_badges
        )

    @property
    def is_top_gifter(self) -> bool:
        """Whether the user carries a ranking badge (a top gifter of this live)."""
        return any(badge.scene == BADGE_RANK_LIST for badge in self.badges)

    @property
    def member_level(self) -> Optional[int]:
        """The user's fan-club badge level (None without one), as TikTokLive names it."""
        return self.badge_level(BADGE_FANS) or None

    @property
    def member_rank(self) -> Optional[int]:
        """The same as :attr:`member_level` (TikTokLive keeps both names)."""
        return self.member_level

    def __repr__(self) -> str:
        return f"User(unique_id={self.unique_id!r}, nickname={self.nickname!r}, id={self.id})"

    def _repr_html_(self) -> str:
        from ..notebook import user_html

        return user_html(self)


#: Badge scenes (``Badge.scene``), as TikTok numbers them.
BADGE_ADMIN, BADGE_FRIENDS, BADGE_SUBSCRIBER, BADGE_NEW_SUBSCRIBER = 1, 3, 4, 7


BADGE_RANK_LIST, BADGE_USER_GRADE, BADGE_FANS = 6, 8, 10


#: TikTok's names of the badge scenes (``BadgeSceneType`` without its prefix).
BADGE_SCENE_NAMES: Dict[int, str] = {
    1: "ADMIN",
    2: "FIRST_RECHARGE",
    3: "FRIENDS",
    4: "SUBSCRIBER",
    5: "ACTIVITY",
    6: "RANK_LIST",
    7: "NEW_SUBSCRIBER",
    8: "USER_GRADE",
    9: "STATE_CONTROLLED_MEDIA",
    10: "FANS",
    11: "LIVE_PRO",
    12: "ANCHOR",
}


FOLLOW_STATUS_MUTUAL = 2


class Badge(_ProtoView, BadgeFields):
    """One badge: ``scene`` (moderator, subscriber, gifter level, fan club...), ``level``,
    ``text`` and ``image_url``."""

    __slots__ = ()
    _message: pb.BadgeStruct

    @property
    def scene(self) -> int:
        """What the badge is for (a ``BADGE_*`` constant)."""
        return self._message.scene_type

    @property
    def level(self) -> int:
        """The badge's level (0 when it has none)."""
        raw = self._message.privilege_log_extra.level
        return int(raw) if raw.isdigit() else 0

    @property
    def text(self) -> str:
        """The badge's text, as TikTok shows it."""
        badge = self._message
        return (
            badge.text.default_pattern
            or badge.str.str
            or badge.combine.str
            or badge.combine.text.default_pattern
        )

    @property
    def image_url(self) -> Optional[str]:
        """The first URL of the image, if TikTok sent one."""
        badge = self._message
        for image in (badge.image.image, badge.combine.icon):
            if image.url_list:
                return image.url_list[0]
        return None

    def __repr__(self) -> str:
        return f"Badge(scene={self.scene}, level={self.level}, text={self.text!r})"

    def _repr_html_(self) -> str:
        from ..notebook import badge_html

        return badge_html(self)


class GiftInfo(_ProtoView, GiftInfoFields):
    """The gift of a gift message: name, id, diamond value, image."""

    __slots__ = ()
    _message: pb.Gift

    @property
    def id(self) -> int:
        """TikTok's gift id."""
        return self._message.id

    @property
    def name(self) -> str:
        """The gift's name, e.g. ``Rose``."""
        return self._message.name

    @property
    def diamond_count(self) -> int:
        """What one of this gift costs, in diamonds."""
        return self._message.diamond_count

    @property
    def streakable(self) -> bool:
        """True for gifts a viewer can send in a streak (TikTok's gift type 1)."""
        return self._message.type == 1

    @property
    def image_url(self) -> Optional[str]:
        """The first URL of the image, if TikTok sent one."""
        urls = self._message.image.url_list
        return urls[0] if urls else None

    @property
    def gift_name(self) -> str:
        """``name`` under TikTokLive's older name."""
        return self._message.name

    @property
    def gift_type(self) -> int:
        """``type`` under TikTokLive's older name (1: streakable)."""
        return self._message.type

    @property
    def gift_image(self) -> pb.ImageModel:
        """``image`` under TikTokLive's older name."""
        return self._message.image

    def __repr__(self) -> str:
        return f"GiftInfo(id={self.id}, name={self.name!r}, diamond_count={self.diamond_count})"

    def _repr_html_(self) -> str:
        from ..notebook import gift_html

        return gift_html(self)


class BaseEvent:
    """Base class of every event."""

    __slots__ = ()

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data; ``"event"`` holds the class name."""
        return {"event": type(self).__name__}

    @classmethod
    def get_type(cls) -> str:
        """The event's class name (``"CommentEvent"``), as TikTokLive's ``get_type()``."""
        return cls.__name__

    @property
    def bytes(self) -> builtins.bytes:
        """The message's bytes as TikTok sent them (empty for events of the client's own)."""
        data = getattr(self, "raw", None)
        return data if data is not None else getattr(self, "payload", b"")

    @property
    def as_base64(self) -> str:
        """:attr:`bytes` in base64."""
        return base64.b64encode(self.bytes).decode("ascii")

    @property
    def size(self) -> int:
        """How many bytes the message had."""
        return len(self.bytes)

    def _repr_html_(self) -> str:
        from ..notebook import event_html

        return event_html(self)


_USER_DESCRIPTOR = pb.User.DESCRIPTOR


def _user_property(name: str, repeated: bool) -> property:
    """A property reading message field ``name`` as a :class:`User` (a list if ``repeated``)."""

    def get(event: MessageEvent) -> Any:
        value = getattr(event.proto, name)
        return [User(user) for user in value] if repeated else User(value)

    get.__doc__ = f"``{name}`` as {'a list of ' if repeated else ''}:class:`User`."
    return property(get)


class MessageEvent(BaseEvent, _ProtoView):
    """An event made from one webcast message; fields read through to the message."""

    __slots__ = ("raw",)
    #: TikTok's name of the message type (``BaseProtoMessage.method``) this event decodes.
    webcast_method: ClassVar[str] = ""
    proto_type: ClassVar[Type[Message]] = Message

    def __init__(self, message: Message, raw: bytes = b"") -> None:
        _ProtoView.__init__(self, message)
        self.raw = raw

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Give every user field of the message (``operator``, ``from_user``, ``sponsors``...)
        a property that wraps it in :class:`User`, like ``event.user``."""
        super().__init_subclass__(**kwargs)
        descriptor = getattr(cls.proto_type, "DESCRIPTOR", None)
        for field in descriptor.fields if descriptor is not None else ():
            if field.message_type is _USER_DESCRIPTOR and not hasattr(cls, field.name):
                setattr(cls, field.name, _user_property(field.name, is_repeated(field)))

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
        """The user the message is about."""
        return User(self._message.user)  # type: ignore[attr-defined]

    def to_dict(self) -> Dict[str, Any]:
        """The event as JSON-safe data (see ``BaseEvent.to_dict``)."""
        return {"event": type(self).__name__, **_ProtoView.to_dict(self)}

    def __repr__(self) -> str:
        from ..notebook import event_summary

        return f"{type(self).__name__}({event_summary(self)})"
