"""Events through a real connection: every type, streaks, like totals, lazy decoding."""

from __future__ import annotations

from google.protobuf import json_format
from helpers import Recorder

from tiktoklive_sync import signals
from tiktoklive_sync.events import (
    EVENT_TYPES,
    CommentEvent,
    DisconnectEvent,
    GiftEvent,
    LikeEvent,
    ShareEvent,
    WebsocketResponseEvent,
)
from tiktoklive_sync.streaks import GiftStreakEvent


def test_every_type_arrives_as_its_event_over_the_wire(server, make_client):
    client = make_client()
    received = []
    signals.any_event.connect(lambda sender, event: received.append(event), sender=client, weak=False)
    recorder = Recorder().listen(client, CommentEvent)
    try:
        client.start()
        sent = {method: server.push_sample(method, seed=n) for n, method in enumerate(sorted(EVENT_TYPES))}
        last = server.push_comment("viewer", "last one")
        # the samples hold one chat message; "last one" is the second comment
        assert recorder.wait_for(CommentEvent, 2)[-1].common.msg_id == last.common.msg_id
    finally:
        signals.any_event.receivers.clear()
    by_id = {event.common.msg_id: event for event in received if hasattr(type(event), "webcast_method")}
    for method, message_sent in sent.items():
        event = by_id[message_sent.common.msg_id]
        assert type(event) is EVENT_TYPES[method]
        expected = json_format.MessageToDict(message_sent, preserving_proto_field_name=True)
        assert event.to_dict() == {"event": type(event).__name__, **expected}, method
    assert client.stats.unknown == 0 and client.stats.decode_failures == 0


def test_client_reports_streaks_including_unfinished_ones(server, make_client):
    client = make_client(gift_streak_timeout=0.3)
    recorder = Recorder().listen(client, GiftStreakEvent, GiftEvent, DisconnectEvent)
    client.start()
    for count in (1, 2, 3):
        server.push_gift("ann", 5655, repeat_count=count, repeat_end=0, group_id=10)
    server.push_gift("ann", 5655, repeat_count=3, repeat_end=1, group_id=10)
    server.push_gift("bob", 5487, repeat_count=2, repeat_end=0, group_id=11)  # never ends
    first, second = recorder.wait_for(GiftStreakEvent, 2)  # bob's after 0.3 s of silence
    assert (first.user.unique_id, first.count, first.finished_by) == ("ann", 3, "end")
    assert (second.user.unique_id, second.count, second.finished_by) == ("bob", 2, "timeout")
    assert len(recorder.of(GiftEvent)) == 5
    server.push_gift("cid", 5655, repeat_count=1, repeat_end=0, group_id=12)
    recorder.wait_for(GiftEvent, 6)
    client.stop()
    assert [s.finished_by for s in recorder.wait_for(GiftStreakEvent, 3)][-1] in ("disconnect", "timeout")


def test_likes_beyond_the_cap_of_15(server, make_client):
    client = make_client()
    recorder = Recorder().listen(client, LikeEvent)
    client.start()
    server.push_like("ann", 10)  # total 10
    server.push_like("ann", 40)  # TikTok sends count 15, total 50
    server.push_like("bob", 5, total=60)
    first, second, third = recorder.wait_for(LikeEvent, 3)
    assert (first.count, first.likes) == (10, 10)
    assert (second.count, second.total, second.likes) == (15, 50, 40)
    assert third.likes == 10


def test_share_users_joined_and_websocket_responses(server, make_client):
    client = make_client()
    recorder = Recorder().listen(client, ShareEvent, WebsocketResponseEvent)
    client.start()
    share = server.messages.social("ann", "share", 1)
    share.common.display_text.key = "pm_mt_guidance_viewer_7_share"
    server.push_messages([share])
    server.push_share("bob")
    joined = [event.users_joined for event in recorder.wait_for(ShareEvent, 2)]
    assert joined == [7, None]
    responses = recorder.wait_for(WebsocketResponseEvent, 2)
    assert all(r.result.cursor for r in responses)
    assert any(len(r.result.messages) == 1 for r in responses)


