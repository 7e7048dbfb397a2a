"""Watch many creators: :class:`LiveMonitor` (one process), sinks for their events, and
Redis coordination for several processes (:mod:`.redis`).

``monitor.py`` waits, connects and follows each creator; ``sinks.py`` writes their events
(JSON Lines, SQLite, Redis Streams); ``redis.py`` shares creators, leases, resume cursors and
the sign budget between workers.
"""

from __future__ import annotations

from .monitor import STATES, CreatorStatus, LiveMonitor
from .sinks import CallableSink, JsonLinesSink, RedisStreamSink, Sink, SQLiteSink, event_record, sink_from

__all__ = [
    "STATES",
    "CallableSink",
    "CreatorStatus",
    "JsonLinesSink",
    "LiveMonitor",
    "RedisStreamSink",
    "SQLiteSink",
    "Sink",
    "event_record",
    "sink_from",
]
