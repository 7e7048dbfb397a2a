"""Writing in the chat as a logged-in user, through the sign server's chat endpoint."""

from __future__ import annotations

import json

import pytest
from helpers import Recorder

from tiktoklive_sync.errors import PremiumEndpointError, SignatureRateLimitError
from tiktoklive_sync.events import CommentEvent


def test_send_room_chat_appears_in_the_room(server, make_client):
    server.api_key = "key-1"
    client = make_client(session_id="my-session", tt_target_idc="useast5", sign_api_key="key-1")
    recorder = Recorder().listen(client, CommentEvent)
    client.start(authenticate_ws=True)
    answer = client.send_room_chat("hello everyone")
    assert answer["code"] == 200
    comment = recorder.wait_for(CommentEvent)[0]
    assert (comment.user.unique_id, comment.comment) == ("signed_in_viewer", "hello everyone")
    (request,) = [r for r in server.requests_to("/webcast/chat") if r.method == "POST"]
    body = json.loads(request.body)
    assert body == {"content": "hello everyone", "roomId": str(server.room_id), "sessionId": "my-session",
                    "ttTargetIdc": "useast5"}  # fmt: skip
    assert request.headers["X-Api-Key"] == "key-1"


def test_send_room_chat_without_connecting(server, make_client):
    client = make_client(session_id="my-session")
    assert client.send_room_chat("no websocket needed")["code"] == 200
    assert server.sessions == []


def test_send_room_chat_needs_a_session_and_text(make_client):
    client = make_client()
    with pytest.raises(ValueError, match="session"):
        client.send_room_chat("hi", room_id=1)
    with pytest.raises(ValueError, match="empty"):
        make_client(session_id="s").send_room_chat("   ", room_id=1)


def test_send_room_chat_errors(server, make_client):
    client = make_client(session_id="my-session")
    server.fail_sign(403, {"code": 403, "message": "chat needs a premium plan"})
    with pytest.raises(PremiumEndpointError, match="premium"):
        client.send_room_chat("hi")
    server.rate_limit_sign(retry_after=7)
    with pytest.raises(SignatureRateLimitError) as info:
        client.send_room_chat("hi")
    assert info.value.retry_after == 7
    assert "my-session" not in str(info.value)
