"""Shared fixtures: a FakeLiveServer per test, clients that are always stopped, and a check
that no client thread outlives its test."""

from __future__ import annotations

import signal
from typing import Any, Callable, Dict, Iterator, List

import pytest
from helpers import Recorder, library_threads

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.testing import FakeLiveServer

pytest_plugins = ["loopback_proxy", "redis_server"]  # the ``proxy`` and ``redis_url`` fixtures


@pytest.fixture
def server() -> Iterator[FakeLiveServer]:
    with FakeLiveServer("creator", heartbeat_interval=0.2) as fake:
        yield fake


@pytest.fixture
def make_client(server: FakeLiveServer) -> Iterator[Callable[..., TikTokLiveClient]]:
    clients: List[TikTokLiveClient] = []

    def make(unique_id: str = "@creator", **kwargs: Any) -> TikTokLiveClient:
        options: Dict[str, Any] = {**server.client_kwargs, **kwargs}
        client = TikTokLiveClient(unique_id, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(autouse=True)
def no_leaked_client_threads() -> Iterator[None]:
    yield
    leftovers = library_threads()
    for thread in leftovers:
        thread.join(5)  # a dispatcher may be returning from its last handler
    alive = [t.name for t in leftovers if t.is_alive()]
    assert not alive, f"client threads left running: {alive}"


@pytest.fixture
def ctrl_c_works() -> Iterator[None]:
    """Make SIGINT raise KeyboardInterrupt here and in child processes, even when the test run
    itself started with SIGINT ignored (as shells start ``command &`` jobs)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)
