"""The commands that watch one creator or play a recording: ``demo``, ``watch``, ``record``,
``replay``, ``check`` and ``doctor`` — each its options and what it does."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from typing import Any, Callable, Dict, List

from .. import errors
from ..client import TikTokLiveClient
from ..errors import TikTokLiveError
from ..events import ConnectEvent
from ..media.video import VideoRecording
from ..record_replay import read_sessions
from .exits import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OFFLINE, EXIT_OK, status_of
from .feed import Feed, add_feed_options, follow
from .options import add_connection_options, client_options, count, number, start_options
from .recording import Progress, chat_track, check_outputs, stopped_by_sigterm

__all__ = ["add_commands"]


def add_commands(commands: Any) -> None:
    """Add the one-creator commands to the command line's subcommands."""
    demo = commands.add_parser("demo", help="watch a lively stream from the embedded local TikTok")
    add_feed_options(demo)
    demo.add_argument(
        "--events-count",
        type=count(minimum=1),
        default=60,
        help="how many events before the live ends (default 60)",
    )
    demo.add_argument(
        "--pace", type=number(positive=False), default=0.1, help="seconds between events (default 0.1)"
    )
    demo.set_defaults(handler=cmd_demo)

    for_creator(commands, "watch", "print a creator's live events", cmd_watch, feed=True)

    record = for_creator(
        commands, "record", "print a creator's live events and record every frame", cmd_record, feed=True
    )
    record.add_argument(
        "file", nargs="?", help="chat recording file (a recording is appended to; JSON Lines)"
    )
    record.add_argument("--video", help="also record the live video to this new .flv or .mp4 file")
    record.add_argument(
        "--chat-track",
        nargs="?",
        const="comment",
        metavar="KINDS",
        help="with --video, also write the chat as subtitles timed to the video: a .vtt beside each "
        "video file (and a track in the MP4 with PyAV 16.1+); KINDS: comma-separated comment, gift, "
        "join (default: comment)",
    )
    record.add_argument(
        "--progress-every",
        type=number(),
        default=10.0,
        metavar="SECONDS",
        help="seconds between progress lines on stderr when it is not a terminal (default 10)",
    )

    replay = commands.add_parser("replay", help="play a recording through a client, offline")
    replay.add_argument("file", help="a file written by 'record' (or client.start(record_to=...))")
    pace = replay.add_mutually_exclusive_group()
    pace.add_argument("--speed", type=number(), default=1.0, help="playback speed (default 1: as recorded)")
    pace.add_argument("--fast", action="store_true", help="as fast as possible")
    replay.add_argument(
        "--session",
        type=count(minimum=1),
        metavar="N",
        help="play only the file's N-th session (a file 'record' appended to holds several; "
        "default: all, in turn)",
    )
    add_feed_options(replay)
    replay.set_defaults(handler=cmd_replay)

    for_creator(commands, "check", "is the creator live? (exit 0 yes, 1 no)", cmd_check)
    for_creator(
        commands,
        "doctor",
        "why a client cannot connect: each step of the connect path, and what to do",
        cmd_doctor,
    )


def for_creator(
    commands: Any,
    name: str,
    summary: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    feed: bool = False,
) -> argparse.ArgumentParser:
    """A command about one creator: its ``user`` argument, the output options when it prints a
    ``feed``, the connection options."""
    command: argparse.ArgumentParser = commands.add_parser(name, help=summary)
    command.add_argument("user", help="creator handle: name, @name or the live URL")
    if feed:
        add_feed_options(command)
    add_connection_options(command)
    command.set_defaults(handler=handler)
    return command


def client_for(args: argparse.Namespace) -> TikTokLiveClient:
    """The client the connection options describe, for ``args.user``."""
    return TikTokLiveClient(args.user, **client_options(args))


def cmd_demo(args: argparse.Namespace) -> int:
    """Play a lively stream from the embedded local TikTok."""
    from ..testing.demo import demo_client

    with demo_client("demo_creator", events=args.events_count, pace=args.pace) as client:
        return follow(client, args)


