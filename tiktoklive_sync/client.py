"""TikTokLiveClient: a blocking client whose websocket runs on background threads.

Threads, per connection (all named ``tiktoklive-<handle>-<role>``, all joined by ``stop()``):

* **reader** reads frames, acks them at once and hands fetch results to a bounded queue;
* **heartbeat** sends a heartbeat every interval the server asked for;
* **dispatcher** turns fetch results into events and runs the handlers.

Handlers run on the dispatcher so a slow handler only delays later events, never the
heartbeats or acks TikTok uses to decide whether we are still there. Errors that end the
connection are stored and re-raised by ``wait()``/``run()`` in the caller's thread, the way
``concurrent.futures.Future.result()`` does.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Type, TypeVar, Union, overload

from google.protobuf.message import DecodeError

from .errors import AlreadyConnectedError, TikTokLiveError, UserOfflineError
from .events import (
    BaseEvent,
    ConnectEvent,
    DisconnectEvent,
    LiveEndEvent,
    UnknownEvent,
    events_from_message,
)
from .proto import webcast_pb2 as pb
from .signals import any_event, handler_error, signal_for
from .web import (
    DEFAULT_APP_URL,
    DEFAULT_SIGN_URL,
    DEFAULT_USER_AGENT,
    DEFAULT_WEBCAST_URL,
    WebClient,
    normalize_unique_id,
)
from .ws import WebcastConnection, build_websocket_url

__all__ = ["TikTokLiveClient"]

logger = logging.getLogger(__name__)

E = TypeVar("E", bound=BaseEvent)
Handler = Callable[[Any], Any]

#: How many fetch results may wait for the dispatcher before the reader waits for it.
DISPATCH_QUEUE_SIZE = 1024
#: How long stop() waits for each thread to finish.
JOIN_TIMEOUT = 2.0
#: Slice of the caller's wait, so Ctrl+C is seen promptly in the main thread.
WAIT_SLICE = 0.2

_END = object()


class TikTokLiveClient:
    """Connect to one creator's LIVE and deliver its events to your handlers.

    ``unique_id`` is the creator's handle: ``"creator"``, ``"@creator"`` or
    ``"https://www.tiktok.com/@creator/live"`` (ValueError for anything else).

    ``app_url``, ``webcast_url`` and ``sign_url`` default to TikTok's and Euler Stream's
    URLs; ``sign_url`` and ``sign_api_key`` fall back to the ``SIGN_API_URL`` and
    ``SIGN_API_KEY`` environment variables. ``session_id`` (+ ``tt_target_idc``) logs the
    TikTok calls in; it is sent to the sign server only when ``start(authenticate_ws=True)``.
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
        user_agent: str = DEFAULT_USER_AGENT,
    ) -> None:
        self._unique_id = normalize_unique_id(unique_id)
        self._web = WebClient(
            app_url=app_url,
            webcast_url=webcast_url,
            sign_url=sign_url or os.environ.get("SIGN_API_URL") or DEFAULT_SIGN_URL,
            sign_api_key=sign_api_key or os.environ.get("SIGN_API_KEY") or None,
            user_agent=user_agent,
        )
        if session_id:
            self._web.set_session(session_id, tt_target_idc)
        self._handlers: Dict[Type[BaseEvent], List[Handler]] = {}
        self._lock = threading.Lock()
        self._room_id: Optional[int] = None
        self.room_info: Optional[Dict[str, Any]] = None
        self.gift_info: Optional[Dict[str, Any]] = None
        self._run: Optional[_Connection] = None

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
        """True while the websocket is open."""
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
        return bool(self._handlers.get(event_type))

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
    ) -> None:
        """Connect, and return once the websocket is open and the room entered.

        Every documented error of connecting is raised here, in the calling thread.
        Events are then delivered on the client's dispatcher thread.
        """
        with self._lock:
            if self._run is not None and not self._run.finished.is_set():
                raise AlreadyConnectedError(f"already connected (or connecting) to @{self._unique_id}")
            run = _Connection(self)
            self._run = run
        connection: Optional[WebcastConnection] = None
        try:
            self._room_id = int(room_id) if room_id is not None else self._web.fetch_room_id(self._unique_id)
            if fetch_live_check and not self._web.fetch_is_live(self._room_id):
                raise UserOfflineError(f"@{self._unique_id} is not live right now")
            if fetch_room_info:
                self.room_info = self._web.fetch_room_info(self._room_id)
            if fetch_gift_info:
                self.gift_info = self._web.fetch_gift_list()
            signed = self._web.fetch_signed(self._room_id, authenticate_ws=authenticate_ws)
            cookies = {**self._web.cookies(), **signed.cookies}
            url = build_websocket_url(signed.result, self._room_id, compress=compress_ws_events)
            connection = WebcastConnection.open(
                url,
                room_id=self._room_id,
                cookies=cookies,
                user_agent=self._web.user_agent,
                fetch_result=signed.result,
            )
            run.launch(connection, signed.result if process_connect_events else None)
        except BaseException:  # including Ctrl+C half way: leave nothing open behind
            run.abandon()
            if connection is not None:
                connection.abort()
                connection.release()
            raise

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

    def close(self) -> None:
        """Stop and free the HTTP session. The client can still be started again."""
        self.stop()
        self._web.close()

    def __enter__(self) -> TikTokLiveClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- HTTP helpers -------------------------------------------------------------------

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
        for handler in tuple(self._handlers.get(type(event), ())):
            self._call(handler, event, event)
        for signal in (signal_for(type(event)), any_event):
            if not signal.receivers:
                continue
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


