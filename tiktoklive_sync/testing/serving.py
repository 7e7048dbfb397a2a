"""The local TikTok's own small HTTP and websocket server (standard library only).

One loopback port serves everything a TikTok LIVE client talks to: plain answers, endless
answers (the live video), and websocket upgrades (the push server). Each connection gets a
thread; the server's ``handle(request, exchange)`` decides what to do with each request
through the :class:`Exchange`: answer it, stream to it, or upgrade it to a websocket.

The websocket side follows RFC 6455 as clients need it: masked client frames, fragments,
pings answered, close frames answered, text and binary messages; no extensions are
negotiated (a client offering compression gets none, as TikTok's push server does).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import socket
import struct
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "ConnectionClosed",
    "Exchange",
    "HttpServer",
    "Request",
    "Response",
    "WebSocket",
    "json_response",
    "response",
]

logger = logging.getLogger(__name__)

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455
_MAX_HEAD = 64 * 1024
_MAX_BODY = 4 * 1024 * 1024
#: The largest websocket message the server takes from a client.
MAX_MESSAGE = 4 * 1024 * 1024
#: How long a close waits for the client's answer before ending the connection.
CLOSE_TIMEOUT = 1.0
_REASONS = {
    101: "Switching Protocols",
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


class ConnectionClosed(Exception):
    """The websocket is closed (by either side)."""


class Headers:
    """HTTP headers: in their order, looked up without regard to case."""

    def __init__(self, items: Sequence[Tuple[str, str]] = ()) -> None:
        self._items: List[Tuple[str, str]] = list(items)

    def get(self, name: str, default: str = "") -> str:
        """The first value of ``name`` (``default`` when absent)."""
        wanted = name.lower()
        return next((value for key, value in self._items if key.lower() == wanted), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(key.lower() == name.lower() for key, _ in self._items)

    def __getitem__(self, name: str) -> str:
        if name not in self:
            raise KeyError(name)
        return self.get(name)

    def __setitem__(self, name: str, value: str) -> None:
        self._items = [(key, old) for key, old in self._items if key.lower() != name.lower()]
        self._items.append((name, value))

    def raw_items(self) -> List[Tuple[str, str]]:
        """Every header as sent, names as written."""
        return list(self._items)

    def as_dict(self) -> Dict[str, str]:
        """By name as written (the last of repeated ones)."""
        return dict(self._items)


@dataclass
class Request:
    """One HTTP request."""

    method: str
    path: str  # with the query string, as on the request line
    headers: Headers
    body: bytes = b""

    @property
    def route(self) -> str:
        """The path without the query string."""
        return urlsplit(self.path).path

    @property
    def query(self) -> str:
        """The query string."""
        return urlsplit(self.path).query

    @property
    def params(self) -> Dict[str, str]:
        """The query parameters (the last of repeated ones)."""
        return dict(parse_qsl(self.query, keep_blank_values=True))


@dataclass
class Response:
    """One HTTP answer."""

    status_code: int
    body: bytes = b""
    headers: Headers = field(default_factory=Headers)

    @property
    def reason_phrase(self) -> str:
        """The status's words."""
        return _REASONS.get(self.status_code, "Unknown")


def response(
    status: int,
    body: bytes = b"",
    headers: Optional[Dict[str, str]] = None,
    *,
    content_type: str = "text/plain; charset=utf-8",
) -> Response:
    """An answer with the usual headers (Date, Content-Type, Content-Length, Server)."""
    all_headers = Headers(
        [
            ("Date", formatdate(usegmt=True)),
            ("Server", "nginx"),
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
        ]
    )
    for name, value in (headers or {}).items():
        all_headers[name] = value
    return Response(status, body, all_headers)


