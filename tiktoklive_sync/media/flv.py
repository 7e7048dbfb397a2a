"""FLV, the container of TikTok's live pull streams: a 9-byte header, then tags (audio,
video, script data), each with a millisecond timestamp and followed by its size.

Only what recording needs: walking tags as bytes arrive (for the duration recorded so far,
and to start a new file at a keyframe with the codec configuration repeated) and rewriting
a tag's timestamp (for the local TikTok's looping stream).
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

__all__ = ["HEADER", "MAX_TAG_SIZE", "FlvError", "Tag", "TagReader", "iter_tags", "with_timestamp"]

logger = logging.getLogger(__name__)

#: The FLV header with audio and video, and the first (zero) previous-tag-size.
HEADER = b"FLV\x01\x05\x00\x00\x00\x09" + b"\x00\x00\x00\x00"
#: How every FLV header begins (signature and version 1).
SIGNATURE = b"FLV\x01"
TAG_HEADER = 11
AUDIO, VIDEO, SCRIPT = 8, 9, 18
#: The ``kind`` of the Tag a TagReader hands out for an FLV header met mid-stream.
HEADER_KIND = -1
#: The largest tag body a reader waits for (a 4K keyframe is well under a megabyte).
MAX_TAG_SIZE = 4 * 1024 * 1024


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
    def is_header(self) -> bool:
        """An FLV header met mid-stream: a new stream begins (timestamps start again)."""
        return self.kind == HEADER_KIND

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
    timestamps of the media.

    Every tag is checked before it is handed out: a known type, a stream id of 0, a size of
    at most MAX_TAG_SIZE, and a trailing previous-tag-size that matches. Bytes that do not
    form such a tag (a damaged size, a torn write, garbage) are skipped up to the next tag
    that does, or to a new FLV header, which is handed out as a tag of its own
    (``is_header``: a new stream began, its timestamps start again). ``skipped`` counts the
    bytes skipped, ``resyncs`` the places where the reader had to look for the next tag.
    Buffers at most one tag (MAX_TAG_SIZE).
    """

    def __init__(self) -> None:
        self._buffer = b""
        self.header: Optional[bytes] = None
        self.tags = 0
        self.first_timestamp: Optional[int] = None
        self.last_timestamp = 0
        self._earlier_seconds = 0.0
        #: Bytes skipped because they formed no valid tag, and how many times that happened.
        self.skipped = 0
        self.resyncs = 0

    @property
    def seconds(self) -> float:
        """How much media the stream carried so far, by its timestamps (every header's)."""
        if self.first_timestamp is None:
            return self._earlier_seconds
        return self._earlier_seconds + max(0, self.last_timestamp - self.first_timestamp) / 1000.0

    def feed(self, data: bytes) -> List[Tag]:
        """Take the next bytes of the stream; the tags they completed (FlvError if the
        stream does not begin as FLV). The first header is kept in ``header``."""
        self._buffer += data
        if self.header is None:
            if len(self._buffer) < len(HEADER):
                return []
            if not self._buffer.startswith(SIGNATURE):
                raise FlvError("the stream is not FLV")
            self.header, self._buffer = self._buffer[: len(HEADER)], self._buffer[len(HEADER) :]
        return self._take(final=False)

    def finish(self) -> List[Tag]:
        """The stream ended: the whole tags still buffered (a last tag cut off, or one whose
        damaged size promised more than came, is skipped)."""
        tags = self._take(final=True)
        self.skipped += len(self._buffer)
        self._buffer = b""
        return tags

    def _take(self, *, final: bool) -> List[Tag]:
        buffer, position, tags = self._buffer, 0, []
        while position + TAG_HEADER <= len(buffer):
            if buffer.startswith(SIGNATURE, position):
                if position + len(HEADER) > len(buffer):
                    break
                tags.append(Tag(buffer[position : position + len(HEADER)], HEADER_KIND, 0))
                self._new_stream()
                position += len(HEADER)
                continue
            end = _tag_end(buffer, position)
            if end is not None and end <= len(buffer) and _trailer_matches(buffer, position, end):
                kind, timestamp = buffer[position] & 0x1F, _timestamp(buffer, position)
                tags.append(Tag(buffer[position:end], kind, timestamp))
                if kind in (AUDIO, VIDEO):
                    self._saw_media(timestamp)
                position = end
                continue
            if end is not None and end > len(buffer) and not final:
                break  # a tag that looks right so far: wait for the rest of it
            following = _next_candidate(buffer, position + 1)
            self.resyncs += 1
            self.skipped += following - position
            logger.log(
                logging.WARNING if self.resyncs == 1 else logging.DEBUG,
                "the FLV stream has %d bytes that form no tag (damaged or torn); skipped to the "
                "next tag (%d bytes skipped so far)",
                following - position,
                self.skipped,
            )
            position = following
        self._buffer = buffer[position:]
        return tags

    def _saw_media(self, timestamp: int) -> None:
        self.tags += 1
        if self.first_timestamp is None:
            self.first_timestamp = timestamp
        self.last_timestamp = max(self.last_timestamp, timestamp)

    def _new_stream(self) -> None:
        """A new FLV header: the next timestamps start a stream of their own."""
        self._earlier_seconds = self.seconds
        self.first_timestamp, self.last_timestamp = None, 0


def _tag_end(data: bytes, position: int) -> Optional[int]:
    """Where the tag at ``position`` ends (its trailing size included), or None when its
    header cannot be a tag's (unknown type, stream id not 0, size past MAX_TAG_SIZE)."""
    kind = data[position] & 0x1F
    size = int.from_bytes(data[position + 1 : position + 4], "big")
    if kind not in (AUDIO, VIDEO, SCRIPT) or data[position] & 0xC0 or size > MAX_TAG_SIZE:
        return None
    if data[position + 8 : position + 11] != b"\x00\x00\x00":
        return None
    return position + TAG_HEADER + size + 4


def _trailer_matches(data: bytes, position: int, end: int) -> bool:
    """Whether the tag's trailing previous-tag-size says its own size, as FLV requires."""
    return int.from_bytes(data[end - 4 : end], "big") == end - 4 - position


def _next_candidate(data: bytes, start: int) -> int:
    """The first place from ``start`` where a tag or an FLV header may begin (the end of
    what can be judged yet, when none does)."""
    for position in range(start, len(data) - TAG_HEADER + 1):
        if data.startswith(SIGNATURE, position) or _tag_end(data, position) is not None:
            return position
    return max(start, len(data) - TAG_HEADER + 1)
