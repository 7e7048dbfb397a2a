"""The Redis monitor under faults, on a real redis-server: a Redis that lost its data, a
worker cut off by the network (a frozen link: nothing refused, nothing answered), a Redis
that refuses writes, Ctrl+C while Redis does not answer, and workers whose clocks disagree."""

from __future__ import annotations

import threading
import time

import redis as redis_py
from frozen_link import FrozenLink
from helpers import wait_until

from tiktoklive_sync.monitor import LiveMonitor
from tiktoklive_sync.monitor.monitor import RELEASE_WITHIN
from tiktoklive_sync.monitor.redis import RedisCoordinator, RedisSignBudget, connect
from tiktoklive_sync.monitor.sinks import RedisStreamSink
from tiktoklive_sync.testing import FakeLiveServer

FAST = {"poll_interval": 0.2, "max_poll_interval": 1.0, "sign_budget": 6000}


def redis_port(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/", 1)[0])


def states(*monitors: LiveMonitor):
    return {status.unique_id: status.state for monitor in monitors for status in monitor.status()}


def watched(*monitors: LiveMonitor):
    """Every creator watched, and by how many workers."""
    found = {}
    for monitor in monitors:
        for status in monitor.status():
            if status.state == "connected":
                found[status.unique_id] = found.get(status.unique_id, 0) + 1
    return found


def test_a_redis_that_lost_its_data_is_refilled_and_every_creator_stays_watched(redis_url):
    store = redis_py.Redis.from_url(redis_url)
    with FakeLiveServer("room_0", heartbeat_interval=0.2) as host:
        rooms = [host, *(host.add_room(f"room_{index}") for index in range(1, 4))]
        coordinators = [RedisCoordinator(connect(redis_url), lease_ttl=1.5) for _ in range(2)]
        halves = ([room.unique_id for room in rooms[:2]], [room.unique_id for room in rooms[2:]])
        workers = [
            LiveMonitor(half, coordinator=coordinator, **FAST, **host.client_kwargs)
            for half, coordinator in zip(halves, coordinators)
        ]
        try:
            for worker in workers:
                worker.start()
            wait_until(
                lambda: all(worker.counts().get("connected") == 2 for worker in workers), what="two each"
            )
            sessions = [len(room.sessions) for room in rooms]
            store.flushall()  # what a restart without persistence leaves: nothing
            wait_until(lambda: len(store.smembers("tiktoklive:creators")) == 4, what="the list put back")
            done = [coordinator.rounds for coordinator in coordinators]
            wait_until(lambda: all(c.rounds >= n + 3 for c, n in zip(coordinators, done)), what="more rounds")
            assert watched(*workers) == {room.unique_id: 1 for room in rooms}  # still, once each
            assert [len(room.sessions) for room in rooms] == sessions  # no stream dropped meanwhile
            holders = {store.get(f"tiktoklive:lease:{room.unique_id}").decode() for room in rooms}
            assert holders == {coordinator.worker_id for coordinator in coordinators}
            for worker in workers:  # each shows the other's creators as elsewhere, none unassigned
                assert (
                    sorted(status.state for status in worker.status())
                    == ["connected"] * 2 + ["elsewhere"] * 2
                )
        finally:
            for worker in workers:
                worker.stop()


def test_a_worker_cut_off_from_redis_lets_go_before_another_takes_over(redis_url):
    ttl = 3.0
    with FakeLiveServer("creator", heartbeat_interval=0.2) as server, FrozenLink(
        "127.0.0.1", redis_port(redis_url)
    ) as link:
        # the command line's Redis client: a call waits up to 5 s for an answer, longer than
        # the 0.8 of a lease after which a worker must have let go
        cut_off = LiveMonitor(
            ["creator"],
            coordinator=RedisCoordinator(connect(link.url()), lease_ttl=ttl),
            **FAST,
            **server.client_kwargs,
        )
        other = LiveMonitor(
            ["creator"],
            coordinator=RedisCoordinator(connect(redis_url), lease_ttl=ttl),
            **FAST,
            **server.client_kwargs,
        )
        try:
            cut_off.start()
            wait_until(lambda: states(cut_off) == {"creator": "connected"})
            other.start()
            wait_until(lambda: states(other) == {"creator": "elsewhere"})
            link.freeze()  # a partition: the cut-off worker's Redis calls now hang
            wait_until(lambda: states(other) == {"creator": "connected"}, what="the takeover")
            first, second = server.sessions
            assert first.closed_at is not None and first.closed_at <= second.opened_at  # never twice
            assert states(cut_off) == {"creator": "unassigned"}
        finally:
            link.thaw()
            other.stop()
            cut_off.stop()


def test_a_redis_that_refuses_writes_loses_the_sink_not_the_streams(redis_url):
    store = redis_py.Redis.from_url(redis_url)
    coordinator = RedisCoordinator(connect(redis_url), lease_ttl=1.5)
    with FakeLiveServer("creator", heartbeat_interval=0.2) as server:
        monitor = LiveMonitor(
            ["creator"],
            RedisStreamSink(connect(redis_url)),
            coordinator=coordinator,
            **FAST,
            **server.client_kwargs,
        )
        try:
            monitor.start()
            wait_until(lambda: states(monitor) == {"creator": "connected"})
            server.push_comment("viewer", "stored")
            wait_until(lambda: store.xlen("tiktoklive:events") >= 1)
            store.config_set("maxmemory-policy", "noeviction")
            store.config_set("maxmemory", 1)  # full: every write that needs memory is refused
            server.push_comment("viewer", "refused")
            wait_until(lambda: monitor.sink_errors >= 1)
            done = coordinator.rounds
            wait_until(lambda: coordinator.rounds >= done + 9, what="three leases' lives")
            assert states(monitor) == {"creator": "connected"} and len(server.sessions) == 1
            store.config_set("maxmemory", 0)
            server.push_comment("viewer", "stored again")
            wait_until(lambda: store.xlen("tiktoklive:events") >= 2)
        finally:
            monitor.stop()


def test_the_event_stream_is_capped(redis_url, server):
    from tiktoklive_sync.monitor.sinks import DEFAULT_STREAM_MAXLEN, sink_from

    assert sink_from(redis_url).maxlen == DEFAULT_STREAM_MAXLEN == 1_000_000  # capped unless told
    store = redis_py.Redis.from_url(redis_url)
    monitor = LiveMonitor(
        ["creator"], RedisStreamSink(connect(redis_url), maxlen=100), **FAST, **server.client_kwargs
    )
    try:
        monitor.start()
        wait_until(lambda: states(monitor) == {"creator": "connected"})
        for number in range(1000):
            server.push_comment("viewer", f"comment {number}")
        wait_until(lambda: monitor.status()[0].events >= 1000)
        assert 100 <= store.xlen("tiktoklive:events") <= 300  # about 100 (trimmed in whole nodes)
    finally:
        monitor.stop()


def test_stopping_with_redis_unanswering_takes_at_most_the_release_bound(redis_url):
    with FakeLiveServer("room_0", heartbeat_interval=0.2) as host, FrozenLink(
        "127.0.0.1", redis_port(redis_url)
    ) as link:
        rooms = [host, *(host.add_room(f"room_{index}") for index in range(1, 10))]
        monitor = LiveMonitor(
            [room.unique_id for room in rooms],
            coordinator=RedisCoordinator(connect(link.url()), lease_ttl=15),
            **FAST,
            **host.client_kwargs,
        )
        monitor.start()
        try:
            wait_until(lambda: list(watched(monitor).values()) == [1] * 10)
            link.freeze()  # every release now waits for an answer that never comes
        finally:
            began = time.monotonic()
            monitor.stop()
            took = time.monotonic() - began
            link.thaw()
    assert RELEASE_WITHIN == 1.0
    assert took < 2.0  # what README promises for Ctrl+C, whatever Redis does


def test_workers_whose_clocks_disagree_share_one_budget(redis_url, monkeypatch):
    real_time = time.time
    monkeypatch.setattr(  # the "skewed" worker's clock runs 30 s ahead
        time, "time", lambda: real_time() + (30 if threading.current_thread().name == "skewed" else 0)
    )
    budgets = [RedisSignBudget(connect(redis_url), per_minute=600) for _ in range(2)]  # 10 a second
    granted = []
    stop = threading.Event()

    def sign(budget: RedisSignBudget) -> None:
        while not stop.is_set():
            if budget.acquire(reconnect=False, stopping=stop):
                granted.append(time.monotonic())

    threads = [
        threading.Thread(target=sign, args=(budget,), name=name)
        for budget, name in zip(budgets, ("steady", "skewed"))
    ]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    stop.wait(1.5)
    stop.set()
    for thread in threads:
        thread.join(10)
    elapsed = time.monotonic() - began
    assert len(granted) <= elapsed * 10 + 3  # one budget for both: twice as many if not
