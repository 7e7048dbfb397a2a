"""Every documented error, raised by start() in the caller's thread, with its attributes."""

from __future__ import annotations

import pickle
import time

import pytest
from helpers import unused_port

from tiktoklive_sync import TikTokLiveClient, __version__
from tiktoklive_sync.errors import (
    AgeRestrictedError,
    AuthenticatedWebSocketConnectionError,
    ErrorReason,
    InitialCursorMissingError,
    PremiumEndpointError,
    SignAPIError,
    SignatureMissingTokensError,
    SignatureRateLimitError,
    TikTokHTTPError,
    UnexpectedSignatureError,
    UserNotFoundError,
    UserOfflineError,
    WebcastBlocked200Error,
    WebsocketURLMissingError,
)


def test_offline_user(server, make_client):
    server.live = False
    client = make_client()
    with pytest.raises(UserOfflineError) as info:
        client.start()
    assert str(info.value).startswith(f"[tiktoklive_sync {__version__}] ")
    assert not client.connected
    assert server.sign_requests() == []


def test_live_check_says_offline(server, make_client):
    client = make_client()
    server.live = False
    with pytest.raises(UserOfflineError):
        client.start(room_id=server.room_id)
    assert server.requests_to("/room/check_alive/")


def test_unknown_user(server, make_client):
    client = make_client("@nobody_here")
    with pytest.raises(UserNotFoundError) as info:
        client.start()
    assert info.value.unique_id == "nobody_here"
    assert server.requests_to("/api-live/user/room/")  # the fallback was asked


def test_age_restricted_room(server, make_client):
    server.age_restricted = True
    client = make_client()
    with pytest.raises(AgeRestrictedError):
        client.start(fetch_room_info=True)
    client.start()  # without room info the room still connects
    assert client.connected


@pytest.mark.parametrize("style", ["retry-after", "reset", "x-reset"])
def test_rate_limit_gives_retry_after_and_reset_time(server, make_client, style):
    server.rate_limit_sign(retry_after=30, style=style)
    client = make_client()
    before = time.time()
    with pytest.raises(SignatureRateLimitError) as info:
        client.start()
    error = info.value
    assert error.reason is ErrorReason.RATE_LIMIT
    assert 28 <= error.retry_after <= 30
    assert before + 27 <= error.reset_time <= time.time() + 31
    assert error.response is not None and error.response.status_code == 429
    assert isinstance(error.log_id, int) and error.agent_id == "fake-agent"
    assert "retry in" in str(error)
    clone = pickle.loads(pickle.dumps(error))  # with its response, as a process pool sends it
    assert (clone.retry_after, clone.response.status_code, clone.log_id) == (
        error.retry_after,
        429,
        error.log_id,
    )


