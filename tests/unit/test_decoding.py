"""Decoding: the schema against independently encoded bytes, and bad input over the wire."""

from __future__ import annotations

import gzip
import json

import pytest
from google.protobuf.message import DecodeError
from wire import field, message

from tiktoklive_sync._transport.frames import FrameError, decode_fetch_result, gunzip_capped
from tiktoklive_sync.events import (
    CommentEvent,
    ControlEvent,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SocialEvent,
    UnknownEvent,
    events_from_message,
)
from tiktoklive_sync.proto import webcast_pb2 as pb

USER = message(
    field(1, 6812345678901234567),
    field(3, "Nick Name"),
    field(9, message(field(1, "https://cdn.example/avatar.webp"), field(2, "avatar-uri"))),
    field(22, message(field(1, 12), field(2, 3400))),
    field(38, "the_handle"),
    field(46, "MS4wLjABAAAA-sec"),
    field(1028, "6812345678901234567"),
)


def common(method: str, msg_id: int = 7400000000000000001, key: str = "") -> bytes:
    parts = [field(1, method), field(2, msg_id), field(3, 7300000000000000123), field(4, 1764070000000)]
    if key:
        parts.append(field(8, message(field(1, key), field(2, "{0:user} did it"))))
    return field(1, message(*parts))


def test_user_fields():
    (event,) = events_from_message(
        "WebcastChatMessage", message(common("WebcastChatMessage"), field(2, USER), field(3, "hi"))
    )
    user = event.user
    assert (user.id, user.nickname, user.unique_id) == (6812345678901234567, "Nick Name", "the_handle")
    assert user.sec_uid == "MS4wLjABAAAA-sec"
    assert user.id_str == "6812345678901234567"
    assert user.avatar_url == "https://cdn.example/avatar.webp"
    assert user.follower_count == 3400


def test_chat():
    payload = message(
        common("WebcastChatMessage", 42),
        field(2, USER),
        field(3, "héllo 👋"),
        field(12, message(field(38, "mentioned"))),
        field(14, "en"),
    )
    (event,) = events_from_message("WebcastChatMessage", payload)
    assert isinstance(event, CommentEvent)
    assert event.comment == event.content == "héllo 👋"
    assert event.common.msg_id == 42
    assert event.common.room_id == 7300000000000000123
    assert event.at_user.unique_id == "mentioned"
    assert event.content_language == "en"
    assert event.raw == payload


@pytest.mark.parametrize(
    ("gift_type", "repeat_end", "streaking"), [(1, 0, True), (1, 1, False), (2, 0, False)]
)
def test_gift(gift_type, repeat_end, streaking):
    gift = message(
        field(1, message(field(1, "https://cdn.example/rose.png"))),
        field(5, 5655),
        field(11, gift_type),
        field(12, 1),
        field(16, "Rose"),
    )
    payload = message(
        common("WebcastGiftMessage"),
        field(2, 5655),
        field(5, 7),
        field(6, 7),
        field(7, USER),
        field(9, repeat_end),
        field(11, 1764070000123),
        field(15, gift),
    )
    (event,) = events_from_message("WebcastGiftMessage", payload)
    assert isinstance(event, GiftEvent)
    assert (event.gift_id, event.repeat_count, event.combo_count) == (5655, 7, 7)
    assert (event.gift.id, event.gift.name, event.gift.diamond_count) == (5655, "Rose", 1)
    assert event.gift.image_url == "https://cdn.example/rose.png"
    assert event.gift.streakable is (gift_type == 1)
    assert event.repeat_end == repeat_end
    assert event.streaking is streaking
    assert event.group_id == 1764070000123
    assert event.user.unique_id == "the_handle"
    assert event.value == 7


def test_like_member_room_user_seq():
    like = message(common("WebcastLikeMessage"), field(2, 15), field(3, 12345), field(5, USER))
    (event,) = events_from_message("WebcastLikeMessage", like)
    assert isinstance(event, LikeEvent)
    assert (event.count, event.total, event.user.unique_id) == (15, 12345, "the_handle")

    member = message(common("WebcastMemberMessage"), field(2, USER), field(3, 88), field(10, 1))
    (event,) = events_from_message("WebcastMemberMessage", member)
    assert isinstance(event, JoinEvent)
    assert (event.member_count, event.action, event.user.unique_id) == (88, 1, "the_handle")

    rank = message(field(1, 500), field(2, USER), field(3, 1))
    seq = message(common("WebcastRoomUserSeqMessage"), field(2, rank), field(3, 1234), field(7, 5678))
    (event,) = events_from_message("WebcastRoomUserSeqMessage", seq)
    assert isinstance(event, RoomUserSeqEvent)
    assert (event.total, event.total_user) == (1234, 5678)
    assert event.ranks[0].coin_count == 500
    assert event.ranks[0].user.display_id == "the_handle"