def json_response(status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> Response:
    """A JSON answer."""
    import json

    return response(status, json.dumps(body).encode("utf-8"), headers, content_type="application/json")


class Exchange:
    """What the handler does with one request: :meth:`answer` it, :meth:`stream` to it, or
    :meth:`upgrade` it to a websocket."""

    def __init__(self, sock: socket.socket, reader: Any) -> None:
        self._sock = sock
        self._reader = reader
        self.done = False

    def answer(self, reply: Response) -> None:
        """Send a whole answer (the connection then closes)."""
        reply.headers["Connection"] = "close"
        self._sock.sendall(_head(reply.status_code, reply.headers) + reply.body)
        self.done = True

    def abort(self) -> None:
        """Drop the connection without an answer."""
        self.done = True
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)

    def stream(self, status: int, headers: Dict[str, str]) -> Callable[[bytes], None]:
        """Start an endless answer (it ends when the connection closes); the writer it
        returns raises OSError once the client went away."""
        all_headers = Headers([("Server", "nginx"), ("Connection", "close"), *headers.items()])
        self._sock.sendall(_head(status, all_headers, version="HTTP/1.0"))
        self.done = True
        return self._sock.sendall

    def upgrade(self, request: Request, headers: Dict[str, str]) -> WebSocket:
        """Accept a websocket upgrade (101, with ``headers``); the websocket it returns is open."""
        key = request.headers.get("Sec-WebSocket-Key")
        accept = base64.b64encode(hashlib.sha1((key + _GUID).encode("ascii")).digest()).decode("ascii")
        all_headers = Headers(
            [("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Accept", accept)]
        )
        for name, value in headers.items():
            all_headers[name] = value
        self._sock.sendall(_head(101, all_headers))
        self.done = True
        return WebSocket(self._sock, self._reader)


