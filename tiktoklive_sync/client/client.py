"""TikTokLiveClient: a blocking client whose websocket runs on background threads.

``start()`` does the HTTP steps and the websocket handshake in the caller's thread (so a bad
handle or a rate limit raises right there), then hands the connection to a
:class:`~tiktoklive_sync.client.run.Run`, whose threads read, heartbeat and dispatch. Errors
that end the connection are stored and re-raised by ``wait()``/``run()`` in the caller's
thread, the way ``concurrent.futures.Future.result()`` does.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import logging
import os
import random
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypedDict,
    TypeVar,
    Union,
    overload,
)

from ..budget import SignBudget
from ..errors import (
    AlreadyConnectedError,
    SignatureRateLimitError,
    TikTokLiveError,
    UserNotFoundError,
    UserOfflineError,
)
from ..events import BaseEvent, DisconnectEvent, LivePauseEvent, LiveUnpauseEvent
from ..live_checks import LiveCheckBatcher
from ..profile import BrowserProfile
from ..proto import webcast_pb2 as pb
from ..reconnect import ReconnectPolicy, policy_from
from ..recording import RecordingWriter
from ..runtime import SharedRuntime
from ..signals import any_event, handler_error, signal_for
from ..stats import ClientStats
from ..video import VideoRecording, pick_stream_url
from ..web import (
    DEFAULT_DEADLINE,
    DEFAULT_SIGN_URL,
    DEFAULT_TIMEOUT,
    WebClient,
    normalize_unique_id,
)
from ..ws import ProxySettings, WebcastConnection, build_websocket_url, proxy_url
from .logger import get_logger, logging_configured
from .run import WAIT_SLICE, ConnectAborted, Run
from .stream import EventStream
from .web.web_settings import WebDefaults

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["ClientStats", "EventStream", "StartOptions", "TikTokLiveClient"]

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=BaseEvent)
Handler = Callable[[Any], Any]

OVERFLOW_MODES = ("block", "drop")
#: Where handlers run: the client's dispatcher thread, or its reader (faster; see the docs).
DISPATCH_MODES = ("thread", "inline")


@dataclasses.dataclass(frozen=True)
class _Settings:
    """What the constructor was told, read by every start() and never changed after."""

    reconnect_policy: ReconnectPolicy
    stall_after: Optional[float]
    max_queue: int
    overflow: str
    gift_streak_timeout: float
    inline: bool
    #: From ``ws_kwargs``: extra websocket query parameters and headers, subprotocols.
    ws_params: Mapping[str, str]
    ws_headers: Mapping[str, str]
    ws_subprotocols: Optional[Sequence[str]]


#: What ``ws_kwargs`` may hold (TikTokLive's names); the rest of TikTokLive's websocket
#: options belong to its websocket library and have no meaning here.
WS_KWARGS = ("proxy", "base_uri_params", "extra_headers", "subprotocols")


class StartOptions(TypedDict, total=False):
    """The keyword arguments of ``start()``, also taken by ``run()``, ``connect()`` and
    ``events()``."""

    fetch_room_info: bool
    fetch_gift_info: bool
    fetch_live_check: bool
    room_id: Union[int, str, None]
    process_connect_events: bool
    compress_ws_events: bool
    authenticate_ws: bool
    platform: str
    record_to: Union[str, Path, None]
    resume_from: str


@dataclasses.dataclass(frozen=True)
class _Options:
    """``start()``'s options as the connection steps read them."""

    fetch_live_check: bool
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
    * ``http_timeout``: seconds to connect and for each read of an HTTP call, or a
      ``(connect, read)`` pair; ``http_deadline``: seconds a whole HTTP call may take
      (answer included, however slowly it trickles; default 30).
    * ``web_proxy`` / ``ws_proxy``: a proxy for the HTTP calls / the websocket only, as
      TikTokLive takes them (a URL, or an object with ``.url`` and ``.auth`` such as an
      ``httpx.Proxy``); ``web_kwargs``: extra ``headers``, ``params`` and ``cookies`` for
      every call to TikTok (on top of ``WebDefaults``); ``ws_kwargs``: ``base_uri_params``
      (extra query parameters of the websocket URL, after ``WebDefaults.ws_client_params``;
      the sign server's signed parameters still win), ``extra_headers`` (extra handshake
      headers), ``subprotocols`` and ``proxy`` (as ``ws_proxy``).
    * ``proxy``: one proxy for everything (TikTok, the sign server, the websocket):
      ``http://[user:password@]host:port``, ``socks5://...`` or ``socks5h://...`` (SOCKS
      needs ``pip install 'tiktoklive_sync[socks]'``). Passwords never reach the logs.
    * ``gift_streak_timeout``: seconds of silence after which an unfinished gift streak is
      reported as finished (:class:`~tiktoklive_sync.streaks.GiftStreakEvent`).

    Many clients in one process:

    * ``runtime``: a :class:`~tiktoklive_sync.runtime.SharedRuntime` whose scheduler sends
      this client's heartbeats and whose pool runs its handlers (in order), so the client
      has one thread of its own (its reader) instead of three.
    * ``dispatch``: ``"thread"`` (the default: handlers run on the client's dispatcher
      thread, so a slow handler never delays reading or acks) or ``"inline"`` (the reader
      runs them right after each frame: no hand-over between threads, about a third more
      events a second end to end, but a slow handler delays reading and acks, and
      ``max_queue``/``overflow`` do not apply).
    * ``sign_budget``: a :class:`~tiktoklive_sync.budget.SignBudget` shared by the clients
      of one sign-server key: signatures spread over its per-minute budget, a 429 pauses
      them all, reconnects go first.
    * ``live_checks``: a :class:`~tiktoklive_sync.live_checks.LiveCheckBatcher` shared by
      many clients: their live checks (before every connect and reconnect) go to TikTok
      together, in its batched call.
    """

    def __init__(
        self,
        unique_id: str,
        *,
        app_url: Optional[str] = None,
        webcast_url: Optional[str] = None,
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
        http_deadline: float = DEFAULT_DEADLINE,
        gift_streak_timeout: float = 10.0,
        proxy: Optional[str] = None,
        web_proxy: Any = None,
        ws_proxy: Any = None,
        web_kwargs: Optional[Dict[str, Any]] = None,
        ws_kwargs: Optional[Dict[str, Any]] = None,
        runtime: Optional[SharedRuntime] = None,
        sign_budget: Optional[SignBudget] = None,
        live_checks: Optional[LiveCheckBatcher] = None,
        dispatch: str = "thread",
    ) -> None:
        self._unique_id = normalize_unique_id(unique_id)
        if dispatch not in DISPATCH_MODES:
            raise ValueError(f"dispatch must be one of {DISPATCH_MODES}, not {dispatch!r}")
        if dispatch == "inline" and runtime is not None:
            raise ValueError(
                "dispatch='inline' runs handlers on the client's reader, a runtime on its shared "
                "pool: choose one"
            )
        if overflow not in OVERFLOW_MODES:
            raise ValueError(f"overflow must be one of {OVERFLOW_MODES}, not {overflow!r}")
        if max_queue < 1:
            raise ValueError("max_queue must be at least 1")
        if stall_after is not None and stall_after <= 0:
            raise ValueError("stall_after must be positive (or None to turn the watchdog off)")
        timeout = http_timeout if isinstance(http_timeout, tuple) else (http_timeout, http_timeout)
        ws_extra = dict(ws_kwargs or {})
        unknown_ws = set(ws_extra) - set(WS_KWARGS)
        if unknown_ws:
            raise TypeError(
                f"ws_kwargs takes {', '.join(WS_KWARGS)}, not {sorted(unknown_ws)} (options of "
                "TikTokLive's websocket library, such as ping_interval, have no meaning here)"
            )
        web_proxy_url = proxy_url(web_proxy) or proxy
        ws_proxy_url = proxy_url(ws_proxy) or proxy_url(ws_extra.get("proxy")) or proxy
        if web_proxy_url:
            ProxySettings.from_url(web_proxy_url)  # the same checks and clear errors for both
        self._proxy = ProxySettings.from_url(ws_proxy_url) if ws_proxy_url else None
        extra = dict(web_kwargs or {})
        unknown = set(extra) - {"headers", "params", "cookies"}
        if unknown:
            raise TypeError(f"web_kwargs takes headers, params and cookies, not {sorted(unknown)}")
        self._web = WebClient(
            app_url=app_url or WebDefaults.tiktok_app_url,
            webcast_url=webcast_url or WebDefaults.tiktok_webcast_url,
            sign_url=sign_url
            or WebDefaults.tiktok_sign_url
            or os.environ.get("SIGN_API_URL")
            or DEFAULT_SIGN_URL,
            sign_api_key=sign_api_key
            or WebDefaults.tiktok_sign_api_key
            or os.environ.get("SIGN_API_KEY")
            or None,
            profile=_profile_from(profile, user_agent),
            timeout=timeout,
            proxy=web_proxy_url,
            sign_route=sign_route,
            deadline=http_deadline,
            headers={**WebDefaults.web_client_headers, **extra.get("headers", {})},
            params={**WebDefaults.web_client_params, **extra.get("params", {})},
            cookies={**WebDefaults.web_client_cookies, **extra.get("cookies", {})},
        )
        #: The round-trip time (ms) this client reports in the websocket URL, as browsers do.
        self._last_rtt = random.randint(100, 200)
        if session_id:
            self._web.set_session(session_id, tt_target_idc)
        self._settings = _Settings(
            reconnect_policy=policy_from(reconnect),
            stall_after=stall_after,
            max_queue=max_queue,
            overflow=overflow,
            gift_streak_timeout=gift_streak_timeout,
            inline=dispatch == "inline",
            ws_params={**WebDefaults.ws_client_params, **_strings(ws_extra.get("base_uri_params"))},
            ws_headers=_strings(ws_extra.get("extra_headers")),
            ws_subprotocols=list(ws_extra["subprotocols"]) if ws_extra.get("subprotocols") else None,
        )
        self._runtime = runtime
        self._sign_budget = sign_budget
        self._live_checks = live_checks
        self.stats = ClientStats()
        self._handlers: Dict[Type[BaseEvent], List[Handler]] = {}
        self._signals: Dict[Type[BaseEvent], Any] = {}
        self._lock = threading.Lock()
        self._room_id: Optional[int] = None
        self.room_info: Optional[Dict[str, Any]] = None
        self.gift_info: Optional[Dict[str, Any]] = None
        self._run: Optional[Run] = None
        self._videos: List[VideoRecording] = []
        #: Set by stop() to end a wait_until_live() in another thread.
        self._waiting_for_live = threading.Event()

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
    def cursor(self) -> str:
        """Where the current (or last) connection is in the room's stream: give it to
        ``start(resume_from=...)`` to carry on from there ("" before any connection)."""
        run = self._run
        return run.cursor if run is not None else ""

    @property
    def proxy(self) -> Optional[ProxySettings]:
        """The websocket's proxy (read-only; its repr hides the password)."""
        return self._proxy

    @property
    def logger(self) -> logging.Logger:
        """The package's logger, as TikTokLive's ``client.logger``:
        ``client.logger.setLevel(LogLevel.INFO.value)`` shows the INFO lines on stderr
        (see :mod:`tiktoklive_sync.client.logger`)."""
        return get_logger()

    @property
    def reconnect_policy(self) -> ReconnectPolicy:
        """How the client reconnects (read-only: set it with ``reconnect=``)."""
        return self._settings.reconnect_policy

    @property
    def stall_after(self) -> Optional[float]:
        """Heartbeat intervals without a whole message before the connection counts as dead."""
        return self._settings.stall_after

    @property
    def max_queue(self) -> int:
        """How many fetch results may wait for the handlers."""
        return self._settings.max_queue

    @property
    def overflow(self) -> str:
        """``"block"`` or ``"drop"``: what happens when ``max_queue`` results wait."""
        return self._settings.overflow

    @property
    def gift_streak_timeout(self) -> float:
        """Seconds of silence after which an unfinished gift streak is reported as finished."""
        return self._settings.gift_streak_timeout

    @property
    def heartbeat_interval(self) -> Optional[float]:
        """Seconds between heartbeats on the current connection (None when not connected):
        what TikTok asked for, clamped to a sane range."""
        run = self._run
        connection = run.connection if run is not None and run.connected else None
        return connection.heartbeat_interval if connection is not None else None

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
        handler is held strongly, so closures and lambdas work. A handler that cannot take
        one event (a wrong signature) is a TypeError here, not a failure per event later. An
        ``async def`` handler (as in a half-ported TikTokLive bot) is run to completion on the
        dispatcher thread.
        """
        signal_for(event_type)  # validates event_type

        def register(function: Callable[[E], Any]) -> Callable[[E], Any]:
            _check_handler(function, event_type)
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
        """Whether anything would receive an event of ``event_type`` from this client."""
        return bool(
            self._handlers.get(event_type)
            or self._signal(event_type).has_receivers_for(self)
            or any_event.has_receivers_for(self)
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
        resume_from: str = "",
    ) -> None:
        """Connect, and return once the websocket is open and the room entered.

        ``authenticate_ws`` signs the websocket with the client's session (the session id
        then goes to the sign server); ``platform`` is ``"web"`` or ``"mobile"`` (needs
        ``authenticate_ws``). ``record_to`` appends every frame received to a recording file
        (see :mod:`tiktoklive_sync.recording`) until the connection ends, reconnects
        included. ``resume_from`` is a cursor (:attr:`cursor` of an earlier connection, perhaps
        of another process): TikTok then sends what came after it, as on a reconnect.

        Every documented error of connecting is raised here, in the calling thread (the
        first connect is not retried: a wrong name or a rate limit should show at once).
        Events are then delivered on the client's dispatcher thread. A ``stop()`` from
        another thread while this connects makes it return without connecting (a
        DisconnectEvent with reason ``"stopped"`` says so).
        """
        options = _Options(
            fetch_live_check=fetch_live_check,
            compress_ws_events=compress_ws_events,
            authenticate_ws=authenticate_ws,
            platform=platform,
        )
        with self._lock:
            previous = self._run
            if previous is not None and not previous.finished.is_set() and not previous.stopping.is_set():
                raise AlreadyConnectedError(f"already connected (or connecting) to @{self._unique_id}")
            run = self._run = Run(
                unique_id=self._unique_id,
                connect=lambda cursor, stopping: self._open_connection(options, cursor, stopping),
                emit=self._emit,
                listens=self._listens,
                stats=self.stats,
                policy=self._settings.reconnect_policy,
                max_queue=self._settings.max_queue,
                overflow=self._settings.overflow,
                gift_streak_timeout=self._settings.gift_streak_timeout,
                runtime=self._runtime,
                inline=self._settings.inline,
            )
        connection: Optional[WebcastConnection] = None
        try:
            room = self._room_id = int(room_id) if room_id is not None else self.fetch_room_id()
            if fetch_room_info and not run.stopping.is_set():
                self.fetch_room_info(room)
            if fetch_gift_info and not run.stopping.is_set():
                self.fetch_gift_list()
            if run.stopping.is_set():
                raise ConnectAborted
            if record_to is not None:
                run.recorder = RecordingWriter(record_to, unique_id=self._unique_id, room_id=room)
            connection, first = run.open_connection(resume_from)
            run.launch(connection, first if process_connect_events else None)
        except ConnectAborted:
            run.abandon()
        except BaseException as exc:  # including Ctrl+C half way: leave nothing open behind
            run.abandon(exc)
            if connection is not None:
                connection.abort()
                connection.release()
            raise

    def _open_connection(
        self, options: _Options, cursor: str, stopping: threading.Event
    ) -> Tuple[WebcastConnection, pb.ProtoMessageFetchResult]:
        """Live check, sign, open the websocket and enter the room (resuming at ``cursor``);
        ConnectAborted between the steps once ``stopping`` is set."""
        assert self._room_id is not None
        if options.fetch_live_check and not self._check_live(self._room_id):
            raise UserOfflineError(f"@{self._unique_id} is not live right now")
        budget = self._sign_budget
        if stopping.is_set() or (
            budget is not None and not budget.acquire(reconnect=bool(cursor), stopping=stopping)
        ):
            raise ConnectAborted
        try:
            signed = self._web.fetch_signed(
                self._room_id,
                cursor=cursor,
                authenticate_ws=options.authenticate_ws,
                platform=options.platform,
            )
        except SignatureRateLimitError as exc:
            if budget is not None:
                budget.pause(exc.retry_after)
            raise
        if stopping.is_set():
            raise ConnectAborted
        url = build_websocket_url(
            signed.result,
            self._room_id,
            profile=self._web.profile,
            last_rtt=self._last_rtt,
            compress=options.compress_ws_events,
            extra_params=self._settings.ws_params,
        )
        connection = WebcastConnection.open(
            url,
            room_id=self._room_id,
            cookies=self._web.websocket_cookies(signed, authenticated=options.authenticate_ws),
            user_agent=self._web.user_agent,
            fetch_result=signed.result,
            stall_after=self._settings.stall_after,
            proxy=self._proxy,
            timeout=self._web.timeout[1],  # the handshake's reads, as the HTTP calls' reads
            headers=self._settings.ws_headers,
            subprotocols=self._settings.ws_subprotocols,
        )
        return connection, signed.result

    def _check_live(self, room_id: int) -> bool:
        """TikTok's live check: batched with other clients' when they share ``live_checks``."""
        checks = self._live_checks
        return checks.is_live(room_id) if checks is not None else self._web.fetch_is_live(room_id)

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the connection has ended; True if it has, False on timeout.

        Re-raises, in this thread, the error that ended the connection, if one did.
        Returns True at once when the client was never started. Raises RuntimeError when
        called from a handler (the handler runs on the thread it would wait for).
        """
        run = self._run
        if run is None:
            return True
        if run.on_own_thread():
            raise RuntimeError(
                "wait() was called from a handler, which runs on the client's own thread and "
                "would wait for itself; call client.stop() there, or wait from another thread"
            )
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
        **start_options: Unpack[StartOptions],
    ) -> EventStream:
        """Iterate over events in the calling thread, for scripts and notebooks::

            for event in client.events(CommentEvent, GiftEvent, timeout=60):
                print(event)

        Yields events of the given classes (all events when none are given), from the
        moment ``events()`` is called, until the connection ends or ``timeout`` seconds have
        passed. Starts the client first if it is not running (``start_options`` go to
        ``start()``). At most ``max_pending`` events wait for the loop; beyond that the
        stream drops the newest (counted in ``stream.dropped``, one warning), so a stream
        that is kept but not iterated never holds the client back. When the connection
        ended with an error, the loop raises it. Leaving the loop early leaves the client
        running (``stop()`` stops it).
        """
        stream = EventStream(self, event_types, timeout, max_pending)
        try:
            if self._run is None or self._run.finished.is_set():
                self.start(**start_options)
        except BaseException:
            stream.close()
            raise
        return stream

    def run(
        self, *, wait_for_live: bool = False, live_poll: float = 30.0, **start_options: Unpack[StartOptions]
    ) -> None:
        """``start()`` then ``wait()``; Ctrl+C stops the client and re-raises KeyboardInterrupt.

        ``wait_for_live=True`` first waits until the creator goes live (see
        :meth:`wait_until_live`, polling every ``live_poll`` seconds); a ``stop()`` meanwhile
        makes ``run()`` return without connecting.
        """
        try:
            if wait_for_live and not self.wait_until_live(poll=live_poll):
                return
            self.start(**start_options)
            self.wait()
        except KeyboardInterrupt:
            self.stop()
            raise

    def wait_until_live(self, timeout: Optional[float] = None, poll: float = 30.0) -> bool:
        """Block until the creator is live: True then, False when ``timeout`` seconds passed
        or ``stop()`` was called first.

        Checks every ``poll`` seconds (with 10% jitter, so many clients do not poll in step).
        UserNotFoundError is raised at once; other TikTok errors (a captcha page, a timeout)
        are logged and the next check tries again. Ctrl+C interrupts it.
        """
        if poll <= 0:
            raise ValueError("poll must be positive")
        self._waiting_for_live.clear()
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                if self.is_live():
                    return True
            except UserNotFoundError:
                raise
            except TikTokLiveError as exc:
                logger.warning(
                    "could not tell whether @%s is live (%s); checking again", self._unique_id, exc
                )
            pause = poll * random.uniform(0.9, 1.1)
            if deadline is not None:
                pause = min(pause, deadline - time.monotonic())
                if pause <= 0:
                    return False
            if _wait_event(self._waiting_for_live, pause):
                return False  # stop() was called

    def stop(self) -> None:
        """Disconnect (or end a ``wait_until_live()``). Idempotent, and safe from any thread,
        including inside a handler. Video recordings stop too; this returns once their
        files are complete (an MP4's remux included)."""
        self._waiting_for_live.set()
        self._stop_videos()
        run = self._run
        if run is not None:
            run.stop()
        for video in list(self._videos):
            video.join()

    def connect(self, **start_options: Unpack[StartOptions]) -> None:
        """Connect and block until the connection is over, as TikTokLive's
        ``await client.connect()`` does (``start()`` returns once connected instead).
        The same as :meth:`run`."""
        self.run(**start_options)

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

    def record_video(
        self,
        output: Union[str, Path],
        quality: str = "hd",
        *,
        segment_seconds: Optional[float] = None,
        segment_bytes: Optional[int] = None,
    ) -> VideoRecording:
        """Record the live video to ``output`` (``.flv`` as it arrives, or ``.mp4`` remuxed
        when it ends; see :mod:`tiktoklive_sync.video`). Returns at once; the recording stops
        by itself when the connection ends, or with its ``stop()``.

        ``quality`` is ``"uhd"``, ``"hd"``, ``"sd"`` or ``"ld"``; the best offered is taken
        when that one is not. The pull URLs come from the room info (fetched when missing).
        ``segment_seconds`` starts a new numbered file at the first keyframe after that long,
        ``segment_bytes`` at the first keyframe after the file reached that size.
        """
        room_info = self.room_info or self.fetch_room_info()
        url, chosen = pick_stream_url(room_info, quality)
        recording = VideoRecording(
            self._web,
            url,
            output,
            quality=chosen,
            name=self._unique_id,
            segment_seconds=segment_seconds,
            segment_bytes=segment_bytes,
        )
        logger.info("recording @%s's video (%s) to %s", self._unique_id, chosen, recording.output)
        with self._lock:
            self._videos = [video for video in self._videos if video.is_recording] + [recording]
        if self._stop_videos not in self._handlers.get(DisconnectEvent, []):
            self.on(DisconnectEvent, self._stop_videos)
            self.on(LivePauseEvent, self._pause_videos)
            self.on(LiveUnpauseEvent, self._pause_videos)
        return recording.start()

    def _stop_videos(self, event: Optional[DisconnectEvent] = None) -> None:
        for video in list(self._videos):
            video.stop()

    def _pause_videos(self, event: BaseEvent) -> None:
        """Follow the creator's pauses: a recording waits out a paused, silent stream."""
        for video in list(self._videos):
            if isinstance(event, LivePauseEvent):
                video.paused.set()
            else:
                video.paused.clear()

    def get_avatar_url(self, unique_id: Optional[str] = None) -> Optional[str]:
        """The avatar URL on the profile page of ``unique_id`` (default: this creator);
        ``client.web.fetch_image_data(url)`` downloads it."""
        handle = normalize_unique_id(unique_id) if unique_id else self._unique_id
        return self._web.fetch_avatar_url(handle)

    def is_live(self, unique_id: Optional[str] = None) -> bool:
        """Whether ``unique_id`` (default: this client's creator) is live now."""
        handle = normalize_unique_id(unique_id) if unique_id else self._unique_id
        try:
            room_id = self._web.fetch_room_id(handle)
        except UserOfflineError:
            return False
        return self._check_live(room_id)

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
        """Run one handler (awaiting it when it is a coroutine function). An exception is
        logged — printed to stderr with its traceback when the application configured no
        logging, as ``threading.excepthook`` would — and offered to ``signals.handler_error``."""
        try:
            result = handler(*args, **kwargs)
            if inspect.iscoroutine(result):
                asyncio.run(result)
        except Exception as exc:
            _report_handler_error(handler, about, self._unique_id)
            if handler_error.receivers:
                try:
                    handler_error.send(self, event=about, exception=exc, handler=handler)
                except Exception:
                    logger.exception("handler_error receiver raised")

    def __repr__(self) -> str:
        state = "connected" if self.connected else "idle"
        return f"<TikTokLiveClient @{self._unique_id} room={self._room_id} {state}>"


