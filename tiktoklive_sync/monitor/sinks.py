"""Where a :class:`~tiktoklive_sync.monitor.LiveMonitor` writes every event it receives.

Each event becomes one record::

    {"id": "alice:CommentEvent:7312...", "creator": "alice", "type": "CommentEvent",
     "received_at": 1764115200.25, "data": {...event.to_dict()...}}

``id`` is the creator, the event class and TikTok's message id (the client's own events, such
as ConnectEvent, get a random one): delivery is at least once — after a reconnect, a
takeover by another worker or a crash, an event may be written twice, always under the same
id, so readers de-duplicate on it (the SQLite sink does so itself).

:func:`sink_from` turns a target into a sink: ``"events.jsonl"`` (JSON Lines),
``"sqlite:///events.db"``, ``"redis://host:6379/0"`` (a Redis Stream, needs
``pip install 'tiktoklive_sync[redis]'``), a callable taking the record, or a sink.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, Optional, Union

from .._checks import check_count
from ..events import BaseEvent, MessageEvent
from .redis import REDIS_SCHEMES, connect, text

__all__ = [
    "DEFAULT_STREAM_MAXLEN",
    "CallableSink",
    "JsonLinesSink",
    "RedisStreamSink",
    "SQLiteSink",
    "Sink",
    "event_record",
    "read_redis_stream",
    "sink_from",
]

Record = Dict[str, Any]

#: The Redis Stream events go to, unless told otherwise.
DEFAULT_STREAM = "tiktoklive:events"
#: How many entries a Redis Stream sink keeps, about (``XADD ... MAXLEN ~``): the newest.
DEFAULT_STREAM_MAXLEN = 1_000_000


def event_record(creator: str, event: BaseEvent) -> Record:
    """The record of ``event`` received from ``creator`` (see the module's doc)."""
    kind = type(event).__name__
    message_id = event.proto.common.msg_id if isinstance(event, MessageEvent) else 0  # type: ignore[attr-defined]
    return {
        "id": f"{creator}:{kind}:{message_id or uuid.uuid4().hex}",
        "creator": creator,
        "type": kind,
        "received_at": time.time(),
        "data": event.to_dict(),
    }


class Sink:
    """Base class of sinks: ``write`` one record (from any thread), ``close`` at the end.

    A sink that writes in the background (the Redis one) reports records it could not
    write later through ``on_failure(error, records)``, which the monitor sets."""

    #: Told of records written in the background that could not be stored: (error, how many).
    on_failure: Optional[Callable[[BaseException, int], None]] = None

    def write(self, record: Record) -> None:
        """Store one record; raise on failure (the monitor counts and logs it)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release what the sink holds."""


class CallableSink(Sink):
    """Hands each record to a function of yours (called from the dispatch threads)."""

    def __init__(self, function: Callable[[Record], Any]) -> None:
        self.function = function

    def write(self, record: Record) -> None:
        """Call the function with ``record``."""
        self.function(record)


class JsonLinesSink(Sink):
    """One JSON object per line, appended and flushed record by record."""

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)
        self._file = self.path.open("a", encoding="utf-8")
        self._lock = threading.Lock()

    def write(self, record: Record) -> None:
        """Append ``record`` as one line."""
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            self._file.write(line)
            self._file.flush()

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._file.close()


class SQLiteSink(Sink):
    """A table ``events(id PRIMARY KEY, creator, type, received_at, data)``; a record whose
    id is already there is not stored again."""

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, creator TEXT NOT NULL, "
            "type TEXT NOT NULL, received_at REAL NOT NULL, data TEXT NOT NULL)"
        )
        self._lock = threading.Lock()

    def write(self, record: Record) -> None:
        """Insert ``record`` unless its id is stored already."""
        row = (
            record["id"],
            record["creator"],
            record["type"],
            record["received_at"],
            json.dumps(record["data"], ensure_ascii=False),
        )
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?)", row)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


