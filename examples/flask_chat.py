"""A page for a streamer's screen (an OBS browser source, say): the creator, viewers, likes,
finished gifts and the latest chat, updated live.

    pip install flask
    python examples/flask_chat.py @creator [port]   # then open the printed URL (port 0: any free one)
    python examples/flask_chat.py --demo [port]     # offline, against the local FakeLiveServer

The TikTok client runs on its own threads next to Flask's. Its handlers change a Board (what
the page shows); whenever the board changed, each browser's /events stream sends all of it
as JSON (server-sent events), so a page opened late or a slow browser gets the newest state.
The page writes every text with textContent: a comment like <script> shows as text.
While the creator is offline the page says so, and the client connects once they go live.
No asyncio anywhere.
"""

from __future__ import annotations

import collections
import json
import sys
import threading
from typing import Any, Deque, Dict, Iterator, Optional, Tuple

from flask import Flask, Response
from werkzeug.serving import make_server

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.errors import TikTokLiveError, UserOfflineError
from tiktoklive_sync.events import (
    CommentEvent,
    ConnectEvent,
    DisconnectEvent,
    GiftStreakEvent,
    LikeEvent,
    ReconnectingEvent,
    RoomUserSeqEvent,
)

PAGE = """<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>TikTok LIVE</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; overflow: hidden; font: 20px/1.35 system-ui, sans-serif; color: #fff; background: none; }
  main { width: 440px; padding: 16px; border-radius: 16px; background: rgba(18, 18, 28, 0.85); }
  header { display: flex; align-items: center; gap: 12px; }
  #avatar { width: 56px; height: 56px; border-radius: 50%; object-fit: cover; }
  #nickname { font-weight: 700; }
  #handle, #detail, h2 { color: #aaa; font-size: 15px; }
  #status { margin-left: auto; padding: 2px 10px; border-radius: 8px; background: #555; font-weight: 700; }
  body[data-status="live"] #status { background: #fe2c55; }
  body[data-status="offline"] main, body[data-status="ended"] main { opacity: 0.6; }
  .stats { display: flex; gap: 28px; margin: 12px 0 4px; }
  .stats b { font-size: 26px; }
  h2 { margin: 12px 0 4px; text-transform: uppercase; }
  ul { margin: 0; padding: 0; list-style: none; }
  li { padding: 2px 0; overflow-wrap: anywhere; }
  .who { color: #25f4ee; font-weight: 700; }
  .count { color: #ffd54f; font-weight: 700; }
</style>
<main>
  <header>
    <img id="avatar" alt="" hidden>
    <div><div id="nickname"></div><div id="handle"></div></div>
    <div id="status">connecting</div>
  </header>
  <div id="detail"></div>
  <div class="stats">
    <span><b id="viewers">-</b> watching</span>
    <span><b id="likes">-</b> likes</span>
  </div>
  <h2>Gifts</h2>
  <ul id="gifts"></ul>
  <h2>Chat</h2>
  <ul id="chat"></ul>
</main>
<script>
const STATUS = {connecting: "connecting", live: "LIVE", reconnecting: "reconnecting",
                offline: "offline", ended: "LIVE ended", disconnected: "disconnected", error: "error"};
const byId = (id) => document.getElementById(id);
const number = (value) => value === null ? "-" : value.toLocaleString("en-US");

function styled(className, text) {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

function fill(list, items, parts) {  // strings given to append() become text, never HTML
  list.replaceChildren(...items.map((item) => {
    const line = document.createElement("li");
    line.append(...parts(item));
    return line;
  }));
}

new EventSource("/events").onmessage = (message) => {
  const board = JSON.parse(message.data);
  document.body.dataset.status = board.status;
  byId("status").textContent = STATUS[board.status];
  byId("detail").textContent = board.detail;
  byId("nickname").textContent = board.nickname || board.handle;
  byId("handle").textContent = "@" + board.handle;
  const avatar = byId("avatar");
  if (/^https?:[/][/]/.test(board.avatar) && avatar.getAttribute("src") !== board.avatar) {
    avatar.src = board.avatar;
    avatar.hidden = false;
  }
  byId("viewers").textContent = number(board.viewers);
  byId("likes").textContent = number(board.likes);
  fill(byId("gifts"), board.gifts,
       (gift) => [styled("who", gift.user), ` sent ${gift.gift} `, styled("count", "x" + gift.count)]);
  fill(byId("chat"), board.chat, (comment) => [styled("who", comment.user), " " + comment.text]);
};
</script>
</html>
"""


