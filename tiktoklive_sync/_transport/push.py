"""The push server's protocol over a websocket: the URL, entering the room, heartbeats,
acks and the fetch results TikTok pushes.

A :class:`WebcastConnection` is one open websocket to TikTok's push server for one room; the
run's reader calls :meth:`~WebcastConnection.receive`, its heartbeat timer
:meth:`~WebcastConnection.send_heartbeat`.
"""

from __future__ import annotations

import itertools
import logging
import math
from typing import Callable, Dict, Mapping, Optional, Sequence

from ..errors import WebSocketConnectionError
from ..profile import BrowserProfile, encode_query
from ..proto import webcast_pb2 as pb
from .frames import FrameError, ReceivedResult, ack_frame, enter_room_frame, heartbeat_frame, read_push_frame
from .proxy import ProxySettings
from .websocket import BINARY, HANDSHAKE_DEADLINE, WebSocket

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "HEARTBEAT_INTERVAL_RANGE",
    "WebcastConnection",
    "build_websocket_url",
    "parse_handshake_options",
]

logger = logging.getLogger(__name__)

DEFAULT_HEARTBEAT_INTERVAL = 10.0
#: The heartbeat interval TikTok may ask for is clamped into this range (seconds).
HEARTBEAT_INTERVAL_RANGE = (0.1, 120.0)
#: The one key the player sends twice: its own ``version_code`` early, and this at the end.
TRAILING_VERSION_CODE = ("version_code", "270000")
#: A signed route parameter we must never send empty or twice (it authenticates the URL).
SIGNED_ROUTE_KEYS = ("wrss", "imprp")


def build_websocket_url(
    fetch_result: pb.ProtoMessageFetchResult,
    room_id: int,
    *,
    profile: BrowserProfile,
    last_rtt: int,
    compress: bool = True,
    extra_params: Mapping[str, str] = {},
) -> str:
    """The push server URL: the client's parameters merged with the sign server's route
    parameters, then the resume position, the room and the trailing ``version_code``.

    The merge follows one rule: a route parameter's value wins over ours (it is signed for
    this room), an empty route value is not sent, and no key appears twice except the
    trailing ``version_code`` that TikTok's player also sends twice. ``extra_params`` (the
    user's) come after the client's and before the route's.
    """
    params: Dict[str, str] = {**dict(profile.websocket_params(last_rtt)), **extra_params}
    for key, value in fetch_result.route_params.items():
        if value:
            params[key] = value
    params.update(
        {
            "cursor": fetch_result.cursor,
            "internal_ext": fetch_result.internal_ext,
            "room_id": str(room_id),
        }
    )
    if compress:
        params["compress"] = "gzip"
    query = encode_query([*params.items(), TRAILING_VERSION_CODE])
    return f"{fetch_result.push_server.split('?', 1)[0]}?{query}"


def parse_handshake_options(header: Optional[str]) -> Dict[str, str]:
    """``{"ping-interval": "10", ...}`` from ``Handshake-Options: ping-interval=10; ...``."""
    options: Dict[str, str] = {}
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            options[name.strip().lower()] = value.strip()
    return options


