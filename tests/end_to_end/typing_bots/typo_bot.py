"""A bot with typos in field names: both checkers must flag each line marked ``typo``."""

from __future__ import annotations

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import CommentEvent, GiftEvent

client = TikTokLiveClient(unique_id="@creator")


@client.on(GiftEvent)
def on_gift(event: GiftEvent) -> None:
    print(event.repeat_cout)  # typo
    print(event.gift.imag.url_list)  # typo


@client.on(CommentEvent)
def on_comment(event: CommentEvent) -> None:
    print(event.coment)  # typo
    print(event.user.follow_info.folower_count)  # typo
