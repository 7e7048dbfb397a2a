"""What the local TikTok says: users, the gift catalogue and webcast message builders.

Builders fill what TikTok fills (a user's handle, nickname, ids and avatar; a gift's name,
price and image from the catalogue; a message's common header), so a bot tested against
:class:`~tiktoklive_sync.testing.FakeLiveServer` sees messages shaped like real ones.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
import time
from dataclasses import dataclass
from typing import Dict, Optional, Union

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
        return f"{CDN}/img/maliva/webcast-va/gift_{self.id}.png~tplv-obj.webp"

    def to_proto(self) -> pb.Gift:
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


def make_user(handle: str, *, follower_count: int = 0) -> pb.User:
    """A user as TikTok sends one: stable ids derived from the handle, nickname, avatar."""
    digest = hashlib.sha256(handle.encode("utf-8")).digest()
    user_id = 6_800_000_000_000_000_000 + int.from_bytes(digest[:7], "big") % 10**18
    avatar = pb.ImageModel(
        url_list=[f"{CDN}/tos-maliva-avt-0068/{digest[:8].hex()}~tplv-tiktokx-cropcenter:100:100.webp"],
        uri=f"tos-maliva-avt-0068/{digest[:8].hex()}",
        width=100,
        height=100,
    )
    return pb.User(
        id=user_id,
        id_str=str(user_id),
        short_id=0,
        nickname=handle.replace("_", " ").replace(".", " ").strip().title() or handle,
        display_id=handle,
        sec_uid="MS4wLjABAAAA" + digest[8:30].hex(),
        avatar_thumb=avatar,
        avatar_medium=avatar,
        follow_info=pb.FollowInfo(follower_count=follower_count, following_count=int(digest[30]) * 3),
    )


class MessageFactory:
    """Builds webcast messages for one room, with unique msg ids and TikTok's common header."""

    def __init__(self, room_id: int) -> None:
        self.room_id = room_id
        self._ids = itertools.count(7_400_000_000_000_000_000)
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
        return make_user(user) if isinstance(user, str) else user

    def chat(self, user: UserLike, content: str) -> pb.WebcastChatMessage:
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
        """A gift message. ``repeat_end`` defaults to 1 (a finished send)."""
        catalogue = GIFTS.get(gift_id)
        gift = catalogue.to_proto() if catalogue else pb.Gift(id=gift_id, name=f"Gift {gift_id}", type=2)
        message = pb.WebcastGiftMessage(
            common=self._common("WebcastGiftMessage", "webcast_gift_send"),
            gift_id=gift_id,
            repeat_count=repeat_count,
            combo_count=repeat_count,
            group_count=1,
            repeat_end=1 if repeat_end is None else repeat_end,
            group_id=group_id or int(time.time() * 1000),
            user=self.user(user),
            gift=gift,
            send_type=1,
        )
        if to_user is not None:
            message.to_user.CopyFrom(self.user(to_user))
        return message

    def like(self, user: UserLike, count: int, total: int) -> pb.WebcastLikeMessage:
        return pb.WebcastLikeMessage(
            common=self._common("WebcastLikeMessage", "pm_mt_msg_viewer"),
            user=self.user(user),
            count=count,
            total=total,
        )

    def join(self, user: UserLike, member_count: int) -> pb.WebcastMemberMessage:
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
        return pb.WebcastRoomUserSeqMessage(
            common=self._common("WebcastRoomUserSeqMessage"),
            total=total,
            total_user=total_user,
            popularity=total,
        )

    def control(self, action: int) -> pb.WebcastControlMessage:
        return pb.WebcastControlMessage(common=self._common("WebcastControlMessage"), action=action)
