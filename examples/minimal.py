"""Print the chat and gifts of a creator's LIVE.

python examples/minimal.py @creator     # a real creator's live (needs the internet)
python examples/minimal.py --demo       # the local FakeLiveServer, works offline
"""

from __future__ import annotations

import sys
import threading

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


def demo() -> None:
    from tiktoklive_sync.testing import FakeLiveServer
    from tiktoklive_sync.testing.demo import play_lively_stream

    with FakeLiveServer(unique_id="creator") as server:
        client = TikTokLiveClient("@creator", **server.client_kwargs)
        stream = threading.Thread(target=play_lively_stream, args=(server,), kwargs={"pace": 0.02})
        stream.start()
        watch(client)
        stream.join()


if __name__ == "__main__":
    if sys.argv[1:] == ["--demo"]:
        demo()
    elif len(sys.argv) == 2:
        watch(TikTokLiveClient(sys.argv[1]))
    else:
        sys.exit(__doc__)
