"""A bot as README writes one, typed: both checkers must pass it (reveal_type says int)."""

from __future__ import annotations

from typing import List

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import CommentEvent, GiftEvent, LinkMicArmiesEvent, RoomUserSeqEvent

client = TikTokLiveClient(unique_id="@creator")


@client.on(GiftEvent)
def on_gift(event: GiftEvent) -> None:
    reveal_type(event.repeat_count)  # noqa: F821 (a name only type checkers know)
    count: int = event.repeat_count
    followers: int = event.user.follow_info.follower_count
    urls: List[str] = list(event.gift.image.url_list)
    streaking: bool = event.streaking
    print(count, followers, urls, streaking, event.gift.name, event.gift.diamond_count)


@client.on(CommentEvent)
def on_comment(event: CommentEvent) -> None:
    text: str = event.comment
    level: int = event.user.badge_list[0].combine.font_style.font_size if event.user.badge_list else 0
    print(event.user.unique_id, event.user.nickname, text, level)


@client.on(RoomUserSeqEvent)
def on_viewers(event: RoomUserSeqEvent) -> None:
    total: int = event.total
    for rank in event.ranks:
        score: int = rank.score  # TikTokLive's name
        same: int = rank.coin_count  # the name it had here before
        print(rank.user.nickname, score, same, total)


@client.on(LinkMicArmiesEvent)
def on_armies(event: LinkMicArmiesEvent) -> None:
    for anchor_id, armies in event.armies.items():
        print(anchor_id, armies.hostscore, [army.nickname for army in armies.user_armies])
