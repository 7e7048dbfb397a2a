"""Reconnect, resume and de-dup, the stall watchdog and back-pressure, against faults the
local TikTok injects."""

from __future__ import annotations

import threading

import pytest
from helpers import Recorder, wait_until

from tiktoklive_sync.errors import (
    SignatureRateLimitError,
    UnexpectedSignatureError,
    UserNotFoundError,
    WebSocketConnectionError,
)
from tiktoklive_sync.events import (
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    ReconnectingEvent,
    RoomUserSeqEvent,
)
from tiktoklive_sync.reconnect import NO_RECONNECT, ReconnectPolicy, is_transient, policy_from

FAST = ReconnectPolicy(initial_delay=0.01, max_delay=0.05, jitter=0.0, max_attempts=5)


def test_policy_retries_by_kind(server):
    policy = ReconnectPolicy(max_attempts=3, jitter=0.0)
    assert policy.delay_for(WebSocketConnectionError("drop"), 1) == 1.0
    assert policy.delay_for(WebSocketConnectionError("drop"), 4) is None  # out of attempts
    assert policy.delay_for(UserNotFoundError("x"), 1) is None
    assert policy.delay_for(ValueError("bug"), 1) is None
    rate_limited = SignatureRateLimitError("slow down", retry_after=42, reset_time=0)
    assert policy.delay_for(rate_limited, 1) == 42.0
    assert is_transient(UnexpectedSignatureError("503"))
    assert policy_from(True) == ReconnectPolicy()
    assert policy_from(False) is NO_RECONNECT and not NO_RECONNECT.enabled
    with pytest.raises(TypeError):
        policy_from("yes")
    with pytest.raises(ValueError):
        ReconnectPolicy(jitter=2)


def test_drop_reconnects_and_resumes_without_loss_or_duplicates(server, make_client):
    client = make_client(reconnect=FAST)
    recorder = Recorder().listen(client, CommentEvent, ConnectEvent, ReconnectingEvent)
    client.start()
    for n in range(10):
        server.push_comment("viewer", f"before {n}")
    recorder.wait_for(CommentEvent, 10)
    server.stall()  # what is pushed now is only logged: the client must resume to get it
    for n in range(5):
        server.push_comment("viewer", f"while away {n}")
    server.drop_connections()
    server.clear_faults()
    recorder.wait_for(ConnectEvent, 2)
    for n in range(3):
        server.push_comment("viewer", f"after {n}")
    comments = [event.comment for event in recorder.wait_for(CommentEvent, 18)]
    expected = [f"before {n}" for n in range(10)]
    expected += [f"while away {n}" for n in range(5)] + [f"after {n}" for n in range(3)]
    assert comments == expected
    assert client.stats.duplicates >= 6  # TikTok repeats recent chat on re-entry
    assert client.stats.reconnects == 1
    (reconnecting,) = recorder.of(ReconnectingEvent)
    assert reconnecting.attempt == 1 and isinstance(reconnecting.error, WebSocketConnectionError)
    resumed = server.sessions[-1]
    assert resumed.resumed and resumed.params["cursor"].startswith("t-")
    assert len(server.sign_requests()) == 2  # every attempt signs afresh
    assert server.sign_requests()[1].params["cursor"]


def test_repeated_drops_keep_every_message_exactly_once(server, make_client):
    client = make_client(reconnect=FAST)
    recorder = Recorder().listen(client, CommentEvent)
    client.start()
    server.drop_after(7)
    for n in range(60):
        server.push_comment("viewer", str(n))
    comments = [event.comment for event in recorder.wait_for(CommentEvent, 60)]
    assert comments == [str(n) for n in range(60)]
    assert client.stats.reconnects >= 5


def test_rate_limited_reconnect_waits_retry_after(server, make_client):
    client = make_client(reconnect=FAST)
    recorder = Recorder().listen(client, ReconnectingEvent, ConnectEvent)
    client.start()
    server.rate_limit_sign(retry_after=1, times=1)
    server.drop_connections()
    recorder.wait_for(ConnectEvent, 2)
    delays = [(event.attempt, event.delay) for event in recorder.of(ReconnectingEvent)]
    assert delays[0][0] == 1 and delays[0][1] < 1  # the drop itself: a short backoff
    assert delays[1] == (2, 1.0)  # then the rate limit: wait what the server said
    assert isinstance(recorder.of(ReconnectingEvent)[1].error, SignatureRateLimitError)


