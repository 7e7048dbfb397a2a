"""Hostile input and long lifetimes: fuzzed frames, invalid UTF-8, HTML where JSON belongs,
hanging HTTP, oversized frames, leaked secrets, many start/stop cycles, and raw-socket peers
that ignore close frames, trickle bytes or send amplification payloads."""

from __future__ import annotations

import contextlib
import gzip
import logging
import os
import struct
import threading
from typing import Any, List

import pytest
from google.protobuf.message import DecodeError, Message
from helpers import Recorder, library_threads
from hostile_peers import HostileHttpServer, HostilePushServer, Peer, ws_frame
from hypothesis import given, settings
from hypothesis import strategies as st
from wire import field, message

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync._transport.frames import FrameError, decode_fetch_result
from tiktoklive_sync._transport.websocket import MAX_FRAME_SIZE
from tiktoklive_sync.errors import SignAPIError, TikTokHTTPError, WebSocketConnectionError
from tiktoklive_sync.events import (
    EVENT_TYPES,
    CommentEvent,
    DisconnectEvent,
    UnknownEvent,
)
from tiktoklive_sync.proto import webcast_pb2 as pb
from tiktoklive_sync.reconnect import ReconnectPolicy

METHODS = [*EVENT_TYPES, "WebcastSomethingNewMessage"]


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


def test_oversized_frame_ends_the_connection_unread_and_the_stream_resumes(server, make_client, caplog):
    client = make_client(reconnect=ReconnectPolicy(initial_delay=0.01, jitter=0))
    recorder = Recorder().listen(client, CommentEvent)
    client.start()
    with caplog.at_level(logging.WARNING, logger="tiktoklive_sync"):
        server.send_raw_frame(b"\x00" * (MAX_FRAME_SIZE + 1))
        server.push_comment("viewer", "after the big one")
        recorder.wait_for(CommentEvent)
    assert any("announced; not read" in record.getMessage() for record in caplog.records)
    assert client.stats.reconnects == 1


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
    assert client.web.http.session.verify is True  # TLS verification is never turned off


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc (Linux)")
def test_many_start_stop_cycles_leave_nothing_behind(server):
    def settle():
        server.wait_for_disconnects(len(server.sessions))
        for thread in threading.enumerate():  # the fake server's connections end too
            if thread is not threading.main_thread() and thread.name != server_thread:
                thread.join(5)

    server_thread = f"fake-tiktok-{server.port}"  # its accept loop: lives as long as the server
    client = TikTokLiveClient("creator", **server.client_kwargs)
    client.start()
    client.stop()
    settle()
    threads_before, fds_before = set(threading.enumerate()), open_fds()
    for _ in range(200):
        client.start(fetch_live_check=False)
        client.stop()
    client.close()
    settle()
    assert len(server.sessions) == 201
    assert [t.name for t in threading.enumerate() if t not in threads_before] == []  # none new
    assert open_fds() <= fds_before
    assert alive_client_threads() == []


# -- peers FakeLiveServer cannot play: raw sockets (tests/hostile_peers.py) ------------------


def msg_frame(*messages: Message) -> bytes:
    result = pb.ProtoMessageFetchResult(cursor="c-1")
    for each in messages:
        result.messages.add(method=type(each).DESCRIPTOR.name, payload=each.SerializeToString())
    return pb.WebcastPushFrame(payload_type="msg", payload=result.SerializeToString()).SerializeToString()


def live_ended() -> bytes:
    return msg_frame(pb.WebcastControlMessage(action=3))


def alive_client_threads() -> List[str]:
    return [thread.name for thread in library_threads()]


@pytest.fixture
def hostile_client(server, make_client):
    """A client whose sign server (FakeLiveServer) hands out the hostile push server."""

    def make(hostile: HostilePushServer, **kwargs: Any) -> TikTokLiveClient:
        server.edit_sign_result(hostile.point_here)
        return make_client(**{"reconnect": False, **kwargs})

    return make


def test_stop_is_prompt_when_the_peer_ignores_the_close_frame(hostile_client):
    with HostilePushServer(Peer.ignore_everything) as hostile:
        client = hostile_client(hostile, stall_after=None)
        client.start()
        client.stop()
        assert alive_client_threads() == []  # every thread joined, though no close came back
        client.start()  # and the client can start again at once
        client.stop()
        assert alive_client_threads() == []


