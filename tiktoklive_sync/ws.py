"""Everything websocket: the URL, the handshake, frames, enter-room, heartbeats and acks.

This is the only module that imports ``websocket`` (websocket-client). A
:class:`WebcastConnection` is one open websocket to TikTok's push server; the client's reader
thread calls :meth:`WebcastConnection.receive`, its heartbeat thread
:meth:`WebcastConnection.send_heartbeat`. Sends are serialised by websocket-client's own lock,
so the two threads never interleave frames.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import logging
import secrets
import socket
import ssl
import threading
import zlib
from dataclasses import dataclass
from typing import Any, Callable, Dict, Mapping, Optional
from urllib.parse import unquote, urlsplit

import websocket
from google.protobuf.message import DecodeError

from .errors import WebcastBlocked200Error, WebSocketConnectionError
from .profile import BrowserProfile, encode_query
from .proto import webcast_pb2 as pb
from .redaction import redact

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "MAX_DECOMPRESSED_SIZE",
    "MAX_FRAME_SIZE",
    "PROXY_SCHEMES",
    "FrameError",
    "ProxySettings",
    "ReceivedResult",
    "WebcastConnection",
    "build_websocket_url",
    "decode_fetch_result",
    "parse_handshake_options",
]

logger = logging.getLogger(__name__)

DEFAULT_HEARTBEAT_INTERVAL = 10.0
#: A gzip payload may not inflate beyond this (protects against gzip bombs).
MAX_DECOMPRESSED_SIZE = 32 * 1024 * 1024
#: Larger websocket messages are dropped unparsed (real frames are a few KB to a few hundred).
MAX_FRAME_SIZE = 16 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b\x08"

#: The one key the player sends twice: its own ``version_code`` early, and this at the end.
TRAILING_VERSION_CODE = ("version_code", "270000")
#: A signed route parameter we must never send empty or twice (it authenticates the URL).
SIGNED_ROUTE_KEYS = ("wrss", "imprp")

#: Proxy URL schemes: HTTP CONNECT, and SOCKS5 resolving names locally or (``socks5h``) at the proxy.
PROXY_SCHEMES = ("http", "socks5", "socks5h")
#: A no-proxy entry that matches no host (``.invalid`` is reserved, RFC 2606).
NO_PROXY_BYPASS = "no-proxy-bypass.invalid"


@dataclass(frozen=True)
class ProxySettings:
    """A proxy for the websocket, from a URL like ``socks5://user:password@host:1080``."""

    url: str
    scheme: str
    host: str
    port: int
    username: Optional[str] = None
    password: Optional[str] = None

    @classmethod
    def from_url(cls, url: str) -> ProxySettings:
        """Parse and check ``url``; ValueError (with the password hidden) if it is not usable."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "https":
            raise ValueError(
                "TLS to the proxy itself is not supported: use http://... (HTTPS traffic to TikTok "
                "still goes through the proxy, encrypted end to end, by HTTP CONNECT)"
            )
        if scheme not in PROXY_SCHEMES or not parts.hostname:
            raise ValueError(
                f"proxy must look like http://[user:password@]host:port or socks5://..., not {redact(url)!r}"
            )
        if scheme.startswith("socks") and importlib.util.find_spec("python_socks") is None:
            raise ValueError("SOCKS proxies need extra packages: pip install 'tiktoklive_sync[socks]'")
        default_port = 1080 if scheme.startswith("socks") else 8080
        return cls(
            url=url,
            scheme=scheme,
            host=parts.hostname,
            port=parts.port or default_port,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )

    def websocket_options(self) -> Dict[str, Any]:
        """The proxy keyword arguments of ``websocket.create_connection``."""
        options: Dict[str, Any] = {
            "http_proxy_host": self.host,
            "http_proxy_port": self.port,
            "proxy_type": self.scheme,
            # Without a list, older websocket-client releases bypass the proxy for localhost
            # (and read NO_PROXY); one that matches no host makes every release use it.
            "http_no_proxy": [NO_PROXY_BYPASS],
        }
        if self.username is not None:
            options["http_proxy_auth"] = (self.username, self.password or "")
        return options


class FrameError(ValueError):
    """A websocket message that is not a usable webcast frame (logged and skipped)."""


@dataclass
class ReceivedResult:
    """A fetch result that arrived on the websocket, with the frame's log id."""

    log_id: int
    result: pb.ProtoMessageFetchResult


def build_websocket_url(
    fetch_result: pb.ProtoMessageFetchResult,
    room_id: int,
    *,
    profile: BrowserProfile,
    last_rtt: int,
    compress: bool = True,
) -> str:
    """The push server URL: the client's parameters merged with the sign server's route
    parameters, then the resume position, the room and the trailing ``version_code``.

    The merge follows one rule: a route parameter's value wins over ours (it is signed for
    this room), an empty route value is not sent, and no key appears twice except the
    trailing ``version_code`` that TikTok's player also sends twice.
    """
    params: Dict[str, str] = dict(profile.websocket_params(last_rtt))
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


