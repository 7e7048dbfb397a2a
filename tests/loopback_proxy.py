"""A real proxy server (pproxy) on loopback, HTTP and SOCKS5 on one port with a user, for
the tests that send the client through a proxy."""

from __future__ import annotations

import asyncio
import threading
from typing import Iterator, List

import pproxy
import pytest

USER, PASSWORD = "proxy_user", "s3cret-proxy-pass"


class LoopbackProxy:
    """pproxy serving HTTP and SOCKS5 on one port, with a user, logging what it relays."""

    def __init__(self) -> None:
        self.log: List[str] = []
        self.loop = asyncio.new_event_loop()
        server = pproxy.Server(f"http+socks5://127.0.0.1:0#{USER}:{PASSWORD}")
        # authtime=-1: check the credentials of every connection (pproxy caches per IP otherwise)
        options = {"rserver": [], "verbose": self.log.append, "authtime": -1}
        self.handler = self.loop.run_until_complete(server.start_server(options))
        self.port = self.handler.sockets[0].getsockname()[1]
        self.thread = threading.Thread(target=self.loop.run_forever, name="pproxy", daemon=True)
        self.thread.start()

    def url(self, scheme: str, password: str = PASSWORD) -> str:
        return f"{scheme}://{USER}:{password}@127.0.0.1:{self.port}"

    def relayed_to(self, port: int) -> List[str]:
        return [line for line in self.log if line.endswith(f"-> 127.0.0.1:{port}")]

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()

    async def _shutdown(self) -> None:
        self.handler.close()
        await self.handler.wait_closed()
        relays = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in relays:
            task.cancel()
        await asyncio.gather(*relays, return_exceptions=True)


@pytest.fixture
def proxy() -> Iterator[LoopbackProxy]:
    # Tests list ``proxy`` first: it is set up first and torn down last, after the clients
    # and the server whose connections it relays.
    relay = LoopbackProxy()
    yield relay
    relay.close()
