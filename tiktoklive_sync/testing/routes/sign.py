"""The sign server on the local TikTok: Euler Stream's API as its clients use it — signed
connections (``/webcast/rooms/{id}/connect`` and the older ``/webcast/fetch``), the rate
limits and the chat — with its own key and its own faults."""

from __future__ import annotations

import json
import random
import re
import secrets
import time
from typing import TYPE_CHECKING, Callable, Dict, Optional, Sequence

from ...proto import webcast_pb2 as pb
from ..faults import SignFaults
from ..serving import Request, Response, json_response, response
from ..strict import parse_cookies

if TYPE_CHECKING:
    from ..room import Room

__all__ = ["FALLBACK_PUSH_SERVER", "SIGN_ROUTES", "SignServer"]

#: The routes of a signed connection: ``"connect"`` (``/webcast/rooms/{id}/connect``) and
#: ``"fetch"`` (``/webcast/fetch``).
SIGN_ROUTES = ("connect", "fetch")
FALLBACK_PUSH_SERVER = "wss://ws-fallback.eulerstream.com/"
CONNECT_PATH = re.compile(r"^/webcast/rooms/(?P<room_id>[^/]+)/connect$")
_PATHS = ("/webcast/fetch", "/webcast/rate_limits", "/webcast/chat")


class SignServer:
    """One sign server: ``room(room_id)`` finds the rooms it signs for, ``push_server`` is the
    websocket URL it hands out, chat appears in the room from ``session_user``. Only the
    routes in ``routes`` exist (leave one out to play an older or newer server); with an
    ``api_key`` every call must carry it."""

    def __init__(
        self,
        *,
        room: Callable[[str], Optional[Room]],
        push_server: Callable[[], str],
        api_key: Optional[str] = None,
        routes: Sequence[str] = SIGN_ROUTES,
        session_user: str = "signed_in_viewer",
    ) -> None:
        unknown = set(routes) - set(SIGN_ROUTES)
        if unknown:
            raise ValueError(f"unknown sign routes {sorted(unknown)}; known: {SIGN_ROUTES}")
        self._room = room
        self._push_server = push_server
        self.api_key = api_key
        self.routes = tuple(routes)
        self.session_user = session_user
        #: What this sign server does wrong (see :mod:`tiktoklive_sync.testing.faults`).
        self.faults = SignFaults()

    def serves(self, path: str) -> bool:
        """Whether ``path`` is one of the sign server's."""
        return path in _PATHS or CONNECT_PATH.match(path) is not None

    @staticmethod
    def is_signature(path: str) -> bool:
        """Whether ``path`` asks for a signed connection (either route)."""
        return path == "/webcast/fetch" or CONNECT_PATH.match(path) is not None

    def answer(self, request: Request) -> Response:
        """The answer to one call of a sign-server path."""
        path = request.route
        connect = CONNECT_PATH.match(path)
        if request.method == "POST" and path == "/webcast/chat":
            return self._chat(request)
        if connect is not None and "connect" in self.routes:
            return self._tagged(
                self._signature({**request.params, "room_id": connect.group("room_id")}, request)
            )
        if path == "/webcast/fetch" and "fetch" in self.routes:
            return self._tagged(self._signature(request.params, request))
        if path == "/webcast/rate_limits":
            return self._rate_limits(request)
        return json_response(404, {"status_code": 404, "message": "not found"})

    def _key_refused(self, request: Request) -> Optional[Response]:
        if self.api_key is not None and request.headers.get("X-Api-Key") != self.api_key:
            return json_response(401, {"code": 401, "message": "Invalid or missing API key."})
        return None

    def _tagged(self, answer: Response) -> Response:
        """The sign service tags every answer with ids to quote in support requests."""
        answer.headers["X-Request-Id"] = str(random.randrange(10**12, 10**13))
        answer.headers["X-Agent-Id"] = "fake-agent"
        return answer

    def _signature(self, params: Dict[str, str], request: Request) -> Response:
        refused = self._key_refused(request) or self.faults.answer()
        if refused is not None:
            return refused
        room = self._room(params.get("room_id", ""))
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
        return response(200, result.SerializeToString(), headers, content_type="application/x-protobuf")

    def _rate_limits(self, request: Request) -> Response:
        refused = self._key_refused(request)
        if refused is not None:
            return refused
        limits = {"minute": {"max": 60, "remaining": 59}, "hour": {"max": 1000, "remaining": 999}}
        return json_response(200, {"code": 200, "day": {"max": 10000, "remaining": 9999}, **limits})

    def _chat(self, request: Request) -> Response:
        refused = self._key_refused(request) or self.faults.answer()
        if refused is not None:
            return refused
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            return json_response(400, {"code": 400, "message": "the body must be JSON"})
        if not isinstance(body, dict) or not body.get("sessionId"):
            return json_response(401, {"code": 401, "message": "sessionId is required to chat"})
        room = self._room(str(body.get("roomId")))
        if room is None:
            return json_response(400, {"code": 400, "message": "roomId is missing or unknown"})
        content = str(body.get("content", "")).strip()
        if not content:
            return json_response(400, {"code": 400, "message": "content is empty"})
        sent = room.push_comment(self.session_user, content)  # TikTok shows it to everyone
        return json_response(
            200, {"code": 200, "message": "Sent chat message", "msg_id": str(sent.common.msg_id)}
        )


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
