"""What a half-ported bot sees: its mistakes are loud, in a fresh process with no logging set up."""

from __future__ import annotations

import textwrap

from helpers import run_python

BOT = """
import threading
from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import CommentEvent, LikeEvent
from tiktoklive_sync.testing import FakeLiveServer

with FakeLiveServer("creator") as server:
    client = TikTokLiveClient("creator", **server.client_kwargs)
    done = threading.Event()

    @client.on(CommentEvent)
    def broken(event):
        return event.no_such_field  # a field the bot expected: AttributeError

    @client.on(LikeEvent)
    async def still_async(event):  # left as async def while porting
        print("async handler ran for", event.user.unique_id, flush=True)
        done.set()

    client.start()
    server.wait_for_clients()
    server.push_comment("viewer", "hello")
    server.push_like("fan")
    done.wait(10)
    client.stop()
"""


def test_a_raising_handler_prints_its_traceback_and_an_async_handler_runs():
    result = run_python("-c", textwrap.dedent(BOT))
    assert result.returncode == 0, result.stderr
    assert "Exception in handler broken of @creator on CommentEvent:" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr and "no_such_field" in result.stderr
    assert "async handler ran for fan" in result.stdout
    assert "never awaited" not in result.stderr


FAILING_SINK = """
import time
from tiktoklive_sync.monitor import LiveMonitor
from tiktoklive_sync.testing import FakeLiveServer

def broken(record):
    raise OSError("disk full")

with FakeLiveServer("creator") as server:
    monitor = LiveMonitor(["creator"], sink=broken, poll_interval=0.2, **server.client_kwargs)
    monitor.start()
    server.wait_for_clients(1, timeout=30)
    for number in range(5):
        server.push_comment("fan", f"comment {number}")
    deadline = time.monotonic() + 30
    while monitor.sink_errors < 7 and time.monotonic() < deadline:
        time.sleep(0.05)
    monitor.stop()
    print("sink errors:", monitor.sink_errors)
"""


def test_a_failing_sink_is_said_once_and_counted_without_logging():
    result = run_python("-c", FAILING_SINK)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("the sink could not store an event of @creator: disk full") == 1
    assert "monitor.sink_errors" in result.stderr
    # connect, viewers, five comments and the disconnect of stop(): none lost silently
    assert "sink errors: 8" in result.stdout
