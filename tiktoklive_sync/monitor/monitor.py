"""LiveMonitor: watch many creators from one process, waiting for each to go live.

::

    monitor = LiveMonitor(["@a", "@b"], sink="events.jsonl")
    @monitor.on(CommentEvent)
    def on_comment(event, creator):          # ``creator`` is optional
        print(creator, event.comment)
    monitor.run()                             # Ctrl+C stops everything

Each creator goes through these states (``monitor.status()``):

``waiting``      added, the first check is due;
``offline``      checked, not live; checked again later (less often the longer it stays away);
``live``         live, waiting for its turn at the sign budget;
``connecting``   signing and opening the websocket;
``connected``    events flow;
``backing off``  the connection dropped and the client reconnects, or a check or connect
                 failed and the monitor tries again later;
``not found``    TikTok has no such user (checked again rarely);
``elsewhere``    another worker holds it (with Redis).

All connections share one :class:`~tiktoklive_sync.runtime.SharedRuntime` (one reader thread
per connection, heartbeats from one timer thread, handlers on a small pool, each stream in
order) and one :class:`~tiktoklive_sync.budget.SignBudget`.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import random
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple, Type, TypeVar, Union

from .._run.waiting import wait_event
from ..budget import SignBudget
from ..client.client import TikTokLiveClient
from ..client.logger import logging_configured
from ..client.web import WebClient
from ..errors import SignatureRateLimitError, TikTokLiveError, UserNotFoundError, UserOfflineError
from ..events import BaseEvent, ConnectEvent, DisconnectEvent, ReconnectingEvent, WebsocketResponseEvent
from ..live_checks import LiveCheckBatcher
from ..runtime import SharedRuntime
from ..signals import any_event
from ..tiktok_api import normalize_unique_id
from .redis import RedisCoordinator
from .sinks import Sink, event_record, sink_from

__all__ = ["STATES", "CreatorStatus", "LiveMonitor"]

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=BaseEvent)

WAITING, OFFLINE, LIVE, CONNECTING, CONNECTED = "waiting", "offline", "live", "connecting", "connected"
BACKING_OFF, NOT_FOUND, ELSEWHERE = "backing off", "not found", "elsewhere"
STATES = (WAITING, OFFLINE, LIVE, CONNECTING, CONNECTED, BACKING_OFF, NOT_FOUND, ELSEWHERE)
#: States in which the monitor checks whether the creator is live when the time comes.
_CHECKED = (WAITING, OFFLINE, BACKING_OFF, NOT_FOUND)

#: How often the monitor's own thread looks at its creators (seconds).
TICK = 0.25
#: Offline checks after which the interval between checks doubles (up to max_poll_interval).
CHECKS_PER_DOUBLING = 10


@dataclass(frozen=True)
class CreatorStatus:
    """One creator as ``LiveMonitor.status()`` sees it."""

    unique_id: str
    state: str
    room_id: Optional[int]
    #: Events received since the monitor started, and their rate over the last seconds.
    events: int
    events_per_second: float
    #: Connections made (one per live, plus takeovers).
    connections: int
    #: Seconds until the next live check (None when not waiting for one).
    next_check_in: Optional[float]
    last_error: Optional[str]


class _Creator:
    """The monitor's mutable record of one creator."""

    def __init__(self, unique_id: str, state: str) -> None:
        self.unique_id = unique_id
        self.state = state
        self.next_check = time.monotonic()
        self.offline_checks = 0
        self.busy = False  # a check or connect runs for it
        self.reconnecting = False  # its client reconnects by itself: not ours to check
        self.client: Optional[TikTokLiveClient] = None
        self.room_id: Optional[int] = None
        self.events = 0
        self.rate = 0.0
        self._rate_mark: Tuple[float, int] = (time.monotonic(), 0)
        self.connections = 0
        self.last_error: Optional[str] = None
        self.removed = False
        self.sink_failed = False
        self.previous_cursor = ""
        #: The monitor's any-event receiver on the client (blinker holds it weakly).
        self.listener: Optional[Callable[..., None]] = None

    def sample_rate(self, now: float) -> None:
        at, count = self._rate_mark
        if now - at >= 1.0:
            self.rate = (self.events - count) / (now - at)
            self._rate_mark = (now, self.events)


