"""The command line behaves as a user expects: bad outputs and bad numbers are refused before
anything connects, naming what is wrong; a recording outlives the reader of its output and
says how it is going; replay refuses what is not a recording; -v tells the connect steps;
the messages say things once, in plain words."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading

import pytest
from helpers import ROOT, on_a_terminal, run_cli, server_args, start_python, wait_until

from tiktoklive_sync.cli.monitor import shorten

# -- record: its outputs are checked before anything connects -----------------------------------


def bad_outputs(tmp_path):
    """``record`` arguments with an output that cannot be written, and the path named."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    old_video = tmp_path / "old.mp4"
    old_video.write_bytes(b"an earlier video")
    (tmp_path / "earlier.flv").write_bytes(b"an earlier video, in FLV")
    a_file = tmp_path / "a_file"
    a_file.write_text("", encoding="utf-8")
    return {
        "a missing folder": ([str(tmp_path / "missing" / "chat.jsonl")], tmp_path / "missing"),
        "a folder": ([str(tmp_path)], tmp_path),
        "a file as the folder": ([str(a_file / "chat.jsonl")], a_file),
        "a file that is not a recording": ([str(notes)], notes),
        "an existing video": (["--video", str(old_video)], old_video),
        "the FLV an MP4 is recorded as": (
            ["--video", str(tmp_path / "earlier.mp4")],
            tmp_path / "earlier.flv",
        ),
        "chat and video in one file": (
            [str(tmp_path / "x.flv"), "--video", str(tmp_path / "x.flv")],
            "x.flv",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "a missing folder",
        "a folder",
        "a file as the folder",
        "a file that is not a recording",
        "an existing video",
        "the FLV an MP4 is recorded as",
        "chat and video in one file",
    ],
)
def test_record_refuses_an_output_it_cannot_write_before_connecting(server, tmp_path, case):
    arguments, named = bad_outputs(tmp_path)[case]
    before = {path: path.read_bytes() for path in tmp_path.iterdir() if path.is_file()}
    result = run_cli("record", "@creator", *arguments, *server_args(server), timeout=60)
    assert result.returncode == 2, result.stderr  # bad usage, not "offline" (1)
    (line,) = result.stderr.splitlines()  # one line, no traceback
    assert line.startswith("error: ") and str(named) in line, line
    assert result.stdout == ""
    assert server.connections_accepted == 0  # nothing was asked of TikTok
    assert {path: path.read_bytes() for path in tmp_path.iterdir() if path.is_file()} == before


# -- record: the recording outlives the reader; progress and summary on stderr -----------------


def test_record_goes_on_when_the_reader_of_its_output_goes_away(server, tmp_path):
    chat = tmp_path / "chat.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "tiktoklive_sync", "record", "@creator", str(chat), "--progress-every", "0.1",
         *server_args(server)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    server.wait_for_clients(timeout=60)
    server.push_comment("viewer", "read by head")
    for _ in range(3):  # what `| head -3` reads: connected, the viewers, the comment
        process.stdout.readline()
    process.stdout.close()  # then it goes away
    server.push_comment("viewer", "printing this finds the pipe closed")
    progress = b""
    while b"recording: " not in progress or b" 3 events" not in progress.split(b"\n")[-2]:
        line = process.stderr.readline()
        assert line, f"record ended without progress: {progress.decode()}"
        progress += line
    server.push_comment("viewer", "recorded after the reader left")
    server.end_live()
    stderr = (progress + process.stderr.read()).decode("utf-8")
    assert process.wait(timeout=60) == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
    summary = stderr.splitlines()[-1]
    assert re.fullmatch(
        rf"recorded [0-9]+ s, [0-9,]+ events?: {re.escape(str(chat))} \([0-9.]+ KB\)", summary
    )
    replay = run_cli("replay", str(chat), "--fast", "--events", "comment")
    assert replay.stdout.splitlines() == [
        "💬 viewer: read by head",
        "💬 viewer: printing this finds the pipe closed",
        "💬 viewer: recorded after the reader left",
    ], replay.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_record_redraws_its_progress_in_place_on_a_terminal(server, tmp_path):
    import pty

    server.video_speed = 20.0
    leader, follower = pty.openpty()
    video = tmp_path / "live.flv"
    process = subprocess.Popen(
        [sys.executable, "-m", "tiktoklive_sync", "record", "@creator", "--video", str(video),
         *server_args(server)],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        cwd=ROOT,
    )  # fmt: skip
    os.close(follower)
    server.wait_for_requests(f"/stream/{server.room_id}.flv", timeout=30)
    output = b""
    while not re.search(rb"\r\x1b\[Krecording: [0-9]+ s, [0-9,]+ events?, video [0-9.]+ KB", output):
        chunk = os.read(leader, 65536)
        assert chunk, output
        output += chunk
    server.end_live()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: record is over
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0, output
    last = output.decode("utf-8", "replace").splitlines()[-1]
    assert re.fullmatch(
        rf"recorded [0-9]+ s, [0-9,]+ events?: {re.escape(str(video))} \([0-9]+ s of hd video, .+\)", last
    )


