"""Several sign servers, and today's sign-server API: failing over, the health of each server,
a primary that dies mid-stream, connecting by handle, the room the sign server names, 503
"no agents", the bulk live check and the monitor's use of it."""

from __future__ import annotations

import pytest
from helpers import Recorder, wait_until

from tiktoklive_sync import SignServer, TikTokLiveClient
from tiktoklive_sync.budget import SignBudget
from tiktoklive_sync.errors import (
    PremiumEndpointError,
    SignAPIError,
    UnexpectedSignatureError,
    UserOfflineError,
)
from tiktoklive_sync.events import CommentEvent, ConnectEvent, ReconnectingEvent
from tiktoklive_sync.reconnect import ReconnectPolicy
from tiktoklive_sync.testing import FakeLiveServer

FAST = ReconnectPolicy(initial_delay=0.05, max_delay=0.2, jitter=0.0, max_attempts=5)


def with_servers(server: FakeLiveServer, *urls: str, **options):
    kwargs = {**server.client_kwargs, **options}
    kwargs["sign_url"] = list(urls)
    return TikTokLiveClient("creator", **kwargs)


def test_a_sign_server_that_is_down_is_skipped_and_the_next_one_signs(server):
    backup = server.add_sign_server()
    server.sign_server.faults.go_down()  # the first drops every call unanswered
    client = with_servers(server, server.sign_url, backup.url)
    try:
        client.start()
        assert client.connected and backup.signatures == 1
        first, second = client.sign_servers
        assert (first.url, first.state, second.state) == (server.sign_url, "down", "ok")
        assert "cannot reach the sign server" in (first.last_error or "") and first.until is not None
        client.stop()
        calls = len(server.sign_server.calls)
        client.start()  # the first is left alone while it rests
        assert len(server.sign_server.calls) == calls and backup.signatures == 2
    finally:
        client.close()


def test_the_primary_dies_mid_stream_and_the_stream_goes_on_through_the_second(server):
    backup = server.add_sign_server()
    primary = server.add_sign_server()
    client = with_servers(server, primary.url, backup.url, reconnect=FAST)
    recorder = Recorder().listen(client, CommentEvent, ConnectEvent, ReconnectingEvent)
    try:
        client.start()
        server.push_comment("viewer", "before")
        recorder.wait_for(CommentEvent)
        assert (primary.signatures, backup.signatures) == (1, 0)
        primary.stop()  # its port now refuses connections
        server.drop_connections()
        server.push_comment("viewer", "while away")
        recorder.wait_for(ConnectEvent, 2)
        server.push_comment("viewer", "after")
        comments = [event.comment for event in recorder.wait_for(CommentEvent, 3)]
        assert comments == ["before", "while away", "after"]
        assert backup.signatures == 1 and len(recorder.of(ReconnectingEvent)) == 1  # one reconnect
        assert [health.state for health in client.sign_servers] == ["down", "ok"]
    finally:
        client.close()


def test_a_password_in_a_sign_url_shows_nowhere(server):
    from helpers import unused_port

    dead = f"http://user:pw-6c1e9a@127.0.0.1:{unused_port()}"
    client = with_servers(server, dead)
    with pytest.raises(SignAPIError, match="cannot reach the sign server") as info:
        client.start()
    (health,) = client.sign_servers
    assert "pw-6c1e9a" not in str(info.value) and "pw-6c1e9a" not in repr(health)
    assert "pw-6c1e9a" not in (health.last_error or "") and health.url.startswith("http://user:***@")
    client.close()


def test_errors_that_are_not_outages_are_not_failed_over(server):
    backup = server.add_sign_server()
    server.api_key = "right-key"
    client = with_servers(server, server.sign_url, backup.url, sign_api_key="wrong-key")
    with pytest.raises(UnexpectedSignatureError, match="API key"):
        client.start()
    assert backup.signatures == 0  # a refused key is the account's, not the server's, trouble
    server.sign_server.plan = "free"
    server.fail_sign(402, {"code": 402, "message": "premium"})
    with pytest.raises(PremiumEndpointError):
        with_servers(server, server.sign_url, backup.url, sign_api_key="right-key").start()
    assert backup.signatures == 0
    client.close()


def test_no_agents_is_a_retryable_outage_that_says_so(server, make_client):
    server.sign_no_agents()
    client = make_client()
    with pytest.raises(SignAPIError, match="no agents available") as info:
        client.start()
    assert info.value.response is not None and info.value.response.status_code == 503
    assert FAST.delay_for(info.value, 1) is not None  # a reconnect would try again
    backup = server.add_sign_server()
    other = with_servers(server, server.sign_url, backup.url)
    other.start()  # with a second server: it signs
    assert other.connected and other.sign_servers[0].state == "down"
    other.close()


