"""ClientStats: what a client received, delivered and dropped, counted as it happens."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ClientStats"]


@dataclass
class ClientStats:
    """Counters of one client, across all its connections (read them any time).

    Every message that reaches the client and is not delivered is counted in exactly one of
    ``duplicates``, ``skipped``, ``overflow_dropped``, ``after_end_dropped`` or
    ``undelivered``; a websocket message that is not a usable frame, in ``frames_skipped``.
    """

    frames: int = 0  #: fetch results received (websocket and sign server)
    messages: int = 0  #: webcast messages received
    events: int = 0  #: events dispatched to handlers
    unknown: int = 0  #: messages of a type without an event class
    decode_failures: int = 0  #: messages whose payload did not parse (delivered as UnknownEvent)
    duplicates: int = 0  #: messages dropped because they were delivered already
    skipped: int = 0  #: messages left undecoded because nothing listens to their events
    overflow_dropped: int = 0  #: messages dropped because the handler queue was full ("drop")
    after_end_dropped: int = 0  #: messages that came after the live's end in the same batch
    undelivered: int = 0  #: messages still queued when stop() was called
    frames_skipped: int = 0  #: websocket messages that were not usable frames (logged, skipped)
    reconnects: int = 0  #: successful reconnects
    recording_errors: int = 0  #: recordings ended by a write error (disk full...)
    handler_errors: int = 0  #: exceptions raised by handlers (each printed or logged)

    def _repr_html_(self) -> str:
        from .notebook import stats_html

        return stats_html(self)
