"""Garbage on a real connection: skipped, counted, and the stream goes on."""

from __future__ import annotations

import gzip
import logging

from helpers import Recorder

from tiktoklive_sync.events import (
    CommentEvent,
    UnknownEvent,
)
from tiktoklive_sync.proto import webcast_pb2 as pb


def gzip_frame(payload: bytes) -> bytes:
    """A gzip-flagged msg frame around ``payload`` (whatever it is)."""
    frame = pb.WebcastPushFrame(log_id=5, payload_type="msg", payload_encoding="pb", payload=payload)
    frame.headers.add(key="compress_type", value="gzip")
    return frame.SerializeToString()


def test_garbage_frames_are_skipped_and_the_stream_goes_on(server, make_client, caplog):
    client = make_client()
    recorder = Recorder().listen(client, CommentEvent)
    client.start()
    server.wait_for_clients()
    whole = gzip.compress(pb.ProtoMessageFetchResult(cursor="c").SerializeToString())
    bomb = gzip.compress(b"\x00" * (40 * 1024 * 1024))
    with caplog.at_level(logging.WARNING, logger="tiktoklive_sync"):
        server.send_raw_frame(b"\xff\xfe not protobuf at all")
        server.send_raw_frame(b"a text message", text=True)
        server.send_raw_frame(gzip_frame(whole[:-9]))  # truncated gzip
        server.send_raw_frame(gzip_frame(bomb))  # inflates to 40 MB
        server.send_raw_frame(gzip_frame(gzip.compress(b"\x0a\xff\xff")))  # not a fetch result
        server.push_comment("viewer", "still here")
        assert recorder.wait_for(CommentEvent)[0].comment == "still here"
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "truncated gzip" in messages
    assert "inflates past" in messages
    assert "non-binary" in messages
    assert client.connected


def test_undecodable_payloads_become_unknown_events_with_one_warning(server, make_client, caplog):
    client = make_client()
    recorder = Recorder().listen(client, UnknownEvent, CommentEvent)
    client.start()
    with caplog.at_level(logging.WARNING, logger="tiktoklive_sync"):
        server.push_raw("WebcastChatMessage", b"\x0a\xff\xff\xff\xff\x0f")
        server.push_raw("WebcastChatMessage", b"\x1a\xff\x01")
        server.push_raw("WebcastFreshFeatureMessage", b"\x08\x96\x01")
        server.push_comment("viewer", "after the junk")
        recorder.wait_for(CommentEvent)
    unknown = recorder.wait_for(UnknownEvent, 3)
    assert [u.method for u in unknown] == [
        "WebcastChatMessage",
        "WebcastChatMessage",
        "WebcastFreshFeatureMessage",
    ]
    assert unknown[2].payload == b"\x08\x96\x01"
    warnings = [r for r in caplog.records if "cannot decode WebcastChatMessage" in r.getMessage()]
    assert len(warnings) == 1
