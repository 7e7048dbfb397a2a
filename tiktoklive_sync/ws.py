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
import math
import secrets
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import quote, unquote, urlsplit

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
    "proxy_url",
]

logger = logging.getLogger(__name__)

DEFAULT_HEARTBEAT_INTERVAL = 10.0
#: A gzip payload may not inflate beyond this (protects against gzip bombs).
MAX_DECOMPRESSED_SIZE = 32 * 1024 * 1024
#: A websocket message announcing more bytes than this ends the connection before any of
#: them is read (real frames are a few KB to a few hundred); fragments count together.
MAX_FRAME_SIZE = 16 * 1024 * 1024
#: A fetch result may carry at most this many messages (real ones carry a few dozen).
MAX_MESSAGES_PER_RESULT = 10_000
#: How much closer a message's deadline must come before the socket timeout is shortened.
TIMEOUT_SLACK = 0.05
#: How many bytes one read from the socket asks for (frames are taken from them in turn).
READ_CHUNK = 65536
#: The heartbeat interval TikTok may ask for is clamped into this range (seconds).
HEARTBEAT_INTERVAL_RANGE = (0.1, 120.0)
#: The whole websocket handshake must finish within this many seconds, however the bytes trickle.
HANDSHAKE_DEADLINE = 20.0
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

    url: str = field(repr=False)
    scheme: str
    host: str
    port: int
    username: Optional[str] = None
    password: Optional[str] = field(default=None, repr=False)

    def __repr__(self) -> str:
        return f"ProxySettings({redact(self.url)!r})"

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


def proxy_url(proxy: Any) -> Optional[str]:
    """A proxy URL from a URL string, or from an object with ``.url`` and ``.auth`` (such as
    the ``httpx.Proxy`` TikTokLive users pass); None for None."""
    if proxy is None or isinstance(proxy, str):
        return proxy
    url = getattr(proxy, "url", None)
    if url is None:
        raise TypeError(f"a proxy is a URL or has a .url, not {type(proxy).__name__}")
    text = str(url)
    auth = getattr(proxy, "auth", None)
    if auth and "@" not in text.split("://", 1)[-1]:
        user, password = auth
        scheme, _, rest = text.partition("://")
        text = f"{scheme}://{quote(str(user), safe='')}:{quote(str(password), safe='')}@{rest}"
    return text


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


def decode_fetch_result(frame: pb.WebcastPushFrame) -> pb.ProtoMessageFetchResult:
    """The fetch result inside a ``msg`` frame, gunzipped when it is gzip."""
    payload = frame.payload
    compressed = payload.startswith(GZIP_MAGIC) or any(
        header.key == "compress_type" and header.value == "gzip" for header in frame.headers
    )
    if compressed:
        payload = gunzip_capped(payload)
    count_messages(payload, MAX_MESSAGES_PER_RESULT)
    result = pb.ProtoMessageFetchResult()
    try:
        result.ParseFromString(payload)
    except DecodeError as exc:
        raise FrameError(f"msg payload is not a fetch result ({len(payload)} bytes)") from exc
    return result


def count_messages(payload: bytes, limit: int) -> int:
    """How many messages (field 1) a serialised fetch result holds, reading only its top-level
    field headers; FrameError past ``limit``, before protobuf builds any of them.

    A hostile peer can pack millions of empty messages into a few KB of gzip; parsing those
    would cost gigabytes. Every message starts with the byte 0x0A, so a payload with few such
    bytes is counted for free; otherwise the fields are walked, stopping past ``limit``.
    """
    if len(payload) <= 2 * limit or payload.count(b"\x0a") <= limit:
        return -1  # a message takes two bytes at least, and one 0x0A: no need to count exactly
    count = position = 0
    end = len(payload)
    while position < end:
        key, position = _varint(payload, position)
        wire_type = key & 7
        if wire_type == 0:
            _, position = _varint(payload, position)
        elif wire_type == 1:
            position += 8
        elif wire_type == 5:
            position += 4
        elif wire_type == 2:
            length, position = _varint(payload, position)
            position += length
            if key >> 3 == 1:
                count += 1
                if count > limit:
                    raise FrameError(f"a fetch result with more than {limit} messages; dropped")
        else:
            raise FrameError(f"msg payload is not a fetch result (wire type {wire_type})")
    return count


