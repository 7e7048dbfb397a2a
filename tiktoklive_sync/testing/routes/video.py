"""The live video the local TikTok streams: the FLV pull stream (the committed sample,
looped with growing timestamps, paced in real time or faster, padded to a bit rate), the HLS
playlist and its MPEG-TS segments, and the pull URLs the room info lists.

For tests that need the video at a known moment, ``video_timeline(room)`` pauses the room's
FLV streams at a timestamp and says where they stand::

    timeline = video_timeline(server)
    timeline.pause_at(5000)              # each stream sends its tags up to 5 s, then holds
    moment = timeline.wait_paused()      # VideoMoment(stream=1, timestamp=4979)
    server.push_comment("viewer", "now") # arrives while the video stands at 4.979 s
    timeline.resume()
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from ...media.flv import HEADER as FLV_HEADER
from ...media.flv import SCRIPT as FLV_SCRIPT
from ...media.flv import iter_tags, with_timestamp
from ..media.make_sample import SECONDS, SEGMENT_SECONDS, segment_path
from ..serving import Exchange, Request, response

if TYPE_CHECKING:
    from ..room import Room

__all__ = [
    "SAMPLE_VIDEO",
    "VIDEO_QUALITIES",
    "VideoMoment",
    "VideoTimeline",
    "hls_playlist",
    "serve",
    "stream_urls",
    "video_timeline",
]

#: The live video every room streams (see media/make_sample.py).
SAMPLE_VIDEO = Path(__file__).resolve().parent.parent / "media" / "sample.flv"
#: TikTok's names of the pull-stream qualities, best first.
VIDEO_QUALITIES = ("FULL_HD1", "HD1", "SD1", "SD2")
#: How many segments a live HLS playlist lists (the newest ones).
HLS_WINDOW = 3


@dataclass(frozen=True)
class VideoMoment:
    """Where a paused FLV stream stands: ``stream`` is its number (1 for the room's first
    FLV stream, 2 for the next one opened...), ``timestamp`` the greatest timestamp (ms) of
    the tags it sent (None before its first tag)."""

    stream: int
    timestamp: Optional[int]


class VideoTimeline:
    """Pause points of one room's FLV streams (see the module's docstring).

    A stream holds (connection open, nothing sent) before the first tag whose timestamp is
    past its pause point, until the point moves past it or is removed; the time it held does
    not count towards its pacing. Timestamps are the stream's own: each stream starts at 0.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._points: Dict[Optional[int], int] = {}
        self._paused: Dict[int, VideoMoment] = {}
        #: How many FLV streams the room has opened.
        self.streams = 0

    def pause_at(self, timestamp: int, *, stream: Optional[int] = None) -> None:
        """Let stream number ``stream`` (every stream without a point of its own, when None)
        send its tags up to ``timestamp`` (ms; -1: none at all), then hold."""
        with self._changed:
            self._points[stream] = timestamp
            for number in list(self._paused):
                if stream is None or number == stream:
                    del self._paused[number]
            self._changed.notify_all()

    def resume(self, *, stream: Optional[int] = None) -> None:
        """Remove the pause point of ``stream`` (every pause point, when None)."""
        with self._changed:
            if stream is None:
                self._points.clear()
            else:
                self._points.pop(stream, None)
            self._changed.notify_all()

    def wait_paused(self, stream: Optional[int] = None, timeout: float = 10.0) -> VideoMoment:
        """Block until stream ``stream`` (any stream, when None) holds at its pause point;
        where it stands. TimeoutError if none does within ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                held = [moment for number, moment in self._paused.items() if stream in (None, number)]
                if held:
                    return held[0]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no video stream paused within {timeout} s")
                self._changed.wait(left)

    def _opened(self) -> int:
        """A new stream begins: its number."""
        with self._changed:
            self.streams += 1
            return self.streams

    def _hold(self, number: int, timestamp: int, sent: Optional[int], room: Room) -> float:
        """Hold stream ``number`` while its next tag (``timestamp``) is past its pause point
        (and the live goes on); the seconds it held."""
        began = time.monotonic()
        with self._changed:
            while room.live and not room.closing.is_set():
                point = self._points.get(number, self._points.get(None))
                if point is None or timestamp <= point:
                    break
                if number not in self._paused:
                    self._paused[number] = VideoMoment(number, sent)
                    self._changed.notify_all()
                self._changed.wait(0.05)
            self._paused.pop(number, None)
        return time.monotonic() - began


_TIMELINES: weakref.WeakKeyDictionary[Room, VideoTimeline] = weakref.WeakKeyDictionary()
_TIMELINES_LOCK = threading.Lock()


def video_timeline(room: Room) -> VideoTimeline:
    """The pause points of ``room``'s FLV streams (a FakeLiveServer is its own first room)."""
    with _TIMELINES_LOCK:
        timeline = _TIMELINES.get(room)
        if timeline is None:
            timeline = _TIMELINES[room] = VideoTimeline()
        return timeline


