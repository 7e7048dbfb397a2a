"""The websocket: websocket-client's socket with our limits and deadlines — and the one
place where its exceptions become ours (``WebSocket._error_for``).

Only this module (with the HTTP one) imports ``websocket`` (websocket-client). Bounds a peer
cannot move: the handshake's total deadline, a message's announced size and number of
fragments, a whole-message deadline however slowly the bytes trickle (the stall watchdog), a
deadline on every send (a peer that stops reading cannot hold a thread), and a close that
never waits for a send stuck on a full socket.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import websocket

from .._redaction import redact
from .._run.scheduler import deadline
from ..errors import WebcastBlocked200Error, WebSocketConnectionError
from .proxy import ProxySettings

__all__ = [
    "CLOSE_DEADLINE",
    "HANDSHAKE_DEADLINE",
    "MAX_FRAGMENTS",
    "MAX_FRAME_SIZE",
    "SEND_DEADLINE",
    "WebSocket",
]

logger = logging.getLogger(__name__)

#: A websocket message announcing more bytes than this ends the connection before any of
#: them is read (real frames are a few KB to a few hundred); fragments count together.
MAX_FRAME_SIZE = 16 * 1024 * 1024
#: A message may come in at most this many fragments (TikTok sends whole messages), so a peer
#: sending empty fragments forever cannot make us keep them.
MAX_FRAGMENTS = 1024
#: The whole websocket handshake must finish within this many seconds, however the bytes trickle.
HANDSHAKE_DEADLINE = 20.0
#: A send that has not finished after this many seconds means the peer stopped reading: the
#: connection is cut (and reconnected).
SEND_DEADLINE = 10.0
#: How long a goodbye (the close frame) may take before the socket is cut anyway.
CLOSE_DEADLINE = 1.0
#: How much closer a message's deadline must come before the socket timeout is shortened.
TIMEOUT_SLACK = 0.05
#: How many bytes one read from the socket asks for (frames are taken from them in turn).
READ_CHUNK = 65536
#: websocket-client's opcodes, by name.
BINARY, CLOSE, CONT, PING, PONG = (
    websocket.ABNF.OPCODE_BINARY,
    websocket.ABNF.OPCODE_CLOSE,
    websocket.ABNF.OPCODE_CONT,
    websocket.ABNF.OPCODE_PING,
    websocket.ABNF.OPCODE_PONG,
)


class _Stalled(Exception):
    """No whole message within the stall deadline."""


class WebSocket:
    """One open websocket (use :meth:`connect`)."""

    def __init__(self, sock: websocket.WebSocket) -> None:
        self._sock = sock
        self._closed = threading.Event()
        #: No whole message for this long (seconds) counts as a stall; None: never.
        self.stall_seconds: Optional[float] = None
        self._message_deadline = float("inf")
        self._read_timeout = float("inf")  # what the socket's timeout is now: none at all
        raw = sock.sock
        if raw is not None:
            with contextlib.suppress(OSError):  # a socket the peer already dropped
                raw.settimeout(None)  # the handshake's timeout is not the watchdog's
        # Reads are buffered: websocket-client asks for a frame's header, its length and its
        # payload separately; one system call of READ_CHUNK bytes usually serves several
        # frames. The stall watchdog counts whole messages, not reads: every read of a
        # message gets only what is left of the message's deadline, so a trickling peer
        # cannot reset it.
        read = sock.frame_buffer.recv
        pending = b""
        position = 0

        def read_within_deadline(size: int) -> bytes:
            nonlocal pending, position
            if position >= len(pending):
                remaining = self._message_deadline - time.monotonic()
                if remaining <= 0:
                    raise _Stalled
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
    def connect(
        cls,
        url: str,
        *,
        cookie: str,
        user_agent: str,
        timeout: float,
        headers: Mapping[str, str] = {},
        subprotocols: Optional[Sequence[str]] = None,
        proxy: Optional[ProxySettings] = None,
        handshake_deadline: float = HANDSHAKE_DEADLINE,
    ) -> WebSocket:
        """Do the handshake (within ``handshake_deadline`` seconds in all). ``headers`` are
        added to (or replace) the handshake's; ``subprotocols`` are offered, and a server that
        picks none is fine. Raises WebcastBlocked200Error when TikTok answers the upgrade with
        200 or 400 and WebSocketConnectionError for any other failure."""
        extra = {name.lower(): (name, value) for name, value in headers.items()}
        if "cookie" in extra:
            cookie = extra.pop("cookie")[1]
        user_agent = extra.pop("user-agent", ("", user_agent))[1]
        if subprotocols:  # offered as a plain header: websocket-client would refuse an answer
            # that picks none, which the websockets library TikTokLive uses accepts
            extra["sec-websocket-protocol"] = ("Sec-WebSocket-Protocol", ", ".join(subprotocols))
        sock = websocket.WebSocket(enable_multithread=True, skip_utf8_validation=True)
        lines = [f"User-Agent: {user_agent}", *(f"{name}: {value}" for name, value in extra.values())]
        try:
            with deadline(handshake_deadline, lambda: _shutdown(sock.sock)) as watched:
                try:
                    sock.connect(
                        url,
                        timeout=timeout,
                        header=lines,
                        cookie=cookie,
                        origin="https://www.tiktok.com",
                        redirect_limit=0,  # a redirect would carry the cookies elsewhere
                        **(proxy.websocket_options() if proxy else {}),
                    )
                except websocket.WebSocketBadStatusException as exc:
                    raise _handshake_refused(exc) from exc
                except (websocket.WebSocketException, OSError, ssl.SSLError) as exc:
                    reason = (
                        f"no answer within {handshake_deadline:g} s" if watched.expired else _describe(exc)
                    )
                    if "redirect" in str(exc).lower():
                        reason = "it redirected, and a redirect is not followed (the cookies would go along)"
                    raise WebSocketConnectionError(
                        f"websocket connection to TikTok failed: {reason}"
                    ) from exc
        except BaseException:
            _shutdown(sock.sock)
            raise
        if sock.getstatus() != 101:  # older websocket-client releases take a redirect for success
            sock.shutdown()
            raise WebSocketConnectionError(
                f"websocket connection to TikTok failed: it answered HTTP {sock.getstatus()}, "
                "a redirect, which is not followed (the cookies would go along)"
            )
        return cls(sock)

    @property
    def handshake_headers(self) -> Dict[str, str]:
        """The upgrade answer's headers, by lower-case name."""
        return {name.lower(): value for name, value in (self._sock.getheaders() or {}).items()}

    @property
    def is_open(self) -> bool:
        """False once either side closed the connection."""
        return not self._closed.is_set()

    # -- receiving --------------------------------------------------------------------------

    def receive(self) -> Optional[Tuple[int, bytes]]:
        """The next whole message ``(opcode, data)``, its fragments joined once; pings are
        answered, pongs ignored. None once the connection is closed (by either side).
        WebSocketConnectionError if the socket breaks, stalls or sends too much."""
        if self.stall_seconds is not None:
            self._message_deadline = time.monotonic() + self.stall_seconds
            raw = self._sock.sock
            if self._read_timeout < self.stall_seconds - TIMEOUT_SLACK and raw is not None:
                raw.settimeout(self.stall_seconds)  # a new message: the whole time again
                self._read_timeout = self.stall_seconds
        try:
            opcode, data = self._recv_message()
        except _SOCKET_ERRORS as exc:
            error = self._error_for(exc)
            if error is None:
                return None  # closed on purpose under the read
            raise error from exc
        if opcode == CLOSE:
            self._closed.set()
            return None
        return opcode, data

    def _error_for(self, exc: BaseException) -> Optional[WebSocketConnectionError]:
        """The one map of websocket-client's and the socket's exceptions to ours; None when
        the connection was closed on purpose meanwhile (nothing went wrong)."""
        if self._closed.is_set():
            return None
        if isinstance(exc, (_Stalled, websocket.WebSocketTimeoutException, socket.timeout)):
            return WebSocketConnectionError(
                f"no whole frame for {self.stall_seconds:g} s: the connection stalled"
            )
        if isinstance(exc, websocket.WebSocketConnectionClosedException):
            return WebSocketConnectionError(f"the websocket dropped: {exc or 'closed'}")
        return WebSocketConnectionError(f"the websocket broke: {_describe(exc)}")

    def _recv_message(self) -> Tuple[int, bytes]:
        parts: List[bytes] = []
        size = 0
        opcode: Optional[int] = None
        while True:
            frame = self._recv_frame(size)
            if frame.opcode == CLOSE:
                self._say_goodbye()
                return CLOSE, b""
            if frame.opcode == PING:
                self.send(frame.data if isinstance(frame.data, bytes) else frame.data.encode(), opcode=PONG)
                continue
            if frame.opcode == PONG:
                continue
            if (frame.opcode == CONT) == (opcode is None):
                raise websocket.WebSocketProtocolException("fragments out of order")
            opcode = frame.opcode if opcode is None else opcode
            data = frame.data if isinstance(frame.data, bytes) else frame.data.encode("utf-8")
            parts.append(data)
            size += len(data)
            if frame.fin:
                return opcode, parts[0] if len(parts) == 1 else b"".join(parts)
            if len(parts) >= MAX_FRAGMENTS:
                raise websocket.WebSocketProtocolException(
                    f"a message in more than {MAX_FRAGMENTS} fragments"
                )

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

    # -- sending ----------------------------------------------------------------------------

    def send(self, data: bytes, *, opcode: int = BINARY, within: float = SEND_DEADLINE) -> None:
        """Send one message; a send still blocked after ``within`` seconds (the peer stopped
        reading) cuts the connection. WebSocketConnectionError when it could not be sent."""
        with deadline(within, self._cut_stuck_send) as watched:
            try:
                self._sock.send(data, opcode)
            except _SOCKET_ERRORS as exc:
                if watched.expired:
                    raise WebSocketConnectionError(
                        f"the peer took nothing for {within:g} s (it stopped reading); the connection is cut"
                    ) from exc
                raise WebSocketConnectionError(f"sending failed: {_describe(exc)}") from exc

    def _cut_stuck_send(self) -> bool:
        self.abort()
        return True

    # -- closing ----------------------------------------------------------------------------

    def close(self) -> None:
        """Say goodbye with a close frame when the socket takes it at once, then cut the
        socket (the reader wakes up at once, whether or not the peer answers). Never waits
        for a send stuck on a full socket. Safe to call repeatedly."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._say_goodbye()
        self.abort()

    def _say_goodbye(self) -> None:
        lock = getattr(self._sock, "lock", None)
        if lock is not None and not lock.acquire(blocking=False):
            return  # a send is stuck on a full socket: no goodbye, the cut frees it
        try:
            raw = self._sock.sock
            frame = websocket.ABNF.create_frame(b"\x03\xe8", CLOSE)  # 1000: a normal close
            if self._sock.get_mask_key is not None:
                frame.get_mask_key = self._sock.get_mask_key
            with deadline(CLOSE_DEADLINE, self._cut_stuck_send), contextlib.suppress(*_SOCKET_ERRORS):
                if raw is not None:
                    raw.sendall(frame.format())
        finally:
            if lock is not None:
                lock.release()

    def abort(self) -> None:
        """Cut the connection without a goodbye (a blocked read or send returns at once)."""
        self._closed.set()
        _shutdown(self._sock.sock)

    def release(self) -> None:
        """Free the socket once no thread uses it any more."""
        self._closed.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown()


#: What websocket-client and the socket raise (mapped by ``WebSocket._error_for``).
_SOCKET_ERRORS = (_Stalled, websocket.WebSocketException, OSError)


def _describe(exc: BaseException) -> str:
    text = redact(str(exc)).strip()
    return text[:200] or type(exc).__name__


def _shutdown(raw: Any) -> bool:
    """Shut a socket down (a blocked read or write returns at once); False when there is
    none yet (a handshake still resolving its host)."""
    if raw is None:
        return False
    with contextlib.suppress(OSError):
        raw.shutdown(socket.SHUT_RDWR)
    return True


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