@pytest.mark.parametrize(
    ("key", "derived"),
    [("pm_main_follow_message_viewer_2", FollowEvent), ("pm_mt_guidance_share", ShareEvent), ("other", None)],
)
def test_social_derives_follow_and_share(key, derived):
    payload = message(common("WebcastSocialMessage", key=key), field(2, USER), field(4, 1), field(6, 9))
    events = events_from_message("WebcastSocialMessage", payload)
    assert type(events[0]) is SocialEvent
    assert [type(e) for e in events[1:]] == ([derived] if derived else [])
    assert events[-1].follow_count == 9
    assert events[-1].user.unique_id == "the_handle"


@pytest.mark.parametrize("action", [3, 4])
def test_control_end(action):
    events = events_from_message(
        "WebcastControlMessage", message(common("WebcastControlMessage"), field(2, action))
    )
    assert [type(e) for e in events] == [ControlEvent, LiveEndEvent]
    assert events[1].action == action


def test_unknown_fields_and_methods_are_kept():
    # Field 999 (unknown to our schema) must not disturb the known ones.
    payload = message(
        common("WebcastChatMessage"), field(3, "still fine"), field(999, 5), field(998, b"\x01\x02")
    )
    (event,) = events_from_message("WebcastChatMessage", payload)
    assert event.comment == "still fine"
    (unknown,) = events_from_message("WebcastBrandNewMessage", b"\x08\x01")
    assert isinstance(unknown, UnknownEvent)
    assert (unknown.method, unknown.payload) == ("WebcastBrandNewMessage", b"\x08\x01")


def test_bad_payload_raises_decode_error():
    with pytest.raises(DecodeError):
        events_from_message("WebcastChatMessage", b"\x0a\xff\xff\xff\xff\x0f")


def test_to_dict_is_json_safe():
    payload = message(common("WebcastChatMessage"), field(2, USER), field(3, "json me"))
    (event,) = events_from_message("WebcastChatMessage", payload)
    data = json.loads(json.dumps(event.to_dict()))
    assert data["event"] == "CommentEvent"
    assert data["content"] == "json me"
    assert data["user"]["display_id"] == "the_handle"
    assert data["common"]["msg_id"] == "7400000000000000001"


def test_hand_encoded_frame_and_fetch_result():
    chat = message(common("WebcastChatMessage"), field(3, "in a frame"))
    result = message(
        field(1, message(field(1, "WebcastChatMessage"), field(2, chat), field(3, 77))),
        field(2, "cursor-1"),
        field(5, "ext-1"),
        field(7, message(field(1, "wrss"), field(2, "token"))),
        field(8, 10000),
        field(9, True),
        field(10, "wss://push.example/ws/"),
    )
    for payload, headers in (
        (result, b""),
        (gzip.compress(result), field(5, message(field(1, "compress_type"), field(2, "gzip")))),
    ):
        frame_bytes = message(
            field(1, 3), field(2, 99), headers, field(6, "pb"), field(7, "msg"), field(8, payload)
        )
        frame = pb.WebcastPushFrame.FromString(frame_bytes)
        decoded = decode_fetch_result(frame)
        assert (decoded.cursor, decoded.internal_ext, decoded.need_ack) == ("cursor-1", "ext-1", True)
        assert decoded.route_params == {"wrss": "token"}
        assert decoded.heartbeat_duration == 10000 and decoded.push_server == "wss://push.example/ws/"
        assert decoded.messages[0].msg_id == 77
        assert (
            events_from_message("WebcastChatMessage", decoded.messages[0].payload)[0].comment == "in a frame"
        )


def test_gunzip_limits():
    data = gzip.compress(b"x" * 1000)
    assert gunzip_capped(data) == b"x" * 1000
    with pytest.raises(FrameError, match="truncated"):
        gunzip_capped(data[:-12])
    with pytest.raises(FrameError, match="corrupt"):
        gunzip_capped(b"\x1f\x8b\x08" + b"\x00" * 20)
    with pytest.raises(FrameError, match="inflates past"):
        gunzip_capped(data, limit=100)


# -- bad input over a real connection ---------------------------------------------------
