"""Random bytes as frames and as message payloads: only the documented errors come out, and
secrets stay out of reprs; a client whose socket is gone tears down quietly. No sockets."""

from __future__ import annotations

import contextlib
import gzip
import types

from google.protobuf.message import DecodeError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync._transport.frames import FrameError, decode_fetch_result
from tiktoklive_sync.events import EVENT_TYPES, events_from_message
from tiktoklive_sync.proto import webcast_pb2 as pb

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


def test_teardown_never_raises_when_the_socket_is_already_gone():
    from tiktoklive_sync._transport.push import WebcastConnection
    from tiktoklive_sync._transport.websocket import WebSocket

    def gone(*args):  # what a socket does after the peer dropped it
        raise OSError(107, "Transport endpoint is not connected")

    class GoneSocket:  # websocket-client's WebSocket around such a socket
        sock = types.SimpleNamespace(shutdown=gone, settimeout=gone, sendall=gone)
        frame_buffer = types.SimpleNamespace(recv=gone)
        abort = shutdown = send_close = gone
        get_mask_key = None

    connection = WebcastConnection(WebSocket(GoneSocket()), room_id=1, heartbeat_interval=10.0)
    connection.close()
    connection.abort()
    connection.release()
    assert not connection.is_open


def test_proxy_passwords_stay_out_of_reprs():
    client = TikTokLiveClient("creator", proxy="http://bob:hunter2@proxy.example:8080")
    assert "hunter2" not in repr(client.proxy) and "bob:***@" in repr(client.proxy)
    assert "hunter2" not in repr(client)