def test_a_sign_server_of_its_own_budget_each(server):
    first, second = SignBudget(per_minute=600, burst=1), SignBudget(per_minute=600, burst=1)
    backup = server.add_sign_server(api_key="k2")  # refuses any call without its own key
    client = TikTokLiveClient(
        "creator",
        app_url=server.app_url,
        webcast_url=server.webcast_url,
        sign_url=[
            SignServer(server.sign_url, budget=first),
            SignServer(backup.url, api_key="k2", budget=second),
        ],
    )
    server.sign_server.faults.go_down()
    try:
        client.start()
        assert (first.granted, second.granted) == (1, 1)  # each server's signature from its own budget
        assert backup.signatures == 1  # signed with the backup's own key
    finally:
        client.close()


def test_the_room_the_sign_server_names_is_the_room_connected_to(server, make_client):
    stale = server.room_id - 1
    server.sign_server.faults.move_room(stale, server.room_id)
    client = make_client()
    client.start(room_id=stale, fetch_live_check=False)
    assert client.room_id == server.room_id  # corrected by X-Room-Id
    assert server.wait_for_clients()[0].params["room_id"] == str(server.room_id)
    client.stop()


def test_connecting_by_handle_skips_the_room_lookup_and_falls_back_without_the_plan(server, make_client):
    client = make_client(connect_by_handle=True)
    client.start()
    assert client.connected and client.room_id == server.room_id
    assert server.requests_to("/@creator/live") == [] and server.requests_to("/api-live/user/room/") == []
    assert server.requests_to("/webcast/anchors/creator/connect")
    client.stop()
    server.sign_server.plan = "pro"  # no Business plan: 402
    other = make_client(connect_by_handle=True)
    other.start()
    assert other.connected and server.requests_to("/@creator/live")  # looked up instead
    assert other._connector.by_handle_refused
    other.stop()
    server.live = False
    with pytest.raises(UserOfflineError):
        make_client(connect_by_handle=True).start()


def test_the_bulk_live_check_tells_many_creators_in_one_call(server, make_client):
    later = server.add_room("later", live=False)
    client = make_client(session_id="my-session")
    ids = [client.web.fetch_user_id(handle) for handle in ("creator", "later")]
    found = client.web.bulk_live_check([*ids, 12345])
    assert (found[ids[0]].is_live, found[ids[0]].room_id) == (True, server.room_id)
    assert (found[ids[1]].is_live, found[ids[1]].room_id) == (False, None)
    assert 12345 not in found  # not told: left out
    (call,) = server.requests_to("/webcast/bulk_live_check")
    assert call.headers["x-cookie-header"].startswith("sessionid=my-session")
    later.live = True
    assert client.web.bulk_live_check(ids[1:])[ids[1]].room_id == later.room_id
    server.sign_server.plan = "free"
    with pytest.raises(PremiumEndpointError):
        client.web.bulk_live_check(ids)


@pytest.mark.parametrize("plan", ["pro", "free"], ids=["bulk", "refused-then-one-by-one"])
def test_the_monitor_checks_offline_creators_in_bulk_with_a_session(server, plan):
    from tiktoklive_sync.monitor import LiveMonitor

    server.sign_server.plan = plan
    rooms = [server.add_room(f"off_{index}", live=False) for index in range(3)]
    monitor = LiveMonitor(
        [room.unique_id for room in rooms],
        poll_interval=0.2,
        max_poll_interval=0.4,
        sign_budget=6000,
        session_id="my-session",
        **server.client_kwargs,
    )
    try:
        monitor.start()
        wait_until(lambda: len(server.requests_to("/api-live/user/room/")) >= 6, what="a first check each")
        rooms[1].live = True
        wait_until(lambda: monitor.counts().get("connected") == 1, what="the one that went live")
        bulk = server.requests_to("/webcast/bulk_live_check")
        if plan == "pro":
            assert bulk and all(len(call.body) > 0 for call in bulk)
            checked = len(server.requests_to("/api-live/user/room/"))
            wait_until(lambda: len(server.requests_to("/webcast/bulk_live_check")) >= len(bulk) + 3)
            assert len(server.requests_to("/api-live/user/room/")) == checked  # no one-by-one polls
        else:
            assert len(bulk) == 1  # refused once (402), then creators are polled one by one
    finally:
        monitor.stop()
