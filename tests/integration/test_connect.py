"""The whole connect flow against the local TikTok, through real loopback sockets."""

from __future__ import annotations

import threading
from urllib.parse import parse_qsl

import pytest
from helpers import Recorder, once_a_client_is_in

from tiktoklive_sync import TikTokLiveClient, signals
from tiktoklive_sync.errors import AlreadyConnectedError, UserNotFoundError, UserOfflineError
from tiktoklive_sync.events import (
    CommentEvent,
    ConnectEvent,
    ControlEvent,
    DisconnectEvent,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    RoomUserSeqEvent,
    ShareEvent,
    SocialEvent,
)
from tiktoklive_sync.testing import FakeLiveServer

ALL_EVENTS = (
    ConnectEvent,
    DisconnectEvent,
    CommentEvent,
    GiftEvent,
    LikeEvent,
    JoinEvent,
    SocialEvent,
    FollowEvent,
    ShareEvent,
    RoomUserSeqEvent,
    ControlEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
)


def test_events_arrive_with_tiktoklive_field_names(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, *ALL_EVENTS)
    client.start()
    assert client.connected
    assert client.room_id == server.room_id

    sent_chat = server.push_comment("viewer_1", "hello there")
    server.push_gift("viewer_2", gift_id=5655, repeat_count=3, repeat_end=1)
    server.push_like("viewer_3", count=15)
    server.push_join("viewer_4")
    server.push_follow("viewer_5")
    server.push_share("viewer_6")
    server.push_viewer_count(321)

    connect = recorder.wait_for(ConnectEvent)[0]
    assert (connect.unique_id, connect.room_id) == ("creator", server.room_id)

    comment = recorder.wait_for(CommentEvent)[0]
    assert comment.comment == comment.content == "hello there"
    assert comment.user.unique_id == "viewer_1"
    assert comment.user.nickname == "Viewer 1"
    assert comment.user.id == sent_chat.user.id > 0
    assert comment.user.avatar_url.startswith(f"{server.base_url}/cdn/")  # served by the local TikTok
    assert comment.common.msg_id == sent_chat.common.msg_id
    assert comment.raw == sent_chat.SerializeToString()

    gift = recorder.wait_for(GiftEvent)[0]
    assert (gift.gift.name, gift.gift.id, gift.gift.diamond_count) == ("Rose", 5655, 1)
    assert (gift.repeat_count, gift.repeat_end, gift.streaking) == (3, 1, False)
    assert gift.value == 3
    assert gift.user.unique_id == "viewer_2"

    like = recorder.wait_for(LikeEvent)[0]
    assert (like.count, like.total, like.user.unique_id) == (15, 15, "viewer_3")
    assert recorder.wait_for(JoinEvent)[0].user.unique_id == "viewer_4"
    assert recorder.wait_for(FollowEvent)[0].user.unique_id == "viewer_5"
    assert recorder.wait_for(ShareEvent)[0].user.unique_id == "viewer_6"
    assert len(recorder.wait_for(SocialEvent, 2)) == 2
    # The initial batch from the sign server holds a viewer count too.
    totals = [event.total for event in recorder.wait_for(RoomUserSeqEvent, 2)]
    assert totals[-1] == 321


def test_initial_batch_comes_first_and_can_be_skipped(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, ConnectEvent, RoomUserSeqEvent, CommentEvent)
    client.start()
    server.push_comment("viewer", "after connect")
    recorder.wait_for(CommentEvent)
    kinds = [type(event) for event in recorder.events]
    assert kinds == [ConnectEvent, RoomUserSeqEvent, CommentEvent]

    client.stop()
    other = Recorder().listen(make_client(), ConnectEvent, RoomUserSeqEvent, CommentEvent)
    other.client.start(process_connect_events=False)
    server.push_comment("viewer", "second client")
    other.wait_for(CommentEvent)
    assert other.of(RoomUserSeqEvent) == []


def test_events_pushed_before_the_client_enters_are_delivered(server, make_client, recorder):
    server.push_comment("early_bird", "first!")
    client = make_client()
    recorder.listen(client, CommentEvent)
    client.start()
    assert recorder.wait_for(CommentEvent)[0].comment == "first!"


def test_client_sends_enter_room_heartbeats_and_acks(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, CommentEvent)
    client.start()
    enter = server.wait_for_frames("im_enter_room")[0]
    assert enter.frame.payload_encoding == "pb"
    assert enter.message.room_id == server.room_id
    assert (enter.message.live_id, enter.message.identity) == (12, "audience")

    beats = server.wait_for_frames("hb", 3)
    assert [beat.message.send_packet_seq_id for beat in beats[:3]] == [1, 2, 3]
    assert {beat.message.room_id for beat in beats} == {server.room_id}

    for n in range(3):
        server.push_comment("viewer", f"message {n}")
    recorder.wait_for(CommentEvent, 3)
    acks = server.wait_for_frames("ack", 3)
    session = server.sessions[0]
    assert [(ack.frame.log_id, ack.message) for ack in acks] == session.sent[:3]
    assert all(ack.frame.payload_encoding == "pb" for ack in acks)


