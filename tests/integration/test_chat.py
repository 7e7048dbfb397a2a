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
    (request,) = server.requests_to(f"/webcast/rooms/{server.room_id}/chat")
    assert request.method == "POST" and json.loads(request.body) == {"content": "hello everyone"}
    assert request.headers["x-cookie-header"] == "sessionid=my-session; tt-target-idc=useast5"
    assert request.headers["X-Api-Key"] == "key-1" and "Cookie" not in request.headers


def test_an_older_sign_server_gets_the_older_chat_route():
    from tiktoklive_sync import TikTokLiveClient
    from tiktoklive_sync.testing import FakeLiveServer

    with FakeLiveServer("creator", sign_routes=("fetch",)) as older:
        client = TikTokLiveClient(
            "creator", session_id="my-session", tt_target_idc="useast5", **older.client_kwargs
        )
        assert client.send_room_chat("hello")["code"] == 200
        (request,) = [r for r in older.requests_to("/webcast/chat") if r.method == "POST"]
        assert json.loads(request.body) == {"content": "hello", "targetRoomId": str(older.room_id)}
        assert request.headers["x-cookie-header"] == "sessionid=my-session; tt-target-idc=useast5"
        client.close()


def test_chat_without_a_paid_plan_is_a_premium_endpoint(server, make_client):
    server.sign_server.plan = "free"  # Euler Stream answers 401: "requires an API key & a paid plan"
    with pytest.raises(PremiumEndpointError, match="paid plan"):
        make_client(session_id="my-session").send_room_chat("hi")


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
