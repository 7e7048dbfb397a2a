"""The README renders, and its offline example works as printed."""

from __future__ import annotations

import re
from pathlib import Path

import docutils.core

README = (Path(__file__).resolve().parents[2] / "README.rst").read_text(encoding="utf-8")


def code_blocks() -> list:
    blocks = re.findall(r"\.\. code-block:: python\n\n((?:    .*\n|\n)+)", README)
    return ["\n".join(line[4:] for line in block.splitlines()) for block in blocks]


def test_readme_renders_without_warnings():
    docutils.core.publish_doctree(README, settings_overrides={"report_level": 2, "halt_level": 2})


def test_fake_server_example_runs_as_printed():
    (example,) = [block for block in code_blocks() if "FakeLiveServer(" in block]
    namespace: dict = {}
    exec(compile(example, "README.rst", "exec"), namespace)
    namespace["test_bot_greets"]()


def test_readme_commands_match_ci():
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
    for command in (
        'pip install ".[testing]" && python -m tiktoklive_sync demo',
        'pip install ".[test]" && python -m pytest',
    ):
        assert f"    {command}\n" in README
        assert f"\n{command}\n" in ci


def test_events_table_names_every_typed_event():
    from tiktoklive_sync.events import EVENT_TYPES

    missing = [cls.__name__ for cls in EVENT_TYPES.values() if f"``{cls.__name__}``" not in README]
    assert not missing
    count = re.search(r"(\d+) message types have their own", README)
    assert count and int(count.group(1)) == len(EVENT_TYPES)


def test_the_bounds_readme_promises_are_the_bounds_the_code_enforces():
    import inspect

    from tiktoklive_sync import TikTokLiveClient
    from tiktoklive_sync._run.dispatch import RECENT_CHAT_IDS, RECENT_IDS
    from tiktoklive_sync._transport.frames import MAX_DECOMPRESSED_SIZE, MAX_MESSAGES_PER_RESULT
    from tiktoklive_sync._transport.http import MAX_RESPONSE_SIZE
    from tiktoklive_sync._transport.push import HEARTBEAT_INTERVAL_RANGE
    from tiktoklive_sync._transport.websocket import HANDSHAKE_DEADLINE, MAX_FRAME_SIZE
    from tiktoklive_sync.monitor.coordination import LET_GO_AFTER
    from tiktoklive_sync.monitor.monitor import RELEASE_WITHIN
    from tiktoklive_sync.monitor.sinks import DEFAULT_STREAM_MAXLEN, RedisStreamSink
    from tiktoklive_sync.reconnect import ReconnectPolicy
    from tiktoklive_sync.sign.client import BULK_LIVE_CHECK_MAX, MAX_RETRY_AFTER
    from tiktoklive_sync.sign.rotation import COOLDOWN, MAX_COOLDOWN

    text = " ".join(README.split())
    client = TikTokLiveClient("creator")
    max_pending = inspect.signature(client.events).parameters["max_pending"].default
    promises = {
        "announcing more than 16 MB": MAX_FRAME_SIZE == 16 * 2**20,
        "may inflate to 32 MB": MAX_DECOMPRESSED_SIZE == 32 * 2**20,
        "may carry 10,000 messages": MAX_MESSAGES_PER_RESULT == 10_000,
        "may be 16 MB decompressed": MAX_RESPONSE_SIZE == 16 * 2**20,
        "``http_deadline`` (30 s)": client.web.deadline == 30,
        "the websocket handshake 20 s": HANDSHAKE_DEADLINE == 20,
        "at most a day": MAX_RETRY_AFTER == 86400,
        "``max_rate_limit_wait`` (900 s)": ReconnectPolicy().max_rate_limit_wait == 900,
        "between 0.1 s and 120 s": HEARTBEAT_INTERVAL_RANGE == (0.1, 120.0),
        "the last 20,000 ids of any type": RECENT_IDS == 20_000,
        "last 2,000 chat ids apart": RECENT_CHAT_IDS == 2_000,
        "``max_pending`` (10,000) events": max_pending == 10_000,
        "left alone for 30 s": COOLDOWN == 30,
        "twice as long after each further failure up to 5 minutes": MAX_COOLDOWN == 300,
        "up to 50 creators a call": BULK_LIVE_CHECK_MAX == 50,
        "lets its creators go at 0.8 of a lease": LET_GO_AFTER == 0.8,
        "gives its leases back within 1 s": RELEASE_WITHIN == 1.0,
        "capped at about 1,000,000 entries": DEFAULT_STREAM_MAXLEN == 1_000_000,
        "at most 100,000 records": inspect.signature(RedisStreamSink).parameters["max_pending"].default
        == 100_000,
    }
    for words, holds in promises.items():
        assert words in text, words
        assert holds, words
    client.close()