def test_attempts_run_out_and_wait_raises_the_last_error(server, make_client):
    client = make_client(reconnect=ReconnectPolicy(initial_delay=0.01, jitter=0.0, max_attempts=2))
    recorder = Recorder().listen(client, ReconnectingEvent, DisconnectEvent)
    client.start()
    server.fail_sign(503, {"message": "sign backend down"})
    server.drop_connections()
    with pytest.raises(UnexpectedSignatureError, match="sign backend down"):
        client.wait(timeout=10)
    assert [event.attempt for event in recorder.of(ReconnectingEvent)] == [1, 2]
    (disconnect,) = recorder.wait_for(DisconnectEvent)
    assert disconnect.reason == "error"


def test_offline_while_away_is_a_live_end_not_an_error(server, make_client):
    client = make_client(reconnect=FAST)
    recorder = Recorder().listen(client, DisconnectEvent)
    client.start()
    server.live = False
    server.drop_connections()
    assert client.wait(timeout=10) is True
    assert [event.reason for event in recorder.wait_for(DisconnectEvent)] == ["live_ended"]
    assert len(server.sign_requests()) == 1  # no signing once it is offline


def test_handshake_refused_once_then_reconnects(server, make_client):
    client = make_client(reconnect=FAST)
    recorder = Recorder().listen(client, ConnectEvent, ReconnectingEvent)
    client.start()
    server.refuse_handshake(200, "try later", times=1)
    server.drop_connections()
    recorder.wait_for(ConnectEvent, 2)
    assert len(recorder.of(ReconnectingEvent)) == 2


def test_stop_during_backoff_returns_at_once(server, make_client):
    client = make_client(reconnect=ReconnectPolicy(initial_delay=60, jitter=0.0))
    recorder = Recorder().listen(client, ReconnectingEvent, DisconnectEvent)
    client.start()
    server.drop_connections()
    assert recorder.wait_for(ReconnectingEvent)[0].delay == 60
    stopper = threading.Thread(target=client.stop)
    stopper.start()
    stopper.join(10)  # well under the 60 s backoff
    assert not stopper.is_alive()
    assert client.wait(timeout=0) is True
    assert [event.reason for event in recorder.wait_for(DisconnectEvent)] == ["stopped"]


def test_stall_watchdog_reconnects(server, make_client):
    client = make_client(reconnect=FAST, stall_after=3)
    recorder = Recorder().listen(client, ReconnectingEvent, ConnectEvent, CommentEvent)
    client.start()
    server.stall()
    error = recorder.wait_for(ReconnectingEvent)[0].error
    assert "stalled" in str(error)
    server.clear_faults()
    recorder.wait_for(ConnectEvent, 2)
    server.push_comment("viewer", "back")
    assert recorder.wait_for(CommentEvent)[0].comment == "back"


def test_heartbeat_replies_keep_a_quiet_room_alive(server, make_client):
    # A 1 s watchdog (5 intervals of 0.2 s): wide enough that a busy machine's scheduling
    # hiccups do not look like a stall; 15 heartbeats span three such windows.
    client = make_client(reconnect=False, stall_after=5)
    client.start()
    server.wait_for_frames("hb", 15)  # nothing but heartbeats and their replies
    assert client.connected
    assert client.stats.reconnects == 0


def test_overflow_drop_counts_and_warns_once(server, make_client, caplog):
    client = make_client(max_queue=1, overflow="drop")
    entered, release = threading.Event(), threading.Event()
    recorder = Recorder()

    @client.on(CommentEvent)
    def slow(event):
        if event.comment == "first":
            entered.set()
            release.wait(30)
        recorder(event)

    idle = Recorder().listen(client, RoomUserSeqEvent)
    client.start()
    idle.wait_for(RoomUserSeqEvent)  # the initial batch is handled: the queue of one is empty
    server.push_comment("viewer", "first")
    assert entered.wait(10)
    acks = len(server.frames_of("ack"))
    for n in range(5):
        server.push_comment("viewer", f"extra {n}")
    server.wait_for_frames("ack", acks + 5)  # read (and acked) while the handler blocks
    wait_until(lambda: client.stats.overflow_dropped >= 4, what="the reader handed every frame over")
    release.set()
    client.stop()  # joins the reader: every frame it read is counted now
    # A queue of one: "extra 0" waits in it, so at least "extra 1" to "extra 3" were dropped
    # ("extra 4" may have come after the release).
    assert client.stats.overflow_dropped >= 3
    warnings = [r for r in caplog.records if "fall behind" in r.getMessage()]
    assert len(warnings) == 1


@pytest.mark.parametrize(
    "options, expected", [("ping-interval=inf; ping-timeout=25", 0.2), ("ping-interval=0.0001", 0.1)]
)
def test_handshake_options_are_clamped(server, make_client, options, expected):
    server.handshake_options = options
    client = make_client()
    client.start()
    assert client.heartbeat_interval == expected  # inf: the fetch result's 0.2 s; tiny: 0.1 s
