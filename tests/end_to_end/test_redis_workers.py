"""Several ``monitor`` processes sharing creators through a real Redis server: each creator
watched by one worker at a time, a killed worker's creators taken over, every event in the
shared stream."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Dict, List, Set

import redis
from helpers import ROOT, server_args, wait_until

from tiktoklive_sync.monitor.sinks import read_redis_stream
from tiktoklive_sync.testing import FakeLiveServer

LEASE_TTL = 2.0
CREATORS = 6


def start_worker(
    creators: Path, redis_url: str, server: FakeLiveServer, log: Path
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "tiktoklive_sync", "monitor", str(creators), "--to", redis_url]
    options = ["--lease-ttl", str(LEASE_TTL), "--poll", "0.3", "--sign-budget", "6000", "--status-every", "1"]
    with log.open("wb") as output:
        return subprocess.Popen(
            [*command, *options, *server_args(server)],
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )


def open_sessions(room: FakeLiveServer) -> int:
    return sum(1 for session in room.sessions if session.entered and session.closed_at is None)


def test_workers_share_creators_and_take_over_a_killed_ones(tmp_path, redis_url):
    store = redis.Redis.from_url(redis_url)
    with FakeLiveServer("creator_0", heartbeat_interval=0.5) as server:
        rooms = [server, *(server.add_room(f"creator_{index}") for index in range(1, CREATORS))]
        creators = tmp_path / "creators.txt"
        creators.write_text("".join(f"@{room.unique_id}\n" for room in rooms))
        logs = [tmp_path / f"worker_{index}.log" for index in range(3)]
        workers = [start_worker(creators, redis_url, server, log) for log in logs]
        try:
            # Three workers, six creators: two each once they have settled.
            def settled() -> bool:
                holders = [store.get(f"tiktoklive:lease:{room.unique_id}") for room in rooms]
                counts = [holders.count(holder) for holder in set(holders)]
                return None not in holders and sorted(counts) == [2, 2, 2]

            wait_until(settled, timeout=60, what="two creators per worker")
            wait_until(
                lambda: all(open_sessions(room) == 1 for room in rooms), timeout=60, what="six streams"
            )

            pushed: Dict[str, List[str]] = {room.unique_id: [] for room in rooms}
            pushing = threading.Event()
            pushing.set()

            def push() -> None:
                number = 0
                while pushing.is_set():
                    for room in rooms:
                        text = f"{room.unique_id} #{number}"
                        room.push_comment("fan", text)
                        pushed[room.unique_id].append(text)
                    number += 1
                    time.sleep(0.02)

            pusher = threading.Thread(target=push)
            pusher.start()
            time.sleep(1.0)
            victim_id = store.get("tiktoklive:lease:creator_0").decode()
            victim = next(w for w, log in zip(workers, logs) if victim_id in log.read_text())
            orphans = [r for r in rooms if store.get(f"tiktoklive:lease:{r.unique_id}").decode() == victim_id]
            victim.send_signal(signal.SIGKILL)
            victim.wait(10)
            killed_at = time.monotonic()
            wait_until(
                lambda: all(
                    open_sessions(room) == 1 and room.sessions[-1].opened_at > killed_at for room in orphans
                ),
                timeout=60,
                what="the killed worker's creators taken over",
            )
            time.sleep(1.0)
            pushing.clear()
            pusher.join(10)
            time.sleep(1.0)  # the last pushes reach the stream
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)
            for worker in workers:
                worker.wait(30)
        survivors = [worker for worker in workers if worker is not victim]
        assert [worker.returncode for worker in survivors] == [130, 130]  # stopped cleanly

        # Never watched twice: each room's websockets follow one another, none overlapping.
        for room in rooms:
            spans = sorted(
                (session.opened_at, session.closed_at) for session in room.sessions if session.entered
            )
            for (_, closed), (opened, _) in zip(spans, spans[1:]):
                assert closed is not None and closed <= opened, f"@{room.unique_id} was watched twice"
        takeovers = [room.sessions[-1].opened_at - killed_at for room in orphans]
        assert all(room.sessions[-1].resumed for room in orphans)  # from the saved cursor

    # Every comment pushed is in the shared stream, the killed worker's included (the new
    # worker resumed where the sink had left off); redeliveries share their id.
    records = list(read_redis_stream(store, "tiktoklive:events"))
    comments: Dict[str, Set[str]] = {room.unique_id: set() for room in rooms}
    ids: Dict[str, Set[str]] = {}
    for record in records:
        if record["type"] == "CommentEvent":
            comments[record["creator"]].add(record["data"]["content"])
            ids.setdefault(record["data"]["content"], set()).add(record["id"])
    for creator, texts in pushed.items():
        missing = set(texts) - comments[creator]
        assert not missing, f"@{creator} lost {len(missing)} comments, e.g. {sorted(missing)[:3]}"
    assert all(len(found) == 1 for found in ids.values())
    # Taken over once the leases ran out: at most a TTL and a third (the others' next round)
    # after the kill, plus the time to connect (generous, for a loaded machine).
    assert orphans and all(0 < seconds < LEASE_TTL * 4 / 3 + 10 for seconds in takeovers)
