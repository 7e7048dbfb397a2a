"""Record a session, survive a crash mid-write, and replay it through a client offline."""

from __future__ import annotations

import json

from helpers import Recorder, once_a_client_is_in, server_args

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.cli import main
from tiktoklive_sync.events import CommentEvent, GiftEvent, LiveEndEvent
from tiktoklive_sync.record_replay import FORMAT, read_recording
from tiktoklive_sync.testing import FakeLiveServer


def record_session(server, path) -> list:
    client = TikTokLiveClient("creator", **server.client_kwargs)
    client.start(record_to=path)
    sent = [server.push_comment(f"viewer_{n}", f"message {n}") for n in range(5)]
    server.push_gift("viewer_9", 5655, repeat_count=3)
    server.end_live()
    assert client.wait(timeout=10)
    client.close()
    return sent


def test_a_recording_replays_through_an_unchanged_client(server, tmp_path):
    path = tmp_path / "session.jsonl"
    sent = record_session(server, path)
    lines = path.read_text().splitlines()
    assert json.loads(lines[0])["format"] == FORMAT
    assert {json.loads(line)["kind"] for line in lines[1:]} >= {"initial", "frame"}

    with FakeLiveServer("other_room", heartbeat_interval=0.2) as replay:
        client = TikTokLiveClient("other_room", **replay.client_kwargs)
        recorder = Recorder().listen(client, CommentEvent, GiftEvent, LiveEndEvent)
        client.start()
        pushed = replay.play_recording(path, speed=None)
        assert pushed >= 7  # 5 comments, the gift, the live end (+ the initial viewer count)
        assert [e.comment for e in recorder.wait_for(CommentEvent, 5)] == [m.content for m in sent]
        assert recorder.wait_for(GiftEvent)[0].gift.name == "Rose"
        recorder.wait_for(LiveEndEvent)
        assert client.wait(timeout=10)
        client.close()


def test_record_and_replay_commands(server, tmp_path, capsys):
    path = tmp_path / "cli.jsonl"
    record_session(server, path)
    assert main(["replay", str(path), "--fast", "--events", "comment"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"💬 viewer_{n}: message {n}" for n in range(5)]


def test_record_command_writes_what_it_shows(server, tmp_path, capsys):
    path = tmp_path / "recorded.jsonl"
    stream = once_a_client_is_in(server, lambda: server.push_comment("viewer_1", "on tape"), server.end_live)
    assert main(["record", "@creator", str(path), "--events", "comment", *server_args(server)]) == 0
    stream.join(10)
    assert capsys.readouterr().out.splitlines() == ["💬 viewer_1: on tape"]
    assert sum(record.kind == "frame" for record in read_recording(path)) >= 2
