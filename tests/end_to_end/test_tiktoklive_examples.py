"""TikTokLive bots, ported the way the README says: rename the import, delete async/await,
``asyncio.sleep`` -> ``time.sleep``, unwrap ``asyncio.run(...)``. Each bot below is written
here in TikTokLive's documented style (its names and calls, not its files); ``port()`` makes
the mechanical edits, and the ported program runs in a fresh Python against FakeLiveServer,
pointed there through ``WebDefaults`` as a TikTokLive user would point it."""

from __future__ import annotations

import re
import subprocess
import textwrap
import threading
from typing import Callable

import pytest
from helpers import run_python

from tiktoklive_sync.testing import FakeLiveServer


def port(source: str) -> str:
    """The mechanical edits of the README's migration section, and nothing else."""
    source = re.sub(r"\bTikTokLive\b", "tiktoklive_sync", source)  # the package, not TikTokLiveClient
    source = re.sub(r"\basync def\b", "def", source)
    source = re.sub(r"\bawait ", "", source)
    source = source.replace("asyncio.sleep(", "time.sleep(")
    source = re.sub(r"asyncio\.run\((.*)\)", r"\1", source)
    return source.replace("import asyncio", "import time")


def run_bot(
    source: str, server: FakeLiveServer, act: Callable[[], None], *args: str
) -> subprocess.CompletedProcess:
    """Run the ported bot, pointed at ``server``; ``act`` plays the live once it connected."""
    setup = textwrap.dedent(f"""
        from tiktoklive_sync.client.web.web_settings import WebDefaults
        WebDefaults.tiktok_app_url = "{server.app_url}"
        WebDefaults.tiktok_webcast_url = "{server.webcast_url}"
        WebDefaults.tiktok_sign_url = "{server.sign_url}"
    """)
    program = setup + port(textwrap.dedent(source))
    assert "async" not in program and "await" not in program
    actor = threading.Thread(target=act)
    actor.start()
    try:
        return run_python("-c", program, *args)
    finally:
        actor.join(30)


def play(server: FakeLiveServer, *steps: Callable[[], object]) -> Callable[[], None]:
    def act() -> None:
        server.wait_for_clients(timeout=30)
        for step in steps:
            step()
        server.end_live()

    return act


README_QUICK_START = """
    from TikTokLive import TikTokLiveClient
    from TikTokLive.events import ConnectEvent, CommentEvent

    client: TikTokLiveClient = TikTokLiveClient(unique_id="@creator")

    @client.on(ConnectEvent)
    async def on_connect(event: ConnectEvent):
        print(f"Connected to @{event.unique_id} (Room ID: {client.room_id}")

    async def on_comment(event: CommentEvent) -> None:
        print(f"{event.user.nickname} -> {event.comment}")

    client.add_listener(CommentEvent, on_comment)

    if __name__ == '__main__':
        client.run()
"""


def test_readme_quick_start():
    with FakeLiveServer("creator") as server:
        result = run_bot(
            README_QUICK_START, server, play(server, lambda: server.push_comment("viewer_1", "hi"))
        )
    assert result.returncode == 0, result.stderr
    assert f"Connected to @creator (Room ID: {server.room_id}" in result.stdout
    assert "Viewer 1 -> hi" in result.stdout


GIFTS = """
    from TikTokLive.client.client import TikTokLiveClient
    from TikTokLive.events import GiftEvent

    client: TikTokLiveClient = TikTokLiveClient(unique_id="@creator")

    @client.on(GiftEvent)
    async def on_gift(event: GiftEvent):
        # Streakable gifts are reported once the streak is over
        if event.gift.streakable and not event.streaking:
            print(f"{event.user.unique_id} sent {event.repeat_count}x \\"{event.gift.name}\\"")
        # Non-streakable gifts
        elif not event.gift.streakable:
            print(f"{event.user.unique_id} sent \\"{event.gift.name}\\"")

    if __name__ == '__main__':
        client.run()
"""