def cmd_watch(args: argparse.Namespace) -> int:
    """Print a creator's live events until the live ends."""
    with client_for(args) as client:
        return follow(client, args, **start_options(args))


def cmd_record(args: argparse.Namespace) -> int:
    """Watch, and append every frame received to a recording file; with ``--video``, also
    record the live video. The outputs are checked first; the recording goes on when the
    reader of stdout goes away (``| head``), until the live ends or Ctrl+C / SIGTERM."""
    check_outputs(args.file, args.video)  # a bad output is a usage error before anything connects
    chat = chat_track(args.chat_track, args.video)
    with client_for(args) as client, stopped_by_sigterm():
        videos: List[VideoRecording] = []

        def record_video(event: ConnectEvent) -> None:
            if not videos:  # the first connect; a reconnect goes on with the same recording
                videos.append(client.record_video(args.video, chat=chat or False))

        if args.video:
            client.on(ConnectEvent, record_video)
        feed = Feed(args.json, lambda: None, counted=True)  # no reader: printing stops, recording not
        progress = Progress(feed, videos, args.progress_every)
        try:
            with progress.shown():
                status = follow(
                    client,
                    args,
                    feed,
                    fetch_room_info=bool(args.video),
                    record_to=args.file,
                    **start_options(args),
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
        if feed.connected_at is not None:
            print(progress.summary(args.file), file=sys.stderr)
        return status


def cmd_replay(args: argparse.Namespace) -> int:
    """Play a recording through a client against the local TikTok, as the creator it
    recorded: each session in turn (a live end closes one session's connection), or the one
    ``--session`` names."""
    if not os.path.isfile(args.file):
        raise ValueError(f"no recording at {args.file}")
    try:
        sessions = read_sessions(args.file)
    except OSError as exc:
        raise ValueError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    if args.session is not None and args.session > len(sessions):
        raise ValueError(f"{args.file} holds {len(sessions)} session(s), not a session {args.session}")
    chosen = [args.session] if args.session is not None else range(1, len(sessions) + 1)
    status = EXIT_OK
    for index in chosen:
        header = sessions[index - 1]
        if len(sessions) > 1:
            started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(header.get("started", 0))))
            print(f"▶ session {index} of {len(sessions)}, recorded {started}", file=sys.stderr)
        played = _replay_session(args, header, index)
        if played == EXIT_INTERRUPTED:
            return played  # Ctrl+C ends the replay, not only this session
        status = status or played  # the first failure's status
    return status


def _replay_session(args: argparse.Namespace, header: Dict[str, Any], session: int) -> int:
    """Play one session of the recording to a client, as its header's creator and room."""
    from ..testing import FakeLiveServer

    unique_id = str(header["unique_id"]).lstrip("@")
    with FakeLiveServer(unique_id=unique_id, room_id=int(header["room_id"])) as server:
        client = TikTokLiveClient(f"@{unique_id}", reconnect=False, **server.client_kwargs)

        def play() -> None:
            try:
                server.play_recording(args.file, speed=None if args.fast else args.speed, session=session)
            finally:
                server.close_connections()  # the recording is over: so is the connection

        player = threading.Thread(target=play, name="replay", daemon=True)
        client.on(ConnectEvent, lambda event: player.start())
        try:
            return follow(client, args)
        finally:
            client.close()
            if player.ident is not None:
                player.join(5)


def cmd_check(args: argparse.Namespace) -> int:
    """Say whether the creator is live; the exit status says it too."""
    with client_for(args) as client:
        live = client.is_live()
    print(f"@{client.unique_id} is {'live' if live else 'not live'}")
    return EXIT_OK if live else EXIT_OFFLINE


def cmd_doctor(args: argparse.Namespace) -> int:
    """Walk the connect path and print each step; the exit status is that of the error the
    client would raise (0 when it connects)."""
    with client_for(args) as client:
        diagnosis = client.diagnose(**start_options(args))
    print(diagnosis)
    failed = diagnosis.failed
    if failed is None:
        return EXIT_OK
    return status_of(getattr(errors, failed.error or "", TikTokLiveError))
