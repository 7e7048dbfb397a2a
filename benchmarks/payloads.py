"""Realistic webcast traffic for the benchmarks: message sizes and nesting as TikTok sends them.

Real messages average about 2.5 KB, mostly because every image (avatars in three sizes,
badge icons, gift images) carries several long signed CDN URLs. The mix follows a busy
LIVE: mostly chat, likes and joins, some gifts and viewer counts.
"""

from __future__ import annotations

import gzip
import random
from typing import List, Tuple

from tiktoklive_sync.proto import webcast_pb2 as pb
from tiktoklive_sync.testing import make_user
from tiktoklive_sync.testing.content import MessageFactory

MIX = (("chat", 40), ("like", 20), ("join", 20), ("gift", 15), ("viewers", 5))


def signed_url(rng: random.Random, path: str) -> str:
    token = "".join(rng.choice("abcdef0123456789") for _ in range(32))
    return (
        f"https://p16-sign-va.tiktokcdn.com/{path}~tplv-tiktokx-cropcenter:100:100.webp"
        f"?dr=14579&nonce={rng.randrange(10**5)}&refresh_token={token}"
        f"&x-expires={1764000000 + rng.randrange(10**6)}&x-signature={token[:28]}%3D"
        f"&idc=useast5&ps=13740610&shcp=fdd36af4&shp=a5d48078&t=4d5b0474"
    )


def heavy_user(rng: random.Random, handle: str) -> pb.User:
    user = make_user(handle, follower_count=rng.randrange(50_000), subscriber=rng.random() < 0.2)
    for image in (user.avatar_thumb, user.avatar_medium, user.avatar_large):
        del image.url_list[:]
        path = f"tos-maliva-avt-0068/{rng.getrandbits(64):016x}"
        image.url_list.extend(signed_url(rng, path) for _ in range(2))
    return user


def realistic_messages(count: int, seed: int = 7) -> List[Tuple[str, bytes]]:
    """``count`` (method, payload) pairs in the mix of a busy LIVE."""
    rng = random.Random(seed)
    factory = MessageFactory(7_300_000_000_000_000_001)
    users = [heavy_user(rng, f"viewer_{n}") for n in range(200)]
    kinds = [kind for kind, weight in MIX for _ in range(weight)]
    likes, out = 0, []
    for _ in range(count):
        user, kind = rng.choice(users), rng.choice(kinds)
        if kind == "chat":
            message = factory.chat(
                user, rng.choice(("so good!", "hello from Lisbon", "what song is this?", "GG"))
            )
        elif kind == "like":
            likes += 15
            message = factory.like(user, 15, likes)
        elif kind == "join":
            message = factory.join(user, rng.randrange(100, 5000))
        elif kind == "gift":
            message = factory.gift(
                user, rng.choice((5655, 5269, 5487, 11046)), repeat_count=rng.randrange(1, 6)
            )
            message.gift.image.url_list.append(signed_url(rng, "webcast-va/gift"))
        else:
            message = factory.viewers(rng.randrange(100, 5000), rng.randrange(5000, 20000))
            message.ranks.add(user=user, score=rng.randrange(1000), rank=1)
        out.append((type(message).DESCRIPTOR.name, message.SerializeToString()))
    return out


def gzip_frames(messages: List[Tuple[str, bytes]], per_frame: int) -> List[bytes]:
    """Serialized WebcastPushFrames, ``per_frame`` messages each, gzip payloads."""
    frames = []
    for start in range(0, len(messages), per_frame):
        batch = messages[start : start + per_frame]
        result = pb.ProtoMessageFetchResult(cursor=f"r-{start}", internal_ext=f"ext-{start}", need_ack=True)
        for msg_id, (method, payload) in enumerate(batch, start=start + 1):
            result.messages.add(method=method, payload=payload, msg_id=10**15 + msg_id)
        frame = pb.WebcastPushFrame(seq_id=start, log_id=start + 1, payload_encoding="pb", payload_type="msg")
        frame.headers.add(key="compress_type", value="gzip")
        frame.payload = gzip.compress(result.SerializeToString(), compresslevel=6)
        frames.append(frame.SerializeToString())
    return frames
