"""Jupyter: rich displays of events, users, gifts, stats, a monitor's creators and video
recordings; live views of a client or a monitor, redrawn in place while they run; events
as a pandas DataFrame.

Nothing here is needed to use the library, which imports neither IPython nor pandas: they are
imported when first used (``pip install 'tiktoklive_sync[notebook]'``). Every text from
TikTok is escaped; images are linked by their URL (``http``/``https`` only).

* ``event._repr_html_()`` and friends call :func:`event_html`, :func:`user_html`,
  :func:`gift_html`, :func:`badge_html`, :func:`stats_html`, :func:`monitor_html`.
* ``client.show()`` makes a :class:`LiveView`, ``monitor.show()`` a :class:`MonitorView`.
* :func:`to_dataframe` turns events into a DataFrame (``client.events(...).to_dataframe()``,
  ``record_replay.to_dataframe(path)``).
"""

from __future__ import annotations

import abc
import collections
import html
import logging
import os
import threading
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Deque,
    Dict,
    Iterable,
    List,
    Optional,
    Protocol,
    Sequence,
    Tuple,
    Type,
)
from urllib.parse import quote

from ._checks import check_count, check_number
from ._run.waiting import wait_event
from .events import (
    Badge,
    BaseEvent,
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    FollowEvent,
    GiftEvent,
    GiftInfo,
    GiftStreakEvent,
    JoinEvent,
    LikeEvent,
    MessageEvent,
    ReconnectingEvent,
    RoomUserSeqEvent,
    ShareEvent,
    User,
)
from .signals import signal_for
from .stats import ClientStats

if TYPE_CHECKING:
    import pandas as pd

    from .client.client import TikTokLiveClient
    from .media.video import VideoRecording
    from .monitor.monitor import CreatorStatus

__all__ = [
    "FRAME_COLUMNS",
    "DisplayTarget",
    "LiveView",
    "MonitorView",
    "badge_html",
    "event_html",
    "event_summary",
    "gift_html",
    "monitor_html",
    "notebook_display",
    "stats_html",
    "to_dataframe",
    "user_html",
    "video_html",
]

logger = logging.getLogger(__name__)

#: The least time between two drawings of a live view, in seconds (at most two a second).
MIN_REDRAW = 0.5
#: How often a monitor's view looks at its creators, in seconds.
MONITOR_REDRAW = 1.0
#: How often a live view looks whether its client's run ended without telling it.
FINISH_CHECK = 1.0
#: Points of each line of a live view's chart (older points are dropped).
CHART_POINTS = 300
#: How long a repr's text may be before it is cut.
REPR_TEXT = 60

_FONT = "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:13px;line-height:1.45"
_MUTED = "opacity:0.65"
_VIEWERS_COLOR = "#1f77b4"
_LIKES_COLOR = "#e4405f"
_STATE_COLORS = {
    "connected": "#2ca02c",
    "live": "#ff7f0e",
    "connecting": "#ff7f0e",
    "backing off": "#d62728",
    "not found": "#7f7f7f",
}


# -- small pieces ----------------------------------------------------------------------------


def _text(value: object) -> str:
    """``value`` as HTML text (quotes escaped too, so it is safe in attributes)."""
    return html.escape(str(value), quote=True)


def _number(value: int) -> str:
    return f"{value:,}"


def _count(value: int, word: str) -> str:
    """``1 diamond``, ``1,000 diamonds``."""
    return f"{value:,} {word}{'' if value == 1 else 's'}"


def _image(url: Optional[str], size: int, *, round_: bool = False, alt: str = "") -> str:
    """An ``<img>`` of ``url``, or nothing for a missing or non-web URL."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return ""
    radius = "border-radius:50%;" if round_ else ""
    return (
        f'<img src="{_text(url)}" alt="{_text(alt)}" width="{size}" height="{size}" '
        f'style="{radius}object-fit:cover;vertical-align:middle;margin-right:4px">'
    )


def _user_chip(user: User, avatar: int = 20) -> str:
    """Avatar, nickname and @handle in one line."""
    name = user.nickname or user.unique_id
    return (
        f'<span class="tiktoklive-user">{_image(user.avatar_url, avatar, round_=True, alt=name)}'
        f'<b>{_text(name)}</b> <span style="{_MUTED}">@{_text(user.unique_id)}</span></span>'
    )


def _has_user(event: MessageEvent) -> bool:
    """Whether the event's message carries a ``user`` (not every message type has one)."""
    message: Any = event.proto
    return "user" in message.DESCRIPTOR.fields_by_name and message.HasField("user")