def test_a_live_end_ends_the_run_when_the_peer_ignores_the_close_frame(hostile_client, recorder):
    def end_then_ignore(peer: Peer) -> None:
        peer.send(ws_frame(live_ended()))
        peer.ignore_everything()

    with HostilePushServer(end_then_ignore) as hostile:
        client = hostile_client(hostile, stall_after=None)
        recorder.listen(client, DisconnectEvent)
        client.start()
        assert client.wait(timeout=30)  # returns on its own: nothing waits for the peer
        assert recorder.wait_for(DisconnectEvent)[0].reason == "live_ended"


def test_a_trickled_frame_does_not_defeat_the_stall_watchdog(hostile_client):
    # The heartbeat interval is FakeLiveServer's 0.2 s: the watchdog allows 3 x 0.2 s per
    # whole message, while every single byte arrives within 0.1 s.
    with HostilePushServer(lambda peer: peer.trickle(ws_frame(b"x" * 500), every=0.1)) as hostile:
        client = hostile_client(hostile, stall_after=3)
        client.start()
        with pytest.raises(WebSocketConnectionError, match="stalled"):
            client.wait(timeout=30)


def test_a_trickled_handshake_hits_its_deadline(server):
    from tiktoklive_sync._transport.push import WebcastConnection

    with HostilePushServer(Peer.ignore_everything, handshake_every=0.3) as hostile, pytest.raises(
        WebSocketConnectionError, match="no answer within 1 s"
    ):
        WebcastConnection.open(
            hostile.url,
            room_id=1,
            cookies={},
            user_agent="Mozilla/5.0 test",
            fetch_result=pb.ProtoMessageFetchResult(),
            handshake_deadline=1.0,
        )


def test_a_huge_announced_frame_is_never_read(hostile_client):
    header_only = bytes([0x82, 127]) + struct.pack(">Q", 200 * 1024 * 1024)
    with HostilePushServer(lambda peer: (peer.send(header_only), peer.ignore_everything())) as hostile:
        client = hostile_client(hostile)
        client.start()
        with pytest.raises(WebSocketConnectionError, match="announced; not read"):
            client.wait(timeout=30)


def test_a_message_in_thousands_of_fragments_arrives_whole(hostile_client, recorder):
    data = msg_frame(pb.WebcastChatMessage(content="in pieces", user=pb.User(display_id="frag")))
    pieces = [data[i : i + 3] for i in range(0, len(data), 3)]
    fragments = [ws_frame(pieces[0], opcode=0x2, fin=False)]
    fragments += [ws_frame(piece, opcode=0x0, fin=False) for piece in pieces[1:-1]]
    fragments += [ws_frame(pieces[-1], opcode=0x0, fin=True)]

    def send_in_pieces(peer: Peer) -> None:
        peer.send(b"".join(fragments))
        peer.ignore_everything()

    with HostilePushServer(send_in_pieces) as hostile:
        client = hostile_client(hostile, stall_after=None)
        recorder.listen(client, CommentEvent)
        client.start()
        assert recorder.wait_for(CommentEvent)[0].comment == "in pieces"
        client.stop()


def test_millions_of_empty_messages_are_refused_before_parsing(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, CommentEvent)
    client.start()
    server.wait_for_clients()
    bomb = gzip.compress(b"\x0a\x00" * 2_000_000)  # 4 MB of empty messages in a few KB
    frame = pb.WebcastPushFrame(payload_type="msg", payload=bomb)
    frame.headers.add(key="compress_type", value="gzip")
    assert len(frame.SerializeToString()) < 16_000
    server.send_raw_frame(frame.SerializeToString())
    server.push_comment("viewer", "still here")
    assert recorder.wait_for(CommentEvent)[0].comment == "still here"
    assert client.stats.frames_skipped == 1


def test_an_unreachable_sign_server_never_shows_the_session_in_a_traceback(server):
    import traceback

    from helpers import unused_port

    session = "sEcReT-in-the-query-42"
    client = TikTokLiveClient(
        "creator",
        app_url=server.app_url,
        webcast_url=server.webcast_url,
        sign_url=f"http://127.0.0.1:{unused_port()}",
        sign_route="fetch",  # the older route carries the session in the query
        session_id=session,
    )
    with pytest.raises(SignAPIError) as info:
        client.start(authenticate_ws=True)
    printed = "".join(traceback.format_exception(info.type, info.value, info.tb))
    assert "session_id=***" in printed  # the URL is there, as the cause, redacted
    assert session not in printed
    client.close()


# -- HTTP peers that choose their pace or their size ------------------------------------------

OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"


