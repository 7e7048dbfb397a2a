"""The live view of ``client.show()`` against FakeLiveServer: drawn from the client's own
events, again only when something changed and not within its redraw interval, ended with the
connection (no thread left, no drawing after); the monitor's board up to its stop;
DataFrames of a live and of its recording, read back or replayed, are equal; a video
recording's card plays the finished MP4."""

from __future__ import annotations

import gc
import html
import threading
import weakref
from typing import List

import pandas as pd
import pytest
from helpers import wait_until

from tiktoklive_sync import notebook, record_replay
from tiktoklive_sync.events import (
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    GiftEvent,
    GiftStreakEvent,
    JoinEvent,
    LikeEvent,
    RoomUserSeqEvent,
)
from tiktoklive_sync.monitor import LiveMonitor
from tiktoklive_sync.signals import signal_for
from tiktoklive_sync.testing import FakeLiveServer

VIEW_EVENTS = (CommentEvent, GiftEvent, LikeEvent, RoomUserSeqEvent, ConnectEvent, DisconnectEvent)


class Notebook:
    """Stands in for the notebook's output area: keeps every drawing sent to it."""

    def __init__(self) -> None:
        self.drawings: List[str] = []
        self._lock = threading.Lock()

    def update(self, page: str) -> None:
        with self._lock:
            self.drawings.append(page)

    @property
    def last(self) -> str:
        with self._lock:
            return self.drawings[-1]


@pytest.fixture
def output(monkeypatch) -> Notebook:
    """``client.show()`` draws here instead of in IPython."""
    target = Notebook()
    monkeypatch.setattr(notebook, "notebook_display", lambda: target)
    return target


def view_threads() -> List[str]:
    return [thread.name for thread in threading.enumerate() if thread.name.endswith("-view")]


def test_the_view_draws_the_live_as_it_goes_and_stops_with_the_client(server, make_client, output, recorder):
    client = make_client()
    view = client.show()  # starts the client
    assert client.connected and output.drawings and "@creator" in output.drawings[0]
    server.push_viewer_count(120)
    server.push_comment("viewer_1", "<b>bold</b> & co")
    server.push_like("viewer_3", 15, total=300)
    server.push_gift("viewer_2", 5655, repeat_count=3, repeat_end=0)  # a streak going on: not yet
    server.push_gift("viewer_2", 5655, repeat_count=5, repeat_end=1)  # its end: 5 Roses
    server.push_gift("viewer_4", 11046)
    server.push_viewer_count(135)
    wait_until(lambda: "135 viewers" in output.last and "Viewer 4" in output.last, what="the drawing")
    page = output.last
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in page and "<b>bold</b>" not in page
    assert "300 likes" in page and "<polyline" in page  # the chart has a line of viewers
    gifters = page.split("Top gifters")[1]
    assert gifters.index("Viewer 4") < gifters.index("Viewer 2")  # 1,000 diamonds, then 5
    assert ">1,000<" in gifters and ">5<" in gifters
    drawn = len(output.drawings)
    recorder.listen(client, JoinEvent)
    server.push_join("viewer_5")  # the view does not show joins: nothing to draw
    recorder.wait_for(JoinEvent)
    client.stop()
    assert view.wait(10) and not view.running
    assert len(output.drawings) == drawn + 1 and "ended: stopped" in output.last
    assert view_threads() == []
    assert not any(signal_for(kind).has_receivers_for(client) for kind in VIEW_EVENTS)
    gone = weakref.ref(view)
    del view
    gc.collect()
    assert gone() is None  # nothing holds the view any more: no signal, no thread
    client.start()  # the view ended with the connection: a new one is not drawn
    recorder.listen(client, CommentEvent)
    server.push_comment("viewer_1", "after the view")
    recorder.wait_for(CommentEvent)
    assert len(output.drawings) == drawn + 1