def _cut(text: str, length: int = REPR_TEXT) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


# -- users, gifts, badges -----------------------------------------------------------------


def user_html(user: User) -> str:
    """A user: avatar, nickname, @handle, followers, roles and badges."""
    roles = [
        role
        for role, has in (
            ("moderator", user.is_moderator),
            ("subscriber", user.is_subscriber),
            ("friend", user.is_friend),
        )
        if has
    ]
    if user.gifter_level:
        roles.append(f"gifter level {user.gifter_level}")
    if user.fan_club_level:
        roles.append(f"fan club level {user.fan_club_level}")
    details = [_count(user.follower_count, "follower"), *roles]
    badges = "".join(_image(badge.image_url, 16, alt=badge.text) for badge in user.badges)
    return (
        f'<div class="tiktoklive-user" style="{_FONT};display:flex;align-items:center;gap:8px">'
        f"{_image(user.avatar_url, 48, round_=True, alt=user.nickname)}"
        f"<div><b>{_text(user.nickname or user.unique_id)}</b> "
        f'<span style="{_MUTED}">@{_text(user.unique_id)}</span> {badges}<br>'
        f'<span style="{_MUTED}">{_text(" · ".join(details))}</span></div></div>'
    )


def gift_html(gift: GiftInfo) -> str:
    """A gift: image, name, price in diamonds."""
    return (
        f'<div class="tiktoklive-gift" style="{_FONT};display:flex;align-items:center;gap:6px">'
        f"{_image(gift.image_url, 40, alt=gift.name)}"
        f"<div><b>{_text(gift.name)}</b><br>"
        f'<span style="{_MUTED}">{_count(gift.diamond_count, "diamond")} · id {gift.id}'
        f"{' · streakable' if gift.streakable else ''}</span></div></div>"
    )


def badge_html(badge: Badge) -> str:
    """A badge: image, text, level."""
    level = f" (level {badge.level})" if badge.level else ""
    return (
        f'<span class="tiktoklive-badge" style="{_FONT}">{_image(badge.image_url, 16, alt=badge.text)}'
        f"{_text(badge.text)}{level}</span>"
    )


# -- events ------------------------------------------------------------------------------------


def _gift_line(user: User, gift: GiftInfo, count: int, diamonds: int, note: str) -> str:
    return (
        f"{_user_chip(user)} sent {_image(gift.image_url, 24, alt=gift.name)}"
        f"<b>{_number(count)} × {_text(gift.name)}</b> "
        f'<span style="{_MUTED}">({_count(diamonds, "diamond")}{note})</span>'
    )


def _event_body(event: BaseEvent) -> str:
    """What an event says, as HTML (without its type)."""
    if isinstance(event, CommentEvent):
        return f"{_user_chip(event.user)}: {_text(event.comment)}"
    if isinstance(event, GiftEvent):
        note = ", streaking" if event.streaking else ""
        return _gift_line(event.user, event.gift, max(1, event.repeat_count), event.value, note)
    if isinstance(event, GiftStreakEvent):
        note = f", streak finished by {_text(event.finished_by)}"
        return _gift_line(event.user, event.gift, event.count, event.diamonds, note)
    if isinstance(event, LikeEvent):
        return (
            f"{_user_chip(event.user)} liked ×{_number(event.likes)} "
            f'<span style="{_MUTED}">(room total {_number(event.total)})</span>'
        )
    if isinstance(event, RoomUserSeqEvent):
        return f"<b>{_number(event.total)}</b> viewers"
    actions: Tuple[Tuple[Type[MessageEvent], str], ...] = (
        (FollowEvent, "followed"),
        (ShareEvent, "shared the live"),
        (JoinEvent, "joined"),
    )
    for event_type, action in actions:
        if isinstance(event, event_type):
            return f"{_user_chip(event.user)} {action}"
    if isinstance(event, MessageEvent):
        return _user_chip(event.user) if _has_user(event) else ""
    if isinstance(event, ConnectEvent):
        return f"connected to @{_text(event.unique_id)} (room {event.room_id})"
    if isinstance(event, DisconnectEvent):
        error = f": {_text(event.error)}" if event.error is not None else ""
        return f"{_text(event.reason)}{error}"
    if isinstance(event, ReconnectingEvent):
        return f"attempt {event.attempt} in {event.delay:.1f} s: {_text(event.error)}"
    return _text(repr(event))


