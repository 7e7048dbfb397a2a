"""The command line: ``python -m tiktoklive_sync`` (or ``tiktoklive-sync``).

::

    tiktoklive-sync demo                 # a lively stream from the embedded local TikTok
    tiktoklive-sync watch @creator       # a creator's live feed (--json for JSON lines)
    tiktoklive-sync check @creator       # exit status 0 when live, 1 when not
    tiktoklive-sync doctor @creator      # why a client cannot connect, step by step
    tiktoklive-sync record @creator FILE # watch, and append every frame to FILE
    tiktoklive-sync replay FILE          # play a recording through a client, offline
    tiktoklive-sync monitor LIST --to T  # watch many creators (T: .jsonl, sqlite:///, redis://)

Exit status: 0 done (also when the reader of the output went away, as ``| head`` does),
1 offline, 2 bad usage, 3 no such user, 4 rate limited, 5 other TikTok or sign-server
error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Sequence, Type

from . import __version__, errors, events, signals, streaks
from .client import TikTokLiveClient
from .errors import SignatureRateLimitError, TikTokLiveError, UserNotFoundError, UserOfflineError
from .events import (
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
from .media.video import VideoRecording, check_target
from .monitor import command as monitor_command
from .proto import is_repeated
from .proto import webcast_pb2 as pb

EXIT_OK, EXIT_OFFLINE, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_RATE_LIMITED, EXIT_ERROR = 0, 1, 2, 3, 4, 5
EXIT_INTERRUPTED = 130

#: What each failure prints first, and the exit status it gives (first match wins).
FAILURES = (
    (ValueError, "error", EXIT_USAGE),
    (UserOfflineError, "offline", EXIT_OFFLINE),
    (UserNotFoundError, "not found", EXIT_NOT_FOUND),
    (SignatureRateLimitError, "rate limited", EXIT_RATE_LIMITED),
    (TikTokLiveError, "error", EXIT_ERROR),
)

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


class _Feed:
    """Prints events, one line each; on a terminal, also a status line kept below them."""

    def __init__(self, as_json: bool, status: bool, on_reader_gone: Callable[[], None]) -> None:
        self.as_json = as_json
        self.status = status
        self.on_reader_gone = on_reader_gone
        self.reader_gone = False
        #: More for the status line (" | 🎬 12 s video"), asked at every redraw.
        self.extra: Optional[Callable[[], str]] = None
        self.lock = threading.Lock()
        self.state = "connecting"
        self.viewers: Optional[int] = None
        self.count = 0
        self.started = time.monotonic()

    def show(self, event: BaseEvent) -> None:
        line = json.dumps(event.to_dict(), ensure_ascii=False) if self.as_json else describe(event)
        with self.lock:
            if self.reader_gone:
                return
            try:
                if self.status:
                    sys.stdout.write("\r\x1b[K")  # clear the status line, print above it
                print(line, flush=not self.status)
                if self.status:
                    self._draw()
            except BrokenPipeError:  # | head has read enough: stop, quietly
                self.reader_gone = True
                _reader_went_away()
                self.on_reader_gone()

    def track(self, event: BaseEvent) -> None:
        """Keep the status line's figures (every event passes here, shown or not)."""
        self.count += 1
        if isinstance(event, ConnectEvent):
            self.state = "connected"
        elif isinstance(event, ReconnectingEvent):
            self.state = f"reconnecting (attempt {event.attempt})"
        elif isinstance(event, DisconnectEvent):
            self.state = f"disconnected ({event.reason})"
        elif isinstance(event, RoomUserSeqEvent):
            self.viewers = event.total
        if self.status:
            with self.lock:
                self._draw()

    def _draw(self) -> None:
        rate = self.count / max(time.monotonic() - self.started, 1e-3)
        viewers = "?" if self.viewers is None else f"{self.viewers:,}"
        extra = self.extra() if self.extra is not None else ""
        sys.stdout.write(f"\r\x1b[K[{self.state} | {rate:.1f} events/s | {viewers} watching{extra}]")
        sys.stdout.flush()

    def close(self) -> None:
        if self.status:
            sys.stdout.write("\n")
            sys.stdout.flush()


