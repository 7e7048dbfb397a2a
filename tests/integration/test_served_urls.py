"""Every URL the local TikTok hands out — in any pushed message, in the room info, the gift
list and the profile page — is one it serves, so a bot that downloads what it is given
(avatars, gift images, the cover, the video) runs offline."""

from __future__ import annotations

import json
import re
from typing import Any, Iterator, Set

import requests
from google.protobuf.message import Message

from tiktoklive_sync.events import EVENT_TYPES
from tiktoklive_sync.proto import is_repeated

URL = re.compile(r"^https?://")


def urls_in_message(message: Message) -> Iterator[str]:
    """Every http(s) URL held by a string field of ``message``, at any depth."""
    for field, value in message.ListFields():
        entry: Any = field.message_type
        if entry is not None and entry.GetOptions().map_entry:
            items = list(value.values())
        elif is_repeated(field):
            items = list(value)
        else:
            items = [value]
        for item in items:
            if isinstance(item, Message):
                yield from urls_in_message(item)
            elif isinstance(item, str) and URL.match(item):
                yield item


def urls_in_json(data: Any) -> Iterator[str]:
    """Every http(s) URL in a JSON value, strings holding JSON included (as ``stream_data``)."""
    if isinstance(data, dict):
        for value in data.values():
            yield from urls_in_json(value)
    elif isinstance(data, list):
        for value in data:
            yield from urls_in_json(value)
    elif isinstance(data, str):
        if URL.match(data):
            yield data
        elif data.startswith("{"):
            yield from urls_in_json(json.loads(data))


def fetch(url: str) -> requests.Response:
    """GET ``url`` (an endless live stream: only its first bytes)."""
    response = requests.get(url, stream=True, timeout=10)
    response.first_bytes = next(response.iter_content(4096), b"")  # type: ignore[attr-defined]
    response.close()
    return response


def test_every_url_in_every_message_and_answer_is_served(server, make_client):
    client = make_client()
    client.start(fetch_room_info=True, fetch_gift_info=True)
    urls: Set[str] = set()
    for seed, method in enumerate(sorted(EVENT_TYPES)):
        urls.update(urls_in_message(server.push_sample(method, seed=seed)))
    for message in (
        server.push_comment("ann", "hello"),
        server.push_gift("bob", 5655),
        server.push_like("cid", 3),
        server.push_join("dee"),
        server.push_follow("eve"),
    ):
        urls.update(urls_in_message(message))
    assert client.room_info is not None and client.gift_info is not None
    from_answers = {*urls_in_json(client.room_info), *urls_in_json(client.gift_info)}
    avatar = client.get_avatar_url()
    assert avatar is not None
    urls |= from_answers | {avatar}
    assert len(urls) > 100 and len(from_answers) > 15  # users, badges, gifts, images, streams

    assert sorted(url for url in urls if not url.startswith(server.base_url)) == []
    kinds = {"webp": 0, "png": 0, "flv": 0, "hls": 0, "page": 0}
    for url in sorted(urls):
        answer = fetch(url)
        assert answer.status_code == 200, url
        body, content_type = answer.first_bytes, answer.headers["Content-Type"]
        if content_type == "image/webp":
            assert body[:4] == b"RIFF" and body[8:12] == b"WEBP", url
            kinds["webp"] += 1
        elif content_type == "image/png":
            assert body.startswith(b"\x89PNG\r\n\x1a\n"), url
            kinds["png"] += 1
        elif content_type == "video/x-flv":
            assert body.startswith(b"FLV\x01"), url
            kinds["flv"] += 1
        elif "mpegurl" in content_type:
            segments = [line for line in body.decode().splitlines() if line and not line.startswith("#")]
            assert segments and all(segment.startswith(server.base_url) for segment in segments)
            for segment in segments:
                piece = fetch(segment)
                assert piece.status_code == 200 and piece.headers["Content-Type"] == "video/mp2t"
                assert piece.first_bytes[:1] == b"\x47"  # MPEG-TS sync byte
            kinds["hls"] += 1
        else:
            assert content_type.startswith("text/html") and body, url
            kinds["page"] += 1
    assert all(kinds.values()), kinds  # each kind was handed out, and served
    client.stop()


def test_an_avatar_downloads_as_tiktoklive_bots_do(server, make_client, recorder):
    from tiktoklive_sync.events import CommentEvent

    client = make_client()
    recorder.listen(client, CommentEvent)
    client.start()
    server.push_comment("ann", "hi")
    event = recorder.wait_for(CommentEvent)[0]
    image = client.web.fetch_image_data(event.user.avatar_thumb)
    assert image[:4] == b"RIFF" and image[8:12] == b"WEBP"