def stream_urls(room: Room) -> Dict[str, Any]:
    """The pull URLs TikTok's room info lists, per quality: FLV and HLS, and the same in
    ``live_core_sdk_data`` (what TikTok's web player and TikTokLive's recorder read)."""
    base = f"{room.base_url}/stream/{room.room_id}"
    flv = {name: f"{base}.flv?quality={name}" for name in VIDEO_QUALITIES}
    hls = {name: f"{base}.m3u8?quality={name}" for name in VIDEO_QUALITIES}
    sdk = {"pull_data": {"stream_data": stream_data(flv, hls), "options": {"default_quality": "hd"}}}
    return {
        "flv_pull_url": flv,
        "hls_pull_url": hls["HD1"],
        "hls_pull_url_map": hls,
        "default_resolution": "HD1",
        "live_core_sdk_data": sdk,
    }


def serve(room: Room, request: Request, exchange: Exchange) -> None:
    """A live video request of ``room``: the FLV stream, or the HLS playlist or a segment."""
    path, query = request.route, request.query
    if not room.live:
        exchange.answer(response(404, b"stream not found"))
        return
    if path == f"/stream/{room.room_id}.m3u8":
        segment = f"{room.base_url}/stream/{room.room_id}/{{}}.ts" + (f"?{query}" if query else "")
        playlist = hls_playlist(segment, room.live_since).encode("utf-8")
        exchange.answer(response(200, playlist, content_type="application/vnd.apple.mpegurl"))
        return
    prefix = f"/stream/{room.room_id}/"
    number = path[len(prefix) : -len(".ts")] if path.startswith(prefix) and path.endswith(".ts") else ""
    if number.isdigit():
        exchange.answer(response(200, hls_segment(int(number)), content_type="video/mp2t"))
        return
    if path != f"/stream/{room.room_id}.flv":
        exchange.answer(response(404, b"stream not found"))
        return
    _stream_flv(room, exchange)


def _stream_flv(room: Room, exchange: Exchange) -> None:
    """Stream the sample as a live FLV pull stream: looped with growing timestamps, paced by
    them (``room.video_speed`` times real time; None: as fast as the client reads), until the
    live ends, the server stops or a fault cuts it."""
    write = exchange.stream(200, {"Content-Type": "video/x-flv"})
    sample = SAMPLE_VIDEO.read_bytes()
    tags = [(sample[start:end], kind, stamp) for start, kind, stamp, end in iter_tags(sample)]
    loop_length = max(stamp for _, _, stamp in tags) + 67  # one frame after the last
    if room.video_bitrate:
        tags = _padded_to(tags, room.video_bitrate, len(sample), loop_length)
    cut = room.faults.video_cut_at()
    sent, started, offset = 0, time.monotonic(), 0
    closing = room.closing
    timeline = video_timeline(room)
    number, newest = timeline._opened(), None
    try:
        write(sample[: len(FLV_HEADER)])
        while room.live and not closing.is_set():
            for tag, kind, stamp in tags:
                if kind == FLV_SCRIPT:
                    continue  # the file's metadata (its 8 s duration) is not a live's
                speed = room.video_speed
                if speed:
                    delay = started + (offset + stamp) / 1000 / speed - time.monotonic()
                    if delay > 0 and closing.wait(delay):
                        return
                while room.faults.video_stalled and not closing.wait(0.05):
                    pass
                started += timeline._hold(number, offset + stamp, newest, room)
                if not room.live or closing.is_set():
                    return
                data = with_timestamp(tag, offset + stamp)
                if cut is not None and sent + len(data) > cut:
                    write(data[: max(0, cut - sent)])  # cut mid-tag, as a drop is
                    return
                write(data)
                sent += len(data)
                newest = max(newest or 0, offset + stamp)
            offset += loop_length
    except OSError:
        return  # the client went away


