"""LiveMonitor against FakeLiveServer rooms: waiting for lives, connecting, going back to
waiting, creators added and removed, sinks, one sign budget, and the cost per connection."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from typing import Any, Iterator, List, Tuple

import pytest
from helpers import wait_until

from tiktoklive_sync.budget import SignBudget
from tiktoklive_sync.events import CommentEvent, ConnectEvent
from tiktoklive_sync.monitor import LiveMonitor
from tiktoklive_sync.monitor.sinks import SQLiteSink, event_record
from tiktoklive_sync.testing import FakeLiveServer

FAST = {"poll_interval": 0.2, "max_poll_interval": 1.0}


@pytest.fixture
def make_monitor(server: FakeLiveServer) -> Iterator[Any]:
    monitors: List[LiveMonitor] = []

    def make(*creators: str, **options: Any) -> LiveMonitor:
        monitor = LiveMonitor(creators, **{**FAST, **server.client_kwargs, **options})
        monitors.append(monitor)
        return monitor

    yield make
    for monitor in monitors:
        monitor.stop()


def state_of(monitor: LiveMonitor, creator: str) -> str:
    return next(status.state for status in monitor.status() if status.unique_id == creator)


def test_waits_for_a_live_connects_and_waits_again_after_it_ends(server, make_monitor):
    later = server.add_room("later", live=False)
    comments: List[Tuple[str, str]] = []
    monitor = make_monitor("creator", "later")

    @monitor.on(CommentEvent)
    def on_comment(event: CommentEvent, creator: str) -> None:
        comments.append((creator, event.comment))

    monitor.start()
    wait_until(
        lambda: state_of(monitor, "creator") == "connected" and state_of(monitor, "later") == "offline"
    )
    later.live = True
    wait_until(lambda: state_of(monitor, "later") == "connected")
    later.push_comment("fan", "first live")
    server.push_comment("fan", "the other room")
    wait_until(lambda: len(comments) == 2)
    later.end_live()
    later.live = False
    wait_until(lambda: state_of(monitor, "later") == "offline")
    later.live = True
    wait_until(lambda: state_of(monitor, "later") == "connected")
    later.push_comment("fan", "second live")
    wait_until(lambda: len(comments) == 3)
    assert sorted(comments) == [
        ("creator", "the other room"),
        ("later", "first live"),
        ("later", "second live"),
    ]
    (status,) = [status for status in monitor.status() if status.unique_id == "later"]
    assert status.connections == 2 and status.room_id == later.room_id
    assert len(later.sessions) == 2  # one websocket per live, never two at once
    assert later.sessions[0].closed_at is not None
    assert later.sessions[0].closed_at <= later.sessions[1].opened_at


def test_offline_creators_are_checked_less_often_the_longer_they_stay_away(server, make_monitor, monkeypatch):
    from tiktoklive_sync.monitor import monitor as monitor_module

    monkeypatch.setattr(monitor_module, "CHECKS_PER_DOUBLING", 3)
    server.live = False
    monitor = make_monitor("creator", poll_interval=0.3, max_poll_interval=1.2)
    monitor.start()
    server.wait_for_requests("/api-live/user/room/", 9, timeout=30)
    checks = [request.at for request in server.requests_to("/api-live/user/room/")]
    gaps = [later - earlier for earlier, later in zip(checks, checks[1:])]
    # 0.3 s apart for three checks, then 0.6, then 1.2 (each give or take 10%)
    assert min(gaps[6:8]) > max(gaps[:3])
    assert state_of(monitor, "creator") == "offline"


def test_unknown_creators_are_reported_and_others_go_on(server, make_monitor):
    monitor = make_monitor("creator", "no_such_user")
    monitor.start()
    wait_until(lambda: monitor.counts() == {"connected": 1, "not found": 1})
    (missing,) = [status for status in monitor.status() if status.unique_id == "no_such_user"]
    assert "not found" in (missing.last_error or "")


def test_creators_are_added_and_removed_while_it_runs(server, make_monitor):
    newcomer = server.add_room("newcomer")
    monitor = make_monitor("creator")
    monitor.start()
    wait_until(lambda: state_of(monitor, "creator") == "connected")
    monitor.add("@newcomer")
    wait_until(lambda: state_of(monitor, "newcomer") == "connected")
    monitor.remove("creator")
    server.wait_for_disconnects(1)
    assert monitor.creators == ["newcomer"]
    assert newcomer.sessions[-1].closed_at is None  # the other one stays connected


@pytest.mark.parametrize("kind", ["jsonl", "sqlite"])
def test_every_event_reaches_the_sink_with_its_message_id(server, make_monitor, tmp_path, kind):
    target = tmp_path / "events.jsonl" if kind == "jsonl" else f"sqlite:///{tmp_path / 'events.db'}"
    monitor = make_monitor("creator", sink=target)
    connected = threading.Event()
    monitor.on(ConnectEvent)(lambda event: connected.set())
    monitor.start()
    assert connected.wait(10)
    sent = [server.push_comment("fan", f"message {index}") for index in range(5)]
    wait_until(lambda: monitor.status()[0].events >= 7)  # connect, viewers, five comments
    monitor.stop()
    if kind == "jsonl":
        records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    else:
        with sqlite3.connect(tmp_path / "events.db") as db:
            rows = db.execute("SELECT id, creator, type, data FROM events ORDER BY received_at").fetchall()
        records = [{"id": id_, "creator": c, "type": t, "data": json.loads(d)} for id_, c, t, d in rows]
    comments = [record for record in records if record["type"] == "CommentEvent"]
    assert [record["data"]["content"] for record in comments] == [f"message {index}" for index in range(5)]
    assert [record["id"] for record in comments] == [f"creator:CommentEvent:{m.common.msg_id}" for m in sent]
    assert all(record["creator"] == "creator" for record in records)
    assert len({record["id"] for record in records}) == len(records)


def test_the_sqlite_sink_stores_a_redelivered_event_once(tmp_path, server):
    sink = SQLiteSink(tmp_path / "events.db")
    from tiktoklive_sync.events import events_from_message

    message = server.messages.chat("fan", "twice")
    (event,) = events_from_message("WebcastChatMessage", message.SerializeToString())
    sink.write(event_record("creator", event))
    sink.write(event_record("creator", event))  # after a reconnect, or a takeover
    sink.close()
    with sqlite3.connect(tmp_path / "events.db") as db:
        assert db.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)


def test_a_rate_limit_pauses_every_connect_not_only_the_one_that_met_it(server, make_monitor):
    rooms = [server.add_room(f"room_{index}") for index in range(3)]
    server.rate_limit_sign(retry_after=2, times=1)
    # One signature a second: the 429 is answered long before the next one may go out.
    monitor = make_monitor(
        "creator", *(room.unique_id for room in rooms), sign_budget=SignBudget(60, burst=1)
    )
    monitor.start()
    wait_until(lambda: monitor.counts().get("connected") == 4)
    signs = server.sign_requests()
    first, later = signs[0], signs[1:]
    assert len(later) == 4  # the one that met the 429 signs again, once
    assert all(request.at >= first.at + 2 for request in later)  # everyone waited out the 2 s


def test_one_connection_costs_one_thread(make_monitor):
    with FakeLiveServer("room_0", heartbeat_interval=0.2) as host:
        rooms = [host, *(host.add_room(f"room_{index}") for index in range(1, 12))]
        before = {thread.name for thread in threading.enumerate()}
        monitor = LiveMonitor(
            [room.unique_id for room in rooms], sign_budget=6000, **FAST, **host.client_kwargs
        )
        try:
            monitor.start()
            wait_until(lambda: monitor.counts().get("connected") == len(rooms))
            ours = [
                thread.name
                for thread in threading.enumerate()
                if thread.name.startswith("tiktoklive") and thread.name not in before
            ]
            readers = [name for name in ours if name.endswith("-reader")]
            assert len(readers) == len(rooms)
            assert not [name for name in ours if name.endswith(("-heartbeat", "-dispatcher"))]
            # shared: the scheduler, 4 dispatch workers, up to 8 checkers, the monitor's own
            # thread and the HTTP deadline watchdog, whatever the number of connections
            shared = len(ours) - len(readers)
            assert shared <= 15
            for room in rooms:  # every connection's heartbeats come from the one scheduler
                room.wait_for_frames("hb", 3)
            clients = [monitor.client_of(room.unique_id) for room in rooms]
            assert len({id(client.web.sign_http) for client in clients if client}) == 1  # one pool
        finally:
            monitor.stop()
    leftovers = [
        thread.name for thread in threading.enumerate() if thread.name.startswith("tiktoklive-monitor")
    ]
    assert leftovers == []


def test_handlers_without_the_creator_parameter_get_the_event_alone(server, make_monitor):
    got: List[str] = []
    monitor = make_monitor("creator")
    monitor.on(CommentEvent)(lambda event: got.append(event.comment))
    monitor.start()
    wait_until(lambda: state_of(monitor, "creator") == "connected")
    server.push_comment("fan", "plain")
    wait_until(lambda: got == ["plain"])


def test_a_stopped_monitor_says_it_cannot_start_again(server, make_monitor):
    monitor = make_monitor("creator")
    monitor.start()
    with pytest.raises(RuntimeError, match="running already"):
        monitor.start()
    monitor.stop()
    assert monitor.wait(0)
    with pytest.raises(RuntimeError, match="make a new LiveMonitor"):
        monitor.start()


def test_reconnects_after_a_blip_are_spread_over_the_budget(server, make_client):
    from tiktoklive_sync.reconnect import ReconnectPolicy

    rooms = [server, *(server.add_room(f"room_{index}") for index in range(1, 5))]
    budget = SignBudget(per_minute=120, burst=1)  # one signature every half second
    policy = ReconnectPolicy(initial_delay=0, jitter=0)
    clients = [make_client(room.unique_id, sign_budget=budget, reconnect=policy) for room in rooms]
    for client in clients:
        client.start()
    before = len(server.sign_requests())
    for room in rooms:
        room.drop_connections()  # a network blip: every stream drops at once
    wait_until(lambda: len(server.sign_requests()) == before + len(rooms))
    wait_until(lambda: all(client.connected for client in clients))
    arrivals = sorted(request.at for request in server.sign_requests()[before:])
    assert arrivals[-1] - arrivals[0] >= (len(rooms) - 1) * 0.5 * 0.8  # spread, not a storm


def test_redis_workers_share_one_sign_budget_and_its_pauses(redis_url):
    from tiktoklive_sync.monitor.redis import RedisSignBudget, connect

    first, second = (RedisSignBudget(connect(redis_url), per_minute=120) for _ in range(2))
    grants: List[float] = []
    lock = threading.Lock()

    def take(budget: SignBudget) -> None:
        for _ in range(3):
            assert budget.acquire(reconnect=False)
            with lock:
                grants.append(time.monotonic())

    workers = [threading.Thread(target=take, args=(budget,)) for budget in (first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    grants.sort()
    assert len(grants) == 6
    assert grants[-1] - grants[0] >= 5 * 0.5 * 0.8  # six signatures at the shared pace, not twelve
    first.pause(30)  # a 429 seen by one worker...
    assert second.paused_for() > 29  # ...holds the other


def test_a_worker_cut_off_from_redis_lets_its_creators_go(server, redis_url):
    import redis as redis_py

    from tiktoklive_sync.monitor.redis import RedisCoordinator, connect

    coordinator = RedisCoordinator(connect(redis_url), lease_ttl=1.5)
    monitor = LiveMonitor(
        ["creator"], coordinator=coordinator, sign_budget=6000, **FAST, **server.client_kwargs
    )
    monitor.start()
    try:
        wait_until(lambda: state_of(monitor, "creator") == "connected")
        with contextlib.suppress(redis_py.ConnectionError):
            redis_py.Redis.from_url(redis_url).shutdown(nosave=True)  # Redis is gone
        server.wait_for_disconnects(1, timeout=30)  # let go: its lease cannot be renewed
        assert state_of(monitor, "creator") == "unassigned"  # not ours, and no other worker's known
    finally:
        monitor.stop()


def test_live_checks_after_a_blip_go_to_tiktok_together(make_monitor):
    from urllib.parse import parse_qsl

    with FakeLiveServer("room_0", heartbeat_interval=0.2) as host:
        rooms = [host, *(host.add_room(f"room_{index}") for index in range(1, 8))]
        monitor = LiveMonitor(
            [room.unique_id for room in rooms], sign_budget=6000, **FAST, **host.client_kwargs
        )
        try:
            monitor.start()
            wait_until(lambda: monitor.counts().get("connected") == len(rooms))
            time.sleep(1.2)  # the answers of the first connects are no longer fresh
            before = len(host.requests_to("/room/check_alive/"))
            # The first batched call is held in flight until every stream's check has been
            # asked, so the batching is seen whatever the machine's speed.
            gate = host.hold_requests("/room/check_alive/")
            for room in rooms:
                room.drop_connections()  # every stream drops at once
            checks = monitor.live_checks
            assert checks is not None
            wait_until(lambda: checks.waiting == len(rooms), what="every stream's live check asked")
            gate.set()
            wait_until(lambda: sum(len(room.sessions) for room in rooms) == 2 * len(rooms))
            wait_until(lambda: monitor.counts().get("connected") == len(rooms))
            statuses = monitor.status()
        finally:
            monitor.stop()
        assert all(len(room.sessions) == 2 for room in rooms)  # one reconnect each, by the client
        assert not any("already" in (status.last_error or "") for status in statuses)
        checks = host.requests_to("/room/check_alive/")[before:]
        asked = [dict(parse_qsl(request.query))["room_ids"].split(",") for request in checks]
        assert sorted(room for batch in asked for room in batch) == sorted(
            str(room.room_id) for room in rooms
        )
        assert len(checks) <= 2  # the held call, and one for everyone who came meanwhile


def test_a_batch_of_live_checks_that_fails_fails_for_each_waiter(server):
    from tiktoklive_sync.client.web import WebClient
    from tiktoklive_sync.errors import TikTokHTTPError
    from tiktoklive_sync.live_checks import LiveCheckBatcher

    web = WebClient(**server.client_kwargs)
    batcher = LiveCheckBatcher(web, window=0.1, fresh=0)  # no answer reused: every call asks
    assert batcher.is_live(server.room_id) is True
    assert batcher.is_live(12345) is False  # TikTok answers for any id: not live
    server.answer_with_html(times=1)
    with pytest.raises(TikTokHTTPError):
        batcher.is_live(server.room_id)
    assert batcher.is_live(server.room_id) is True  # and the next round works again
    web.close()


def test_a_fresh_answer_is_reused_without_a_call(server):
    from tiktoklive_sync.client.web import WebClient
    from tiktoklive_sync.live_checks import LiveCheckBatcher

    web = WebClient(**server.client_kwargs)
    batcher = LiveCheckBatcher(web, window=0, fresh=30)
    batcher.remember(server.room_id, True)  # as the monitor does after the room API said live
    assert batcher.is_live(server.room_id) is True
    assert batcher.calls == 0 and server.requests_to("/room/check_alive/") == []
    assert batcher.is_live(4242) is False and batcher.calls == 1
    assert batcher.is_live(4242) is False and batcher.calls == 1  # fresh: asked once
    web.close()


def test_a_failing_sink_is_counted_and_reported_and_the_stream_goes_on(server, make_monitor, caplog):
    def broken(record: Any) -> None:
        raise OSError("disk full")

    comments: List[str] = []
    monitor = make_monitor("creator", sink=broken)
    monitor.on(CommentEvent)(lambda event: comments.append(event.comment))
    monitor.start()
    wait_until(lambda: state_of(monitor, "creator") == "connected")
    server.push_comment("fan", "still delivered")
    wait_until(lambda: comments == ["still delivered"])
    assert monitor.sink_errors >= 3  # connect, viewers, the comment
    assert "the sink could not store an event of @creator: disk full" in caplog.text


def test_connect_options_go_to_every_connection(server, make_monitor):
    monitor = make_monitor(
        "creator",
        session_id="monitor-session",
        tt_target_idc="useast5",
        connect_options={"authenticate_ws": True},
    )
    monitor.start()
    (session,) = server.wait_for_clients()
    (signed,) = server.sign_requests()
    assert signed.headers["x-cookie-header"] == "sessionid=monitor-session; tt-target-idc=useast5"
    assert "sessionid=monitor-session" in session.headers["Cookie"]  # signed as that user
    with pytest.raises(TypeError, match=r"connect_options takes authenticate_ws.*not room_id"):
        LiveMonitor(["creator"], connect_options={"room_id": 1})
