"""Watch several creators at once, in one process, one client each.

    python examples/many_creators.py @alice @bob @carol   # real creators
    python examples/many_creators.py --demo               # three local rooms, offline

Each client runs its own three threads; start() each one, then wait() on them all. A
creator who is offline is reported and skipped; the others keep going.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections import Counter
from typing import List

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.errors import TikTokLiveError
from tiktoklive_sync.events import CommentEvent, DisconnectEvent


def watch_all(clients: List[TikTokLiveClient]) -> Counter[str]:
    comments: Counter[str] = Counter()
    # Handlers of different clients run on different threads at the same time: share the
    # counter and the terminal under a lock (two print() calls can otherwise mix their lines).
    lock = threading.Lock()
    running = []
    for client in clients:

        @client.on(CommentEvent)
        def on_comment(event: CommentEvent, creator: str = client.unique_id) -> None:
            with lock:
                comments[creator] += 1
                print(f"[{creator}] {event.user.unique_id}: {event.comment}")

        @client.on(DisconnectEvent)
        def on_end(event: DisconnectEvent, creator: str = client.unique_id) -> None:
            with lock:
                print(f"[{creator}] connection over ({event.reason})")

        try:
            client.start()
            running.append(client)
        except TikTokLiveError as error:
            with lock:
                print(f"[{client.unique_id}] skipped: {error}")
    for client in running:
        client.wait()
    print("comments per creator:", dict(comments))
    return comments


if __name__ == "__main__":
    if sys.argv[1:] == ["--demo"]:
        from tiktoklive_sync.testing.demo import demo_client

        with contextlib.ExitStack() as stack:
            demo = [
                stack.enter_context(demo_client(name, pace=0.01, events=30))
                for name in ("alice", "bob", "carol")
            ]
            watch_all(demo)
    elif len(sys.argv) >= 2:
        watch_all([TikTokLiveClient(handle) for handle in sys.argv[1:]])
    else:
        sys.exit(__doc__)