def test_only_listened_types_are_decoded_but_live_end_always_is(server, make_client):
    client = make_client()
    recorder = Recorder().listen(client, CommentEvent, DisconnectEvent)
    client.start()  # the initial batch's viewer count is skipped: nobody listens
    server.push_like("ann", 5)
    server.push_gift("bob", 5655)
    server.push_comment("cid", "decoded")
    server.end_live()  # no ControlEvent handler, yet the client must see the end
    assert client.wait(timeout=10) is True
    assert [event.comment for event in recorder.of(CommentEvent)] == ["decoded"]
    assert [event.reason for event in recorder.of(DisconnectEvent)] == ["live_ended"]
    assert client.stats.skipped == 3  # viewer count, like, gift
    assert client.stats.messages == 5


def test_streak_listeners_get_gifts_decoded(server, make_client):
    client = make_client()
    recorder = Recorder().listen(client, GiftStreakEvent)  # no GiftEvent handler
    client.start()
    server.push_gift("ann", 5655, repeat_count=2, repeat_end=1)
    assert recorder.wait_for(GiftStreakEvent)[0].count == 2


def test_method_names_real_traffic_uses_map_to_their_events(server, make_client):
    from tiktoklive_sync.events import DonationStickerModifyEvent, LinkMicMethodEvent, UnknownEvent

    client = make_client()
    recorder = Recorder().listen(client, DonationStickerModifyEvent, LinkMicMethodEvent, UnknownEvent)
    client.start()
    stickers = [server.messages.sample("WebcastDonationStickerModifyMessage", seed=n) for n in (1, 2)]
    link = server.messages.sample("WebcastLinkMicMethod", seed=3)
    for method, message in (
        ("WebcastDonationStickerModifyMethod", stickers[0]),  # "Method", as real traffic names it
        ("DonationStickerModifyMethod", stickers[1]),
        ("WebcastLinkMicMethod", link),  # a type whose own name ends in Method keeps its class
    ):
        server.push_raw(method, message.SerializeToString())
    received = recorder.wait_for(DonationStickerModifyEvent, 2)
    assert [event.common.msg_id for event in received] == [sticker.common.msg_id for sticker in stickers]
    assert recorder.wait_for(LinkMicMethodEvent)[0].common.msg_id == link.common.msg_id
    assert recorder.of(UnknownEvent) == [] and client.stats.unknown == 0


def test_pushed_taps_of_one_streak_stay_one_streak_without_a_group_id(server, make_client):
    client = make_client()
    recorder = Recorder().listen(client, GiftStreakEvent, GiftEvent)
    client.start()
    for _ in range(20):  # as fast as a test pushes them: within one millisecond or not
        for count in (1, 2, 3):
            server.push_gift("ann", 5655, repeat_count=count, repeat_end=0)
        server.push_gift("ann", 5655, repeat_count=3, repeat_end=1)
    server.push_gift("bob", 5655, repeat_count=1, repeat_end=0)  # another viewer: another streak
    server.push_gift("ann", 5487, repeat_count=1, repeat_end=0)  # another gift: another streak
    server.push_gift("bob", 5655, repeat_count=2, repeat_end=1)
    server.push_gift("ann", 5487, repeat_count=2, repeat_end=1)
    streaks = recorder.wait_for(GiftStreakEvent, 22)
    recorder.wait_for(GiftEvent, 84)
    client.stop()
    assert [(s.user.unique_id, s.gift.id, s.count, s.finished_by) for s in streaks] == [
        ("ann", 5655, 3, "end")
    ] * 20 + [("bob", 5655, 2, "end"), ("ann", 5487, 2, "end")]
    groups = [event.group_id for event in recorder.of(GiftEvent)]
    assert len(set(groups[:80])) == 20  # a group per streak, the same for its taps
    assert len(recorder.of(GiftStreakEvent)) == 22  # no phantom streak at the disconnect