def _head(status: int, headers: Headers, version: str = "HTTP/1.1") -> bytes:
    lines = [f"{version} {status} {_REASONS.get(status, 'Unknown')}"]
    lines += [f"{name}: {value}" for name, value in headers.raw_items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class WebSocket:
    """The server's end of one websocket: send binary or text messages, read the client's,
    close. ``state`` is ``"OPEN"`` until either side closed."""

    def __init__(self, sock: socket.socket, reader: Any) -> None:
        self.socket = sock
        self._reader = reader
        self._send_lock = threading.Lock()
        self._closed = threading.Event()
        self._read_ended = threading.Event()

    @property
    def state(self) -> str:
        """``"OPEN"`` or ``"CLOSED"``."""
        return "CLOSED" if self._closed.is_set() else "OPEN"

    def send(self, data: Union[bytes, str]) -> None:
        """One message (bytes: binary, str: text); ConnectionClosed once closed."""
        opcode, payload = (0x1, data.encode("utf-8")) if isinstance(data, str) else (0x2, data)
        self._send_frame(opcode, payload)

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        if self._closed.is_set() and opcode != 0x8:
            raise ConnectionClosed("the websocket is closed")
        head = bytes([0x80 | opcode])
        length = len(payload)
        if length < 126:
            head += bytes([length])
        elif length < 1 << 16:
            head += bytes([126]) + struct.pack(">H", length)
        else:
            head += bytes([127]) + struct.pack(">Q", length)
        try:
            with self._send_lock:
                self.socket.sendall(head + payload)
        except OSError as exc:
            self._closed.set()
            raise ConnectionClosed(str(exc)) from exc

    def close(self, code: int = 1000, reason: str = "", *, timeout: float = CLOSE_TIMEOUT) -> None:
        """Send a close frame (if still open), give the client up to ``timeout`` seconds to
        answer it (what it sends meanwhile is still read), then end the connection."""
        if not self._closed.is_set():
            with contextlib.suppress(ConnectionClosed):
                self._send_frame(0x8, struct.pack(">H", code) + reason.encode("utf-8"))
            self._closed.set()
            self._read_ended.wait(timeout)
        self._closed.set()
        with contextlib.suppress(OSError):
            self.socket.shutdown(socket.SHUT_RDWR)

    def __iter__(self) -> Iterator[Union[bytes, str]]:
        """The client's messages until the connection closes."""
        while True:
            try:
                message = self._receive()
            except (OSError, ConnectionClosed, ValueError):
                message = None
            if message is None:
                self._closed.set()
                self._read_ended.set()
                return
            yield message

    def _receive(self) -> Optional[Union[bytes, str]]:
        parts: List[bytes] = []
        kind = 0
        while True:
            opcode, fin, payload = self._read_frame()
            if opcode == 0x8:  # close: answer it, and the connection is over
                if not self._closed.is_set():
                    with contextlib.suppress(ConnectionClosed):
                        self._send_frame(0x8, payload[:2])
                self._closed.set()
                return None
            if opcode == 0x9:
                with contextlib.suppress(ConnectionClosed):
                    self._send_frame(0xA, payload)
                continue
            if opcode == 0xA:
                continue
            kind = opcode if opcode else kind
            parts.append(payload)
            if sum(map(len, parts)) > MAX_MESSAGE:
                raise ValueError("a client message too large")
            if fin:
                data = b"".join(parts)
                return data.decode("utf-8", "replace") if kind == 0x1 else data

    def _read_frame(self) -> Tuple[int, bool, bytes]:
        first, second = self._exactly(2)
        length = second & 0x7F
        if length == 126:
            (length,) = struct.unpack(">H", self._exactly(2))
        elif length == 127:
            (length,) = struct.unpack(">Q", self._exactly(8))
        if length > MAX_MESSAGE:
            raise ValueError("a client frame too large")
        mask = self._exactly(4) if second & 0x80 else b""
        payload = self._exactly(length)
        if mask:
            payload = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        return first & 0x0F, bool(first & 0x80), payload

    def _exactly(self, size: int) -> bytes:
        data = self._reader.read(size) if size else b""
        if len(data) < size:
            raise ConnectionClosed("the client went away")
        return bytes(data)


class HttpServer:
    """Listens on ``host:port`` and calls ``handle(request, exchange)`` for every request, one
    thread per connection; requests with no answer get a 500."""

    def __init__(self, host: str, port: int, handle: Callable[[Request, Exchange], None]) -> None:
        self._handle = handle
        self._listener = socket.create_server((host, port))
        self.port: int = self._listener.getsockname()[1]
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._connections: List[socket.socket] = []
        self._threads: List[threading.Thread] = []
        self._thread: Optional[threading.Thread] = None
        #: TCP connections accepted so far.
        self.accepted = 0

    def start(self, name: str) -> None:
        """Accept connections on a thread named ``name``."""
        self._thread = threading.Thread(target=self._accept, name=name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and end every connection."""
        self._closing.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            connections, threads = list(self._connections), list(self._threads)
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in [self._thread, *threads]:
            if thread is not None and thread is not threading.current_thread():
                thread.join(5)

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(
                target=self._serve, args=(sock,), name="fake-tiktok-connection", daemon=True
            )
            with self._lock:
                self._threads = [alive for alive in self._threads if alive.is_alive()]
                self._connections = [open_ for open_ in self._connections if open_.fileno() != -1]
                self._connections.append(sock)
                self._threads.append(thread)
                self.accepted += 1
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        # frames go out as they are written, as TikTok's do: no Nagle delay on small ones
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        reader = sock.makefile("rb")
        try:
            request = _read_request(reader)
            if request is None:
                return
            exchange = Exchange(sock, reader)
            try:
                self._handle(request, exchange)
            except (OSError, ConnectionClosed):
                return  # the client went away
            except Exception:
                logger.exception("the local TikTok failed to answer %s %s", request.method, request.route)
                if not exchange.done:
                    exchange.answer(response(500, b"internal error"))
                return
            if not exchange.done:
                exchange.answer(response(500, b"no answer"))
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            reader.close()
            sock.close()


def _read_request(reader: Any) -> Optional[Request]:
    """One request from a connection (None when the client sent nothing usable)."""
    line = reader.readline(_MAX_HEAD)
    parts = line.decode("latin-1").strip().split(" ")
    if len(parts) != 3:
        return None
    method, path, _ = parts
    items: List[Tuple[str, str]] = []
    size = len(line)
    while True:
        header = reader.readline(_MAX_HEAD)
        size += len(header)
        if not header or header in (b"\r\n", b"\n") or size > _MAX_HEAD:
            break
        name, _, value = header.decode("latin-1").partition(":")
        items.append((name.strip(), value.strip()))
    headers = Headers(items)
    length = min(int(headers.get("Content-Length") or 0), _MAX_BODY)
    body = reader.read(length) if length else b""
    return Request(method.upper(), path, headers, body)