def _selected(names: Optional[str]) -> List[Type[BaseEvent]]:
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


def _follow(
    client: TikTokLiveClient,
    args: argparse.Namespace,
    status_extra: Optional[Callable[[], str]] = None,
    **start_options: Any,
) -> int:
    feed = _Feed(args.json, status=sys.stdout.isatty() and not args.json, on_reader_gone=client.stop)
    feed.extra = status_extra
    for event_type in _selected(args.events):
        client.on(event_type, feed.show)
    if feed.status:
        signals.any_event.connect(lambda sender, event: feed.track(event), sender=client, weak=False)
    try:
        client.run(**start_options)
    finally:
        feed.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Play a lively stream from the embedded local TikTok."""
    from .testing.demo import demo_client

    with demo_client("demo_creator", events=args.events_count, pace=args.pace) as client:
        return _follow(client, args)


def cmd_watch(args: argparse.Namespace) -> int:
    """Print a creator's live events until the live ends."""
    with _client(args) as client:
        return _follow(client, args)


def cmd_record(args: argparse.Namespace) -> int:
    """Watch, and append every frame received to a recording file; with ``--video``, also
    record the live video."""
    if not args.file and not args.video:
        raise ValueError("record needs a FILE for the chat, --video PATH for the video, or both")
    if args.video:
        check_target(args.video)  # a bad target is a usage error before anything connects
    with _client(args) as client:
        videos: List[VideoRecording] = []

        def record_video(event: ConnectEvent) -> None:
            if not videos:  # the first connect; a reconnect goes on with the same recording
                videos.append(client.record_video(args.video))

        if args.video:
            client.on(ConnectEvent, record_video)

        def video_progress() -> str:
            return "".join(
                f" | 🎬 {video.seconds:.0f} s, {video.bytes_written // 1024:,} KB" for video in videos
            )

        try:
            status = _follow(
                client, args, video_progress, fetch_room_info=bool(args.video), record_to=args.file
            )
        except KeyboardInterrupt:  # how people end a recording: the files are finished first
            print("interrupted", file=sys.stderr)
            status = EXIT_INTERRUPTED
        for video in videos:
            try:
                video.wait(60)
            except (OSError, TikTokLiveError) as exc:
                print(f"🎬 the video recording failed: {exc}", file=sys.stderr)
                status = EXIT_ERROR
                continue
            saved = ", ".join(str(path) for path in video.files) or "no file (the stream carried no video)"
            size = f"{video.quality}, {video.bytes_written:,} bytes"
            print(f"🎬 {video.seconds:.0f} s of video ({size}): {saved}", file=sys.stderr)
        return status


def cmd_replay(args: argparse.Namespace) -> int:
    """Play a recording through a client against the local TikTok."""
    from .testing import FakeLiveServer

    if not os.path.isfile(args.file):
        raise ValueError(f"no recording at {args.file}")

    with FakeLiveServer(unique_id="replay") as server:
        client = TikTokLiveClient("@replay", reconnect=False, **server.client_kwargs)

        def play() -> None:
            try:
                server.play_recording(args.file, speed=None if args.fast else args.speed)
            finally:
                server.close_connections()  # the recording is over: so is the connection

        player = threading.Thread(target=play, name="replay", daemon=True)
        client.on(ConnectEvent, lambda event: player.start())
        try:
            return _follow(client, args)
        finally:
            client.close()
            if player.ident is not None:
                player.join(5)


def cmd_check(args: argparse.Namespace) -> int:
    """Say whether the creator is live; the exit status says it too."""
    with _client(args) as client:
        live = client.is_live()
    print(f"@{client.unique_id} is {'live' if live else 'not live'}")
    return EXIT_OK if live else EXIT_OFFLINE


