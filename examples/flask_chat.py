"""A Flask page that shows a live's chat as it happens (server-sent events).

    pip install flask
    python examples/flask_chat.py @creator          # then open the printed URL
    python examples/flask_chat.py --demo            # offline, against the local FakeLiveServer

The TikTok client runs on its own threads next to Flask's; each browser gets a queue that
the comment handler fills and the /events stream drains. No asyncio anywhere.
"""

from __future__ import annotations

import json
import queue
import sys
import threading
from typing import Iterator, List

from flask import Flask, Response
from werkzeug.serving import make_server

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.events import CommentEvent

PAGE = """<!doctype html><title>Live chat</title>
<ul id="chat"></ul>
<script>
new EventSource("/events").onmessage = (message) => {
  const comment = JSON.parse(message.data);
  const item = document.createElement("li");
  item.textContent = comment.user + ": " + comment.text;
  document.getElementById("chat").prepend(item);
};
</script>"""


def create_app(client: TikTokLiveClient) -> Flask:
    app = Flask(__name__)
    listeners: List[queue.Queue[str]] = []
    lock = threading.Lock()

    @client.on(CommentEvent)
    def on_comment(event: CommentEvent) -> None:
        data = json.dumps({"user": event.user.unique_id, "text": event.comment})
        with lock:
            for listener in listeners:
                if listener.qsize() < 1000:  # a stalled browser must not eat memory
                    listener.put(data)

    @app.route("/")
    def page() -> str:
        return PAGE

    @app.route("/events")
    def events() -> Response:
        mine: queue.Queue[str] = queue.Queue()
        with lock:
            listeners.append(mine)

        def stream() -> Iterator[str]:
            try:
                while True:
                    yield f"data: {mine.get()}\n\n"
            finally:
                with lock:
                    listeners.remove(mine)

        return Response(stream(), mimetype="text/event-stream")

    return app


def serve(client: TikTokLiveClient, port: int = 5000) -> None:
    server = make_server("127.0.0.1", port, create_app(client), threaded=True)
    print(f"listening on http://127.0.0.1:{server.port}/", flush=True)
    client.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        client.stop()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--demo"]:
        from tiktoklive_sync.testing.demo import demo_client

        port = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
        with demo_client("creator", pace=0.05, events=10_000) as client:
            serve(client, port)
    elif len(sys.argv) == 2:
        serve(TikTokLiveClient(sys.argv[1]))
    else:
        sys.exit(__doc__)
