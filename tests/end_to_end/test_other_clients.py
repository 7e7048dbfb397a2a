"""Conformance: clients we did not write, unmodified, against FakeLiveServer in strict mode.

Real TikTok serves TikTokLive 7.0.1 (Python, asyncio) and TikTok-Live-Connector 2.5.0
(Node), so the local TikTok must serve them too: each runs as a program of its own, its
package only installed (the ``test`` extra; ``npm install`` in ``tests/oracles``), driven by
a short bot of ours in ``tests/oracles``. The bots print one JSON line per event.

The users pushed here carry no fan club: TikTokLive 7.0.1 cannot parse a user whose
``fans_club.data`` is set (a forward reference in its schema resolves against a local
variable of its parser, with every pydantic release we tried), whatever sends it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Dict, List, Optional

import pytest
from helpers import ROOT

from tiktoklive_sync.testing import FakeLiveServer, make_user

ORACLES = ROOT / "tests" / "oracles"
CONNECTOR = ORACLES / "node_modules" / "tiktok-live-connector" / "package.json"


def viewer(handle: str):
    return make_user(handle, fan_club_level=0)


class Bot:
    """A bot program running to its end; its JSON lines, readable while it runs."""

    def __init__(self, command: List[str], cwd: Path, env: Optional[Dict[str, str]] = None) -> None:
        self.lines: List[Dict] = []
        self.stderr: List[str] = []
        self._changed = threading.Condition()
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env
        )
        self._readers = [threading.Thread(target=self._read, daemon=True)]
        self._readers.append(threading.Thread(target=self._read_errors, daemon=True))
        for reader in self._readers:
            reader.start()

    def __enter__(self) -> Bot:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process.poll() is None:  # a failed test: the bot must not outlive it
            self.process.kill()
            self.process.wait(10)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                with self._changed:
                    self.lines.append(json.loads(line))
                    self._changed.notify_all()

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        self.stderr.extend(self.process.stderr)

    def wait_for(self, event: str, timeout: float = 60) -> Dict:
        """The first line about ``event``, once the bot printed it."""
        with self._changed:
            found = self._changed.wait_for(
                lambda: [line for line in self.lines if line["event"] == event], timeout
            )
        assert found, f"the bot never said {event!r}: {self.lines} {''.join(self.stderr)[-2000:]}"
        return found[0]

    def finish(self, timeout: float = 120) -> List[Dict]:
        """Wait for the bot to end; every line, after checking it ended well."""
        self.process.wait(timeout)
        for reader in self._readers:
            reader.join(10)
        assert self.process.returncode == 0, (self.lines, "".join(self.stderr)[-3000:])
        assert not [line for line in self.lines if line["event"] in ("error", "connect_failed")], self.lines
        return self.lines


def play_the_live(server: FakeLiveServer, bot: Bot, *, after_comment: Optional[str] = None) -> List[Dict]:
    """A comment, a three-tap streak, likes, a viewer count, then the end of the live; with
    ``after_comment``, the live goes on until the bot said that (what it does with the
    comment). The bot's lines."""
    bot.wait_for("connect")
    server.wait_for_clients(timeout=60)
    server.push_comment(viewer("viewer_1"), "hello")
    if after_comment is not None:
        bot.wait_for(after_comment)
    for taps in (1, 2, 3):
        server.push_gift(viewer("viewer_2"), 5655, repeat_count=taps, repeat_end=int(taps == 3))
    server.push_like(viewer("viewer_3"), count=5)
    server.push_viewer_count(123)
    server.end_live()
    return bot.finish()


def assert_saw_the_live(lines: List[Dict]) -> None:
    seen = [line for line in lines if line["event"] != "image"]
    seen = [line for line in seen if line["event"] != "viewers" or line["total"] != 1]  # the first batch's
    events = [line["event"] for line in seen]
    # connected first, disconnected last; between, each event once (a client may hand its
    # events over in its own order: the Connector decodes gifts apart and may tell the live's
    # end before the viewer count that came with it)
    assert events[0] == "connect" and events[-1] == "disconnect", lines
    assert sorted(events[1:-1]) == ["comment", "gift", "like", "live_end", "viewers"], lines
    by_event = {line["event"]: line for line in seen}
    assert (by_event["comment"]["user"], by_event["comment"]["comment"]) == ("viewer_1", "hello")
    assert (by_event["gift"]["user"], by_event["gift"]["gift"], by_event["gift"]["count"]) == (
        "viewer_2",
        "Rose",
        3,
    )
    assert (by_event["like"]["count"], by_event["like"]["total"]) == (5, 5)
    assert by_event["viewers"]["total"] == 123


# -- TikTokLive 7.0.1 -----------------------------------------------------------------------


@pytest.fixture
def ffmpeg_on_path(tmp_path) -> Dict[str, str]:
    """An environment whose PATH has an ``ffmpeg`` (TikTokLive's recorder runs the program):
    the one imageio-ffmpeg's wheel carries."""
    import imageio_ffmpeg

    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "ffmpeg").symlink_to(imageio_ffmpeg.get_ffmpeg_exe())
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def tiktoklive_bot(server: FakeLiveServer, scenario: str) -> List[str]:
    return [sys.executable, str(ORACLES / "tiktoklive_bot.py"), server.base_url, server.unique_id, scenario]