def test_gifts_example_prints_each_streak_once_with_its_count():
    with FakeLiveServer("creator") as server:

        def streak() -> None:
            for count in (1, 2, 3):
                server.push_gift("fan_a", 5655, repeat_count=count, repeat_end=0)
            server.push_gift("fan_a", 5655, repeat_count=3, repeat_end=1)

        result = run_bot(GIFTS, server, play(server, streak))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ['fan_a sent 3x "Rose"']


CHECK_LIVE = """
    import asyncio
    from TikTokLive.client.client import TikTokLiveClient
    from TikTokLive.client.logger import LogLevel
    from TikTokLive.events import ConnectEvent, DisconnectEvent

    client: TikTokLiveClient = TikTokLiveClient(unique_id="@creator")

    @client.on(ConnectEvent)
    async def on_connect(event: ConnectEvent):
        client.logger.info(f"Connected to @{event.unique_id}!")

    @client.on(DisconnectEvent)
    async def on_disconnect(event: DisconnectEvent):
        print("Disconnected")

    async def check_loop():
        # Run 24/7
        while not await client.is_live():
            client.logger.info("Client is currently not live. Checking again in 1 second.")
            await asyncio.sleep(1)
        client.logger.info("Requested client is live!")
        await client.connect()

    if __name__ == '__main__':
        client.logger.setLevel(LogLevel.INFO.value)
        asyncio.run(check_loop())
"""


def test_check_live_loop_sees_the_live_and_connects_until_it_ends():
    with FakeLiveServer("creator", live=False) as server:

        def go_live_later() -> None:
            server.wait_for_requests("/@creator/live", 2, timeout=30)  # it polled twice
            server.live = True

        poller = threading.Thread(target=go_live_later)
        poller.start()
        result = run_bot(CHECK_LIVE, server, play(server))
        poller.join(30)
    assert result.returncode == 0, result.stderr
    assert "not live. Checking again" in result.stderr  # INFO lines, shown once asked for
    assert "Requested client is live!" in result.stderr and "Connected to @creator!" in result.stderr
    assert result.stdout.strip().endswith("Disconnected")


AVATAR = """
    from TikTokLive import TikTokLiveClient
    from TikTokLive.events import ConnectEvent
    import sys

    client: TikTokLiveClient = TikTokLiveClient(unique_id="@creator")

    @client.on(ConnectEvent)
    async def on_connect(event: ConnectEvent):
        url = await client.get_avatar_url()
        data: bytes = await client.web.fetch_image_data(image=url)
        with open(sys.argv[1], "wb") as file:
            file.write(data)
        print("avatar saved")

    if __name__ == '__main__':
        client.run()
"""


def test_avatar_image_is_written(tmp_path):
    target = tmp_path / "avatar.webp"
    with FakeLiveServer("creator") as server:
        result = run_bot(AVATAR, server, play(server), str(target))
    assert result.returncode == 0, result.stderr
    assert "avatar saved" in result.stdout
    image = target.read_bytes()
    assert image[:4] == b"RIFF" and image[8:12] == b"WEBP"


CUSTOM_HEADERS = """
    from TikTokLive import TikTokLiveClient
    from TikTokLive.client.web.web_settings import WebDefaults
    from TikTokLive.events import ConnectEvent

    WebDefaults.web_client_headers["X-Bot-Name"] = "my-bot"
    WebDefaults.web_client_params["from_bot"] = "1"
    client: TikTokLiveClient = TikTokLiveClient(unique_id="@creator")

    @client.on(ConnectEvent)
    async def on_connect(event: ConnectEvent):
        print("connected")

    if __name__ == '__main__':
        client.run(fetch_room_info=True)
"""


def test_web_defaults_reach_every_tiktok_call():
    with FakeLiveServer("creator") as server:
        result = run_bot(CUSTOM_HEADERS, server, play(server))
        calls = server.requests_to("/room/info/") + server.requests_to("/room/check_alive/")
    assert result.returncode == 0, result.stderr
    assert len(calls) == 2
    assert all(
        call.headers.get("X-Bot-Name") == "my-bot" and call.params["from_bot"] == "1" for call in calls
    )