def event_html(event: BaseEvent) -> str:
    """An event in one line: its type, then what it says (a comment: avatar, name and text;
    a gift: who, the gift's image, count and diamonds...)."""
    return (
        f'<div class="tiktoklive-event" style="{_FONT}">'
        f'<span style="{_MUTED};font-size:11px;margin-right:6px">{_text(type(event).__name__)}</span>'
        f"{_event_body(event)}</div>"
    )


def event_summary(event: MessageEvent) -> str:
    """What ``repr()`` of a message event shows in its parentheses: ``@viewer: 'hello'``,
    ``@viewer: 5 x 'Rose'``, ``1,234 viewers``; ``@handle`` or the message id for others."""
    if isinstance(event, CommentEvent):
        return f"@{event.user.unique_id}: {_cut(event.comment)!r}"
    if isinstance(event, GiftEvent):
        streaking = ", streaking" if event.streaking else ""
        return f"@{event.user.unique_id}: {max(1, event.repeat_count)} x {event.gift.name!r}{streaking}"
    if isinstance(event, LikeEvent):
        return f"@{event.user.unique_id}: {event.count} likes, total {event.total}"
    if isinstance(event, RoomUserSeqEvent):
        return f"{event.total} viewers"
    if _has_user(event):
        return f"@{event.user.unique_id}"
    message: Any = event.proto
    common = getattr(message, "common", None)
    return f"msg_id={common.msg_id}" if common is not None else ""


