"""One ``start()`` of a client: its connection and reconnects, its delivery, its recording.

The **reader** thread (``tiktoklive-<handle>-reader``) owns the connection: it reads fetch
results (acked at once by the connection), hands them to the run's
:class:`~tiktoklive_sync._run.delivery.Delivery`, and when the connection drops reconnects as
the policy allows (signing afresh, resuming from the last cursor). Heartbeats, and the checks
of gift streaks that went silent, are timers of a :class:`~tiktoklive_sync._run.scheduler.Scheduler`:
the run's own (``-heartbeat``), or a shared runtime's. Where the handlers run is the
delivery's business (the run's dispatcher thread, a shared pool, or the reader itself).

Every run ends through :meth:`Run.finish`, exactly once: streaks flushed, DisconnectEvent
emitted, recording closed, the run's lifecycle hooks told, ``finished`` set.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Tuple, Type

from .._transport.push import WebcastConnection
from ..errors import TikTokLiveError, UserOfflineError, WebSocketConnectionError
from ..events import BaseEvent, ConnectEvent, DisconnectEvent, ReconnectingEvent, WebsocketResponseEvent
from ..proto import webcast_pb2 as pb
from ..reconnect import ReconnectPolicy
from ..record_replay import RecordingWriter
from ..stats import ClientStats
from .connect import ConnectAborted
from .delivery import Delivery, Inline, OwnThread, SharedPool
from .dispatch import Dispatcher
from .pool import DispatchPool
from .scheduler import Scheduler, Timer
from .waiting import WAIT_SLICE

__all__ = ["JOIN_TIMEOUT", "Lifecycle", "Run"]

logger = logging.getLogger(__name__)

#: How long stop() waits for each thread to finish.
JOIN_TIMEOUT = 2.0
#: How soon a streak check that found a handler running looks again (inline delivery).
STREAK_RETRY = 0.2

#: ``connect(cursor, stopping)``: sign and open a websocket, resuming at ``cursor``; raises
#: ConnectAborted between steps once ``stopping`` is set.
Connect = Callable[[str, threading.Event], Tuple[WebcastConnection, pb.ProtoMessageFetchResult]]

_END = object()
_EXPIRE_STREAKS = object()


@dataclass
class _Ending:
    """Why a run ended (first writer wins)."""

    reason: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def set(self, reason: str) -> None:
        with self.lock:
            self.reason = self.reason or reason


@dataclass(frozen=True)
class Lifecycle:
    """What the client (its video recordings) is told of a run's life."""

    #: The creator paused (True) or unpaused (False) the live.
    paused: Callable[[bool], None]
    #: The run is over (called once, before ``finished`` is set).
    ended: Callable[[], None]


