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

import base64
import builtins
import re
from typing import Any, Callable, ClassVar, Dict, List, Optional, Tuple, Type, Union

from google.protobuf import json_format
from google.protobuf.message import Message

from .proto import is_repeated
from .proto import webcast_pb2 as pb

__all__ = [
    "EVENT_TYPES",
    "AccessControlEvent",
    "AccessRecallEvent",
    "ActivityQuizCardEvent",
    "ActivityQuizUserIdentityEvent",
    "AlertBoxAuditResultEvent",
    "AnchorToolModificationEvent",
    "AssetEvent",
    "AudienceReserveUserStateEvent",
    "AuthorizationNotifyEvent",
    "BALeadGenEvent",
    "Badge",
    "BarrageEvent",
    "BindingGiftEvent",
    "BoostCardEvent",
    "BottomEvent",
    "CapsuleEvent",
    "CaptionEvent",
    "CohostReserveEvent",
    "CohostTopicEvent",
    "CommentEvent",
    "CommentTrayEvent",
    "CommentsEvent",
    "CommonToastEvent",
    "ConnectEvent",
    "ControlEvent",
    "DisconnectEvent",
    "DonationEvent",
    "DonationInfoEvent",
    "DonationStickerModifyEvent",
    "EcBarrageEvent",
    "EcShortItemRefreshEvent",
    "EcTaskRegisterEvent",
    "EmoteChatEvent",
    "EnvelopeEvent",
    "EnvelopePortalEvent",
    "FansEventEvent",
    "FollowCardEvent",
    "FollowEvent",
    "GameOCRPingEvent",
    "GameRankNotifyEvent",
    "GiftBroadcastEvent",
    "GiftCollectionUpdateEvent",
    "GiftDynamicRestrictionEvent",
    "GiftEvent",
    "GiftGuideEvent",
    "GiftInfo",
    "GiftNoticeEvent",
    "GiftPanelUpdateEvent",
    "GiftPromptEvent",
    "GiftUnlockEvent",
    "GiftUpdateEvent",
    "GoalUpdateEvent",
    "GoodyBagEvent",
    "GreetingEvent",
    "GuideEvent",
    "HashtagEvent",
    "HourlyRankEvent",
    "HourlyRankRewardEvent",
    "ImDeleteEvent",
    "InRoomBannerEvent",
    "InRoomBannerRefreshEvent",
    "JoinEvent",
    "KaraokeQueueEvent",
    "KaraokeReqEvent",
    "KaraokeSwitchEvent",
    "LikeEvent",
    "LinkEvent",
    "LinkLayerEvent",
    "LinkMicAdEvent",
    "LinkMicAnchorGuideEvent",
    "LinkMicArmiesEvent",
    "LinkMicBattleEvent",
    "LinkMicBattleItemCardEvent",
    "LinkMicBattlePunishFinishEvent",
    "LinkMicBattleVictoryLapEvent",
    "LinkMicFanTicketMethodEvent",
    "LinkMicLayoutStateEvent",
    "LinkMicMethodEvent",
    "LinkScreenChangeEvent",
    "LinkStateEvent",
    "LinkmicAudienceNoticeEvent",
    "LinkmicBattleNoticeEvent",
    "LinkmicBattleTaskEvent",
    "LiveEndEvent",
    "LiveGameIntroEvent",
    "LiveIntroEvent",
    "LivePauseEvent",
    "LiveShowEvent",
    "LiveUnpauseEvent",
    "MarqueeAnnouncementEvent",
    "MessageEvent",
    "MsgDetectEvent",
    "NoticeEvent",
    "NotifyEvent",
    "OChannelAnchorEvent",
    "OChannelModifyEvent",
    "OChannelUserEvent",
    "OecLiveShoppingEvent",
    "PaidContentLiveShoppingEvent",
    "PartnershipCardChangeEvent",
    "PartnershipDownloadCountEvent",
    "PartnershipDropsUpdateEvent",
    "PartnershipGameOfflineEvent",
    "PartnershipPunishEvent",
    "PartnershipTaskShowEvent",
    "PerceptionEvent",
    "PictionaryEndEvent",
    "PictionaryExitEvent",
    "PictionaryStartEvent",
    "PictionaryUpdateEvent",
    "PollEvent",
    "PortalEvent",
    "QuestionDeleteEvent",
    "QuestionNewEvent",
    "QuestionSelectedEvent",
    "QuestionSlideDownEvent",
    "QuestionSwitchEvent",
    "QuickChatListEvent",
    "RankTextEvent",
    "RankToastEvent",
    "RankUpdateEvent",
    "RealtimeLiveCenterEvent",
    "ReconnectingEvent",
    "RoomEvent",
    "RoomNotifyEvent",
    "RoomPinEvent",
    "RoomStickerEvent",
    "RoomUserSeqEvent",
    "RoomVerifyEvent",
    "ShareEvent",
    "SocialEvent",
    "SpeakerEvent",
    "StarCommentNotificationEvent",
    "StarCommentPushEvent",
    "SubCapsuleEvent",
    "SubNotifyEvent",
    "SubPinEventEvent",
    "SubTimerStickerEvent",
    "SubWaveEvent",
    "SubscriptionGuideEvent",
    "SuperFanBoxEvent",
    "SuperFanEvent",
    "SuperFanJoinEvent",
    "SystemEvent",
    "ToastEvent",
    "UnauthorizedMemberEvent",
    "UnknownEvent",
    "User",
    "UserStatsEvent",
    "VideoLiveGoodsRcmdEvent",
    "ViewerPicksUpdateEvent",
    "WebsocketResponseEvent",
    "WeeklyRankRewardEvent",
    "canonical_method",
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


class Badge(_ProtoView):
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


class GiftInfo(_ProtoView):
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

    def __repr__(self) -> str:
        return f"GiftInfo(id={self.id}, name={self.name!r}, diamond_count={self.diamond_count})"


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
        return f"{type(self).__name__}({_ProtoView.to_dict(self)!r})"


class CommentEvent(MessageEvent):
    """A chat message. ``comment`` (or ``content``) is the text, ``user`` who wrote it."""

    __slots__ = ()
    webcast_method = "WebcastChatMessage"
    proto_type = pb.WebcastChatMessage

    @property
    def comment(self) -> str:
        """The chat text (TikTok's ``content``)."""
        return self._message.content  # type: ignore[attr-defined, no-any-return]

    @property
    def at_user(self) -> User:
        """The user mentioned with @, if any."""
        return User(self._message.at_user)  # type: ignore[attr-defined]


class GiftEvent(MessageEvent):
    """A gift. For streakable gifts TikTok sends one message per tap while ``streaking``
    and a final one with ``repeat_end == 1`` carrying the whole ``repeat_count``."""

    __slots__ = ()
    webcast_method = "WebcastGiftMessage"
    proto_type = pb.WebcastGiftMessage

    @property
    def gift(self) -> GiftInfo:
        """The gift sent: name, id, price, image."""
        return GiftInfo(self._message.gift)  # type: ignore[attr-defined]

    @property
    def streaking(self) -> bool:
        """True while a streak is still going (more messages for it will follow)."""
        return self.gift.streakable and not self._message.repeat_end  # type: ignore[attr-defined]

    @property
    def to_user(self) -> User:
        """Who received the gift (in multi-guest lives), else empty."""
        return User(self._message.to_user)  # type: ignore[attr-defined]

    @property
    def value(self) -> int:
        """Diamonds this message stands for: the gift's price times ``repeat_count``."""
        count = max(1, self._message.repeat_count)  # type: ignore[attr-defined]
        return int(self.gift.diamond_count * count)


class LikeEvent(MessageEvent):
    """Likes: ``count`` in this message, ``total`` for the whole live so far.

    TikTok caps ``count`` at 15 per message. ``likes`` is the uncapped number: how much the
    room's ``total`` grew since the previous like message (``count`` for the first one).
    """

    __slots__ = ("previous_total",)
    webcast_method = "WebcastLikeMessage"
    proto_type = pb.WebcastLikeMessage

    def __init__(self, message: Message, raw: bytes = b"") -> None:
        super().__init__(message, raw)
        #: The room's like total before this message (set by the client), or None.
        self.previous_total: Optional[int] = None

    @property
    def likes(self) -> int:
        """Likes this message stands for, beyond TikTok's cap of 15 (see the class)."""
        count: int = self._message.count  # type: ignore[attr-defined]
        total: int = self._message.total  # type: ignore[attr-defined]
        if self.previous_total is None or total <= self.previous_total:
            return count
        return max(count, total - self.previous_total)


class JoinEvent(MessageEvent):
    """A viewer joined the room (TikTok's member message)."""

    __slots__ = ()
    webcast_method = "WebcastMemberMessage"
    proto_type = pb.WebcastMemberMessage


class SocialEvent(MessageEvent):
    """A follow or a share; also sent as :class:`FollowEvent` / :class:`ShareEvent`."""

    __slots__ = ()
    webcast_method = "WebcastSocialMessage"
    proto_type = pb.WebcastSocialMessage


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


class RoomUserSeqEvent(MessageEvent):
    """Viewer statistics: ``total`` viewers now, ``total_user`` seen, top ``ranks``."""

    __slots__ = ()
    webcast_method = "WebcastRoomUserSeqMessage"
    proto_type = pb.WebcastRoomUserSeqMessage


class ControlEvent(MessageEvent):
    """A room state change: ``action`` 1 paused, 2 unpaused, 3 ended, 4 ended by TikTok."""

    __slots__ = ()
    webcast_method = "WebcastControlMessage"
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


class AccessControlEvent(MessageEvent):
    """TikTok asks viewers to pass a check (captcha) to keep watching."""

    __slots__ = ()
    webcast_method = "WebcastAccessControlMessage"
    proto_type = pb.WebcastAccessControlMessage


class AccessRecallEvent(MessageEvent):
    """A moderation recall notice (``notice``, ``content``, ``punish_info``)."""

    __slots__ = ()
    webcast_method = "WebcastAccessRecallMessage"
    proto_type = pb.WebcastAccessRecallMessage


class BarrageEvent(MessageEvent):
    """A banner across the chat (upgrades, fan levels, subscriptions...); ``msg_type`` says which."""

    __slots__ = ()
    webcast_method = "WebcastBarrageMessage"
    proto_type = pb.WebcastBarrageMessage


class BoostCardEvent(MessageEvent):
    """Boost cards used in the room."""

    __slots__ = ()
    webcast_method = "WebcastBoostCardMessage"
    proto_type = pb.WebcastBoostCardMessage


class BottomEvent(MessageEvent):
    """A notice shown at the bottom of the player (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastBottomMessage"
    proto_type = pb.WebcastBottomMessage


class CapsuleEvent(MessageEvent):
    """A capsule prompt (``desc``, ``button_text``)."""

    __slots__ = ()
    webcast_method = "WebcastCapsuleMessage"
    proto_type = pb.WebcastCapsuleMessage


class CaptionEvent(MessageEvent):
    """Live captions of the creator's speech: ``content`` per language, ``definite`` once final."""

    __slots__ = ()
    webcast_method = "WebcastCaptionMessage"
    proto_type = pb.WebcastCaptionMessage


class EmoteChatEvent(MessageEvent):
    """A chat message made of emotes (``emote_list``)."""

    __slots__ = ()
    webcast_method = "WebcastEmoteChatMessage"
    proto_type = pb.WebcastEmoteChatMessage


class EnvelopeEvent(MessageEvent):
    """A treasure chest (red envelope): ``envelope_info.diamond_count``, ``people_count``..."""

    __slots__ = ()
    webcast_method = "WebcastEnvelopeMessage"
    proto_type = pb.WebcastEnvelopeMessage


class GameRankNotifyEvent(MessageEvent):
    """A game ranking notice (``notify_text``)."""

    __slots__ = ()
    webcast_method = "WebcastGameRankNotifyMessage"
    proto_type = pb.WebcastGameRankNotifyMessage


class GiftBroadcastEvent(MessageEvent):
    """A big gift announced across rooms (``notify``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftBroadcastMessage"
    proto_type = pb.WebcastGiftBroadcastMessage


class GiftDynamicRestrictionEvent(MessageEvent):
    """The gifts allowed in the room changed."""

    __slots__ = ()
    webcast_method = "WebcastGiftDynamicRestrictionMessage"
    proto_type = pb.WebcastGiftDynamicRestrictionMessage


class GiftPanelUpdateEvent(MessageEvent):
    """The gift panel changed (gallery progress...)."""

    __slots__ = ()
    webcast_method = "WebcastGiftPanelUpdateMessage"
    proto_type = pb.WebcastGiftPanelUpdateMessage


class GiftPromptEvent(MessageEvent):
    """A gifting prompt (``title``, ``body``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftPromptMessage"
    proto_type = pb.WebcastGiftPromptMessage


class GoalUpdateEvent(MessageEvent):
    """LIVE goal progress: ``goal.sub_goals[i].progress/target``, the contributor."""

    __slots__ = ()
    webcast_method = "WebcastGoalUpdateMessage"
    proto_type = pb.WebcastGoalUpdateMessage


class GuideEvent(MessageEvent):
    """A guide hint for viewers (``description``)."""

    __slots__ = ()
    webcast_method = "WebcastGuideMessage"
    proto_type = pb.WebcastGuideMessage


class HourlyRankEvent(MessageEvent):
    """The hourly ranking changed."""

    __slots__ = ()
    webcast_method = "WebcastHourlyRankMessage"
    proto_type = pb.WebcastHourlyRankMessage


class HourlyRankRewardEvent(MessageEvent):
    """Hourly ranking rewards: ``winners``."""

    __slots__ = ()
    webcast_method = "WebcastHourlyRankRewardMessage"
    proto_type = pb.WebcastHourlyRankRewardMessage


class ImDeleteEvent(MessageEvent):
    """Messages were deleted by moderation: ``delete_msg_ids``, ``delete_user_ids``."""

    __slots__ = ()
    webcast_method = "WebcastImDeleteMessage"
    proto_type = pb.WebcastImDeleteMessage


class InRoomBannerEvent(MessageEvent):
    """A banner in the room changed."""

    __slots__ = ()
    webcast_method = "WebcastInRoomBannerMessage"
    proto_type = pb.WebcastInRoomBannerMessage


class LinkEvent(MessageEvent):
    """Co-host / guest link events (invites, replies, enter, leave...); ``message_type`` says which."""

    __slots__ = ()
    webcast_method = "WebcastLinkMessage"
    proto_type = pb.WebcastLinkMessage


class LinkLayerEvent(MessageEvent):
    """Multi-guest layer changes."""

    __slots__ = ()
    webcast_method = "WebcastLinkLayerMessage"
    proto_type = pb.WebcastLinkLayerMessage


class LinkMicArmiesEvent(MessageEvent):
    """Battle scores by team and top supporters (``armies``, ``team_armies``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicArmies"
    proto_type = pb.WebcastLinkMicArmies


class LinkMicBattleEvent(MessageEvent):
    """A battle (PK) started, changed or ended: ``battle_settings``, ``battle_result``, ``anchors_info``."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattle"
    proto_type = pb.WebcastLinkMicBattle


class LinkMicBattleItemCardEvent(MessageEvent):
    """A battle power-up card was used."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattleItemCard"
    proto_type = pb.WebcastLinkMicBattleItemCard


class LinkMicBattlePunishFinishEvent(MessageEvent):
    """The punishment after a battle ended."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattlePunishFinish"
    proto_type = pb.WebcastLinkMicBattlePunishFinish


class LinkMicFanTicketMethodEvent(MessageEvent):
    """Fan ticket scores during a link (``fan_ticket_room_notice``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicFanTicketMethod"
    proto_type = pb.WebcastLinkMicFanTicketMethod


class LinkMicLayoutStateEvent(MessageEvent):
    """The link-mic layout changed."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicLayoutStateMessage"
    proto_type = pb.WebcastLinkMicLayoutStateMessage


class LinkMicMethodEvent(MessageEvent):
    """Link-mic state (``message_type``, ``user_id``, ``fan_ticket``, ``linked_users``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicMethod"
    proto_type = pb.WebcastLinkMicMethod


class LinkStateEvent(MessageEvent):
    """The link state of guests changed."""

    __slots__ = ()
    webcast_method = "WebcastLinkStateMessage"
    proto_type = pb.WebcastLinkStateMessage


class LinkmicBattleTaskEvent(MessageEvent):
    """A battle task progressed or settled."""

    __slots__ = ()
    webcast_method = "WebcastLinkmicBattleTaskMessage"
    proto_type = pb.WebcastLinkmicBattleTaskMessage


class LiveGameIntroEvent(MessageEvent):
    """The game being played was introduced (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastLiveGameIntroMessage"
    proto_type = pb.WebcastLiveGameIntroMessage


class LiveIntroEvent(MessageEvent):
    """The room's intro text (``content``) by ``user``."""

    __slots__ = ()
    webcast_method = "WebcastLiveIntroMessage"
    proto_type = pb.WebcastLiveIntroMessage


class MarqueeAnnouncementEvent(MessageEvent):
    """A marquee announcement (``message_entity``)."""

    __slots__ = ()
    webcast_method = "WebcastMarqueeAnnouncementMessage"
    proto_type = pb.WebcastMarqueeAnnouncementMessage


class MsgDetectEvent(MessageEvent):
    """A message-delivery probe from TikTok."""

    __slots__ = ()
    webcast_method = "WebcastMsgDetectMessage"
    proto_type = pb.WebcastMsgDetectMessage


class NoticeEvent(MessageEvent):
    """A notice to the room (``content``, ``title``)."""

    __slots__ = ()
    webcast_method = "WebcastNoticeMessage"
    proto_type = pb.WebcastNoticeMessage


class OecLiveShoppingEvent(MessageEvent):
    """Live shopping: a product popped up (``pop_product``) or hot products changed."""

    __slots__ = ()
    webcast_method = "WebcastOecLiveShoppingMessage"
    proto_type = pb.WebcastOecLiveShoppingMessage


class PartnershipDropsUpdateEvent(MessageEvent):
    """Game partnership drops changed."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipDropsUpdateMessage"
    proto_type = pb.WebcastPartnershipDropsUpdateMessage


class PartnershipGameOfflineEvent(MessageEvent):
    """Game partnership tasks went offline."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipGameOfflineMessage"
    proto_type = pb.WebcastPartnershipGameOfflineMessage


class PartnershipPunishEvent(MessageEvent):
    """A game partnership penalty (``punish_info``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipPunishMessage"
    proto_type = pb.WebcastPartnershipPunishMessage


class PerceptionEvent(MessageEvent):
    """A moderation warning shown to the creator (``dialog``, ``punish_info``)."""

    __slots__ = ()
    webcast_method = "WebcastPerceptionMessage"
    proto_type = pb.WebcastPerceptionMessage


class PollEvent(MessageEvent):
    """A poll started, got votes or ended: ``start_content``, ``update_votes_content``, ``end_content``."""

    __slots__ = ()
    webcast_method = "WebcastPollMessage"
    proto_type = pb.WebcastPollMessage


class QuestionNewEvent(MessageEvent):
    """A viewer asked a question: ``details.content`` by ``details.user``."""

    __slots__ = ()
    webcast_method = "WebcastQuestionNewMessage"
    proto_type = pb.WebcastQuestionNewMessage


class RankTextEvent(MessageEvent):
    """A ranking text in the chat (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastRankTextMessage"
    proto_type = pb.WebcastRankTextMessage


class RankUpdateEvent(MessageEvent):
    """Room rankings changed (``updates``)."""

    __slots__ = ()
    webcast_method = "WebcastRankUpdateMessage"
    proto_type = pb.WebcastRankUpdateMessage


class RoomEvent(MessageEvent):
    """A room message, e.g. the welcome text (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastRoomMessage"
    proto_type = pb.WebcastRoomMessage


class RoomNotifyEvent(MessageEvent):
    """A room notification (``content``, ``user``)."""

    __slots__ = ()
    webcast_method = "WebcastRoomNotifyMessage"
    proto_type = pb.WebcastRoomNotifyMessage


class RoomPinEvent(MessageEvent):
    """A message was pinned: ``chat_message`` (or another kind) by ``operator``."""

    __slots__ = ()
    webcast_method = "WebcastRoomPinMessage"
    proto_type = pb.WebcastRoomPinMessage


class RoomVerifyEvent(MessageEvent):
    """TikTok verifies the room (``content``; ``close_room`` when it will close)."""

    __slots__ = ()
    webcast_method = "WebcastRoomVerifyMessage"
    proto_type = pb.WebcastRoomVerifyMessage


class SpeakerEvent(MessageEvent):
    """The active speaker changed."""

    __slots__ = ()
    webcast_method = "WebcastSpeakerMessage"
    proto_type = pb.WebcastSpeakerMessage


class SubNotifyEvent(MessageEvent):
    """A viewer subscribed: ``user``, ``sub_month``."""

    __slots__ = ()
    webcast_method = "WebcastSubNotifyMessage"
    proto_type = pb.WebcastSubNotifyMessage


class SubPinEventEvent(MessageEvent):
    """A subscriber pin card (``card``)."""

    __slots__ = ()
    webcast_method = "WebcastSubPinEventMessage"
    proto_type = pb.WebcastSubPinEventMessage


class SystemEvent(MessageEvent):
    """A system message (``message``)."""

    __slots__ = ()
    webcast_method = "WebcastSystemMessage"
    proto_type = pb.WebcastSystemMessage


class ToastEvent(MessageEvent):
    """A toast notification."""

    __slots__ = ()
    webcast_method = "WebcastToastMessage"
    proto_type = pb.WebcastToastMessage


class UnauthorizedMemberEvent(MessageEvent):
    """A viewer without a visible profile joined (``nick_name``)."""

    __slots__ = ()
    webcast_method = "WebcastUnauthorizedMemberMessage"
    proto_type = pb.WebcastUnauthorizedMemberMessage


class ViewerPicksUpdateEvent(MessageEvent):
    """Viewer picks changed (``info.gift_pick_list``)."""

    __slots__ = ()
    webcast_method = "WebcastViewerPicksUpdateMessage"
    proto_type = pb.WebcastViewerPicksUpdateMessage


# -- types TikTokLive does not map ------------------------------------------------------------


class ActivityQuizCardEvent(MessageEvent):
    """A quiz card of a LIVE activity (``primary_id``, ``expired_time``)."""

    __slots__ = ()
    webcast_method = "WebcastActivityQuizCardMessage"
    proto_type = pb.WebcastActivityQuizCardMessage


class ActivityQuizUserIdentityEvent(MessageEvent):
    """A viewer's identity in a LIVE activity quiz (``primary_id``, ``version``)."""

    __slots__ = ()
    webcast_method = "WebcastActivityQuizUserIdentityMessage"
    proto_type = pb.WebcastActivityQuizUserIdentityMessage


class AnchorToolModificationEvent(MessageEvent):
    """The creator changed a live tool or effect (``modification.name``, ``.modification_type``)."""

    __slots__ = ()
    webcast_method = "WebcastAnchorToolModificationMessage"
    proto_type = pb.WebcastAnchorToolModificationMessage


class AssetEvent(MessageEvent):
    """An animation asset played for a gift or effect (``asset_id``, ``from_user``, ``to_user``)."""

    __slots__ = ()
    webcast_method = "WebcastAssetMessage"
    proto_type = pb.WebcastAssetMessage


class AudienceReserveUserStateEvent(MessageEvent):
    """A viewer's reservation for a future live changed (``type``)."""

    __slots__ = ()
    webcast_method = "WebcastAudienceReserveUserStateMessage"
    proto_type = pb.WebcastAudienceReserveUserStateMessage


class AuthorizationNotifyEvent(MessageEvent):
    """An authorization notice for the viewer (``content``, ``style``)."""

    __slots__ = ()
    webcast_method = "WebcastAuthorizationNotifyMessage"
    proto_type = pb.WebcastAuthorizationNotifyMessage


class BALeadGenEvent(MessageEvent):
    """A business account's lead form was shown or changed (``cta_text``, ``page_id``)."""

    __slots__ = ()
    webcast_method = "WebcastBALeadGenMessage"
    proto_type = pb.WebcastBALeadGenMessage


class CohostReserveEvent(MessageEvent):
    """A co-host reservation was made or answered (``reserve_type``, ``reservation_id``)."""

    __slots__ = ()
    webcast_method = "WebcastCohostReserveMessage"
    proto_type = pb.WebcastCohostReserveMessage


class CohostTopicEvent(MessageEvent):
    """A co-host topic was set or changed (``action``)."""

    __slots__ = ()
    webcast_method = "WebcastCohostTopicMessage"
    proto_type = pb.WebcastCohostTopicMessage


class CommentsEvent(MessageEvent):
    """A highlighted comment shown on screen: ``user``, ``content`` (chat is :class:`CommentEvent`)."""

    __slots__ = ()
    webcast_method = "WebcastCommentsMessage"
    proto_type = pb.WebcastCommentsMessage


class CommentTrayEvent(MessageEvent):
    """A comment tray: ``content``, ``count`` comments."""

    __slots__ = ()
    webcast_method = "WebcastCommentTrayMessage"
    proto_type = pb.WebcastCommentTrayMessage


class CommonToastEvent(MessageEvent):
    """A short toast shown to viewers (``duration``; its text is ``common.display_text``)."""

    __slots__ = ()
    webcast_method = "WebcastCommonToastMessage"
    proto_type = pb.WebcastCommonToastMessage


class DonationEvent(MessageEvent):
    """Charity donation totals: ``total`` in ``currency``, ``sponsors``, ``users``."""

    __slots__ = ()
    webcast_method = "WebcastDonationMessage"
    proto_type = pb.WebcastDonationMessage


class DonationInfoEvent(MessageEvent):
    """Charity donation summary: ``total_money`` in ``currency`` from ``total_user`` donors."""

    __slots__ = ()
    webcast_method = "WebcastDonationInfoMessage"
    proto_type = pb.WebcastDonationInfoMessage


class EcBarrageEvent(MessageEvent):
    """A shopping banner across the chat (``content``, ``duration``)."""

    __slots__ = ()
    webcast_method = "WebcastEcBarrageMessage"
    proto_type = pb.WebcastEcBarrageMessage


class EnvelopePortalEvent(MessageEvent):
    """A treasure chest in another room to jump to: ``portal_info``, ``trans_target``."""

    __slots__ = ()
    webcast_method = "WebcastEnvelopePortalMessage"
    proto_type = pb.WebcastEnvelopePortalMessage


class FansEventEvent(MessageEvent):
    """A fan club event of ``user`` (``event_type``)."""

    __slots__ = ()
    webcast_method = "WebcastFansEventMessage"
    proto_type = pb.WebcastFansEventMessage


class FollowCardEvent(MessageEvent):
    """A card asking viewers to follow the creator (``follow_card_id``)."""

    __slots__ = ()
    webcast_method = "WebcastFollowCardMessage"
    proto_type = pb.WebcastFollowCardMessage


class GameOCRPingEvent(MessageEvent):
    """What TikTok recognised on a game stream (``is_game``, ``game_fusion_label``, ``confidence``)."""

    __slots__ = ()
    webcast_method = "WebcastGameOCRPingMessage"
    proto_type = pb.WebcastGameOCRPingMessage


class GiftCollectionUpdateEvent(MessageEvent):
    """Gift collection progress: ``gift_collection.gift``, ``.round``."""

    __slots__ = ()
    webcast_method = "WebcastGiftCollectionUpdateMessage"
    proto_type = pb.WebcastGiftCollectionUpdateMessage


class GiftGuideEvent(MessageEvent):
    """A gift suggestion for viewers (``gift_id``, ``content``, ``display_seconds``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftGuideMessage"
    proto_type = pb.WebcastGiftGuideMessage


class GiftNoticeEvent(MessageEvent):
    """A gift notice (its text is ``common.display_text``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftNoticeMessage"
    proto_type = pb.WebcastGiftNoticeMessage


class GiftUnlockEvent(MessageEvent):
    """Gifts were unlocked in the room: ``gifts``, ``bubble_text``."""

    __slots__ = ()
    webcast_method = "WebcastGiftUnlockMessage"
    proto_type = pb.WebcastGiftUnlockMessage

    @property
    def unlocked(self) -> List[GiftInfo]:
        """The unlocked gifts, each with ``name``, ``id``, price and image."""
        return [GiftInfo(gift) for gift in self._message.gifts]  # type: ignore[attr-defined]


class GiftUpdateEvent(MessageEvent):
    """The room's gift list changed (``update_type``); fetch it again to see the change."""

    __slots__ = ()
    webcast_method = "WebcastGiftUpdateMessage"
    proto_type = pb.WebcastGiftUpdateMessage


class GoodyBagEvent(MessageEvent):
    """A goody bag (coin giveaway): ``base_info``, and ``winners`` once it is opened."""

    __slots__ = ()
    webcast_method = "WebcastGoodyBagMessage"
    proto_type = pb.WebcastGoodyBagMessage


class GreetingEvent(MessageEvent):
    """A greeting prompt for a new viewer (its text is ``common.display_text``)."""

    __slots__ = ()
    webcast_method = "WebcastGreetingMessage"
    proto_type = pb.WebcastGreetingMessage


class HashtagEvent(MessageEvent):
    """The live's hashtag (topic) was set: ``hashtag.title``, ``hashtag.id``."""

    __slots__ = ()
    webcast_method = "WebcastHashtagMessage"
    proto_type = pb.WebcastHashtagMessage


class KaraokeQueueEvent(MessageEvent):
    """The karaoke song queue changed (``type``)."""

    __slots__ = ()
    webcast_method = "WebcastKaraokeQueueMessage"
    proto_type = pb.WebcastKaraokeQueueMessage


class KaraokeReqEvent(MessageEvent):
    """Karaoke song requests: ``total_req_count``."""

    __slots__ = ()
    webcast_method = "WebcastKaraokeReqMessage"
    proto_type = pb.WebcastKaraokeReqMessage


class KaraokeSwitchEvent(MessageEvent):
    """Karaoke was switched on or off (``type``, ``status``)."""

    __slots__ = ()
    webcast_method = "WebcastKaraokeSwitchMessage"
    proto_type = pb.WebcastKaraokeSwitchMessage


class LinkMicAdEvent(MessageEvent):
    """An ad shown during a co-host or multi-guest session (``message_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicAdMessage"
    proto_type = pb.WebcastLinkMicAdMessage


class LinkMicAnchorGuideEvent(MessageEvent):
    """A suggestion to co-host with ``user`` (``guide_content``, ``button_content``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicAnchorGuideMessage"
    proto_type = pb.WebcastLinkMicAnchorGuideMessage


class LinkmicAudienceNoticeEvent(MessageEvent):
    """A notice inviting viewers to join as guests (``notice_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkmicAudienceNoticeMessage"
    proto_type = pb.WebcastLinkmicAudienceNoticeMessage


class LinkmicBattleNoticeEvent(MessageEvent):
    """A battle notice or hint for the creator or viewers (``notice_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkmicBattleNoticeMessage"
    proto_type = pb.WebcastLinkmicBattleNoticeMessage


class LinkMicBattleVictoryLapEvent(MessageEvent):
    """The victory lap after a battle (``battle_id``, ``play_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattleVictoryLap"
    proto_type = pb.WebcastLinkMicBattleVictoryLap


class LinkScreenChangeEvent(MessageEvent):
    """A guest's screen was enlarged or restored in a multi-guest live (``message_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkScreenChangeMessage"
    proto_type = pb.WebcastLinkScreenChangeMessage


class LiveShowEvent(MessageEvent):
    """A scheduled LIVE show started or changed (``message_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLiveShowMessage"
    proto_type = pb.WebcastLiveShowMessage


class OChannelAnchorEvent(MessageEvent):
    """An official channel's creator slot (``start_time_stamp``, ``end_time_stamp``, ``role_type``)."""

    __slots__ = ()
    webcast_method = "WebcastOChannelAnchorMessage"
    proto_type = pb.WebcastOChannelAnchorMessage


class OChannelModifyEvent(MessageEvent):
    """An official channel's schedule changed (``end_time_stamp``, ``channel_uid``)."""

    __slots__ = ()
    webcast_method = "WebcastOChannelModifyMessage"
    proto_type = pb.WebcastOChannelModifyMessage


class OChannelUserEvent(MessageEvent):
    """Official-channel timing for viewers (``start_time_stamp``, ``max_enter_time``)."""

    __slots__ = ()
    webcast_method = "WebcastOChannelUserMessage"
    proto_type = pb.WebcastOChannelUserMessage


class PaidContentLiveShoppingEvent(MessageEvent):
    """Paid LIVE content on sale changed (``action_type``, ``live_series_number``)."""

    __slots__ = ()
    webcast_method = "WebcastPaidContentLiveShoppingMessage"
    proto_type = pb.WebcastPaidContentLiveShoppingMessage


class PartnershipCardChangeEvent(MessageEvent):
    """A partnership task card changed (``task_id``, ``change_mode``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipCardChangeMessage"
    proto_type = pb.WebcastPartnershipCardChangeMessage


class PartnershipDownloadCountEvent(MessageEvent):
    """A partnership game's download count (``game_id``, ``downloaded_count``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipDownloadCountMessage"
    proto_type = pb.WebcastPartnershipDownloadCountMessage


class PartnershipTaskShowEvent(MessageEvent):
    """A partnership task was shown or hidden (``task_id``, ``has_show_task``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipTaskShowMessage"
    proto_type = pb.WebcastPartnershipTaskShowMessage


class PortalEvent(MessageEvent):
    """A portal to another room (``portal_id``, ``room_id``, ``payload_type``)."""

    __slots__ = ()
    webcast_method = "WebcastPortalMessage"
    proto_type = pb.WebcastPortalMessage


class QuestionSelectedEvent(MessageEvent):
    """The creator picked a Q&A question to answer: ``question.content`` by ``question.user``."""

    __slots__ = ()
    webcast_method = "WebcastQuestionSelectedMessage"
    proto_type = pb.WebcastQuestionSelectedMessage


class QuestionSlideDownEvent(MessageEvent):
    """The question being answered was put away (``question_id``)."""

    __slots__ = ()
    webcast_method = "WebcastQuestionSlideDownMessage"
    proto_type = pb.WebcastQuestionSlideDownMessage


class QuestionSwitchEvent(MessageEvent):
    """Q&A was turned on or off (``on``)."""

    __slots__ = ()
    webcast_method = "WebcastQuestionSwitchMessage"
    proto_type = pb.WebcastQuestionSwitchMessage


class QuickChatListEvent(MessageEvent):
    """Suggested quick chat phrases were updated (``scene``, ``duration``)."""

    __slots__ = ()
    webcast_method = "WebcastQuickChatListMessage"
    proto_type = pb.WebcastQuickChatListMessage


class RankToastEvent(MessageEvent):
    """A ranking toast for a user (``toast.user_id``, ``toast.should_toast``)."""

    __slots__ = ()
    webcast_method = "WebcastRankToastMessage"
    proto_type = pb.WebcastRankToastMessage


class RealtimeLiveCenterEvent(MessageEvent):
    """Live-center statistics for the creator's dashboard (``room_id``)."""

    __slots__ = ()
    webcast_method = "WebcastRealtimeLiveCenterMethod"
    proto_type = pb.WebcastRealtimeLiveCenterMethod


class StarCommentNotificationEvent(MessageEvent):
    """A starred comment was added or removed by ``operator`` (``star_comment_action``, ``msg_id``)."""

    __slots__ = ()
    webcast_method = "WebcastStarCommentNotificationMessage"
    proto_type = pb.WebcastStarCommentNotificationMessage


class StarCommentPushEvent(MessageEvent):
    """The queue of starred comments changed (``queue_version``)."""

    __slots__ = ()
    webcast_method = "WebcastStarCommentPushMessage"
    proto_type = pb.WebcastStarCommentPushMessage


class SubscriptionGuideEvent(MessageEvent):
    """A prompt to subscribe to the creator (``description``, ``button_name``)."""

    __slots__ = ()
    webcast_method = "WebcastSubscriptionGuideMessage"
    proto_type = pb.WebcastSubscriptionGuideMessage


class SubTimerStickerEvent(MessageEvent):
    """The subscription timer sticker changed: ``sticker.remaining_time``, ``.total_time``..."""

    __slots__ = ()
    webcast_method = "WebcastSubTimerStickerMessage"
    proto_type = pb.WebcastSubTimerStickerMessage


class SubWaveEvent(MessageEvent):
    """A subscription wave: ``sub_wave.info.wave_sub_count`` of ``.wave_target_sub_count``,
    the newest subscriber in ``sub_wave.new_subscriber``."""

    __slots__ = ()
    webcast_method = "WebcastSubWaveMessage"
    proto_type = pb.WebcastSubWaveMessage


class UserStatsEvent(MessageEvent):
    """A user statistics notice (``content``, ``user_id``, ``action_type``)."""

    __slots__ = ()
    webcast_method = "WebcastUserStatsMessage"
    proto_type = pb.WebcastUserStatsMessage


class VideoLiveGoodsRcmdEvent(MessageEvent):
    """A product recommended in the live (``rcmd_goods_id``)."""

    __slots__ = ()
    webcast_method = "WebcastVideoLiveGoodsRcmdMessage"
    proto_type = pb.WebcastVideoLiveGoodsRcmdMessage


class WeeklyRankRewardEvent(MessageEvent):
    """A weekly ranking reward for ``user_id`` (``border_info``, ``notify``)."""

    __slots__ = ()
    webcast_method = "WebcastWeeklyRankRewardMessage"
    proto_type = pb.WebcastWeeklyRankRewardMessage


class AlertBoxAuditResultEvent(MessageEvent):
    """The audit result of the creator's alert box media: ``image_list``, ``text_list``,
    ``audio_list`` (each item's ``content`` and ``audit_status``), ``scene``."""

    __slots__ = ()
    webcast_method = "WebcastAlertBoxAuditResultMessage"
    proto_type = pb.WebcastAlertBoxAuditResultMessage


class BindingGiftEvent(MessageEvent):
    """A gift bound to another message: ``gift_message`` is the whole gift (as in
    :class:`GiftEvent`); its header is in ``common``."""

    __slots__ = ()
    webcast_method = "WebcastBindingGiftMessage"
    proto_type = pb.WebcastBindingGiftMessage


class NotifyEvent(MessageEvent):
    """A notice in the room: ``content``, ``user``, ``notify_type``, ``extra.content_list``."""

    __slots__ = ()
    webcast_method = "WebcastNotifyMessage"
    proto_type = pb.WebcastNotifyMessage


class SubCapsuleEvent(MessageEvent):
    """A subscription prompt: ``description`` and ``button_name`` (Text), ``button_url``."""

    __slots__ = ()
    webcast_method = "WebcastSubCapsuleMessage"
    proto_type = pb.WebcastSubCapsuleMessage


class RoomStickerEvent(MessageEvent):
    """The room's stickers changed (only the ``common`` header is declared; the rest is in
    ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastRoomStickerMessage"
    proto_type = pb.WebcastRoomStickerMessage


class PictionaryStartEvent(MessageEvent):
    """A drawing-guess game started (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryStartMessage"
    proto_type = pb.WebcastPictionaryStartMessage


class PictionaryUpdateEvent(MessageEvent):
    """A drawing-guess game changed (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryUpdateMessage"
    proto_type = pb.WebcastPictionaryUpdateMessage


class PictionaryEndEvent(MessageEvent):
    """A drawing-guess game ended (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryEndMessage"
    proto_type = pb.WebcastPictionaryEndMessage


class PictionaryExitEvent(MessageEvent):
    """A drawing-guess game was left (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryExitMessage"
    proto_type = pb.WebcastPictionaryExitMessage


class QuestionDeleteEvent(MessageEvent):
    """A Q&A question was deleted (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastQuestionDeleteMessage"
    proto_type = pb.WebcastQuestionDeleteMessage


class DonationStickerModifyEvent(MessageEvent):
    """A donation sticker changed (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastDonationStickerModifyMessage"
    proto_type = pb.WebcastDonationStickerModifyMessage


class InRoomBannerRefreshEvent(MessageEvent):
    """The room's banner should be refreshed (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastInRoomBannerRefreshMessage"
    proto_type = pb.WebcastInRoomBannerRefreshMessage


class EcTaskRegisterEvent(MessageEvent):
    """A shopping task was registered (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastEcTaskRegisterMessage"
    proto_type = pb.WebcastEcTaskRegisterMessage


class EcShortItemRefreshEvent(MessageEvent):
    """A shopping item should be refreshed (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastEcShortItemRefreshMessage"
    proto_type = pb.WebcastEcShortItemRefreshMessage


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


#: TikTokLive's name of :class:`MsgDetectEvent`.
MessageDetectEvent = MsgDetectEvent

#: The message event class for each webcast ``method`` (derived classes are not listed).
EVENT_TYPES: Dict[str, Type[MessageEvent]] = {
    cls.webcast_method: cls
    for cls in MessageEvent.__subclasses__()  # direct subclasses: one per message type
}


#: Real traffic names some methods without the ``Webcast`` prefix (``RoomMessage`` next to
#: ``WebcastRoomMessage``); both name the same message type.
_UNPREFIXED: Dict[str, str] = {method[len("Webcast") :]: method for method in EVENT_TYPES}


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


# The streak event is the client's own, made in streaks.py; TikTokLive users find it here.
