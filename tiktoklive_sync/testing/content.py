"""What the local TikTok says: users, the gift catalogue and webcast message builders.

Builders fill what TikTok fills (a user's handle, nickname, ids and avatar; a gift's name,
price and image from the catalogue; a message's common header), so a bot tested against
:class:`~tiktoklive_sync.testing.FakeLiveServer` sees messages shaped like real ones.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import threading
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple, Union

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from ..proto import is_repeated
from ..proto import webcast_pb2 as pb

__all__ = ["GIFTS", "CatalogueGift", "MessageFactory", "make_user"]

CDN = "https://p16-webcast.tiktokcdn.com"

UserLike = Union[str, pb.User]


@dataclass(frozen=True)
class CatalogueGift:
    """One gift of the catalogue: TikTok's id, name, price in diamonds, streakable or not."""

    id: int
    name: str
    diamond_count: int
    streakable: bool

    @property
    def image_url(self) -> str:
        """The gift's image URL, as TikTok's CDN serves it."""
        return f"{CDN}/img/maliva/webcast-va/gift_{self.id}.png~tplv-obj.webp"

    def to_proto(self) -> pb.Gift:
        """The gift as a gift message carries it."""
        uri = f"webcast-va/gift_{self.id}"
        image = pb.ImageModel(url_list=[self.image_url], uri=uri, width=100, height=100)
        return pb.Gift(
            id=self.id,
            name=self.name,
            diamond_count=self.diamond_count,
            type=1 if self.streakable else 2,
            combo=self.streakable,
            image=image,
            icon=image,
            describe=f"sent {self.name}",
            is_displayed_on_panel=True,
        )

    def to_json(self) -> Dict[str, object]:
        """The gift as the gift list call describes it."""
        return {
            "id": self.id,
            "name": self.name,
            "diamond_count": self.diamond_count,
            "type": 1 if self.streakable else 2,
            "combo": self.streakable,
            "image": {"url_list": [self.image_url], "uri": f"webcast-va/gift_{self.id}"},
        }


#: A small catalogue of real TikTok gifts (ids, names and prices as TikTok lists them).
GIFTS: Dict[int, CatalogueGift] = {
    gift.id: gift
    for gift in (
        CatalogueGift(5655, "Rose", 1, True),
        CatalogueGift(5269, "TikTok", 1, True),
        CatalogueGift(5487, "Finger Heart", 5, True),
        CatalogueGift(5658, "Perfume", 20, True),
        CatalogueGift(5879, "Doughnut", 30, True),
        CatalogueGift(6064, "GG", 1, True),
        CatalogueGift(11046, "Galaxy", 1000, False),
        CatalogueGift(6369, "Lion", 29999, False),
        CatalogueGift(7168, "Universe", 34999, False),
    )
}


def make_user(
    handle: str,
    *,
    follower_count: int = 0,
    moderator: bool = False,
    subscriber: bool = False,
    friend: bool = False,
    gifter_level: Optional[int] = None,
    fan_club_level: Optional[int] = None,
) -> pb.User:
    """A user as TikTok sends one: stable ids derived from the handle, nickname, avatar and
    the badges TikTok shows (gifter level and fan club level, derived from the handle unless
    given; moderator and subscriber badges on request)."""
    digest = hashlib.sha256(handle.encode("utf-8")).digest()
    gifter = digest[20] % 30 + 1 if gifter_level is None else gifter_level
    fans = digest[21] % 12 if fan_club_level is None else fan_club_level
    user_id = 6_800_000_000_000_000_000 + int.from_bytes(digest[:7], "big") % 10**18
    avatar = pb.ImageModel(
        url_list=[f"{CDN}/tos-maliva-avt-0068/{digest[:8].hex()}~tplv-tiktokx-cropcenter:100:100.webp"],
        uri=f"tos-maliva-avt-0068/{digest[:8].hex()}",
        width=100,
        height=100,
    )
    user = pb.User(
        id=user_id,
        id_str=str(user_id),
        short_id=0,
        nickname=handle.replace("_", " ").replace(".", " ").strip().title() or handle,
        display_id=handle,
        sec_uid="MS4wLjABAAAA" + digest[8:30].hex(),
        avatar_thumb=avatar,
        avatar_medium=avatar,
        follow_info=pb.FollowInfo(
            follower_count=follower_count,
            following_count=int(digest[30]) * 3,
            follow_status=2 if friend else 1,
        ),
        pay_grade=pb.UserHonor(level=gifter, name=f"Level {gifter}"),
        user_attr=pb.UserAttr(is_admin=moderator),
        subscribe_info=pb.SubscribeInfo(is_subscribe=subscriber),
        badge_list=_badges(digest, gifter, fans, moderator, subscriber),
    )
    if fans:
        user.fans_club.data.CopyFrom(pb.FansClubData(club_name=f"{handle[:6]} fam", level=fans))
    return user


