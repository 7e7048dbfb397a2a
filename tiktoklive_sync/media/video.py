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
(``live.1.flv``...), so no file is ever corrupted by a second FLV header. Every file's
timestamps start at 0, so each plays on its own from its start.

``chat=True`` (or kinds: ``chat=("comment", "gift", "join")``) also writes the chat as
subtitles timed to the video (see :mod:`.subtitles`): a WebVTT file beside each video file
(``live.vtt``, ``live.1.vtt``...), and in each MP4 a ``mov_text`` subtitle track of the same
cues when PyAV can write one (16.1 and later: :func:`can_write_chat_track`).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import logging
import re
import threading
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO, Callable, Dict, List, Optional, Protocol, Tuple, Type, Union

from .._checks import check_count, check_number
from .._transport.http import MediaStream
from ..errors import TikTokHTTPError
from ..events import BaseEvent
from .flv import AUDIO, HEADER, VIDEO, FlvError, Tag, TagReader, with_timestamp
from .subtitles import ChatOption, ChatTrack, Cue, chat_kinds, screens, write_webvtt

__all__ = [
    "QUALITIES",
    "ChatOption",
    "EventSource",
    "VideoFetcher",
    "VideoRecording",
    "can_write_chat_track",
    "check_target",
    "pick_stream_url",
]

logger = logging.getLogger(__name__)

#: Our quality names, best first, and TikTok's names of the FLV pull streams.
QUALITIES: Dict[str, str] = {"uhd": "FULL_HD1", "hd": "HD1", "sd": "SD1", "ld": "SD2"}
#: The oldest PyAV whose remux gives MP4s that decode (``add_stream_from_template``).
MP4_PYAV = (15,)
#: How many times a dropped stream is opened again before the recording gives up.
RESUME_ATTEMPTS = 5
#: While the live is paused, how often the silent stream is tried again (seconds).
PAUSED_RETRY = 0.5
CHUNK = 64 * 1024
#: The style of the MP4 chat track, as the ``mov_text`` encoder takes it (an ASS header).
MOV_TEXT_STYLE = (
    "[Script Info]\nScriptType: v4.00+\nPlayResX: 384\nPlayResY: 288\n\n[V4+ Styles]\n"
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, "
    "Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, "
    "Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n"
    "Style: Default,Arial,16,&Hffffff,&Hffffff,&H0,&H0,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,0\n\n"
    "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
).encode("ascii")
#: The most a ``mov_text`` sample carries (its length is two bytes).
MOV_TEXT_LIMIT = 0xFFFF


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
    if path.suffix.lower() == ".mp4":
        if importlib.util.find_spec("av") is None:
            raise ValueError(
                "recording MP4 needs PyAV: pip install 'tiktoklive_sync[video]' (or record to .flv)"
            )
        found = importlib.metadata.version("av")
        if tuple(int(part) for part in re.findall(r"\d+", found)[:1]) < MP4_PYAV:
            raise ValueError(
                f"recording MP4 needs PyAV {MP4_PYAV[0]} or newer, not {found}: pip install "
                "'tiktoklive_sync[video]' (Python 3.9 and later), or record to .flv"
            )


def can_write_chat_track() -> bool:
    """Whether the installed PyAV can put the chat into an MP4 as a subtitle track: its
    ``mov_text`` encoder needs the style header that PyAV 16.1 was the first to let us set.
    Without it, the WebVTT file beside the MP4 is the chat track."""
    from av.subtitles.codeccontext import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
        SubtitleCodecContext,
    )

    return hasattr(SubtitleCodecContext, "subtitle_header")


class EventSource(Protocol):
    """What a recording follows the chat of (a client): ``on`` and ``remove_listener``."""

    def on(self, event_type: Type[BaseEvent], handler: Callable[[Any], Any]) -> Any:
        """Call ``handler(event)`` for every event of ``event_type`` from now on."""

    def remove_listener(self, event_type: Type[BaseEvent], handler: Callable[[Any], Any]) -> bool:
        """Stop calling ``handler`` for ``event_type``."""


@dataclass
class _Progress:
    bytes: int = 0
    seconds: float = 0.0


#: Opens a live pull stream (``client.web.open_stream``): TikTokHTTPError when it cannot.
StreamOpener = Callable[[str], MediaStream]