class WebcastConnection:
    """One open websocket to TikTok's push server for one room."""

    def __init__(
        self,
        socket: WebSocket,
        room_id: int,
        heartbeat_interval: float,
        stall_seconds: Optional[float] = None,
    ) -> None:
        self._socket = socket
        self.room_id = room_id
        self.heartbeat_interval = heartbeat_interval
        #: No whole message for this long (seconds) counts as a stall; None: never.
        self.stall_seconds = stall_seconds
        socket.stall_seconds = stall_seconds
        self._heartbeat_seq = itertools.count(1)
        #: Called with every binary websocket message as received (e.g. to record it).
        self.on_frame: Optional[Callable[[bytes], None]] = None
        #: Called once for every message that was not a usable frame and was skipped.
        self.on_skip: Optional[Callable[[], None]] = None
        self._failed: Optional[WebSocketConnectionError] = None

    @classmethod
    def open(
        cls,
        url: str,
        *,
        room_id: int,
        cookies: Mapping[str, str],
        user_agent: str,
        fetch_result: pb.ProtoMessageFetchResult,
        timeout: float = 15.0,
        stall_after: Optional[float] = None,
        proxy: Optional[ProxySettings] = None,
        handshake_deadline: float = HANDSHAKE_DEADLINE,
        headers: Mapping[str, str] = {},
        subprotocols: Optional[Sequence[str]] = None,
    ) -> WebcastConnection:
        """Do the websocket handshake and enter the room.

        ``stall_after`` (in heartbeat intervals) arms the stall watchdog: no whole message
        for that long makes :meth:`receive` raise. Raises WebcastBlocked200Error when TikTok
        answers the upgrade with 200 or 400 and WebSocketConnectionError for any other failure.
        """
        socket = WebSocket.connect(
            url,
            cookie="; ".join(f"{name}={value}" for name, value in cookies.items()),
            user_agent=user_agent,
            timeout=timeout,
            headers=headers,
            subprotocols=subprotocols,
            proxy=proxy,
            handshake_deadline=handshake_deadline,
        )
        options = parse_handshake_options(socket.handshake_headers.get("handshake-options"))
        interval = _heartbeat_interval(options, fetch_result)
        connection = cls(socket, room_id, interval, stall_after * interval if stall_after else None)
        try:
            connection.send_enter_room()
        except BaseException:
            connection.abort()
            raise
        return connection

    @property
    def is_open(self) -> bool:
        """False once either side closed the connection."""
        return self._socket.is_open

    def set_stall(self, seconds: Optional[float]) -> None:
        """No whole message for ``seconds`` counts as a stall from now on (None: never)."""
        self.stall_seconds = self._socket.stall_seconds = seconds

    # -- sending ------------------------------------------------------------------------

    def send_enter_room(self) -> None:
        """Tell TikTok we entered the room (a fresh ``enter_unique_id`` each time)."""
        self._socket.send(enter_room_frame(self.room_id))

    def send_heartbeat(self) -> None:
        """Tell TikTok we are still here (numbered 1, 2, 3... per connection)."""
        self._socket.send(heartbeat_frame(self.room_id, next(self._heartbeat_seq)))

    def send_ack(self, log_id: int, internal_ext: str) -> None:
        """Acknowledge a fetch result TikTok asked us to."""
        self._socket.send(ack_frame(log_id, internal_ext))

    # -- receiving ----------------------------------------------------------------------

    def receive(self) -> Optional[ReceivedResult]:
        """Block for the next fetch result; ack it when TikTok asks.

        Returns None once the connection is closed (by either side). Messages that are not
        usable frames are logged, reported to ``on_skip`` and skipped. Raises
        WebSocketConnectionError if the socket breaks, stalls or sends too much.
        """
        if self._failed is not None:  # an ack could not go out: the connection is gone
            error, self._failed = self._failed, None
            raise error
        while True:
            message = self._socket.receive()
            if message is None:
                return None
            opcode, data = message
            if opcode != BINARY:
                self._skip(f"a non-binary websocket message ({len(data)} bytes)", data)
                continue
            if self.on_frame is not None:
                self.on_frame(data)
            try:
                frame, received = read_push_frame(data)
            except FrameError as exc:
                self._skip(str(exc), data)
                continue
            if received is None:
                logger.debug("transport frame %r (%d bytes)", frame.payload_type, len(frame.payload))
                continue
            if received.need_ack:
                try:
                    self.send_ack(received.log_id, received.result.internal_ext)
                except WebSocketConnectionError as exc:  # what arrived is still delivered; the
                    self._failed = exc  # next receive() says the connection is gone
            return received

    def _skip(self, why: str, data: bytes) -> None:
        if self.on_skip is not None:
            self.on_skip()
        logger.warning("skipping a bad frame: %s (starts %s)", why, bytes(data[:16]).hex())

    # -- closing ------------------------------------------------------------------------

    def close(self) -> None:
        """Say goodbye (if the socket takes it at once), then cut the socket: the reader wakes
        up at once, whether or not the peer answers. Safe to call repeatedly."""
        self._socket.close()

    def abort(self) -> None:
        """Cut the connection without a goodbye (the reader wakes up at once)."""
        self._socket.abort()

    def release(self) -> None:
        """Free the socket once no thread uses it any more."""
        self._socket.release()


def _heartbeat_interval(options: Mapping[str, str], fetch_result: pb.ProtoMessageFetchResult) -> float:
    """The interval TikTok asks for (Handshake-Options, else the fetch result), clamped into
    HEARTBEAT_INTERVAL_RANGE; a value that is not a finite positive number is ignored."""
    try:
        interval = float(options.get("ping-interval", "0"))
    except ValueError:
        interval = 0.0
    if not (math.isfinite(interval) and interval > 0) and fetch_result.heartbeat_duration > 0:
        interval = fetch_result.heartbeat_duration / 1000.0
    if not (math.isfinite(interval) and interval > 0):
        return DEFAULT_HEARTBEAT_INTERVAL
    low, high = HEARTBEAT_INTERVAL_RANGE
    return min(max(interval, low), high)
