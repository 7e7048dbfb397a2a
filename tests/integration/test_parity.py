"""The client speaks to TikTok and the sign server as the maintained clients do (README's
"Protocol parity" table, docs/protocol.rst); FakeLiveServer's strict mode refuses anything else."""

from __future__ import annotations

import http.server
import threading
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import parse_qsl

import pytest
import websocket

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.errors import (
    AuthenticatedWebSocketConnectionError,
    ErrorReason,
    PremiumEndpointError,
    SignAPIError,
    TikTokHTTPError,
    UnexpectedSignatureError,
    UserNotFoundError,
)
from tiktoklive_sync.events import EVENT_TYPES, CommentEvent, ConnectEvent, ReconnectingEvent, UnknownEvent
from tiktoklive_sync.profile import BrowserProfile
from tiktoklive_sync.reconnect import ReconnectPolicy
from tiktoklive_sync.testing import FakeLiveServer

SESSION = "parity-session-0123"


def query_pairs(query: str) -> List[Tuple[str, str]]:
    return parse_qsl(query, keep_blank_values=True)


# -- the websocket URL ----------------------------------------------------------------------


def test_push_url_sends_each_key_once_and_the_route_params_as_signed(server, make_client):
    make_client().start()
    session = server.wait_for_clients()[0]
    pairs = query_pairs(session.query)
    keys = [key for key, _ in pairs]
    assert pairs[-1] == ("version_code", "270000")
    assert keys.count("version_code") == 2 and len(keys) == len(set(keys)) + 1
    issued = server.sign_requests()  # one signing, whose route params the URL must carry
    assert len(issued) == 1
    params = dict(pairs[:-1])
    assert params["imprp"] and params["wrss"]
    for ours_alone in ("debug", "webcast_sdk_version"):
        assert ours_alone not in params
    for theirs in ("last_rtt", "webcast_language", "browser_version"):
        assert params[theirs]
    assert 100 <= int(params["last_rtt"]) <= 200
    assert "%20" in session.query and "+" not in session.query  # spaces as browsers encode them


def test_route_params_win_over_ours_and_empty_ones_are_left_out(server, make_client):
    def edit(result: Any) -> None:
        result.route_params["history_comment_count"] = "9"  # the route overrides one of ours
        result.route_params["empty_one"] = ""

    server.edit_sign_result(edit)
    make_client().start()
    params = server.wait_for_clients()[0].params
    assert params["history_comment_count"] == "9"
    assert "empty_one" not in params


def test_ws_kwargs_as_tiktoklive_takes_them(server, make_client):
    from tiktoklive_sync.client.web.web_settings import WebDefaults

    WebDefaults.ws_client_params["webcast_language"] = "de"
    try:
        client = make_client(
            ws_kwargs={
                "base_uri_params": {"browser_language": "fr-FR"},
                "extra_headers": {"X-Bot": "port"},
                "subprotocols": ["echo-protocol"],
            }
        )
        client.start()
    finally:
        del WebDefaults.ws_client_params["webcast_language"]
    session = server.wait_for_clients()[0]
    assert session.params["browser_language"] == "fr-FR"
    assert session.params["webcast_language"] == "de"
    assert session.headers["X-Bot"] == "port"
    assert session.headers["Sec-WebSocket-Protocol"] == "echo-protocol"  # the server picked none: fine


def test_strict_server_refuses_a_duplicated_or_empty_signed_param(server, make_client):
    client = make_client()
    client.start()
    session = server.wait_for_clients()[0]
    cookie = session.headers["Cookie"]
    base = f"{server.push_server}?{session.query}"
    for bad_url, complaint in (
        (base.replace("&version_code=270000", "&imprp=&version_code=270000"), "sent twice"),
        (base.replace(f"imprp={session.params['imprp']}", "imprp="), "imprp' is empty"),
        (base.replace("&version_code=270000", "&debug=false&version_code=270000"), "debug"),
        (base.replace("&version_code=270000", ""), "must end with version_code"),
    ):
        with pytest.raises(websocket.WebSocketBadStatusException) as info:
            websocket.create_connection(bad_url, header=[f"Cookie: {cookie}"], timeout=5)
        assert info.value.status_code == 400
        assert complaint in info.value.resp_headers["handshake-msg"]


def test_enter_room_carries_a_fresh_unique_id_per_connection(server, make_client, recorder):
    client = make_client(reconnect=ReconnectPolicy(initial_delay=0.01, jitter=0))
    recorder.listen(client, ConnectEvent)
    client.start()
    server.wait_for_frames("im_enter_room")
    server.drop_connections()
    recorder.wait_for(ConnectEvent, 2)
    entries = server.wait_for_frames("im_enter_room", 2)
    ids = [entry.message.enter_unique_id for entry in entries]
    assert all(0 < value < 2**63 for value in ids) and ids[0] != ids[1]
    assert entries[0].message.live_id == 12 and entries[0].message.identity == "audience"
    assert entries[0].message.filter_welcome_msg == "0"


