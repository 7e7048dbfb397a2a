"""A websocket peer built on raw sockets, for faults FakeLiveServer cannot make: it ignores
close frames, trickles bytes, and sends whatever frames a test hands it.

Point a client at it through FakeLiveServer's sign server::

    with HostilePushServer(on_connect) as hostile:
        server.edit_sign_result(hostile.point_here)
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import socket
import struct
import threading
from typing import Any, Callable, List, Optional

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455


def ws_frame(payload: bytes, opcode: int = 0x2, fin: bool = True) -> bytes:
    """A server-to-client websocket frame (unmasked)."""
    head = bytes([(0x80 if fin else 0) | opcode])
    length = len(payload)
    if length < 126:
        head += bytes([length])
    elif length < 1 << 16:
        head += bytes([126]) + struct.pack(">H", length)
    else:
        head += bytes([127]) + struct.pack(">Q", length)
    return head + payload


class Peer:
    """One accepted connection, handed to the test's ``on_connect`` after the upgrade."""

    def __init__(self, sock: socket.socket, closing: threading.Event) -> None:
        self.sock = sock
        self.closing = closing

    def send(self, data: bytes) -> bool:
        """Send; False once the client has gone."""
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            return False

    def trickle(self, data: bytes, every: float) -> None:
        """Send ``data`` one byte at a time, ``every`` seconds apart, until closed."""
        for byte in data:
            if self.closing.wait(every) or not self.send(bytes([byte])):
                return

    def ignore_everything(self) -> None:
        """Read and drop whatever arrives (close frames included) until the client hangs up."""
        while not self.closing.is_set():
            try:
                if not self.sock.recv(65536):
                    return
            except OSError:
                return


class _RawServer:
    """Accepts connections on 127.0.0.1, reads each request's head, then hands the socket to
    ``_answer(request, peer)`` on a thread of its own; ``with`` stops it all."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.closing = threading.Event()
        self.connections: List[socket.socket] = []
        self._threads: List[threading.Thread] = []

    def __enter__(self: Any) -> Any:
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.closing.set()
        for sock in (self.listener, *self.connections):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in accept() or recv()
            sock.close()
        for thread in self._threads:
            thread.join(5)

    def _spawn(self, target: Callable[..., Any], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, name="hostile-peer", daemon=True)
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        while not self.closing.is_set():
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(sock)
            self._spawn(self._serve, sock)

    def _serve(self, sock: socket.socket) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            try:
                chunk = sock.recv(4096)
            except OSError:
                return
            if not chunk:
                return
            request += chunk
        self._answer(request, Peer(sock, self.closing))

    def _answer(self, request: bytes, peer: Peer) -> None:
        raise NotImplementedError


class HostilePushServer(_RawServer):
    """Accepts websocket upgrades and runs ``on_connect(peer)`` for each.

    ``handshake_every`` trickles the 101 answer one byte per that many seconds.
    """

    def __init__(self, on_connect: Callable[[Peer], Any], *, handshake_every: Optional[float] = None) -> None:
        super().__init__()
        self.on_connect = on_connect
        self.handshake_every = handshake_every
        self.connected = threading.Event()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/webcast/im/ws_proxy/ws_reuse_supplement/"

    def point_here(self, result: Any) -> None:
        """A FakeLiveServer ``edit_sign_result`` hook: hand out this server as the push server."""
        result.push_server = self.url

    def _answer(self, request: bytes, peer: Peer) -> None:
        key = ""
        for line in request.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            if name.strip().lower() == "sec-websocket-key":
                key = value.strip()
        accept = base64.b64encode(hashlib.sha1((key + GUID).encode()).digest()).decode()
        answer = (
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
        ).encode()
        if self.handshake_every is not None:
            peer.trickle(answer, self.handshake_every)
            return
        if not peer.send(answer):
            return
        self.connected.set()
        self.on_connect(peer)


class HostileHttpServer(_RawServer):
    """Answers every HTTP request with ``answer(peer)``: raw bytes, at any pace."""

    def __init__(self, answer: Callable[[Peer], Any]) -> None:
        super().__init__()
        self.answer = answer

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _answer(self, request: bytes, peer: Peer) -> None:
        self.answer(peer)
