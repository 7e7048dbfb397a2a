"""A gift leaderboard: who sent the most diamonds, counting each gift streak once.

    python examples/gift_leaderboard.py @creator    # a real creator's live
    python examples/gift_leaderboard.py --demo      # offline, against the local FakeLiveServer

GiftStreakEvent arrives once per finished streak (TikTok's final message, a single gift, or
a streak that went silent), so a 10-tap Rose streak counts 10 diamonds, not 1+2+...+10.
"""

from __future__ import annotations

import sys
from collections import Counter

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.streaks import GiftStreakEvent


def leaderboard(client: TikTokLiveClient, top: int = 5) -> Counter[str]:
    diamonds: Counter[str] = Counter()

    @client.on(GiftStreakEvent)
    def on_streak(event: GiftStreakEvent) -> None:
        diamonds[event.user.unique_id] += event.diamonds
        print(f"{event.user.unique_id} sent {event.count} x {event.gift.name} ({event.diamonds} diamonds)")

    client.run()
    print(f"\nTop {top} gifters")
    for rank, (user, total) in enumerate(diamonds.most_common(top), start=1):
        print(f"{rank}. {user:<16} {total:>7} diamonds")
    return diamonds


if __name__ == "__main__":
    if sys.argv[1:] == ["--demo"]:
        from tiktoklive_sync.testing.demo import demo_client

        with demo_client("creator", pace=0.01, seed=3) as client:
            leaderboard(client)
    elif len(sys.argv) == 2:
        leaderboard(TikTokLiveClient(sys.argv[1]))
    else:
        sys.exit(__doc__)
