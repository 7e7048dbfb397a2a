"""One ``start()`` of a client: its threads, its connection and reconnects, its recording.

Threads (all named ``tiktoklive-<handle>-<role>``, all joined by ``stop()``):

* **reader** owns the connection: it reads frames (acked at once by ``ws.py``), hands fetch
  results to a bounded queue, and when the connection drops reconnects as the policy
  allows (signing afresh, resuming from the last cursor);
* **heartbeat** sends a heartbeat every interval the server asked for;
* **dispatcher** feeds the queue to the thread-free :class:`~tiktoklive_sync.dispatch.Dispatcher`,
  which runs the handlers. A slow handler only delays later events, never the heartbeats
  or acks TikTok uses to decide whether we are still there.

With a :class:`~tiktoklive_sync.runtime.SharedRuntime` only the reader is the run's own: the
heartbeat is a timer of the runtime's scheduler, and the queue a lane of its dispatch pool
(same order, same handling, on a shared worker).

With ``inline`` dispatch there is no dispatcher: the reader runs the handlers itself, right
after reading each frame (no hand-over between threads, about a third more events a second),
and the heartbeat thread reports timed-out gift streaks. Handlers still run one at a time
(a lock), but a slow handler now delays reading and acks.

Every run ends through :meth:`Run.finish`, exactly once: streaks flushed, DisconnectEvent
emitted, recording closed, ``finished`` set.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Tuple, Type, Union

from ..dispatch import Dispatcher
from ..errors import TikTokLiveError, UserOfflineError, WebSocketConnectionError
from ..events import BaseEvent, ConnectEvent, DisconnectEvent, ReconnectingEvent, WebsocketResponseEvent
from ..proto import webcast_pb2 as pb
from ..reconnect import ReconnectPolicy
from ..recording import RecordingWriter
from ..runtime import Lane, SharedRuntime, Timer
from ..stats import ClientStats
from ..ws import WebcastConnection

__all__ = ["JOIN_TIMEOUT", "WAIT_SLICE", "ConnectAborted", "Run"]

logger = logging.getLogger(__name__)

#: How long stop() waits for each thread to finish.
JOIN_TIMEOUT = 2.0
#: Slice of a blocking wait, so Ctrl+C and stop() are seen promptly.
WAIT_SLICE = 0.2

#: ``connect(cursor, stopping)``: sign and open a websocket, resuming at ``cursor``; raises
#: ConnectAborted between steps once ``stopping`` is set.
Connector = Callable[[str, threading.Event], Tuple[WebcastConnection, pb.ProtoMessageFetchResult]]


class ConnectAborted(Exception):
    """stop() was called while connecting: nothing more is opened."""


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


class Run:
    """The threads and state of one ``start()``: a connection, its reconnects, its recording.

    ``connect(cursor)`` signs and opens a websocket (resuming at ``cursor``); everything the
    run hands to users goes through ``emit``; ``listens(event_type)`` says whether anything
    receives that type.
    """

    def __init__(
        self,
        *,
        unique_id: str,
        connect: Connector,
        emit: Callable[[BaseEvent], None],
        listens: Callable[[Type[BaseEvent]], bool],
        stats: ClientStats,
        policy: ReconnectPolicy,
        max_queue: int,
        overflow: str,
        gift_streak_timeout: float,
        runtime: Optional[SharedRuntime] = None,
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
        self.dispatcher = Dispatcher(
            emit=emit,
            listens=listens,
            stats=stats,
            unique_id=unique_id,
            gift_streak_timeout=gift_streak_timeout,
        )
        self.finished = threading.Event()
        self.stopping = threading.Event()
        self.ending = _Ending()
        self.error: Optional[BaseException] = None
        self.connection: Optional[WebcastConnection] = None
        self.recorder: Optional[RecordingWriter] = None
        self.cursor = ""
        self.runtime = runtime
        self.inline = inline
        #: Inline dispatch: what was handed over before the reader ran (it goes first), and
        #: the lock that keeps handlers one at a time between the reader and the heartbeat.
        self._early: List[Any] = []
        self._dispatch_lock = threading.RLock()
        #: Where the reader hands results to the dispatcher: a queue of the run's own
        #: dispatcher thread, or a lane of the shared runtime's pool.
        self.queue: Union[queue.Queue[Any], Lane] = (
            queue.Queue(max_queue)
            if runtime is None
            else runtime.pool.lane(self._dispatch_in_lane, max_queue)
        )
        self.threads: List[threading.Thread] = []
        self._dispatching = False  # the dispatcher thread (or lane) may receive items
        self._heartbeat: Optional[Timer] = None
        self._streak_timer: Optional[Timer] = None
        self._finish_lock = threading.Lock()
        self._abandoned_by: Optional[BaseException] = None
        self._warned_overflow = False

    @property
    def connected(self) -> bool:
        """True while the websocket is open and nobody asked the run to stop."""
        connection = self.connection
        return connection is not None and connection.is_open and not self.stopping.is_set()

    def on_own_thread(self) -> bool:
        """Whether the caller is one of this run's threads (a handler, for instance)."""
        current = threading.current_thread()
        return current in self.threads or (isinstance(self.queue, Lane) and self.queue.worker is current)

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
        prefix = f"tiktoklive-{self.unique_id}"
        reader = threading.Thread(target=self._read_loop, name=f"{prefix}-reader", daemon=True)
        heartbeat = threading.Thread(target=self._heartbeat_loop, name=f"{prefix}-heartbeat", daemon=True)
        if self.inline:
            self.threads = [reader, heartbeat]
        elif self.runtime is None:
            dispatcher = threading.Thread(
                target=self._dispatch_loop, name=f"{prefix}-dispatcher", daemon=True
            )
            self.threads = [reader, dispatcher, heartbeat]  # registered first: an interrupt loses none
            # The dispatcher runs before anything is queued, so a small queue cannot block us.
            dispatcher.start()
        else:
            self.threads = [reader]
            self._heartbeat = self.runtime.scheduler.call_every(
                self._heartbeat_interval, self._send_heartbeat
            )
        self._dispatching = True
        self._hand_over(ConnectEvent(self.unique_id, connection.room_id), force=True)
        if first is not None:
            self.stats.frames += 1
            self._hand_over(first, force=True)
        reader.start()
        if self.runtime is None:
            heartbeat.start()
        return True

    def abandon(self, error: Optional[BaseException] = None) -> None:
        """End a start() that did not get to launch: stop() came first, or ``error`` (which
        start() raises itself, so ``wait()`` does not raise it again)."""
        self._abandoned_by = error
        self.ending.set("stopped" if error is None or isinstance(error, KeyboardInterrupt) else "error")
        self.stopping.set()
        if not self._dispatching or (self.inline and self.threads[0].ident is None):
            self.finish()  # no dispatcher (or, inline, no reader) ran: end here
        elif self.threads[0].ident is None:
            self._hand_over(_END, force=True)  # no reader ran to tell the dispatcher
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
        shared = self.runtime is not None and self._dispatching and not self.on_own_thread()
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
            early, self._early = self._early, []
            for item in early:  # inline: what start() handed over, first
                self._dispatch_inline(item)
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
        """Queue ``item`` for the dispatcher, by the client's overflow rule (inline: run it
        now, on the reader; kept for the reader when it has not started yet)."""
        if self.inline:
            if threading.current_thread() is self.threads[0]:
                self._dispatch_inline(item)
            else:
                self._early.append(item)
            return
        if self.overflow == "drop" and not force and isinstance(item, pb.ProtoMessageFetchResult):
            try:
                self.queue.put_nowait(item)
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
                self.queue.put(item, timeout=WAIT_SLICE)
                return
            except queue.Full:
                if self.stopping.is_set() and not force:
                    return

    # -- heartbeat --------------------------------------------------------------------------

    def _heartbeat_loop(self) -> None:
        beat_at = time.monotonic() + self._heartbeat_interval()
        while True:
            wait = beat_at - time.monotonic()
            if self.inline:  # this thread also reports the gift streaks that went silent
                wait = min(wait, self._inline_streak_wait())
            if self.stopping.wait(max(0.0, wait)):
                return
            now = time.monotonic()
            if now >= beat_at:
                self._send_heartbeat()
                beat_at = now + self._heartbeat_interval()
            if self.inline and self._dispatch_lock.acquire(blocking=False):
                try:
                    if self.dispatcher.seconds_to_next_streak_deadline() == 0:
                        self.dispatcher.expire_streaks()
                finally:
                    self._dispatch_lock.release()

    def _inline_streak_wait(self) -> float:
        """Seconds until a streak may need reporting (a handler running: look again soon)."""
        if not self._dispatch_lock.acquire(blocking=False):
            return WAIT_SLICE
        try:
            seconds = self.dispatcher.seconds_to_next_streak_deadline()
        finally:
            self._dispatch_lock.release()
        return float("inf") if seconds is None else seconds

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

    # -- dispatcher -------------------------------------------------------------------------

    def _dispatch_loop(self) -> None:
        """The run's own dispatcher thread: items in order, streak deadlines in between."""
        inbox = self.queue
        assert isinstance(inbox, queue.Queue)
        try:
            while True:
                try:
                    item = inbox.get(timeout=self.dispatcher.seconds_to_next_streak_deadline())
                except queue.Empty:
                    item = _EXPIRE_STREAKS
                if not self._dispatch_item(item):
                    break
        except Exception as exc:  # a bug of ours must still end the run cleanly
            self._dispatcher_failed(exc)
        finally:
            self.finish()

    def _dispatch_inline(self, item: Any) -> None:
        """Inline dispatch: one item, here and now (the reader's thread)."""
        with self._dispatch_lock:
            self._dispatch_one(item)

    def _dispatch_in_lane(self, item: Any) -> bool:
        """One item on a shared pool's worker; False once the run is over."""
        more = self._dispatch_one(item)
        if more:
            self._arm_streak_timer()
        return more

    def _dispatch_one(self, item: Any) -> bool:
        """One item outside the dispatcher thread's loop; the run finishes after its last one
        (or after a bug of ours, which must still end the run cleanly)."""
        try:
            more = self._dispatch_item(item)
        except Exception as exc:
            self._dispatcher_failed(exc)
            more = False
        if not more:
            self.finish()
        return more

    def _arm_streak_timer(self) -> None:
        """With a shared runtime, a timer puts a streak check in the lane when one is due."""
        assert self.runtime is not None
        seconds = self.dispatcher.seconds_to_next_streak_deadline()
        if seconds is None or self._streak_timer is not None:
            return
        lane = self.queue

        def check() -> None:
            self._streak_timer = None
            with contextlib.suppress(queue.Full):
                lane.put_nowait(_EXPIRE_STREAKS)

        self._streak_timer = self.runtime.scheduler.call_later(seconds, check)

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
        """End the run: join the other threads, flush streaks, emit the DisconnectEvent,
        close the recording, set ``finished``. Runs once, whoever calls it first."""
        with self._finish_lock:
            if self.finished.is_set():
                return
            current = threading.current_thread()
            for thread in self.threads:
                if thread is not current and thread.ident is not None:
                    thread.join(JOIN_TIMEOUT)
            for timer in (self._heartbeat, self._streak_timer):
                if timer is not None:
                    timer.cancel()
            if self.connection is not None:
                self.connection.release()
            self.ending.set("error" if self.error is not None else "closed")
            self.dispatcher.flush_streaks()
            self._emit(DisconnectEvent(self.ending.reason, self.error or self._abandoned_by))
            recorder, self.recorder = self.recorder, None
            if recorder is not None:
                recorder.close_quietly()
            self.finished.set()