class RedisStreamSink(Sink):
    """``XADD`` of every record to a Redis Stream (fields ``id``, ``creator``, ``type``,
    ``received_at``, ``data`` as JSON), trimmed to about ``maxlen`` entries (the newest are
    kept; None: never trimmed), so a monitor never fills its Redis by itself.

    Records are written by a thread of the sink's own, in pipelined batches, so a slow or
    frozen Redis never holds a stream's handlers: ``write`` only queues (up to
    ``max_pending`` records; beyond that it raises, and the monitor counts the record). A
    batch Redis refuses (full, gone) is reported through ``on_failure`` and counted in
    ``dropped``. ``close`` waits at most ``close_within`` seconds for what is queued."""

    def __init__(
        self,
        redis: Any,
        stream: str = DEFAULT_STREAM,
        maxlen: Optional[int] = DEFAULT_STREAM_MAXLEN,
        *,
        max_pending: int = 100_000,
        close_within: float = 1.0,
    ) -> None:
        check_count("maxlen", maxlen, minimum=1, optional=True)
        check_count("max_pending", max_pending, minimum=1)
        self.redis = redis
        self.stream = stream
        self.maxlen = maxlen
        self.close_within = close_within
        #: Records that could not be written (queue full, or refused by Redis).
        self.dropped = 0
        self._pending: queue.Queue[Optional[Dict[str, str]]] = queue.Queue(max_pending)
        self._writer = threading.Thread(target=self._write_batches, name="tiktoklive-sink-redis", daemon=True)
        self._started = threading.Lock()

    def write(self, record: Record) -> None:
        """Queue ``record`` for the stream (RuntimeError when the queue is full)."""
        fields = {
            "id": record["id"],
            "creator": record["creator"],
            "type": record["type"],
            "received_at": repr(record["received_at"]),
            "data": json.dumps(record["data"], ensure_ascii=False),
        }
        with self._started:
            if self._writer.ident is None:
                self._writer.start()
        try:
            self._pending.put_nowait(fields)
        except queue.Full:
            self.dropped += 1
            raise RuntimeError(
                f"the Redis sink holds {self._pending.maxsize} records it could not write yet "
                "(is Redis slow or gone?); this one is dropped"
            ) from None

    def _write_batches(self) -> None:
        while True:
            first = self._pending.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < 500:
                try:
                    more = self._pending.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._pending.put(None)  # the end, after this batch
                    break
                batch.append(more)
            try:
                pipe = self.redis.pipeline(transaction=False)
                for fields in batch:
                    pipe.xadd(self.stream, fields, maxlen=self.maxlen, approximate=True)
                failed = [
                    answer for answer in pipe.execute(raise_on_error=False) if isinstance(answer, Exception)
                ]
            except Exception as exc:  # Redis gone: the whole batch is lost
                failed = [exc] * len(batch)
            if failed:
                self.dropped += len(failed)
                if self.on_failure is not None:
                    self.on_failure(failed[0], len(failed))

    def close(self) -> None:
        """Write what is queued (waiting at most ``close_within`` seconds), then close."""
        if self._writer.ident is not None:
            self._pending.put(None)
            self._writer.join(self.close_within)
        self.redis.close()


def read_redis_stream(redis: Any, stream: str = DEFAULT_STREAM) -> Iterator[Record]:
    """Every record of a Redis Stream sink, oldest first (duplicates included)."""
    last = "-"
    while True:
        entries = redis.xrange(stream, min=last, count=1000)
        if last != "-":
            entries = entries[1:]  # the first is the last one of the previous batch
        if not entries:
            return
        for _, fields in entries:
            found = {text(key): text(value) for key, value in fields.items()}
            yield {**found, "received_at": float(found["received_at"]), "data": json.loads(found["data"])}
        last = text(entries[-1][0])


def sink_from(target: Union[str, Path, Sink, Callable[[Record], Any], None]) -> Optional[Sink]:
    """The sink for ``target`` (see the module's doc); None stays None."""
    if target is None or isinstance(target, Sink):
        return target
    if callable(target):
        return CallableSink(target)
    where = str(target)
    if where.startswith(REDIS_SCHEMES):
        return RedisStreamSink(connect(where))
    if where.startswith("sqlite:///"):
        return SQLiteSink(where[len("sqlite:///") :])
    if "://" not in where:
        return JsonLinesSink(where)
    raise ValueError(f"no sink for {target!r}: give a .jsonl path, sqlite:///path or redis://host/db")
