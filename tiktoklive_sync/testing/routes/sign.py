"""The sign server on the local TikTok: Euler Stream's API as its clients use it — signed
connections (``/webcast/rooms/{id}/connect``, the older ``/webcast/fetch``, and by handle
``/webcast/anchors/{unique_id}/connect``), the rate limits (``/accounts/me/rate_limits``,
the older ``/webcast/rate_limits``), the chat (``POST /webcast/rooms/{id}/chat``, the older
``POST /webcast/chat``) and the bulk live check — with its own key, plan, usage and faults.

The first sign server answers on the FakeLiveServer's own port; ``server.add_sign_server()``
starts more, each on a port of its own, so a test can stop one (its port then refuses
connections) while another goes on.
"""

from __future__ import annotations

import collections
import json
import random
import re
import secrets
import threading
import time
from typing import TYPE_CHECKING, Callable, Deque, Dict, Optional, Sequence, Tuple

from ...proto import webcast_pb2 as pb
from ..content import UserLike
from ..faults import SignFaults
from ..serving import Exchange, HttpServer, Request, Response, json_response, response
from ..strict import parse_cookies

if TYPE_CHECKING:
    from ..room import Room

__all__ = ["FALLBACK_PUSH_SERVER", "PLANS", "SIGN_ROUTES", "FakeSignServer"]

#: The routes of a signed connection: ``"connect"`` (``/webcast/rooms/{id}/connect``) and
#: ``"fetch"`` (``/webcast/fetch``).
SIGN_ROUTES = ("connect", "fetch")
#: Euler Stream's plans, as far as the local one tells them apart: ``"free"`` (signatures
#: and rate limits), ``"pro"`` (also chat and the bulk live check), ``"business"`` (also
#: connecting by handle).
PLANS = ("free", "pro", "business")
FALLBACK_PUSH_SERVER = "wss://ws-fallback.eulerstream.com/"
CONNECT_PATH = re.compile(r"^/webcast/rooms/(?P<room_id>[^/]+)/connect$")
ANCHOR_CONNECT_PATH = re.compile(r"^/webcast/anchors/(?P<unique_id>[^/]+)/connect$")
CHAT_PATH = re.compile(r"^/webcast/rooms/(?P<room_id>[^/]+)/chat$")
_PATHS = (
    "/webcast/fetch",
    "/webcast/rate_limits",
    "/accounts/me/rate_limits",
    "/webcast/chat",
    "/webcast/bulk_live_check",
)
#: The signatures a key may make, per window (what the rate limits report).
LIMITS = {"minute": (60, 60.0), "hour": (1000, 3600.0), "day": (10000, 86400.0)}