class LiveMonitor:
    """Watch many creators: wait for each to go live, connect, follow reconnects, go back to
    waiting when the live ends. See the module's doc for the states.

    ``sink`` receives every event as a record (see :mod:`~tiktoklive_sync.monitor.sinks`):
    a ``.jsonl`` path, ``"sqlite:///path"``, ``"redis://..."``, a callable or a Sink.
    ``sign_budget``: a :class:`~tiktoklive_sync.budget.SignBudget` or signatures per minute
    (default 30), shared by every connection. ``poll_interval`` is the first interval between
    live checks of an offline creator (jittered by 10%); it doubles every 10 checks up to
    ``max_poll_interval``. ``workers`` run the handlers; ``check_workers`` threads run live
    checks and connects. ``coordinator`` (a
    :class:`~tiktoklive_sync.monitor.redis.RedisCoordinator`) shares the creator list with
    other processes. Other keyword arguments go to every
    :class:`~tiktoklive_sync.TikTokLiveClient` (URLs, ``sign_api_key``, proxies...).
    """

    def __init__(
        self,
        creators: Iterable[str] = (),
        sink: Any = None,
        *,
        sign_budget: Union[SignBudget, float, None] = None,
        poll_interval: float = 60.0,
        max_poll_interval: float = 600.0,
        workers: int = 4,
        check_workers: int = 8,
        coordinator: Optional[RedisCoordinator] = None,
        **client_kwargs: Any,
    ) -> None:
        if poll_interval <= 0 or max_poll_interval < poll_interval:
            raise ValueError("poll_interval must be positive and at most max_poll_interval")
        for name in ("runtime", "sign_budget", "live_checks"):
            if name in client_kwargs:
                raise TypeError(f"{name} is the monitor's own; it shares one with every client")
        self.sink: Optional[Sink] = sink_from(sink)
        self.sign_budget = (
            sign_budget if isinstance(sign_budget, SignBudget) else SignBudget(sign_budget or 30.0)
        )
        self.poll_interval = poll_interval
        self.max_poll_interval = max_poll_interval
        self.coordinator = coordinator
        self._client_kwargs = client_kwargs
        self._workers = workers
        self._check_workers = check_workers
        self._creators: Dict[str, _Creator] = {}
        self._handlers: List[Tuple[Type[BaseEvent], Callable[..., Any], bool]] = []
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()
        self._thread: Optional[threading.Thread] = None
        self._runtime: Optional[SharedRuntime] = None
        self._pool: Optional[ThreadPoolExecutor] = None
        self._poller: Optional[WebClient] = None
        self._live_checks: Optional[LiveCheckBatcher] = None
        self._next_coordination = 0.0
        self._last_renewed = time.monotonic()
        #: Records the sink could not write (each is logged).
        self.sink_errors = 0
        self.add(*creators)

    # -- creators -------------------------------------------------------------------------

    def add(self, *creators: str) -> None:
        """Watch more creators (handles, ``@handles`` or live URLs); works while running."""
        handles = [normalize_unique_id(creator) for creator in creators]
        if self.coordinator is not None and handles:
            self.coordinator.add_creators(handles)
        with self._lock:
            for handle in handles:
                if handle not in self._creators:
                    state = ELSEWHERE if self.coordinator is not None else WAITING
                    self._creators[handle] = _Creator(handle, state)

    def remove(self, *creators: str) -> None:
        """Stop watching creators (their connections close); works while running."""
        handles = [normalize_unique_id(creator) for creator in creators]
        if self.coordinator is not None and handles:
            self.coordinator.remove_creators(handles)
        for handle in handles:
            with self._lock:
                creator = self._creators.pop(handle, None)
            if creator is not None:
                self._let_go(creator)

    @property
    def creators(self) -> List[str]:
        """The handles watched (with Redis: the whole shared list)."""
        with self._lock:
            return sorted(self._creators)

    @property
    def live_checks(self) -> Optional[LiveCheckBatcher]:
        """The live-check batcher every connection shares (None before ``start()``)."""
        return self._live_checks

    def client_of(self, creator: str) -> Optional[TikTokLiveClient]:
        """The client connected (or last connected) to ``creator``, if any."""
        with self._lock:
            record = self._creators.get(normalize_unique_id(creator))
            return record.client if record is not None else None

    # -- handlers ---------------------------------------------------------------------------

    def on(self, event_type: Type[E]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorator: run the handler for every ``event_type`` event of every creator. A
        handler with a parameter named ``creator`` gets the creator's handle in it."""

        def register(handler: Callable[..., Any]) -> Callable[..., Any]:
            self.add_listener(event_type, handler)
            return handler

        return register

    def add_listener(self, event_type: Type[BaseEvent], handler: Callable[..., Any]) -> None:
        """Run ``handler`` for every ``event_type`` event of every creator."""
        wants_creator = "creator" in inspect.signature(handler).parameters
        with self._lock:
            self._handlers.append((event_type, handler, wants_creator))
            clients = [
                (record.unique_id, record.client) for record in self._creators.values() if record.client
            ]
        for handle, client in clients:
            self._attach(client, handle, event_type, handler, wants_creator)

    def _attach(
        self,
        client: TikTokLiveClient,
        handle: str,
        event_type: Type[BaseEvent],
        handler: Callable[..., Any],
        wants_creator: bool,
    ) -> None:
        if wants_creator:

            def with_creator(event: Any) -> Any:
                return handler(event, creator=handle)

            with_creator.__name__ = getattr(handler, "__name__", "handler")
            client.add_listener(event_type, with_creator)
        else:
            client.add_listener(event_type, handler)

    # -- lifetime ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start watching (returns at once; checks and connects happen in the background)."""
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("the monitor is running already")
            if self._runtime is not None:
                raise RuntimeError("a stopped monitor does not start again: make a new LiveMonitor")
            self._stopping.clear()
            self._stopped.clear()
            self._runtime = SharedRuntime(self._workers)
            self._pool = ThreadPoolExecutor(
                self._check_workers, thread_name_prefix="tiktoklive-monitor-check"
            )
            self._poller = self._make_client("monitor").web
            self._poller.set_sign_pool_size(2 * self._check_workers)  # every connection signs through it
            self._live_checks = LiveCheckBatcher(self._poller)
            self._thread = threading.Thread(target=self._loop, name="tiktoklive-monitor", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop every connection and check; returns when everything has ended."""
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(10)
        with self._lock:
            records = list(self._creators.values())
        for record in records:
            if record.client is not None:
                record.client.close()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)  # checks not begun never will
        if self.coordinator is not None:
            for record in records:
                if record.state != ELSEWHERE:
                    self._release_quietly(record.unique_id)
            self._release_coordinator()
        if self._runtime is not None:
            self._runtime.close()
        if self._poller is not None:
            self._poller.close()
        if self.sink is not None:
            self.sink.close()
        with self._lock:
            self._thread = None
        self._stopped.set()

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the monitor stopped (True) or ``timeout`` passed (False); Ctrl+C
        stops the monitor and is raised again."""
        try:
            return wait_event(self._stopped, timeout)
        except KeyboardInterrupt:
            self.stop()
            raise

    def run(self) -> None:
        """``start()`` and wait until ``stop()`` or Ctrl+C (which stops everything cleanly)."""
        self.start()
        with contextlib.suppress(KeyboardInterrupt):  # wait() stopped the monitor
            self.wait()

    def __enter__(self) -> LiveMonitor:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- status -----------------------------------------------------------------------------

    def status(self) -> List[CreatorStatus]:
        """Every creator's state, sorted by handle."""
        now = time.monotonic()
        with self._lock:
            records = sorted(self._creators.values(), key=lambda record: record.unique_id)
            return [
                CreatorStatus(
                    unique_id=record.unique_id,
                    state=record.state,
                    room_id=record.room_id,
                    events=record.events,
                    events_per_second=record.rate,
                    connections=record.connections,
                    next_check_in=max(0.0, record.next_check - now) if record.state in _CHECKED else None,
                    last_error=record.last_error,
                )
                for record in records
            ]

    def counts(self) -> Dict[str, int]:
        """How many creators are in each state."""
        return dict(Counter(status.state for status in self.status()))

    # -- the monitor's thread -----------------------------------------------------------------

    def _loop(self) -> None:
        while not self._stopping.wait(TICK):
            try:
                self._tick()
            except Exception:  # a bug, or Redis gone: say so, keep going
                logger.exception("the monitor's round failed; trying again")

    def _tick(self) -> None:
        now = time.monotonic()
        if self.coordinator is not None and now >= self._next_coordination:
            self._next_coordination = now + self.coordinator.lease_ttl / 3
            self._keep_leases(now)
        with self._lock:
            for record in self._creators.values():
                record.sample_rate(now)
            starting = sorted(
                (
                    record
                    for record in self._creators.values()
                    if record.state in _CHECKED
                    and not record.busy
                    and not record.reconnecting
                    and record.next_check <= now
                ),
                key=lambda record: record.next_check,  # the longest overdue first
            )
            for record in starting:
                record.busy = True
        assert self._pool is not None
        for record in starting:
            self._pool.submit(self._check_and_connect, record)

    # -- checking and connecting ------------------------------------------------------------------

    def _check_and_connect(self, record: _Creator) -> None:
        try:
            if self._stopping.is_set() or record.removed:
                return
            assert self._poller is not None
            try:
                room_id = self._poller.fetch_room_id_from_api(record.unique_id)
            except UserOfflineError:
                record.offline_checks += 1
                self._set(record, OFFLINE, check_in=self._offline_interval(record))
                return
            except UserNotFoundError as exc:
                self._set(record, NOT_FOUND, check_in=self.max_poll_interval, error=exc)
                return
            except TikTokLiveError as exc:
                self._set(record, BACKING_OFF, check_in=self._jittered(self.poll_interval), error=exc)
                return
            record.room_id = room_id
            record.offline_checks = 0
            if self._live_checks is not None:  # the connect's own live check needs no call
                self._live_checks.remember(room_id, True)
            self._set(record, LIVE)
            self._connect(record, room_id)
        except Exception as exc:  # a bug of ours must not end the creator's watch
            logger.exception("checking @%s failed", record.unique_id)
            self._set(record, BACKING_OFF, check_in=self._jittered(self.poll_interval), error=exc)
        finally:
            record.busy = False

    def _connect(self, record: _Creator, room_id: int) -> None:
        if self.coordinator is not None and self.coordinator.renew([record.unique_id]):
            self._set(record, ELSEWHERE)  # the lease went while we checked
            return
        client = record.client
        if client is None:
            client = record.client = self._make_client(record.unique_id)
            self._wire(client, record)
        resume = self.coordinator.load_cursor(record.unique_id) if self.coordinator is not None else ""
        record.previous_cursor = resume
        self._set(record, CONNECTING)
        try:
            client.start(room_id=room_id, resume_from=resume)
        except UserOfflineError:
            self._set(record, OFFLINE, check_in=self._offline_interval(record))
        except SignatureRateLimitError as exc:  # the budget paused everyone; this one waits too
            self._set(record, BACKING_OFF, check_in=max(1.0, exc.retry_after), error=exc)
        except TikTokLiveError as exc:
            self._set(record, BACKING_OFF, check_in=self._jittered(self.poll_interval), error=exc)
        else:
            if not client.connected:
                return  # stopped while connecting (removed, or the monitor stops)
            with self._lock:
                record.connections += 1
                if record.state == CONNECTING:
                    record.state = CONNECTED
            if record.removed or self._stopping.is_set():
                client.stop()

    def _make_client(self, handle: str) -> TikTokLiveClient:
        client = TikTokLiveClient(
            handle,
            runtime=self._runtime,
            sign_budget=self.sign_budget,
            live_checks=self._live_checks,
            **self._client_kwargs,
        )
        if self._poller is not None:  # one pool of connections to the sign server for all
            client.web.share_sign_session(self._poller)
        return client

    def _wire(self, client: TikTokLiveClient, record: _Creator) -> None:
        """The monitor's own listeners, the sink, and the user's handlers on a new client."""

        def on_any(sender: Any, event: BaseEvent) -> None:
            self._received(record, event)

        record.listener = on_any
        any_event.connect(on_any, sender=client)
        client.add_listener(ConnectEvent, lambda event: self._reconnecting(record, False, CONNECTED))
        client.add_listener(
            ReconnectingEvent, lambda event: self._reconnecting(record, True, BACKING_OFF, event.error)
        )
        client.add_listener(DisconnectEvent, lambda event: self._ended(record, event))
        with self._lock:
            handlers = list(self._handlers)
        for event_type, handler, wants_creator in handlers:
            self._attach(client, record.unique_id, event_type, handler, wants_creator)

    def _received(self, record: _Creator, event: BaseEvent) -> None:
        """Every event of the creator: counted, written to the sink, resume point saved."""
        if isinstance(event, WebsocketResponseEvent):
            # Everything before this result was handled and written: its predecessor's cursor
            # is where a successor would resume.
            if self.coordinator is not None and record.previous_cursor and not record.sink_failed:
                self._save_cursor(record, record.previous_cursor)
            record.previous_cursor = event.result.cursor
            return
        record.events += 1
        if self.sink is None:
            return
        try:
            self.sink.write(event_record(record.unique_id, event))
        except Exception as exc:
            self.sink_errors += 1
            first, record.sink_failed = not record.sink_failed, True
            if logging_configured(logger):
                logger.error("the sink could not store an event of @%s: %s", record.unique_id, exc)
            elif first:  # no logging set up: say it once per creator, count the rest
                sys.stderr.write(
                    f"the sink could not store an event of @{record.unique_id}: {exc} "
                    "(the next failures are counted in monitor.sink_errors)\n"
                )

    def _save_cursor(self, record: _Creator, cursor: str) -> None:
        assert self.coordinator is not None
        try:
            self.coordinator.save_cursor(record.unique_id, cursor)
        except Exception as exc:
            logger.warning("could not save where @%s is: %s", record.unique_id, exc)

    def _reconnecting(
        self, record: _Creator, reconnecting: bool, state: str, error: Optional[BaseException] = None
    ) -> None:
        record.reconnecting = reconnecting
        self._set(record, state, error=error)

    def _ended(self, record: _Creator, event: DisconnectEvent) -> None:
        """The creator's connection is over: wait for the next live, or try again."""
        record.reconnecting = False
        if record.removed or self._stopping.is_set() or event.reason == "stopped":
            return
        if event.reason == "live_ended":
            logger.info("@%s ended the live; waiting for the next one", record.unique_id)
            if self.coordinator is not None:
                try:
                    self.coordinator.forget_cursor(record.unique_id)
                except Exception as exc:
                    logger.warning("could not reset where @%s is: %s", record.unique_id, exc)
            self._set(record, OFFLINE, check_in=self._jittered(self.poll_interval))
        else:
            self._set(record, BACKING_OFF, check_in=self._jittered(self.poll_interval), error=event.error)

    def _set(
        self,
        record: _Creator,
        state: str,
        *,
        check_in: Optional[float] = None,
        error: Optional[BaseException] = None,
    ) -> None:
        with self._lock:
            if record.state == ELSEWHERE and state != WAITING:
                return  # the lease went: whatever this connection says no longer matters
            record.state = state
            if check_in is not None:
                record.next_check = time.monotonic() + check_in
            if error is not None:
                record.last_error = str(error)

    def _offline_interval(self, record: _Creator) -> float:
        doublings = record.offline_checks // CHECKS_PER_DOUBLING
        return self._jittered(min(self.max_poll_interval, self.poll_interval * 2**doublings))

    @staticmethod
    def _jittered(seconds: float) -> float:
        return seconds * random.uniform(0.9, 1.1)

    def _let_go(self, record: _Creator) -> None:
        """Stop watching ``record`` here (removed, or its lease went elsewhere)."""
        record.removed = True
        client = record.client
        if client is not None:
            client.close()
            if record.listener is not None:
                any_event.disconnect(record.listener, sender=client)

    # -- Redis -------------------------------------------------------------------------------------

    def _keep_leases(self, now: float) -> None:
        """Coordinate with the other workers; when Redis has been out of reach for most of a
        lease's life, let every creator go before the leases expire and others take them."""
        assert self.coordinator is not None
        try:
            self._coordinate()
            self._last_renewed = now
        except Exception as exc:  # Redis gone, a timeout...: try again next round
            logger.warning("could not reach Redis to renew the leases: %s", exc)
        if now - self._last_renewed > self.coordinator.lease_ttl * 0.8:
            with self._lock:
                mine = [handle for handle, record in self._creators.items() if record.state != ELSEWHERE]
            if mine:
                logger.error(
                    "out of touch with Redis for %.0f s: letting go of %d creators before their leases "
                    "run out (another worker may take them)",
                    now - self._last_renewed,
                    len(mine),
                )
            for handle in mine:
                self._hand_back(handle)

    def _coordinate(self) -> None:
        """Renew our leases, drop the lost ones, take free creators up to our fair share."""
        coordinator = self.coordinator
        assert coordinator is not None
        workers = coordinator.announce()
        shared = coordinator.creators()
        with self._lock:
            for handle in shared - set(self._creators):
                self._creators[handle] = _Creator(handle, ELSEWHERE)
            for handle in set(self._creators) - shared:
                self._creators[handle].removed = True
            mine = [record for record in self._creators.values() if record.state != ELSEWHERE]
        for handle in coordinator.renew([record.unique_id for record in mine]):
            logger.warning("the lease of @%s went to another worker; letting it go", handle)
            self._hand_back(handle)
        for record in [record for record in mine if record.removed]:
            with self._lock:
                self._creators.pop(record.unique_id, None)
            self._let_go(record)
            self._release_quietly(record.unique_id)
        with self._lock:
            held = [record for record in self._creators.values() if record.state != ELSEWHERE]
            free = [record for record in self._creators.values() if record.state == ELSEWHERE]
        share = coordinator.fair_share(len(shared), workers)
        if len(held) > share:  # more workers now: hand some back (offline ones first); the
            # worker taking one over resumes it where our sink left it
            held.sort(key=lambda record: record.state == CONNECTED)
            for record in held[: len(held) - share]:
                logger.info("handing @%s to another worker (%d workers now)", record.unique_id, workers)
                self._hand_back(record.unique_id)
                self._release_quietly(record.unique_id)
            return
        random.shuffle(free)  # workers starting together do not all race for the same ones
        held_count = len(held)
        for record in free:
            if held_count >= share:
                break
            if coordinator.acquire(record.unique_id):
                held_count += 1
                with self._lock:
                    record.state = WAITING
                    record.removed = False
                    record.next_check = time.monotonic()

    def _hand_back(self, handle: str) -> None:
        with self._lock:
            record = self._creators.get(handle)
            if record is None:
                return
            fresh = self._creators[handle] = _Creator(handle, ELSEWHERE)
            fresh.events, fresh.connections = record.events, record.connections
        self._let_go(record)

    def _release_quietly(self, handle: str) -> None:
        assert self.coordinator is not None
        try:
            self.coordinator.release(handle)
        except Exception as exc:
            logger.warning("could not release @%s: %s", handle, exc)

    def _release_coordinator(self) -> None:
        assert self.coordinator is not None
        try:
            self.coordinator.retire()
        except Exception as exc:
            logger.warning("could not leave the list of workers: %s", exc)
