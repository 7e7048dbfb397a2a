"""What ``record`` adds to a feed: its outputs checked before anything connects, its progress
on stderr (redrawn in place on a terminal, a line every ``--progress-every`` seconds
otherwise), and the summary at the end."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any, FrozenSet, Iterator, List, Optional, Sequence

from ..media.subtitles import KINDS, chat_kinds
from ..media.video import VideoRecording, check_target
from ..record_replay import read_header
from .feed import Feed, StatusLine

__all__ = ["Progress", "chat_track", "check_outputs", "size", "stopped_by_sigterm"]


def check_outputs(chat: Optional[str], video: Optional[str]) -> None:
    """ValueError naming the path unless every output can be written: the chat recording
    (appended to, so an existing file must be a recording) and the video (never overwritten)."""
    if not chat and not video:
        raise ValueError("record needs a FILE for the chat, --video PATH for the video, or both")
    if chat:
        _check_chat(Path(chat))
    if video:
        _check_video(Path(video))
    if chat and video and os.path.abspath(chat) == os.path.abspath(video):
        raise ValueError(f"the chat and the video cannot both go to {chat}")


def _check_folder(path: Path, what: str) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise ValueError(f"no folder {str(folder)!r} to record the {what} in")
    if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise ValueError(f"cannot create {path}: the folder is not writable")
    if path.is_dir():
        raise ValueError(f"{path} is a folder, not a file")
    if path.exists() and not os.access(path, os.W_OK):
        raise ValueError(f"cannot write to {path}: permission denied")


def _check_chat(path: Path) -> None:
    _check_folder(path, "chat")
    if path.is_file() and path.stat().st_size > 0:
        try:
            read_header(path)
        except OSError as exc:
            raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from exc
        except ValueError:
            raise ValueError(f"{path} is not a recording to append to: record to a new file") from None


def chat_track(kinds: Optional[str], video: Optional[str]) -> FrozenSet[str]:
    """The kinds of ``--chat-track KINDS`` (comma-separated), checked (none without the
    option); ValueError without a ``--video`` to put them on, for a kind that is not one, or
    when its .vtt is taken."""
    if kinds is None:
        return frozenset()
    if not video:
        raise ValueError("--chat-track puts the chat on the video's timeline: give --video PATH too")
    try:
        chosen = chat_kinds(tuple(kind.strip() for kind in kinds.split(",")))
    except ValueError:
        raise ValueError(f"--chat-track takes {', '.join(KINDS)} (comma-separated), not {kinds!r}") from None
    subtitles = Path(video).with_suffix(".vtt")
    if subtitles.exists():
        raise ValueError(f"{subtitles} exists: the chat track would overwrite it; choose another name")
    return chosen


def _check_video(path: Path) -> None:
    check_target(path)
    _check_folder(path, "video")
    stem = path.with_suffix("")
    numbered = re.compile(re.escape(stem.name) + r"\.[0-9]+\.(flv|mp4)", re.IGNORECASE)
    written = [path, stem.with_suffix(".flv")]  # an MP4 is first recorded as FLV
    taken = [other for other in written if other.exists()]
    taken += sorted(other for other in path.parent.iterdir() if numbered.fullmatch(other.name))
    if taken:
        raise ValueError(f"{taken[0]} exists: the video would overwrite it; choose another name")


@contextlib.contextmanager
def stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM ends the block as Ctrl+C does (the files are finished first); main thread
    only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def size(count: int) -> str:
    """A byte count for people: ``812 bytes``, ``56.3 KB``, ``12.4 MB``."""
    if count < 1000:
        return f"{count} bytes"
    value = count / 1000
    for unit in ("KB", "MB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


class Progress:
    """The progress of a recording, on stderr: seconds since the first connect, events
    received, video bytes. On a terminal, a status line redrawn every second and after each
    event; otherwise a line every ``every`` seconds once connected."""

    def __init__(self, feed: Feed, videos: Sequence[VideoRecording], every: float) -> None:
        self.feed = feed
        self.videos = videos
        self.every = every
        self._stop = threading.Event()
        self._ended: Optional[float] = None

    def seconds(self) -> float:
        """Seconds from the first connect to now, or to the end (0 before the connect)."""
        started = self.feed.connected_at
        return 0.0 if started is None else (self._ended or time.monotonic()) - started

    def text(self) -> str:
        """The progress now, in one line."""
        if self.feed.connected_at is None:
            return "connecting…"
        video = "".join(f", video {size(video.bytes_written)}" for video in self.videos)
        return f"recording: {self.seconds():.0f} s, {_events(self.feed.live_events)}{video}"

    @contextlib.contextmanager
    def shown(self) -> Iterator[None]:
        """Show the progress while the block runs."""
        stream = sys.stderr
        terminal = stream.isatty()
        if terminal:
            self.feed.status = StatusLine(stream, self.text)
        ticker = threading.Thread(
            target=self._tick, args=(stream, terminal), name="record-progress", daemon=True
        )
        ticker.start()
        try:
            yield
        finally:
            self._ended = time.monotonic()
            self._stop.set()
            ticker.join()

    def _tick(self, stream: Any, terminal: bool) -> None:
        while not self._stop.wait(1.0 if terminal else self.every):
            with self.feed.lock:
                if terminal and self.feed.status is not None:
                    self.feed.status.draw()
                elif not terminal and self.feed.connected_at is not None:
                    try:
                        print(self.text(), file=stream, flush=True)
                    except (OSError, ValueError):  # stderr went away too: nothing to show on
                        return

    def summary(self, chat: Optional[str]) -> str:
        """What was recorded: how long, how many events, and each file with its size."""
        files: List[str] = []
        if chat:
            path = Path(chat)
            files.append(
                f"{path} ({size(path.stat().st_size)})" if path.is_file() else f"{path} (not written)"
            )
        for video in self.videos:
            about = f"{video.seconds:.0f} s of {video.quality} video"
            saved = [
                f"{path} ({about}, {size(path.stat().st_size)})" for path in video.files if path.is_file()
            ]
            files.extend(saved or ["no video file (the stream carried no video)"])
            files += [f"{path} (chat track)" for path in video.subtitles if path.is_file()]
        return f"recorded {self.seconds():.0f} s, {_events(self.feed.live_events)}: {', '.join(files)}"


def _events(count: int) -> str:
    return f"{count:,} event{'' if count == 1 else 's'}"
