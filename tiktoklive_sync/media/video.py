"""Recording the live video: the FLV pull stream saved as it arrives, on a thread of its own.

::

    client.start(fetch_room_info=True)
    recording = client.record_video("live.mp4", quality="hd")   # returns at once
    ...
    recording.stop()      # or it stops by itself when the live ends or the client stops
    recording.wait()      # raises, in this thread, what ended it abnormally

FLV is written as it arrives (no transcoding: recording costs little CPU). ``.mp4`` is the
same recording remuxed through PyAV (FFmpeg's libraries in a wheel:
``pip install 'tiktoklive_sync[video]'``) when the recording ends — no ``ffmpeg``
executable, no shell. A dropped stream resumes into the next numbered file
(``live.1.flv``...), so no file is ever corrupted by a second FLV header.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Dict, List, Optional, Tuple, Union

from .._checks import check_count, check_number
from .._transport.http import MediaStream
from ..errors import TikTokHTTPError
from .flv import HEADER, FlvError, Tag, TagReader

__all__ = ["QUALITIES", "VideoFetcher", "VideoRecording", "check_target", "pick_stream_url"]

logger = logging.getLogger(__name__)

#: Our quality names, best first, and TikTok's names of the FLV pull streams.
QUALITIES: Dict[str, str] = {"uhd": "FULL_HD1", "hd": "HD1", "sd": "SD1", "ld": "SD2"}
#: How many times a dropped stream is opened again before the recording gives up.
RESUME_ATTEMPTS = 5
#: While the live is paused, how often the silent stream is tried again (seconds).
PAUSED_RETRY = 0.5
CHUNK = 64 * 1024


def pick_stream_url(room_info: Dict[str, Any], quality: str = "hd") -> Tuple[str, str]:
    """``(url, quality)``: the FLV pull URL of ``quality`` in the room info, else the best
    one there is. ValueError when the room info lists none (fetch it with
    ``start(fetch_room_info=True)``)."""
    if quality not in QUALITIES:
        raise ValueError(f"quality must be one of {tuple(QUALITIES)}, not {quality!r}")
    urls = (room_info.get("stream_url") or {}).get("flv_pull_url") or {}
    if not isinstance(urls, dict) or not urls:
        raise ValueError("the room info lists no video stream: start(fetch_room_info=True) first")
    wanted = QUALITIES[quality]
    if urls.get(wanted):
        return str(urls[wanted]), quality
    for name, tiktok_name in QUALITIES.items():
        if urls.get(tiktok_name):
            logger.info("quality %r is not offered; recording %r", quality, name)
            return str(urls[tiktok_name]), name
    raise ValueError("the room info lists no FLV stream of a known quality")


def check_target(output: Union[str, Path]) -> None:
    """ValueError unless a video can be recorded to ``output``: a ``.flv`` or ``.mp4`` file
    in a folder that exists (MP4 with PyAV installed)."""
    path = Path(output)
    if path.suffix.lower() not in (".mp4", ".flv"):
        raise ValueError(f"record to a .flv or .mp4 file, not {path.name!r}")
    if not path.parent.is_dir():
        raise ValueError(f"no folder {str(path.parent)!r} to record the video in")
    if path.suffix.lower() == ".mp4" and importlib.util.find_spec("av") is None:
        raise ValueError("recording MP4 needs PyAV: pip install 'tiktoklive_sync[video]' (or record to .flv)")


@dataclass
class _Progress:
    bytes: int = 0
    seconds: float = 0.0


#: Opens a live pull stream (``client.web.open_stream``): TikTokHTTPError when it cannot.
StreamOpener = Callable[[str], MediaStream]


class VideoRecording:
    """One live video being recorded (see the module's docstring).

    ``files`` lists the FLV files written (one per stream opened); ``output`` is what the
    recording ends as (the ``.mp4`` after remuxing, or the first FLV).
    """

    def __init__(
        self,
        open_stream: StreamOpener,
        url: str,
        output: Union[str, Path],
        *,
        quality: str,
        name: str,
        segment_seconds: Optional[float] = None,
        segment_bytes: Optional[int] = None,
    ) -> None:
        check_number("segment_seconds", segment_seconds, positive=True, optional=True)
        check_count("segment_bytes", segment_bytes, minimum=1, optional=True)
        #: Start a new numbered file at the first keyframe after this many seconds, or after
        #: the file reached this many bytes (None: never).
        self.segment_seconds = segment_seconds
        self.segment_bytes = segment_bytes
        self.url = url
        self.quality = quality
        self.output = Path(output)
        self.mp4 = self.output.suffix.lower() == ".mp4"
        check_target(self.output)
        self._open_stream = open_stream
        self._stop = threading.Event()
        #: Set while the creator has paused the live (the client sets it from LivePauseEvent):
        #: a stream that does not come back then is waited for instead of given up.
        self.paused = threading.Event()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._progress = _Progress()
        self._stream: Optional[MediaStream] = None
        #: Bytes of the stream that formed no FLV tag (damaged, torn) and were skipped.
        self.skipped_bytes = 0
        self.error: Optional[BaseException] = None
        self.files: List[Path] = []
        self._thread = threading.Thread(target=self._run, name=f"tiktoklive-{name}-video", daemon=True)

    # -- what callers use -------------------------------------------------------------------

    def start(self) -> VideoRecording:
        """Start recording on the recording's own thread; returns at once."""
        self._thread.start()
        return self

    @property
    def is_recording(self) -> bool:
        """True until the recording has ended."""
        return self._thread.is_alive() or (self._thread.ident is None and not self._done.is_set())

    @property
    def bytes_written(self) -> int:
        """Bytes of video saved so far (all files)."""
        return self._progress.bytes

    @property
    def seconds(self) -> float:
        """Seconds of video saved so far, by the stream's timestamps (all files)."""
        return self._progress.seconds

    def stop(self) -> None:
        """End the recording (idempotent, from any thread): a read waiting on a slow or
        stalled stream returns at once. ``wait()`` for the files."""
        self._stop.set()
        stream = self._stream
        if stream is not None:
            stream.cut()

    def join(self, timeout: Optional[float] = None) -> bool:
        """Block until the recording ended, its files complete (True), or ``timeout`` passed
        (False); never raises (``wait()`` re-raises what ended it)."""
        return self._done.wait(timeout)

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the recording ended (True) or ``timeout`` passed (False); re-raise
        what ended it abnormally (a write error, a stream that could not be opened)."""
        if not self._done.wait(timeout):
            return False
        if self.error is not None:
            raise self.error
        return True

    # -- the thread -------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._record()
            if self.mp4 and self.files:
                self._remux()
        except BaseException as exc:
            self.error = exc
            logger.error("video recording to %s ended: %s", self.output, exc)
        finally:
            self._done.set()

    def _record(self) -> None:
        failures = 0
        while not self._stop.is_set():
            files_before = len(self.files)
            try:
                carried = self._record_one()
            except TikTokHTTPError:
                if not self.files:
                    raise  # the stream never opened: that is the recording's error
                if self.paused.is_set():  # the creator paused: wait for the unpause, however long
                    if self._stop.wait(PAUSED_RETRY):
                        return
                    continue
                failures += 1
                if failures > RESUME_ATTEMPTS or self._stop.wait(min(2.0, 0.2 * 2**failures)):
                    return  # the stream is gone for good: the live is over
                continue
            if self._stop.is_set():
                return
            failures = 0 if carried else failures + 1
            if len(self.files) > files_before:
                logger.warning("the video stream of %s dropped; resuming into a new file", self.output.name)
            if failures > RESUME_ATTEMPTS or self._stop.wait(0.2):
                return

    def _next_file(self) -> Path:
        index = len(self.files)
        stem = self.output.with_suffix("")
        path = stem.with_suffix(".flv") if index == 0 else Path(f"{stem}.{index}.flv")
        self.files.append(path)
        return path

    def _record_one(self) -> bool:
        """Save one opened stream until it ends, in a new file (and a further one at the
        first keyframe after every ``segment_seconds`` or ``segment_bytes``, and at a new FLV
        header inside the stream); True if it carried video.
        TikTokHTTPError when the stream cannot be opened."""
        stream = self._open_stream(self.url)
        self._stream = stream
        if self._stop.is_set():  # stop() came while the stream was being opened
            stream.cut()
        reader = TagReader()
        recorded_before = self._progress.seconds
        writer = _FileWriter(self)
        try:
            try:
                for chunk in stream.chunks(CHUNK):
                    try:
                        tags = reader.feed(chunk)
                    except FlvError as exc:
                        raise TikTokHTTPError(f"the video stream is not FLV: {exc}") from exc
                    writer.write(reader, tags)
                    self._progress.seconds = recorded_before + reader.seconds
                    if self._stop.is_set():
                        break
            except TikTokHTTPError as exc:
                if reader.tags == 0:
                    raise
                if not self._stop.is_set():
                    logger.info("the video stream broke off: %s", exc)
            writer.write(reader, reader.finish())
            self._progress.seconds = recorded_before + reader.seconds
        finally:
            self._stream = None
            stream.close()
            writer.close()
            self.skipped_bytes += reader.skipped
        return reader.tags > 0

    def _segment_full(self, milliseconds: float, size: int) -> bool:
        """Whether the current file is long or big enough for the next keyframe to start another."""
        seconds, limit = self.segment_seconds, self.segment_bytes
        return (seconds is not None and milliseconds >= seconds * 1000) or (
            limit is not None and size >= limit
        )

    def _remux(self) -> None:
        """Copy the recorded FLV packets into the MP4 (no decoding, no encoding)."""
        import av  # type: ignore[import-untyped,import-not-found,unused-ignore]

        stem = self.output.with_suffix("")
        outputs = [self.output] + [Path(f"{stem}.{n}.mp4") for n in range(1, len(self.files))]
        for source, target in zip(self.files, outputs):
            with av.open(str(source)) as flv, av.open(str(target), "w", format="mp4") as mp4:
                kept = [stream for stream in flv.streams if stream.type in ("audio", "video")]
                streams = {stream.index: mp4.add_stream_from_template(stream) for stream in kept}
                for packet in flv.demux():
                    if packet.dts is None or packet.stream.index not in streams:
                        continue
                    packet.stream = streams[packet.stream.index]
                    mp4.mux(packet)
            source.unlink()
        self.files = outputs

    def __repr__(self) -> str:
        state = "recording" if self.is_recording else "done"
        return f"<VideoRecording {self.output.name} {self.quality} {state} {self.seconds:.1f} s>"


class _FileWriter:
    """Writes the tags of one opened stream to the recording's files: a new file at the
    first tag, at every segment boundary (a keyframe) and at a new FLV header, each file
    starting with a header and the codec configuration, so each plays on its own."""

    def __init__(self, recording: VideoRecording) -> None:
        self._recording = recording
        self._file: Optional[BinaryIO] = None
        self._header = b""
        self._configs: Dict[int, bytes] = {}
        self._segment_start = 0
        self._segment_size = 0

    def write(self, reader: TagReader, tags: List[Tag]) -> None:
        recording = self._recording
        for tag in tags:
            if tag.is_header:  # a new stream inside the answer: its own file, its own config
                self._header, self._configs = tag.data, {}
                self.close()
                continue
            if tag.is_codec_config:
                self._configs[tag.kind] = tag.data
            due = self._file is None or (
                tag.is_keyframe
                and recording._segment_full(tag.timestamp - self._segment_start, self._segment_size)
            )
            if due:
                self.close()
                self._file = recording._next_file().open("wb")
                self._file.write(self._header or reader.header or HEADER)
                repeated = [data for data in self._configs.values() if data is not tag.data]
                self._file.writelines(repeated)
                self._segment_start, self._segment_size = tag.timestamp, sum(map(len, repeated))
            assert self._file is not None
            self._file.write(tag.data)
            self._segment_size += len(tag.data)
            recording._progress.bytes += len(tag.data)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class VideoFetcher:
    """``client.web.fetch_video_data``, shaped as TikTokLive's: one recording at a time."""

    def __init__(self, open_stream: StreamOpener) -> None:
        self._open_stream = open_stream
        self.recording: Optional[VideoRecording] = None

    def start(
        self,
        output_fp: Union[str, Path],
        room_info: Dict[str, Any],
        output_format: Optional[str] = None,
        quality: str = "hd",
    ) -> VideoRecording:
        """Record the live in ``room_info`` to ``output_fp`` (``output_format`` ``"flv"`` or
        ``"mp4"`` sets the file's suffix when given)."""
        if self.is_recording:
            raise RuntimeError("a video is being recorded already: stop() it first")
        path = Path(output_fp)
        if output_format:
            path = path.with_suffix(f".{output_format.lower().lstrip('.')}")
        url, chosen = pick_stream_url(room_info, quality)
        self.recording = VideoRecording(self._open_stream, url, path, quality=chosen, name="video")
        return self.recording.start()

    def stop(self) -> None:
        """Stop the recording and wait for its files."""
        if self.recording is not None:
            self.recording.stop()
            self.recording.wait()

    @property
    def is_recording(self) -> bool:
        """Whether a recording is running."""
        return self.recording is not None and self.recording.is_recording
