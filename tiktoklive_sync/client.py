"""TikTokLiveClient: a blocking client whose websocket runs on background threads.

Threads, per ``start()`` (all named ``tiktoklive-<handle>-<role>``, all joined by ``stop()``):

* **reader** reads frames, acks them at once and hands fetch results to a bounded queue;
  when the connection drops it also reconnects (signing afresh, resuming from the last
  cursor) as the reconnect policy allows;
* **heartbeat** sends a heartbeat every interval the server asked for;
* **dispatcher** turns fetch results into events, drops messages already delivered, and runs
  the handlers.

Handlers run on the dispatcher so a slow handler only delays later events, never the
heartbeats or acks TikTok uses to decide whether we are still there. Errors that end the
connection are stored and re-raised by ``wait()``/``run()`` in the caller's thread, the way
``concurrent.futures.Future.result()`` does.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
import os
import queue
import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    Any,
    Callable,
    Deque,
    Dict,
    List,
    Optional,
    Set,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

from google.protobuf.message import DecodeError

from .errors import AlreadyConnectedError, TikTokLiveError, UserOfflineError, WebSocketConnectionError
from .events import (
    EVENT_FAMILIES,
    BaseEvent,
    ConnectEvent,
    ControlEvent,
    DisconnectEvent,
    GiftEvent,
    LikeEvent,
    LiveEndEvent,
    ReconnectingEvent,
    UnknownEvent,
    WebsocketResponseEvent,
    canonical_method,
    events_from_message,
)
from .profile import BrowserProfile
from .proto import webcast_pb2 as pb
from .reconnect import ReconnectPolicy, policy_from
from .recording import RecordingWriter
from .signals import any_event, handler_error, signal_for
from .streaks import GiftStreakEvent, GiftStreakTracker
from .web import (
    DEFAULT_APP_URL,
    DEFAULT_SIGN_URL,
    DEFAULT_TIMEOUT,
    DEFAULT_WEBCAST_URL,
    WebClient,
    normalize_unique_id,
)
from .ws import ProxySettings, WebcastConnection, build_websocket_url

__all__ = ["ClientStats", "EventStream", "TikTokLiveClient"]

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=BaseEvent)
Handler = Callable[[Any], Any]

#: How long stop() waits for each thread to finish.
JOIN_TIMEOUT = 2.0
#: Slice of the caller's wait, so Ctrl+C is seen promptly in the main thread.
WAIT_SLICE = 0.2
#: How long an event stream waits, after the DisconnectEvent, for the run to finish.
STREAM_FINISH_TIMEOUT = 30.0
#: How many recent message ids are remembered to drop messages delivered twice.
RECENT_IDS = 20_000
OVERFLOW_MODES = ("block", "drop")
#: How often a busy dispatcher looks for gift streaks that went silent.
STREAK_CHECK_INTERVAL = 0.5

_END = object()


@dataclass
class ClientStats:
    """Counters of one client, across all its connections (read them any time)."""

    frames: int = 0  #: fetch results received (websocket and sign server)
    messages: int = 0  #: webcast messages received
    events: int = 0  #: events dispatched to handlers
    unknown: int = 0  #: messages of a type without an event class
    decode_failures: int = 0  #: messages whose payload did not parse
    duplicates: int = 0  #: messages dropped because they were delivered already
    overflow_dropped: int = 0  #: fetch results dropped because the handler queue was full
    reconnects: int = 0  #: successful reconnects
    skipped: int = 0  #: messages left undecoded because nothing listens to their events
    frames_skipped: int = 0  #: websocket messages that were not usable frames (logged, skipped)


@dataclass(frozen=True)
class _StartOptions:
    fetch_room_info: bool
    fetch_gift_info: bool
    fetch_live_check: bool
    process_connect_events: bool
    compress_ws_events: bool
    authenticate_ws: bool
    platform: str


class TikTokLiveClient:
    """Connect to one creator's LIVE and deliver its events to your handlers.

    ``unique_id`` is the creator's handle: ``"creator"``, ``"@creator"`` or
    ``"https://www.tiktok.com/@creator/live"`` (ValueError for anything else).

    ``app_url``, ``webcast_url`` and ``sign_url`` default to TikTok's and Euler Stream's
    URLs; ``sign_url`` and ``sign_api_key`` fall back to the ``SIGN_API_URL`` and
    ``SIGN_API_KEY`` environment variables. ``session_id`` (+ ``tt_target_idc``) logs the
    TikTok calls in; the websocket and the sign server see it only when
    ``start(authenticate_ws=True)`` (otherwise the connection is anonymous).

    ``profile`` (a :class:`~tiktoklive_sync.profile.BrowserProfile`) is the browser the
    client poses as: language, region, time zone, screen, user agent, device id;
    ``user_agent`` alone replaces the profile's. ``sign_route`` picks the sign server's
    route: ``"auto"`` (the current ``/webcast/rooms/{id}/connect``, falling back to the
    older ``/webcast/fetch`` when the server lacks it), ``"connect"`` or ``"fetch"``.

    Connection handling:

    * ``reconnect``: True (the default :class:`ReconnectPolicy`), False, or a policy.
    * ``stall_after``: heartbeat intervals without any frame after which the connection
      counts as dead (None turns the watchdog off).
    * ``max_queue`` and ``overflow``: how many fetch results may wait for the handlers, and
      what happens when that many wait: ``"block"`` (the default) makes the reader wait, so
      nothing is lost but TikTok's buffer fills while handlers catch up; ``"drop"`` drops
      the newest, counts them in ``stats.overflow_dropped`` and warns once.
    * ``http_timeout``: seconds for each HTTP call, or a ``(connect, read)`` pair.
    * ``proxy``: one proxy for everything (TikTok, the sign server, the websocket):
      ``http://[user:password@]host:port``, ``socks5://...`` or ``socks5h://...`` (SOCKS
      needs ``pip install 'tiktoklive_sync[socks]'``). Passwords never reach the logs.
    * ``gift_streak_timeout``: seconds of silence after which an unfinished gift streak is
      reported as finished (:class:`~tiktoklive_sync.streaks.GiftStreakEvent`).
    """

    def __init__(
        self,
        unique_id: str,
        *,
        app_url: str = DEFAULT_APP_URL,
        webcast_url: str = DEFAULT_WEBCAST_URL,
        sign_url: Optional[str] = None,
        sign_api_key: Optional[str] = None,
        session_id: Optional[str] = None,
        tt_target_idc: Optional[str] = None,
        user_agent: Optional[str] = None,
        profile: Optional[BrowserProfile] = None,
        sign_route: str = "auto",
        reconnect: Union[bool, ReconnectPolicy] = True,
        stall_after: Optional[float] = 6.0,
        max_queue: int = 1024,
        overflow: str = "block",
        http_timeout: Union[float, Tuple[float, float]] = DEFAULT_TIMEOUT,
        gift_streak_timeout: float = 10.0,
        proxy: Optional[str] = None,
    ) -> None:
        self._unique_id = normalize_unique_id(unique_id)
        if overflow not in OVERFLOW_MODES:
            raise ValueError(f"overflow must be one of {OVERFLOW_MODES}, not {overflow!r}")
        if max_queue < 1:
            raise ValueError("max_queue must be at least 1")
        if stall_after is not None and stall_after <= 0:
            raise ValueError("stall_after must be positive (or None to turn the watchdog off)")
        timeout = http_timeout if isinstance(http_timeout, tuple) else (http_timeout, http_timeout)
        self.proxy = ProxySettings.from_url(proxy) if proxy else None
        self._web = WebClient(
            app_url=app_url,
            webcast_url=webcast_url,
            sign_url=sign_url or os.environ.get("SIGN_API_URL") or DEFAULT_SIGN_URL,
            sign_api_key=sign_api_key or os.environ.get("SIGN_API_KEY") or None,
            profile=_profile_from(profile, user_agent),
            timeout=timeout,
            proxy=proxy,
            sign_route=sign_route,
        )
        #: The round-trip time (ms) this client reports in the websocket URL, as browsers do.
        self._last_rtt = random.randint(100, 200)
        if session_id:
            self._web.set_session(session_id, tt_target_idc)
        self.reconnect_policy = policy_from(reconnect)
        self.stall_after = stall_after
        self.max_queue = max_queue
        self.overflow = overflow
        self.gift_streak_timeout = gift_streak_timeout
        self.stats = ClientStats()
        self._handlers: Dict[Type[BaseEvent], List[Handler]] = {}
        self._signals: Dict[Type[BaseEvent], Any] = {}
        self._lock = threading.Lock()
        self._room_id: Optional[int] = None
        self.room_info: Optional[Dict[str, Any]] = None
        self.gift_info: Optional[Dict[str, Any]] = None
        self._run: Optional[_Run] = None
        self._recorder: Optional[RecordingWriter] = None

    # -- properties ---------------------------------------------------------------------

    @property
    def unique_id(self) -> str:
        """The creator's handle, without ``@``."""
        return self._unique_id

    @property
    def room_id(self) -> Optional[int]:
        """The room id of the current (or last) connection."""
        return self._room_id

    @property
    def connected(self) -> bool:
        """True while the websocket is open (False while reconnecting)."""
        run = self._run
        return run is not None and run.connected

    @property
    def web(self) -> WebClient:
        """The HTTP side of the client (TikTok's web API and the sign server)."""
        return self._web

    # -- handlers -----------------------------------------------------------------------

    @overload
    def on(self, event_type: Type[E]) -> Callable[[Callable[[E], Any]], Callable[[E], Any]]: ...

    @overload
    def on(self, event_type: Type[E], handler: Callable[[E], Any]) -> Callable[[E], Any]: ...

    def on(self, event_type: Type[E], handler: Optional[Callable[[E], Any]] = None) -> Any:
        """Register ``handler(event)`` for events of exactly ``event_type``.

        Use as a decorator (``@client.on(CommentEvent)``) or call with the handler. The
        handler is held strongly, so closures and lambdas work.
        """
        signal_for(event_type)  # validates event_type

        def register(function: Callable[[E], Any]) -> Callable[[E], Any]:
            if not callable(function):
                raise TypeError(f"handler must be callable, got {function!r}")
            with self._lock:
                self._handlers.setdefault(event_type, []).append(function)
            return function

        return register if handler is None else register(handler)

    add_listener = on

    def remove_listener(self, event_type: Type[BaseEvent], handler: Handler) -> bool:
        """Unregister ``handler``; False if it was not registered."""
        with self._lock:
            handlers = self._handlers.get(event_type, [])
            if handler in handlers:
                handlers.remove(handler)
                return True
        return False

    def has_listener(self, event_type: Type[BaseEvent]) -> bool:
        """Whether ``client.on`` registered a handler for ``event_type``."""
        return bool(self._handlers.get(event_type))

    def _listens(self, event_type: Type[BaseEvent]) -> bool:
        """Whether anything at all would receive an event of ``event_type``."""
        return bool(
            self._handlers.get(event_type) or self._signal(event_type).receivers or any_event.receivers
        )

    def _signal(self, event_type: Type[BaseEvent]) -> Any:
        """The blinker signal of ``event_type`` (cached: this runs for every event)."""
        signal = self._signals.get(event_type)
        if signal is None:
            signal = self._signals[event_type] = signal_for(event_type)
        return signal

    # -- lifecycle ----------------------------------------------------------------------

    def start(
        self,
        *,
        fetch_room_info: bool = False,
        fetch_gift_info: bool = False,
        fetch_live_check: bool = True,
        room_id: Optional[Union[int, str]] = None,
        process_connect_events: bool = True,
        compress_ws_events: bool = True,
        authenticate_ws: bool = False,
        platform: str = "web",
        record_to: Optional[Union[str, Path]] = None,
    ) -> None:
        """Connect, and return once the websocket is open and the room entered.

        ``record_to`` appends every frame received to a recording file (see
        :mod:`tiktoklive_sync.recording`) until the connection ends, reconnects included.

        Every documented error of connecting is raised here, in the calling thread (the
        first connect is not retried: a wrong name or a rate limit should show at once).
        Events are then delivered on the client's dispatcher thread.
        """
        options = _StartOptions(
            fetch_room_info=fetch_room_info,
            fetch_gift_info=fetch_gift_info,
            fetch_live_check=fetch_live_check,
            process_connect_events=process_connect_events,
            compress_ws_events=compress_ws_events,
            authenticate_ws=authenticate_ws,
            platform=platform,
        )
        with self._lock:
            if self._run is not None and not self._run.finished.is_set():
                raise AlreadyConnectedError(f"already connected (or connecting) to @{self._unique_id}")
            run = _Run(self, options)
            self._run = run
        connection: Optional[WebcastConnection] = None
        try:
            room = self._room_id = int(room_id) if room_id is not None else self.fetch_room_id()
            if fetch_room_info:
                self.fetch_room_info(room)
            if fetch_gift_info:
                self.fetch_gift_list()
            if record_to is not None:
                self._recorder = RecordingWriter(record_to, unique_id=self._unique_id, room_id=room)
            connection, first = self._connect(options)
            run.launch(connection, first if process_connect_events else None)
        except BaseException:  # including Ctrl+C half way: leave nothing open behind
            self._stop_recording()
            run.abandon()
            if connection is not None:
                connection.abort()
                connection.release()
            raise

    def _connect(
        self, options: _StartOptions, cursor: str = ""
    ) -> Tuple[WebcastConnection, pb.ProtoMessageFetchResult]:
        """Live check, sign, open the websocket and enter the room (resuming at ``cursor``)."""
        assert self._room_id is not None
        if options.fetch_live_check and not self._web.fetch_is_live(self._room_id):
            raise UserOfflineError(f"@{self._unique_id} is not live right now")
        signed = self._web.fetch_signed(
            self._room_id, cursor=cursor, authenticate_ws=options.authenticate_ws, platform=options.platform
        )
        cookies = self._web.websocket_cookies(signed, authenticated=options.authenticate_ws)
        url = build_websocket_url(
            signed.result,
            self._room_id,
            profile=self._web.profile,
            last_rtt=self._last_rtt,
            compress=options.compress_ws_events,
        )
        connection = WebcastConnection.open(
            url,
            room_id=self._room_id,
            cookies=cookies,
            user_agent=self._web.user_agent,
            fetch_result=signed.result,
            stall_after=self.stall_after,
            proxy=self.proxy,
        )
        connection.on_skip = self._count_skipped_frame
        if self._recorder is not None:
            self._recorder.write("initial", signed.result.SerializeToString())
            connection.on_frame = self._recorder.write_frame
        return connection, signed.result

    def _count_skipped_frame(self) -> None:
        self.stats.frames_skipped += 1

    def _stop_recording(self) -> None:
        recorder, self._recorder = self._recorder, None
        if recorder is not None:
            recorder.close()

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the connection has ended; True if it has, False on timeout.

        Re-raises, in this thread, the error that ended the connection, if one did.
        Returns True at once when the client was never started.
        """
        run = self._run
        if run is None:
            return True
        if not _wait_event(run.finished, timeout):
            return False
        if run.error is not None:
            raise run.error
        return True

    def events(
        self,
        *event_types: Type[BaseEvent],
        timeout: Optional[float] = None,
        max_pending: int = 10_000,
        **start_options: Any,
    ) -> EventStream:
        """Iterate over events in the calling thread, for scripts and notebooks::

            for event in client.events(CommentEvent, GiftEvent, timeout=60):
                print(event)

        Yields events of the given classes (all events when none are given), from the
        moment ``events()`` is called, until the connection ends or ``timeout`` seconds have
        passed. Starts the client first if it is not running (``start_options`` go to
        ``start()``). At most ``max_pending`` events wait for the loop; while that many wait,
        delivery pauses (nothing is lost). When the connection ended with an error, the loop
        raises it. Leaving the loop early leaves the client running (``stop()`` stops it).
        """
        stream = EventStream(self, event_types, timeout, max_pending)
        try:
            if self._run is None or self._run.finished.is_set():
                self.start(**start_options)
        except BaseException:
            stream.close()
            raise
        return stream

    def run(self, **start_options: Any) -> None:
        """``start()`` then ``wait()``; Ctrl+C stops the client and re-raises KeyboardInterrupt."""
        try:
            self.start(**start_options)
            self.wait()
        except KeyboardInterrupt:
            self.stop()
            raise

    def stop(self) -> None:
        """Disconnect. Idempotent, and safe from any thread, including inside a handler."""
        run = self._run
        if run is not None:
            run.stop()

    def connect(self, **start_options: Any) -> None:
        """``start()`` under TikTokLive's name (``await client.connect()`` becomes this)."""
        self.start(**start_options)

    def disconnect(self) -> None:
        """``stop()`` under TikTokLive's name (``await client.disconnect()`` becomes this)."""
        self.stop()

    def close(self) -> None:
        """Stop and free the HTTP session. The client can still be started again."""
        self.stop()
        self._web.close()

    def __enter__(self) -> TikTokLiveClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- HTTP helpers (no connection needed) ---------------------------------------------

    def fetch_room_id(self) -> int:
        """Look up the creator's room id (UserOfflineError / UserNotFoundError as in start())."""
        room_id = self._room_id = self._web.fetch_room_id(self._unique_id)
        return room_id

    def fetch_room_info(self, room_id: Optional[int] = None) -> Dict[str, Any]:
        """The room's info (title, owner, stats), without connecting; also kept in ``room_info``.

        Uses ``room_id``, else the client's room, else looks the room up.
        """
        room = room_id or self._room_id or self.fetch_room_id()
        self.room_info = self._web.fetch_room_info(room)
        return self.room_info

    def send_room_chat(self, content: str, room_id: Optional[int] = None) -> Dict[str, Any]:
        """Write ``content`` in the room's chat as the logged-in user (needs ``session_id``).

        Goes through the sign server's chat endpoint (premium on Euler Stream:
        PremiumEndpointError without the plan); connecting is not needed.
        """
        room = room_id or self._room_id or self.fetch_room_id()
        return self._web.send_room_chat(room, content)

    def fetch_gift_list(self) -> Dict[str, Any]:
        """TikTok's gift catalogue, without connecting; also kept in ``gift_info``."""
        self.gift_info = self._web.fetch_gift_list()
        return self.gift_info

    def is_live(self, unique_id: Optional[str] = None) -> bool:
        """Whether ``unique_id`` (default: this client's creator) is live now."""
        handle = normalize_unique_id(unique_id) if unique_id else self._unique_id
        try:
            room_id = self._web.fetch_room_id(handle)
        except UserOfflineError:
            return False
        return self._web.fetch_is_live(room_id)

    # -- dispatch -----------------------------------------------------------------------

    def _emit(self, event: BaseEvent) -> None:
        """Run every handler of ``event``: ours first, then blinker receivers."""
        self.stats.events += 1
        event_type = type(event)
        handlers = self._handlers.get(event_type)
        if handlers:
            for handler in tuple(handlers):
                self._call(handler, event, event)
        for signal in (self._signal(event_type), any_event):
            if signal.receivers:
                for receiver in signal.receivers_for(self):
                    self._call(receiver, event, self, event=event)

    def _call(self, handler: Callable[..., Any], about: BaseEvent, *args: Any, **kwargs: Any) -> None:
        """Run one handler; an exception is logged and offered to ``signals.handler_error``."""
        try:
            handler(*args, **kwargs)
        except Exception as exc:
            logger.exception("handler %r raised on %s", handler, type(about).__name__)
            if handler_error.receivers:
                try:
                    handler_error.send(self, event=about, exception=exc, handler=handler)
                except Exception:
                    logger.exception("handler_error receiver raised")

    def __repr__(self) -> str:
        state = "connected" if self.connected else "idle"
        return f"<TikTokLiveClient @{self._unique_id} room={self._room_id} {state}>"


