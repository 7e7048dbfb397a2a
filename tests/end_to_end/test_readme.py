"""The README and the reference in docs/: the README renders, every Python snippet of both
compiles and every test among them passes as printed, and the numbers they promise are the
numbers the code enforces."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path
from typing import Dict, List, Tuple

import docutils.core
import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.rst").read_text(encoding="utf-8")
PAGES = sorted((ROOT / "docs").glob("*.rst"))


def page(name: str) -> str:
    """A page of docs/ with its whitespace folded, as the promises are searched in it."""
    return " ".join((ROOT / "docs" / f"{name}.rst").read_text(encoding="utf-8").split())


def python_snippets() -> List[Tuple[str, str]]:
    """Every ``.. code-block:: python`` of the README and of docs/*.rst: (where, code)."""
    found = []
    for path in [ROOT / "README.rst", *PAGES]:
        text = path.read_text(encoding="utf-8")
        blocks = re.findall(r"^\.\. code-block:: python\n\n((?:    .*\n|\n)+)", text, re.MULTILINE)
        for number, block in enumerate(blocks, 1):
            code = "\n".join(line[4:] for line in block.splitlines())
            found.append((f"{path.relative_to(ROOT)} snippet {number}", code))
    return found


SNIPPETS = python_snippets()
TESTS_AMONG_THEM = [(where, code) for where, code in SNIPPETS if re.search(r"^def test_", code, re.M)]


def test_readme_renders_without_warnings():
    docutils.core.publish_doctree(README, settings_overrides={"report_level": 2, "halt_level": 2})


def test_readme_opens_with_its_contents():
    contents = README.index(".. contents::")
    first_section = re.search(r"\n(.+)\n-{3,}\n", README)
    assert first_section and contents < first_section.start()


def test_the_snippets_are_found():
    wheres = [where for where, _ in SNIPPETS]
    assert sum(where.startswith("README.rst") for where in wheres) >= 5
    assert sum(where.startswith("docs") for where in wheres) >= 5
    # The README's FakeLiveServer example is one of the tests run below.
    assert [where for where, code in TESTS_AMONG_THEM if where.startswith("README.rst")]


@pytest.mark.parametrize(("where", "code"), SNIPPETS, ids=[where for where, _ in SNIPPETS])
def test_every_python_snippet_compiles_and_names_what_exists(where, code):
    """It compiles, its imports import, and what it reads or calls on a client, a server, a
    monitor, a recording or the signals, and the options it gives a client, exist."""
    from tiktoklive_sync import TikTokLiveClient, signals
    from tiktoklive_sync._config import ClientOptions
    from tiktoklive_sync.client import StartOptions
    from tiktoklive_sync.media.video import VideoRecording
    from tiktoklive_sync.monitor import LiveMonitor
    from tiktoklive_sync.testing import FakeLiveServer

    tree = ast.parse(code, where)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            exec(compile(ast.Module([node], type_ignores=[]), where, "exec"), {})
    client = TikTokLiveClient("creator")
    monitor = LiveMonitor([])
    objects = {
        "client": client,
        "server": FakeLiveServer("creator"),
        "monitor": monitor,
        "recording": VideoRecording,
        "signals": signals,
    }
    try:
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                owner = objects.get(node.value.id)
                # dir(), not hasattr: a server's properties raise until it is started.
                assert owner is None or node.attr in dir(owner), f"{node.value.id}.{node.attr}"
            if not isinstance(node, ast.Call):
                continue
            keywords = {keyword.arg for keyword in node.keywords if keyword.arg is not None}
            if isinstance(node.func, ast.Name) and node.func.id == "TikTokLiveClient":
                assert keywords <= set(ClientOptions.__annotations__), keywords
            if (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "client"
                and node.func.attr in ("start", "run", "events", "connect")
            ):
                method = getattr(TikTokLiveClient, node.func.attr)
                accepted = set(StartOptions.__annotations__) | set(inspect.signature(method).parameters)
                assert keywords <= accepted, (node.func.attr, keywords)
    finally:
        client.close()
        monitor.stop()


@pytest.mark.parametrize(("where", "code"), TESTS_AMONG_THEM, ids=[where for where, _ in TESTS_AMONG_THEM])
def test_the_tests_the_docs_print_pass_as_printed(where, code):
    namespace: Dict[str, object] = {}
    exec(compile(code, where, "exec"), namespace)
    tests = [value for name, value in namespace.items() if name.startswith("test_")]
    assert tests
    for test in tests:
        assert callable(test)
        test()


def test_readme_commands_match_ci():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in (
        'pip install ".[testing]" && python -m tiktoklive_sync demo',
        'pip install ".[test]" && python -m pytest',
    ):
        assert f"    {command}\n" in README
        assert f"\n{command}\n" in ci


def test_events_page_names_every_typed_event():
    from tiktoklive_sync.events import EVENT_TYPES

    events = page("events")
    missing = [cls.__name__ for cls in EVENT_TYPES.values() if f"``{cls.__name__}``" not in events]
    assert not missing
    for text in (events, " ".join(README.split())):
        count = re.search(r"(\d+) message types have their own", text)
        assert count and int(count.group(1)) == len(EVENT_TYPES)


def test_the_bounds_the_docs_promise_are_the_bounds_the_code_enforces():
    from tiktoklive_sync import TikTokLiveClient
    from tiktoklive_sync._config import ClientConfig
    from tiktoklive_sync._run.dispatch import RECENT_CHAT_IDS, RECENT_IDS
    from tiktoklive_sync._transport.frames import MAX_DECOMPRESSED_SIZE, MAX_MESSAGES_PER_RESULT
    from tiktoklive_sync._transport.http import MAX_RESPONSE_SIZE
    from tiktoklive_sync._transport.push import HEARTBEAT_INTERVAL_RANGE
    from tiktoklive_sync._transport.websocket import HANDSHAKE_DEADLINE, MAX_FRAME_SIZE
    from tiktoklive_sync.monitor import LiveMonitor
    from tiktoklive_sync.monitor.coordination import LET_GO_AFTER
    from tiktoklive_sync.monitor.monitor import RELEASE_WITHIN
    from tiktoklive_sync.monitor.sinks import DEFAULT_STREAM_MAXLEN, RedisStreamSink
    from tiktoklive_sync.reconnect import ReconnectPolicy
    from tiktoklive_sync.sign.client import BULK_LIVE_CHECK_MAX, MAX_RETRY_AFTER
    from tiktoklive_sync.sign.rotation import COOLDOWN, MAX_COOLDOWN
    from tiktoklive_sync.testing import FakeLiveServer

    def default(function, name):
        return inspect.signature(function).parameters[name].default

    client = TikTokLiveClient("creator")
    max_pending = default(client.events, "max_pending")
    options = ClientConfig.from_options
    frame = {
        "announcing more than 16 MB": MAX_FRAME_SIZE == 16 * 2**20,
        "may inflate to 32 MB": MAX_DECOMPRESSED_SIZE == 32 * 2**20,
        "may carry 10,000 messages": MAX_MESSAGES_PER_RESULT == 10_000,
        "may be 16 MB decompressed": MAX_RESPONSE_SIZE == 16 * 2**20,
        "``http_deadline`` (30 s)": client.web.deadline == 30,
        "the websocket handshake 20 s": HANDSHAKE_DEADLINE == 20,
        "10 s to connect and 15 s per read": default(options, "http_timeout") == (10, 15),
        "at most a day": MAX_RETRY_AFTER == 86400,
        "``max_pending`` (10,000) events": max_pending == 10_000,
    }
    reconnect = {
        "``max_rate_limit_wait`` (900 s)": ReconnectPolicy().max_rate_limit_wait == 900,
        "between 0.1 s and 120 s": HEARTBEAT_INTERVAL_RANGE == (0.1, 120.0),
        "the last 20,000 ids of any type": RECENT_IDS == 20_000,
        "last 2,000 chat ids apart": RECENT_CHAT_IDS == 2_000,
    }
    sign = {
        "left alone for 30 s": COOLDOWN == 30,
        "twice as long after each further failure up to 5 minutes": MAX_COOLDOWN == 300,
    }
    monitor = {
        "up to 50 creators a call": BULK_LIVE_CHECK_MAX == 50,
        "lets its creators go at 0.8 of a lease": LET_GO_AFTER == 0.8,
        "gives its leases back within 1 s": RELEASE_WITHIN == 1.0,
        "capped at about 1,000,000 entries": DEFAULT_STREAM_MAXLEN == 1_000_000,
        "at most 100,000 records": default(RedisStreamSink, "max_pending") == 100_000,
    }
    promises = {
        # The bounds, each where it is explained and all of them together on one page.
        "limits": {**frame, **reconnect, **sign, **monitor},
        "connection": {
            **reconnect,
            "(default 6, i.e. a minute)": default(options, "stall_after") == 6,
            "``max_queue`` (1024)": default(options, "max_queue") == 1024,
        },
        "client": {
            "``max_pending`` events (10,000)": max_pending == 10_000,
            "``stall_after`` (default 6)": default(options, "stall_after") == 6,
            "``max_queue`` (default 1024)": default(options, "max_queue") == 1024,
            "``http_timeout`` (default 10 s to connect and 15 s per read)": default(options, "http_timeout")
            == (10, 15),
            "``http_deadline`` (default 30 s)": default(options, "http_deadline") == 30,
            "``gift_streak_timeout`` (default 10)": default(options, "gift_streak_timeout") == 10,
            "``live_poll``, 30 s,": default(client.run, "live_poll") == 30,
        },
        "sign": {
            **sign,
            "whether up to 50 creators are live in one call": BULK_LIVE_CHECK_MAX == 50,
        },
        "monitor": {
            **monitor,
            "``poll_interval`` (default 60)": default(LiveMonitor, "poll_interval") == 60,
            "``max_poll_interval`` (default 600)": default(LiveMonitor, "max_poll_interval") == 600,
            "``workers`` (default 4)": default(LiveMonitor, "workers") == 4,
            "``check_workers`` (default 8)": default(LiveMonitor, "check_workers") == 8,
        },
        "events": {
            "``gift_streak_timeout`` seconds, default 10": default(options, "gift_streak_timeout") == 10,
        },
        "testing": {
            "``heartbeat_interval`` (10.0)": default(FakeLiveServer, "heartbeat_interval") == 10.0,
            "``history_size`` (10,000)": default(FakeLiveServer, "history_size") == 10_000,
        },
    }
    try:
        for name, words_and_truths in promises.items():
            text = page(name)
            for words, holds in words_and_truths.items():
                assert words in text, f"docs/{name}.rst no longer says {words!r}"
                assert holds, f"docs/{name}.rst says {words!r}, the code does otherwise"
    finally:
        client.close()
