"""dispatch="inline": the reader runs the handlers itself. The whole integration suite also
passes with it forced on, but for what it gives up by design (the thread names, a slow
handler delaying acks, the queue's overflow modes); these check what it promises."""

from __future__ import annotations

import threading
from typing import List

from helpers import Recorder

from tiktoklive_sync.events import CommentEvent, DisconnectEvent, GiftEvent, GiftStreakEvent


def test_handlers_run_on_the_reader_in_order(server, make_client):
    client = make_client(dispatch="inline")
    seen: List[str] = []
    on_threads = set()

    @client.on(CommentEvent)
    def on_comment(event: CommentEvent) -> None:
        seen.append(event.comment)
        on_threads.add(threading.current_thread().name)

    client.start()
    names = sorted(t.name for t in threading.enumerate() if t.name.startswith("tiktoklive-creator-"))
    assert names == ["tiktoklive-creator-heartbeat", "tiktoklive-creator-reader"]
    server.wait_for_frames("hb", 2)  # heartbeats still go out, from their own thread
    for index in range(200):
        server.push_comment("fan", f"message {index}")
    server.end_live()
    assert client.wait(10)
    assert seen == [f"message {index}" for index in range(200)]
    assert on_threads == {"tiktoklive-creator-reader"}


def test_silent_streaks_are_still_reported(server, make_client):
    client = make_client(dispatch="inline", gift_streak_timeout=0.3)
    recorder = Recorder().listen(client, GiftEvent, GiftStreakEvent)
    client.start()
    server.push_gift("fan", 5655, repeat_count=3, repeat_end=0)  # the final message never comes
    (streak,) = recorder.wait_for(GiftStreakEvent)
    assert (streak.count, streak.finished_by) == (3, "timeout")


def test_the_live_end_and_wait_from_a_handler(server, make_client):
    client = make_client(dispatch="inline")
    recorder = Recorder().listen(client, DisconnectEvent)
    problems: List[BaseException] = []

    @client.on(CommentEvent)
    def waits(event: CommentEvent) -> None:
        try:
            client.wait(1)
        except RuntimeError as exc:
            problems.append(exc)

    client.start()
    server.push_comment("fan", "wait for me")
    server.end_live()
    assert client.wait(10)
    assert [event.reason for event in recorder.wait_for(DisconnectEvent)] == ["live_ended"]
    assert len(problems) == 1 and "handler" in str(problems[0])