def test_tiktoklive_receives_the_live_from_the_strict_local_tiktok(tmp_path):
    with FakeLiveServer("creator", strict=True) as server:
        with Bot(tiktoklive_bot(server, "events"), tmp_path) as bot:
            lines = play_the_live(server, bot)
        assert_saw_the_live(lines)
        assert server.frames_of("im_enter_room") and server.frames_of("ack")
        assert server.refusals == []


def logged_in_server() -> FakeLiveServer:
    """A strict local TikTok whose sign server wants a key and whose chat comes from a viewer
    without a fan club (see the module's doc)."""
    return FakeLiveServer("creator", strict=True, api_key="key-1", session_user=viewer("signed_in_viewer"))


def chat_in(server: FakeLiveServer, bot: Bot, text: str) -> None:
    """The bot wrote ``text`` in the chat; the room shows it, from the logged-in viewer, and
    the bot sees it come back as a comment."""
    assert bot.wait_for("chat_sent")["answer"]["code"] == 200
    comment = bot.wait_for("comment")
    assert (comment["user"], comment["comment"]) == ("signed_in_viewer", text)
    server.end_live()
    bot.finish()
    assert server.refusals == []


def test_tiktoklive_writes_in_the_chat_through_the_local_sign_server(tmp_path):
    with logged_in_server() as server:
        env = {
            **os.environ,
            "SESSION_ID": "tiktoklive-session",
            "SIGN_API_KEY": "key-1",
            "WHITELIST_AUTHENTICATED_SESSION_ID_HOST": server.base_url.split("://", 1)[1],
        }
        with Bot(tiktoklive_bot(server, "chat"), tmp_path, env) as bot:
            chat_in(server, bot, "hello from TikTokLive")
        (call,) = [call for call in server.requests_to("/webcast/chat") if call.method == "POST"]
        assert "sessionid=tiktoklive-session" in call.headers["x-cookie-header"]


def test_tiktoklives_avatar_download_works_offline(tmp_path):
    with FakeLiveServer("tv_asahi_news", strict=True) as server:
        with Bot(tiktoklive_bot(server, "images"), tmp_path) as bot:
            lines = play_the_live(server, bot, after_comment="image")
        assert server.refusals == []
    image = next(line for line in lines if line["event"] == "image")
    assert image["user"] == "viewer_1" and image["head"].startswith("52494646")  # RIFF...WEBP
    saved = (tmp_path / "viewer_1.webp").read_bytes()
    assert saved[:4] == b"RIFF" and saved[8:12] == b"WEBP"


def test_tiktoklives_five_second_recording_is_a_playable_file(tmp_path, ffmpeg_on_path):
    with FakeLiveServer("tv_asahi_news", strict=True) as server:
        server.video_speed = 1.0  # real time
        with Bot(tiktoklive_bot(server, "recording"), tmp_path, ffmpeg_on_path) as bot:
            bot.finish()  # it disconnects by itself after five seconds of recording
        assert server.refusals == []
    assert "error" not in "".join(bot.stderr).lower(), bot.stderr
    import av

    with av.open(str(tmp_path / "tv_asahi_news.mp4")) as video:
        times = [frame.time for frame in video.decode(video=0)]
    assert len(times) > 15 and max(times) - min(times) > 1.0  # seconds of pictures, decoded


# -- TikTok-Live-Connector 2.5.0 ----------------------------------------------------------


@pytest.fixture(scope="session")
def connector() -> Path:
    """The installed connector (``npm install`` in tests/oracles, as .ci/run does)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node and npm, "the conformance tests need Node.js and npm on PATH"
    if not CONNECTOR.exists() or json.loads(CONNECTOR.read_text())["version"] != "2.5.0":
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--silent"], cwd=ORACLES, check=True, timeout=600
        )
    return ORACLES / "connector_bot.mjs"


def test_tiktok_live_connector_receives_the_live_from_the_strict_local_tiktok(tmp_path, connector):
    with FakeLiveServer("creator", strict=True) as server:
        command = ["node", str(connector), server.base_url, server.unique_id]
        with Bot(command, tmp_path) as bot:
            lines = play_the_live(server, bot)
        assert_saw_the_live(lines)
        assert server.frames_of("im_enter_room") and server.frames_of("ack")
        assert server.refusals == []


def test_tiktok_live_connector_writes_in_the_chat_through_the_local_sign_server(tmp_path, connector):
    with logged_in_server() as server:
        command = ["node", str(connector), server.base_url, server.unique_id, "chat"]
        env = {**os.environ, "SESSION_ID": "connector-session", "SIGN_API_KEY": "key-1"}
        with Bot(command, tmp_path, env) as bot:
            chat_in(server, bot, "hello from the Connector")
        (call,) = server.requests_to(f"/webcast/rooms/{server.room_id}/chat")
        assert "sessionid=connector-session" in call.headers["x-cookie-header"]
