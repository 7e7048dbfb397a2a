"""What the feed commands print: one line per event (or a JSON object with ``--json``), a
status line kept below them on a terminal, and the ``--events`` choice of what to show."""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from typing import Any, Callable, Dict, List, Optional, TextIO, Type

from .. import events, signals, streaks
from ..client import TikTokLiveClient
from ..events import (
    BaseEvent,
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    FollowEvent,
    GiftEvent,
    JoinEvent,
    LikeEvent,
    LiveEndEvent,
    LivePauseEvent,
    LiveUnpauseEvent,
    MessageEvent,
    ReconnectingEvent,
    RoomUserSeqEvent,
    ShareEvent,
    UnknownEvent,
    User,
)
from ..proto import is_repeated
from ..proto import webcast_pb2 as pb
from .exits import EXIT_OK

__all__ = [
    "EVENT_NAMES",
    "Feed",
    "StatusLine",
    "add_feed_options",
    "describe",
    "follow",
    "reader_went_away",
    "selected",
]

#: ``--events`` names and the event classes they select.
EVENT_NAMES: Dict[str, Type[BaseEvent]] = {
    "connect": ConnectEvent,
    "disconnect": DisconnectEvent,
    "comment": CommentEvent,
    "gift": GiftEvent,
    "like": LikeEvent,
    "join": JoinEvent,
    "follow": FollowEvent,
    "share": ShareEvent,
    "viewers": RoomUserSeqEvent,
    "live_end": LiveEndEvent,
    "pause": LivePauseEvent,
    "unpause": LiveUnpauseEvent,
    "reconnecting": ReconnectingEvent,
    "unknown": UnknownEvent,
}


def describe(event: BaseEvent) -> str:
    """One readable line for an event."""
    if isinstance(event, CommentEvent):
        return f"💬 {event.user.unique_id}: {event.comment}"
    if isinstance(event, GiftEvent):
        state = "…" if event.streaking else f"= {event.value} 💎"
        return f"🎁 {event.user.unique_id} sent {event.gift.name} x{event.repeat_count} {state}"
    if isinstance(event, LikeEvent):
        return f"❤️  {event.user.unique_id} liked x{event.count} (total {event.total})"
    if isinstance(event, JoinEvent):
        return f"👋 {event.user.unique_id} joined"
    if isinstance(event, FollowEvent):
        return f"➕ {event.user.unique_id} followed"
    if isinstance(event, ShareEvent):
        return f"🔁 {event.user.unique_id} shared the live"
    if isinstance(event, RoomUserSeqEvent):
        return f"👀 {event.total} watching"
    if isinstance(event, ConnectEvent):
        return f"✅ connected to @{event.unique_id} (room {event.room_id})"
    if isinstance(event, LiveEndEvent):
        return "🏁 the live ended"
    if isinstance(event, DisconnectEvent):
        return f"🔌 disconnected ({event.reason})"
    if isinstance(event, ReconnectingEvent):
        return f"🔁 reconnecting in {event.delay:.1f} s (attempt {event.attempt}): {event.error}"
    if isinstance(event, UnknownEvent):
        return f"❔ {event.method} ({len(event.payload)} bytes)"
    if isinstance(event, streaks.GiftStreakEvent):
        return f"🎁 {event.user.unique_id} sent {event.count} x {event.gift.name} = {event.diamonds} 💎"
    if isinstance(event, MessageEvent):
        return " ".join([type(event).__name__, *_top_fields(event)])
    return type(event).__name__


def _top_fields(event: MessageEvent, limit: int = 6) -> List[str]:
    """``name=value`` for the first set fields: numbers, flags, short texts and users, from
    the message and one level into its nested messages (``hashtag.title=...``)."""
    shown: List[str] = []

    def visit(message: Any, prefix: str, depth: int) -> None:
        for field, value in message.ListFields():
            if len(shown) == limit:
                return
            if field.name == "common" or is_repeated(field):
                continue
            name = prefix + field.name
            if field.message_type is None:
                text = str(value)
                shown.append(f"{name}={text if len(text) <= 40 else text[:39] + '…'}")
            elif field.message_type is pb.User.DESCRIPTOR:
                shown.append(f"{name}=@{User(value).unique_id}")
            elif depth == 0:
                visit(value, f"{name}.", 1)

    visit(event.proto, "", 0)
    return shown


class StatusLine:
    """A line kept at the bottom of a terminal (``stream``), below what is printed, and
    redrawn in place with the text of ``render()`` until it is ended. A line that cannot be
    written (the terminal went away) is given up quietly."""

    def __init__(self, stream: TextIO, render: Callable[[], str]) -> None:
        self.stream = stream
        self.render = render
        self.drawn = False
        self.ended = False

    def clear(self) -> None:
        """Take the line away (to print above it)."""
        if self.drawn:
            self._write("\r\x1b[K")
            self.drawn = False

    def draw(self) -> None:
        """Draw the line anew."""
        if not self.ended:
            self._write(f"\r\x1b[K{self.render()}")
            self.drawn = True

    def end(self, keep: bool) -> None:
        """No more redraws: leave the line as it is and move below it (``keep``), or take
        it away."""
        if keep and self.drawn:
            self._write("\n")
        else:
            self.clear()
        self.drawn, self.ended = False, True

    def _write(self, text: str) -> None:
        if self.ended:
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # closed, or a closed pipe
            self.ended = True


