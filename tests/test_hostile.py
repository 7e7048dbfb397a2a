"""Hostile input and long lifetimes: fuzzed frames, invalid UTF-8, HTML where JSON belongs,
hanging HTTP, oversized frames, leaked secrets, and many start/stop cycles."""

from __future__ import annotations

import contextlib
import gzip
import logging
import os
import threading

import pytest
from google.protobuf.message import DecodeError
from helpers import Recorder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wire import field, message

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.errors import SignAPIError, TikTokHTTPError
from tiktoklive_sync.events import EVENT_TYPES, CommentEvent, UnknownEvent, events_from_message
from tiktoklive_sync.proto import webcast_pb2 as pb
from tiktoklive_sync.ws import MAX_FRAME_SIZE, FrameError, decode_fetch_result

METHODS = [*EVENT_TYPES, "WebcastSomethingNewMessage"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048), gzipped=st.booleans())
def test_fuzz_frames_fail_only_with_frame_errors(data, gzipped):
    frame = pb.WebcastPushFrame(payload_type="msg", payload=gzip.compress(data) if gzipped else data)
    if gzipped:
        frame.headers.add(key="compress_type", value="gzip")
    try:
        result = decode_fetch_result(frame)
    except FrameError:
        return
    for item in result.messages:  # whatever parsed must decode or fail cleanly
        with contextlib.suppress(DecodeError):
            events_from_message(item.method, item.payload)


@settings(max_examples=600, deadline=None)
@given(method=st.sampled_from(METHODS), data=st.binary(max_size=1024))
def test_fuzz_message_payloads(method, data):
    try:
        events = events_from_message(method, data)
    except DecodeError:
        return
    assert events
    for event in events:
        event.to_dict()  # every decoded event can be logged


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=512))
def test_fuzz_raw_websocket_messages_never_raise_unexpectedly(raw):
    try:
        frame = pb.WebcastPushFrame.FromString(raw)
    except DecodeError:
        return
    with contextlib.suppress(FrameError):
        decode_fetch_result(frame)


def test_invalid_utf8_in_a_string_field_is_reported_not_fatal(server, make_client, caplog):
    client = make_client()
    recorder = Recorder().listen(client, CommentEvent, UnknownEvent)
    client.start()
    with caplog.at_level(logging.WARNING, logger="tiktoklive_sync"):
        server.push_raw("WebcastChatMessage", message(field(3, b"bad \xff\xfe utf-8")))
        server.push_comment("viewer", "fine")
        assert recorder.wait_for(CommentEvent)[0].comment == "fine"
    (unknown,) = recorder.wait_for(UnknownEvent)
    assert unknown.payload == message(field(3, b"bad \xff\xfe utf-8"))
    assert client.stats.decode_failures == 1


def test_oversized_frame_is_dropped(server, make_client, caplog):
    client = make_client()
    recorder = Recorder().listen(client, CommentEvent)
    client.start()
    with caplog.at_level(logging.WARNING, logger="tiktoklive_sync"):
        server.send_raw_frame(b"\x00" * (MAX_FRAME_SIZE + 1))
        server.push_comment("viewer", "after the big one")
        recorder.wait_for(CommentEvent)
    assert any("over the" in record.getMessage() for record in caplog.records)


def test_html_where_json_belongs(server, make_client):
    server.hide_live_page_state()  # so the room API (JSON) is asked
    server.answer_with_html()
    with pytest.raises(TikTokHTTPError, match="non-JSON"):
        make_client().start()
    server.clear_faults()
    server.answer_with_html(times=1)  # the live page works; check_alive gets a captcha page
    with pytest.raises(TikTokHTTPError, match="non-JSON"):
        make_client().start()


def test_hanging_http_times_out(server, make_client):
    server.slow_http(30)
    client = make_client(http_timeout=0.3)
    with pytest.raises(TikTokHTTPError, match="timed out"):
        client.start()
    server.clear_faults()


def test_hanging_sign_server_times_out(server, make_client):
    client = make_client(http_timeout=0.3)
    server.slow_http(30, after=2)  # page and check_alive answer; the sign call hangs
    with pytest.raises(SignAPIError, match="timed out"):
        client.start()
    server.clear_faults()


def test_secrets_never_reach_logs_or_errors(server, make_client, caplog):
    session, key = "sEcReT-SeSsIoN-123", "KeY-9876-secret"
    server.api_key = key
    client = make_client(session_id=session, sign_api_key=key)
    with caplog.at_level(logging.DEBUG):
        client.start(authenticate_ws=True)
        server.push_comment("viewer", "hi")
        server.rate_limit_sign(retry_after=1)
        server.drop_connections()
        server.wait_for_sessions(1)
        client.stop()
    assert server.sign_requests()[0].headers["x-cookie-header"].startswith(f"sessionid={session};")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "sessionid=***" in text  # the websocket's handshake log, redacted
    assert session not in text and key not in text
    assert client.web.session.verify is True  # TLS verification is never turned off


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc (Linux)")
def test_many_start_stop_cycles_leave_nothing_behind(server):
    def settle():
        server.wait_for_disconnects(len(server.sessions))
        for thread in threading.enumerate():  # the fake server's per-connection threads
            if thread is not threading.main_thread() and not thread.name.startswith("fake-tiktok"):
                thread.join(5)

    client = TikTokLiveClient("creator", **server.client_kwargs)
    client.start()
    client.stop()
    settle()
    threads_before, fds_before = threading.active_count(), open_fds()
    for _ in range(200):
        client.start(fetch_live_check=False)
        client.stop()
    settle()
    client.close()
    assert len(server.sessions) == 201
    assert threading.active_count() == threads_before
    assert open_fds() <= fds_before + 1  # at most one pooled keep-alive HTTP connection
    assert [t.name for t in threading.enumerate() if t.name.startswith("tiktoklive-")] == []


def test_teardown_never_raises_when_the_socket_is_already_gone():
    from tiktoklive_sync.ws import WebcastConnection

    class GoneSocket:  # what websocket-client 1.9.0 does after the peer dropped the socket
        def abort(self):
            raise OSError(107, "Transport endpoint is not connected")

        shutdown = send_close = abort

    connection = WebcastConnection(GoneSocket(), room_id=1, heartbeat_interval=10.0)
    connection.close()
    connection.abort()
    connection.release()
    assert not connection.is_open
