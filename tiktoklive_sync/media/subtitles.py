"""The chat on the video's timeline: comments (and gifts and joins when asked) as subtitle
cues, one WebVTT file beside each video file (``live.vtt`` beside ``live.mp4``, ``live.1.vtt``
beside ``live.1.mp4``).

A message goes where the video was when the client dispatched it (right after it arrived,
unless handlers keep the dispatcher busy): at the timestamp of the latest audio or video tag
written to the file being recorded, counted from that file's first one, so every file's cues
start at 0, as its video does. A message that arrives while no file is being written (the
stream dropped and is being opened again) goes at the start of the next file, or at the end of
the last one when no file follows.

A cue shows for CUE_SECONDS, or until MAX_ON_SCREEN newer ones came, and ends with its file;
it shows for at least MIN_SECONDS even when that lets more pile up. A gift is one cue when its
streak finishes (:class:`~tiktoklive_sync.events.GiftStreakEvent`: a single gift at once, a
streak at its last tap, or ``gift_streak_timeout`` after its last tap when TikTok never said it
ended), not one per tap.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple, Type, Union

from ..events import BaseEvent, CommentEvent, GiftStreakEvent, JoinEvent, User

__all__ = [
    "CUE_SECONDS",
    "KINDS",
    "MAX_ON_SCREEN",
    "MIN_SECONDS",
    "ChatOption",
    "ChatTrack",
    "Cue",
    "chat_kinds",
    "cue_text",
    "escape",
    "screens",
    "timed",
    "timestamp",
    "webvtt",
    "write_webvtt",
]

#: What ``chat=`` takes: True (comments), False or None (no chat track), a kind, or kinds.
ChatOption = Union[bool, str, Iterable[str], None]
#: What the chat track can show, and the event each kind comes from.
KINDS: Dict[str, Type[BaseEvent]] = {"comment": CommentEvent, "gift": GiftStreakEvent, "join": JoinEvent}
#: How long a cue shows (seconds) when nothing cuts it short.
CUE_SECONDS = 4.0
#: A cue ends when this many newer ones have started: at most this many lines on screen.
MAX_ON_SCREEN = 3
#: The least a cue shows (seconds), so that every message can be read.
MIN_SECONDS = 0.5


@dataclass(frozen=True)
class Cue:
    """One subtitle: ``text`` from ``start`` to ``end`` (seconds of its file's video)."""

    start: float
    end: float
    text: str


def chat_kinds(chat: ChatOption) -> FrozenSet[str]:
    """The kinds of messages ``chat`` asks for: False or None for none, True for comments, or
    kinds of :data:`KINDS` (one name, or several: ``("comment", "gift", "join")``).
    ValueError or TypeError for anything else."""
    if chat is None or chat is False:
        return frozenset()
    if chat is True:
        return frozenset(("comment",))
    names = (chat,) if isinstance(chat, str) else chat
    try:
        kinds = frozenset(names)
    except TypeError:
        raise TypeError(_explain(chat)) from None
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        raise ValueError(_explain(chat))
    return kinds


def _explain(chat: Any) -> str:
    example = "chat=('comment', 'gift')"
    return f"chat must be True, False or kinds of {tuple(KINDS)} (such as {example}), not {chat!r}"


def cue_text(event: BaseEvent) -> str:
    """What a cue says about ``event`` (a comment, a finished gift streak, a join)."""
    if isinstance(event, CommentEvent):
        return f"{_name(event.user)}: {event.comment}"
    if isinstance(event, GiftStreakEvent):
        return f"{_name(event.user)} sent {event.gift.name} x{event.count}"
    if isinstance(event, JoinEvent):
        return f"{_name(event.user)} joined"
    raise TypeError(f"no cue for {type(event).__name__}")


def _name(user: User) -> str:
    return user.nickname or user.unique_id or "someone"


def timed(starts: Sequence[Tuple[float, str]], duration: float) -> List[Cue]:
    """Cues for messages at ``starts`` (``(seconds, text)``, in order) in a file of
    ``duration`` seconds: each ends after CUE_SECONDS, when the MAX_ON_SCREEN-th newer one
    starts, or at the end of the file, whichever comes first, but not before MIN_SECONDS."""
    cues = []
    for index, (start, text) in enumerate(starts):
        end = min(start + CUE_SECONDS, duration)
        if index + MAX_ON_SCREEN < len(starts):
            end = min(end, starts[index + MAX_ON_SCREEN][0])
        cues.append(Cue(start, max(end, start + MIN_SECONDS), text))
    return cues


def screens(cues: Sequence[Cue]) -> List[Cue]:
    """The same cues as a track that shows one text at a time (MP4's ``mov_text`` cannot
    overlap samples): between each two moments where a cue starts or ends, the lines of the
    cues showing then, oldest first."""
    moments = sorted({cue.start for cue in cues} | {cue.end for cue in cues})
    shown = []
    for start, end in zip(moments, moments[1:]):
        lines = [cue.text for cue in cues if cue.start <= start < cue.end]
        if lines:
            shown.append(Cue(start, end, "\n".join(lines)))
    return shown


def timestamp(seconds: float) -> str:
    """WebVTT's ``hh:mm:ss.ttt``."""
    milliseconds = max(0, round(seconds * 1000))
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def escape(text: str) -> str:
    """``text`` as one line of WebVTT cue text: ``&``, ``<`` and ``>`` as character references
    (so ``-->`` cannot end the timing line nor a tag begin), line breaks and other control
    characters as spaces, NUL as U+FFFD."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\0", "\ufffd")
    return " ".join("".join(" " if ord(char) < 32 or char == "\x7f" else char for char in text).split())


def webvtt(cues: Sequence[Cue]) -> str:
    """A WebVTT file of ``cues`` (in order of their start)."""
    blocks = ["WEBVTT\n"]
    for cue in cues:
        blocks.append(f"{timestamp(cue.start)} --> {timestamp(cue.end)}\n{escape(cue.text)}\n")
    return "\n".join(blocks)


class ChatTrack:
    """The chat of one recording, file by file, as messages placed on each file's timeline.

    The recording tells it where its video is (``open_file``, ``advance``, ``close_file``);
    its handlers (``handlers()``, for the client's events) place each message there. Safe to
    use from the recording's thread and the client's dispatcher at once.
    """

    def __init__(self, kinds: FrozenSet[str]) -> None:
        self.kinds = kinds
        self._lock = threading.Lock()
        self._files: List[List[Tuple[float, str]]] = []
        self._durations: List[float] = []
        self._waiting: List[str] = []
        self._open = False
        self._position = 0.0
        self._finished = False
        #: Messages placed so far (all files, and those waiting for the next file).
        self.count = 0

    def handlers(self) -> Dict[Type[BaseEvent], Callable[[Any], None]]:
        """The event handlers that feed the track, by event class (one per kind asked for)."""
        return {KINDS[kind]: self.add_event for kind in sorted(self.kinds)}

    def add_event(self, event: BaseEvent) -> None:
        """Place ``event`` (see ``cue_text``) where the video is now."""
        self.add(cue_text(event))

    def add(self, text: str) -> None:
        """Place a message (one line: its line breaks become spaces) where the video is now,
        or at the start of the next file while none is open. Ignored once the recording is
        over."""
        text = " ".join(text.split())
        with self._lock:
            if self._finished:
                return
            self.count += 1
            if self._open:
                self._files[-1].append((self._position, text))
            else:
                self._waiting.append(text)

    @property
    def moment(self) -> Optional[Tuple[int, float]]:
        """Where a message arriving now goes: the file's index and its second, or None while
        no file is open."""
        with self._lock:
            return (len(self._files) - 1, self._position) if self._open else None

    # -- the recording's side ---------------------------------------------------------------

    def open_file(self) -> None:
        """A new file begins (at 0 s): the messages waiting for it go at its start."""
        with self._lock:
            self._files.append([(0.0, text) for text in self._waiting])
            self._durations.append(0.0)
            self._waiting, self._open, self._position = [], True, 0.0

    def advance(self, seconds: float) -> None:
        """The file being written now has video up to ``seconds``."""
        with self._lock:
            if seconds > self._position:
                self._position = self._durations[-1] = seconds

    def close_file(self) -> List[Cue]:
        """The file being written is complete: its cues."""
        with self._lock:
            self._open = False
            return self._cues(len(self._files) - 1)

    def finish(self) -> bool:
        """The recording is over: messages still waiting go at the end of the last file (True
        when there were some, so that file's cues changed); later messages are ignored."""
        with self._lock:
            self._finished, waiting, self._waiting = True, self._waiting, []
            if not waiting or not self._files:
                return False
            self._files[-1] += [(self._durations[-1], text) for text in waiting]
            return True

    def cues(self, index: int) -> List[Cue]:
        """The cues of file ``index`` (as far as it is written)."""
        with self._lock:
            return self._cues(index)

    def _cues(self, index: int) -> List[Cue]:
        return timed(self._files[index], self._durations[index])


def write_webvtt(path: Path, cues: Sequence[Cue]) -> None:
    """Write ``cues`` to ``path`` as WebVTT (UTF-8)."""
    with path.open("w", encoding="utf-8", newline="\n") as file:  # no write_text(newline=) on 3.8
        file.write(webvtt(cues))