class Feed:
    """Prints events, one line each, above a :class:`StatusLine` when there is one; keeps the
    figures a status line shows (when ``counted``: every event of the client is counted)."""

    def __init__(
        self,
        as_json: bool,
        on_reader_gone: Callable[[], None],
        *,
        status: Optional[StatusLine] = None,
        counted: bool = False,
    ) -> None:
        self.as_json = as_json
        self.on_reader_gone = on_reader_gone
        self.reader_gone = False
        self.status = status
        self.counted = counted or status is not None
        #: Held while anything is printed (events, the status line, progress lines).
        self.lock = threading.Lock()
        self.state = "connecting"
        self.viewers: Optional[int] = None
        self.count = 0
        #: Events of the live (from TikTok's messages; not connects, frames or reconnects).
        self.live_events = 0
        self.started = time.monotonic()
        #: When the first ConnectEvent came (monotonic); None while never connected.
        self.connected_at: Optional[float] = None

    def saw_connect(self, event: ConnectEvent) -> None:
        """Note the connect (every client's ConnectEvent passes here, shown or not)."""
        if self.connected_at is None:
            self.connected_at = time.monotonic()

    def show(self, event: BaseEvent) -> None:
        """Print one event (above the status line, on a terminal). The DisconnectEvent of a
        client that never connected is left out: the error that follows says what happened."""
        if isinstance(event, DisconnectEvent) and self.connected_at is None:
            return
        line = json.dumps(event.to_dict(), ensure_ascii=False) if self.as_json else describe(event)
        with self.lock:
            if self.reader_gone:
                return
            try:
                if self.status is not None:
                    self.status.clear()  # print above the status line
                print(line, flush=True)
            except BrokenPipeError:  # | head has read enough: stop printing, quietly
                self.reader_gone = True
                reader_went_away()
                self.on_reader_gone()
            if self.status is not None:
                self.status.draw()

    def track(self, event: BaseEvent) -> None:
        """Keep the status line's figures (every event passes here, shown or not)."""
        self.count += 1
        if isinstance(event, (MessageEvent, UnknownEvent)):
            self.live_events += 1
        if isinstance(event, ConnectEvent):
            self.state = "connected"
        elif isinstance(event, ReconnectingEvent):
            self.state = f"reconnecting (attempt {event.attempt})"
        elif isinstance(event, DisconnectEvent):
            self.state = f"disconnected ({event.reason})"
        elif isinstance(event, RoomUserSeqEvent):
            self.viewers = event.total
        if self.status is not None:
            with self.lock:
                self.status.draw()

    def status_text(self) -> str:
        """The text of ``watch``'s status line."""
        rate = self.count / max(time.monotonic() - self.started, 1e-3)
        viewers = "?" if self.viewers is None else f"{self.viewers:,}"
        return f"[{self.state} | {rate:.1f} events/s | {viewers} watching]"

    def close(self) -> None:
        """End the status line (kept when the client connected, else taken away: the error
        that follows says why)."""
        if self.status is not None:
            with self.lock:
                self.status.end(keep=self.connected_at is not None)


def selected(names: Optional[str]) -> List[Type[BaseEvent]]:
    """The event classes ``--events`` names (every one of EVENT_NAMES when None); ValueError
    naming an unknown one."""
    if not names:
        return list(EVENT_NAMES.values())
    chosen = []
    for name in (part.strip() for part in names.split(",")):
        event_type: Any = EVENT_NAMES.get(name) or getattr(events, name, None) or getattr(streaks, name, None)
        try:
            signals.signal_for(event_type)  # only classes events are sent as
        except TypeError:
            raise ValueError(
                f"unknown event {name!r}; choose from {', '.join(EVENT_NAMES)} "
                "or an event class name such as DonationEvent"
            ) from None
        chosen.append(event_type)
    return chosen


def follow(
    client: TikTokLiveClient,
    args: argparse.Namespace,
    feed: Optional[Feed] = None,
    **start_options: Any,
) -> int:
    """Print ``client``'s events as ``args`` chose (``--json``, ``--events``) while it runs
    (``client.run(**start_options)``), until the live ends. Without a ``feed``, the events
    are printed with a status line below them on a terminal, and the client stops when the
    reader of the output goes away (``| head``)."""
    if feed is None:
        feed = Feed(args.json, client.stop)
        if sys.stdout.isatty() and not args.json:
            feed.status = StatusLine(sys.stdout, feed.status_text)
            feed.counted = True
    client.on(ConnectEvent, feed.saw_connect)
    for event_type in selected(args.events):
        client.on(event_type, feed.show)

    def track(sender: Any, event: BaseEvent) -> None:
        feed.track(event)

    if feed.counted:
        signals.any_event.connect(track, sender=client, weak=False)
    try:
        client.run(**start_options)
    finally:
        signals.any_event.disconnect(track, sender=client)
        feed.close()
    return EXIT_OK


def reader_went_away() -> int:
    """The pipe we print to was closed (``| head``): stop quietly, with nothing more to say
    (stdout goes to /dev/null so the interpreter's last flush cannot fail either)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_OK


def add_feed_options(command: argparse.ArgumentParser) -> None:
    """``--json`` and ``--events``, as the "output" group of ``command``'s help."""
    group = command.add_argument_group("output")
    group.add_argument("--json", action="store_true", help="one JSON object per event")
    group.add_argument(
        "--events",
        help=f"comma-separated subset of: {', '.join(EVENT_NAMES)}; or event class names (SubWaveEvent)",
    )