class FakeSignServer:
    """One sign server: ``room(room_id)``, ``room_named(handle)`` and ``room_of(user_id)`` find
    the rooms it signs for, ``push_server`` is the websocket URL it hands out, chat appears
    in the room from ``session_user``. Only the connect routes in ``routes`` exist: without
    ``"connect"`` it plays an older server, which has only ``/webcast/fetch``,
    ``/webcast/rate_limits`` and ``POST /webcast/chat``. With an ``api_key`` every call must
    carry it; ``plan`` says which premium endpoints it serves (402 otherwise)."""

    def __init__(
        self,
        *,
        room: Callable[[str], Optional[Room]],
        room_named: Callable[[str], Optional[Room]],
        room_of: Callable[[str], Optional[Room]],
        push_server: Callable[[], str],
        api_key: Optional[str] = None,
        routes: Sequence[str] = SIGN_ROUTES,
        session_user: UserLike = "signed_in_viewer",
        plan: str = "business",
    ) -> None:
        unknown = set(routes) - set(SIGN_ROUTES)
        if unknown:
            raise ValueError(f"unknown sign routes {sorted(unknown)}; known: {SIGN_ROUTES}")
        if plan not in PLANS:
            raise ValueError(f"plan must be one of {PLANS}, not {plan!r}")
        self._room = room
        self._room_named = room_named
        self._room_of = room_of
        self._push_server = push_server
        self.api_key = api_key
        self.routes = tuple(routes)
        self.session_user = session_user
        self.plan = plan
        #: The signatures a key may make per window: {"minute": (most, seconds), ...}.
        self.limits: Dict[str, Tuple[int, float]] = dict(LIMITS)
        #: What this sign server does wrong (see :mod:`tiktoklive_sync.testing.faults`).
        self.faults = SignFaults()
        #: Every call it answered, in order (method and path), and the signatures it made.
        self.calls: Deque[str] = collections.deque(maxlen=10_000)
        self.signatures = 0
        self._signed_at: Deque[float] = collections.deque(maxlen=10_000)
        self._lock = threading.Lock()
        self._http: Optional[HttpServer] = None
        self._url: Optional[str] = None

    # -- serving on a port of its own (``server.add_sign_server()``) -------------------------

    @property
    def url(self) -> str:
        """Where this sign server answers (give it to ``sign_url=``)."""
        if self._url is None:
            raise RuntimeError("this sign server is not started")
        return self._url

    def start(self, host: str = "127.0.0.1", port: int = 0) -> FakeSignServer:
        """Listen on a port of its own (again, after ``stop()``: the same port)."""
        if self._http is None:
            if self._url is not None:
                port = int(self._url.rsplit(":", 1)[1])
            self._http = HttpServer(host, port, self._handle)
            self._url = f"http://{host}:{self._http.port}"
            self._http.start(f"fake-sign-{self._http.port}")
        return self

    def stop(self) -> None:
        """Stop answering: its port refuses connections, as a sign server that is down does."""
        http, self._http = self._http, None
        if http is not None:
            http.stop()

    def _handle(self, request: Request, exchange: Exchange) -> None:
        answer = self.answer(request) if self.serves(request.route) else _not_found()
        if answer is None:
            exchange.abort()
        else:
            exchange.answer(answer)

    @property
    def url_or_none(self) -> Optional[str]:
        """The URL while it has a port of its own, else None."""
        return self._url

    # -- the API ----------------------------------------------------------------------------

    def serves(self, path: str) -> bool:
        """Whether ``path`` is one of the sign server's."""
        return path in _PATHS or any(
            route.match(path) for route in (CONNECT_PATH, ANCHOR_CONNECT_PATH, CHAT_PATH)
        )

    @staticmethod
    def is_signature(path: str) -> bool:
        """Whether ``path`` asks for a signed connection (any route)."""
        return path == "/webcast/fetch" or any(
            route.match(path) for route in (CONNECT_PATH, ANCHOR_CONNECT_PATH)
        )

    def answer(self, request: Request) -> Optional[Response]:
        """The answer to one call of a sign-server path (None: the connection is dropped
        unanswered, as a sign server that is down drops it)."""
        path = request.route
        with self._lock:
            self.calls.append(f"{request.method} {path}")
        if self.faults.down:
            return None
        current = "connect" in self.routes  # an older server has only the older routes
        if request.method == "POST":
            chat = CHAT_PATH.match(path)
            if chat is not None and current:
                return self._chat(request, chat.group("room_id"))
            if path == "/webcast/chat":
                return self._old_chat(request)
            if path == "/webcast/bulk_live_check" and current:
                return self._bulk_live_check(request)
            return _not_found()
        connect = CONNECT_PATH.match(path)
        if connect is not None and "connect" in self.routes:
            return self._tagged(
                self._signature({**request.params, "room_id": connect.group("room_id")}, request)
            )
        anchor = ANCHOR_CONNECT_PATH.match(path)
        if anchor is not None and current:
            return self._tagged(self._by_handle(anchor.group("unique_id"), request))
        if path == "/webcast/fetch" and "fetch" in self.routes:
            return self._tagged(self._signature(request.params, request))
        if path == "/webcast/rate_limits" or (path == "/accounts/me/rate_limits" and current):
            return self._rate_limits(request, old=path == "/webcast/rate_limits")
        return _not_found()

    def _key_refused(self, request: Request) -> Optional[Response]:
        if self.api_key is not None and request.headers.get("X-Api-Key") != self.api_key:
            return json_response(401, {"code": 401, "message": "Invalid or missing API key."})
        return None

    def _plan_refused(self, needed: str, what: str) -> Optional[Response]:
        if PLANS.index(self.plan) < PLANS.index(needed):
            return json_response(402, {"code": 402, "message": f"{what} requires the {needed.title()} plan."})
        return None

    def _tagged(self, answer: Response) -> Response:
        """The sign service tags every answer with ids to quote in support requests."""
        answer.headers["X-Request-Id"] = str(random.randrange(10**12, 10**13))
        answer.headers["X-Agent-Id"] = "fake-agent"
        return answer

    def _by_handle(self, unique_id: str, request: Request) -> Response:
        refused = self._key_refused(request) or self._plan_refused("business", "Connecting by username")
        if refused is not None:
            return refused
        room = self._room_named(unique_id)
        if room is None or not room.exists or not room.live:
            return json_response(404, {"code": 404, "message": f"@{unique_id} is not live (or not known)."})
        return self._signature({**request.params, "room_id": str(room.room_id)}, request)

    def _signature(self, params: Dict[str, str], request: Request) -> Response:
        refused = self._key_refused(request) or self.faults.answer()
        if refused is not None:
            return refused
        asked = params.get("room_id", "")
        room = self._room(self.faults.moved_rooms.get(asked, asked))
        if room is None:
            return json_response(400, {"code": 400, "message": "room_id is missing or unknown"})
        session = parse_cookies(request.headers.get("x-cookie-header", "")).get("sessionid") or params.get(
            "session_id"
        )
        if params.get("platform") == "mobile" and not session:
            return json_response(400, {"code": 400, "message": "the mobile platform needs a session"})
        if self.faults.stub_due():
            result = _fallback_result()
        else:
            result = room.signed_result(params.get("cursor", ""), self._push_server())
        if self.faults.edit is not None:
            self.faults.edit(result)
        headers = {"X-Room-Id": str(room.room_id)}
        if self.faults.cookies:
            ttwid = secrets.token_urlsafe(24)
            room.issue(ttwid, dict(result.route_params), bool(session))
            headers["X-Set-TT-Cookie"] = f"ttwid={ttwid}; tt_csrf_token={secrets.token_hex(8)}; msToken=x"
        with self._lock:
            self.signatures += 1
            self._signed_at.append(time.time())
        return response(200, result.SerializeToString(), headers, content_type="application/x-protobuf")

    def _rate_limits(self, request: Request, *, old: bool) -> Response:
        refused = self._key_refused(request)
        if refused is not None:
            return refused
        now = time.time()
        with self._lock:
            signed = list(self._signed_at)
        windows: Dict[str, Dict[str, object]] = {}
        for name, (most, seconds) in self.limits.items():
            used = sum(1 for at in signed if at > now - seconds)
            window: Dict[str, object] = {"max": most, "remaining": max(0, most - used)}
            if not old:
                window["reset_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now + seconds))
            windows[name] = window
        return json_response(200, {"code": 200, **windows})

    def _session_of(self, request: Request) -> Optional[str]:
        return parse_cookies(request.headers.get("x-cookie-header", "")).get("sessionid")

    def _chat(self, request: Request, room_id: str) -> Response:
        refused = self._key_refused(request) or self.faults.answer()
        if refused is not None:
            return refused
        if PLANS.index(self.plan) < PLANS.index("pro"):
            message = "Sending chats requires an API key & a paid plan, as it uses cloud managed services."
            return json_response(401, {"code": 401, "message": message})
        if not self._session_of(request):
            return json_response(
                400, {"code": 400, "message": "x-cookie-header with a TikTok session is required"}
            )
        body = _json_body(request)
        if body is None:
            return json_response(400, {"code": 400, "message": "the body must be JSON"})
        return self._post_chat(room_id, str(body.get("content", "")))

    def _old_chat(self, request: Request) -> Response:
        """``POST /webcast/chat``: ``{"content", "targetRoomId"}`` with the session in
        ``x-cookie-header``, as TikTokLive 7.0.1 sends it."""
        refused = self._key_refused(request) or self.faults.answer()
        if refused is not None:
            return refused
        body = _json_body(request)
        if body is None:
            return json_response(400, {"code": 400, "message": "the body must be JSON"})
        if not self._session_of(request):
            return json_response(
                400, {"code": 400, "message": "x-cookie-header with a TikTok session is required"}
            )
        return self._post_chat(str(body.get("targetRoomId")), str(body.get("content", "")))

    def _post_chat(self, room_id: str, content: str) -> Response:
        room = self._room(room_id)
        if room is None:
            return json_response(400, {"code": 400, "message": "the room is missing or unknown"})
        if not content.strip():
            return json_response(400, {"code": 400, "message": "content is empty"})
        sent = room.push_comment(self.session_user, content.strip())  # TikTok shows it to everyone
        data = {
            "data": {"msg_id": str(sent.common.msg_id)},
            "extra": {"now": int(time.time() * 1000)},
            "status_code": 0,
        }
        return json_response(200, {"code": 200, "message": "Sent chat message", "data": data})

    def _bulk_live_check(self, request: Request) -> Response:
        refused = (
            self._key_refused(request)
            or self.faults.answer()
            or self._plan_refused("pro", "The bulk live check")
        )
        if refused is not None:
            return refused
        if not self._session_of(request):
            return json_response(
                400, {"code": 400, "message": "x-cookie-header with a TikTok session is required"}
            )
        body = _json_body(request)
        ids = body.get("user_numeric_ids") if body is not None else None
        if not isinstance(ids, list) or not 0 < len(ids) <= 50:
            return json_response(400, {"code": 400, "message": "user_numeric_ids: 1 to 50 ids"})
        found = {}
        for user_id in map(str, ids):
            room = self._room_of_user(user_id)
            if room is not None:
                found[user_id] = {"is_live": room.live, "room_id": str(room.room_id) if room.live else None}
        return json_response(200, {"code": 200, "response": {"data": found}})

    def _room_of_user(self, user_id: str) -> Optional[Room]:
        return self._room_of(user_id)


def _json_body(request: Request) -> Optional[dict]:  # type: ignore[type-arg]
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _not_found() -> Response:
    return json_response(404, {"status_code": 404, "message": "not found"})


def _fallback_result() -> pb.ProtoMessageFetchResult:
    """The sign service's outage answer: a push server that never upgrades."""
    now = int(time.time() * 1000)
    result = pb.ProtoMessageFetchResult(
        cursor=f"t-{now}_r-1_d-1_u-1_h-1",
        now=now,
        internal_ext="Connected through Euler Stream fallback proxy",
        push_server=f"{FALLBACK_PUSH_SERVER}?token={secrets.token_hex(8)}",
        heartbeat_duration=10_000,
    )
    result.route_params["wrss"] = secrets.token_urlsafe(8)
    return result
