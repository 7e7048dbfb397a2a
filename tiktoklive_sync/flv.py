"""FLV, the container of TikTok's live pull streams: a 9-byte header, then tags (audio,
video, script data), each with a millisecond timestamp and followed by its size.

Only what recording needs: walking tags as bytes arrive (for the duration recorded so far)
and rewriting a tag's timestamp (for the local TikTok's looping stream).
"""

from __future__ import annotations

import struct
from typing import Iterator, Optional, Tuple

__all__ = ["HEADER", "FlvError", "TagReader", "iter_tags", "with_timestamp"]

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


class TagReader:
    """Follows a stream as it arrives: checks the header, counts tags and keeps the
    timestamp of the last whole one. Buffers at most one tag."""

    def __init__(self) -> None:
        self._buffer = b""
        self._header_seen = False
        self.tags = 0
        self.first_timestamp: Optional[int] = None
        self.last_timestamp = 0

    @property
    def seconds(self) -> float:
        """How much media the stream carried so far, by its timestamps."""
        if self.first_timestamp is None:
            return 0.0
        return max(0, self.last_timestamp - self.first_timestamp) / 1000.0

    def feed(self, data: bytes) -> None:
        """Take the next bytes of the stream; FlvError if it is not FLV."""
        self._buffer += data
        if not self._header_seen:
            if len(self._buffer) < len(HEADER):
                return
            if not self._buffer.startswith(b"FLV"):
                raise FlvError("the stream is not FLV")
            self._buffer = self._buffer[len(HEADER) :]
            self._header_seen = True
        consumed = 0
        for _, kind, timestamp, end in iter_tags(self._buffer, 0):
            consumed = end
            if kind in (AUDIO, VIDEO):
                self.tags += 1
                if self.first_timestamp is None:
                    self.first_timestamp = timestamp
                self.last_timestamp = max(self.last_timestamp, timestamp)
        self._buffer = self._buffer[consumed:]