# -- replay: only recordings, as the creator recorded -------------------------------------------


@pytest.mark.parametrize("content", ["notes, not a recording\n" * 18, "", "\n\n"])
def test_replay_refuses_what_is_not_a_recording(tmp_path, content):
    path = tmp_path / "notes.txt"
    path.write_text(content, encoding="utf-8")
    result = run_cli("replay", str(path))
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {path} is ") and "not a recording" in line, line
    assert result.stdout == ""


def test_record_appends_and_replay_shows_the_creator_recorded(server, tmp_path):
    chat = tmp_path / "chat.jsonl"
    for number in (1, 2):  # the second run appends to the first one's recording
        process = start_python("-m", "tiktoklive_sync", "record", "@creator", str(chat), *server_args(server))
        server.wait_for_clients(timeout=60)
        server.push_comment("viewer", f"session {number}")
        server.end_live()
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr
        server.live = True
    headers = [json.loads(line) for line in chat.read_text().splitlines() if '"format"' in line]
    assert [header["unique_id"] for header in headers] == ["creator", "creator"]
    result = run_cli("replay", str(chat), "--fast", "--events", "connect,comment")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"✅ connected to @creator (room {server.room_id})",  # not @replay
        "💬 viewer: session 1",  # the live ended there: the next session is played after it
        f"✅ connected to @creator (room {server.room_id})",
        "💬 viewer: session 2",
    ]
    assert [line.split(", recorded ")[0] for line in result.stderr.splitlines()] == [
        "▶ session 1 of 2",
        "▶ session 2 of 2",
    ]
    second = run_cli("replay", str(chat), "--fast", "--events", "comment", "--session", "2")
    assert (second.returncode, second.stdout.splitlines()) == (0, ["💬 viewer: session 2"])
    third = run_cli("replay", str(chat), "--session", "3")
    assert third.returncode == 2 and "holds 2 session(s), not a session 3" in third.stderr


# -- -v: the connect steps ----------------------------------------------------------------------


def test_verbose_after_the_command_tells_each_connect_step(server):
    backup = server.add_sign_server()
    server.sign_server.faults.go_down()
    args = ["--app-url", server.app_url, "--webcast-url", server.webcast_url]
    process = start_python(
        "-m", "tiktoklive_sync", "watch", "@creator", *args, "--sign-url", server.sign_url, "--sign-url",
        backup.url, "-v",
    )  # fmt: skip
    server.wait_for_clients(timeout=60)
    server.drop_connections()
    wait_until(lambda: len(server.sessions) == 2, timeout=60, what="the reconnect")
    server.wait_for_clients(timeout=60)
    server.end_live()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    logged = [line.split(": ", 1)[1] for line in stderr.splitlines() if " INFO " in line]
    room = server.room_id
    for step in (
        f"connecting to @creator, room {room}",
        "live check: @creator is live",
        f"signing at {server.sign_url.rstrip('/')} (then {backup.url.rstrip('/')})",
        f"sign server {server.sign_url.rstrip('/')} is down: ",
        f"signed by {backup.url.rstrip('/')}",
        f"websocket connected to 127.0.0.1, room {room}",
        f"reconnecting to @creator, room {room}",
    ):
        assert any(line.startswith(step) for line in logged), (step, logged)