class EventStream:
    """What ``client.events()`` returns: an iterator of events, subscribed from creation.

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
        self._client = client
        self._event_types = event_types
        self._pending: queue.Queue[BaseEvent] = queue.Queue(max_pending)
        self._closed = threading.Event()
        self._deadline = None if timeout is None else time.monotonic() + timeout
        # Exactly the wanted signals, so types nobody wants stay undecoded.
        wanted = {*event_types, DisconnectEvent}
        self._signals = [signal_for(t) for t in wanted] if event_types else [any_event]
        for signal in self._signals:
            signal.connect(self._collect, sender=client)

    def _collect(self, sender: Any, event: BaseEvent) -> None:
        while not self._closed.is_set():  # bounded: wait for the loop, unless it went away
            try:
                self._pending.put(event, timeout=WAIT_SLICE)
                return
            except queue.Full:
                continue

    def __iter__(self) -> EventStream:
        return self

    def __next__(self) -> BaseEvent:
        while not self._closed.is_set():
            remaining = None if self._deadline is None else self._deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            try:
                event = self._pending.get(
                    timeout=WAIT_SLICE if remaining is None else min(WAIT_SLICE, remaining)
                )
            except queue.Empty:
                continue
            if isinstance(event, DisconnectEvent):
                self.close()
                # The run finishes right after its DisconnectEvent; then re-raise its error, if any.
                self._client.wait(STREAM_FINISH_TIMEOUT)
                if DisconnectEvent in self._event_types or not self._event_types:
                    return event
                break
            return event
        self.close()
        raise StopIteration

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


class _RecentIds:
    """The last ``size`` message ids seen, to drop messages TikTok delivers twice."""

    def __init__(self, size: int) -> None:
        self._order: Deque[int] = collections.deque()
        self._ids: Set[int] = set()
        self._size = size

    def seen(self, msg_id: int) -> bool:
        """True if ``msg_id`` was seen before; remembers it otherwise."""
        if msg_id in self._ids:
            return True
        self._ids.add(msg_id)
        self._order.append(msg_id)
        if len(self._order) > self._size:
            self._ids.discard(self._order.popleft())
        return False


@dataclass
class _Ending:
    """Why a run ended (first writer wins)."""

    reason: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def set(self, reason: str) -> None:
        with self.lock:
            self.reason = self.reason or reason


class _Run:
    """The threads and state of one ``start()``: a connection and its reconnects."""

    def __init__(self, client: TikTokLiveClient, options: _StartOptions) -> None:
        self.client = client
        self.options = options
        self.finished = threading.Event()
        self.stopping = threading.Event()
        self.ending = _Ending()
        self.error: Optional[BaseException] = None
        self.connection: Optional[WebcastConnection] = None
        self.cursor = ""
        self.queue: queue.Queue[Any] = queue.Queue(client.max_queue)
        self.threads: List[threading.Thread] = []
        self._recent = _RecentIds(RECENT_IDS)
        self.streaks = GiftStreakTracker(client.gift_streak_timeout)
        self._like_total: Optional[int] = None
        self._next_streak_check = 0.0
        self._failed_methods: Set[str] = set()
        self._warned_overflow = False

    @property
    def connected(self) -> bool:
        connection = self.connection
        return connection is not None and connection.is_open and not self.stopping.is_set()

    def launch(self, connection: WebcastConnection, first: Optional[pb.ProtoMessageFetchResult]) -> None:
        self.connection = connection
        self.cursor = first.cursor if first is not None else ""
        if self.stopping.is_set():  # stop() came while start() was still connecting
            connection.close()
            connection.release()
            self.finished.set()
            return
        client = self.client
        prefix = f"tiktoklive-{client.unique_id}"
        dispatcher, reader, heartbeat = (
            threading.Thread(target=target, name=f"{prefix}-{role}", daemon=True)
            for role, target in (
                ("dispatcher", self._dispatch_loop),
                ("reader", self._read_loop),
                ("heartbeat", self._heartbeat_loop),
            )
        )
        self.threads = [dispatcher, reader, heartbeat]  # registered first: an interrupt loses none
        # The dispatcher runs before anything is queued, so a small queue cannot block us here.
        dispatcher.start()
        self._hand_over(ConnectEvent(client.unique_id, connection.room_id), force=True)
        if first is not None:
            client.stats.frames += 1
            self._hand_over(first, force=True)
        reader.start()
        heartbeat.start()

    def abandon(self) -> None:
        """Undo a start() interrupted part way (Ctrl+C): stop what runs, mark the run over."""
        self.ending.set("stopped")
        self.stopping.set()
        if not self.threads or self.threads[0].ident is None:
            self.finished.set()  # no dispatcher ran, so nobody else marks the end
        elif self.threads[1].ident is None:
            self._hand_over(_END, force=True)  # no reader ran to tell the dispatcher
        self.stop()

    def stop(self) -> None:
        self.ending.set("stopped")
        self.stopping.set()
        connection = self.connection
        if connection is not None:
            connection.close()
        current = threading.current_thread()
        for thread in self.threads:
            if thread is not current and thread.ident is not None:
                thread.join(JOIN_TIMEOUT)

    # -- reader: read, and reconnect ----------------------------------------------------

    def _read_loop(self) -> None:
        try:
            self._supervise()
        except Exception as exc:  # a bug of ours must still end the run cleanly
            logger.exception("reader of @%s failed", self.client.unique_id)
            self.error = exc
            self.ending.set("error")
        finally:
            self.stopping.set()
            if self.connection is not None:
                self.connection.abort()
            self._hand_over(_END, force=True)

    def _supervise(self) -> None:
        """Pump the connection; when it drops, reconnect as the policy says."""
        policy: ReconnectPolicy = self.client.reconnect_policy
        while True:
            assert self.connection is not None
            dropped = self._pump(self.connection)
            if self.stopping.is_set():
                return
            self.connection.abort()
            if dropped is None and not policy.enabled:
                self.ending.set("closed")  # TikTok closed it cleanly and we may not reconnect
                return
            error: BaseException = dropped or WebSocketConnectionError("TikTok closed the connection")
            logger.warning("connection to @%s lost: %s", self.client.unique_id, error)
            if not self._reconnect(policy, error):
                return

    def _pump(self, connection: WebcastConnection) -> Optional[TikTokLiveError]:
        """Read until the connection ends: None when it closed cleanly, else the error."""
        try:
            while not self.stopping.is_set():
                received = connection.receive()
                if received is None:
                    return None
                client = self.client
                client.stats.frames += 1
                if received.result.cursor:
                    self.cursor = received.result.cursor
                if received.result.messages or client._listens(WebsocketResponseEvent):
                    self._hand_over(received.result)
        except TikTokLiveError as exc:
            return exc
        return None

    def _reconnect(self, policy: ReconnectPolicy, error: BaseException) -> bool:
        """Try until connected (True) or the policy gives up or stop() is called (False)."""
        client = self.client
        attempt = 0
        while True:
            attempt += 1
            delay = policy.delay_for(error, attempt)
            if delay is None:
                if isinstance(error, UserOfflineError):
                    logger.info("@%s is no longer live", client.unique_id)
                    self.ending.set("live_ended")
                else:
                    self.error = error
                    self.ending.set("error")
                return False
            self._hand_over(ReconnectingEvent(attempt, delay, error))
            if self.stopping.wait(delay):
                return False
            try:
                connection, first = client._connect(self.options, cursor=self.cursor)
            except TikTokLiveError as exc:
                logger.warning("reconnect %d to @%s failed: %s", attempt, client.unique_id, exc)
                error = exc
                continue
            if self.stopping.is_set():
                connection.close()
                connection.release()
                return False
            previous, self.connection = self.connection, connection
            if previous is not None:
                previous.release()
            client.stats.reconnects += 1
            client.stats.frames += 1
            if first.cursor:
                self.cursor = first.cursor
            logger.info("reconnected to @%s after %d attempt(s)", client.unique_id, attempt)
            self._hand_over(ConnectEvent(client.unique_id, connection.room_id))
            self._hand_over(first)
            return True

    def _hand_over(self, item: Any, force: bool = False) -> None:
        """Queue ``item`` for the dispatcher, by the client's overflow rule."""
        if self.client.overflow == "drop" and not force and not isinstance(item, BaseEvent):
            try:
                self.queue.put_nowait(item)
            except queue.Full:
                self.client.stats.overflow_dropped += 1
                if not self._warned_overflow:
                    self._warned_overflow = True
                    logger.warning(
                        "handlers of @%s fall behind: the queue of %d is full, dropping new "
                        "messages (counted in stats.overflow_dropped)",
                        self.client.unique_id,
                        self.client.max_queue,
                    )
            return
        while True:
            try:
                self.queue.put(item, timeout=WAIT_SLICE)
                return
            except queue.Full:
                if self.stopping.is_set() and not force:
                    return

    # -- heartbeat ----------------------------------------------------------------------

    def _heartbeat_loop(self) -> None:
        connection = self.connection
        assert connection is not None
        while not self.stopping.wait(connection.heartbeat_interval):
            connection = self.connection or connection
            try:
                connection.send_heartbeat()
            except TikTokLiveError as exc:
                logger.debug("heartbeat not sent: %s", exc)  # the reader sees the drop

    # -- dispatcher ---------------------------------------------------------------------

    def _dispatch_loop(self) -> None:
        emit = self.client._emit
        try:
            while True:
                try:
                    item = self.queue.get(timeout=self._until_streak_deadline())
                except queue.Empty:
                    self._expire_streaks()
                    continue
                if item is _END:
                    break
                if self.ending.reason == "stopped" and not isinstance(item, ConnectEvent):
                    continue  # the user stopped: drop what was not delivered yet
                if isinstance(item, BaseEvent):
                    emit(item)
                else:
                    self._dispatch_result(item)
                if self.streaks.pending and time.monotonic() >= self._next_streak_check:
                    self._expire_streaks()  # a busy stream never lets the queue wait time out
        except Exception as exc:  # a bug of ours must still end the run cleanly
            logger.exception("dispatcher of @%s failed", self.client.unique_id)
            self.error = exc
            self.ending.set("error")
            self.stopping.set()
            if self.connection is not None:
                self.connection.abort()
        finally:
            self._finish()

    def _dispatch_result(self, result: pb.ProtoMessageFetchResult) -> None:
        client = self.client
        stats = client.stats
        if client._listens(WebsocketResponseEvent):
            client._emit(WebsocketResponseEvent(result))
        # Who listens is decided once per batch and message type: a handler registered while
        # a batch is dispatched gets events from the next batch on.
        wanted: Dict[str, bool] = {}
        for message in result.messages:
            stats.messages += 1
            if message.msg_id and self._recent.seen(message.msg_id):
                stats.duplicates += 1
                continue
            method = message.method
            decode = wanted.get(method)
            if decode is None:
                decode = wanted[method] = self._wanted(method)
            if not decode:
                stats.skipped += 1
                continue
            for event in self._decode(message):
                if isinstance(event, LikeEvent):
                    event.previous_total = self._like_total
                    self._like_total = max(self._like_total or 0, event.total)
                client._emit(event)
                if isinstance(event, GiftEvent):
                    streak = self.streaks.feed(event)
                    if streak is not None:
                        client._emit(streak)
                if isinstance(event, LiveEndEvent):
                    logger.info("@%s ended the live", self.client.unique_id)
                    self.ending.set("live_ended")
                    self.stopping.set()
                    if self.connection is not None:
                        self.connection.close()
                    return

    def _wanted(self, method: str) -> bool:
        """Whether anything listens to the events a message of ``method`` becomes.

        Messages nobody listens to are not parsed at all. Control messages always are (a
        live end must stop the client); gifts are when streaks are listened to.
        """
        family = EVENT_FAMILIES.get(canonical_method(method))
        if family is None:
            return True  # UnknownEvent costs no parsing
        listens = self.client._listens
        if family[0] is ControlEvent or any(listens(cls) for cls in family):
            return True
        return family[0] is GiftEvent and listens(GiftStreakEvent)

    def _decode(self, message: pb.BaseProtoMessage) -> List[BaseEvent]:
        try:
            events = events_from_message(message.method, message.payload)
        except DecodeError:
            self.client.stats.decode_failures += 1
            if message.method not in self._failed_methods:
                self._failed_methods.add(message.method)
                logger.warning(
                    "cannot decode %s (%d bytes, starts %s); delivering it as UnknownEvent",
                    message.method,
                    len(message.payload),
                    message.payload[:16].hex(),
                )
            return [UnknownEvent(message.method, message.payload)]
        if type(events[0]) is UnknownEvent:
            self.client.stats.unknown += 1
        return events

    def _until_streak_deadline(self) -> Optional[float]:
        deadline = self.streaks.next_deadline()
        return None if deadline is None else max(0.0, deadline - time.monotonic())

    def _expire_streaks(self) -> None:
        self._next_streak_check = time.monotonic() + STREAK_CHECK_INTERVAL
        for streak in self.streaks.expire():
            self.client._emit(streak)

    def _finish(self) -> None:
        current = threading.current_thread()
        for thread in self.threads:
            if thread is not current and thread.ident is not None:
                thread.join(JOIN_TIMEOUT)
        if self.connection is not None:
            self.connection.release()
        self.ending.set("error" if self.error is not None else "closed")
        for streak in self.streaks.flush():
            self.client._emit(streak)
        self.client._emit(DisconnectEvent(self.ending.reason, self.error))
        self.client._stop_recording()
        self.finished.set()


def _profile_from(profile: Optional[BrowserProfile], user_agent: Optional[str]) -> BrowserProfile:
    """The client's browser profile: ``profile``, with ``user_agent`` applied when given."""
    if profile is None:
        return BrowserProfile(user_agent=user_agent) if user_agent else BrowserProfile()
    return dataclasses.replace(profile, user_agent=user_agent) if user_agent else profile


def _wait_event(event: threading.Event, timeout: Optional[float]) -> bool:
    """``event.wait(timeout)`` in short slices, so KeyboardInterrupt arrives promptly."""
    deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
    while True:
        slice_ = WAIT_SLICE if deadline is None else min(WAIT_SLICE, deadline - time.monotonic())
        if event.wait(max(0.0, slice_)):
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False
