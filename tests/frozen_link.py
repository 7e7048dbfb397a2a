"""A TCP relay that can freeze: while frozen it keeps every connection open but passes no
byte either way, as a network partition does (packets dropped, nothing refused or reset).
Put it between a client and a real server (Redis) to cut the client off without telling it."""

from __future__ import annotations

import contextlib
import select
import socket
import threading
from typing import List, Tuple


class FrozenLink:
    """``with FrozenLink(host, port) as link:`` — connect to ``link.port`` instead;
    ``link.freeze()`` / ``link.thaw()``."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._flowing = threading.Event()
        self._flowing.set()
        self._closing = threading.Event()
        self._sockets: List[socket.socket] = []
        self._threads: List[threading.Thread] = []

    def url(self, database: int = 0) -> str:
        """A redis:// URL through the link."""
        return f"redis://127.0.0.1:{self.port}/{database}"

    def freeze(self) -> None:
        """Stop passing bytes (connections stay open, new ones are accepted and hang)."""
        self._flowing.clear()

    def thaw(self) -> None:
        """Pass bytes again."""
        self._flowing.set()

    def __enter__(self) -> FrozenLink:
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._closing.set()
        self._flowing.set()
        for sock in (self.listener, *self._sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)
        for sock in (self.listener, *self._sockets):
            sock.close()

    def _spawn(self, target, *args) -> None:  # type: ignore[no-untyped-def]
        thread = threading.Thread(target=target, args=args, name="frozen-link", daemon=True)
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self._sockets += [client, server]
            self._spawn(self._pump, (client, server))

    def _pump(self, pair: Tuple[socket.socket, socket.socket]) -> None:
        client, server = pair
        other = {client: server, server: client}
        while not self._closing.is_set():
            if not self._flowing.wait(0.05):
                continue  # frozen: nothing read, nothing passed on
            try:
                ready, _, _ = select.select([client, server], [], [], 0.05)
                for sock in ready:
                    if not self._flowing.is_set():
                        break
                    data = sock.recv(65536)
                    if not data:
                        return
                    other[sock].sendall(data)
            except (OSError, ValueError):  # a socket closed under us
                return
