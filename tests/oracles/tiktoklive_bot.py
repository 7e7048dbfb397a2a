"""A bot written against TikTokLive 7.0.1 (the asyncio client), run unmodified by the
conformance tests against FakeLiveServer: TikTokLive is only installed and run, and this
program — ours — uses its public API as its documentation shows.

    python tiktoklive_bot.py BASE_URL HANDLE events|images|recording|chat

It points TikTokLive's ``WebDefaults`` at the local TikTok (the only change a user makes),
then prints one JSON line per thing it saw. ``images`` downloads each commenter's avatar as
TikTokLive's images example does; ``recording`` records the video for five seconds as its
recording example does (TikTokLive's recorder needs the ``ffmpeg`` program on PATH);
``chat`` logs in (``SESSION_ID``; TikTokLive sends a session to a sign server only when
``WHITELIST_AUTHENTICATED_SESSION_ID_HOST`` names it) and writes in the chat once connected.
"""

import asyncio
import json
import os
import sys

from TikTokLive import TikTokLiveClient
from TikTokLive.client.web.web_settings import WebDefaults
from TikTokLive.events import (
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    GiftEvent,
    LikeEvent,
    LiveEndEvent,
    RoomUserSeqEvent,
)

base_url, handle, scenario = sys.argv[1:4]
WebDefaults.tiktok_app_url = base_url
WebDefaults.tiktok_webcast_url = f"{base_url}/webcast"
WebDefaults.tiktok_sign_url = base_url

client = TikTokLiveClient(unique_id=f"@{handle}")
if scenario == "chat":
    client.web.set_session(os.environ["SESSION_ID"], "useast5")


def say(**fields):
    print(json.dumps(fields), flush=True)  # noqa: T201 - the bot's output is what the test reads


@client.on(ConnectEvent)
async def on_connect(event):
    say(event="connect", unique_id=event.unique_id, room_id=str(client.room_id))
    if scenario == "recording":
        client.web.fetch_video_data.start(
            output_fp=f"{event.unique_id}.mp4", room_info=client.room_info, output_format="mp4"
        )
        await asyncio.sleep(5)
        await client.disconnect()
    if scenario == "chat":
        answer = await client.send_room_chat("hello from TikTokLive")
        say(event="chat_sent", answer=answer if isinstance(answer, dict) else str(answer))


@client.on(CommentEvent)
async def on_comment(event):
    say(event="comment", user=event.user.unique_id, comment=event.comment)
    if scenario == "images":
        image = await client.web.fetch_image_data(image=event.user.avatar_thumb)
        with open(f"{event.user.unique_id}.webp", "wb") as file:
            file.write(image)
        say(event="image", user=event.user.unique_id, size=len(image), head=image[:12].hex())


@client.on(GiftEvent)
async def on_gift(event):
    if event.gift.streakable and event.streaking:
        return  # a streak in progress: its end carries the whole count
    say(event="gift", user=event.user.unique_id, gift=event.gift.name, count=event.repeat_count)


@client.on(LikeEvent)
async def on_like(event):
    say(event="like", user=event.user.unique_id, count=event.count, total=event.total)


@client.on(RoomUserSeqEvent)
async def on_viewers(event):
    say(event="viewers", total=event.total)


@client.on(LiveEndEvent)
async def on_live_end(event):
    say(event="live_end")


@client.on(DisconnectEvent)
async def on_disconnect(event):
    if client.web.fetch_video_data.is_recording:
        client.web.fetch_video_data.stop()
    say(event="disconnect")


if __name__ == "__main__":
    client.run(fetch_room_info=scenario == "recording", process_connect_events=scenario != "images")
