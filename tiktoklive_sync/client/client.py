"""TikTokLiveClient: a blocking client whose websocket runs on background threads.

``start()`` does the HTTP steps and the websocket handshake in the caller's thread (so a bad
handle or a rate limit raises right there), then hands the connection to a
:class:`~tiktoklive_sync.client.run.Run`, whose threads read, heartbeat and dispatch. Errors
that end the connection are stored and re-raised by ``wait()``/``run()`` in the caller's
thread, the way ``concurrent.futures.Future.result()`` does.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
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
    Optional,
    Type,
    TypedDict,
    TypeVar,
    Union,
    overload,
)

from .._checks import check_number
from .._config import ClientConfig
from .._run.connect import ConnectAborted, ConnectOptions, Connector
from .._run.run import Lifecycle, Run
from .._run.waiting import wait_event
from .._transport.proxy import ProxySettings
from .._transport.push import WebcastConnection
from ..doctor import Diagnosis, diagnose
from ..errors import AlreadyConnectedError, TikTokLiveError, UserNotFoundError, UserOfflineError
from ..events import BaseEvent
from ..media.video import ChatOption, VideoRecording, pick_stream_url
from ..reconnect import ReconnectPolicy
from ..record_replay import RecordingWriter
from ..sign.rotation import SignServerHealth
from ..signals import any_event, handler_error, signal_for
from ..stats import ClientStats
from ..tiktok_api import normalize_unique_id
from .logger import get_logger, logging_configured
from .stream import EventStream
from .web import WebClient

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._config import ClientOptions
    from ..notebook import LiveView

__all__ = ["ClientStats", "EventStream", "StartOptions", "TikTokLiveClient"]

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=BaseEvent)
Handler = Callable[[Any], Any]


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

    In tests, ``raise_handler_errors=True`` makes a handler's exception fail the run: the
    first one (still printed or logged, and counted in ``stats.handler_errors`` as always)
    stops the client, and ``wait()`` / ``run()`` re-raise it in the caller's thread.
    """

    def __init__(self, unique_id: str, **options: Unpack[ClientOptions]) -> None:
        self._unique_id = normalize_unique_id(unique_id)
        #: Everything the constructor was told, checked (see tiktoklive_sync._config).
        self.config = ClientConfig.from_options(**options)
        self._web = WebClient.from_config(self.config)
        self._connector = Connector(
            self._web,
            self.config,
            self._unique_id,
            is_live=self._check_live,
            look_up_room=self.fetch_room_id,
            on_room_id=self._set_room_id,
        )
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
        #: With raise_handler_errors, the first exception a handler raised in this run.
        self._handler_failure: Optional[BaseException] = None
        get_logger()  # the stderr fallback for the library's log lines, when nothing shows them

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
        return self.config.ws_proxy

    @property
    def logger(self) -> logging.Logger:
        """The package's logger, as TikTokLive's ``client.logger``:
        ``client.logger.setLevel(LogLevel.INFO.value)`` shows the INFO lines on stderr
        (see :mod:`tiktoklive_sync.client.logger`)."""
        return get_logger()

    @property
    def reconnect_policy(self) -> ReconnectPolicy:
        """How the client reconnects (read-only: set it with ``reconnect=``)."""
        return self.config.reconnect_policy

    @property
    def stall_after(self) -> Optional[float]:
        """Heartbeat intervals without a whole message before the connection counts as dead."""
        return self.config.stall_after

    @property
    def max_queue(self) -> int:
        """How many fetch results may wait for the handlers."""
        return self.config.max_queue

    @property
    def overflow(self) -> str:
        """``"block"`` or ``"drop"``: what happens when ``max_queue`` results wait."""
        return self.config.overflow

    @property
    def gift_streak_timeout(self) -> float:
        """Seconds of silence after which an unfinished gift streak is reported as finished."""
        return self.config.gift_streak_timeout

    @property
    def heartbeat_interval(self) -> Optional[float]:
        """Seconds between heartbeats on the current connection (None when not connected):
        what TikTok asked for, clamped to a sane range."""
        run = self._run
        connection = run.connection if run is not None and run.connected else None
        return connection.heartbeat_interval if connection is not None else None

    @property
    def sign_servers(self) -> List[SignServerHealth]:
        """Each sign server's health, in order of preference: ``state`` ok / down / rate
        limited, ``until`` (unix time it is skipped until), ``last_error``."""
        return self._web.sign.health()

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
        (see :mod:`tiktoklive_sync.record_replay`) until the connection ends, reconnects
        included. ``resume_from`` is a cursor (:attr:`cursor` of an earlier connection, perhaps
        of another process): TikTok then sends what came after it, as on a reconnect.

        Every documented error of connecting is raised here, in the calling thread (the
        first connect is not retried: a wrong name or a rate limit should show at once).
        Events are then delivered on the client's dispatcher thread. A ``stop()`` from
        another thread while this connects makes it return without connecting (a
        DisconnectEvent with reason ``"stopped"`` says so).
        """
        options = ConnectOptions(
            fetch_live_check=fetch_live_check,
            compress_ws_events=compress_ws_events,
            authenticate_ws=authenticate_ws,
            platform=platform,
        )
        config = self.config
        runtime = config.runtime
        with self._lock:
            previous = self._run
            if previous is not None and not previous.finished.is_set() and not previous.stopping.is_set():
                raise AlreadyConnectedError(f"already connected (or connecting) to @{self._unique_id}")
            self._handler_failure = None
            run = self._run = Run(
                unique_id=self._unique_id,
                connect=lambda cursor, stopping: self._connector.connect(
                    self._room_id_now(), options, cursor, stopping
                ),
                emit=self._emit,
                listens=self._listens,
                stats=self.stats,
                policy=config.reconnect_policy,
                max_queue=config.max_queue,
                overflow=config.overflow,
                gift_streak_timeout=config.gift_streak_timeout,
                lifecycle=Lifecycle(paused=self._pause_videos, ended=self._stop_videos),
                scheduler=runtime.scheduler if runtime is not None else None,
                pool=runtime.pool if runtime is not None else None,
                inline=config.inline,
            )
        connection: Optional[WebcastConnection] = None
        try:
            by_handle = (
                config.connect_by_handle
                and room_id is None
                and not fetch_room_info
                and not self._connector.by_handle_refused
            )
            if room_id is not None:
                self._room_id = int(room_id)
            elif by_handle:
                self._room_id = None  # the sign server finds the room
            else:
                self._room_id = self.fetch_room_id()
            room = self._room_id
            if fetch_room_info and not run.stopping.is_set():
                self.fetch_room_info(room)
            if fetch_gift_info and not run.stopping.is_set():
                self.fetch_gift_list()
            if run.stopping.is_set():
                raise ConnectAborted
            if record_to is not None:
                run.recorder = RecordingWriter(record_to, unique_id=self._unique_id, room_id=room or 0)
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

    def _room_id_now(self) -> Optional[int]:
        return self._room_id

    def _set_room_id(self, room_id: int) -> None:
        """The room connected to (the sign server may correct ours, or find it by handle)."""
        self._room_id = room_id

    def _check_live(self, room_id: int) -> bool:
        """TikTok's live check: batched with other clients' when they share ``live_checks``."""
        checks = self.config.live_checks
        return checks.is_live(room_id) if checks is not None else self._web.fetch_is_live(room_id)

    def wait(self, timeout: Optional[float] = None) -> bool:
        """Block until the connection has ended; True if it has, False on timeout.

        Re-raises, in this thread, the error that ended the connection, if one did (with
        ``raise_handler_errors=True``, also the first exception of a handler). Returns True
        at once when the client was never started. Raises RuntimeError when called from a
        handler (the handler runs on the thread it would wait for).
        """
        check_number("timeout", timeout, optional=True)
        run = self._run
        if run is None:
            return True
        if run.on_own_thread():
            raise RuntimeError(
                "wait() was called from a handler, which runs on the client's own thread and "
                "would wait for itself; call client.stop() there, or wait from another thread"
            )
        if not wait_event(run.finished, timeout):
            return False
        if run.error is not None:
            raise run.error
        if self._handler_failure is not None:
            raise self._handler_failure
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
            self._start_unless_running(**start_options)
        except BaseException:
            stream.close()
            raise
        return stream

    def show(self, *, comments: int = 8, gifters: int = 5, **start_options: Unpack[StartOptions]) -> LiveView:
        """Show a live view of this client in the notebook, redrawn in place while it runs (at
        most twice a second, when something changed): viewers and likes over time, the last
        ``comments`` comments, the top ``gifters`` gifters (see
        :class:`~tiktoklive_sync.notebook.LiveView`). Starts the client if it is not running
        (``start_options`` go to ``start()``); the view ends with the connection, or on its
        ``stop()``. Needs IPython (``pip install 'tiktoklive_sync[notebook]'``; ImportError
        without it) and a notebook's kernel (RuntimeError in a script or a terminal).
        """
        from ..notebook import LiveView, notebook_display

        view = LiveView(self, notebook_display(), comments=comments, gifters=gifters)
        try:
            self._start_unless_running(**start_options)
        except BaseException:
            view.stop()
            raise
        run = self._run
        if run is not None:
            view.follow(run.finished)
        return view

    def _start_unless_running(self, **start_options: Unpack[StartOptions]) -> None:
        """``start()``, unless a run is going on (for the calls that start a client when needed)."""
        if self._run is None or self._run.finished.is_set():
            self.start(**start_options)

    def run(
        self, *, wait_for_live: bool = False, live_poll: float = 30.0, **start_options: Unpack[StartOptions]
    ) -> None:
        """``start()`` then ``wait()``; Ctrl+C stops the client and re-raises KeyboardInterrupt.

        ``wait_for_live=True`` first waits until the creator goes live (see
        :meth:`wait_until_live`, polling every ``live_poll`` seconds); a ``stop()`` meanwhile
        makes ``run()`` return without connecting.
        """
        check_number("live_poll", live_poll, positive=True)
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
        check_number("timeout", timeout, optional=True)
        check_number("poll", poll, positive=True)
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
            if wait_event(self._waiting_for_live, pause):
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
        chat: ChatOption = False,
    ) -> VideoRecording:
        """Record the live video to ``output`` (``.flv`` as it arrives, or ``.mp4`` remuxed
        when it ends; see :mod:`tiktoklive_sync.media.video`). Returns at once; the recording stops
        by itself when the connection ends, or with its ``stop()``.

        ``quality`` is ``"uhd"``, ``"hd"``, ``"sd"`` or ``"ld"``; the best offered is taken
        when that one is not. The pull URLs come from the room info (fetched when missing).
        ``segment_seconds`` starts a new numbered file at the first keyframe after that long,
        ``segment_bytes`` at the first keyframe after the file reached that size.
        ``chat=True`` also writes the comments as subtitles timed to the video, ``chat=("comment",
        "gift", "join")`` gifts (one cue per finished streak) and joins too: a WebVTT file beside
        each video file, and a subtitle track in each MP4 (see :mod:`tiktoklive_sync.media.subtitles`).
        """
        room_info = self.room_info or self.fetch_room_info()
        url, chosen = pick_stream_url(room_info, quality)
        recording = VideoRecording(
            self._web.open_stream,
            url,
            output,
            quality=chosen,
            name=self._unique_id,
            segment_seconds=segment_seconds,
            segment_bytes=segment_bytes,
            chat=chat,
            events=self,
        )
        logger.info("recording @%s's video (%s) to %s", self._unique_id, chosen, recording.output)
        with self._lock:
            self._videos = [video for video in self._videos if video.is_recording] + [recording]
        return recording.start()

    def _stop_videos(self) -> None:
        """The run is over (or the client stops): so are its recordings."""
        for video in list(self._videos):
            video.stop()

    def _pause_videos(self, paused: bool) -> None:
        """Follow the creator's pauses: a recording waits out a paused, silent stream."""
        for video in list(self._videos):
            if paused:
                video.paused.set()
            else:
                video.paused.clear()

    def diagnose(self, *, authenticate_ws: bool = False) -> Diagnosis:
        """Walk the connect path step by step and stop at the first step that fails: the
        network, TikTok's live page, the user, the room, the live status, each sign server,
        the signature, the websocket handshake, a first message. Each step says what it
        found or what failed, the error class the client would raise and what to do (see
        :mod:`tiktoklive_sync.doctor`); ``print(client.diagnose())`` shows it.
        ``authenticate_ws`` walks the path ``start(authenticate_ws=True)`` takes."""
        return diagnose(self, self._connector, authenticate_ws=authenticate_ws)

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
            self.stats.handler_errors += 1
            _report_handler_error(handler, about, self._unique_id)
            if self.config.raise_handler_errors and self._handler_failure is None:
                self._handler_failure = exc
                self.stop()
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
