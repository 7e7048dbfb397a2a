"""LiveMonitor: watch many creators from one process, waiting for each to go live.

::

    monitor = LiveMonitor(["@a", "@b"], sink="events.jsonl")
    @monitor.on(CommentEvent)
    def on_comment(event, creator):          # ``creator`` is optional
        print(creator, event.comment)
    monitor.run()                             # Ctrl+C stops everything

Each creator is in one of the states of :mod:`tiktoklive_sync.monitor.states`
(``monitor.status()``).

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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
    Set,
    Tuple,
    Type,
    TypeVar,
    Union,
)

from .._checks import check_count, check_number
from .._run.waiting import wait_event
from ..budget import SignBudget
from ..client.client import TikTokLiveClient
from ..client.logger import logging_configured
from ..client.web import WebClient
from ..errors import (
    PremiumEndpointError,
    SignatureRateLimitError,
    TikTokLiveError,
    UserNotFoundError,
    UserOfflineError,
)
from ..events import BaseEvent, ConnectEvent, DisconnectEvent, ReconnectingEvent, WebsocketResponseEvent
from ..live_checks import LiveCheckBatcher
from ..runtime import SharedRuntime
from ..sign.client import BULK_LIVE_CHECK_MAX
from ..signals import any_event
from ..tiktok_api import normalize_unique_id
from .coordination import LET_GO_AFTER, Coordinator, LocalCoordinator, Round
from .sinks import Sink, event_record, sink_from
from .states import CHECKED, NOT_OURS, CreatorState, next_state

if TYPE_CHECKING:
    from ..notebook import MonitorView

__all__ = ["STATES", "CreatorState", "CreatorStatus", "LiveMonitor", "MonitorStatus"]

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=BaseEvent)

WAITING, OFFLINE, LIVE = CreatorState.WAITING, CreatorState.OFFLINE, CreatorState.LIVE
CONNECTING, CONNECTED, BACKING_OFF = CreatorState.CONNECTING, CreatorState.CONNECTED, CreatorState.BACKING_OFF
NOT_FOUND, ELSEWHERE, UNASSIGNED = CreatorState.NOT_FOUND, CreatorState.ELSEWHERE, CreatorState.UNASSIGNED
#: Every state, in the order of the docs.
STATES = tuple(CreatorState)
#: How long stop() waits for Redis to take back the leases (they run out by themselves).
RELEASE_WITHIN = 1.0
#: The ``start()`` options a monitor's connections may be given (``connect_options``).
CONNECT_OPTIONS = (
    "authenticate_ws",
    "compress_ws_events",
    "fetch_gift_info",
    "fetch_room_info",
    "platform",
    "process_connect_events",
)

#: How often the monitor's own thread looks at its creators (seconds).
TICK = 0.25
#: Offline checks after which the interval between checks doubles (up to max_poll_interval).
CHECKS_PER_DOUBLING = 10


@dataclass(frozen=True)
class CreatorStatus:
    """One creator as ``LiveMonitor.status()`` sees it."""

    unique_id: str
    state: CreatorState
    room_id: Optional[int]
    #: Events received since the monitor started, and their rate over the last seconds.
    events: int
    events_per_second: float
    #: Connections made (one per live, plus takeovers).
    connections: int
    #: Seconds until the next live check (None when not waiting for one).
    next_check_in: Optional[float]
    last_error: Optional[str]

    def _repr_html_(self) -> str:
        from ..notebook import monitor_html

        return monitor_html([self])


class MonitorStatus(List[CreatorStatus]):
    """What ``LiveMonitor.status()`` returns: a list of :class:`CreatorStatus` that Jupyter
    shows as a table of creators and states."""

    def _repr_html_(self) -> str:
        from ..notebook import monitor_html

        return monitor_html(self)


class _Creator:
    """The monitor's mutable record of one creator."""

    def __init__(self, unique_id: str, state: CreatorState) -> None:
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
        #: The creator's numeric user id, once looked up (for the bulk live check).
        self.user_id: Optional[int] = None
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
    other processes. ``connect_options`` go to every connection's ``start()``
    (``authenticate_ws``, ``fetch_room_info``, ``compress_ws_events``...). Other keyword
    arguments go to every :class:`~tiktoklive_sync.TikTokLiveClient` (URLs,
    ``sign_api_key``, proxies...).
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
        coordinator: Optional[Coordinator] = None,
        connect_options: Optional[Mapping[str, Any]] = None,
        **client_kwargs: Any,
    ) -> None:
        check_number("poll_interval", poll_interval, positive=True)
        check_number("max_poll_interval", max_poll_interval, minimum=poll_interval)
        check_count("workers", workers, minimum=1)
        check_count("check_workers", check_workers, minimum=1)
        if not isinstance(sign_budget, SignBudget):
            check_number("sign_budget", sign_budget, positive=True, optional=True)
        if coordinator is not None and not isinstance(coordinator, Coordinator):
            kind = type(coordinator).__name__
            raise TypeError(f"coordinator must be a Coordinator (a RedisCoordinator), not {kind}")
        for name in ("runtime", "sign_budget", "live_checks"):
            if name in client_kwargs:
                raise TypeError(f"{name} is the monitor's own; it shares one with every client")
        unknown = sorted(set(connect_options or {}) - set(CONNECT_OPTIONS))
        if unknown:
            raise TypeError(f"connect_options takes {', '.join(CONNECT_OPTIONS)}; not {', '.join(unknown)}")
        self._connect_options = dict(connect_options or {})
        self.sink: Optional[Sink] = sink_from(sink)
        if self.sink is not None:
            self.sink.on_failure = self._sink_failed
        self.sign_budget = (
            sign_budget if isinstance(sign_budget, SignBudget) else SignBudget(sign_budget or 30.0)
        )
        self.poll_interval = poll_interval
        self.max_poll_interval = max_poll_interval
        #: How this monitor shares its creators (a LocalCoordinator when on its own).
        self.coordinator: Coordinator = coordinator or LocalCoordinator()
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
        #: Checks handed to the pool and not yet done (cancelled at stop if not begun).
        self._checks: Set[Future[None]] = set()
        self._poller: Optional[WebClient] = None
        self._live_checks: Optional[LiveCheckBatcher] = None
        self._next_coordination = 0.0
        self._round: Optional[Future[Round]] = None
        self._bulk_refused = False
        self._last_renewed = time.monotonic()
        self._out_of_touch = False
        #: Records the sink could not write (each failure is logged).
        self.sink_errors = 0
        self._sink_failed_before = False
        self.add(*creators)

    # -- creators -------------------------------------------------------------------------

    def add(self, *creators: str) -> None:
        """Watch more creators (handles, ``@handles`` or live URLs); works while running."""
        handles = [normalize_unique_id(creator) for creator in creators]
        if handles:
            self.coordinator.add_creators(handles)
        with self._lock:
            for handle in handles:
                if handle not in self._creators:
                    self._creators[handle] = _Creator(handle, self.coordinator.initial_state)

    def remove(self, *creators: str) -> None:
        """Stop watching creators (their connections close); works while running."""
        handles = [normalize_unique_id(creator) for creator in creators]
        if handles:
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
            with self._lock:
                pending = list(self._checks)
            for check in pending:  # checks not begun never will
                check.cancel()
            self._pool.shutdown(wait=True)
        held = [record.unique_id for record in records if record.state not in NOT_OURS]
        self.coordinator.close(held, RELEASE_WITHIN)
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

    def status(self) -> MonitorStatus:
        """Every creator's state, sorted by handle (a list; a table in Jupyter)."""
        now = time.monotonic()
        with self._lock:
            records = sorted(self._creators.values(), key=lambda record: record.unique_id)
            return MonitorStatus(
                CreatorStatus(
                    unique_id=record.unique_id,
                    state=record.state,
                    room_id=record.room_id,
                    events=record.events,
                    events_per_second=record.rate,
                    connections=record.connections,
                    next_check_in=max(0.0, record.next_check - now) if record.state in CHECKED else None,
                    last_error=record.last_error,
                )
                for record in records
            )

    def counts(self) -> Dict[str, int]:
        """How many creators are in each state."""
        return dict(Counter(status.state for status in self.status()))

    def show(self) -> MonitorView:
        """Show the creators and their states in the notebook, redrawn in place while the
        monitor runs (at most once a second, when something changed); starts the monitor if
        it has not started. Needs IPython (``pip install 'tiktoklive_sync[notebook]'``) and a
        notebook's kernel (RuntimeError in a script or a terminal)."""
        from ..notebook import MonitorView, notebook_display

        target = notebook_display()
        if self._thread is None:
            self.start()
        return MonitorView(self.status, target, stopped=self._stopped)

    # -- the monitor's thread -----------------------------------------------------------------

    def _loop(self) -> None:
        while not self._stopping.wait(TICK):
            try:
                self._tick()
            except Exception:  # a bug, or Redis gone: say so, keep going
                logger.exception("the monitor's round failed; trying again")

    def _tick(self) -> None:
        now = time.monotonic()
        if self.coordinator.lease_ttl is not None:
            self._keep_leases(now, self.coordinator.lease_ttl)
        with self._lock:
            for record in self._creators.values():
                record.sample_rate(now)
            starting = sorted(
                (
                    record
                    for record in self._creators.values()
                    if record.state in CHECKED
                    and not record.busy
                    and not record.reconnecting
                    and record.next_check <= now
                ),
                key=lambda record: record.next_check,  # the longest overdue first
            )
            for record in starting:
                record.busy = True
        assert self._pool is not None
        bulk = [
            record for record in starting if self._bulk_usable and record.state == OFFLINE and record.user_id
        ]
        checks = [
            self._pool.submit(self._bulk_check, bulk[first : first + BULK_LIVE_CHECK_MAX])
            for first in range(0, len(bulk), BULK_LIVE_CHECK_MAX)
        ]
        checks += [
            self._pool.submit(self._check_and_connect, record) for record in starting if record not in bulk
        ]
        with self._lock:
            self._checks.update(checks)
        for check in checks:
            check.add_done_callback(self._check_done)

    def _check_done(self, check: Future[None]) -> None:
        with self._lock:
            self._checks.discard(check)

    # -- checking and connecting ------------------------------------------------------------------

    def _check_and_connect(self, record: _Creator) -> None:
        try:
            if self._stopping.is_set() or record.removed:
                return
            assert self._poller is not None
            try:
                room_id = self._poller.fetch_room_id_from_api(record.unique_id)
            except UserOfflineError:
                self._offline(record)
                return
            except UserNotFoundError as exc:
                self._set(record, NOT_FOUND, check_in=self.max_poll_interval, error=exc)
                return
            except TikTokLiveError as exc:
                self._set(record, BACKING_OFF, check_in=self._jittered(self.poll_interval), error=exc)
                return
            self._went_live(record, room_id)
        except Exception as exc:  # a bug of ours must not end the creator's watch
            logger.exception("checking @%s failed", record.unique_id)
            self._set(record, BACKING_OFF, check_in=self._jittered(self.poll_interval), error=exc)
        finally:
            record.busy = False

    def _went_live(self, record: _Creator, room_id: int) -> None:
        record.room_id = room_id
        record.offline_checks = 0
        if self._live_checks is not None:  # the connect's own live check needs no call
            self._live_checks.remember(room_id, True)
        self._set(record, LIVE)
        self._connect(record, room_id)

    @property
    def _bulk_usable(self) -> bool:
        """Whether offline creators are checked in bulk: with a session, until the sign server
        refuses (its plan)."""
        return bool(self._client_kwargs.get("session_id")) and not self._bulk_refused

    def _offline(self, record: _Creator) -> None:
        record.offline_checks += 1
        self._set(record, OFFLINE, check_in=self._offline_interval(record))
        if self._bulk_usable and record.user_id is None:  # looked up once, for the bulk checks
            assert self._poller is not None
            try:
                record.user_id = self._poller.fetch_user_id(record.unique_id)
            except TikTokLiveError as exc:
                logger.debug("no user id for @%s (checked alone): %s", record.unique_id, exc)

    def _bulk_check(self, batch: List[_Creator]) -> None:
        """Up to 50 offline creators in one call to the sign server's bulk live check; those it
        cannot tell (or all, when the sign server refuses) are checked one by one."""
        assert self._poller is not None
        alone = list(batch)
        try:
            found = self._poller.bulk_live_check([record.user_id or 0 for record in batch])
        except PremiumEndpointError as exc:
            self._bulk_refused = True
            logger.info(
                "the sign server does not do bulk live checks (%s): checking creators one by one", exc
            )
        except TikTokLiveError as exc:
            logger.warning("the bulk live check failed (%s): checking creators one by one", exc)
        else:
            alone = []
            for record in batch:
                status = found.get(record.user_id or 0)
                if status is None:
                    alone.append(record)
                    continue
                try:
                    if status.is_live and status.room_id is not None:
                        self._went_live(record, status.room_id)
                    else:
                        self._offline(record)
                except Exception as exc:  # a bug of ours must not end the creator's watch
                    logger.exception("checking @%s failed", record.unique_id)
                    self._set(record, BACKING_OFF, check_in=self._jittered(self.poll_interval), error=exc)
                finally:
                    record.busy = False
        for record in alone:
            self._check_and_connect(record)

    def _connect(self, record: _Creator, room_id: int) -> None:
        if not self.coordinator.still_ours(record.unique_id):
            self._set(record, ELSEWHERE)  # the lease went while we checked
            return
        client = record.client
        if client is None:
            client = record.client = self._make_client(record.unique_id)
            self._wire(client, record)
        resume = self.coordinator.load_cursor(record.unique_id)
        record.previous_cursor = resume
        self._set(record, CONNECTING)
        try:
            client.start(room_id=room_id, resume_from=resume, **self._connect_options)
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
                self._set(record, CONNECTED)
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
            if self.coordinator.lease_ttl is not None and record.previous_cursor and not record.sink_failed:
                self._save_cursor(record, record.previous_cursor)
            record.previous_cursor = event.result.cursor
            return
        record.events += 1
        if self.sink is None:
            return
        try:
            self.sink.write(event_record(record.unique_id, event))
        except Exception as exc:
            first, record.sink_failed = not record.sink_failed, True
            self._report_sink_failure(exc, 1, f"an event of @{record.unique_id}", first)

    def _sink_failed(self, error: BaseException, records: int) -> None:
        """The sink could not store ``records`` records in the background."""
        first, self._sink_failed_before = not self._sink_failed_before, True
        self._report_sink_failure(error, records, f"{records} events", first)

    def _report_sink_failure(self, error: BaseException, records: int, what: str, first: bool) -> None:
        self.sink_errors += records
        if logging_configured(logger):
            logger.error("the sink could not store %s: %s", what, error)
        elif first:  # no logging set up: say it once, count the rest
            sys.stderr.write(
                f"the sink could not store {what}: {error} "
                "(the next failures are counted in monitor.sink_errors)\n"
            )

    def _save_cursor(self, record: _Creator, cursor: str) -> None:
        try:
            self.coordinator.save_cursor(record.unique_id, cursor)
        except Exception as exc:
            logger.warning("could not save where @%s is: %s", record.unique_id, exc)

    def _reconnecting(
        self, record: _Creator, reconnecting: bool, state: CreatorState, error: Optional[BaseException] = None
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
        state: CreatorState,
        *,
        check_in: Optional[float] = None,
        error: Optional[BaseException] = None,
        taken: bool = False,
    ) -> None:
        """The one way a creator's state changes (see ``states.next_state``)."""
        with self._lock:
            moved = next_state(record.state, state, taken=taken)
            if moved is None:
                return  # not ours: whatever its old connection says no longer matters
            record.state = moved
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

    # -- coordination with other workers ------------------------------------------------------

    def _keep_leases(self, now: float, ttl: float) -> None:
        """Every third of a lease's life, a round of coordination on the coordinator's own
        thread (this loop never waits for Redis). When the leases were last renewed more than
        LET_GO_AFTER of a TTL ago — Redis out of reach, or a call that blocks — every creator
        is let go before its lease runs out and another worker takes it."""
        round_ = self._round
        if round_ is not None and round_.done():
            self._round = None
            try:
                self._apply(round_.result())
            except Exception as exc:  # Redis gone, a timeout...: the next round tries again
                logger.warning("could not coordinate through Redis: %s", exc)
        if self._round is None and now >= self._next_coordination:
            self._next_coordination = now + ttl / 3
            with self._lock:
                held = sorted(  # the least valuable first: handed back first when over our share
                    (record for record in self._creators.values() if record.state not in NOT_OURS),
                    key=lambda record: (record.state == CONNECTED, record.unique_id),
                )
            self._round = self.coordinator.start_round([record.unique_id for record in held])
        if now - self._last_renewed > ttl * LET_GO_AFTER:
            self._let_everyone_go(now)
        else:
            self._out_of_touch = False

    def _let_everyone_go(self, now: float) -> None:
        with self._lock:
            mine = [handle for handle, record in self._creators.items() if record.state not in NOT_OURS]
        if mine or not self._out_of_touch:
            logger.error(
                "out of touch with Redis for %.1f s: letting go of %d creators before their leases "
                "run out (another worker may take them)",
                now - self._last_renewed,
                len(mine),
            )
        self._out_of_touch = True
        for handle in mine:
            self._hand_back(handle, UNASSIGNED)

    def _apply(self, found: Round) -> None:
        """Do what a round decided: let go of what is lost, removed or given back; take what
        was taken; show who holds the rest."""
        if found.renewed_at is not None:
            self._last_renewed = max(self._last_renewed, found.renewed_at)
        if found.creators is None:
            return  # a void round (Redis lost its data meanwhile): the next one decides
        for handle in found.lost:
            logger.warning("the lease of @%s went to another worker; letting it go", handle)
            self._hand_back(handle, ELSEWHERE)
        for handle in found.given_back:
            logger.info("handing @%s to another worker", handle)
            self._hand_back(handle, UNASSIGNED)
        with self._lock:
            for handle in found.creators - set(self._creators):
                self._creators[handle] = _Creator(handle, UNASSIGNED)
            removed = [record for handle, record in self._creators.items() if handle not in found.creators]
            for record in removed:
                self._creators.pop(record.unique_id, None)
        for record in removed:
            ours = record.state not in NOT_OURS
            self._let_go(record)
            if ours:
                self._release_quietly(record.unique_id)
        for handle in found.taken:
            taken = self._creators.get(handle)
            if taken is not None:
                taken.next_check = time.monotonic()
                taken.removed = False
                self._set(taken, WAITING, taken=True)
        with self._lock:
            for handle, holder in found.holders.items():
                other = self._creators.get(handle)
                if other is not None and other.state in NOT_OURS:
                    other.state = UNASSIGNED if holder is None else ELSEWHERE

    def _hand_back(self, handle: str, state: CreatorState) -> None:
        """Stop watching ``handle`` here; it shows as ``state`` from now on."""
        with self._lock:
            record = self._creators.get(handle)
            if record is None:
                return
            fresh = self._creators[handle] = _Creator(handle, state)
            fresh.events, fresh.connections = record.events, record.connections
        self._let_go(record)

    def _release_quietly(self, handle: str) -> None:
        try:
            self.coordinator.release([handle])
        except Exception as exc:
            logger.warning("could not release @%s: %s", handle, exc)