def _check_handler(function: Any, event_type: Type[BaseEvent]) -> None:
    """TypeError unless ``function`` can be called with one event."""
    if not callable(function):
        raise TypeError(f"handler must be callable, got {function!r}")
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return  # no signature to check (some builtins): trust it
    try:
        signature.bind(object())
    except TypeError:
        raise TypeError(
            f"handler {getattr(function, '__qualname__', function)!r}{signature} cannot take one "
            f"{event_type.__name__} argument: write it as def handler(event): ..."
        ) from None


def _report_handler_error(handler: Any, about: BaseEvent, unique_id: str) -> None:
    """Make a handler's exception visible: logged, or printed when nothing would show a log."""
    name = getattr(handler, "__qualname__", repr(handler))
    if logging_configured(logger):
        logger.exception("handler %s of @%s raised on %s", name, unique_id, type(about).__name__)
        return
    sys.stderr.write(f"Exception in handler {name} of @{unique_id} on {type(about).__name__}:\n")
    traceback.print_exc(file=sys.stderr)


def _profile_from(profile: Optional[BrowserProfile], user_agent: Optional[str]) -> BrowserProfile:
    """The client's browser profile: ``profile``, with ``user_agent`` applied when given."""
    if profile is None:
        return BrowserProfile(user_agent=user_agent) if user_agent else BrowserProfile()
    return dataclasses.replace(profile, user_agent=user_agent) if user_agent else profile


def _strings(mapping: Optional[Mapping[str, Any]]) -> Dict[str, str]:
    """``mapping`` with its keys and values as strings (query parameters, headers)."""
    return {str(key): str(value) for key, value in (mapping or {}).items()}


def _wait_event(event: threading.Event, timeout: Optional[float]) -> bool:
    """``event.wait(timeout)`` in short slices, so KeyboardInterrupt arrives promptly."""
    deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
    while True:
        slice_ = WAIT_SLICE if deadline is None else min(WAIT_SLICE, deadline - time.monotonic())
        if event.wait(max(0.0, slice_)):
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False