def test_websocket_url_cookies_and_headers(server, make_client):
    client = make_client()
    client.start()
    session = server.wait_for_clients()[0]
    params = session.params
    for name, value in {
        "aid": "1988",
        "app_name": "tiktok_web",
        "device_platform": "web",
        "identity": "audience",
        "live_id": "12",
        "resp_content_type": "protobuf",
        "room_id": str(server.room_id),
        "compress": "gzip",
        "heartbeat_duration": "10000",
    }.items():
        assert params.get(name) == value, name
    assert "wrss" in params and "imprp" in params  # route params from the sign server
    pairs = parse_qsl(session.query, keep_blank_values=True)
    assert pairs[-1] == ("version_code", "270000")
    assert ("version_code", "180800") in pairs
    assert "ttwid=" in session.headers["Cookie"]
    assert session.headers["User-Agent"].startswith("Mozilla/5.0")

    sign = server.sign_requests()[0]
    assert sign.path == f"/webcast/rooms/{server.room_id}/connect"  # the current route
    assert sign.params["client"] == "tiktoklive_sync"
    assert (sign.params["platform"], sign.params["client_enter"]) == ("web", "true")
    assert sign.params["user_agent"] == session.headers["User-Agent"]
    assert "session_id" not in sign.params
    page = server.requests_to("/@creator/live")[0]
    assert page.headers["Referer"] == "https://www.tiktok.com/"
    alive = server.requests_to("/room/check_alive/")[0]
    assert (alive.params["aid"], alive.params["room_ids"]) == ("1988", str(server.room_id))


def test_uncompressed_stream(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, CommentEvent)
    client.start(compress_ws_events=False)
    assert "compress" not in server.wait_for_clients()[0].params
    server.push_comment("viewer", "plain")
    assert recorder.wait_for(CommentEvent)[0].comment == "plain"


def test_room_id_option_skips_the_lookup(server, make_client):
    client = make_client()
    client.start(room_id=server.room_id, fetch_live_check=False)
    assert client.connected
    assert server.requests_to("/@creator/live") == []
    assert server.requests_to("/api-live/user/room/") == []
    assert server.requests_to("/room/check_alive/") == []


def test_room_id_falls_back_to_the_room_api(server, make_client):
    server.hide_live_page_state()
    client = make_client()
    client.start()
    assert client.room_id == server.room_id
    assert server.requests_to("/api-live/user/room/")[0].params["uniqueId"] == "creator"


def test_room_info_and_gift_list(server, make_client):
    client = make_client()
    client.start(fetch_room_info=True, fetch_gift_info=True)
    assert client.room_info["id_str"] == str(server.room_id)
    names = {gift["name"] for gift in client.gift_info["gifts"]}
    assert {"Rose", "Galaxy"} <= names


@pytest.mark.parametrize("handle", ["creator", "@creator", "https://www.tiktok.com/@creator/live"])
def test_handle_forms(server, make_client, handle):
    client = make_client(handle)
    assert client.unique_id == "creator"
    client.start()
    assert client.connected


def test_live_end_disconnects_once(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, ControlEvent, LiveEndEvent, DisconnectEvent, CommentEvent)
    client.start()
    server.end_live()
    assert client.wait(timeout=10) is True
    assert not client.connected
    assert len(recorder.of(LiveEndEvent)) == 1
    assert recorder.of(ControlEvent)[0].action == 3
    assert [event.reason for event in recorder.of(DisconnectEvent)] == ["live_ended"]
    assert type(recorder.events[-1]) is DisconnectEvent
    server.wait_for_disconnects()
    # The room is offline now: a new start says so.
    with pytest.raises(UserOfflineError):
        client.start()


def test_pause_and_unpause(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, LivePauseEvent, LiveUnpauseEvent, ControlEvent)
    client.start()
    server.push_control(1)
    server.push_control(2)
    recorder.wait_for(LiveUnpauseEvent)
    assert len(recorder.of(LivePauseEvent)) == 1
    assert [event.action for event in recorder.wait_for(ControlEvent, 2)] == [1, 2]
    assert client.connected


def test_server_close_without_reconnect_ends_without_error(server, make_client, recorder):
    client = make_client(reconnect=False)
    recorder.listen(client, DisconnectEvent)
    client.start()
    server.wait_for_clients()
    server.close_connections()
    assert client.wait(timeout=10) is True
    (disconnect,) = recorder.of(DisconnectEvent)
    assert (disconnect.reason, disconnect.error) == ("closed", None)


def test_second_start_raises_already_connected(server, make_client):
    client = make_client()
    client.start()
    with pytest.raises(AlreadyConnectedError):
        client.start()
    assert client.connected


def test_start_again_after_stop(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, ConnectEvent, DisconnectEvent)
    client.start()
    client.stop()
    client.start()
    assert client.connected
    client.stop()
    assert len(recorder.of(ConnectEvent)) == 2
    assert len(recorder.of(DisconnectEvent)) == 2


