"""Log a live's chat and gifts to SQLite and CSV, for spreadsheets and later analysis.

    python examples/log_to_sqlite_csv.py @creator [live.db live.csv]
    python examples/log_to_sqlite_csv.py --demo [live.db live.csv]    # offline

The files default to live.db and live.csv in the current folder.

Handlers run on the client's dispatcher thread, so the SQLite connection is made there
(SQLite connections belong to one thread) and every row is committed as it arrives: a
crash loses nothing already logged.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import threading
from datetime import datetime, timezone

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import CommentEvent
from tiktoklive_sync.streaks import GiftStreakEvent

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS events "
    "(at TEXT, kind TEXT, user_id TEXT, handle TEXT, text TEXT, diamonds INTEGER)"
)


def log(client: TikTokLiveClient, db_path: str, csv_path: str) -> None:
    local = threading.local()
    with open(csv_path, "a", newline="", encoding="utf-8") as csv_file:
        writer = csv.writer(csv_file)

        def save(kind: str, user_id: int, handle: str, text: str, diamonds: int = 0) -> None:
            if not hasattr(local, "db"):
                local.db = sqlite3.connect(db_path)
                local.db.execute(SCHEMA)
            row = (datetime.now(timezone.utc).isoformat(), kind, str(user_id), handle, text, diamonds)
            local.db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", row)
            local.db.commit()
            writer.writerow(row)
            csv_file.flush()

        @client.on(CommentEvent)
        def on_comment(event: CommentEvent) -> None:
            save("comment", event.user.id, event.user.unique_id, event.comment)

        @client.on(GiftStreakEvent)
        def on_gift(event: GiftStreakEvent) -> None:
            save(
                "gift",
                event.user.id,
                event.user.unique_id,
                f"{event.count} x {event.gift.name}",
                event.diamonds,
            )

        client.run()
    with sqlite3.connect(db_path) as db:
        for kind, count in db.execute("SELECT kind, COUNT(*) FROM events GROUP BY kind ORDER BY kind"):
            print(f"{kind}: {count} rows")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 4):
        sys.exit(__doc__)
    db_file, csv_file = sys.argv[2:4] if len(sys.argv) == 4 else ("live.db", "live.csv")
    if sys.argv[1] == "--demo":
        from tiktoklive_sync.testing.demo import demo_client

        with demo_client("creator", pace=0.01, seed=5) as client:
            log(client, db_file, csv_file)
    else:
        log(TikTokLiveClient(sys.argv[1]), db_file, csv_file)
