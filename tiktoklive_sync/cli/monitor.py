"""``python -m tiktoklive_sync monitor creators.txt --to TARGET``: watch a list of creators.

``creators.txt`` holds one handle per line (``#`` comments and blank lines are skipped; ``-``
reads the list from stdin). ``--to`` is where events go: ``events.jsonl``,
``sqlite:///events.db`` or ``redis://host:6379/0``; without it, events are counted, not
stored (it says so at the start). With Redis, every process started with the same ``--to``
shares the creators (each watched by one of them), the sign budget and the stream: start as
many as you like, on as many machines. On a terminal a status table is redrawn every
second; otherwise a summary line goes to stderr every ``--status-every`` seconds. Ctrl+C
(or SIGTERM) stops cleanly and prints the final counts.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any, List, Optional, TextIO

from .._redaction import redact
from ..budget import SignBudget
from ..monitor.monitor import STATES, CreatorStatus, LiveMonitor
from ..monitor.redis import REDIS_SCHEMES, RedisCoordinator, RedisSignBudget, connect
from ..monitor.sinks import DEFAULT_STREAM_MAXLEN, RedisStreamSink, sink_from
from .exits import EXIT_INTERRUPTED
from .options import add_connection_options, client_options, count, number, start_options

__all__ = ["add_command", "read_creators", "shorten"]

#: Rows of the terminal table (the busiest creators first).
TABLE_ROWS = 20
#: Characters of the last error a row of the table shows.
ERROR_WIDTH = 40
#: Said at the start when there is no ``--to``.
NOT_STORED = (
    "events are not stored: add --to events.jsonl (or sqlite:///events.db, redis://HOST:PORT/DB) to keep them"
)


def read_creators(source: TextIO) -> List[str]:
    """Handles from a creators file: one per line, ``#`` comments and blank lines skipped."""
    handles = []
    for line in source:
        text = line.split("#", 1)[0].strip()
        if text:
            handles.append(text)
    return handles


def add_command(commands: Any) -> None:
    """Add ``monitor`` to the command line's subcommands."""
    command = commands.add_parser("monitor", help="watch a list of creators (waits for each to go live)")
    command.add_argument("creators", help="file with one handle per line ('-': stdin)")
    group = command.add_argument_group("monitor")
    group.add_argument("--to", help="where events go: FILE.jsonl, sqlite:///FILE.db or redis://HOST:PORT/DB")
    group.add_argument("--sign-budget", type=number(), default=30.0, help="signatures a minute (default 30)")
    group.add_argument("--poll", type=number(), default=60.0, help="seconds between live checks (default 60)")
    group.add_argument(
        "--max-poll",
        type=number(),
        default=600.0,
        help="longest interval for long-offline creators (default 600)",
    )
    group.add_argument(
        "--status-every",
        type=number(),
        default=10.0,
        help="seconds between status lines off a terminal (default 10)",
    )
    redis = command.add_argument_group("Redis (with --to redis://...)")
    redis.add_argument("--lease-ttl", type=number(), default=15.0, help="seconds a lease lasts (default 15)")
    redis.add_argument("--prefix", default="tiktoklive", help="prefix of the keys (default tiktoklive)")
    redis.add_argument(
        "--stream-maxlen",
        type=count(minimum=0),
        default=DEFAULT_STREAM_MAXLEN,
        help=f"entries the event stream is trimmed to, about (default {DEFAULT_STREAM_MAXLEN:,}; 0: never)",
    )
    add_connection_options(command)
    command.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """The ``monitor`` command."""
    if args.creators == "-":
        handles = read_creators(sys.stdin)
    else:
        path = Path(args.creators)
        if not path.is_file():
            raise ValueError(f"no creators file at {path}")
        with path.open(encoding="utf-8") as source:
            handles = read_creators(source)
    if not handles:
        raise ValueError("the creators list is empty")
    target = args.to or ""
    coordinator: Optional[RedisCoordinator] = None
    budget: SignBudget
    try:
        if target.startswith(REDIS_SCHEMES):
            redis = connect(target)
            redis.ping()
            coordinator = RedisCoordinator(redis, prefix=args.prefix, lease_ttl=args.lease_ttl)
            budget = RedisSignBudget(redis, args.sign_budget, prefix=args.prefix)
            sink: Any = RedisStreamSink(
                redis, stream=f"{args.prefix}:events", maxlen=args.stream_maxlen or None
            )
        else:
            budget = SignBudget(args.sign_budget)
            sink = sink_from(target) if target else None
        monitor = LiveMonitor(
            handles,
            sink,
            sign_budget=budget,
            poll_interval=args.poll,
            max_poll_interval=max(args.max_poll, args.poll),
            coordinator=coordinator,
            connect_options=start_options(args),
            **client_options(args),
        )
    except ImportError as exc:  # redis-py is not installed
        raise ValueError(str(exc)) from exc
    except (OSError, sqlite3.Error) as exc:  # a folder that is not there, a locked database...
        raise ValueError(f"cannot write events to {redact(target)}: {exc}") from exc
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "redis":
            raise
        raise ValueError(f"cannot use Redis at {redact(target)}: {exc}") from exc
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    monitor.start()
    where = f" -> {redact(target)}" if target else ""
    worker = f" as worker {coordinator.worker_id}" if coordinator is not None else ""
    print(f"watching {_creators(len(handles))}{where}{worker}", flush=True)
    if not target:
        print(NOT_STORED, file=sys.stderr, flush=True)
    try:
        _show_status(monitor, sys.stdout.isatty(), args.status_every)
    except KeyboardInterrupt:
        pass
    finally:
        monitor.stop()
    print(f"stopped: {_summary(monitor.status())}", flush=True)
    return EXIT_INTERRUPTED


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _show_status(monitor: LiveMonitor, terminal: bool, every: float) -> None:
    """Until interrupted: a table redrawn every second, or a line every ``every`` seconds."""
    pause = threading.Event()
    while True:
        statuses = monitor.status()
        if terminal:
            sys.stdout.write("\x1b[H\x1b[J" + _table(statuses))
            sys.stdout.flush()
            pause.wait(1.0)
        else:
            print(_summary(statuses), file=sys.stderr, flush=True)
            pause.wait(every)


def _summary(statuses: List[CreatorStatus]) -> str:
    counts = {state: sum(1 for status in statuses if status.state == state) for state in STATES}
    parts = [f"{count} {state}" for state, count in counts.items() if count]
    events = sum(status.events for status in statuses)
    return f"{_creators(len(statuses))}: {', '.join(parts)}; {events:,} events"


def _creators(how_many: int) -> str:
    return f"{how_many} creator{'' if how_many == 1 else 's'}"


def shorten(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters: cut at the last space that fits, with "…"."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if text[width - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def _table(statuses: List[CreatorStatus]) -> str:
    busiest = sorted(statuses, key=lambda status: (-status.events_per_second, status.unique_id))[:TABLE_ROWS]
    lines = [
        _summary(statuses),
        "",
        f"{'creator':<24} {'state':<12} {'events/s':>9} {'events':>9}  last error",
    ]
    for status in busiest:
        error = shorten(status.last_error or "", ERROR_WIDTH)
        lines.append(
            f"{status.unique_id:<24.24} {status.state:<12} {status.events_per_second:>9.1f} "
            f"{status.events:>9,}  {error}"
        )
    if len(statuses) > TABLE_ROWS:
        lines.append(f"... and {len(statuses) - TABLE_ROWS} more")
    return "\n".join(lines) + "\n"