# -- stats, monitor, video -------------------------------------------------------------------


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], css_class: str) -> str:
    """A table; ``rows`` hold HTML already escaped."""
    cell = "padding:2px 10px 2px 0;text-align:left;vertical-align:top"
    head = "".join(f'<th style="{cell}">{_text(header)}</th>' for header in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="{cell}">{value}</td>' for value in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="{css_class}" style="{_FONT};border-collapse:collapse">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def stats_html(stats: ClientStats) -> str:
    """A client's counters, in a table of two columns of counters (non-zero ones in bold)."""
    cells = []
    for field in fields(stats):
        value = getattr(stats, field.name)
        cells.append((_text(field.name), f"<b>{_number(value)}</b>" if value else "0"))
    half = (len(cells) + 1) // 2
    pairs = zip(cells[:half], [*cells[half:], ("", "")])
    rows = [(*left, *right) for left, right in pairs]
    return _table(("counter", "count", "counter", "count"), rows, "tiktoklive-stats")


def _state_html(state: str) -> str:
    color = _STATE_COLORS.get(state, "#999999")
    return f'<span style="color:{color}">●</span> {_text(state)}'


def monitor_html(statuses: Sequence[CreatorStatus], *, stopped: bool = False) -> str:
    """A monitor's creators (``monitor.status()``), one row each: state, room, events, rate,
    connections, next live check, last error."""
    counts = collections.Counter(str(status.state) for status in statuses)
    summary = ", ".join(f"{count} {state}" for state, count in sorted(counts.items()))
    rows = [
        (
            f"@{_text(status.unique_id)}",
            _state_html(str(status.state)),
            "" if status.room_id is None else str(status.room_id),
            _number(status.events),
            f"{status.events_per_second:.1f}",
            str(status.connections),
            "" if status.next_check_in is None else f"in {status.next_check_in:.0f} s",
            _text(status.last_error or ""),
        )
        for status in statuses
    ]
    headers = ("creator", "state", "room", "events", "events/s", "connections", "next check", "last error")
    title = (
        f"{len(statuses)} creators" + (f": {summary}" if summary else "") + (" (stopped)" if stopped else "")
    )
    return (
        f'<div class="tiktoklive-monitor" style="{_FONT}"><b>{_text(title)}</b>'
        f"{_table(headers, rows, 'tiktoklive-monitor-table')}</div>"
    )


def _relative_url(path: Path) -> Optional[str]:
    """``path`` as a URL relative to the working directory (where Jupyter serves files from,
    for a notebook in it), or None when it is elsewhere."""
    try:
        relative = path.resolve().relative_to(Path(os.getcwd()).resolve())
    except ValueError:
        return None
    return quote(relative.as_posix())


def video_html(recording: VideoRecording) -> str:
    """A video recording: state, quality, seconds, size, files; a finished MP4 under the
    working directory plays in the page."""
    if recording.error is not None:
        state = f"failed: {recording.error}"
    else:
        state = "recording" if recording.is_recording else "done"
    files = "<br>".join(_text(path.name) for path in recording.files) or "none yet"
    rows = [
        ("state", _text(state)),
        ("quality", _text(recording.quality)),
        ("seconds", f"{recording.seconds:.1f}"),
        ("size", f"{recording.bytes_written / 1e6:.1f} MB"),
        ("files", files),
    ]
    player = ""
    url = _relative_url(recording.output)
    if recording.mp4 and not recording.is_recording and recording.error is None and url is not None:
        player = f'<video controls width="360" src="{_text(url)}"></video>'
    return (
        f'<div class="tiktoklive-video" style="{_FONT}"><b>{_text(recording.output.name)}</b>'
        f"{_table(('', ''), rows, 'tiktoklive-video-table')}{player}</div>"
    )


# -- live views --------------------------------------------------------------------------------


class DisplayTarget(Protocol):
    """Where a live view draws: ``update(html)`` replaces what it showed."""

    def update(self, html: str) -> None:
        """Show ``html`` in place of the previous drawing."""


class _Drawing:
    """One drawing as IPython displays it: HTML, and a line of text where HTML cannot show."""

    def __init__(self, html: str) -> None:
        self._html = html

    def _repr_html_(self) -> str:
        return self._html

    def __repr__(self) -> str:
        return "<a live view of tiktoklive_sync: open the notebook to see it>"


class _NotebookDisplay:
    """One output area of the running notebook (IPython's ``display_id``): the first update
    displays it where the cell's output goes, later ones replace it in place."""

    def __init__(self) -> None:
        self._handle: Any = None

    def update(self, html: str) -> None:
        from IPython import display

        if self._handle is None:
            show: Any = display.display  # IPython's functions carry no annotations
            self._handle = show(_Drawing(html), display_id=True)
        else:
            self._handle.update(_Drawing(html))


def notebook_display() -> DisplayTarget:
    """An output area of the running Jupyter notebook for a live view. ImportError without
    IPython, RuntimeError outside a notebook's kernel (a script, a plain terminal)."""
    try:
        from IPython import get_ipython
    except ImportError as exc:
        raise ImportError(
            "live views draw in Jupyter and need IPython: pip install 'tiktoklive_sync[notebook]'"
        ) from exc
    shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        raise RuntimeError(
            "live views draw in a Jupyter notebook (an IPython kernel); in a script or a terminal, "
            "use handlers or client.events() instead"
        )
    return _NotebookDisplay()


class _View(abc.ABC):
    """What both live views share: one output redrawn in place, only when the drawing
    changed, by one thread of the view's own that ends with the view."""

    def __init__(self, target: DisplayTarget, thread_name: str) -> None:
        self._target = target
        self._draw_lock = threading.Lock()
        self._ended = threading.Event()  # no more drawings wanted (the last one may be due)
        self._done = threading.Event()  # the last drawing was sent (or failed)
        self._last_html = ""
        #: Drawings sent to the notebook, the first included.
        self.drawings = 0
        self._thread = threading.Thread(target=self._loop, name=thread_name, daemon=True)

    @abc.abstractmethod
    def html(self) -> str:
        """The view as it looks now."""

    @abc.abstractmethod
    def _loop(self) -> None:
        """The view's thread: draw when due, until the view ends."""

    def _draw(self, *, last: bool = False) -> None:
        """Send the drawing if it changed; ``last``: no drawing after this one. A failure
        ends the view (logged), except the first drawing's, which the caller sees."""
        with self._draw_lock:
            if self._done.is_set():
                return
            try:
                drawing = self.html()
                if drawing != self._last_html:
                    self._target.update(drawing)
                    self._last_html = drawing
                    self.drawings += 1
            except Exception:
                if self.drawings == 0:
                    raise
                logger.exception("a live view could not draw; it stops")
                last = True
            if last:
                self._ended.set()
                self._done.set()
                self._ended_hook()

    @abc.abstractmethod
    def _ended_hook(self) -> None:
        """Called once, after the last drawing: let go of what the view listens to."""

    def _finish(self) -> None:
        """The last drawing, now, in the calling thread."""
        self._ended.set()
        self._draw(last=True)

    def stop(self) -> None:
        """Stop drawing (the output keeps the last drawing); returns once the view's thread
        has ended. What the view shows (the client, the monitor) goes on."""
        self._finish()
        self._join()

    def _join(self) -> None:
        if self._thread is not threading.current_thread() and self._thread.ident is not None:
            self._thread.join()

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the view has sent its last drawing (what it shows has stopped, or
        ``stop()``); True then, False after ``timeout`` seconds."""
        check_number("timeout", timeout, optional=True)
        if not wait_event(self._done, timeout):
            return False
        self._join()
        return True

    @property
    def running(self) -> bool:
        """True until the last drawing was sent."""
        return not self._done.is_set()


@dataclass(frozen=True)
class _Comment:
    avatar_url: Optional[str]
    nickname: str
    unique_id: str
    text: str


@dataclass
class _Gifter:
    avatar_url: Optional[str]
    nickname: str
    unique_id: str
    diamonds: int = 0
    gifts: int = 0


def _event_time(event: MessageEvent) -> float:
    """When TikTok made the message (unix seconds), or now when it does not say."""
    message: Any = event.proto
    created = message.common.create_time if "common" in message.DESCRIPTOR.fields_by_name else 0
    return created / 1000 if created else time.time()


class LiveView(_View):
    """A client's live view in a notebook (``client.show()``): viewers and likes over time
    (a small chart), the last comments, the top gifters.

    Redrawn in place at most every ``MIN_REDRAW`` seconds and only when something
    changed, from the client's own events (its handlers do next to nothing: the drawing is
    made on the view's thread). It stops with the client's connection (its last drawing says
    why), or on ``stop()``; then it lets go of the client and its thread ends.
    """

    def __init__(
        self,
        client: TikTokLiveClient,
        target: DisplayTarget,
        *,
        comments: int = 8,
        gifters: int = 5,
        min_redraw: float = MIN_REDRAW,
    ) -> None:
        check_count("comments", comments, minimum=1)
        check_count("gifters", gifters, minimum=1)
        check_number("min_redraw", min_redraw)
        super().__init__(target, f"tiktoklive-{client.unique_id}-view")
        self.unique_id = client.unique_id
        self.min_redraw = min_redraw
        self._client = client
        self._lock = threading.Lock()
        self._changed = threading.Event()
        self._finished: Optional[threading.Event] = None
        self._state = "connected" if client.connected else "connecting"
        self._viewers: Deque[Tuple[float, int]] = collections.deque(maxlen=CHART_POINTS)
        self._likes: Deque[Tuple[float, int]] = collections.deque(maxlen=CHART_POINTS)
        self._comments: Deque[_Comment] = collections.deque(maxlen=comments)
        self._gifters: Dict[str, _Gifter] = {}
        self._top = gifters
        self._receivers: List[Tuple[Type[BaseEvent], Callable[..., None]]] = [
            (CommentEvent, self._on_comment),
            (GiftEvent, self._on_gift),
            (LikeEvent, self._on_like),
            (RoomUserSeqEvent, self._on_viewers),
            (ConnectEvent, self._on_connect),
            (ReconnectingEvent, self._on_reconnecting),
            (DisconnectEvent, self._on_disconnect),
        ]
        for event_type, receiver in self._receivers:
            signal_for(event_type).connect(receiver, sender=client, weak=False)
        try:
            self._draw()  # the first drawing, in the caller's thread (the cell's output)
        except BaseException:
            self._ended_hook()
            raise
        self._thread.start()

    def follow(self, finished: threading.Event) -> None:
        """End the view when ``finished`` is set as well (the client's run ending: its
        DisconnectEvent may have gone out just before the view listened)."""
        self._finished = finished
        self._changed.set()

    # -- the client's events (on its dispatcher thread: kept short) ----------------------

    def _on_comment(self, sender: Any, event: CommentEvent) -> None:
        user = event.user
        comment = _Comment(user.avatar_url, user.nickname, user.unique_id, event.comment)
        with self._lock:
            self._comments.append(comment)
        self._changed.set()

    def _on_gift(self, sender: Any, event: GiftEvent) -> None:
        if event.streaking:
            return  # counted once, when the streak's last message brings the whole count
        user = event.user
        key = str(user.id) if user.id else user.unique_id
        with self._lock:
            gifter = self._gifters.get(key)
            if gifter is None:
                gifter = self._gifters[key] = _Gifter(user.avatar_url, user.nickname, user.unique_id)
            gifter.diamonds += event.value
            gifter.gifts += max(1, event.repeat_count)
        self._changed.set()

    def _on_like(self, sender: Any, event: LikeEvent) -> None:
        with self._lock:
            total = max(event.total, self._likes[-1][1] if self._likes else 0)
            self._likes.append((_event_time(event), total))
        self._changed.set()

    def _on_viewers(self, sender: Any, event: RoomUserSeqEvent) -> None:
        with self._lock:
            self._viewers.append((_event_time(event), event.total))
        self._changed.set()

    def _on_connect(self, sender: Any, event: ConnectEvent) -> None:
        self._set_state("connected")

    def _on_reconnecting(self, sender: Any, event: ReconnectingEvent) -> None:
        self._set_state(f"reconnecting (attempt {event.attempt})")

    def _on_disconnect(self, sender: Any, event: DisconnectEvent) -> None:
        reasons = {"live_ended": "the live ended", "stopped": "stopped", "closed": "TikTok closed it"}
        error = f" ({event.error})" if event.error is not None else ""
        self._set_state(f"ended: {reasons.get(event.reason, event.reason)}{error}")
        self._finish()  # here, so the last drawing is out before the client's run finishes

    def _set_state(self, state: str) -> None:
        with self._lock:
            self._state = state
        self._changed.set()

    # -- drawing -------------------------------------------------------------------------

    def _loop(self) -> None:
        while not self._ended.is_set():
            finished = self._finished
            if finished is not None and finished.is_set():
                self._finish()
                break
            if not self._changed.wait(FINISH_CHECK) or self._ended.is_set():
                continue
            self._changed.clear()
            self._draw()
            self._ended.wait(self.min_redraw)

    def _ended_hook(self) -> None:
        for event_type, receiver in self._receivers:
            signal_for(event_type).disconnect(receiver)  # from every sender: blinker keeps it otherwise

    def stop(self) -> None:
        """Stop drawing (the output keeps the last drawing) and stop listening to the client,
        which goes on; returns once the view's thread has ended."""
        if not self._ended.is_set():
            self._set_state("view stopped")
        super().stop()

    def html(self) -> str:
        """The view as it looks now."""
        with self._lock:
            state = self._state
            viewers, likes = list(self._viewers), list(self._likes)
            comments = list(self._comments)
            top = sorted(self._gifters.values(), key=lambda gifter: (-gifter.diamonds, gifter.unique_id))
        top = top[: self._top]
        now_viewers = _number(viewers[-1][1]) if viewers else "–"
        now_likes = _number(likes[-1][1]) if likes else "–"
        header = (
            f"<b>@{_text(self.unique_id)}</b> · {_text(state)} · "
            f'<span style="color:{_VIEWERS_COLOR}">{now_viewers} viewers</span> · '
            f'<span style="color:{_LIKES_COLOR}">{now_likes} likes</span>'
        )
        comment_lines = (
            "".join(
                f'<div class="tiktoklive-comment">{_image(c.avatar_url, 18, round_=True, alt=c.nickname)}'
                f"<b>{_text(c.nickname or c.unique_id)}</b>: {_text(c.text)}</div>"
                for c in comments
            )
            or f'<div style="{_MUTED}">none yet</div>'
        )
        gifter_rows = [
            (
                str(rank),
                f"{_image(g.avatar_url, 18, round_=True, alt=g.nickname)}{_text(g.nickname or g.unique_id)}",
                _number(g.diamonds),
                _number(g.gifts),
            )
            for rank, g in enumerate(top, 1)
        ]
        gifters = (
            _table(("#", "gifter", "diamonds", "gifts"), gifter_rows, "tiktoklive-gifters")
            if gifter_rows
            else f'<div style="{_MUTED}">none yet</div>'
        )
        return (
            f'<div class="tiktoklive-view" style="{_FONT};max-width:760px">'
            f"<div>{header}</div>{_chart(viewers, likes)}"
            '<div style="display:flex;flex-wrap:wrap;gap:24px;margin-top:6px">'
            f'<div style="flex:2 1 320px"><b>Last comments</b>{comment_lines}</div>'
            f'<div style="flex:1 1 220px"><b>Top gifters</b>{gifters}</div>'
            "</div></div>"
        )

    def __repr__(self) -> str:
        return f"<LiveView @{self.unique_id} {'running' if self.running else 'stopped'}>"


def _chart(
    viewers: Sequence[Tuple[float, int]],
    likes: Sequence[Tuple[float, int]],
    width: int = 480,
    height: int = 80,
) -> str:
    """An inline SVG of viewers and likes over time, each line scaled to its own maximum."""
    points = [*viewers, *likes]
    if not points:
        return ""
    start = min(t for t, _ in points)
    span = max(t for t, _ in points) - start or 1.0
    lines = []
    for series, color in ((viewers, _VIEWERS_COLOR), (likes, _LIKES_COLOR)):
        if not series:
            continue
        top = max(value for _, value in series) or 1
        xy = [
            (2 + (width - 4) * (t - start) / span, height - 2 - (height - 4) * value / top)
            for t, value in series
        ]
        if len(xy) == 1:
            (x, y) = xy[0]
            lines.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="{color}"/>')
        else:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
            lines.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.5"/>')
    return (
        f'<svg class="tiktoklive-chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" role="img"><title>viewers and likes over time</title>'
        f'<rect x="0.5" y="0.5" width="{width - 1}" height="{height - 1}" fill="none" '
        f'stroke="#8884"/>{"".join(lines)}</svg>'
    )


class MonitorView(_View):
    """A monitor's table of creators and states (``monitor.show()``), redrawn in place
    at most every ``MONITOR_REDRAW`` seconds when it changed, until the monitor has stopped
    (the last drawing says so) or ``stop()``."""

    def __init__(
        self,
        status: Callable[[], Sequence[CreatorStatus]],
        target: DisplayTarget,
        *,
        stopped: threading.Event,
        redraw: float = MONITOR_REDRAW,
    ) -> None:
        check_number("redraw", redraw, positive=True)
        super().__init__(target, "tiktoklive-monitor-view")
        self._status = status
        self._stopped = stopped
        self.redraw = redraw
        self._draw()
        self._thread.start()

    def _loop(self) -> None:
        while not self._ended.wait(self.redraw):
            if self._stopped.is_set():
                self._finish()
                break
            self._draw()

    def _ended_hook(self) -> None:
        """Nothing to let go of: the view only reads ``status()``."""

    def html(self) -> str:
        """The table as it looks now."""
        return monitor_html(self._status(), stopped=self._stopped.is_set())

    def __repr__(self) -> str:
        return f"<MonitorView {'running' if self.running else 'stopped'}>"


# -- DataFrames ------------------------------------------------------------------------------

#: The columns of :func:`to_dataframe`, in order, with their pandas dtypes (``time`` is a
#: UTC datetime; ids are strings, as TikTok's 64-bit ids do not all fit a signed int64).
FRAME_COLUMNS: Dict[str, str] = {
    "time": "datetime",
    "type": "string",
    "msg_id": "string",
    "user": "string",
    "nickname": "string",
    "user_id": "string",
    "comment": "string",
    "gift": "string",
    "gift_id": "Int64",
    "repeat_count": "Int64",
    "streaking": "boolean",
    "diamonds": "Int64",
    "likes": "Int64",
    "like_total": "Int64",
    "viewers": "Int64",
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "DataFrames of events need pandas: pip install 'tiktoklive_sync[notebook]'"
        ) from exc
    return pandas


def _row(event: BaseEvent) -> Dict[str, Any]:
    """One event's row: the message's time, id and user, and the fields of its kind."""
    row: Dict[str, Any] = {"type": type(event).__name__}
    source = event.last if isinstance(event, GiftStreakEvent) else event
    if isinstance(source, MessageEvent):
        message: Any = source.proto
        if "common" in message.DESCRIPTOR.fields_by_name:
            common = message.common
            row["time"] = common.create_time or None
            row["msg_id"] = str(common.msg_id) if common.msg_id else None
        if _has_user(source):
            user = source.user
            row.update(user=user.unique_id, nickname=user.nickname, user_id=str(user.id))
    if isinstance(event, CommentEvent):
        row["comment"] = event.comment
    elif isinstance(event, (GiftEvent, GiftStreakEvent)):
        row.update(gift=event.gift.name, gift_id=event.gift.id)
        if isinstance(event, GiftEvent):
            row.update(repeat_count=event.repeat_count, streaking=event.streaking, diamonds=event.value)
        else:
            row.update(repeat_count=event.count, streaking=False, diamonds=event.diamonds)
    elif isinstance(event, LikeEvent):
        row.update(likes=event.likes, like_total=event.total)
    elif isinstance(event, RoomUserSeqEvent):
        row["viewers"] = event.total
    return row


def to_dataframe(events: Iterable[BaseEvent]) -> pd.DataFrame:
    """``events`` as a pandas DataFrame, one row per event, with the columns of
    :data:`FRAME_COLUMNS` (empty where an event has no such field): ``time`` (when TikTok
    made the message, UTC; NaT for the client's own events), ``type`` (the class name),
    ``msg_id``, ``user`` (the @handle), ``nickname``, ``user_id``, then ``comment``;
    ``gift``, ``gift_id``, ``repeat_count``, ``streaking``, ``diamonds`` (gifts and finished
    streaks); ``likes``, ``like_total``; ``viewers``.

    A streakable gift has a row per tap while ``streaking`` and a last one with the whole
    count: sum ``diamonds`` over the rows where ``streaking`` is False. Every value comes
    from the messages, so a replayed recording gives the frame the live gave. Needs pandas
    (ImportError otherwise, before ``events`` is read).
    """
    pandas = _pandas()
    rows = [_row(event) for event in events]
    frame = pandas.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS))
    milliseconds = pandas.Series(frame["time"], dtype="Int64")  # exact: no float on the way
    frame["time"] = pandas.to_datetime(milliseconds, unit="ms", utc=True)
    typed: pd.DataFrame = frame.astype({name: kind for name, kind in FRAME_COLUMNS.items() if name != "time"})
    return typed
