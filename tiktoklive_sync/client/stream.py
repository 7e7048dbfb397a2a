"""EventStream: what ``client.events()`` returns, an iterator of events in the caller's thread."""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import TYPE_CHECKING, Any, List, Optional, Tuple, Type

from .._checks import check_count, check_number
from .._run.waiting import WAIT_SLICE
from ..events import BaseEvent, DisconnectEvent
from ..signals import any_event, signal_for

if TYPE_CHECKING:
    import pandas as pd

    from .client import TikTokLiveClient

__all__ = ["EventStream"]

logger = logging.getLogger(__name__)

#: How long an event stream waits, after the DisconnectEvent, for the run to finish.
STREAM_FINISH_TIMEOUT = 30.0


class EventStream:
    """An iterator of events, subscribed from creation.

    It holds at most ``max_pending`` events for the loop; when that many wait, newer ones
    are dropped for this stream only (counted in ``dropped``, one warning) and the client
    goes on. The end of the connection always reaches the loop, however full the stream is.
    Closes (unsubscribes) when exhausted, on ``close()``, at the end of a ``with`` block, or
    when garbage collected.
    """

    def __init__(
        self,
        client: TikTokLiveClient,
        event_types: Tuple[Type[BaseEvent], ...],
        timeout: Optional[float],
        max_pending: int,
    ) -> None:
        self._closed = threading.Event()
        self._signals: List[Any] = []  # before the checks: __del__ closes even a stream refused
        check_number("timeout", timeout, optional=True)
        check_count("max_pending", max_pending, minimum=1)
        self._client = client
        self._event_types = event_types
        self._pending: queue.Queue[BaseEvent] = queue.Queue(max_pending)
        self._ended = threading.Event()
        self._disconnect: Optional[DisconnectEvent] = None
        self._deadline = None if timeout is None else time.monotonic() + timeout
        #: Events this stream dropped because ``max_pending`` were waiting.
        self.dropped = 0
        # Exactly the wanted signals, so types nobody wants stay undecoded.
        wanted = {*event_types, DisconnectEvent}
        self._signals = [signal_for(t) for t in wanted] if event_types else [any_event]
        for signal in self._signals:
            signal.connect(self._collect, sender=client)

    def _collect(self, sender: Any, event: BaseEvent) -> None:
        """Runs on the client's dispatcher: never blocks it."""
        if self._closed.is_set():
            return
        if isinstance(event, DisconnectEvent):
            self._disconnect = event
            self._ended.set()
            return
        try:
            self._pending.put_nowait(event)
        except queue.Full:
            self.dropped += 1
            if self.dropped == 1:
                logger.warning(
                    "an event stream of @%s is not being read and holds %d events: dropping newer "
                    "ones for this stream (counted in stream.dropped)",
                    self._client.unique_id,
                    self._pending.maxsize,
                )

    def __iter__(self) -> EventStream:
        return self

    def __next__(self) -> BaseEvent:
        while not self._closed.is_set():
            remaining = None if self._deadline is None else self._deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            try:
                return self._pending.get(
                    timeout=WAIT_SLICE if remaining is None else min(WAIT_SLICE, remaining)
                )
            except queue.Empty:
                if self._ended.is_set() and self._pending.empty():
                    return self._end()
        self.close()
        raise StopIteration

    def _end(self) -> BaseEvent:
        """The connection ended: re-raise its error, or yield its DisconnectEvent if wanted."""
        self.close()
        # The run finishes right after its DisconnectEvent; then re-raise its error, if any.
        self._client.wait(STREAM_FINISH_TIMEOUT)
        if self._disconnect is not None and (DisconnectEvent in self._event_types or not self._event_types):
            return self._disconnect
        raise StopIteration

    def to_dataframe(self) -> pd.DataFrame:
        """Every event of the stream until it ends (its timeout, the connection's end,
        ``close()`` from another thread), as a pandas DataFrame, one row per event (see
        :func:`tiktoklive_sync.notebook.to_dataframe`). Raises what iterating would."""
        from ..notebook import to_dataframe

        return to_dataframe(self)

    def close(self) -> None:
        """Stop collecting events (the client keeps running)."""
        if not self._closed.is_set():
            self._closed.set()
            for signal in self._signals:
                signal.disconnect(self._collect)  # from every sender: blinker keeps it otherwise

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()