LOGGED_IN = """
    from TikTokLive import TikTokLiveClient
    from TikTokLive.events import ConnectEvent

    client: TikTokLiveClient = TikTokLiveClient(unique_id="@creator")

    @client.on(ConnectEvent)
    async def on_connect(event: ConnectEvent):
        print(f"connected as a signed-in viewer: {client.room_info['title']}")

    if __name__ == '__main__':
        client.web.set_session("my-session-id", "useast5")
        client.run(fetch_room_info=True)
"""


def test_logged_in_bot_reads_an_age_restricted_live():
    with FakeLiveServer("creator", age_restricted=True) as server:
        result = run_bot(LOGGED_IN, server, play(server))
        (info_call,) = server.requests_to("/room/info/")
    assert result.returncode == 0, result.stderr
    assert "connected as a signed-in viewer: creator is live" in result.stdout
    assert "sessionid=my-session-id" in info_call.headers["Cookie"]
    assert "tt-target-idc=useast5" in info_call.headers["Cookie"]


PROXIED = """
    import sys
    from TikTokLive import TikTokLiveClient
    from TikTokLive.events import CommentEvent

    class Proxy:  # httpx.Proxy in TikTokLive's example: any object with .url and .auth works
        def __init__(self, url, auth=None):
            self.url, self.auth = url, auth

    client: TikTokLiveClient = TikTokLiveClient(
        unique_id="@creator",
        web_proxy=Proxy(sys.argv[1], auth=(sys.argv[2], sys.argv[3])),
        ws_proxy=Proxy(sys.argv[1], auth=(sys.argv[2], sys.argv[3])),
    )

    @client.on(CommentEvent)
    async def on_comment(event: CommentEvent):
        print(f"{event.user.unique_id} -> {event.comment}")

    if __name__ == '__main__':
        client.run()
"""


def test_proxied_bot_sends_web_calls_and_the_websocket_through_the_proxy(proxy):
    from loopback_proxy import PASSWORD, USER

    with FakeLiveServer("creator") as server:
        act = play(server, lambda: server.push_comment("viewer_1", "through the proxy"))
        result = run_bot(PROXIED, server, act, f"http://127.0.0.1:{proxy.port}", USER, PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "viewer_1 -> through the proxy" in result.stdout
    relayed = proxy.relayed_to(server.port)
    assert len(relayed) >= 3  # live page, live check, sign call and the websocket, all relayed
    assert PASSWORD not in result.stderr


RECORDING = """
    import sys
    from TikTokLive import TikTokLiveClient
    from TikTokLive.events import ConnectEvent, DisconnectEvent

    client: TikTokLiveClient = TikTokLiveClient(unique_id="@creator")

    @client.on(ConnectEvent)
    async def on_connect(event: ConnectEvent):
        client.web.fetch_video_data.start(
            output_fp=sys.argv[1], room_info=client.room_info, output_format="mp4"
        )

    @client.on(DisconnectEvent)
    async def on_live_end(event: DisconnectEvent):
        if client.web.fetch_video_data.is_recording:
            client.web.fetch_video_data.stop()

    if __name__ == '__main__':
        client.run(fetch_room_info=True)
"""


def test_recording_bot_writes_a_playable_file(tmp_path):
    import av

    target = tmp_path / "creator.mp4"
    with FakeLiveServer("creator") as server:
        server.video_speed = 10.0  # ten seconds of live video per second

        def let_it_record() -> None:
            request = server.wait_for_requests(f"/stream/{server.room_id}.flv", timeout=30)
            assert request
            threading.Event().wait(2.0)  # about twenty seconds of video

        result = run_bot(RECORDING, server, play(server, let_it_record), str(target))
    assert result.returncode == 0, result.stderr
    with av.open(str(target)) as media:
        frames = sum(1 for _ in media.decode(video=0))
    assert frames > 0


@pytest.mark.parametrize(
    "source", [README_QUICK_START, GIFTS, CHECK_LIVE, AVATAR, CUSTOM_HEADERS, LOGGED_IN, PROXIED, RECORDING]
)
def test_the_originals_are_asyncio_programs(source):
    assert "async def" in source and "TikTokLive" in source  # what port() has to change
