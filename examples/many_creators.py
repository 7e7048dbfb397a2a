"""Watch several creators at once with a LiveMonitor: it waits for each to go live, connects,
and goes back to waiting when the live ends.

    python examples/many_creators.py @alice @bob @carol   # real creators (Ctrl+C to stop)
    python examples/many_creators.py --demo               # three local rooms, offline

All creators share one small set of threads (one reader per connection, the rest shared)
and one sign budget. The demo starts carol's live a moment after the others and stops once
every creator's live has ended.
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from typing import Any, List

from tiktoklive_sync.events import CommentEvent, DisconnectEvent
from tiktoklive_sync.monitor import LiveMonitor


def watch_all(creators: List[str], stop_after_lives: int = 0, **client_options: Any) -> Counter[str]:
    """Print every creator's chat; with ``stop_after_lives``, stop after that many lives ended."""
    comments: Counter[str] = Counter()
    ended: Counter[str] = Counter()
    # Handlers of different creators run on different threads at the same time: share the
    # counter and the terminal under a lock (two print() calls can otherwise mix their lines).
    lock = threading.Lock()
    monitor = LiveMonitor(creators, poll_interval=0.5 if client_options else 60, **client_options)

    @monitor.on(CommentEvent)
    def on_comment(event: CommentEvent, creator: str) -> None:
        with lock:
            comments[creator] += 1
            print(f"[{creator}] {event.user.unique_id}: {event.comment}")

    @monitor.on(DisconnectEvent)
    def on_end(event: DisconnectEvent, creator: str) -> None:
        with lock:
            print(f"[{creator}] connection over ({event.reason})")
            if event.reason == "live_ended":
                ended[creator] += 1
                if stop_after_lives and sum(ended.values()) >= stop_after_lives:
                    threading.Thread(target=monitor.stop).start()  # not from a handler's thread

    monitor.run()  # until stop() or Ctrl+C
    print("comments per creator:", dict(comments))
    return comments


def demo() -> None:
    """Three rooms on the local TikTok; carol goes live a little later than the others."""
    from tiktoklive_sync.testing import FakeLiveServer
    from tiktoklive_sync.testing.demo import play_lively_stream

    with FakeLiveServer("alice") as server:
        bob, carol = server.add_room("bob"), server.add_room("carol", live=False)

        def play(room: FakeLiveServer, delay: float) -> None:
            threading.Event().wait(delay)
            room.live = True
            room.wait_for_clients(1, timeout=30)
            play_lively_stream(room, events=30, pace=0.01)
            room.live = False

        players = [threading.Thread(target=play, args=args) for args in ((server, 0), (bob, 0), (carol, 1.0))]
        for player in players:
            player.start()
        watch_all(["alice", "bob", "carol"], stop_after_lives=3, **server.client_kwargs)
        for player in players:
            player.join()


if __name__ == "__main__":
    if sys.argv[1:] == ["--demo"]:
        demo()
    elif len(sys.argv) >= 2:
        watch_all(sys.argv[1:])
    else:
        sys.exit(__doc__)