def _varint(data: bytes, position: int) -> Tuple[int, int]:
    value = shift = 0
    while True:
        if position >= len(data) or shift > 63:
            raise FrameError("msg payload is not a fetch result (bad varint)")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, position
        shift += 7


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

    def __init__(
        self,
        sock: websocket.WebSocket,
        room_id: int,
        heartbeat_interval: float,
        stall_seconds: Optional[float] = None,
    ) -> None:
        self._sock = sock
        self.room_id = room_id
        self.heartbeat_interval = heartbeat_interval
        #: No whole message for this long (seconds) counts as a stall; None: never.
        self.stall_seconds = stall_seconds
        self._heartbeat_seq = itertools.count(1)
        self._closed = threading.Event()
        self._message_deadline = float("inf")
        self._read_timeout = float("inf")  # what the socket's timeout is now: none at all
        if sock.sock is not None:
            with contextlib.suppress(OSError):  # a socket the peer already dropped
                sock.sock.settimeout(None)  # the handshake's timeout is not the watchdog's
        #: Called with every binary websocket message as received (e.g. to record it).
        self.on_frame: Optional[Callable[[bytes], None]] = None
        #: Called once for every message that was not a usable frame and was skipped.
        self.on_skip: Optional[Callable[[], None]] = None
        # Reads are buffered: websocket-client asks for a frame's header, its length and its
        # payload separately; one system call of READ_CHUNK bytes usually serves several
        # frames. The stall watchdog counts whole messages, not reads: every read of a
        # message gets only what is left of the message's deadline, so a trickling peer
        # cannot reset it.
        read = sock.frame_buffer.recv
        raw = sock.sock
        pending = b""
        position = 0

        def read_within_deadline(size: int) -> bytes:
            nonlocal pending, position
            if position >= len(pending):
                remaining = self._message_deadline - time.monotonic()
                if remaining <= 0:
                    raise websocket.WebSocketTimeoutException("the message deadline passed")
                # Shorten the socket's timeout only when the deadline came noticeably closer:
                # a message that arrives in one read costs no extra system call.
                if remaining < self._read_timeout - TIMEOUT_SLACK and raw is not None:
                    raw.settimeout(remaining)
                    self._read_timeout = remaining
                pending, position = read(max(size, READ_CHUNK)), 0
            if position == 0 and size >= len(pending):
                position = len(pending)
                return pending
            chunk = pending[position : position + size]
            position += len(chunk)
            return chunk

        sock.frame_buffer.recv = read_within_deadline

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
        for that long makes :meth:`receive` raise. The handshake must finish within
        ``handshake_deadline`` seconds in all; ``headers`` are added to (or replace) the
        handshake's, ``subprotocols`` are offered. Raises WebcastBlocked200Error when TikTok
        answers the upgrade with 200 or 400 and WebSocketConnectionError for any other failure.
        """
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        extra = {name.lower(): (name, value) for name, value in headers.items()}
        if "cookie" in extra:
            cookie = extra.pop("cookie")[1]
        user_agent = extra.pop("user-agent", ("", user_agent))[1]
        if subprotocols:  # offered as a plain header: a server that picks none is fine, as
            # for the websockets library TikTokLive uses (websocket-client would refuse it)
            extra["sec-websocket-protocol"] = ("Sec-WebSocket-Protocol", ", ".join(subprotocols))
        sock = websocket.WebSocket(enable_multithread=True, skip_utf8_validation=True)
        deadline = _Deadline(handshake_deadline, sock)
        try:
            sock.connect(
                url,
                timeout=timeout,
                header=[f"User-Agent: {user_agent}", *(f"{name}: {value}" for name, value in extra.values())],
                cookie=cookie,
                origin="https://www.tiktok.com",
                redirect_limit=0,  # a redirect would carry the cookies elsewhere
                **(proxy.websocket_options() if proxy else {}),
            )
        except websocket.WebSocketBadStatusException as exc:
            raise _handshake_refused(exc) from exc
        except (websocket.WebSocketException, OSError, ssl.SSLError) as exc:
            reason = f"no answer within {handshake_deadline:g} s" if deadline.expired else redact(str(exc))
            if "redirect" in str(exc).lower():
                reason = "it redirected, and a redirect is not followed (the cookies would go along)"
            raise WebSocketConnectionError(f"websocket connection to TikTok failed: {reason}") from exc
        finally:
            deadline.cancel()
        if sock.getstatus() != 101:  # older websocket-client releases take a redirect for success
            sock.shutdown()
            raise WebSocketConnectionError(
                f"websocket connection to TikTok failed: it answered HTTP {sock.getstatus()}, "
                "a redirect, which is not followed (the cookies would go along)"
            )
        options = parse_handshake_options((sock.getheaders() or {}).get("handshake-options"))
        interval = _heartbeat_interval(options, fetch_result)
        connection = cls(sock, room_id, interval, stall_after * interval if stall_after else None)
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
        usable are logged, reported to ``on_skip`` and skipped. Raises
        WebSocketConnectionError if the socket breaks, stalls or sends too much.
        """
        while True:
            if self.stall_seconds is not None:
                self._message_deadline = time.monotonic() + self.stall_seconds
                if self._read_timeout < self.stall_seconds - TIMEOUT_SLACK and self._sock.sock is not None:
                    self._sock.sock.settimeout(self.stall_seconds)  # a new message: the whole time again
                    self._read_timeout = self.stall_seconds
            try:
                opcode, data = self._recv_message()
            except (websocket.WebSocketTimeoutException, socket.timeout) as exc:
                if self._closed.is_set():
                    return None
                raise WebSocketConnectionError(
                    f"no whole frame for {self.stall_seconds:g} s: the connection stalled"
                ) from exc
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
                self._skip(f"a non-binary websocket message ({len(data)} bytes)", data)
                continue
            if self.on_frame is not None:
                self.on_frame(data)
            try:
                received = self._read_frame(data)
            except FrameError as exc:
                self._skip(str(exc), data)
                continue
            if received is not None:
                return received

    def _skip(self, why: str, data: bytes) -> None:
        if self.on_skip is not None:
            self.on_skip()
        logger.warning("skipping a bad frame: %s (starts %s)", why, bytes(data[:16]).hex())

    def _recv_message(self) -> Tuple[int, bytes]:
        """One whole message, its fragments joined once; pings answered, pongs ignored.

        A message whose announced size (all fragments together) passes MAX_FRAME_SIZE
        raises before its payload is read, so a peer cannot make us buffer it.
        """
        parts: List[bytes] = []
        size = 0
        opcode: Optional[int] = None
        while True:
            frame = self._recv_frame(size)
            if frame.opcode == websocket.ABNF.OPCODE_CLOSE:
                with contextlib.suppress(websocket.WebSocketException, OSError):
                    self._sock.send_close()
                return frame.opcode, b""
            if frame.opcode == websocket.ABNF.OPCODE_PING:
                with contextlib.suppress(websocket.WebSocketException, OSError):
                    self._sock.pong(frame.data)
                continue
            if frame.opcode == websocket.ABNF.OPCODE_PONG:
                continue
            if (frame.opcode == websocket.ABNF.OPCODE_CONT) == (opcode is None):
                raise websocket.WebSocketProtocolException("fragments out of order")
            opcode = frame.opcode if opcode is None else opcode
            data = frame.data if isinstance(frame.data, bytes) else frame.data.encode("utf-8")
            parts.append(data)
            size += len(data)
            if frame.fin:
                return opcode, parts[0] if len(parts) == 1 else b"".join(parts)

    def _recv_frame(self, received: int) -> websocket.ABNF:
        buffer = self._sock.frame_buffer  # read the header and length first (every release
        if buffer.header is None:  # of websocket-client keeps them in these attributes)
            buffer.recv_header()
        if buffer.length is None:
            buffer.recv_length()
        if buffer.length is not None and received + buffer.length > MAX_FRAME_SIZE:
            raise websocket.WebSocketProtocolException(
                f"a message of over {MAX_FRAME_SIZE} bytes was announced; not read"
            )
        frame: websocket.ABNF = self._sock.recv_frame()
        return frame

    def _read_frame(self, data: bytes) -> Optional[ReceivedResult]:
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
        """Say goodbye with a close frame, then cut the socket (the reader wakes up at once,
        whether or not the peer answers the close). Safe to call repeatedly."""
        if self._closed.is_set():
            return
        self._closed.set()
        with contextlib.suppress(websocket.WebSocketException, OSError):
            self._sock.send_close()
        self.abort()

    def abort(self) -> None:
        """Cut the connection without a goodbye (the reader wakes up at once)."""
        self._closed.set()
        # websocket-client's own abort() does nothing once send_close() marked the socket
        # disconnected, so shut the raw socket down ourselves.
        raw = self._sock.sock
        if raw is not None:
            with contextlib.suppress(OSError):
                raw.shutdown(socket.SHUT_RDWR)

    def release(self) -> None:
        """Free the socket once no thread uses it any more."""
        self._closed.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown()


class _Deadline:
    """Shuts ``sock`` down after ``seconds`` unless cancelled first (bounds a handshake)."""

    def __init__(self, seconds: float, sock: websocket.WebSocket) -> None:
        self.expired = False
        self._sock = sock
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.name = "tiktoklive-handshake-deadline"
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        self.expired = True
        raw = self._sock.sock
        if raw is not None:
            with contextlib.suppress(OSError):
                raw.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()
        self._timer.join()


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