class Run:
    """The threads and state of one ``start()``.

    ``connect(cursor, stopping)`` signs and opens a websocket; everything the run hands to
    users goes through ``emit``; ``listens(event_type)`` says whether anything receives that
    type. With a ``pool`` and a ``scheduler`` (a shared runtime's) the run uses those; else
    it has its own dispatcher thread (or, ``inline``, none) and its own heartbeat thread.
    """

    def __init__(
        self,
        *,
        unique_id: str,
        connect: Connect,
        emit: Callable[[BaseEvent], None],
        listens: Callable[[Type[BaseEvent]], bool],
        stats: ClientStats,
        policy: ReconnectPolicy,
        max_queue: int,
        overflow: str,
        gift_streak_timeout: float,
        lifecycle: Lifecycle,
        scheduler: Optional[Scheduler] = None,
        pool: Optional[DispatchPool] = None,
        inline: bool = False,
    ) -> None:
        self.unique_id = unique_id
        self._connect = connect
        self._emit = emit
        self._listens = listens
        self.stats = stats
        self.policy = policy
        self.overflow = overflow
        self.max_queue = max_queue
        self._lifecycle = lifecycle
        self.dispatcher = Dispatcher(
            emit=emit,
            listens=listens,
            stats=stats,
            unique_id=unique_id,
            gift_streak_timeout=gift_streak_timeout,
            on_pause=lifecycle.paused,
        )
        self.finished = threading.Event()
        self.stopping = threading.Event()
        self.ending = _Ending()
        self.error: Optional[BaseException] = None
        self.connection: Optional[WebcastConnection] = None
        self.recorder: Optional[RecordingWriter] = None
        self.cursor = ""
        self._prefix = f"tiktoklive-{unique_id}"
        self._own_scheduler = scheduler is None
        self.scheduler = scheduler or Scheduler(f"{self._prefix}-heartbeat")
        self.delivery: Delivery
        if inline:
            self.delivery = Inline(self._process)
        elif pool is not None:
            self.delivery = SharedPool(self._process, pool, max_queue)
        else:
            self.delivery = OwnThread(self._process, max_queue)
        self.reader: Optional[threading.Thread] = None
        self._heartbeat: Optional[Timer] = None
        self._streak_timer: Optional[Timer] = None
        self._streak_lock = threading.Lock()
        self._timers_stopped = False
        self._finish_lock = threading.Lock()
        self._abandoned_by: Optional[BaseException] = None
        self._warned_overflow = False

    @property
    def threads(self) -> List[threading.Thread]:
        """The run's own threads (the reader, and the delivery's)."""
        return [thread for thread in (self.reader, *self.delivery.threads) if thread is not None]

    @property
    def connected(self) -> bool:
        """True while the websocket is open and nobody asked the run to stop."""
        connection = self.connection
        return connection is not None and connection.is_open and not self.stopping.is_set()

    def on_own_thread(self) -> bool:
        """Whether the caller is one of this run's threads (a handler, for instance)."""
        current = threading.current_thread()
        return current in self.threads or self.delivery.owns(current)

    # -- connecting -------------------------------------------------------------------------

    def open_connection(self, cursor: str = "") -> Tuple[WebcastConnection, pb.ProtoMessageFetchResult]:
        """Connect, and wire the new connection to this run's recording and counters."""
        connection, first = self._connect(cursor, self.stopping)
        connection.on_skip = self._count_skipped_frame
        if self.recorder is not None:
            self._record("initial", first.SerializeToString())
            connection.on_frame = self._record_frame
        return connection, first

    def launch(self, connection: WebcastConnection, first: Optional[pb.ProtoMessageFetchResult]) -> bool:
        """Start the threads on ``connection``; False (and the run finished) when stop()
        came while start() was still connecting."""
        self.connection = connection
        self.cursor = first.cursor if first is not None else ""
        if self.stopping.is_set():
            connection.close()
            connection.release()
            self.finish()
            return False
        self.reader = threading.Thread(target=self._read_loop, name=f"{self._prefix}-reader", daemon=True)
        if isinstance(self.delivery, Inline):
            self.delivery.reader = self.reader
        self.delivery.start(self._prefix)  # before anything is handed over
        self._hand_over(ConnectEvent(self.unique_id, connection.room_id), force=True)
        if first is not None:
            self.stats.frames += 1
            self._hand_over(first, force=True)
        self._heartbeat = self.scheduler.call_every(self._heartbeat_interval, self._send_heartbeat)
        self.reader.start()  # last: a reader that ends at once finishes a run whose timers are set
        return True

    def abandon(self, error: Optional[BaseException] = None) -> None:
        """End a start() that did not get to launch: stop() came first, or ``error`` (which
        start() raises itself, so ``wait()`` does not raise it again)."""
        self._abandoned_by = error
        self.ending.set("stopped" if error is None or isinstance(error, KeyboardInterrupt) else "error")
        self.stopping.set()
        if not self.delivery.started or self.reader is None or self.reader.ident is None:
            if self.delivery.started and not isinstance(self.delivery, Inline):
                self._hand_over(_END, force=True)  # no reader ran to tell the delivery
            else:
                self.finish()  # nothing runs items: end here
        self.stop()

    def stop(self) -> None:
        """Ask every thread to end, cut the connection, and join (but never this thread)."""
        self.ending.set("stopped")
        self.stopping.set()
        connection = self.connection
        if connection is not None:
            connection.close()
        current = threading.current_thread()
        for thread in self.threads:
            if thread is not current and thread.ident is not None:
                thread.join(JOIN_TIMEOUT)
        busy = [thread.name for thread in self.threads if thread.is_alive() and thread is not current]
        shared = isinstance(self.delivery, SharedPool) and self.delivery.started and not self.on_own_thread()
        if shared and not self.finished.wait(JOIN_TIMEOUT):
            busy.append("its handlers on the shared pool")
        if busy:
            logger.warning(
                "a handler of @%s is still running after stop(); %s end when it returns "
                "(a new start() does not wait for it)",
                self.unique_id,
                ", ".join(busy),
            )

    # -- recording --------------------------------------------------------------------------

    def _record_frame(self, data: bytes) -> None:
        self._record("frame", data)

    def _record(self, kind: str, data: bytes) -> None:
        recorder = self.recorder
        if recorder is None:
            return
        try:
            recorder.write(kind, data)
        except OSError as exc:  # disk full, removed drive...: the recording ends, not the live
            self.recorder = None
            self.stats.recording_errors += 1
            logger.error("recording of @%s stopped: %s (the connection goes on)", self.unique_id, exc)
            recorder.close_quietly()

    def _count_skipped_frame(self) -> None:
        self.stats.frames_skipped += 1

    # -- reader: read, and reconnect --------------------------------------------------------

    def _read_loop(self) -> None:
        try:
            if isinstance(self.delivery, Inline):
                self.delivery.run_early()  # what start() handed over, first
            self._supervise()
        except Exception as exc:  # a bug of ours must still end the run cleanly
            logger.exception("reader of @%s failed", self.unique_id)
            self.error = exc
            self.ending.set("error")
        finally:
            self.stopping.set()
            if self.connection is not None:
                self.connection.abort()
            self._hand_over(_END, force=True)

    def _supervise(self) -> None:
        """Pump the connection; when it drops, reconnect as the policy says."""
        while True:
            assert self.connection is not None
            dropped = self._pump(self.connection)
            if self.stopping.is_set():
                return
            self.connection.abort()
            if dropped is None and not self.policy.enabled:
                self.ending.set("closed")  # TikTok closed it cleanly and we may not reconnect
                return
            error: BaseException = dropped or WebSocketConnectionError("TikTok closed the connection")
            logger.warning("connection to @%s lost: %s", self.unique_id, error)
            if not self._reconnect(error):
                return

    def _pump(self, connection: WebcastConnection) -> Optional[TikTokLiveError]:
        """Read until the connection ends: None when it closed cleanly, else the error."""
        try:
            while not self.stopping.is_set():
                received = connection.receive()
                if received is None:
                    return None
                self.stats.frames += 1
                if received.result.cursor:
                    self.cursor = received.result.cursor
                if received.result.messages or self._listens(WebsocketResponseEvent):
                    self._hand_over(received.result)
        except TikTokLiveError as exc:
            return exc
        return None

    def _reconnect(self, error: BaseException) -> bool:
        """Try until connected (True) or the policy gives up or stop() is called (False)."""
        attempt = 0
        while True:
            attempt += 1
            delay = self.policy.delay_for(error, attempt)
            if delay is None:
                if isinstance(error, UserOfflineError):
                    logger.info("@%s is no longer live", self.unique_id)
                    self.ending.set("live_ended")
                else:
                    self.error = error
                    self.ending.set("error")
                return False
            self._hand_over(ReconnectingEvent(attempt, delay, error))
            if self.stopping.wait(delay):
                return False
            try:
                connection, first = self.open_connection(self.cursor)
            except ConnectAborted:
                return False
            except TikTokLiveError as exc:
                logger.warning("reconnect %d to @%s failed: %s", attempt, self.unique_id, exc)
                error = exc
                continue
            if self.stopping.is_set():
                connection.close()
                connection.release()
                return False
            previous, self.connection = self.connection, connection
            if previous is not None:
                previous.release()
            self.stats.reconnects += 1
            self.stats.frames += 1
            if first.cursor:
                self.cursor = first.cursor
            logger.info("reconnected to @%s after %d attempt(s)", self.unique_id, attempt)
            self._hand_over(ConnectEvent(self.unique_id, connection.room_id))
            self._hand_over(first)
            return True

    def _hand_over(self, item: Any, force: bool = False) -> None:
        """Give ``item`` to the delivery, by the client's overflow rule."""
        delivery = self.delivery
        if not delivery.bounded:
            delivery.put(item)
            return
        if self.overflow == "drop" and not force and isinstance(item, pb.ProtoMessageFetchResult):
            try:
                delivery.put_nowait(item)
            except queue.Full:
                self.stats.overflow_dropped += len(item.messages)
                if not self._warned_overflow:
                    self._warned_overflow = True
                    logger.warning(
                        "handlers of @%s fall behind: the queue of %d is full, dropping new "
                        "messages (counted in stats.overflow_dropped)",
                        self.unique_id,
                        self.max_queue,
                    )
            return
        while True:
            try:
                delivery.put(item, timeout=WAIT_SLICE)
                return
            except queue.Full:
                if self.stopping.is_set() and not force:
                    return

    # -- heartbeats and streak checks: timers -------------------------------------------------

    def _heartbeat_interval(self) -> float:
        connection = self.connection
        assert connection is not None
        return connection.heartbeat_interval

    def _send_heartbeat(self) -> None:
        connection = self.connection
        if connection is None or self.stopping.is_set():
            return
        try:
            connection.send_heartbeat()
        except TikTokLiveError as exc:
            logger.debug("heartbeat not sent: %s", exc)  # the reader sees the drop

    def _arm_streak_timer(self, seconds: Optional[float] = None) -> None:
        """A timer that hands a streak check to the delivery when the oldest open streak may
        have gone silent (one timer at a time)."""
        wait = self.dispatcher.seconds_to_next_streak_deadline() if seconds is None else seconds
        with self._streak_lock:
            if wait is None or self._streak_timer is not None or self._timers_stopped:
                return
            self._streak_timer = self.scheduler.call_later(wait, self._streak_check_due)

    def _streak_check_due(self) -> None:
        with self._streak_lock:
            self._streak_timer = None
        if not self.delivery.put_from_timer(_EXPIRE_STREAKS):
            self._arm_streak_timer(STREAK_RETRY)  # a handler runs (or the queue is full)

    # -- the delivery's side: one item at a time -------------------------------------------------

    def _process(self, item: Any) -> bool:
        """Run one item (on the delivery's thread); False after the run's last one. The run
        finishes after its last item, or after a bug of ours, which must still end it cleanly."""
        try:
            more = self._dispatch_item(item)
        except Exception as exc:
            self._dispatcher_failed(exc)
            more = False
        if not more:
            self.finish()
        elif self.dispatcher.streaks.pending:
            self._arm_streak_timer()
        return more

    def _dispatch_item(self, item: Any) -> bool:
        """Hand one item to the dispatcher; False for the run's last one."""
        dispatcher = self.dispatcher
        if item is _END:
            return False
        if item is _EXPIRE_STREAKS:
            dispatcher.expire_streaks()
            return True
        if self.ending.reason == "stopped" and not isinstance(item, ConnectEvent):
            self._count_undelivered(item)  # the user stopped: drop what was not delivered
            return True
        if isinstance(item, BaseEvent):
            self._emit(item)
            return True
        dispatcher.dispatch(item)
        if dispatcher.live_ended and not self.stopping.is_set():
            self.ending.set("live_ended")
            self.stopping.set()
            if self.connection is not None:
                self.connection.close()
        return True

    def _dispatcher_failed(self, exc: Exception) -> None:
        logger.exception("dispatcher of @%s failed", self.unique_id)
        self.error = exc
        self.ending.set("error")
        self.stopping.set()
        if self.connection is not None:
            self.connection.abort()

    def _count_undelivered(self, item: Any) -> None:
        if isinstance(item, pb.ProtoMessageFetchResult):
            self.stats.undelivered += len(item.messages)

    # -- the one ending ---------------------------------------------------------------------

    def finish(self) -> None:
        """End the run: join the other threads, stop the timers, flush streaks, emit the
        DisconnectEvent, close the recording, tell the lifecycle hooks, set ``finished``.
        Runs once, whoever calls it first."""
        with self._finish_lock:
            if self.finished.is_set():
                return
            current = threading.current_thread()
            for thread in self.threads:
                if thread is not current and thread.ident is not None:
                    thread.join(JOIN_TIMEOUT)
            with self._streak_lock:
                timers, self._streak_timer = (self._heartbeat, self._streak_timer), None
                self._timers_stopped = True
            for timer in timers:
                if timer is not None:
                    timer.cancel()
            if self._own_scheduler:
                self.scheduler.close()
            if self.connection is not None:
                self.connection.release()
            self.ending.set("error" if self.error is not None else "closed")
            self.dispatcher.flush_streaks()
            self._emit(DisconnectEvent(self.ending.reason, self.error or self._abandoned_by))
            recorder, self.recorder = self.recorder, None
            if recorder is not None:
                recorder.close_quietly()
            try:
                self._lifecycle.ended()
            finally:
                self.finished.set()
