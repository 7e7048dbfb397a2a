"""Print the chat and gifts of a creator's LIVE.

python examples/minimal.py @creator     # a real creator's live (needs the internet)
python examples/minimal.py --demo       # the local FakeLiveServer, works offline
"""

from __future__ import annotations

import sys

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import CommentEvent, GiftEvent


def watch(client: TikTokLiveClient) -> None:
    @client.on(CommentEvent)
    def on_comment(event: CommentEvent) -> None:
        print(f"{event.user.unique_id}: {event.comment}")

    @client.on(GiftEvent)
    def on_gift(event: GiftEvent) -> None:
        if not event.streaking:  # a streak is reported once, when it ends
            print(f"{event.user.unique_id} sent {event.repeat_count} x {event.gift.name}")

    client.run()  # blocks until the live ends; Ctrl+C stops it


if __name__ == "__main__":
    if sys.argv[1:] == ["--demo"]:
        from tiktoklive_sync.testing.demo import demo_client

        with demo_client("creator", pace=0.02) as client:
            watch(client)
    elif len(sys.argv) == 2:
        watch(TikTokLiveClient(sys.argv[1]))
    else:
        sys.exit(__doc__)
