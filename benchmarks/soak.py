"""Soak: one client, many events, forced connection drops — is every message delivered once?

    python benchmarks/soak.py                     # 100,000 events, a drop every ~3,000
    python benchmarks/soak.py --events 20000 --drop-every 1000

FakeLiveServer pushes chat messages in batches and cuts the websocket (no close frame) after
every ``--drop-every`` events; the client reconnects, resumes from its cursor and drops the
chat history TikTok repeats on re-entry. Prints a summary and writes it as JSON to
``benchmarks/results/soak.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import threading
import time
from collections import Counter
from pathlib import Path

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import CommentEvent, ConnectEvent
from tiktoklive_sync.reconnect import ReconnectPolicy
from tiktoklive_sync.testing import FakeLiveServer

RESULTS = Path(__file__).resolve().parent / "results"


def soak(events: int, batch: int, drop_every: int) -> dict:
    delivered: Counter = Counter()
    done = threading.Event()
    connects = []

    with FakeLiveServer("soak_creator", heartbeat_interval=1.0, history_size=events) as server:
        policy = ReconnectPolicy(initial_delay=0.01, max_delay=0.2, max_attempts=20)
        client = TikTokLiveClient("soak_creator", reconnect=policy, **server.client_kwargs)

        @client.on(CommentEvent)
        def count(event: CommentEvent) -> None:
            delivered[event.common.msg_id] += 1
            if len(delivered) >= events:
                done.set()

        client.on(ConnectEvent, connects.append)
        client.start()
        server.drop_after(max(1, drop_every // batch))
        sent_ids = []
        started = time.perf_counter()
        cpu_started = time.process_time()
        for first in range(0, events, batch):
            messages = [
                server.messages.chat(f"viewer_{n % 500}", f"message {n}")
                for n in range(first, min(events, first + batch))
            ]
            sent_ids.extend(message.common.msg_id for message in messages)
            server.push_messages(messages)
        finished = done.wait(600)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        stats = client.stats
        client.close()

    twice = sum(1 for n in delivered.values() if n > 1)
    missing = len(set(sent_ids) - set(delivered))
    return {
        "events_sent": len(sent_ids),
        "events_delivered_unique": len(delivered),
        "delivered_more_than_once": twice,
        "missing": missing,
        "finished": finished,
        "reconnects": stats.reconnects,
        "duplicates_dropped_by_client": stats.duplicates,
        "connects": len(connects),
        "seconds": round(elapsed, 2),
        "events_per_second": round(len(delivered) / elapsed),
        "process_cpu_seconds": round(cpu, 2),
        "batch": batch,
        "drop_every_events": drop_every,
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10, help="messages per websocket frame")
    parser.add_argument("--drop-every", type=int, default=3_000, help="events between forced drops")
    args = parser.parse_args()
    result = soak(args.events, args.batch, args.drop_every)
    for key, value in result.items():
        print(f"{key:32} {value}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "soak.json").write_text(json.dumps(result, indent=2))
    ok = result["missing"] == 0 and result["delivered_more_than_once"] == 0 and result["finished"]
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