def cmd_doctor(args: argparse.Namespace) -> int:
    """Walk the connect path and print each step; the exit status is that of the error the
    client would raise (0 when it connects)."""
    with _client(args) as client:
        diagnosis = client.diagnose()
    print(diagnosis)
    failed = diagnosis.failed
    if failed is None:
        return EXIT_OK
    kind = getattr(errors, failed.error or "", TikTokLiveError)
    return next(status for cls, _, status in FAILURES if issubclass(kind, cls))


def _client(args: argparse.Namespace) -> TikTokLiveClient:
    options = {name: getattr(args, name) for name in ("app_url", "webcast_url") if getattr(args, name)}
    return TikTokLiveClient(args.user, sign_url=args.sign_url, **options)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(prog="tiktoklive-sync", description="TikTok LIVE from the terminal.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    commands = parser.add_subparsers(dest="command", required=True)

    def feed_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--json", action="store_true", help="one JSON object per event")
        command.add_argument(
            "--events",
            help=f"comma-separated subset of: {', '.join(EVENT_NAMES)}; or event class names (SubWaveEvent)",
        )

    def server_options(command: argparse.ArgumentParser, with_user: bool = True) -> None:
        if with_user:
            command.add_argument("user", help="creator handle: name, @name or the live URL")
        command.add_argument("--sign-url", help="sign server (default: $SIGN_API_URL or Euler Stream)")
        command.add_argument(
            "--app-url", help="TikTok's web app (default https://www.tiktok.com; a FakeLiveServer's app_url)"
        )
        command.add_argument(
            "--webcast-url",
            help="TikTok's webcast API (default https://webcast.tiktok.com/webcast; "
            "a FakeLiveServer's webcast_url)",
        )

    demo = commands.add_parser("demo", help="watch a lively stream from the embedded local TikTok")
    feed_options(demo)
    demo.add_argument("--events-count", type=int, default=60, help="how many events (default 60)")
    demo.add_argument("--pace", type=float, default=0.1, help="seconds between events (default 0.1)")
    demo.set_defaults(handler=cmd_demo)

    watch = commands.add_parser("watch", help="print a creator's live events")
    server_options(watch)
    feed_options(watch)
    watch.set_defaults(handler=cmd_watch)

    record = commands.add_parser("record", help="print a creator's live events and record every frame")
    server_options(record)
    record.add_argument("file", nargs="?", help="chat recording file (appended to; JSON Lines)")
    record.add_argument("--video", help="also record the live video to this .flv or .mp4 file")
    feed_options(record)
    record.set_defaults(handler=cmd_record)

    replay = commands.add_parser("replay", help="play a recording through a client, offline")
    replay.add_argument("file", help="a file written by 'record' (or client.start(record_to=...))")
    pace = replay.add_mutually_exclusive_group()
    pace.add_argument("--speed", type=float, default=1.0, help="playback speed (default 1: as recorded)")
    pace.add_argument("--fast", action="store_true", help="as fast as possible")
    feed_options(replay)
    replay.set_defaults(handler=cmd_replay)

    check = commands.add_parser("check", help="is the creator live? (exit 0 yes, 1 no)")
    server_options(check)
    check.set_defaults(handler=cmd_check)

    doctor = commands.add_parser(
        "doctor", help="why a client cannot connect: each step of the connect path, and what to do"
    )
    server_options(doctor)
    doctor.set_defaults(handler=cmd_doctor)

    monitor_command.add_command(commands, server_options)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _selected(getattr(args, "events", None))  # a bad --events is a usage error (exit 2)
    except ValueError as exc:
        parser.error(str(exc))
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        return _reader_went_away()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (ValueError, TikTokLiveError) as exc:
        label, status = next((label, status) for kind, label, status in FAILURES if isinstance(exc, kind))
        if isinstance(exc, SignatureRateLimitError):
            label = f"rate limited: try again in {exc.retry_after} s"
        print(f"{label}: {exc}", file=sys.stderr)
        return status


def _reader_went_away() -> int:
    """The pipe we print to was closed (``| head``): stop quietly, with nothing more to say
    (stdout goes to /dev/null so the interpreter's last flush cannot fail either)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
