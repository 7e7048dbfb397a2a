"""A Tkinter window with a creator's live chat, finished gift streaks and viewer count.

    python examples/tkinter_chat.py @creator    # a real creator's live
    python examples/tkinter_chat.py --demo      # offline, against the local FakeLiveServer

Tk must only be used from the thread that runs ``mainloop()``, and the client calls handlers
on its own dispatcher thread. So the handlers here only put events on a queue; a Tk timer
(``after``) empties the queue on the Tk thread and updates Tk variables, and the widgets show
those variables. Closing the window (or Ctrl+C in the terminal) stops the client.
"""

from __future__ import annotations

import collections
import queue
import signal
import sys
import tkinter
from tkinter import ttk
from typing import Any, Deque

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.errors import TikTokLiveError
from tiktoklive_sync.events import (
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    ReconnectingEvent,
    RoomUserSeqEvent,
)
from tiktoklive_sync.streaks import GiftStreakEvent

#: The events the window shows.
SHOWN = (ConnectEvent, CommentEvent, GiftStreakEvent, RoomUserSeqEvent, ReconnectingEvent, DisconnectEvent)


class LiveFeed:
    """What the window shows, as Tk variables, kept up to date from a client's events.

    ``lines`` (a tuple of strings, for a Listbox's ``listvariable``), ``status`` and
    ``viewers`` change only on the Tk thread, every ``poll_ms`` milliseconds.
    """

    def __init__(self, root: tkinter.Misc, client: TikTokLiveClient, max_lines: int = 500, poll_ms: int = 50):
        self.root = root
        self.client = client
        self.lines = tkinter.Variable(root, value=())
        self.status = tkinter.StringVar(root, value=f"connecting to @{client.unique_id}...")
        self.viewers = tkinter.StringVar(root, value="")
        self._items: Deque[str] = collections.deque(maxlen=max_lines)
        self._inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        shown = (
            ConnectEvent,
            CommentEvent,
            GiftStreakEvent,
            RoomUserSeqEvent,
            ReconnectingEvent,
            DisconnectEvent,
        )
        for event_type in shown:
            client.on(event_type, self._inbox.put)  # runs on the client's thread: only queue it
        self._poll_ms = poll_ms
        self._timer = root.after(poll_ms, self._drain)

    def _drain(self) -> None:
        added = False
        while True:
            try:
                event = self._inbox.get_nowait()
            except queue.Empty:
                break
            added = self._show(event) or added
        if added:
            self.lines.set(tuple(self._items))
        self._timer = self.root.after(self._poll_ms, self._drain)

    def _show(self, event: Any) -> bool:
        """Apply one event to the variables; True when it added a line."""
        if isinstance(event, CommentEvent):
            self._items.append(f"{event.user.nickname}: {event.comment}")
        elif isinstance(event, GiftStreakEvent):
            self._items.append(f"** {event.user.nickname} sent {event.count} x {event.gift.name}")
        elif isinstance(event, RoomUserSeqEvent):
            self.viewers.set(f"{event.total:,} watching")
        elif isinstance(event, ConnectEvent):
            self.status.set(f"live: @{event.unique_id}")
        elif isinstance(event, ReconnectingEvent):
            self.status.set(f"connection lost, reconnecting (attempt {event.attempt})...")
        elif isinstance(event, DisconnectEvent):
            ended = "the live ended" if event.reason == "live_ended" else f"disconnected ({event.reason})"
            self.status.set(f"@{self.client.unique_id}: {ended}")
        return isinstance(event, (CommentEvent, GiftStreakEvent))

    def close(self) -> None:
        """Stop updating and stop the client (its threads are joined)."""
        self.root.after_cancel(self._timer)
        self.client.stop()


def build_window(root: tkinter.Tk, feed: LiveFeed) -> None:
    """The widgets: a status bar over the chat list, both bound to the feed's variables."""
    root.title(f"TikTok LIVE chat - @{feed.client.unique_id}")
    bar = ttk.Frame(root, padding=4)
    bar.pack(fill="x")
    ttk.Label(bar, textvariable=feed.status, wraplength=480).pack(side="left")  # long errors wrap
    ttk.Label(bar, textvariable=feed.viewers).pack(side="right")
    chat = tkinter.Listbox(root, listvariable=feed.lines, width=72, height=24, activestyle="none")
    scroll = ttk.Scrollbar(root, command=chat.yview)
    chat.configure(yscrollcommand=scroll.set)
    scroll.pack(side="right", fill="y")
    chat.pack(fill="both", expand=True)
    feed.lines.trace_add("write", lambda *_: chat.see("end"))  # follow the newest line


def show(client: TikTokLiveClient) -> None:
    """Open the window, connect, and run Tk until the window is closed."""
    root = tkinter.Tk()
    feed = LiveFeed(root, client)
    build_window(root, feed)
    signal.signal(signal.SIGINT, lambda *_: root.quit())  # Ctrl+C closes the window too
    root.protocol("WM_DELETE_WINDOW", root.quit)
    try:
        client.start()  # returns once connected; events then arrive on the client's threads
    except TikTokLiveError as error:
        feed.status.set(f"could not connect: {error}")
    try:
        root.mainloop()
    finally:
        feed.close()
        root.destroy()


if __name__ == "__main__":
    if sys.argv[1:] == ["--demo"]:
        from tiktoklive_sync.testing.demo import demo_client

        with demo_client("creator", events=400, pace=0.15) as client:
            show(client)
    elif len(sys.argv) == 2:
        show(TikTokLiveClient(sys.argv[1]))
    else:
        sys.exit(__doc__)