def _badges(digest: bytes, gifter: int, fans: int, moderator: bool, subscriber: bool) -> List[pb.BadgeStruct]:
    def badge(scene: int, level: int, text: str) -> pb.BadgeStruct:
        icon = pb.ImageModel(
            url_list=[f"{CDN}/badge/scene{scene}_lv{level}.png"], uri=f"badge/{scene}/{level}"
        )
        return pb.BadgeStruct(
            display_type=1,
            scene_type=scene,
            display=True,
            privilege_log_extra=pb.PrivilegeLogExtra(
                level=str(level), privilege_id=str(digest[22] * 1000 + scene)
            ),
            combine=pb.CombineBadge(icon=icon, str=text),
        )

    badges = [badge(8, gifter, str(gifter))]
    if fans:
        badges.append(badge(10, fans, f"fan {fans}"))
    if moderator:
        badges.append(badge(1, 0, "Moderator"))
    if subscriber:
        badges.append(badge(4, digest[23] % 24 + 1, "Subscriber"))
    return badges


class MessageFactory:
    """Builds webcast messages for one room, with unique msg ids and TikTok's common header."""

    def __init__(self, room_id: int) -> None:
        self.room_id = room_id
        self._ids = itertools.count(7_400_000_000_000_000_000)
        self._group_ids = itertools.count(int(time.time() * 1000) * 1000)
        #: The group id of each streak still open, by (user id, gift id).
        self._open_streaks: Dict[Tuple[int, int], int] = {}
        self._lock = threading.Lock()

    def _common(self, method: str, display_key: str = "") -> pb.CommonMessageData:
        with self._lock:
            msg_id = next(self._ids)
        common = pb.CommonMessageData(
            method=method, msg_id=msg_id, room_id=self.room_id, create_time=int(time.time() * 1000)
        )
        if display_key:
            common.display_text.key = display_key
        return common

    @staticmethod
    def user(user: UserLike) -> pb.User:
        """A user from a handle (see ``make_user``) or the user itself."""
        return make_user(user) if isinstance(user, str) else user

    def chat(self, user: UserLike, content: str) -> pb.WebcastChatMessage:
        """A chat message."""
        return pb.WebcastChatMessage(
            common=self._common("WebcastChatMessage"),
            user=self.user(user),
            content=content,
            content_language="en",
        )

    def gift(
        self,
        user: UserLike,
        gift_id: int,
        *,
        repeat_count: int = 1,
        repeat_end: Optional[int] = None,
        group_id: int = 0,
        to_user: Optional[UserLike] = None,
    ) -> pb.WebcastGiftMessage:
        """A gift message. ``repeat_end`` defaults to 1 (a finished send).

        ``group_id`` names the streak a tap belongs to, as TikTok's does. Left at 0, the same
        user sending the same gift continues their open streak (one whose last message had
        ``repeat_end=0``), and starts a new one otherwise; pass a ``group_id`` to run two
        streaks of one user and gift side by side.
        """
        sender = self.user(user)
        end = 1 if repeat_end is None else repeat_end
        with self._lock:
            key = (sender.id, gift_id)
            if not group_id:
                group_id = self._open_streaks.get(key) or next(self._group_ids)
            if end:
                self._open_streaks.pop(key, None)
            else:
                self._open_streaks[key] = group_id
        catalogue = GIFTS.get(gift_id)
        gift = catalogue.to_proto() if catalogue else pb.Gift(id=gift_id, name=f"Gift {gift_id}", type=2)
        message = pb.WebcastGiftMessage(
            common=self._common("WebcastGiftMessage", "webcast_gift_send"),
            gift_id=gift_id,
            repeat_count=repeat_count,
            combo_count=repeat_count,
            group_count=1,
            repeat_end=end,
            group_id=group_id,
            user=sender,
            gift=gift,
            send_type=1,
        )
        if to_user is not None:
            message.to_user.CopyFrom(self.user(to_user))
        return message

    def like(self, user: UserLike, count: int, total: int) -> pb.WebcastLikeMessage:
        """A like message: ``count`` now, ``total`` for the live."""
        return pb.WebcastLikeMessage(
            common=self._common("WebcastLikeMessage", "pm_mt_msg_viewer"),
            user=self.user(user),
            count=count,
            total=total,
        )

    def join(self, user: UserLike, member_count: int) -> pb.WebcastMemberMessage:
        """A viewer-joined message."""
        return pb.WebcastMemberMessage(
            common=self._common("WebcastMemberMessage", "live_room_enter_toast"),
            user=self.user(user),
            member_count=member_count,
            action=1,
        )

    def social(self, user: UserLike, kind: str, count: int) -> pb.WebcastSocialMessage:
        """A follow (``kind="follow"``) or share (``kind="share"``) message."""
        if kind == "follow":
            key, action = "pm_main_follow_message_viewer_2", 1
        elif kind == "share":
            key, action = "pm_mt_guidance_share", 3
        else:
            raise ValueError(f"kind must be 'follow' or 'share', not {kind!r}")
        message = pb.WebcastSocialMessage(
            common=self._common("WebcastSocialMessage", key), user=self.user(user), action=action
        )
        if kind == "follow":
            message.follow_count = count
        else:
            message.share_count = count
            message.share_type = 1
        return message

    def viewers(self, total: int, total_user: int) -> pb.WebcastRoomUserSeqMessage:
        """A viewer-count message."""
        return pb.WebcastRoomUserSeqMessage(
            common=self._common("WebcastRoomUserSeqMessage"),
            total=total,
            total_user=total_user,
            popularity=total,
        )

    def control(self, action: int) -> pb.WebcastControlMessage:
        """A control message (1 paused, 2 unpaused, 3 ended, 4 ended by TikTok)."""
        return pb.WebcastControlMessage(common=self._common("WebcastControlMessage"), action=action)

    def sample(self, method: str, seed: Optional[int] = None, **fields: Any) -> Message:
        """A realistic message of any type TikTok sends, e.g. ``sample("WebcastPollMessage")``.

        Every declared field is filled the way TikTok fills it: users with handles, ids and
        avatars, gifts from the catalogue, images with CDN URLs, texts with a pattern and the
        user in their pieces, plausible numbers and strings. ``fields`` set top-level fields
        (after filling), e.g. ``sample("WebcastControlMessage", action=3)``.
        """
        message_type = getattr(pb, method, None)
        if message_type is None or not method.startswith("Webcast"):
            raise ValueError(f"no webcast message type named {method!r}")
        message: Message = message_type()
        _Filler(self, random.Random(seed)).fill(message, depth=0)
        message.common.CopyFrom(self._common(method))  # type: ignore[attr-defined]
        for name, value in fields.items():
            target = getattr(message, name)
            if isinstance(value, Message):
                target.CopyFrom(value)
            else:
                setattr(message, name, value)
        return message