def decode_fetch_result(frame: pb.WebcastPushFrame) -> pb.ProtoMessageFetchResult:
    """The fetch result inside a ``msg`` frame, gunzipped when it is gzip."""
    payload = frame.payload
    compressed = payload.startswith(GZIP_MAGIC) or any(
        header.key == "compress_type" and header.value == "gzip" for header in frame.headers
    )
    if compressed:
        payload = gunzip_capped(payload)
    result = pb.ProtoMessageFetchResult()
    try:
        result.ParseFromString(payload)
    except DecodeError as exc:
        raise FrameError(f"msg payload is not a fetch result ({len(payload)} bytes)") from exc
    return result


def gunzip_capped(data: bytes, limit: int = MAX_DECOMPRESSED_SIZE) -> bytes:
    """Inflate gzip ``data``; FrameError if it is corrupt, truncated or inflates past ``limit``."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, limit)
    except zlib.error as exc:
        raise FrameError(f"corrupt gzip payload: {exc}") from exc
    if inflater.unconsumed_tail:
        raise FrameError(f"gzip payload inflates past {limit} bytes; dropped")
    if not inflater.eof:
        raise FrameError("truncated gzip payload")
    return out


class WebcastConnection:
    """One open websocket to TikTok's push server for one room."""

    def __init__(self, sock: websocket.WebSocket, room_id: int, heartbeat_interval: float) -> None:
        self._sock = sock
        self.room_id = room_id
        self.heartbeat_interval = heartbeat_interval
        self._heartbeat_seq = itertools.count(1)
        self._closed = threading.Event()
        #: Called with every binary websocket message as received (e.g. to record it).
        self.on_frame: Optional[Callable[[bytes], None]] = None

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
    ) -> WebcastConnection:
        """Do the websocket handshake and enter the room.

        ``stall_after`` (in heartbeat intervals) arms the stall watchdog: no frame for that
        long makes :meth:`receive` raise. Raises WebcastBlocked200Error when TikTok answers
        the upgrade with 200 or 400 and WebSocketConnectionError for any other failure.
        """
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        try:
            sock = websocket.create_connection(
                url,
                timeout=timeout,
                header=[f"User-Agent: {user_agent}"],
                cookie=cookie,
                origin="https://www.tiktok.com",
                enable_multithread=True,
                skip_utf8_validation=True,
                **(proxy.websocket_options() if proxy else {}),
            )
        except websocket.WebSocketBadStatusException as exc:
            raise _handshake_refused(exc) from exc
        except (websocket.WebSocketException, OSError, ssl.SSLError) as exc:
            raise WebSocketConnectionError(
                f"websocket connection to TikTok failed: {redact(str(exc))}"
            ) from exc
        options = parse_handshake_options((sock.getheaders() or {}).get("handshake-options"))
        interval = _heartbeat_interval(options, fetch_result)
        # Heartbeats come from their own thread; a read waits for data, close or the watchdog.
        sock.settimeout(stall_after * interval if stall_after else None)
        connection = cls(sock, room_id, interval)
        try:
            connection.send_enter_room()
        except WebSocketConnectionError:
            connection.abort()
            raise
        return connection

    @property
    def is_open(self) -> bool:
        """False once either side closed the connection."""
        return not self._closed.is_set()

    # -- sending ------------------------------------------------------------------------

    def _send_frame(self, payload_type: str, payload: bytes, log_id: int = 0) -> None:
        frame = pb.WebcastPushFrame(
            log_id=log_id, payload_encoding="pb", payload_type=payload_type, payload=payload
        )
        try:
            self._sock.send_binary(frame.SerializeToString())
        except (websocket.WebSocketException, OSError) as exc:
            raise WebSocketConnectionError(f"sending {payload_type} failed: {exc}") from exc

    def send_enter_room(self) -> None:
        """Tell TikTok we entered the room, as an audience member.

        Each entry carries a fresh random ``enter_unique_id`` (a positive 63-bit number), as
        TikTok's player and TikTok-Live-Connector send; the other fields are the player's
        constants (proto3 leaves the empty and zero ones off the wire).
        """
        message = pb.WebcastImEnterRoomMessage(
            room_id=self.room_id,
            room_tag="",
            live_region="",
            live_id=12,
            identity="audience",
            cursor="",
            account_type=0,
            enter_unique_id=secrets.randbelow(2**63 - 1) + 1,
            filter_welcome_msg="0",
            is_anchor_continue_keep_msg=False,
        )
        self._send_frame("im_enter_room", message.SerializeToString())

    def send_heartbeat(self) -> None:
        """Tell TikTok we are still here (numbered 1, 2, 3... per connection)."""
        message = pb.HeartBeatMessage(room_id=self.room_id, send_packet_seq_id=next(self._heartbeat_seq))
        self._send_frame("hb", message.SerializeToString())

    def send_ack(self, log_id: int, internal_ext: str) -> None:
        """Acknowledge a fetch result TikTok asked us to."""
        self._send_frame("ack", (internal_ext or "-").encode("utf-8"), log_id=log_id)

    # -- receiving ----------------------------------------------------------------------

    def receive(self) -> Optional[ReceivedResult]:
        """Block for the next fetch result; ack it when TikTok asks.

        Returns None once the connection is closed (by either side). Frames that are not
        usable are logged and skipped. Raises WebSocketConnectionError if the socket breaks.
        """
        while True:
            try:
                opcode, data = self._sock.recv_data()
            except (websocket.WebSocketTimeoutException, socket.timeout) as exc:
                if self._closed.is_set():
                    return None
                silence = self._sock.gettimeout()
                raise WebSocketConnectionError(f"no frame for {silence:g} s: the connection stalled") from exc
            except websocket.WebSocketConnectionClosedException as exc:
                if self._closed.is_set():
                    return None
                raise WebSocketConnectionError(f"the websocket dropped: {exc or 'closed'}") from exc
            except (websocket.WebSocketException, OSError) as exc:
                if self._closed.is_set():
                    return None
                raise WebSocketConnectionError(f"the websocket broke: {exc}") from exc
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                self._closed.set()
                return None
            if opcode != websocket.ABNF.OPCODE_BINARY:
                logger.warning("ignoring a non-binary websocket message (%d bytes)", len(data))
                continue
            if self.on_frame is not None:
                self.on_frame(data)
            try:
                received = self._read_frame(data)
            except FrameError as exc:
                logger.warning("skipping a bad frame: %s (starts %s)", exc, bytes(data[:16]).hex())
                continue
            if received is not None:
                return received

    def _read_frame(self, data: bytes) -> Optional[ReceivedResult]:
        if len(data) > MAX_FRAME_SIZE:
            raise FrameError(f"frame of {len(data)} bytes is over the {MAX_FRAME_SIZE} byte limit")
        frame = pb.WebcastPushFrame()
        try:
            frame.ParseFromString(data)
        except DecodeError as exc:
            raise FrameError(f"not a push frame ({len(data)} bytes)") from exc
        if frame.payload_type not in ("msg", "im_enter_room_resp"):
            logger.debug("transport frame %r (%d bytes)", frame.payload_type, len(frame.payload))
            return None
        result = decode_fetch_result(frame)
        if result.need_ack and frame.payload_type == "msg":
            self.send_ack(frame.log_id, result.internal_ext)
        return ReceivedResult(log_id=frame.log_id, result=result)

    # -- closing ------------------------------------------------------------------------

    def close(self) -> None:
        """Say goodbye with a close frame, then wake the reader. Safe to call repeatedly."""
        if self._closed.is_set():
            return
        self._closed.set()
        with contextlib.suppress(websocket.WebSocketException, OSError):
            self._sock.send_close()
        self.abort()

    def abort(self) -> None:
        """Cut the connection without a goodbye (the reader wakes up at once)."""
        self._closed.set()
        # Older websocket-client releases raise here when the peer already dropped the socket.
        with contextlib.suppress(OSError):
            self._sock.abort()

    def release(self) -> None:
        """Free the socket once no thread uses it any more."""
        self._closed.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown()


def _heartbeat_interval(options: Mapping[str, str], fetch_result: pb.ProtoMessageFetchResult) -> float:
    try:
        interval = float(options.get("ping-interval", "0"))
    except ValueError:
        interval = 0.0
    if interval <= 0 and fetch_result.heartbeat_duration > 0:
        interval = fetch_result.heartbeat_duration / 1000.0
    return interval if interval > 0 else DEFAULT_HEARTBEAT_INTERVAL


def _handshake_refused(exc: websocket.WebSocketBadStatusException) -> Exception:
    status = int(getattr(exc, "status_code", 0) or 0)
    headers = {key.lower(): value for key, value in (getattr(exc, "resp_headers", None) or {}).items()}
    reason = headers.get("handshake-msg", "")
    if status in (200, 400):
        return WebcastBlocked200Error(
            f"TikTok refused the websocket with HTTP {status}: {reason or 'no Handshake-Msg given'}",
            status_code=status,
            handshake_msg=reason,
        )
    return WebSocketConnectionError(f"TikTok answered the websocket upgrade with HTTP {status}")