# -- what is printed of failures -----------------------------------------------------------------


@pytest.mark.parametrize(("who", "status"), [("@creator", 1), ("@nobody_here", 3)])
def test_watching_a_creator_never_connected_prints_no_disconnect(server, who, status):
    server.live = False
    result = run_cli("watch", who, *server_args(server))
    assert result.returncode == status
    assert result.stdout == ""  # no "disconnected (error)": it never connected
    assert result.stderr.startswith(("offline: ", "not found: ")), result.stderr


def test_the_rate_limit_says_when_to_try_again_once(server):
    server.rate_limit_sign(retry_after=120)
    result = run_cli("watch", "@creator", *server_args(server))
    assert result.returncode == 4
    (line,) = result.stderr.splitlines()
    assert line.startswith("rate limited: ") and line.count("120 s") == 1, line


# -- demo: as many events as asked --------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 3, 25])
def test_demo_plays_exactly_the_events_asked_for(count):
    result = run_cli("demo", "--events-count", str(count), "--pace", "0", "--json")
    assert result.returncode == 0, result.stderr
    names = [json.loads(line)["event"] for line in result.stdout.splitlines()]
    assert names[0] == "ConnectEvent" and names[-2:] == ["LiveEndEvent", "DisconnectEvent"]
    assert len(names[1:-2]) == count, names


# -- numbers are refused by the option's name ---------------------------------------------------

NUMERIC_OPTIONS = [
    ("demo", "--events-count", ["0", "-5", "2.5", "lots"]),
    ("demo", "--pace", ["-1", "nan", "inf", "-inf", "fast"]),
    ("replay", "--speed", ["0", "-2", "nan", "inf"]),
    ("record", "--progress-every", ["0", "-1", "nan", "inf"]),
    ("monitor", "--sign-budget", ["0", "-3", "nan", "inf"]),
    ("monitor", "--poll", ["0", "-1", "nan", "inf"]),
    ("monitor", "--max-poll", ["0", "-1", "nan", "inf"]),
    ("monitor", "--status-every", ["0", "-1", "nan", "inf"]),
    ("monitor", "--lease-ttl", ["0", "-1", "nan", "inf"]),
    ("monitor", "--stream-maxlen", ["-1", "1.5", "nan", "inf"]),
]


@pytest.mark.parametrize(
    ("command", "option", "values"), NUMERIC_OPTIONS, ids=[o for _, o, _ in NUMERIC_OPTIONS]
)
def test_a_bad_number_is_refused_naming_the_option(tmp_path, command, option, values):
    creators = tmp_path / "creators.txt"
    creators.write_text("creator\n", encoding="utf-8")
    positional = {"demo": [], "replay": [str(creators)], "record": ["@creator"], "monitor": [str(creators)]}
    for value in values:
        result = run_cli(command, *positional[command], f"{option}={value}")
        assert result.returncode == 2, (option, value, result.stderr)
        last = result.stderr.splitlines()[-1]
        assert last.startswith(f"tiktoklive-sync {command}: error: argument {option}: must be "), last
        assert repr(value) in last and "_" not in last.split(option)[1], last  # no Python names