class _Connection:
    """The threads and state of one websocket connection of a client."""

    def __init__(self, client: TikTokLiveClient) -> None:
        self.client = client
        self.finished = threading.Event()
        self.stopping = threading.Event()
        self.error: Optional[BaseException] = None
        self.connection: Optional[WebcastConnection] = None
        self.queue: queue.Queue[Any] = queue.Queue(DISPATCH_QUEUE_SIZE)
        self.threads: List[threading.Thread] = []
        self._failed_methods: set[str] = set()

    @property
    def connected(self) -> bool:
        return self.connection is not None and not self.stopping.is_set()

    def launch(self, connection: WebcastConnection, first: Optional[pb.ProtoMessageFetchResult]) -> None:
        self.connection = connection
        if self.stopping.is_set():  # stop() came while start() was still connecting
            connection.close()
            connection.release()
            self.finished.set()
            return
        client = self.client
        self.queue.put(ConnectEvent(client.unique_id, connection.room_id))
        if first is not None:
            self.queue.put(first)
        prefix = f"tiktoklive-{client.unique_id}"
        for role, target in (
            ("reader", self._read_loop),
            ("heartbeat", self._heartbeat_loop),
            ("dispatcher", self._dispatch_loop),
        ):
            self.threads.append(threading.Thread(target=target, name=f"{prefix}-{role}", daemon=True))
        for thread in self.threads:  # registered first, so an interrupt cannot lose one
            thread.start()

    def abandon(self) -> None:
        """Undo a start() interrupted part way (Ctrl+C): stop what runs, mark the run over."""
        self.stop()
        dispatcher = self.threads[-1] if self.threads else None
        if dispatcher is None or dispatcher.ident is None:  # nobody else will mark the end
            self.finished.set()

    def stop(self) -> None:
        self.stopping.set()
        connection = self.connection
        if connection is not None:
            connection.close()
        current = threading.current_thread()
        for thread in self.threads:
            if thread is not current and thread.ident is not None:
                thread.join(JOIN_TIMEOUT)

    # -- threads ------------------------------------------------------------------------

    def _read_loop(self) -> None:
        assert self.connection is not None
        try:
            while not self.stopping.is_set():
                received = self.connection.receive()
                if received is None:
                    break
                self._hand_over(received.result)
        except TikTokLiveError as exc:
            if not self.stopping.is_set():
                logger.error("connection to @%s lost: %s", self.client.unique_id, exc)
                self.error = exc
        except Exception as exc:  # a bug of ours must still end the run cleanly
            logger.exception("reader of @%s failed", self.client.unique_id)
            self.error = exc
        finally:
            self.stopping.set()
            self.connection.abort()
            self._hand_over(_END, force=True)

    def _hand_over(self, item: Any, force: bool = False) -> None:
        """Queue ``item`` for the dispatcher; waits while the queue is full (back-pressure)."""
        while True:
            try:
                self.queue.put(item, timeout=WAIT_SLICE)
                return
            except queue.Full:
                if self.stopping.is_set() and not force:
                    return

    def _heartbeat_loop(self) -> None:
        assert self.connection is not None
        while not self.stopping.wait(self.connection.heartbeat_interval):
            try:
                self.connection.send_heartbeat()
            except TikTokLiveError as exc:
                logger.debug("heartbeat stopped: %s", exc)
                return

    def _dispatch_loop(self) -> None:
        emit = self.client._emit
        try:
            while True:
                item = self.queue.get()
                if item is _END:
                    break
                if self.stopping.is_set() and not isinstance(item, ConnectEvent):
                    continue  # the user stopped: drop what was not delivered yet
                if isinstance(item, BaseEvent):
                    emit(item)
                else:
                    self._dispatch_result(item)
            emit(DisconnectEvent())
        except Exception as exc:  # a bug of ours must still end the run cleanly
            logger.exception("dispatcher of @%s failed", self.client.unique_id)
            self.error = exc
            self.stopping.set()
            if self.connection is not None:
                self.connection.abort()
        finally:
            self._finish()

    def _dispatch_result(self, result: pb.ProtoMessageFetchResult) -> None:
        for message in result.messages:
            for event in self._decode(message):
                self.client._emit(event)
                if isinstance(event, LiveEndEvent):
                    logger.info("@%s ended the live", self.client.unique_id)
                    self.stopping.set()
                    if self.connection is not None:
                        self.connection.close()
                    return

    def _decode(self, message: pb.BaseProtoMessage) -> List[BaseEvent]:
        try:
            return events_from_message(message.method, message.payload)
        except DecodeError:
            if message.method not in self._failed_methods:
                self._failed_methods.add(message.method)
                logger.warning(
                    "cannot decode %s (%d bytes, starts %s); delivering it as UnknownEvent",
                    message.method,
                    len(message.payload),
                    message.payload[:16].hex(),
                )
            return [UnknownEvent(message.method, message.payload)]

    def _finish(self) -> None:
        current = threading.current_thread()
        for thread in self.threads:
            if thread is not current and thread.ident is not None:
                thread.join(JOIN_TIMEOUT)
        if self.connection is not None:
            self.connection.release()
        self.finished.set()


def _wait_event(event: threading.Event, timeout: Optional[float]) -> bool:
    """``event.wait(timeout)`` in short slices, so KeyboardInterrupt arrives promptly."""
    deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
    while True:
        slice_ = WAIT_SLICE if deadline is None else min(WAIT_SLICE, deadline - time.monotonic())
        if event.wait(max(0.0, slice_)):
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False