# -- HTTP calls to TikTok -------------------------------------------------------------------


def test_tiktok_calls_carry_the_browser_profile(server, make_client):
    profile = BrowserProfile(language="de", locale="de-DE", region="DE", tz_name="Europe/Berlin")
    client = make_client(profile=profile)
    client.start(fetch_room_info=True, fetch_gift_info=True)
    calls = [*server.requests_to("/room/check_alive/"), *server.requests_to("/room/info/")]
    calls += server.requests_to("/gift/list/")
    assert len(calls) == 3
    device_ids = {call.params["device_id"] for call in calls}
    assert device_ids == {profile.device_id} and len(profile.device_id) == 19
    for call in calls:
        assert (call.params["region"], call.params["priority_region"]) == ("DE", "DE")
        assert (call.params["app_language"], call.params["browser_language"]) == ("de", "de-DE")
        assert call.params["tz_name"] == "Europe/Berlin" and call.params["user_is_login"] == "false"
        assert call.params["os"] == "windows" and call.params["channel"] == "tiktok_web"
        assert call.headers["Sec-Fetch-Mode"] == "cors" and "application/json" in call.headers["Accept"]
        assert "tt-target-idc=useast1a" in call.headers["Cookie"]
    assert server.wait_for_clients()[0].params["webcast_language"] == "de"


def test_strict_server_refuses_a_bare_call(server):
    import requests

    answer = requests.get(
        f"{server.webcast_url}/room/check_alive/", params={"room_ids": server.room_id}, timeout=5
    )
    assert answer.status_code == 400 and "missing query parameters" in answer.json()["message"]


def test_numeric_user_id_to_handle(server, make_client):
    client = make_client()
    user_id = server.messages.user(server.unique_id).id
    assert client.web.fetch_user_unique_id(user_id) == "creator"
    with pytest.raises(UserNotFoundError) as info:
        client.web.fetch_user_unique_id(12345)
    assert info.value.unique_id == "12345"


# -- sessions -------------------------------------------------------------------------------


def test_a_session_without_authenticated_mode_connects_anonymously(server, make_client):
    client = make_client(session_id=SESSION)
    client.start(fetch_room_info=True)
    ws_cookie = server.wait_for_clients()[0].headers["Cookie"]
    assert SESSION not in ws_cookie
    sign = server.sign_requests()[0]
    assert SESSION not in sign.query and "x-cookie-header" not in {k.lower() for k in sign.headers}
    info = server.requests_to("/room/info/")[0]
    assert f"sessionid={SESSION}" in info.headers["Cookie"]  # TikTok itself sees the login
    assert info.params["user_is_login"] == "true"


def test_authenticated_mode_on_the_current_route_sends_the_session_as_a_header(server, make_client):
    client = make_client(session_id=SESSION, tt_target_idc="eu-ttp2")
    client.start(authenticate_ws=True)
    sign = server.sign_requests()[0]
    assert sign.headers["x-cookie-header"] == f"sessionid={SESSION}; tt-target-idc=eu-ttp2"
    assert "session_id" not in sign.params and "Cookie" not in sign.headers
    assert f"sessionid={SESSION}" in server.wait_for_clients()[0].headers["Cookie"]


def test_authenticated_mode_on_the_older_route_sends_query_params():
    with FakeLiveServer("creator", sign_routes=("fetch",)) as fake, TikTokLiveClient(
        "creator", session_id=SESSION, **fake.client_kwargs
    ) as client:
        client.start(authenticate_ws=True)
        sign = fake.sign_requests()[-1]
        assert sign.path == "/webcast/fetch"
        assert (sign.params["session_id"], sign.params["tt_target_idc"]) == (SESSION, "useast1a")


def test_mobile_platform_needs_authenticated_mode(server, make_client):
    with pytest.raises(AuthenticatedWebSocketConnectionError):
        make_client(session_id=SESSION).start(platform="mobile")
    client = make_client(session_id=SESSION)
    client.start(platform="mobile", authenticate_ws=True)
    assert server.sign_requests()[-1].params["platform"] == "mobile"


# -- the sign server ------------------------------------------------------------------------


def test_an_older_sign_server_is_used_through_its_fetch_route():
    with FakeLiveServer("creator", sign_routes=("fetch",)) as fake:
        with TikTokLiveClient("creator", **fake.client_kwargs) as client:
            client.start()
            client.stop()
            client.start()  # remembered: no second try of the missing route
        paths = [request.path for request in fake.sign_requests()]
    assert paths == [f"/webcast/rooms/{fake.room_id}/connect", "/webcast/fetch", "/webcast/fetch"]


def test_a_chosen_route_is_used_alone():
    with FakeLiveServer("creator", sign_routes=("fetch",)) as fake, TikTokLiveClient(
        "creator", sign_route="connect", **fake.client_kwargs
    ) as client, pytest.raises(UnexpectedSignatureError) as info:
        client.start()
    assert info.value.response.status_code == 404
    with pytest.raises(ValueError, match="sign_route"):
        TikTokLiveClient("creator", sign_route="sideways")