_WORDS = ("sunset", "guitar", "coffee", "lisbon", "pixel", "rocket", "maple", "ocean", "neon", "tiger")
_SENTENCES = (
    "Thanks for the support everyone!",
    "Who is ready for the next round?",
    "Top gifters get a shout-out",
    "Vote for the next song",
    "Welcome to the stream!",
)
_MAX_DEPTH = 3
#: Field names that say a URL is an image's.
_IMAGE_WORDS = ("image", "icon", "avatar", "cover", "background", "thumb", "pic", "img")


class _Filler:
    """Fills any webcast message the way TikTok fills it (see MessageFactory.sample)."""

    def __init__(self, factory: MessageFactory, rng: random.Random) -> None:
        self.factory = factory
        self.rng = rng

    def fill(self, message: Message, depth: int) -> None:
        for field in message.DESCRIPTOR.fields:
            if is_repeated(field) and not _is_map(field):
                for _ in range(2 if depth < _MAX_DEPTH else 0):
                    self._add(message, field, depth)
            elif _is_map(field):
                self._fill_map(message, field, depth)
            elif field.type == FieldDescriptor.TYPE_MESSAGE:
                if depth < _MAX_DEPTH:
                    self._fill_message(getattr(message, field.name), field.message_type, depth + 1)
            else:
                setattr(message, field.name, self._scalar(field))

    def _add(self, message: Message, field: Any, depth: int) -> None:
        container = getattr(message, field.name)
        if field.type == FieldDescriptor.TYPE_MESSAGE:
            self._fill_message(container.add(), field.message_type, depth + 1)
        else:
            container.append(self._scalar(field))

    def _fill_map(self, message: Message, field: Any, depth: int) -> None:
        key_field, value_field = (
            field.message_type.fields_by_name["key"],
            field.message_type.fields_by_name["value"],
        )
        container = getattr(message, field.name)
        for _ in range(2 if depth < _MAX_DEPTH else 0):
            key = self._scalar(key_field)
            if value_field.type == FieldDescriptor.TYPE_MESSAGE:
                self._fill_message(container[key], value_field.message_type, depth + 1)
            else:
                container[key] = self._scalar(value_field)

    def _fill_message(self, target: Message, descriptor: Any, depth: int) -> None:
        name = descriptor.name
        if name == "User":
            target.CopyFrom(make_user(self.rng.choice(_HANDLES), follower_count=self.rng.randrange(10_000)))
        elif name == "Gift":
            target.CopyFrom(self.rng.choice(list(GIFTS.values())).to_proto())
        elif name == "ImageModel":
            token = f"{self.rng.getrandbits(48):012x}"
            target.CopyFrom(
                pb.ImageModel(
                    url_list=[f"{CDN}/img/{token}~tplv-obj.webp"], uri=f"img/{token}", width=100, height=100
                )
            )
        elif name == "Text":
            user = make_user(self.rng.choice(_HANDLES))
            text = pb.Text(key="pm_mt_live_notice", default_pattern="{0:user} " + self.rng.choice(_SENTENCES))
            text.pieces.add(type=11, user_value=pb.TextPieceUser(user=user, with_colon=False))
            target.CopyFrom(text)
        elif name == "CommonMessageData":
            target.CopyFrom(self.factory._common("WebcastSystemMessage"))
        else:
            self.fill(target, depth)

    def _scalar(self, field: Any) -> Any:
        name = field.name
        if field.type == FieldDescriptor.TYPE_BOOL:
            return self.rng.random() < 0.5
        if field.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
            return round(self.rng.uniform(0, 100), 2)
        if field.type == FieldDescriptor.TYPE_BYTES:
            return self.rng.randbytes(8) if hasattr(self.rng, "randbytes") else bytes(8)
        if field.type == FieldDescriptor.TYPE_STRING:
            return self._string(name)
        is_id = name.endswith(("_id", "_uid")) or name == "id"
        if field.type in (FieldDescriptor.TYPE_INT32, FieldDescriptor.TYPE_UINT32):
            return self.rng.randrange(10**6, 2**31 - 1) if is_id else self.rng.randrange(1, 6)
        if is_id:
            return self.rng.randrange(10**17, 10**18)
        if name.endswith(("time", "_ms", "timestamp")):
            return int(time.time() * 1000) - self.rng.randrange(60_000)
        return self.rng.randrange(1, 5_000)

    def _string(self, name: str) -> str:
        if name.endswith("_str") or name.endswith("_id"):
            return str(self.rng.randrange(10**17, 10**18))
        if "schema" in name or name.endswith("scheme"):
            return f"sslocal://webcast_lynxview?room_id={self.factory.room_id}&page={self.rng.choice(_WORDS)}"
        if "url" in name:
            word = self.rng.choice(_WORDS)
            if any(kind in name for kind in _IMAGE_WORDS):
                return f"{CDN}/img/{word}-{self.rng.getrandbits(32):08x}~tplv-obj.webp"
            return f"{CDN}/page/{word}.html"
        if name in ("content", "title", "description", "desc", "message", "body", "display_content", "tips"):
            return self.rng.choice(_SENTENCES)
        if name in ("lang", "content_language", "language"):
            return self.rng.choice(("en", "pt", "es", "de"))
        if "nick" in name or name == "display_id":
            return self.rng.choice(_HANDLES)
        return self.rng.choice(_WORDS)


_HANDLES = ("luna.moon", "pixel_pete", "sunny_side", "the_real_kai", "mia.draws", "orbit_ollie", "dj_nova")


def _is_map(field: Any) -> bool:
    return bool(
        field.type == FieldDescriptor.TYPE_MESSAGE
        and field.message_type.has_options
        and field.message_type.GetOptions().map_entry
    )
