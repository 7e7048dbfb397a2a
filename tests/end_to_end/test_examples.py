"""Every example runs offline with one command, as its docstring says."""

from __future__ import annotations

import csv
import json
import os
import runpy
import signal
import sqlite3
import subprocess
import sys
import time
import tkinter
from pathlib import Path

import pytest
import requests
from helpers import start_python

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def run_example(*args: str, cwd=None) -> list:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / args[0]), *args[1:]],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=ENV,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


def test_every_example_is_tested():
    tested = {
        "minimal.py",
        "gift_leaderboard.py",
        "many_creators.py",
        "log_to_sqlite_csv.py",
        "flask_chat.py",
        "tkinter_chat.py",
    }
    assert {path.name for path in EXAMPLES.glob("*.py")} == tested
    assert {path.name for path in EXAMPLES.glob("*.ipynb")} == {"notebook.ipynb"}  # tests/test_notebook.py


def test_minimal():
    lines = run_example("minimal.py", "--demo")
    assert any(": " in line and " sent " not in line for line in lines)  # chat
    assert any(" sent " in line for line in lines)  # finished gifts, once per streak


def test_gift_leaderboard():
    lines = run_example("gift_leaderboard.py", "--demo")
    board = lines[lines.index("Top 5 gifters") + 1 :]
    assert board and board[0].startswith("1. ")
    totals = [int(line.split()[-2]) for line in board]
    assert totals == sorted(totals, reverse=True)


def test_many_creators():
    lines = run_example("many_creators.py", "--demo")
    for creator in ("alice", "bob", "carol"):
        assert any(line.startswith(f"[{creator}] ") and ": " in line for line in lines)
        assert f"[{creator}] connection over (live_ended)" in lines
    assert lines[-1].startswith("comments per creator:")


def test_log_to_sqlite_csv(tmp_path):
    db, table = tmp_path / "live.db", tmp_path / "live.csv"
    lines = run_example("log_to_sqlite_csv.py", "--demo", str(db), str(table))
    check_log(db, table, lines)


def test_log_to_sqlite_csv_demo_alone_writes_next_to_the_user(tmp_path):
    lines = run_example("log_to_sqlite_csv.py", "--demo", cwd=tmp_path)  # as README says it
    check_log(tmp_path / "live.db", tmp_path / "live.csv", lines)


def check_log(db, table, lines):
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT kind, handle, text FROM events").fetchall()
    assert {kind for kind, _, _ in rows} == {"comment", "gift"}
    with table.open(encoding="utf-8") as file:
        assert len(list(csv.reader(file))) == len(rows)
    assert f"comment: {sum(kind == 'comment' for kind, _, _ in rows)} rows" in lines


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_flask_chat_streams_the_demo_live(ctrl_c_works):
    """The demo as its docstring says; the page itself is tested in a browser in test_flask_page.py."""
    process = start_python(str(EXAMPLES / "flask_chat.py"), "--demo", "0")
    try:
        url = process.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        assert "EventSource" in requests.get(url, timeout=10).text
        with requests.get(url + "events", stream=True, timeout=10) as stream:
            lines = stream.iter_lines(decode_unicode=True)
            boards = (json.loads(line[len("data: ") :]) for line in lines if line.startswith("data: "))
            board = next(board for board in boards if board["chat"] and board["gifts"])
        assert board["handle"] == "creator" and board["status"] == "live"
        assert set(board["chat"][0]) == {"user", "text"}
        assert set(board["gifts"][0]) == {"user", "gift", "count"}
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        process.kill()


def test_tkinter_chat_feeds_its_window_on_the_tk_thread(server, make_client):
    """The Tkinter example's LiveFeed on a real Tcl interpreter, pumped by this (Tk) thread.

    Its widgets need a display, but they only show the feed's Tk variables, which are checked
    here. Tk raises "main thread is not in main loop" if a client thread touches them.
    """
    example = runpy.run_path(str(EXAMPLES / "tkinter_chat.py"))
    root = tkinter.Tcl()
    client = make_client()
    feed = example["LiveFeed"](root, client, max_lines=3, poll_ms=5)

    def pump_until(condition) -> None:
        deadline = time.monotonic() + 30
        while not condition() and time.monotonic() < deadline:
            root.update()
            time.sleep(0.005)
        assert condition()

    client.start()
    pump_until(lambda: feed.status.get() == "live: @creator")
    hello = server.push_comment("ann", "hello from tk")
    server.push_gift("ben", 5655, repeat_count=1, repeat_end=1)
    server.push_viewer_count(1234)
    pump_until(lambda: feed.viewers.get() == "1,234 watching")
    lines = feed.lines.get()
    assert lines[0] == f"{hello.user.nickname}: hello from tk"
    assert lines[1].startswith("** ") and lines[1].endswith(" sent 1 x Rose")
    for n in range(3):
        server.push_comment("ann", f"line {n}")
    pump_until(lambda: feed.lines.get()[-1].endswith("line 2"))
    assert len(feed.lines.get()) == 3  # max_lines keeps the newest
    server.drop_connections()
    pump_until(lambda: feed.status.get().startswith("connection lost, reconnecting"))
    pump_until(lambda: feed.status.get() == "live: @creator")
    server.end_live()
    pump_until(lambda: feed.status.get() == "@creator: the live ended")
    feed.close()
    assert not client.connected
