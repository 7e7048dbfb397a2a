"""Push frames: reading what TikTok sends (fetch results, gzip, limits) and building what
we send (enter room, heartbeats, acks). No sockets here."""

from __future__ import annotations

import secrets
import zlib
from dataclasses import dataclass
from typing import Optional, Tuple

from google.protobuf.message import DecodeError

from ..proto import webcast_pb2 as pb

__all__ = [
    "MAX_DECOMPRESSED_SIZE",
    "MAX_MESSAGES_PER_RESULT",
    "FrameError",
    "ReceivedResult",
    "ack_frame",
    "count_messages",
    "decode_fetch_result",
    "enter_room_frame",
    "gunzip_capped",
    "heartbeat_frame",
    "read_push_frame",
]

#: A gzip payload may not inflate beyond this (protects against gzip bombs).
MAX_DECOMPRESSED_SIZE = 32 * 1024 * 1024
#: A fetch result may carry at most this many messages (real ones carry a few dozen).
MAX_MESSAGES_PER_RESULT = 10_000
GZIP_MAGIC = b"\x1f\x8b\x08"


class FrameError(ValueError):
    """A websocket message that is not a usable webcast frame (logged and skipped)."""


@dataclass
class ReceivedResult:
    """A fetch result that arrived on the websocket, with the frame's log id."""

    log_id: int
    result: pb.ProtoMessageFetchResult
    #: Whether TikTok asked for an ack of it.
    need_ack: bool = False


def read_push_frame(data: bytes) -> Tuple[pb.WebcastPushFrame, Optional[ReceivedResult]]:
    """The push frame in a websocket message, and the fetch result it carries (None for the
    transport's own frames: heartbeat answers and the like). FrameError if unusable."""
    frame = pb.WebcastPushFrame()
    try:
        frame.ParseFromString(data)
    except DecodeError as exc:
        raise FrameError(f"not a push frame ({len(data)} bytes)") from exc
    if frame.payload_type not in ("msg", "im_enter_room_resp"):
        return frame, None
    result = decode_fetch_result(frame)
    need_ack = result.need_ack and frame.payload_type == "msg"
    return frame, ReceivedResult(log_id=frame.log_id, result=result, need_ack=need_ack)


def decode_fetch_result(frame: pb.WebcastPushFrame) -> pb.ProtoMessageFetchResult:
    """The fetch result inside a ``msg`` frame, gunzipped when it is gzip."""
    payload = frame.payload
    compressed = payload.startswith(GZIP_MAGIC) or any(
        header.key == "compress_type" and header.value == "gzip" for header in frame.headers
    )
    if compressed:
        payload = gunzip_capped(payload)
    count_messages(payload, MAX_MESSAGES_PER_RESULT)
    result = pb.ProtoMessageFetchResult()
    try:
        result.ParseFromString(payload)
    except DecodeError as exc:
        raise FrameError(f"msg payload is not a fetch result ({len(payload)} bytes)") from exc
    return result


def count_messages(payload: bytes, limit: int) -> int:
    """How many messages (field 1) a serialised fetch result holds, reading only its top-level
    field headers; FrameError past ``limit``, before protobuf builds any of them.

    A hostile peer can pack millions of empty messages into a few KB of gzip; parsing those
    would cost gigabytes. Every message starts with the byte 0x0A, so a payload with few such
    bytes is counted for free; otherwise the fields are walked, stopping past ``limit``.
    """
    if len(payload) <= 2 * limit or payload.count(b"\x0a") <= limit:
        return -1  # a message takes two bytes at least, and one 0x0A: no need to count exactly
    count = position = 0
    end = len(payload)
    while position < end:
        key, position = _varint(payload, position)
        wire_type = key & 7
        if wire_type == 0:
            _, position = _varint(payload, position)
        elif wire_type == 1:
            position += 8
        elif wire_type == 5:
            position += 4
        elif wire_type == 2:
            length, position = _varint(payload, position)
            position += length
            if key >> 3 == 1:
                count += 1
                if count > limit:
                    raise FrameError(f"a fetch result with more than {limit} messages; dropped")
        else:
            raise FrameError(f"msg payload is not a fetch result (wire type {wire_type})")
    return count


def _varint(data: bytes, position: int) -> Tuple[int, int]:
    value = shift = 0
    while True:
        if position >= len(data) or shift > 63:
            raise FrameError("msg payload is not a fetch result (bad varint)")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, position
        shift += 7


def gunzip_capped(data: bytes, limit: int = MAX_DECOMPRESSED_SIZE) -> bytes:
    """Inflate gzip ``data``; FrameError if it is corrupt, truncated or inflates past ``limit``."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, limit)
    except zlib.error as exc:
        raise FrameError(f"corrupt gzip payload: {exc}") from exc
    if inflater.unconsumed_tail:
        raise FrameError(f"gzip payload inflates past {limit} bytes; dropped")
    if not inflater.eof:
        raise FrameError("truncated gzip payload")
    return out


def _frame(payload_type: str, payload: bytes, log_id: int = 0) -> bytes:
    frame = pb.WebcastPushFrame(
        log_id=log_id, payload_encoding="pb", payload_type=payload_type, payload=payload
    )
    return frame.SerializeToString()


def enter_room_frame(room_id: int) -> bytes:
    """Tell TikTok we entered the room, as an audience member.

    Each entry carries a fresh random ``enter_unique_id`` (a positive 63-bit number), as
    TikTok's player and TikTok-Live-Connector send; the other fields are the player's
    constants (proto3 leaves the empty and zero ones off the wire).
    """
    message = pb.WebcastImEnterRoomMessage(
        room_id=room_id,
        room_tag="",
        live_region="",
        live_id=12,
        identity="audience",
        cursor="",
        account_type=0,
        enter_unique_id=secrets.randbelow(2**63 - 1) + 1,
        filter_welcome_msg="0",
        is_anchor_continue_keep_msg=False,
    )
    return _frame("im_enter_room", message.SerializeToString())


def heartbeat_frame(room_id: int, sequence: int) -> bytes:
    """We are still here (numbered 1, 2, 3... per connection)."""
    return _frame("hb", pb.HeartBeatMessage(room_id=room_id, send_packet_seq_id=sequence).SerializeToString())


def ack_frame(log_id: int, internal_ext: str) -> bytes:
    """The acknowledgement of a fetch result TikTok asked us to ack."""
    return _frame("ack", (internal_ext or "-").encode("utf-8"), log_id=log_id)