# -- monitor: plain words -----------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_monitor_of_one_creator_without_a_target_says_so(server, tmp_path, ctrl_c_works):
    creators = tmp_path / "creators.txt"
    creators.write_text("creator\n", encoding="utf-8")
    process = start_python(
        "-m", "tiktoklive_sync", "monitor", str(creators), "--poll", "0.2", "--status-every", "0.2",
        *server_args(server),
    )  # fmt: skip
    try:
        assert process.stdout.readline() == "watching 1 creator\n"
        assert process.stderr.readline().startswith("events are not stored: add --to events.jsonl")
        server.wait_for_clients(timeout=60)
        status = ""
        while "connected" not in status:
            status = process.stderr.readline()
            assert status, "the monitor stopped printing its status"
        assert status.startswith("1 creator: 1 connected; "), status
        process.send_signal(signal.SIGINT)
        stdout, _ = process.communicate(timeout=60)
    finally:
        process.kill()
    assert stdout.startswith("stopped: 1 creator: 1 connected")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_the_monitor_table_cuts_errors_between_words(server, tmp_path):

    handle = "nobody_is_called_this"
    message = run_cli("check", handle, *server_args(server)).stderr.strip().split(": ", 1)[1]
    assert len(message) > 40  # too long for the table's column
    creators = tmp_path / "creators.txt"
    creators.write_text(f"{handle}\n", encoding="utf-8")
    text, _ = on_a_terminal(
        "monitor",
        str(creators),
        "--poll",
        "0.2",
        *server_args(server),
        until=lambda output: re.search(rb"not found .*\r?\n", output) is not None,
    )
    rows = [re.match(rf"{handle} +not found +[0-9.]+ +[0-9,]+  (.*)", line) for line in text.splitlines()]
    shown = next(row for row in rows if row is not None).group(1).rstrip()
    assert shown.endswith("…") and len(shown) <= 40, shown
    kept = shown[:-1]
    assert message.startswith(kept) and message[len(kept)] in " ,;:.", (kept, message)  # between words


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("short enough", 40) == "short enough"
    assert shorten("the sign server rate limited this client", 20) == "the sign server…"
    assert shorten("one,   two\nthree four", 14) == "one, two…"
    assert shorten("averyveryverylongwordwithoutspaces", 10) == "averyvery…"  # nothing better
    assert len(shorten("x " * 100, 40)) <= 40


# -- record --chat-track: the chat on the video's timeline ----------------------------------------


def test_record_chat_track_writes_the_chat_beside_the_video(server, tmp_path):
    from helpers import once_a_client_is_in

    server.video_speed = 20.0  # twenty seconds of live video a second
    video = tmp_path / "live.flv"

    def wait(seconds):
        return lambda: threading.Event().wait(seconds)

    actor = once_a_client_is_in(
        server,
        lambda: server.wait_for_requests(f"/stream/{server.room_id}.flv"),
        wait(0.2),
        lambda: server.push_comment("viewer_1", "hello <b>timeline</b>"),
        lambda: server.push_join("viewer_2"),
        wait(0.3),
        server.end_live,
    )
    result = run_cli(
        "record",
        "@creator",
        "--video",
        str(video),
        "--chat-track",
        "comment,join",
        *server_args(server),
        timeout=60,
    )
    actor.join(30)
    assert result.returncode == 0, result.stderr
    cues = (tmp_path / "live.vtt").read_text(encoding="utf-8")
    assert cues.startswith("WEBVTT")
    assert "Viewer 1: hello &lt;b&gt;timeline&lt;/b&gt;" in cues and "Viewer 2 joined" in cues  # nicknames
    assert f"{tmp_path / 'live.vtt'} (chat track)" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (
            ["{tmp}/chat.jsonl", "--chat-track"],
            "--chat-track puts the chat on the video's timeline: give --video PATH too",
        ),
        (
            ["--video", "{tmp}/live.flv", "--chat-track", "comment,likes"],
            "--chat-track takes comment, gift, join",
        ),
        (
            ["--video", "{tmp}/taken.flv", "--chat-track"],
            "taken.vtt exists: the chat track would overwrite it",
        ),
    ],
    ids=["without a video", "an unknown kind", "a taken .vtt"],
)
def test_record_chat_track_refuses_what_it_cannot_do_before_connecting(server, tmp_path, arguments, said):
    (tmp_path / "taken.vtt").write_text("WEBVTT\n", encoding="utf-8")
    arguments = [argument.replace("{tmp}", str(tmp_path)) for argument in arguments]
    result = run_cli("record", "@creator", *arguments, *server_args(server), timeout=60)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert said in line, line
    assert server.connections_accepted == 0
