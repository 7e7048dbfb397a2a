"""The command line's parser and entry point: global options, the subcommands, logging, the
scrubbed output, and turning failures into messages and exit statuses."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Optional, Sequence

from .. import __version__
from ..errors import SignatureRateLimitError, TikTokLiveError
from . import monitor
from .commands import add_commands
from .exits import EXIT_INTERRUPTED, FAILURES
from .feed import reader_went_away, selected
from .options import scrubber_for
from .secrets import scrubbed_output

__all__ = ["build_parser", "main"]

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _global_options(parser: argparse.ArgumentParser, *, after: bool) -> None:
    """``-v``, given before the subcommand or after it (counted together)."""
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        dest="verbose_after" if after else "verbose",
        default=argparse.SUPPRESS if after else 0,
        help="log more (-vv: debug); secrets are never shown",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="tiktoklive-sync",
        description="TikTok LIVE from the terminal. Each command's --help lists its options.",
        epilog="exit status: 0 done, 1 offline, 2 bad usage, 3 no such user, 4 rate limited, "
        "5 other TikTok or sign-server error, 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, after=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_commands(commands)
    monitor.add_command(commands)
    for command in commands.choices.values():
        _global_options(command, after=True)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        selected(getattr(args, "events", None))  # a bad --events is a usage error (exit 2)
    except ValueError as exc:
        parser.error(str(exc))
    verbose = args.verbose + getattr(args, "verbose_after", 0)
    with scrubbed_output(scrubber_for(args)):
        root = logging.getLogger()
        handler = logging.StreamHandler(sys.stderr)  # the scrubbed stderr
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
        level = root.level
        root.setLevel((logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)])
        try:
            return _run(args)
        finally:
            root.removeHandler(handler)
            root.setLevel(level)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        return reader_went_away()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (ValueError, TikTokLiveError) as exc:
        label, status = next((label, status) for kind, label, status in FAILURES if isinstance(exc, kind))
        message = str(exc)
        if isinstance(exc, SignatureRateLimitError) and f"{exc.retry_after} s" not in message:
            message += f" (try again in {exc.retry_after} s)"  # said once: the error may say it already
        print(f"{label}: {message}", file=sys.stderr)
        return status