@pytest.mark.parametrize(
    "headers, low, high",
    [
        (lambda now: {"Retry-After": str(int(now * 1000) + 30_000)}, 28, 31),  # unix milliseconds
        (lambda now: {"RateLimit-Reset": str(int(now * 1000) + 30_000)}, 28, 31),
        (lambda now: {"Retry-After": str(int(now) + 30)}, 28, 31),  # a unix time, not 57 years
        (lambda now: {"Retry-After": "9" * 400}, 60, 60),  # absurd: ignored, the default
        (lambda now: {"Retry-After": "³0"}, 60, 60),  # a superscript digit: isdigit() says yes, float() no
        (lambda now: {"X-RateLimit-Reset": "1e400"}, 60, 60),
        (lambda now: {"Retry-After": "99999999999999999999"}, 86400, 86400),  # clamped to a day
        (lambda now: {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0, 0),  # a date in the past
        (lambda now: {"Retry-After": "not a date at all"}, 60, 60),
    ],
)
def test_rate_limit_headers_are_parsed_defensively(server, make_client, headers, low, high):
    server.rate_limit_sign(headers=headers(time.time()))
    with pytest.raises(SignatureRateLimitError) as info:
        make_client().start()
    assert low <= info.value.retry_after <= high


def test_sign_server_error_status(server, make_client):
    server.fail_sign(500, {"message": "internal trouble"})
    with pytest.raises(UnexpectedSignatureError) as info:
        make_client().start()
    assert info.value.reason is ErrorReason.SIGN_NOT_200
    assert "internal trouble" in str(info.value)


def test_sign_server_html_error_page(server, make_client):
    server.fail_sign(502, "<html><body>Bad gateway</body></html>")
    with pytest.raises(UnexpectedSignatureError) as info:
        make_client().start()
    assert "502" in str(info.value)


@pytest.mark.parametrize("answer", [(403, {"message": "premium"}), (200, None)])
def test_premium_endpoint(server, make_client, answer):
    status, body = answer
    if status == 403:
        server.fail_sign(403, body)
    else:  # a 4xx answer whose JSON says code 403
        server.fail_sign(401, {"code": 403, "message": "upgrade your plan"})
    with pytest.raises(PremiumEndpointError) as info:
        make_client().start()
    assert info.value.reason is ErrorReason.PREMIUM_ENDPOINT


def test_empty_sign_body(server, make_client):
    server.sign_empty_body()
    with pytest.raises(SignatureMissingTokensError) as info:
        make_client().start()
    assert info.value.reason is ErrorReason.EMPTY_PAYLOAD


def test_missing_cookies(server, make_client):
    server.sign_without_cookies()
    with pytest.raises(SignAPIError) as info:
        make_client().start()
    assert info.value.reason is ErrorReason.EMPTY_COOKIES


def test_fetch_result_without_cursor(server, make_client):
    server.sign_without("cursor")
    with pytest.raises(InitialCursorMissingError):
        make_client().start()


@pytest.mark.parametrize("field_name", ["push_server", "route_params"])
def test_fetch_result_without_websocket_url(server, make_client, field_name):
    server.sign_without(field_name)
    with pytest.raises(WebsocketURLMissingError):
        make_client().start()


@pytest.mark.parametrize("status", [200, 400])
def test_handshake_refused(server, make_client, status):
    server.refuse_handshake(status, "ws connection was blocked")
    client = make_client()
    with pytest.raises(WebcastBlocked200Error) as info:
        client.start()
    assert info.value.status_code == status
    assert info.value.handshake_msg == "ws connection was blocked"
    assert "ws connection was blocked" in str(info.value)
    server.clear_faults()
    client.start()  # the failed attempt left nothing behind
    assert client.connected


def test_sign_api_key_header_and_environment(server, monkeypatch):
    server.api_key = "k-123"
    monkeypatch.setenv("SIGN_API_URL", server.sign_url)
    monkeypatch.setenv("SIGN_API_KEY", "k-123")
    with TikTokLiveClient("creator", app_url=server.app_url, webcast_url=server.webcast_url) as client:
        client.start()
        assert client.connected
    assert server.sign_requests()[0].headers["X-Api-Key"] == "k-123"


def test_wrong_api_key(server, make_client):
    server.api_key = "right"
    with pytest.raises(UnexpectedSignatureError) as info:
        make_client(sign_api_key="wrong-secret").start()
    assert info.value.response.status_code == 401
    assert "wrong-secret" not in str(info.value)


def test_authenticated_mode_needs_a_session(server, make_client):
    client = make_client()
    with pytest.raises(AuthenticatedWebSocketConnectionError) as info:
        client.start(authenticate_ws=True)
    assert info.value.reason is ErrorReason.AUTHENTICATED_WS
    assert server.sign_requests() == []


def test_session_id_opens_age_restricted_room_info(server, make_client):
    server.age_restricted = True
    client = make_client(session_id="adult-session")
    client.start(fetch_room_info=True, authenticate_ws=True)
    assert client.room_info["id_str"] == str(server.room_id)


def test_dead_tiktok(make_client):
    dead = f"http://127.0.0.1:{unused_port()}"
    client = make_client(app_url=dead, webcast_url=dead)
    with pytest.raises(TikTokHTTPError) as info:
        client.start()
    assert info.value.__cause__ is not None  # chained to the network error
    # Said short, with what went wrong; the URL's query string only in the chained details.
    message = str(info.value)
    assert message.endswith(f"request failed: connection refused by {dead[len('http://') :]}")
    assert len(message) < 120 and "?" not in message


@pytest.mark.parametrize("which", ["tiktok", "sign server"])
def test_an_unresolvable_host_is_said_in_one_short_line(server, make_client, which):
    if which == "tiktok":
        client = make_client(app_url="http://www.tiktok.invalid", webcast_url="http://www.tiktok.invalid")
    else:
        client = make_client(sign_url="http://sign.invalid")
    with pytest.raises((TikTokHTTPError, SignAPIError)) as info:
        client.start()
    message = str(info.value)
    host = "www.tiktok.invalid" if which == "tiktok" else "sign.invalid"
    assert message.endswith(f"cannot resolve {host}") and len(message) < 120, message
    assert info.value.__cause__ is not None


def test_dead_sign_server(server, make_client):
    client = make_client(sign_url=f"http://127.0.0.1:{unused_port()}")
    with pytest.raises(SignAPIError) as info:
        client.start()
    assert info.value.reason is ErrorReason.CONNECT_ERROR
    assert info.value.response is None