def test_context_manager_stops(server):
    with TikTokLiveClient("creator", **server.client_kwargs) as client:
        client.start()
        assert client.connected
    assert not client.connected
    server.wait_for_disconnects()


def test_blinker_signals_carry_events(server, make_client):
    client = make_client()
    other = make_client()
    seen, everything, foreign = [], [], []

    def on_comment(sender, event):
        seen.append((sender, event.comment))

    def on_any(sender, event):
        everything.append(type(event).__name__)

    def on_other(sender, event):
        foreign.append(event)

    signals.signal_for(CommentEvent).connect(on_comment, sender=client)
    signals.any_event.connect(on_any, sender=client)
    signals.signal_for(CommentEvent).connect(on_other, sender=other)
    try:
        done = Recorder().listen(client, DisconnectEvent)
        client.start()
        server.push_comment("viewer", "via blinker")
        server.end_live()
        done.wait_for(DisconnectEvent)
        assert seen == [(client, "via blinker")]
        assert everything[0] == "ConnectEvent" and everything[-1] == "DisconnectEvent"
        assert "CommentEvent" in everything
        assert foreign == []
    finally:
        signals.signal_for(CommentEvent).disconnect(on_comment)
        signals.any_event.disconnect(on_any)
        signals.signal_for(CommentEvent).disconnect(on_other)


def test_is_live(server, make_client):
    client = make_client()
    assert client.is_live() is True
    server.live = False
    assert client.is_live() is False


def test_many_clients_in_one_process(server, make_client):
    recorders = [Recorder().listen(make_client(), CommentEvent) for _ in range(5)]
    for recorder in recorders:
        recorder.client.start()
    server.wait_for_clients(5)
    server.push_comment("viewer", "to everyone")
    for recorder in recorders:
        assert recorder.wait_for(CommentEvent)[0].comment == "to everyone"


def test_fake_server_answers_like_tiktok_to_a_plain_http_client(server):
    import requests

    page = requests.get(f"{server.app_url}/@creator/live", timeout=5)
    assert page.status_code == 200 and 'id="SIGI_STATE"' in page.text
    missing = requests.get(f"{server.webcast_url}/no/such/route/", timeout=5)
    assert missing.status_code == 404
    with pytest.raises(RuntimeError, match="start"):
        FakeLiveServer("x").client_kwargs  # noqa: B018 - no URLs before a port is chosen


def test_room_info_and_gifts_without_connecting(server, make_client):
    client = make_client()
    assert client.fetch_room_info()["id_str"] == str(server.room_id)
    assert client.room_id == server.room_id
    assert client.fetch_gift_list()["gifts"][0]["name"] == "Rose"
    assert client.gift_info is not None and not client.connected
    assert server.sessions == []  # no websocket was opened


def test_tiktoklive_names_connect_blocks_and_disconnect_ends_it(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, CommentEvent)
    client.on(CommentEvent, lambda event: client.disconnect())  # ends the blocking connect()
    pusher = once_a_client_is_in(server, lambda: server.push_comment("viewer", "bye"))
    client.connect()  # as `await client.connect()` in TikTokLive: returns when it is over
    pusher.join(10)
    assert recorder.wait_for(CommentEvent)[0].comment == "bye"
    assert not client.connected and client.wait(timeout=0)


def test_wait_until_live_returns_once_the_creator_goes_live(make_client):
    with FakeLiveServer("creator", live=False) as offline:
        client = make_client(**offline.client_kwargs)
        assert client.wait_until_live(timeout=0.3, poll=0.05) is False  # still offline

        def go_live() -> None:
            offline.wait_for_requests("/@creator/live", 3)
            offline.live = True

        flip = threading.Thread(target=go_live)
        flip.start()
        assert client.wait_until_live(poll=0.05) is True
        flip.join(10)


def test_stop_ends_a_wait_until_live(make_client):
    with FakeLiveServer("creator", live=False) as offline:
        client = make_client(**offline.client_kwargs)
        stopper = threading.Thread(
            target=lambda: (offline.wait_for_requests("/@creator/live", 2), client.stop())
        )
        stopper.start()
        assert client.wait_until_live(poll=0.05) is False
        stopper.join(10)


def test_run_waits_for_the_live_then_follows_it_to_the_end(make_client, recorder):
    with FakeLiveServer("creator", live=False) as offline:
        client = make_client(**offline.client_kwargs)
        recorder.listen(client, DisconnectEvent)

        def go_live_then_end() -> None:
            offline.wait_for_requests("/@creator/live", 2)
            offline.live = True
            offline.wait_for_clients()
            offline.end_live()

        director = threading.Thread(target=go_live_then_end)
        director.start()
        client.run(wait_for_live=True, live_poll=0.05)
        director.join(10)
        assert recorder.wait_for(DisconnectEvent)[0].reason == "live_ended"


def test_wait_until_live_raises_for_a_user_that_does_not_exist(make_client):
    with FakeLiveServer("creator", exists=False) as nobody, pytest.raises(UserNotFoundError):
        make_client(**nobody.client_kwargs).wait_until_live(poll=0.05)