def hls_playlist(segment_url: str, started: float, now: Optional[float] = None) -> str:
    """A live HLS playlist of the sample's segments, looping: the HLS_WINDOW newest segments
    by the time since ``started`` (``segment_url`` takes the segment's number)."""
    elapsed = (time.monotonic() if now is None else now) - started
    newest = max(HLS_WINDOW - 1, int(elapsed // SEGMENT_SECONDS))
    first = newest - HLS_WINDOW + 1
    lines = [
        "#EXTM3U",
        "#EXT-X-VERSION:3",
        f"#EXT-X-TARGETDURATION:{SEGMENT_SECONDS}",
        f"#EXT-X-MEDIA-SEQUENCE:{first}",
    ]
    for number in range(first, newest + 1):
        if number % segment_count() == 0 and number != first:
            lines.append("#EXT-X-DISCONTINUITY")  # the loop starts again: timestamps too
        lines += [f"#EXTINF:{SEGMENT_SECONDS:.3f},", segment_url.format(number)]
    return "\n".join(lines) + "\n"


def segment_count() -> int:
    """How many segments the sample has."""
    return SECONDS // SEGMENT_SECONDS


def hls_segment(number: int) -> bytes:
    """The bytes of segment ``number`` of the looping live (a committed MPEG-TS file)."""
    return segment_path(number % segment_count()).read_bytes()


#: The player's quality names and the pull-URL names of the same streams.
_QUALITY_NAMES = (("origin", "FULL_HD1"), ("uhd", "FULL_HD1"), ("hd", "HD1"), ("sd", "SD1"), ("ld", "SD2"))


def stream_data(flv: Dict[str, str], hls: Dict[str, str]) -> str:
    """The room info's ``stream_url.live_core_sdk_data.pull_data.stream_data``: a JSON text
    naming the pull URLs per quality, as TikTok's web player (and TikTokLive's recorder)
    reads them."""
    qualities: Dict[str, Any] = {}
    for ours, tiktok in _QUALITY_NAMES:
        urls = {"flv": flv[tiktok], "hls": hls[tiktok], "cmaf": "", "dash": "", "lls": "", "tsl": ""}
        qualities[ours] = {"main": urls}
    return json.dumps({"common": {"session_id": "", "rule_ids": "", "user_count": 0}, "data": qualities})


def _padded_to(
    tags: List[Tuple[bytes, int, int]], bitrate: int, size: int, loop_ms: int
) -> List[Tuple[bytes, int, int]]:
    """The sample's tags with each H.264 picture grown by a filler-data NAL unit (type 12,
    which decoders skip), so the stream carries about ``bitrate`` bits a second."""
    pictures = [tag for tag, kind, _ in tags if _is_avc_picture(tag, kind)]
    missing = bitrate * loop_ms / 8000 - size
    if missing <= 0 or not pictures:
        return tags
    extra = int(missing / len(pictures))
    padded = []
    filler = (extra - 4).to_bytes(4, "big") + b"\x0c" + b"\xff" * (extra - 6) + b"\x80"
    for tag, kind, stamp in tags:
        if not (_is_avc_picture(tag, kind) and extra > 6):
            padded.append((tag, kind, stamp))
            continue
        body = tag[11:-4] + filler  # the sample's NAL units carry 4-byte lengths
        head = tag[:1] + len(body).to_bytes(3, "big") + tag[4:11]
        padded.append((head + body + (len(body) + 11).to_bytes(4, "big"), kind, stamp))
    return padded


def _is_avc_picture(tag: bytes, kind: int) -> bool:
    """A video tag carrying H.264 NAL units (not the codec configuration)."""
    return kind == 9 and len(tag) > 16 and tag[11] & 0x0F == 7 and tag[12] == 1
