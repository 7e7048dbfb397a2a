"""A lively scripted stream for FakeLiveServer: chat, gift streaks, likes, joins, follows,
shares and viewer counts, ending with the creator ending the live."""

from __future__ import annotations

import contextlib
import random
import threading
from typing import Any, Iterator, Optional

from .._checks import check_count, check_number
from ..client import TikTokLiveClient
from ..events import ConnectEvent
from .server import FakeLiveServer

__all__ = ["demo_client", "play_lively_stream"]

VIEWERS = ("luna.moon", "pixel_pete", "sunny_side", "the_real_kai", "mia.draws", "orbit_ollie")
CHAT = (
    "hello from Lisbon!",
    "this song slaps",
    "first time here, love it",
    "can you say hi to my sister?",
    "what camera is that?",
    "lol",
    "GG",
    "how long have you been streaming?",
)
STREAK_GIFTS = (5655, 5269, 5487, 6064)
BIG_GIFTS = (11046, 6369)


def play_lively_stream(
    server: FakeLiveServer,
    *,
    events: int = 60,
    pace: float = 0.1,
    seed: Optional[int] = None,
    stop: Optional[threading.Event] = None,
) -> None:
    """Push ``events`` events, ``pace`` seconds apart, then end the live. Each push is one
    event to a client: a gift streak of three taps is four (each tap, then its end).

    Returns early (without ending the live) when ``stop`` is set.
    """
    check_count("events", events)
    check_number("pace", pace)
    rng = random.Random(seed)
    stop = stop or threading.Event()
    viewers_now = 40
    left = events
    for viewer in VIEWERS[: min(3, left)]:  # a few viewers are there first
        server.push_join(viewer)
        left -= 1
    while left > 0:
        if stop.wait(pace):
            return
        viewer = rng.choice(VIEWERS)
        roll = rng.random()
        if roll < 0.35 or (roll < 0.50 and left < 2):
            server.push_comment(viewer, rng.choice(CHAT))
        elif roll < 0.50:
            left -= _gift_streak(server, viewer, rng, max_events=left) - 1
        elif roll < 0.53:
            server.push_gift(viewer, rng.choice(BIG_GIFTS))
        elif roll < 0.70:
            server.push_like(viewer, count=rng.randint(1, 15))
        elif roll < 0.80:
            server.push_join(viewer)
        elif roll < 0.87:
            server.push_follow(viewer)
        elif roll < 0.92:
            server.push_share(viewer)
        else:
            viewers_now = max(1, viewers_now + rng.randint(-5, 12))
            server.push_viewer_count(viewers_now)
        left -= 1
    if not stop.is_set():
        server.end_live()


def _gift_streak(server: FakeLiveServer, viewer: str, rng: random.Random, *, max_events: int) -> int:
    """A streak of up to five taps (at most ``max_events`` - 1); returns the events pushed."""
    gift_id = rng.choice(STREAK_GIFTS)
    taps = rng.randint(1, min(5, max_events - 1))
    group_id = rng.randrange(10**12, 10**13)
    for count in range(1, taps + 1):
        server.push_gift(viewer, gift_id, repeat_count=count, repeat_end=0, group_id=group_id)
    server.push_gift(viewer, gift_id, repeat_count=taps, repeat_end=1, group_id=group_id)
    return taps + 1


@contextlib.contextmanager
def demo_client(
    unique_id: str = "creator",
    *,
    events: int = 60,
    pace: float = 0.05,
    seed: Optional[int] = None,
    **client_options: Any,
) -> Iterator[TikTokLiveClient]:
    """A client for a local room that plays a lively stream of ``events`` events once the
    client connects (the first is the viewer count the room gives on entering)::

        with demo_client("creator") as client:
            client.on(CommentEvent, print)
            client.run()          # returns when the demo live ends

    For examples, demos and trying a bot offline. The server and the stream stop on exit.
    """
    check_count("events", events, minimum=1)
    check_number("pace", pace)
    stop = threading.Event()
    with FakeLiveServer(unique_id=unique_id) as server:
        client = TikTokLiveClient(unique_id, **server.client_kwargs, **client_options)
        player = threading.Thread(
            target=play_lively_stream,
            args=(server,),
            kwargs={"events": events - 1, "pace": pace, "seed": seed, "stop": stop},
            name=f"demo-stream-{unique_id}",
            daemon=True,
        )

        def begin(event: ConnectEvent) -> None:
            if player.ident is None:
                player.start()

        client.on(ConnectEvent, begin)
        try:
            yield client
        finally:
            stop.set()
            client.close()
            if player.ident is not None:
                player.join(5)
