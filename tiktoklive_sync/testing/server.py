"""FakeLiveServer: TikTok and the Euler Stream sign server, on one loopback port.

It serves what a TikTok LIVE client talks to — the live page, the room API, check_alive,
room info, the gift list, the CDN, the live video, the sign server and the push-server
websocket — speaking the real protocol, so any correct client pointed at its URLs works
unchanged (TikTokLive and TikTok-Live-Connector do: the conformance tests run them). It
records what clients send for tests to assert on, and misbehaves on request the ways TikTok
and the sign server do.

The server is its own first :class:`~tiktoklive_sync.testing.room.Room` (push to it, fault
it, end its live) and the host of more (``add_room``). What each part does lives apart:
``room.py`` (a live: its log, cursors, pushes, websockets), ``routes/`` (TikTok's web
endpoints, the sign server, the push server, the CDN, the video), ``faults.py``,
``traffic.py`` (what clients sent), ``serving.py`` (the HTTP and websocket server itself,
standard library only), ``strict.py`` (what strict mode refuses).
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Dict, List, Optional, Sequence

from .._redaction import redact
from ..proto import webcast_pb2 as pb
from .content import UserLike
from .room import Room
from .routes import cdn, push, video, web
from .routes.sign import SIGN_ROUTES, FakeSignServer
from .serving import Exchange, HttpServer, Request, Response, json_response
from .strict import check_http_request, check_sign_request
from .traffic import ClientFrame, RecordedRequest, WebSocketSession

__all__ = ["ClientFrame", "FakeLiveServer", "RecordedRequest", "WebSocketSession"]

logger = logging.getLogger(__name__)

#: TikTok's web routes whose answer is about one room, by path.
_WEB_ROUTES: Dict[str, Callable[[Room, Request], Response]] = {
    "/api-live/user/room/": web.room_api,
    "/webcast/room/info/": web.room_info,
    "/webcast/gift/list/": web.gift_list,
}


class FakeLiveServer(Room):
    """A local TikTok LIVE room for tests, demos and offline bot development.

    ::

        with FakeLiveServer(unique_id="creator") as server:
            client = TikTokLiveClient("@creator", **server.client_kwargs)
            client.start()
            server.push_comment("viewer_1", "hello")

    ``server.client_kwargs`` holds ``app_url``, ``webcast_url`` and ``sign_url`` for
    ``TikTokLiveClient(..., **kwargs)``. See :class:`~tiktoklive_sync.testing.room.Room` for the
    live itself (pushes, cursors, faults of the room) and ``sign_server`` for the sign server.
    """

    def __init__(
        self,
        unique_id: str = "creator",
        *,
        live: bool = True,
        exists: bool = True,
        age_restricted: bool = False,
        room_id: Optional[int] = None,
        heartbeat_interval: float = 10.0,
        api_key: Optional[str] = None,
        history_size: int = 10_000,
        session_user: UserLike = "signed_in_viewer",
        strict: bool = True,
        sign_routes: Sequence[str] = SIGN_ROUTES,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(
            unique_id,
            live=live,
            exists=exists,
            age_restricted=age_restricted,
            room_id=room_id,
            heartbeat_interval=heartbeat_interval,
            history_size=history_size,
            host=self,
        )
        #: Refuse requests a real TikTok or sign server would refuse (see
        #: ``tiktoklive_sync.testing.strict``); what it refused is in ``refusals``.
        self.strict = strict
        #: The sign server (its key, routes and faults).
        self.sign_server = self._new_sign_server(
            api_key=api_key, routes=sign_routes, session_user=session_user
        )
        #: Every sign server: this port's first, then those ``add_sign_server`` started.
        self.sign_servers: List[FakeSignServer] = [self.sign_server]
        self._listen_on = (host, port)
        self._http: Optional[HttpServer] = None
        self._port = port
        #: The other creators served on this port (``add_room``), by handle.
        self._rooms: Dict[str, Room] = {}

    # -- more creators on one server ----------------------------------------------------

    def add_room(
        self, unique_id: str, *, live: bool = True, exists: bool = True, room_id: Optional[int] = None
    ) -> Room:
        """Another creator served on this server's port (same URLs), for watching many::

            with FakeLiveServer("alice") as server:
                bob = server.add_room("bob", live=False)
                ...
                bob.live = True; bob.push_comment("fan", "hi"); bob.end_live()

        Requests go to the room they name (by handle or room id); the sign server is this
        server's (its faults, such as ``rate_limit_sign``, hold for every room);
        ``check_alive`` answers for every room at once. Rooms stop with this server.
        """
        handle = unique_id.lstrip("@")
        if handle == self.unique_id or handle in self._rooms:
            raise ValueError(f"@{handle} already has a room on this server")
        room = Room(
            handle,
            live=live,
            exists=exists,
            room_id=room_id,
            heartbeat_interval=self.heartbeat_interval,
            host=self,
        )
        room.video_speed, room.video_bitrate = self.video_speed, self.video_bitrate
        with self.traffic.changed:
            self._rooms[handle] = room
        return room

    @property
    def rooms(self) -> List[Room]:
        """This server's own room first, then those ``add_room`` made."""
        return [self, *self._rooms.values()]

    def _new_sign_server(self, **options: Any) -> FakeSignServer:
        return FakeSignServer(
            room=self.room_with_id,
            room_named=self.room_named,
            room_of=self.room_of_user,
            push_server=lambda: self.push_server,
            **options,
        )

    def add_sign_server(self, *, api_key: Optional[str] = None, plan: str = "business") -> FakeSignServer:
        """Another sign server for the same rooms, on a port of its own (its ``url``), with its
        own key, plan and faults: give several to ``sign_url=[...]``; ``stop()`` one to see the
        client carry on through the next. Stops with this server."""
        extra = self._new_sign_server(api_key=api_key, plan=plan, session_user=self.session_user)
        extra.start(self._listen_on[0])
        self.sign_servers.append(extra)
        return extra

    def room_of_user(self, user_id: str) -> Optional[Room]:
        """The room of the creator whose numeric user id is ``user_id`` (None: no such room)."""
        return next(
            (room for room in self.rooms if str(room.messages.user(room.unique_id).id) == user_id), None
        )

    def room_named(self, handle: str) -> Optional[Room]:
        """The room of ``handle`` (None when no room has it)."""
        handle = handle.lstrip("@")
        return self if handle == self.unique_id else self._rooms.get(handle)

    def room_with_id(self, room_id: str) -> Optional[Room]:
        """The room with the id ``room_id`` (None when no room has it)."""
        return next((room for room in self.rooms if str(room.room_id) == str(room_id)), None)

    def _room_for(self, request: Request) -> Room:
        """Which room a request is about (this one when it names none of the others)."""
        path, params = request.route, request.params
        if not self._rooms:
            return self
        found: Optional[Room] = None
        if path.startswith("/@"):
            name = path[2:].split("/", 1)[0]
            if name.isdigit():
                found = next(
                    (room for room in self.rooms if str(room.messages.user(room.unique_id).id) == name), None
                )
            else:
                found = self.room_named(name)
        elif path == "/api-live/user/room/":
            found = self.room_named(params.get("uniqueId", ""))
        elif path in ("/webcast/room/info/", push.PUSH_PATH):
            found = self.room_with_id(params.get("room_id", ""))
        elif path.startswith("/stream/"):
            found = self.room_with_id(path[len("/stream/") :].split("/", 1)[0].split(".", 1)[0])
        return found or self

    # -- the sign server's settings (see ``sign_server``) -------------------------------------

    @property
    def api_key(self) -> Optional[str]:
        """The sign server's API key (None: any call is taken)."""
        return self.sign_server.api_key

    @api_key.setter
    def api_key(self, value: Optional[str]) -> None:
        self.sign_server.api_key = value

    @property
    def session_user(self) -> UserLike:
        """Who chat sent with a session id appears from (``send_room_chat``): a handle, or a
        ``make_user(...)`` user."""
        return self.sign_server.session_user

    @session_user.setter
    def session_user(self, value: UserLike) -> None:
        self.sign_server.session_user = value

    @property
    def sign_routes(self) -> Sequence[str]:
        """The sign server's routes: ``"connect"`` and ``"fetch"``."""
        return self.sign_server.routes

    # -- lifetime -----------------------------------------------------------------------

    def start(self) -> FakeLiveServer:
        """Listen on the loopback port and serve in a background thread."""
        if self._http is not None:
            return self
        for room in self.rooms:
            room.closing.clear()
        self._http = HttpServer(*self._listen_on, self._handle)
        self._port = self._http.port
        self._http.start(f"fake-tiktok-{self._port}")
        return self

    def stop(self) -> None:
        """Close every connection and stop serving."""
        server, self._http = self._http, None
        if server is None:
            return
        for room in self.rooms:
            room.closing.set()
            for session in list(room.sessions):
                session.connection.close()
        server.stop()
        for extra in self.sign_servers[1:]:
            extra.stop()

    def __enter__(self) -> FakeLiveServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- addresses ----------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The loopback port everything is served on."""
        return self._port

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted on :attr:`port` since ``start()`` (HTTP and websockets:
        a test through a proxy compares it with what the proxy relayed)."""
        return self._http.accepted if self._http is not None else 0

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (RuntimeError before ``start()`` chose the port)."""
        if not self._port:
            raise RuntimeError("start the FakeLiveServer first: its port is chosen when it starts")
        return f"http://{self._listen_on[0]}:{self._port}"

    @property
    def app_url(self) -> str:
        """Stands for ``https://www.tiktok.com``."""
        return self.base_url

    @property
    def webcast_url(self) -> str:
        """Stands for ``https://webcast.tiktok.com/webcast``."""
        return f"{self.base_url}/webcast"

    @property
    def sign_url(self) -> str:
        """Stands for the Euler Stream sign server."""
        return self.base_url

    @property
    def push_server(self) -> str:
        """The websocket URL the sign server hands out."""
        return f"ws{self.base_url[4:]}{push.PUSH_PATH}"

    @property
    def client_kwargs(self) -> Dict[str, Any]:
        """``app_url``, ``webcast_url`` and ``sign_url`` for ``TikTokLiveClient(**...)``."""
        return {"app_url": self.app_url, "webcast_url": self.webcast_url, "sign_url": self.sign_url}

    # -- what clients sent (every request, whichever room it was about) -------------------------

    @property
    def refusals(self) -> List[str]:
        """What strict mode refused, one sentence each ("GET /webcast/room/info/: missing ...")."""
        return self.traffic.refusals

    def sign_requests(self) -> List[RecordedRequest]:
        """Recorded calls to the sign server's connect routes (either one)."""
        with self.traffic.changed:
            return [request for request in self.requests if FakeSignServer.is_signature(request.path)]

    # -- the sign server's faults (see SignFaults) -------------------------------------------

    def rate_limit_sign(
        self,
        retry_after: int = 30,
        *,
        style: str = "retry-after",
        times: Optional[int] = None,
        after: int = 0,
        headers: Optional[Dict[str, str]] = None,
    ) -> None:
        """Answer sign calls with 429 (see ``SignFaults.rate_limit``)."""
        self.sign_server.faults.rate_limit(
            retry_after, style=style, times=times, after=after, headers=headers
        )

    def fail_sign(
        self, status: int = 500, body: Any = None, *, times: Optional[int] = None, after: int = 0
    ) -> None:
        """Answer sign calls with ``status`` and ``body`` (JSON for dicts, else text)."""
        self.sign_server.faults.fail(status, body, times=times, after=after)

    def sign_empty_body(self) -> None:
        """Answer sign calls with 200 and no body (the sign server got nothing from TikTok)."""
        self.sign_server.faults.empty_body()

    def sign_fallback_stub(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer sign calls the way the sign service does while degraded: 200 with a tiny
        fetch result whose push server (``ws-fallback.eulerstream.com``) never upgrades."""
        self.sign_server.faults.fallback_stub(times=times, after=after)

    def sign_without_cookies(self) -> None:
        """Answer sign calls without the X-Set-TT-Cookie header."""
        self.sign_server.faults.without_cookies()

    def sign_without(self, field_name: str) -> None:
        """Leave ``"cursor"``, ``"push_server"`` or ``"route_params"`` out of the fetch result."""
        self.sign_server.faults.without(field_name)

    def edit_sign_result(self, edit: Callable[[pb.ProtoMessageFetchResult], None]) -> None:
        """Let ``edit`` change every fetch result the sign server hands out."""
        self.sign_server.faults.edit_result(edit)

    def sign_no_agents(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer sign calls with 503 "No agents are currently available"."""
        self.sign_server.faults.no_agents(times=times, after=after)

    def clear_faults(self) -> None:
        """Behave again: this room and every sign server."""
        super().clear_faults()
        for server in self.sign_servers:
            server.faults.clear()

    # -- serving --------------------------------------------------------------------------

    def _refused(self, what: str) -> None:
        """Strict mode refused a request: logged, and kept in ``refusals``."""
        logger.warning("refusing %s", what)
        with self.traffic.changed:
            self.traffic.refusals.append(what)

    def _handle(self, request: Request, exchange: Exchange) -> None:
        """Every request: recorded, then answered by the route it is for."""
        path = request.route
        recorded = RecordedRequest(
            path, request.params, request.headers.as_dict(), request.query, request.method, request.body
        )
        self.traffic.record(recorded)
        if logger.isEnabledFor(logging.DEBUG):
            cookies = request.headers.get("Cookie") or "none"
            logger.debug("%s %s (cookies: %s)", request.method, redact(request.path), redact(cookies))
        room = self._room_for(request)
        if room is not self:
            room.traffic.record(recorded)
        if request.headers.get("Upgrade").lower() == "websocket":
            if path != push.PUSH_PATH:
                exchange.answer(json_response(404, {"status_code": 404, "message": "not found"}))
                return
            refused = push.refusal(room, request, strict=self.strict, refused=self._refused)
            if refused is not None:
                exchange.answer(refused)
                return
            push.serve(room, request, exchange)
            return
        if path.startswith("/stream/"):
            video.serve(room, request, exchange)
            return
        answer = self._answer(room, request)
        if answer is None:
            exchange.abort()  # a sign server that is down
        else:
            exchange.answer(answer)

    def _answer(self, room: Room, request: Request) -> Optional[Response]:
        path = request.route
        if request.method == "GET":
            room.faults.wait_if_held(path, room.closing)
            slow = room.faults.slowness()
            if slow:
                room.closing.wait(slow)
        if self.sign_server.serves(path):
            problem = check_sign_request(request.headers.as_dict()) if self.strict else None
            if problem is not None:
                self._refused(f"{request.method} {path}: {problem}")
                return json_response(400, {"status_code": 400, "message": f"strict: {problem}"})
            return self.sign_server.answer(request)
        if path.startswith(f"{cdn.CDN_PATH}/"):
            return cdn.serve(request)
        route = self._web_route(room, path)
        if route is None:
            return json_response(404, {"status_code": 404, "message": "not found"})
        if path in web.JSON_PATHS:
            problem = check_http_request(request.params, request.headers.as_dict()) if self.strict else None
            if problem is not None:
                self._refused(f"GET {path}: {problem}")
                return json_response(400, {"status_code": 400, "message": f"strict: {problem}"})
            if room.faults.html_due():
                return web.captcha_page()
        return route(room, request)

    def _web_route(self, room: Room, path: str) -> Optional[Callable[[Room, Request], Response]]:
        if path == f"/@{room.unique_id}/live":
            return web.live_page
        if path.startswith("/@") and (path[2:].isdigit() or path[2:] == room.unique_id):
            return web.profile_page
        if path == "/webcast/room/check_alive/":
            return lambda _, request: web.check_alive(self.rooms, request)
        return _WEB_ROUTES.get(path)
