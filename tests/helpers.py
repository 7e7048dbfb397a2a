"""Test helpers shared by the test modules."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Type

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import BaseEvent


class Recorder:
    """Collects events from handlers; tests wait on it instead of sleeping."""

    def __init__(self) -> None:
        self.events: List[BaseEvent] = []
        self._changed = threading.Condition()

    def __call__(self, event: BaseEvent) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def of(self, event_type: Type[BaseEvent]) -> List[Any]:
        with self._changed:
            return [event for event in self.events if type(event) is event_type]

    def wait_for(self, event_type: Type[BaseEvent], count: int = 1, timeout: float = 10.0) -> List[Any]:
        with self._changed:
            found = self._changed.wait_for(lambda: len(self.of(event_type)) >= count, timeout)
            assert found, f"saw {len(self.of(event_type))} {event_type.__name__}, wanted {count}"
            return self.of(event_type)

    def listen(self, client: TikTokLiveClient, *event_types: Type[BaseEvent]) -> Recorder:
        """Record ``event_types`` of ``client`` (kept as ``self.client``)."""
        self.client = client
        for event_type in event_types:
            client.on(event_type, self)
        return self


def server_args(server: Any) -> List[str]:
    """The command-line options that point the CLI at a FakeLiveServer."""
    return ["--app-url", server.app_url, "--webcast-url", server.webcast_url, "--sign-url", server.sign_url]


def once_a_client_is_in(server: Any, *actions: Callable[[], Any]) -> threading.Thread:
    """Run ``actions`` in order on a thread as soon as a client has entered the room (for
    blocking calls like ``main(["watch", ...])`` that return only when the live ends)."""

    def wait_then_act() -> None:
        server.wait_for_clients()
        for action in actions:
            action()

    thread = threading.Thread(target=wait_then_act)
    thread.start()
    return thread


ROOT = Path(__file__).resolve().parent.parent


def start_python(*args: str, env: Optional[Dict[str, str]] = None) -> subprocess.Popen[str]:
    """This Python running ``args`` from the repository root, with text pipes (for tests that
    talk to a running program or signal it); ``env`` adds environment variables."""
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def unused_port() -> int:
    """A loopback port nothing listens on (for a dead server)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_python(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """This Python running ``args`` from the repository root, to the end, output captured."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )


#: Environment variables the command line reads; the tests give them only when they mean to.
CLI_ENVIRONMENT = ("SIGN_API_KEY", "SIGN_API_URL", "TIKTOK_SESSION_ID", "TIKTOK_PROXY")


def library_threads() -> List[threading.Thread]:
    """The package's threads alive now, but for the process-wide deadline watchdog, which
    ends by itself IDLE_LINGER after the last deadline (tests/integration/test_lifetime.py)."""
    from tiktoklive_sync._run.scheduler import DEADLINES

    return [
        thread
        for thread in threading.enumerate()
        if thread.name.startswith("tiktoklive-") and thread.name != DEADLINES.name and thread.is_alive()
    ]


def run_cli(
    *args: str, env: Optional[Dict[str, str]] = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``python -m tiktoklive_sync ARGS`` to its end, as a user runs it, output captured;
    ``env`` adds environment variables (the CLI's own are left out of the inherited ones)."""
    inherited = {name: value for name, value in os.environ.items() if name not in CLI_ENVIRONMENT}
    return subprocess.run(
        [sys.executable, "-m", "tiktoklive_sync", *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=ROOT,
        env={**inherited, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def wait_until(condition: Callable[[], Any], timeout: float = 30.0, what: str = "the condition") -> None:
    """Wait for ``condition()`` in short event waits (for state that has no event to wait on)."""
    pause, deadline = threading.Event(), time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what} never held"
        pause.wait(0.05)


def on_a_terminal(*args: str, until: Callable[[bytes], bool]) -> tuple[str, int]:
    """Run ``python -m tiktoklive_sync *args`` with its stdout on a pseudo-terminal, read what
    it draws until ``until(output)``, then stop it with SIGTERM: (the text, its exit status)."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "tiktoklive_sync", *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    os.close(follower)
    output = b""
    try:
        while not until(output):
            chunk = os.read(leader, 65536)
            assert chunk, output
            output += chunk
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        os.close(leader)
    return output.decode("utf-8", "replace"), process.returncode
