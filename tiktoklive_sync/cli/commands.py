"""The commands that watch one creator or play a recording: ``demo``, ``watch``, ``record``,
``replay``, ``check`` and ``doctor`` — each its options and what it does."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from typing import Any, Callable, List

from .. import errors
from ..client import TikTokLiveClient
from ..errors import TikTokLiveError
from ..events import ConnectEvent
from ..media.video import VideoRecording, check_target
from .exits import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OFFLINE, EXIT_OK, status_of
from .feed import add_feed_options, follow
from .options import add_connection_options, client_options, start_options

__all__ = ["add_commands"]


def add_commands(commands: Any) -> None:
    """Add the one-creator commands to the command line's subcommands."""
    demo = commands.add_parser("demo", help="watch a lively stream from the embedded local TikTok")
    add_feed_options(demo)
    demo.add_argument("--events-count", type=int, default=60, help="how many events (default 60)")
    demo.add_argument("--pace", type=float, default=0.1, help="seconds between events (default 0.1)")
    demo.set_defaults(handler=cmd_demo)

    for_creator(commands, "watch", "print a creator's live events", cmd_watch, feed=True)

    record = for_creator(
        commands, "record", "print a creator's live events and record every frame", cmd_record, feed=True
    )
    record.add_argument("file", nargs="?", help="chat recording file (appended to; JSON Lines)")
    record.add_argument("--video", help="also record the live video to this .flv or .mp4 file")

    replay = commands.add_parser("replay", help="play a recording through a client, offline")
    replay.add_argument("file", help="a file written by 'record' (or client.start(record_to=...))")
    pace = replay.add_mutually_exclusive_group()
    pace.add_argument("--speed", type=float, default=1.0, help="playback speed (default 1: as recorded)")
    pace.add_argument("--fast", action="store_true", help="as fast as possible")
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
    record the live video."""
    if not args.file and not args.video:
        raise ValueError("record needs a FILE for the chat, --video PATH for the video, or both")
    if args.video:
        check_target(args.video)  # a bad target is a usage error before anything connects
    with client_for(args) as client:
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
            status = follow(
                client,
                args,
                video_progress,
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
                continue
            saved = ", ".join(str(path) for path in video.files) or "no file (the stream carried no video)"
            size = f"{video.quality}, {video.bytes_written:,} bytes"
            print(f"🎬 {video.seconds:.0f} s of video ({size}): {saved}", file=sys.stderr)
        return status


def cmd_replay(args: argparse.Namespace) -> int:
    """Play a recording through a client against the local TikTok."""
    from ..testing import FakeLiveServer

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