@pytest.mark.parametrize(
    "status, body", [(402, {"message": "Upgrade"}), (403, {"code": 403, "message": "No"})]
)
def test_premium_answers_raise_premium_endpoint_error(server, make_client, status, body):
    server.fail_sign(status, body)
    with pytest.raises(PremiumEndpointError) as info:
        make_client().start()
    assert info.value.reason is ErrorReason.PREMIUM_ENDPOINT
    assert info.value.response.status_code == status


def test_the_degraded_sign_server_stub_is_recognised(server, make_client):
    server.sign_fallback_stub(times=1)
    with pytest.raises(SignAPIError) as info:
        make_client().start()
    assert info.value.degraded and "degraded" in str(info.value)
    assert server.sessions == []  # never tried the push server that does not connect


def test_reconnect_backs_off_while_the_sign_server_is_degraded(server, make_client, recorder):
    client = make_client(reconnect=ReconnectPolicy(initial_delay=0.01, jitter=0))
    recorder.listen(client, ConnectEvent, ReconnectingEvent, CommentEvent)
    client.start()
    server.sign_fallback_stub(times=2)
    server.drop_connections()
    recorder.wait_for(ConnectEvent, 2)
    attempts = recorder.of(ReconnectingEvent)
    assert [event.attempt for event in attempts] == [1, 2, 3]
    assert all(getattr(event.error, "degraded", False) for event in attempts[1:])
    server.push_comment("viewer", "back")
    assert recorder.wait_for(CommentEvent)[0].comment == "back"


def test_sign_rate_limits_on_todays_route_and_the_older_one(server, make_client):
    server.api_key = "key-1"
    client = make_client(sign_api_key="key-1")
    client.start()  # one signature
    limits = client.web.fetch_sign_rate_limits()
    assert (limits["minute"]["max"], limits["minute"]["remaining"]) == (60, 59) and limits["day"]["reset_at"]
    call = server.requests_to("/accounts/me/rate_limits")[0]
    assert call.headers["X-Api-Key"] == "key-1" and call.params == {"type": "webcast"}
    client.stop()
    with FakeLiveServer("creator", sign_routes=("fetch",)) as older:
        limits = TikTokLiveClient("creator", **older.client_kwargs).web.fetch_sign_rate_limits()
        assert (
            limits["minute"]["max"] == 60 and len(older.requests_to("rate_limits")) == 2
        )  # 404, then the old


# -- redirects never carry credentials to another host ----------------------------------------


class _Redirector(http.server.BaseHTTPRequestHandler):
    target = ""
    seen: List[Dict[str, str]] = []

    def do_GET(self) -> None:  # the name http.server calls
        self.seen.append(dict(self.headers.items()))
        if self.target:
            self.send_response(302)
            self.send_header("Location", self.target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def other_host() -> Iterator[Tuple[str, List[Dict[str, str]]]]:
    """A server at ``localhost`` (another host than 127.0.0.1 to cookies) that records what
    reaches it."""
    seen: List[Dict[str, str]] = []
    handler = type("Recorder", (_Redirector,), {"target": "", "seen": seen})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{httpd.server_address[1]}", seen
    httpd.shutdown()
    thread.join(5)


@pytest.fixture
def redirecting() -> Iterator[Any]:
    servers = []

    def start(target: str) -> str:
        handler = type("Redirect", (_Redirector,), {"target": target, "seen": []})
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    yield start
    for httpd in servers:
        httpd.shutdown()


def test_tiktok_redirect_to_another_host_is_not_followed(other_host, redirecting):
    elsewhere, seen = other_host
    tiktok = redirecting(f"{elsewhere}/steal")
    client = TikTokLiveClient("creator", app_url=tiktok, webcast_url=f"{tiktok}/webcast", session_id=SESSION)
    with pytest.raises(TikTokHTTPError, match="another host"):
        client.web.fetch_is_live(1)
    assert seen == []


def test_sign_redirect_is_not_followed_with_the_api_key(other_host, redirecting):
    elsewhere, seen = other_host
    sign = redirecting(f"{elsewhere}/webcast/fetch")
    client = TikTokLiveClient("creator", sign_url=sign, sign_api_key="key-secret")
    with pytest.raises(UnexpectedSignatureError, match="not followed"):
        client.web.fetch_signed(1)
    assert seen == []


# -- every method under both names ----------------------------------------------------------


def test_every_method_decodes_with_and_without_the_webcast_prefix(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, UnknownEvent, *EVENT_TYPES.values())
    client.start()
    server.wait_for_clients()
    methods = sorted(EVENT_TYPES)
    for method in methods:
        sample = server.messages.sample(method, 7)
        server.push_raw(method[len("Webcast") :], sample.SerializeToString())
    typed = recorder.wait_for(CommentEvent)  # every type arrives; the comment is one of them
    assert typed
    for event_type in EVENT_TYPES.values():
        recorder.wait_for(event_type)
    assert recorder.of(UnknownEvent) == []
    assert client.stats.unknown == 0