@pytest.mark.parametrize(
    "answer",
    [
        lambda peer: peer.trickle(OK_HEAD + b"<html>" * 20000, every=0.05),  # the headers trickle
        lambda peer: (peer.send(OK_HEAD), peer.trickle(b"<html>" * 20000, every=0.05)),  # the body trickles
    ],
    ids=["headers", "body"],
)
def test_a_trickled_http_answer_hits_the_request_deadline(answer):
    with HostileHttpServer(answer) as tiktok:
        client = TikTokLiveClient("creator", app_url=tiktok.url, webcast_url=tiktok.url, http_deadline=1.0)
        with pytest.raises(TikTokHTTPError) as info:
            client.web.fetch_is_live(1)
        assert info.value.timed_out and "no whole answer within 1 s" in str(info.value)
        client.close()


def test_an_http_answer_that_inflates_too_far_is_refused():
    bomb = gzip.compress(b"{" + b" " * (64 * 1024 * 1024) + b"}")  # 64 MB of JSON in ~64 KB
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        + f"Content-Length: {len(bomb)}\r\n\r\n".encode()
    )
    with HostileHttpServer(lambda peer: peer.send(head + bomb)) as tiktok:
        client = TikTokLiveClient("creator", app_url=tiktok.url, webcast_url=tiktok.url)
        with pytest.raises(TikTokHTTPError, match="larger than 16777216 bytes"):
            client.web.fetch_is_live(1)
        client.close()


def test_an_endless_http_answer_is_refused():
    def endless(peer: Peer) -> None:
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
        while peer.send(chunk):
            pass

    with HostileHttpServer(endless) as tiktok:
        client = TikTokLiveClient("creator", app_url=tiktok.url, webcast_url=tiktok.url)
        with pytest.raises(TikTokHTTPError, match="larger than"):
            client.start()
        client.close()


def test_a_websocket_redirect_is_not_followed_with_the_cookies(server, make_client):
    with HostileHttpServer(lambda peer: None) as elsewhere:

        def redirect(peer: Peer) -> None:
            target = f"ws://localhost:{elsewhere.port}/steal"
            peer.send(f"HTTP/1.1 302 Found\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n".encode())
            peer.ignore_everything()

        with HostileHttpServer(redirect) as push:
            server.edit_sign_result(
                lambda result: setattr(result, "push_server", f"ws://127.0.0.1:{push.port}/")
            )
            client = make_client(reconnect=False)
            with pytest.raises(WebSocketConnectionError, match="redirect"):
                client.start()
            assert push.connections and elsewhere.connections == []  # the cookies went nowhere


def test_without_the_watchdog_a_silent_peer_is_waited_for(hostile_client, recorder):
    # The handshake's read timeout must not become a watchdog the user turned off: the
    # connection is opened with a 0.5 s read timeout here, and the peer stays silent for 2 s.
    def silent_then_comment(peer: Peer) -> None:
        if not peer.closing.wait(2.0):
            peer.send(
                ws_frame(msg_frame(pb.WebcastChatMessage(content="late", user=pb.User(display_id="v"))))
            )
        peer.ignore_everything()

    with HostilePushServer(silent_then_comment) as hostile:
        client = hostile_client(hostile, stall_after=None, http_timeout=0.5)
        recorder.listen(client, CommentEvent)
        client.start()
        assert recorder.wait_for(CommentEvent)[0].comment == "late"
        assert client.connected
        client.stop()


def test_stop_returns_when_the_peer_floods_pings_and_stops_reading(hostile_client):
    def flood_pings(peer: Peer) -> None:
        ping = ws_frame(b"p" * 125, opcode=0x9)
        while not peer.closing.is_set() and peer.send(ping * 64):
            pass  # and never read: our pongs fill the socket until a send blocks

    with HostilePushServer(flood_pings) as hostile:
        client = hostile_client(hostile, stall_after=None)
        client.start()
        threading.Event().wait(1.0)  # long enough for the pongs to fill the socket
        stopper = threading.Thread(target=client.stop)
        stopper.start()
        stopper.join(15)
        assert not stopper.is_alive()  # the close never waits for the stuck pong
        assert alive_client_threads() == []


def test_empty_fragments_forever_end_the_connection_not_the_memory(hostile_client):
    from tiktoklive_sync._transport.websocket import MAX_FRAGMENTS

    def endless_empty_fragments(peer: Peer) -> None:
        if peer.send(ws_frame(b"", opcode=0x2, fin=False)):
            empty = ws_frame(b"", opcode=0x0, fin=False)
            while not peer.closing.is_set() and peer.send(empty * 256):
                pass

    with HostilePushServer(endless_empty_fragments) as hostile:
        client = hostile_client(hostile, stall_after=None)
        client.start()
        with pytest.raises(WebSocketConnectionError, match=f"more than {MAX_FRAGMENTS} fragments"):
            client.wait(timeout=30)
    assert MAX_FRAGMENTS == 1024