def test_changes_within_the_redraw_interval_wait_for_the_next_drawing(make_client, server, recorder):
    client = make_client()
    target = Notebook()
    recorder.listen(client, CommentEvent, ConnectEvent, RoomUserSeqEvent)
    client.start()
    recorder.wait_for(ConnectEvent)
    recorder.wait_for(RoomUserSeqEvent)  # the first fetch's viewer count: all is in
    view = notebook.LiveView(client, target, min_redraw=3600.0)
    server.push_comment("viewer_1", "first")
    wait_until(lambda: "first" in target.last, what="the first comment drawn")
    assert len(target.drawings) == 2  # the view as made, then with the comment
    for number in range(10):
        server.push_comment("viewer_1", f"comment {number}")
    recorder.wait_for(CommentEvent, 11)
    assert len(target.drawings) == 2  # within the hour since the last drawing: none
    view.stop()  # the last drawing has everything
    assert len(target.drawings) == 3 and "comment 9" in target.last and "view stopped" in target.last
    assert client.connected and view_threads() == []


def test_stopping_the_view_leaves_the_client_running(server, make_client, output, recorder):
    client = make_client()
    recorder.listen(client, CommentEvent)
    view = client.show()
    view.stop()
    drawn = len(output.drawings)
    assert "view stopped" in output.last and view_threads() == []
    server.push_comment("viewer_1", "still here")
    assert recorder.wait_for(CommentEvent)[0].comment == "still here"
    assert client.connected and len(output.drawings) == drawn and "still here" not in output.last


def test_the_view_ends_with_the_live(server, make_client, output):
    client = make_client()
    view = client.show()
    server.push_comment("viewer_1", "bye")
    server.end_live()
    assert view.wait(10)
    assert "ended: the live ended" in output.last and "bye" in output.last
    assert client.wait(10) and view_threads() == []


def test_the_monitors_board_follows_the_states_until_it_stops(server, output):
    server.add_room("ghost", exists=False)
    monitor = LiveMonitor(["@creator", "@ghost"], poll_interval=0.2, **server.client_kwargs)
    try:
        board = monitor.show()  # starts the monitor
        wait_until(lambda: "1 connected, 1 not found" in output.last, what="the board")
        assert "@creator" in output.last and "@ghost" in output.last
    finally:
        monitor.stop()
    assert board.wait(10) and "(stopped)" in output.last and view_threads() == []
    drawn = len(output.drawings)
    board.stop()  # already over: nothing more
    assert len(output.drawings) == drawn


def test_a_live_its_recording_and_its_replay_give_equal_frames(server, make_client, tmp_path):
    path = tmp_path / "live.jsonl"
    kinds = (CommentEvent, GiftEvent, GiftStreakEvent, LikeEvent, RoomUserSeqEvent)
    client = make_client()
    feed = client.events(*kinds, timeout=30, record_to=path)
    server.push_viewer_count(120)
    server.push_comment("viewer_1", "hello")
    server.push_like("viewer_3", 15)
    server.push_like("viewer_3", 15, total=100)  # TikTok's cap: the total grew by 85
    server.push_gift("viewer_2", 5655, repeat_count=1, repeat_end=0)
    server.push_gift("viewer_2", 5655, repeat_count=3, repeat_end=1)
    server.push_gift("viewer_4", 11046)
    server.end_live()
    live = feed.to_dataframe()
    assert list(live["type"]).count("GiftStreakEvent") == 2
    assert live["likes"].dropna().tolist() == [15, 85]
    pd.testing.assert_frame_equal(record_replay.to_dataframe(path, *kinds), live)

    # Replayed to a client by another local TikTok, which adds a viewer count of its own.
    replayed_kinds = (CommentEvent, GiftEvent, GiftStreakEvent, LikeEvent)
    with FakeLiveServer("creator") as replay:
        again = make_client(**replay.client_kwargs)
        stream = again.events(*replayed_kinds, timeout=30)
        player = threading.Thread(target=replay.play_recording, args=(path,), kwargs={"speed": None})
        player.start()
        replayed = stream.to_dataframe()
        player.join()
        again.close()
    only = live[live["type"].isin([kind.__name__ for kind in replayed_kinds])].reset_index(drop=True)
    pd.testing.assert_frame_equal(replayed, only)


def test_a_video_recordings_card_plays_the_finished_mp4(server, make_client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    server.video_speed = 20.0
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "my live.mp4", quality="hd")
    card = notebook.video_html(recording)
    assert "recording" in card and "<video" not in card and html.escape("my live.mp4") in card
    wait_until(lambda: recording.seconds >= 2)
    recording.stop()
    assert recording.wait(30)
    card = notebook.video_html(recording)
    assert "done" in card and ">hd<" in card and '<video controls width="360" src="my%20live.mp4">' in card