class VideoRecording:
    """One live video being recorded (see the module's docstring).

    ``files`` lists the FLV files written (one per stream opened); ``output`` is what the
    recording ends as (the ``.mp4`` after remuxing, or the first FLV). With ``chat`` (kinds
    of messages, see :func:`~tiktoklive_sync.media.subtitles.chat_kinds`) the messages of
    ``events`` are placed on the video's timeline (``chat_track``) and ``subtitles`` lists
    the WebVTT files written, one per video file, each as soon as its video file is complete.
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
        chat: ChatOption = False,
        events: Optional[EventSource] = None,
    ) -> None:
        check_number("segment_seconds", segment_seconds, positive=True, optional=True)
        check_count("segment_bytes", segment_bytes, minimum=1, optional=True)
        kinds = chat_kinds(chat)
        if kinds and events is None:
            raise ValueError("a chat track needs the client whose chat it shows (events=client)")
        #: The chat placed on the video's timeline (None without ``chat``).
        self.chat_track = ChatTrack(kinds) if kinds else None
        self._events = events
        #: The WebVTT files of the chat, one per file of ``files`` (with ``chat``).
        self.subtitles: List[Path] = []
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
        """Start recording on the recording's own thread; returns at once. With a chat
        track, its messages are followed from now on."""
        if self.chat_track is not None and self._events is not None:
            for event_type, handler in self.chat_track.handlers().items():
                self._events.on(event_type, handler)
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
            try:
                self._record()
            finally:
                self._end_chat()
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

    def _end_chat(self) -> None:
        """The video is recorded: stop following the chat; messages that came after the last
        file ended go at its end."""
        track, events = self.chat_track, self._events
        if track is None or events is None:
            return
        for event_type, handler in track.handlers().items():
            events.remove_listener(event_type, handler)
        if track.finish() and self.subtitles:
            write_webvtt(self.subtitles[-1], track.cues(len(self.subtitles) - 1))

    def _file_complete(self) -> None:
        """The file being written is complete: write its chat beside it."""
        if self.chat_track is not None:
            path = self.files[-1].with_suffix(".vtt")
            write_webvtt(path, self.chat_track.close_file())
            self.subtitles.append(path)

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
        """Copy the recorded FLV packets into the MP4 (no decoding, no encoding), and the
        chat's cues into a subtitle track when PyAV can write one."""
        import av  # type: ignore[import-untyped,import-not-found,unused-ignore]

        stem = self.output.with_suffix("")
        outputs = [self.output] + [Path(f"{stem}.{n}.mp4") for n in range(1, len(self.files))]
        track = self.chat_track
        with_track = track is not None and can_write_chat_track()
        if track is not None and not with_track:
            logger.warning(
                "PyAV %s cannot write a subtitle track into MP4 (16.1 and later can): the chat of "
                "%s is in the WebVTT files beside it",
                av.__version__,
                self.output.name,
            )
        for index, (source, target) in enumerate(zip(self.files, outputs)):
            with av.open(str(source)) as flv, av.open(str(target), "w", format="mp4") as mp4:
                kept = [stream for stream in flv.streams if stream.type in ("audio", "video")]
                streams = {stream.index: mp4.add_stream_from_template(stream) for stream in kept}
                samples = screens(track.cues(index)) if track is not None and with_track else []
                chat = _add_chat_stream(mp4) if with_track else None
                for packet in flv.demux():
                    if packet.dts is None or packet.stream.index not in streams:
                        continue
                    while samples and samples[0].start <= packet.dts * packet.time_base:
                        mp4.mux(_chat_packet(av, samples.pop(0), chat))
                    packet.stream = streams[packet.stream.index]
                    mp4.mux(packet)
                for sample in samples:
                    mp4.mux(_chat_packet(av, sample, chat))
            source.unlink()
        self.files = outputs

    def __repr__(self) -> str:
        state = "recording" if self.is_recording else "done"
        return f"<VideoRecording {self.output.name} {self.quality} {state} {self.seconds:.1f} s>"

    def _repr_html_(self) -> str:
        """Jupyter's view: the files, their sizes and, once finished, the video to play."""
        from ..notebook import video_html

        return video_html(self)


def _add_chat_stream(mp4: Any) -> Any:
    """A ``mov_text`` subtitle stream in ``mp4``, timed in milliseconds."""
    stream = mp4.add_stream("mov_text")
    stream.codec_context.subtitle_header = MOV_TEXT_STYLE
    stream.time_base = Fraction(1, 1000)
    return stream


def _chat_packet(av: Any, cue: Cue, stream: Any) -> Any:
    """One ``mov_text`` sample: the text's length in two bytes, then the text (UTF-8)."""
    data = cue.text.encode("utf-8")
    if len(data) > MOV_TEXT_LIMIT:
        data = data[:MOV_TEXT_LIMIT].decode("utf-8", "ignore").encode("utf-8")
    packet = av.Packet(len(data).to_bytes(2, "big") + data)
    start = round(cue.start * 1000)
    packet.pts = packet.dts = start
    packet.duration = round(cue.end * 1000) - start
    packet.time_base = stream.time_base
    packet.stream = stream
    return packet


class _FileWriter:
    """Writes the tags of one opened stream to the recording's files: a new file at the
    first tag, at every segment boundary (a keyframe) and at a new FLV header, each file
    starting with a header and the codec configuration, so each plays on its own. Each file's
    timestamps are counted from its first audio or video frame (earlier tags get 0); the
    chat track, if any, follows them."""

    def __init__(self, recording: VideoRecording) -> None:
        self._recording = recording
        self._file: Optional[BinaryIO] = None
        self._header = b""
        self._configs: Dict[int, bytes] = {}
        self._segment_start = 0
        self._segment_size = 0
        self._base: Optional[int] = None

    def write(self, reader: TagReader, tags: List[Tag]) -> None:
        recording = self._recording
        track = recording.chat_track
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
                if track is not None:
                    track.open_file()
                self._file.write(self._header or reader.header or HEADER)
                repeated = [
                    with_timestamp(data, 0) for data in self._configs.values() if data is not tag.data
                ]
                self._file.writelines(repeated)
                self._segment_start, self._segment_size = tag.timestamp, sum(map(len, repeated))
                self._base = None
            assert self._file is not None
            media = tag.kind in (AUDIO, VIDEO)
            if self._base is None and media and not tag.is_codec_config:
                self._base = tag.timestamp
            stamp = 0 if self._base is None else max(0, tag.timestamp - self._base)
            self._file.write(tag.data if stamp == tag.timestamp else with_timestamp(tag.data, stamp))
            if track is not None and media:
                track.advance(stamp / 1000)
            self._segment_size += len(tag.data)
            recording._progress.bytes += len(tag.data)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            self._recording._file_complete()


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