class Board:
    """What the page shows. The client's handlers change it; each change wakes the page's
    streams, which then send the whole board."""

    def __init__(self, handle: str, chat_lines: int = 12, gift_lines: int = 5) -> None:
        self.state: Dict[str, Any] = {
            "handle": handle,
            "nickname": "",
            "avatar": "",
            "status": "connecting",
            "detail": "",
            "viewers": None,
            "likes": None,
        }
        self.chat: Deque[Dict[str, str]] = collections.deque(maxlen=chat_lines)
        self.gifts: Deque[Dict[str, Any]] = collections.deque(maxlen=gift_lines)
        self._version = 0
        self._changed = threading.Condition()

    def update(self, **fields: Any) -> None:
        with self._changed:
            self.state.update(fields)
            self._version += 1
            self._changed.notify_all()

    def add(self, lines: Deque[Any], **line: Any) -> None:
        with self._changed:
            lines.append(line)
            self._version += 1
            self._changed.notify_all()

    def wait_for_change(self, seen: int, timeout: float) -> Tuple[int, Optional[str]]:
        """(version, the board as JSON) once the board is newer than version ``seen``;
        (``seen``, None) when ``timeout`` seconds passed first."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._version != seen, timeout):
                return seen, None
            board = {**self.state, "chat": list(self.chat), "gifts": list(self.gifts)}
            return self._version, json.dumps(board)


def follow(client: TikTokLiveClient, board: Board) -> None:
    """Keep ``board`` up to date with the client's events."""

    @client.on(ConnectEvent)
    def on_connect(event: ConnectEvent) -> None:
        board.update(status="live", detail="")

    @client.on(RoomUserSeqEvent)
    def on_viewers(event: RoomUserSeqEvent) -> None:
        board.update(viewers=event.total)

    @client.on(LikeEvent)
    def on_likes(event: LikeEvent) -> None:
        board.update(likes=event.total)  # the live's total, not this message's

    @client.on(CommentEvent)
    def on_comment(event: CommentEvent) -> None:
        board.add(board.chat, user=event.user.nickname or event.user.unique_id, text=event.comment)

    @client.on(GiftStreakEvent)  # once per gift: a streak when it ends, with its final count
    def on_gift(event: GiftStreakEvent) -> None:
        name = event.user.nickname or event.user.unique_id
        board.add(board.gifts, user=name, gift=event.gift.name, count=event.count)

    @client.on(ReconnectingEvent)
    def on_reconnecting(event: ReconnectingEvent) -> None:
        board.update(status="reconnecting", detail=str(event.error))

    @client.on(DisconnectEvent)
    def on_disconnect(event: DisconnectEvent) -> None:
        if event.reason == "live_ended":
            board.update(status="ended", detail="")
        else:
            board.update(status="disconnected", detail=str(event.error or event.reason))


def connect(client: TikTokLiveClient, board: Board) -> None:
    """Connect (saying "offline" until the creator goes live) and wait for the end; an error
    shows on the page and on stderr."""
    try:
        while True:
            try:
                client.start(fetch_room_info=True)  # the room info names the creator
                break
            except UserOfflineError:
                board.update(status="offline", detail="waiting for the creator to go live")
            if not client.wait_until_live(poll=30):
                return  # stop() was called
        owner = (client.room_info or {}).get("owner", {})
        avatars = owner.get("avatar_thumb", {}).get("url_list") or [""]
        board.update(nickname=owner.get("nickname", ""), avatar=avatars[0])
        client.wait()
    except TikTokLiveError as error:
        board.update(status="error", detail=str(error))
        print(f"@{client.unique_id}: {error}", file=sys.stderr, flush=True)


def create_app(board: Board) -> Flask:
    app = Flask(__name__)

    @app.route("/")
    def page() -> str:
        return PAGE

    @app.route("/events")
    def events() -> Response:
        def stream() -> Iterator[str]:
            seen = -1
            while True:
                seen, data = board.wait_for_change(seen, timeout=15)
                # A comment line when nothing changed: a closed tab then ends its stream.
                yield f"data: {data}\n\n" if data else ": nothing new\n\n"

        return Response(stream(), mimetype="text/event-stream", headers={"Cache-Control": "no-cache"})

    return app


def serve(client: TikTokLiveClient, port: int = 5000) -> None:
    board = Board(client.unique_id)
    follow(client, board)
    server = make_server("127.0.0.1", port, create_app(board), threaded=True)
    print(f"listening on http://127.0.0.1:{server.port}/", flush=True)
    connecting = threading.Thread(target=connect, args=(client, board), name="connect")
    connecting.start()
    try:
        server.serve_forever()  # until Ctrl+C; the page stays up after the live ended
    finally:
        client.stop()
        connecting.join()


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 1:
        args.append("5000")  # the default port
    if len(args) != 2 or not args[1].isdigit():
        sys.exit(__doc__)
    if args[0] == "--demo":
        from tiktoklive_sync.testing.demo import demo_client

        with demo_client("creator", pace=0.05, events=10_000) as client:
            serve(client, int(args[1]))
    else:
        serve(TikTokLiveClient(args[0]), int(args[1]))
