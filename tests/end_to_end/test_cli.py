"""The command line and the examples, run as a user runs them: in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import on_a_terminal, once_a_client_is_in, run_cli, server_args, start_python, wait_until

from tiktoklive_sync.cli import main
from tiktoklive_sync.proto import webcast_pb2 as pb

ROOT = Path(__file__).resolve().parents[2]


def test_demo_plays_a_stream_and_exits_when_the_live_ends():
    result = run_cli("demo", "--events-count", "40", "--pace", "0")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("✅ connected to @demo_creator")
    assert lines[-2:] == ["🏁 the live ended", "🔌 disconnected (live_ended)"]
    assert any(line.startswith("💬 ") for line in lines)
    assert result.stderr == ""


def test_demo_json_lines_and_event_filter():
    result = run_cli("demo", "--json", "--events", "comment,live_end", "--events-count", "40", "--pace", "0")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {event["event"] for event in events} == {"CommentEvent", "LiveEndEvent"}
    assert events[-1]["event"] == "LiveEndEvent"
    assert all(event["user"]["display_id"] for event in events if event["event"] == "CommentEvent")


def test_unknown_event_name_is_a_usage_error():
    result = run_cli("demo", "--events", "comment,nonsense")
    assert result.returncode == 2  # the documented status of bad usage
    assert "unknown event 'nonsense'" in result.stderr and "usage:" in result.stderr
    result = run_cli("demo", "--events", "MessageEvent")  # a base class: nothing is sent as it
    assert result.returncode == 2
    assert "unknown event 'MessageEvent'" in result.stderr


def test_replaying_a_missing_file_is_a_clear_usage_error(tmp_path):
    result = run_cli("replay", str(tmp_path / "missing.jsonl"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: no recording at {tmp_path / 'missing.jsonl'}"


def test_a_closed_pipe_stops_the_feed_quietly():
    process = subprocess.Popen(
        [sys.executable, "-m", "tiktoklive_sync", "demo", "--events-count", "100000", "--pace", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # what `| head -1` reads, then it goes away
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=60) == 0  # it stopped on its own, long before 100,000 events
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_check_exit_status(server, capsys):
    assert main(["check", "@creator", *server_args(server)]) == 0
    assert "@creator is live" in capsys.readouterr().out
    server.live = False
    assert main(["check", "creator", *server_args(server)]) == 1
    assert main(["check", "@somebody_else", *server_args(server)]) == 3
    assert main(["check", "not a handle!", *server_args(server)]) == 2


def test_watch_reports_rate_limits_with_the_retry_time(server, capsys):
    server.rate_limit_sign(retry_after=42)
    assert main(["watch", "@creator", *server_args(server)]) == 4
    error = capsys.readouterr().err
    assert error.startswith("rate limited: ") and error.count("42 s") == 1


def test_watch_prints_the_feed(server, capsys):
    stream = once_a_client_is_in(
        server, lambda: server.push_comment("viewer_1", "hello watchers"), server.end_live
    )
    assert main(["watch", "@creator", "--events", "comment,live_end", *server_args(server)]) == 0
    stream.join(10)
    assert capsys.readouterr().out.splitlines() == ["💬 viewer_1: hello watchers", "🏁 the live ended"]


def test_watch_selects_events_by_class_name(server, capsys):
    stream = once_a_client_is_in(
        server,
        lambda: server.push_sample("WebcastDonationMessage", seed=1, total=1500),
        lambda: server.push_comment("viewer_1", "not selected"),
        server.end_live,
    )
    selected = "DonationEvent,live_end"
    assert main(["watch", "@creator", "--json", "--events", selected, *server_args(server)]) == 0
    stream.join(10)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["event"] for line in lines] == ["DonationEvent", "LiveEndEvent"]
    assert lines[0]["total"] == "1500"  # int64 as a string, as protobuf's JSON mapping has it


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_promptly_without_tracebacks(ctrl_c_works):
    process = start_python("-m", "tiktoklive_sync", "demo", "--pace", "5")
    try:
        first = process.stdout.readline()
        assert first.startswith("✅ connected"), first
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    finally:
        process.kill()
    assert (process.returncode, stderr.strip()) == (130, "interrupted")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_watch_shows_a_status_line_on_a_terminal():
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "tiktoklive_sync", "demo", "--events-count", "40", "--pace", "0"],
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the demo is over
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert process.wait(timeout=30) == 0
    text = output.decode("utf-8", "replace")
    assert "[connected | " in text and " events/s | " in text and " watching]" in text
    assert "[disconnected (live_ended) | " in text
    assert "💬 " in text


def test_events_without_a_line_of_their_own_show_their_fields(server, capsys):
    stream = once_a_client_is_in(
        server,
        lambda: server.push_sample("WebcastDonationMessage", seed=1, total=1500, currency="USD"),
        lambda: server.push_sample("WebcastHashtagMessage", seed=2, hashtag=pb.Hashtag(id=5, title="gaming")),
        server.end_live,
    )
    selected = "DonationEvent,HashtagEvent,live_end"
    assert main(["watch", "@creator", "--events", selected, *server_args(server)]) == 0
    stream.join(10)
    donation, hashtag, end = capsys.readouterr().out.splitlines()
    assert donation == "DonationEvent total=1500 currency=USD"  # repeated users are left out
    assert hashtag == "HashtagEvent hashtag.id=5 hashtag.title=gaming"  # one level into nested messages
    assert end == "🏁 the live ended"


def test_record_into_a_missing_folder_is_a_clear_error(server, tmp_path):
    result = run_cli(
        "record", "@creator", "--video", str(tmp_path / "nowhere" / "live.flv"), *server_args(server)
    )
    assert result.returncode == 2  # bad usage, found before connecting
    assert "no folder" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_monitor_watches_a_list_into_a_file_and_stops_on_ctrl_c(server, tmp_path, ctrl_c_works):
    later = server.add_room("later", live=False)
    creators = tmp_path / "creators.txt"
    creators.write_text("# the creators\n@creator\n\nlater   # comes online later\n")
    target = tmp_path / "events.jsonl"
    process = start_python(
        "-m", "tiktoklive_sync", "monitor", str(creators), "--to", str(target), "--poll", "0.2",
        "--status-every", "0.2", *server_args(server),
    )  # fmt: skip
    try:
        assert process.stdout.readline().startswith(f"watching 2 creators -> {target}")
        server.wait_for_clients(1, timeout=30)
        server.push_comment("fan", "to the first")
        later.live = True
        later.wait_for_clients(1, timeout=30)
        later.push_comment("fan", "to the later one")
        wait_until(lambda: "to the later one" in target.read_text(), what="both comments in the file")
        status = ""
        while "2 connected" not in status:
            status = process.stderr.readline()
            assert status, "the monitor stopped printing its status"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stdout.startswith("stopped: 2 creators: 2 connected")
    records = [json.loads(line) for line in target.read_text().splitlines()]
    comments = {(r["creator"], r["data"]["content"]) for r in records if r["type"] == "CommentEvent"}
    assert comments == {("creator", "to the first"), ("later", "to the later one")}


def test_monitor_needs_a_list_of_creators(tmp_path, capsys):
    assert main(["monitor", str(tmp_path / "missing.txt")]) == 2
    assert "no creators file" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("# nobody yet\n")
    assert main(["monitor", str(empty)]) == 2
    assert "the creators list is empty" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_monitor_draws_a_status_table_on_a_terminal(server, tmp_path):

    creators = tmp_path / "creators.txt"
    creators.write_text("creator\nnobody_here\n")
    text, status = on_a_terminal(
        "monitor",
        str(creators),
        "--poll",
        "0.2",
        *server_args(server),
        until=lambda output: all(part in output for part in (b"nobody_here", b"not found", b"connected")),
    )
    assert "2 creators: 1 connected, 1 not found" in text
    assert "creator" in text and "events/s" in text and "\x1b[H\x1b[J" in text  # redrawn in place
    assert status == 130


def test_monitor_with_an_unreachable_target_is_a_clear_error(tmp_path, capsys):
    from helpers import unused_port

    creators = tmp_path / "creators.txt"
    creators.write_text("creator\n")
    assert main(["monitor", str(creators), "--to", f"redis://127.0.0.1:{unused_port()}/0"]) == 2
    assert "cannot use Redis at redis://127.0.0.1:" in capsys.readouterr().err
    assert main(["monitor", str(creators), "--to", str(tmp_path / "missing" / "events.jsonl")]) == 2
    assert "cannot write events to" in capsys.readouterr().err


def test_ctrl_c_ends_a_video_recording_as_a_finished_mp4_with_its_summary(server, tmp_path, ctrl_c_works):
    import av

    server.video_speed = 10.0
    video = tmp_path / "live.mp4"
    process = start_python(
        "-m", "tiktoklive_sync", "record", "@creator", "--video", str(video), *server_args(server)
    )
    try:
        server.wait_for_requests(f"/stream/{server.room_id}.flv", timeout=30)
        wait_until(
            lambda: (tmp_path / "live.flv").exists() and (tmp_path / "live.flv").stat().st_size > 20_000
        )
        process.send_signal(signal.SIGINT)  # how people end a recording
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert f"{video} (" in stderr and " s of hd video, " in stderr  # the summary says where it is
    assert not (tmp_path / "live.flv").exists()  # remuxed into the MP4, which plays
    with av.open(str(video)) as media:
        assert sum(1 for _ in media.decode(video=0)) > 15
