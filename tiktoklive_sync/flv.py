"""FLV, the container of TikTok's live pull streams: a 9-byte header, then tags (audio,
video, script data), each with a millisecond timestamp and followed by its size.

Only what recording needs: walking tags as bytes arrive (for the duration recorded so far,
and to start a new file at a keyframe with the codec configuration repeated) and rewriting
a tag's timestamp (for the local TikTok's looping stream).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

__all__ = ["HEADER", "FlvError", "Tag", "TagReader", "iter_tags", "with_timestamp"]

#: The FLV header with audio and video, and the first (zero) previous-tag-size.
HEADER = b"FLV\x01\x05\x00\x00\x00\x09" + b"\x00\x00\x00\x00"
TAG_HEADER = 11
AUDIO, VIDEO, SCRIPT = 8, 9, 18


class FlvError(ValueError):
    """Bytes that are not an FLV stream."""


def iter_tags(data: bytes, start: int = len(HEADER)) -> Iterator[Tuple[int, int, int, int]]:
    """``(offset, tag type, timestamp ms, end offset)`` of each whole tag from ``start``."""
    position = start
    while position + TAG_HEADER <= len(data):
        kind = data[position]
        size = int.from_bytes(data[position + 1 : position + 4], "big")
        end = position + TAG_HEADER + size + 4
        if end > len(data):
            return
        yield position, kind, _timestamp(data, position), end
        position = end


def with_timestamp(tag: bytes, timestamp: int) -> bytes:
    """``tag`` (a whole tag with its trailing size) with its timestamp set to ``timestamp``."""
    stamp = struct.pack(">I", timestamp & 0xFFFFFFFF)
    return tag[:4] + stamp[1:] + stamp[:1] + tag[8:]


def _timestamp(data: bytes, position: int) -> int:
    low = int.from_bytes(data[position + 4 : position + 7], "big")
    return low | data[position + 7] << 24


@dataclass(frozen=True)
class Tag:
    """One whole tag as it arrived (``data`` includes its header and trailing size)."""

    data: bytes
    kind: int
    timestamp: int

    @property
    def is_keyframe(self) -> bool:
        """A video tag a decoder can start at."""
        return self.kind == VIDEO and len(self.data) > TAG_HEADER and self.data[TAG_HEADER] >> 4 == 1

    @property
    def is_codec_config(self) -> bool:
        """An AVC or AAC sequence header: what a decoder needs before any frame."""
        if len(self.data) <= TAG_HEADER + 1:
            return False
        first, packet_type = self.data[TAG_HEADER], self.data[TAG_HEADER + 1]
        avc = self.kind == VIDEO and first & 0x0F == 7
        aac = self.kind == AUDIO and first >> 4 == 10
        return (avc or aac) and packet_type == 0


class TagReader:
    """Follows a stream as it arrives: checks the header, hands out whole tags, and keeps the
    timestamps of the media. Buffers at most one tag."""

    def __init__(self) -> None:
        self._buffer = b""
        self.header: Optional[bytes] = None
        self.tags = 0
        self.first_timestamp: Optional[int] = None
        self.last_timestamp = 0

    @property
    def seconds(self) -> float:
        """How much media the stream carried so far, by its timestamps."""
        if self.first_timestamp is None:
            return 0.0
        return max(0, self.last_timestamp - self.first_timestamp) / 1000.0

    def feed(self, data: bytes) -> List[Tag]:
        """Take the next bytes of the stream; the tags they completed (FlvError if the
        stream is not FLV). The header is kept in ``header``."""
        self._buffer += data
        if self.header is None:
            if len(self._buffer) < len(HEADER):
                return []
            if not self._buffer.startswith(b"FLV"):
                raise FlvError("the stream is not FLV")
            self.header, self._buffer = self._buffer[: len(HEADER)], self._buffer[len(HEADER) :]
        tags, consumed = [], 0
        for start, kind, timestamp, end in iter_tags(self._buffer, 0):
            consumed = end
            tags.append(Tag(self._buffer[start:end], kind, timestamp))
            if kind in (AUDIO, VIDEO):
                self.tags += 1
                if self.first_timestamp is None:
                    self.first_timestamp = timestamp
                self.last_timestamp = max(self.last_timestamp, timestamp)
        self._buffer = self._buffer[consumed:]
        return tags
