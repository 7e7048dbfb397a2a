"""FakeLiveServer: TikTok and the Euler Stream sign server, on one loopback port.

It serves what a TikTok LIVE client talks to — the live page, the room API, check_alive,
room info, the gift list, the sign server's ``/webcast/fetch`` and the push-server websocket —
speaking the real protocol, so any correct client pointed at its URLs works unchanged. It
records what clients send (requests, enter-room, heartbeats, acks) for tests to assert on,
and can be told to misbehave the ways TikTok and the sign server do.

The HTTP and websocket sides run on the threaded server of the ``websockets`` package
(install ``tiktoklive_sync[testing]``).
"""

from __future__ import annotations

import collections
import contextlib
import gzip
import html
import http.server
import json
import logging
import random
import re
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any, Callable, Deque, Dict, List, Optional, Sequence, Tuple, TypeVar, Union
from urllib.parse import parse_qsl, urlsplit

from google.protobuf.message import DecodeError, Message

from .._redaction import RedactSecrets
from .._transport.frames import FrameError, decode_fetch_result
from ..events import EVENT_TYPES, canonical_method
from ..media.flv import HEADER as FLV_HEADER
from ..media.flv import SCRIPT as FLV_SCRIPT
from ..media.flv import iter_tags, with_timestamp
from ..proto import webcast_pb2 as pb
from ..record_replay import Record, read_recording
from . import cdn
from .content import CDN, GIFTS, MessageFactory, UserLike
from .strict import check_http_request, check_push_url, check_sign_request, parse_cookies

try:
    from websockets.datastructures import Headers
    from websockets.exceptions import ConnectionClosed
    from websockets.http11 import Request, Response
    from websockets.sync.server import Server, ServerConnection, serve
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "tiktoklive_sync.testing needs the 'websockets' package: pip install 'tiktoklive_sync[testing]'"
    ) from exc

__all__ = ["ClientFrame", "FakeLiveServer", "RecordedRequest", "WebSocketSession"]

logger = logging.getLogger(__name__)

M = TypeVar("M", bound=Message)

PUSH_PATH = "/webcast/im/ws_proxy/ws_reuse_supplement/"
SIGN_ROUTES = ("connect", "fetch")
_CONNECT_PATH = re.compile(r"^/webcast/rooms/(?P<room_id>[^/]+)/connect$")
FALLBACK_PUSH_SERVER = "wss://ws-fallback.eulerstream.com/"
#: The live video every room streams (see media/make_sample.py).
SAMPLE_VIDEO = Path(__file__).resolve().parent / "media" / "sample.flv"
#: TikTok's names of the pull-stream qualities, best first.
VIDEO_QUALITIES = ("FULL_HD1", "HD1", "SD1", "SD2")


#: How many recent chat messages TikTok repeats to a client that re-enters a room.
HISTORY_COMMENT_COUNT = 6
ROOM_STATUS_LIVE, ROOM_STATUS_OFFLINE = 2, 4
CONTROL_ENDED = 3


@dataclass
class RecordedRequest:
    """An HTTP request a client made (or a websocket upgrade it asked for)."""

    path: str
    params: Dict[str, str]
    headers: Dict[str, str]
    query: str = ""
    method: str = "GET"
    body: bytes = b""
    #: When it arrived (``time.monotonic()``).
    at: float = field(default_factory=time.monotonic)


@dataclass
class ClientFrame:
    """A websocket frame a client sent: ``payload_type`` is ``im_enter_room``, ``hb``, ``ack``…

    ``message`` is the decoded payload (WebcastImEnterRoomMessage, HeartBeatMessage) or, for
    acks, the payload text (the internal_ext being acknowledged).
    """

    session: int
    frame: pb.WebcastPushFrame
    message: Any
    #: ``time.monotonic()`` when the frame arrived.
    received_at: float = field(default_factory=time.monotonic)

    @property
    def payload_type(self) -> str:
        """The frame's type: ``im_enter_room``, ``hb``, ``ack``..."""
        return self.frame.payload_type


@dataclass
class WebSocketSession:
    """One websocket connection: what the client asked for, and whether it entered the room."""

    index: int
    params: Dict[str, str]
    headers: Dict[str, str]
    query: str
    connection: ServerConnection
    compress: bool
    #: The last room-log sequence number this client has been sent (its cursor).
    position: int = 0
    #: True when the client came back with a cursor issued for an earlier connection.
    resumed: bool = False
    entered: bool = False
    #: (log_id, internal_ext) of every ``msg`` frame sent, for checking acks.
    sent: List[Tuple[int, str]] = field(default_factory=list)
    #: When the websocket opened and closed (``time.monotonic()``; None while open).
    opened_at: float = field(default_factory=time.monotonic)
    closed_at: Optional[float] = None


class _Fault:
    """A misbehaviour that skips the first ``after`` chances, then applies ``times`` times
    (forever when ``times`` is None)."""

    def __init__(self, action: Any, times: Optional[int] = None, after: int = 0) -> None:
        self.action = action
        self.times = times
        self.after = after

    def take(self) -> Any:
        """The action if it applies to this chance, else None."""
        if self.after > 0:
            self.after -= 1
            return None
        if self.times is not None:
            if self.times <= 0:
                return None
            self.times -= 1
        return self.action


@dataclass
class _Faults:
    sign: Optional[_Fault] = None
    sign_fetch_edit: Optional[Callable[[pb.ProtoMessageFetchResult], None]] = None
    sign_cookies: bool = True
    sign_fallback: Optional[_Fault] = None
    video_cut: Optional[_Fault] = None
    video_stalled: bool = False
    handshake: Optional[_Fault] = None
    page_without_state: bool = False
    html_instead_of_json: Optional[_Fault] = None
    slow_http: Optional[_Fault] = None
    #: Paths whose requests wait for their event (``hold_requests``).
    held: Dict[str, threading.Event] = field(default_factory=dict)
    drop_after: Optional[int] = None
    stalled: bool = False


@dataclass
class _Counters:
    likes: int = 0
    follows: int = 0
    shares: int = 0
    members: int = 0


class FakeLiveServer:
    """A local TikTok LIVE room for tests, demos and offline bot development.

    ::

        with FakeLiveServer(unique_id="creator") as server:
            client = TikTokLiveClient("@creator", app_url=server.app_url,
                                      webcast_url=server.webcast_url, sign_url=server.sign_url)
            client.start()
            server.push_comment("viewer_1", "hello")

    ``server.client_kwargs`` holds those three URLs, for ``TikTokLiveClient(..., **kwargs)``.

    Delivery follows TikTok's cursor semantics. Every push is appended to the room's log
    (the last ``history_size`` pushes are kept) under a sequence number, and every fetch
    result carries a cursor naming it. A client that signs with a cursor and opens the
    websocket with it receives what it missed, still in the log, after it enters the room,
    plus the room's last few chat messages again (as TikTok does on re-entry; clients must
    drop those duplicates). A client without a cursor starts at the first push no client
    has received yet, so events pushed before anyone connects reach the first client.
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
        session_user: str = "signed_in_viewer",
        strict: bool = True,
        sign_routes: Sequence[str] = SIGN_ROUTES,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.unique_id = unique_id.lstrip("@")
        self.live = live
        self.exists = exists
        self.age_restricted = age_restricted
        self.room_id = room_id or 7_300_000_000_000_000_000 + random.randrange(10**15)
        self.heartbeat_interval = heartbeat_interval
        self.api_key = api_key
        #: Refuse requests a real TikTok or sign server would refuse, and requests that differ
        #: from what the maintained clients send (see ``tiktoklive_sync.testing.strict``).
        self.strict = strict
        unknown_routes = set(sign_routes) - set(SIGN_ROUTES)
        if unknown_routes:
            raise ValueError(f"unknown sign routes {sorted(unknown_routes)}; known: {SIGN_ROUTES}")
        #: Which sign-server routes exist: ``"connect"`` (``/webcast/rooms/{id}/connect``) and
        #: ``"fetch"`` (``/webcast/fetch``); leave one out to play an older or newer server.
        self.sign_routes = tuple(sign_routes)
        #: How fast the live video streams: 1.0 is real time, 10.0 ten times faster, None as
        #: fast as the client reads.
        self.video_speed: Optional[float] = 1.0
        #: The live video's bit rate (bits a second), None for the sample's own (about 80
        #: kbit/s). Higher rates are reached with H.264 filler data, which every decoder skips,
        #: so a recording of a 2.5 Mbit/s HD stream still decodes to the same pictures.
        self.video_bitrate: Optional[int] = None
        #: When set, the ``Handshake-Options`` header sent on upgrades as it is (default:
        #: ``ping-interval=<heartbeat_interval>; ping-timeout=25``).
        self.handshake_options: Optional[str] = None
        #: The handle chat sent with a session id appears under (``send_room_chat``).
        self.session_user = session_user
        self.messages = MessageFactory(self.room_id)
        #: When the live began (``time.monotonic()``), for the HLS playlist's live edge.
        self._live_since = time.monotonic()
        self.requests: List[RecordedRequest] = []
        #: What strict mode refused, one sentence each ("GET /webcast/room/info/: missing ...").
        self.refusals: List[str] = []
        self.frames: List[ClientFrame] = []
        self.sessions: List[WebSocketSession] = []
        self._host, self._port = host, port
        self._server: Optional[Server] = None
        self._thread: Optional[threading.Thread] = None
        self._closing = threading.Event()
        self._changed = threading.Condition()
        self._log: Deque[Tuple[int, List[pb.BaseProtoMessage]]] = collections.deque(maxlen=history_size)
        self._seq = 0
        self._delivered = 0
        self._resume_cursors: set[str] = set()
        self._faults = _Faults()
        self._counters = _Counters()
        #: Per websocket cookie (ttwid) handed out: its signed route params, and whether the
        #: signing was authenticated (session cookies may then go on the websocket).
        self._issued: Dict[str, Tuple[Dict[str, str], bool]] = {}
        #: Other creators served on the same port (``add_room``), by handle and by room id;
        #: ``_served_by`` is the server a room is served by (None: this one listens itself).
        self._rooms: Dict[str, FakeLiveServer] = {}
        self._rooms_by_id: Dict[str, FakeLiveServer] = {}
        self._served_by: Optional[FakeLiveServer] = None

    # -- more creators on one server ----------------------------------------------------

    def add_room(
        self, unique_id: str, *, live: bool = True, exists: bool = True, room_id: Optional[int] = None
    ) -> FakeLiveServer:
        """Another creator served on this server's port (same URLs), for watching many::

            with FakeLiveServer("alice") as server:
                bob = server.add_room("bob", live=False)
                ...
                bob.live = True; bob.push_comment("fan", "hi"); bob.end_live()

        The room is a FakeLiveServer of its own (push to it, fault it, read its ``sessions``)
        that this one serves: requests go to the room they name (by handle or room id), the
        sign server is this one's (its sign faults, such as ``rate_limit_sign``, hold for every
        room), ``check_alive`` answers for every room at once. Rooms stop with this server.
        """
        handle = unique_id.lstrip("@")
        if handle == self.unique_id or handle in self._rooms:
            raise ValueError(f"@{handle} already has a room on this server")
        room = FakeLiveServer(
            handle,
            live=live,
            exists=exists,
            room_id=room_id,
            heartbeat_interval=self.heartbeat_interval,
            api_key=self.api_key,
            session_user=self.session_user,
            strict=self.strict,
            sign_routes=self.sign_routes,
        )
        room._served_by = self
        room.video_speed = self.video_speed
        room.video_bitrate = self.video_bitrate
        with self._changed:
            self._rooms[handle] = room
            self._rooms_by_id[str(room.room_id)] = room
        return room

    @property
    def rooms(self) -> List[FakeLiveServer]:
        """This server's own room first, then those ``add_room`` made."""
        return [self, *self._rooms.values()]

    def _room_named(self, handle: str) -> FakeLiveServer:
        return self._rooms.get(handle.lstrip("@"), self)

    def _room_numbered(self, room_id: str) -> FakeLiveServer:
        return self._rooms_by_id.get(room_id, self)

    def _room_for(self, path: str, params: Dict[str, str]) -> FakeLiveServer:
        """Which room a request is about (this one when it names none of the others)."""
        if not self._rooms:
            return self
        if path.startswith("/@"):
            name = path[2:].split("/", 1)[0]
            if name.isdigit():
                for room in self._rooms.values():
                    if str(room.messages.user(room.unique_id).id) == name:
                        return room
            return self._room_named(name)
        if path == "/api-live/user/room/":
            return self._room_named(params.get("uniqueId", ""))
        if path in ("/webcast/room/info/", PUSH_PATH):
            return self._room_numbered(params.get("room_id", ""))
        return self

    # -- lifetime -----------------------------------------------------------------------

    def start(self) -> FakeLiveServer:
        """Listen on the loopback port and serve in a background thread."""
        if self._served_by is not None:
            raise RuntimeError(f"@{self.unique_id}'s room is served by its host server: start that one")
        if self._server is not None:
            return self
        self._closing.clear()
        self._server = serve(
            self._handle_websocket,
            self._host,
            self._port,
            process_request=self._process_request,
            process_response=self._process_response,
            compression=None,
            ping_interval=None,
            close_timeout=1,  # a local server need not wait long for a client's close reply
            max_size=4 * 1024 * 1024,
            server_header="nginx",
            logger=_QuietSafetyNet(_websockets_logger, {}),
        )
        self._port = self._server.socket.getsockname()[1]
        self._route_posts(self._server)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=f"fake-tiktok-{self._port}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every connection and stop serving."""
        server, self._server = self._server, None
        if server is None:
            return
        for room in self.rooms:
            room._closing.set()
            for session in list(room.sessions):
                session.connection.close()
        server.shutdown()
        if self._thread is not None:
            self._thread.join(5)

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
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (RuntimeError before ``start()`` chose the port)."""
        if self._served_by is not None:
            return self._served_by.base_url
        if not self._port:
            raise RuntimeError("start the FakeLiveServer first: its port is chosen when it starts")
        return f"http://{self._host}:{self._port}"

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
        return f"ws{self.base_url[4:]}{PUSH_PATH}"

    @property
    def client_kwargs(self) -> Dict[str, Any]:
        """``app_url``, ``webcast_url`` and ``sign_url`` for ``TikTokLiveClient(**...)``."""
        return {"app_url": self.app_url, "webcast_url": self.webcast_url, "sign_url": self.sign_url}

    # -- what clients see: pushing events ----------------------------------------------

    def push_comment(self, user: UserLike, text: str) -> pb.WebcastChatMessage:
        """A viewer writes ``text`` in the chat."""
        return self._push(self.messages.chat(user, text))

    def push_gift(
        self,
        user: UserLike,
        gift_id: int = 5655,
        *,
        repeat_count: int = 1,
        repeat_end: Optional[int] = None,
        group_id: int = 0,
    ) -> pb.WebcastGiftMessage:
        """A gift from the catalogue (name, price and image filled in, as TikTok does).

        A streak is pushed tap by tap with ``repeat_end=0`` and ended with ``repeat_end=1``
        and the whole count. The same user sending the same gift continues their open streak;
        ``group_id`` (TikTok's id of a streak) is only needed to run two streaks of one user
        and gift at once.
        """
        message = self.messages.gift(
            user, gift_id, repeat_count=repeat_count, repeat_end=repeat_end, group_id=group_id
        )
        return self._push(message)

    def push_like(
        self, user: UserLike, count: int = 1, *, total: Optional[int] = None
    ) -> pb.WebcastLikeMessage:
        """``count`` likes (TikTok caps a message at 15); ``total`` is the room's running
        total (default: the previous total plus ``count``)."""
        self._counters.likes = self._counters.likes + count if total is None else total
        return self._push(self.messages.like(user, min(count, 15), self._counters.likes))

    def push_join(self, user: UserLike) -> pb.WebcastMemberMessage:
        """A viewer joins the room."""
        self._counters.members += 1
        return self._push(self.messages.join(user, self._counters.members))

    def push_follow(self, user: UserLike) -> pb.WebcastSocialMessage:
        """A viewer follows the creator."""
        self._counters.follows += 1
        return self._push(self.messages.social(user, "follow", self._counters.follows))

    def push_share(self, user: UserLike) -> pb.WebcastSocialMessage:
        """A viewer shares the live."""
        self._counters.shares += 1
        return self._push(self.messages.social(user, "share", self._counters.shares))

    def push_viewer_count(self, total: int) -> pb.WebcastRoomUserSeqMessage:
        """TikTok's periodic viewer count: ``total`` watching now."""
        return self._push(self.messages.viewers(total, max(total, self._counters.members)))

    def push_control(self, action: int) -> pb.WebcastControlMessage:
        """A control message: 1 paused, 2 unpaused, 3 ended, 4 ended by TikTok."""
        if action in (3, 4):
            self.live = False
        return self._push(self.messages.control(action))

    def end_live(self) -> pb.WebcastControlMessage:
        """The creator ends the live: a control message with action 3; the room goes offline."""
        return self.push_control(CONTROL_ENDED)

    def push_sample(self, method: str, seed: Optional[int] = None, **fields: Any) -> Message:
        """Push a realistic message of any type (see ``MessageFactory.sample``)."""
        return self._push(self.messages.sample(method, seed, **fields))

    def push_raw(self, method: str, payload: bytes) -> None:
        """Any message: ``method`` (e.g. ``"WebcastChatMessage"``) and its raw payload bytes."""
        self._deliver([self._wrap(method, payload)])

    def push_messages(self, messages: Sequence[Message]) -> None:
        """Several messages in one fetch result (one websocket frame), as TikTok batches them.

        URLs of TikTok's CDN in them (avatars, badges, gift images...) are pointed at this
        server, which serves them, so a bot can download what it is handed (the messages
        are changed in place)."""
        served = [cdn.serve_urls(message, self.base_url) for message in messages]
        self._deliver([self._wrap(type(m).DESCRIPTOR.name, m.SerializeToString()) for m in served])

    def play_recording(
        self, path: Union[str, Path], *, speed: Optional[float] = 1.0, timeout: float = 30.0
    ) -> int:
        """Play a recording (see :mod:`tiktoklive_sync.record_replay`) to the room; returns how
        many messages were pushed.

        Waits (up to ``timeout`` s) for a client to enter, then pushes the recorded messages
        with their original spacing divided by ``speed`` (``None``: as fast as possible),
        through the usual delivery (cursors, acks, gzip), so a bot's client code runs
        unchanged against a real session.
        """
        self.wait_for_clients(1, timeout)
        pushed, first_t, started = 0, None, time.monotonic()
        for record in read_recording(path):
            result = self._recorded_result(record)
            if result is None or not result.messages:
                continue
            first_t = record.t if first_t is None else first_t
            if speed:
                delay = started + (record.t - first_t) / speed - time.monotonic()
                if delay > 0 and self._closing.wait(delay):
                    break
            self._deliver(list(result.messages))
            pushed += len(result.messages)
        return pushed

    @staticmethod
    def _recorded_result(record: Record) -> Optional[pb.ProtoMessageFetchResult]:
        try:
            if record.kind == "initial":
                return pb.ProtoMessageFetchResult.FromString(record.data)
            frame = pb.WebcastPushFrame.FromString(record.data)
            return decode_fetch_result(frame) if frame.payload_type == "msg" else None
        except (DecodeError, FrameError) as exc:
            logger.warning("skipping a recorded %s that does not parse: %s", record.kind, exc)
            return None

    def send_raw_frame(self, data: bytes, *, text: bool = False) -> None:
        """Send ``data`` as it is to every client in the room (garbage, truncated frames…)."""
        for session in self._entered_sessions():
            with contextlib.suppress(ConnectionClosed):  # the client may hang up mid-frame
                session.connection.send(data.decode("utf-8", "replace") if text else data)

    def _push(self, message: M) -> M:
        self.push_messages([message])
        return message

    def _wrap(self, method: str, payload: bytes) -> pb.BaseProtoMessage:
        """The message as TikTok frames it, its ``msg_id`` copied from its common header."""
        msg_id = 0
        event_type = EVENT_TYPES.get(canonical_method(method))
        if event_type is not None:
            probe = event_type.proto_type()
            try:
                probe.ParseFromString(payload)
                msg_id = probe.common.msg_id  # type: ignore[attr-defined]
            except (DecodeError, AttributeError):
                msg_id = 0
        return pb.BaseProtoMessage(method=method, payload=payload, msg_id=msg_id)

    def _deliver(self, messages: List[pb.BaseProtoMessage]) -> None:
        # Under the lock, so a push never overtakes the backlog sent on entering the room.
        with self._changed:
            self._seq += 1
            self._log.append((self._seq, messages))
            if self._faults.stalled:
                return
            for session in self._entered_sessions():
                self._send_result(session, messages, self._seq)

    # -- what clients see: connection control ---------------------------------------------

    def close_connections(self, code: int = 1000, reason: str = "") -> None:
        """Close every websocket with a close frame (a clean end, as TikTok's is)."""
        for session in list(self.sessions):
            session.connection.close(code, reason)

    def drop_connections(self) -> None:
        """Cut every websocket's TCP connection without a close frame (a network drop)."""
        for session in list(self.sessions):
            _cut(session)

    # -- misbehaving ----------------------------------------------------------------------
    #
    # Faults last until clear_faults(). Those taking ``times`` and ``after`` skip the first
    # ``after`` chances, then apply ``times`` times (None: every time).

    def rate_limit_sign(
        self,
        retry_after: int = 30,
        *,
        style: str = "retry-after",
        times: Optional[int] = None,
        after: int = 0,
        headers: Optional[Dict[str, str]] = None,
    ) -> None:
        """Answer sign calls with 429. ``style`` picks the headers a server version sends:
        ``"retry-after"`` (Retry-After seconds), ``"reset"`` (RateLimit-Reset unix time) or
        ``"x-reset"`` (X-RateLimit-Reset unix time); ``headers`` replaces them all (for
        answers no well-behaved server gives)."""
        if style not in ("retry-after", "reset", "x-reset"):
            raise ValueError(f"unknown rate limit style {style!r}")

        def answer() -> Response:
            reset = int(time.time()) + retry_after
            sent = {"RateLimit-Remaining": "0", "RateLimit-Limit": "10"}
            if style == "retry-after":
                sent["Retry-After"] = str(retry_after)
            elif style == "reset":
                sent["RateLimit-Reset"] = str(reset)
            else:
                sent["X-RateLimit-Reset"] = str(reset)
            body = {"message": "Too many requests, slow down.", "limit_label": "sign_day_limit"}
            return _json_response(429, body, sent if headers is None else headers)

        self._faults.sign = _Fault(answer, times, after)

    def fail_sign(
        self, status: int = 500, body: Any = None, *, times: Optional[int] = None, after: int = 0
    ) -> None:
        """Answer sign calls with ``status`` and ``body`` (JSON for dicts, else text)."""
        if body is None:
            body = {"code": status, "message": f"sign server error {status}"}

        def answer() -> Response:
            if isinstance(body, dict):
                return _json_response(status, body)
            return _response(status, str(body).encode())

        self._faults.sign = _Fault(answer, times, after)

    def sign_empty_body(self) -> None:
        """Answer sign calls with 200 and no body (the sign server got nothing from TikTok)."""
        self._faults.sign = _Fault(lambda: _response(200, b"", content_type="application/x-protobuf"))

    def cut_video(self, after_bytes: int, *, times: Optional[int] = None) -> None:
        """End each live video stream (no more bytes, connection closed) after ``after_bytes``."""
        self._faults.video_cut = _Fault(after_bytes, times)

    def stall_video(self) -> None:
        """Keep live video streams open but send nothing more."""
        self._faults.video_stalled = True

    def sign_fallback_stub(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer sign calls the way the sign service does while degraded: 200 with a tiny
        fetch result whose push server (``ws-fallback.eulerstream.com``) never upgrades."""
        self._faults.sign_fallback = _Fault(True, times, after)

    def sign_without_cookies(self) -> None:
        """Answer sign calls without the X-Set-TT-Cookie header."""
        self._faults.sign_cookies = False

    def sign_without(self, field_name: str) -> None:
        """Leave ``"cursor"``, ``"push_server"`` or ``"route_params"`` out of the fetch result."""
        if field_name not in ("cursor", "push_server", "route_params"):
            raise ValueError(f"cannot leave out {field_name!r}")
        self.edit_sign_result(lambda result: result.ClearField(field_name))

    def edit_sign_result(self, edit: Callable[[pb.ProtoMessageFetchResult], None]) -> None:
        """Let ``edit`` change every fetch result the sign server hands out (route params,
        push server...) before it is sent."""
        self._faults.sign_fetch_edit = edit

    def refuse_handshake(
        self,
        status: int = 200,
        message: str = "blocked by risk control",
        *,
        times: Optional[int] = None,
        after: int = 0,
    ) -> None:
        """Answer websocket upgrades with ``status`` (not 101) and a ``Handshake-Msg``."""
        self._faults.handshake = _Fault((status, message), times, after)

    def slow_http(self, seconds: float, *, times: Optional[int] = None, after: int = 0) -> None:
        """Hold HTTP answers (not websocket upgrades) for ``seconds`` before sending them."""
        self._faults.slow_http = _Fault(seconds, times, after)

    def hold_requests(self, path: str) -> threading.Event:
        """Hold every HTTP request whose path ends with ``path`` until the returned event is
        set (or the faults are cleared, or the server stops): to see what a client does while
        its call is in flight, whatever the machine's speed."""
        gate = threading.Event()
        with self._changed:
            self._faults.held[path] = gate
        return gate

    def drop_after(self, frames: int) -> None:
        """Cut each websocket (no close frame) once it has been sent ``frames`` msg frames."""
        self._faults.drop_after = frames

    def stall(self) -> None:
        """Go silent: keep sockets open but send nothing (pushes are still logged)."""
        with self._changed:
            self._faults.stalled = True

    def answer_with_html(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer TikTok's JSON endpoints with an HTML page (as TikTok's captcha wall does)."""
        self._faults.html_instead_of_json = _Fault(True, times, after)

    def hide_live_page_state(self) -> None:
        """Serve live pages without SIGI_STATE (as when TikTok shows a captcha page)."""
        self._faults.page_without_state = True

    def clear_faults(self) -> None:
        """Behave again."""
        with self._changed:
            held, self._faults = self._faults.held, _Faults()
        for gate in held.values():
            gate.set()

    # -- what clients sent ----------------------------------------------------------------

    def requests_to(self, path: str) -> List[RecordedRequest]:
        """Recorded HTTP requests whose path ends with ``path``."""
        with self._changed:
            return [request for request in self.requests if request.path.endswith(path)]

    def sign_requests(self) -> List[RecordedRequest]:
        """Recorded calls to the sign server's connect routes (either one)."""
        with self._changed:
            return [r for r in self.requests if r.path == "/webcast/fetch" or _CONNECT_PATH.match(r.path)]

    def frames_of(self, payload_type: str) -> List[ClientFrame]:
        """Recorded client frames of one type, in arrival order."""
        with self._changed:
            return [frame for frame in self.frames if frame.payload_type == payload_type]

    def wait_for_frames(self, payload_type: str, count: int = 1, timeout: float = 10.0) -> List[ClientFrame]:
        """Block until clients sent ``count`` frames of ``payload_type``; TimeoutError if not."""
        return self._wait(lambda: self.frames_of(payload_type), count, timeout, f"{payload_type} frames")

    def wait_for_requests(self, path: str, count: int = 1, timeout: float = 10.0) -> List[RecordedRequest]:
        """Block until ``count`` HTTP requests whose path ends with ``path`` arrived."""
        return self._wait(lambda: self.requests_to(path), count, timeout, f"requests to {path}")

    def wait_for_clients(self, count: int = 1, timeout: float = 10.0) -> List[WebSocketSession]:
        """Block until ``count`` clients are in the room; TimeoutError if not."""
        return self._wait(self._entered_sessions, count, timeout, "clients in the room")

    def wait_for_sessions(self, count: int, timeout: float = 10.0) -> List[WebSocketSession]:
        """Block until ``count`` websocket sessions were opened in all; TimeoutError if not."""
        return self._wait(lambda: list(self.sessions), count, timeout, "websocket sessions")

    def wait_for_disconnects(self, count: int = 1, timeout: float = 10.0) -> None:
        """Block until ``count`` websocket sessions have closed; TimeoutError if not."""
        self._wait(self._closed_sessions, count, timeout, "closed websockets")

    def _wait(self, read: Callable[[], List[Any]], count: int, timeout: float, what: str) -> List[Any]:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = read()
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"waited {timeout} s for {count} {what}, saw {len(found)}")
                self._changed.wait(remaining)

    def _entered_sessions(self) -> List[WebSocketSession]:
        with self._changed:
            return [s for s in self.sessions if s.entered and s.connection.state.name == "OPEN"]

    def _closed_sessions(self) -> List[WebSocketSession]:
        with self._changed:
            return [s for s in self.sessions if s.connection.state.name == "CLOSED"]

    def _notify(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _refused(self, what: str) -> None:
        """Strict mode refused a request: logged, and kept in ``refusals``."""
        logger.warning("refusing %s", what)
        with self._changed:
            self.refusals.append(what)

    # -- cursors --------------------------------------------------------------------------

    def _cursor(self, seq: int) -> str:
        return f"t-{int(time.time() * 1000)}_r-{seq}_d-1_u-1_h-{self.room_id % 10**6}"

    def _start_position(self, cursor: str) -> Optional[int]:
        """The log position a cursor names, or None when it is not one of ours."""
        for part in cursor.split("_"):
            if part.startswith("r-") and part[2:].isdigit():
                return min(int(part[2:]), self._seq)
        return None

    # -- HTTP -----------------------------------------------------------------------------

    def _process_request(self, connection: ServerConnection, request: Request) -> Optional[Response]:
        parts = urlsplit(request.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        headers = {name: value for name, value in request.headers.raw_items()}
        with self._changed:
            self.requests.append(RecordedRequest(parts.path, params, headers, parts.query))
            self._changed.notify_all()
        room = self._room_for(parts.path, params)
        if room is not self:
            return room._process_request(connection, request)
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return self._check_upgrade(parts.path, params, request)
        for held, gate in list(self._faults.held.items()):
            while parts.path.endswith(held) and not gate.is_set() and not self._closing.wait(0.05):
                pass
        slow = self._faults.slow_http.take() if self._faults.slow_http else None
        if slow:
            self._closing.wait(slow)
        route = self._route(parts.path)
        if route is None:
            return _json_response(404, {"status_code": 404, "message": "not found"})
        problem = self._strict_problem(parts.path, params, headers)
        if problem is not None:
            self._refused(f"GET {parts.path}: {problem}")
            return _json_response(400, {"status_code": 400, "message": f"strict: {problem}"})
        html_fault = self._faults.html_instead_of_json
        if parts.path in _JSON_PATHS and html_fault is not None and html_fault.take():
            page = b"<!DOCTYPE html><html><body><div id='captcha'>Verify to continue</div></body></html>"
            return _response(200, page, content_type="text/html; charset=utf-8")
        return route(params, request)

    def _strict_problem(self, path: str, params: Dict[str, str], headers: Dict[str, str]) -> Optional[str]:
        if not self.strict:
            return None
        if path in _JSON_PATHS:
            return check_http_request(params, headers)
        if path in _SIGN_PATHS or _CONNECT_PATH.match(path):
            return check_sign_request(headers)
        return None

    def _route(self, path: str) -> Optional[Callable[[Dict[str, str], Request], Response]]:
        connect = _CONNECT_PATH.match(path)
        if connect is not None:
            if "connect" not in self.sign_routes:
                return None
            room_id = connect.group("room_id")
            return lambda params, request: self._sign_fetch({**params, "room_id": room_id}, request)
        if path == "/webcast/fetch" and "fetch" not in self.sign_routes:
            return None
        if path.startswith("/@") and (path[2:].isdigit() or path[2:] == self.unique_id):
            return self._profile_page
        if path.startswith(f"{cdn.CDN_PATH}/"):
            return self._cdn
        return self._routes().get(path)

    def _routes(self) -> Dict[str, Callable[[Dict[str, str], Request], Response]]:
        return {
            f"/@{self.unique_id}/live": self._live_page,
            "/api-live/user/room/": self._room_api,
            "/webcast/room/check_alive/": self._check_alive,
            "/webcast/room/info/": self._room_info,
            "/webcast/gift/list/": self._gift_list,
            "/webcast/fetch": self._sign_fetch,
            "/webcast/rate_limits": self._sign_rate_limits,
        }

    def _live_page(self, params: Dict[str, str], request: Request) -> Response:
        state: Dict[str, Any] = {"AppContext": {"appContext": {"language": "en"}}}
        if self.exists:
            state["LiveRoom"] = {"liveRoomUserInfo": self._room_user_info()}
        script = ""
        if not self._faults.page_without_state:
            script = (
                '<script id="SIGI_STATE" type="application/json">'
                f"{html.escape(json.dumps(state), quote=False)}</script>"
            )
        page = (
            f"<!DOCTYPE html><html><head><title>@{self.unique_id} LIVE | TikTok</title></head>"
            f'<body><div id="app"></div>{script}</body></html>'
        )
        return _response(200, page.encode("utf-8"), content_type="text/html; charset=utf-8")

    @property
    def _room_status(self) -> int:
        return ROOM_STATUS_LIVE if self.live else ROOM_STATUS_OFFLINE

    def _room_user_info(self) -> Dict[str, Any]:
        """The creator and their room, as the live page and the room API both describe them."""
        user = self.messages.user(self.unique_id)
        return {
            "user": {
                "id": str(user.id),
                "uniqueId": self.unique_id,
                "nickname": user.nickname,
                "roomId": str(self.room_id),
                "status": self._room_status,
            },
            "liveRoom": {"status": self._room_status, "title": f"{self.unique_id} is live"},
        }

    def _room_api(self, params: Dict[str, str], request: Request) -> Response:
        if params.get("uniqueId", "").lstrip("@") != self.unique_id or not self.exists:
            return _json_response(200, {"data": {}, "message": "user_not_found", "statusCode": 19881007})
        body = {"data": self._room_user_info(), "message": "", "statusCode": 0}
        return _json_response(200, body)

    def _check_alive(self, params: Dict[str, str], request: Request) -> Response:
        rooms = [room for room in params.get("room_ids", "").split(",") if room.isdigit()]
        owners = [self._room_numbered(room) for room in rooms]
        data = [
            {"alive": owner.live and room == str(owner.room_id), "room_id": int(room), "room_id_str": room}
            for room, owner in zip(rooms, owners)
        ]
        body = {"data": data, "extra": {"now": int(time.time() * 1000)}, "status_code": 0}
        return _json_response(200, body)

    def _room_info(self, params: Dict[str, str], request: Request) -> Response:
        if params.get("room_id") != str(self.room_id):
            return _json_response(200, {"data": {"message": "room not found"}, "status_code": 30003})
        if self.age_restricted and "sessionid=" not in request.headers.get("Cookie", ""):
            prompts = "This LIVE isn't available to users under 18."
            return _json_response(200, {"data": {"prompts": prompts}, "status_code": 0})
        owner = self.messages.user(self.unique_id)
        data = {
            "id": self.room_id,
            "id_str": str(self.room_id),
            "status": self._room_status,
            "title": f"{self.unique_id} is live",
            "owner": {
                "id": owner.id,
                "id_str": str(owner.id),
                "display_id": self.unique_id,
                "nickname": owner.nickname,
                "avatar_thumb": {"url_list": [self._avatar_url(100)]},
            },
            "cover": {"url_list": [f"{CDN}/obj/live-cover/{self.room_id}~tplv-obj.image"]},
            "stats": {"total_user": self._counters.members, "like_count": self._counters.likes},
            "stream_url": self._stream_urls(),
            "user_count": self._counters.members,
        }
        return _served_json(200, {"data": data, "status_code": 0}, self.base_url)

    def _stream_urls(self) -> Dict[str, Any]:
        """The pull URLs TikTok's room info lists, per quality: FLV and HLS, and the same in
        ``live_core_sdk_data`` (what TikTok's web player and TikTokLive's recorder read)."""
        base = f"{self.base_url}/stream/{self.room_id}"
        flv = {name: f"{base}.flv?quality={name}" for name in VIDEO_QUALITIES}
        hls = {name: f"{base}.m3u8?quality={name}" for name in VIDEO_QUALITIES}
        sdk = {"pull_data": {"stream_data": cdn.stream_data(flv, hls), "options": {"default_quality": "hd"}}}
        return {
            "flv_pull_url": flv,
            "hls_pull_url": hls["HD1"],
            "hls_pull_url_map": hls,
            "default_resolution": "HD1",
            "live_core_sdk_data": sdk,
        }

    def _gift_list(self, params: Dict[str, str], request: Request) -> Response:
        gifts = [gift.to_json() for gift in GIFTS.values()]
        return _served_json(200, {"data": {"gifts": gifts}, "status_code": 0}, self.base_url)

    def _sign_fetch(self, params: Dict[str, str], request: Request) -> Response:
        response = self._sign_answer(params, request)
        # The sign service tags every answer with ids to quote in support requests.
        response.headers["X-Request-Id"] = str(random.randrange(10**12, 10**13))
        response.headers["X-Agent-Id"] = "fake-agent"
        if response.status_code == 200:
            response.headers["X-Room-Id"] = params.get("room_id", "")
        return response

    def _sign_rate_limits(self, params: Dict[str, str], request: Request) -> Response:
        if self.api_key is not None and request.headers.get("X-Api-Key") != self.api_key:
            return _json_response(401, {"code": 401, "message": "Invalid or missing API key."})
        limits = {"minute": {"max": 60, "remaining": 59}, "hour": {"max": 1000, "remaining": 999}}
        return _json_response(200, {"code": 200, "day": {"max": 10000, "remaining": 9999}, **limits})

    def _sign_answer(self, params: Dict[str, str], request: Request) -> Response:
        if self.api_key is not None and request.headers.get("X-Api-Key") != self.api_key:
            return _json_response(401, {"code": 401, "message": "Invalid or missing API key."})
        fault = self._faults.sign.take() if self._faults.sign else None
        if fault is not None:
            return fault()  # type: ignore[no-any-return]
        return self._room_numbered(params.get("room_id", ""))._signed_answer(params, request)

    def _signed_answer(self, params: Dict[str, str], request: Request) -> Response:
        """The sign server's answer for this room (faults and key already checked)."""
        if params.get("room_id") != str(self.room_id):
            return _json_response(400, {"code": 400, "message": "room_id is missing or unknown"})
        session = parse_cookies(request.headers.get("x-cookie-header", "")).get("sessionid") or params.get(
            "session_id"
        )
        if params.get("platform") == "mobile" and not session:
            return _json_response(400, {"code": 400, "message": "the mobile platform needs a session"})
        stub = self._faults.sign_fallback.take() if self._faults.sign_fallback else None
        result = self._fallback_result() if stub else self._signed_result(params.get("cursor", ""))
        if self._faults.sign_fetch_edit is not None:
            self._faults.sign_fetch_edit(result)
        headers = {}
        if self._faults.sign_cookies:
            ttwid = secrets.token_urlsafe(24)
            with self._changed:
                self._issued[ttwid] = (dict(result.route_params), bool(session))
            headers["X-Set-TT-Cookie"] = f"ttwid={ttwid}; tt_csrf_token={secrets.token_hex(8)}; msToken=x"
        return _response(200, result.SerializeToString(), headers, content_type="application/x-protobuf")

    def _signed_result(self, cursor: str) -> pb.ProtoMessageFetchResult:
        with self._changed:
            position = self._start_position(cursor)
            resumed = position is not None
            if position is None:
                position = self._delivered
            position = max(position, self._log[0][0] - 1 if self._log else self._seq)
            cursor = self._cursor(position)
            if resumed:
                self._resume_cursors.add(cursor)
        now = int(time.time() * 1000)
        result = pb.ProtoMessageFetchResult(
            cursor=cursor,
            fetch_interval=1000,
            now=now,
            internal_ext=f"fetch_time:{now}|start_time:0|wss_info:0-{now}-0-0|next_cursor:{cursor}",
            fetch_type=1,
            heartbeat_duration=int(self.heartbeat_interval * 1000),
            push_server=self.push_server,
            is_first=True,
        )
        result.route_params.update({"imprp": secrets.token_hex(8), "wrss": secrets.token_urlsafe(16)})
        result.messages.append(self._wrap_message(self.messages.viewers(1 + self._counters.members, 1)))
        return result

    def _fallback_result(self) -> pb.ProtoMessageFetchResult:
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

    def _profile_page(self, params: Dict[str, str], request: Request) -> Response:
        """``/@<handle>`` or ``/@<numeric id>``: the creator's profile page, naming their
        handle and avatar."""
        user = self.messages.user(self.unique_id)
        scope: Dict[str, Any] = {}
        if self.exists and request.path.split("?")[0] in (f"/@{user.id}", f"/@{self.unique_id}"):
            avatar = cdn.serve_urls_in_text(self._avatar_url(1080), self.base_url)
            scope["webapp.user-detail"] = {
                "userInfo": {"user": {"id": str(user.id), "uniqueId": self.unique_id, "avatarLarger": avatar}}
            }
        data = {"__DEFAULT_SCOPE__": scope}
        page = (
            '<!DOCTYPE html><html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" '
            f'type="application/json">{html.escape(json.dumps(data), quote=False)}</script></body></html>'
        )
        return _response(200, page.encode("utf-8"), content_type="text/html; charset=utf-8")

    def _avatar_url(self, size: int) -> str:
        """The creator's avatar on TikTok's CDN, at ``size`` pixels."""
        user = self.messages.user(self.unique_id)
        return f"{CDN}/tos-maliva-avt-0068/{user.id}~tplv-tiktokx-cropcenter:{size}:{size}.webp"

    def _cdn(self, params: Dict[str, str], request: Request) -> Response:
        """What TikTok's CDN serves: images, pages (every URL this server hands out)."""
        content_type, body = cdn.answer(urlsplit(request.path).path) or ("text/plain", b"")
        return _response(200, body, {"Cache-Control": "max-age=86400"}, content_type=content_type)

    def _serve_stream(self, handler: _StreamHandler) -> None:
        """A live video request: the FLV pull stream, or the HLS playlist and segments."""
        parts = urlsplit(handler.path)
        room = self._room_numbered(parts.path[len("/stream/") :].split("/", 1)[0].split(".", 1)[0])
        if room is not self:
            room._serve_stream(handler)
            return
        with self._changed:
            recorded = RecordedRequest(parts.path, dict(parse_qsl(parts.query)), dict(handler.headers))
            self.requests.append(recorded)
            self._changed.notify_all()
        if not self.live:
            handler.send_error(404, "stream not found")
            return
        hls = self._hls_answer(parts.path, parts.query)
        if hls is not None:
            content_type, body = hls
            handler.send_response(200)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            with contextlib.suppress(OSError):
                handler.wfile.write(body)
            return
        if parts.path != f"/stream/{self.room_id}.flv":
            handler.send_error(404, "stream not found")
            return
        self._stream_flv(handler)

    def _stream_flv(self, handler: _StreamHandler) -> None:
        """Stream the sample video as a live FLV pull stream: looped with growing timestamps,
        paced by them (``video_speed`` times real time; None: as fast as the client reads),
        until the live ends, the server stops or a fault cuts it."""
        handler.send_response(200)
        handler.send_header("Content-Type", "video/x-flv")
        handler.send_header("Connection", "close")
        handler.end_headers()
        sample = SAMPLE_VIDEO.read_bytes()
        tags = [(sample[start:end], kind, stamp) for start, kind, stamp, end in iter_tags(sample)]
        loop_length = max(stamp for _, _, stamp in tags) + 67  # one frame after the last
        if self.video_bitrate:
            tags = _padded_to(tags, self.video_bitrate, len(sample), loop_length)
        cut = self._faults.video_cut.take() if self._faults.video_cut else None
        sent, started, offset = 0, time.monotonic(), 0
        try:
            handler.wfile.write(sample[: len(FLV_HEADER)])
            while self.live and not self._closing.is_set():
                for tag, kind, stamp in tags:
                    if kind == FLV_SCRIPT:
                        continue  # the file's metadata (its 8 s duration) is not a live's
                    speed = self.video_speed
                    if speed:
                        delay = started + (offset + stamp) / 1000 / speed - time.monotonic()
                        if delay > 0 and self._closing.wait(delay):
                            return
                    while self._faults.video_stalled and not self._closing.wait(0.05):
                        pass
                    if not self.live or self._closing.is_set():
                        return
                    data = with_timestamp(tag, offset + stamp)
                    if cut is not None and sent + len(data) > cut:
                        handler.wfile.write(data[: max(0, cut - sent)])  # cut mid-tag, as a drop is
                        return
                    handler.wfile.write(data)
                    sent += len(data)
                offset += loop_length
        except OSError:
            return  # the client went away

    def _hls_answer(self, path: str, query: str) -> Optional[Tuple[str, bytes]]:
        """The HLS playlist (``/stream/<room>.m3u8``) or one of its segments
        (``/stream/<room>/<n>.ts``), or None for another path."""
        if path == f"/stream/{self.room_id}.m3u8":
            segment = f"{self.base_url}/stream/{self.room_id}/{{}}.ts" + (f"?{query}" if query else "")
            playlist = cdn.hls_playlist(segment, self._live_since)
            return "application/vnd.apple.mpegurl", playlist.encode("utf-8")
        prefix = f"/stream/{self.room_id}/"
        number = path[len(prefix) : -len(".ts")] if path.startswith(prefix) and path.endswith(".ts") else ""
        if number.isdigit():
            return "video/mp2t", cdn.hls_segment(int(number))
        return None

    def _wrap_message(self, message: Message) -> pb.BaseProtoMessage:
        return self._wrap(type(message).DESCRIPTOR.name, message.SerializeToString())

    def _route_posts(self, server: Server) -> None:
        """websockets' HTTP parsing takes GET only and answers whole; the sign server's chat
        endpoint is a POST and the live video an endless answer. Each new connection is peeked
        at: POSTs and ``GET /stream/`` go to small HTTP handlers, the rest on to websockets as
        before, so everything stays on one port."""
        to_websockets = server.handler

        def route(sock: socket.socket, address: Any) -> None:
            try:
                sock.settimeout(10)
                head = sock.recv(12, socket.MSG_PEEK)
                while head.startswith(b"GET /s"[: len(head)]) and len(head) < 12:  # a split line
                    time.sleep(0.01)
                    head = sock.recv(12, socket.MSG_PEEK)
                sock.settimeout(None)
            except OSError:
                sock.close()
                return
            if head.startswith(b"POST") or head.startswith(b"GET /stream/"):
                (_PostHandler if head.startswith(b"POST") else _StreamHandler)(sock, address, self)
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            # websockets' handler also does the server's per-connection bookkeeping; after a
            # POST it only finds the connection closed.
            to_websockets(sock, address)

        server.handler = route

    def _answer_post(self, path: str, headers: Dict[str, str], body: bytes) -> Response:
        parts = urlsplit(path)
        with self._changed:
            self.requests.append(RecordedRequest(parts.path, {}, headers, parts.query, "POST", body))
            self._changed.notify_all()
        if parts.path != "/webcast/chat":
            return _json_response(404, {"status_code": 404, "message": "not found"})
        return self._sign_chat(headers, body)

    def _sign_chat(self, headers: Dict[str, str], body: bytes) -> Response:
        if self.api_key is not None and headers.get("X-Api-Key") != self.api_key:
            return _json_response(401, {"code": 401, "message": "Invalid or missing API key."})
        fault = self._faults.sign.take() if self._faults.sign else None
        if fault is not None:
            return fault()  # type: ignore[no-any-return]
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            return _json_response(400, {"code": 400, "message": "the body must be JSON"})
        if not isinstance(request, dict) or not request.get("sessionId"):
            return _json_response(401, {"code": 401, "message": "sessionId is required to chat"})
        room = self._room_numbered(str(request.get("roomId")))
        if str(request.get("roomId")) != str(room.room_id):
            return _json_response(400, {"code": 400, "message": "roomId is missing or unknown"})
        content = str(request.get("content", "")).strip()
        if not content:
            return _json_response(400, {"code": 400, "message": "content is empty"})
        sent = room.push_comment(self.session_user, content)  # TikTok shows it to everyone
        return _json_response(
            200, {"code": 200, "message": "Sent chat message", "msg_id": str(sent.common.msg_id)}
        )

    # -- websocket ------------------------------------------------------------------------

    def _check_upgrade(self, path: str, params: Dict[str, str], request: Request) -> Optional[Response]:
        if path != PUSH_PATH:
            return _json_response(404, {"status_code": 404, "message": "not found"})
        refusal = self._faults.handshake.take() if self._faults.handshake else None
        if refusal is not None:
            status, message = refusal
            return _response(status, b"", {"Handshake-Msg": message, "Handshake-Status": "-1"})
        cookies = parse_cookies(request.headers.get("Cookie", ""))
        with self._changed:
            issued = self._issued.get(cookies.get("ttwid", ""))
        if issued is None:
            return _response(200, b"", {"Handshake-Msg": "invalid ttwid", "Handshake-Status": "-2"})
        if params.get("room_id") != str(self.room_id) or "wrss" not in params:
            refusal_headers = {"Handshake-Msg": "bad room_id or route params", "Handshake-Status": "-3"}
            return _response(400, b"", refusal_headers)
        if self.strict:
            route_params, authenticated = issued
            problem = check_push_url(
                urlsplit(request.path).query, route_params, cookies, authenticated=authenticated
            )
            if problem is not None:
                self._refused(f"websocket upgrade: {problem}")
                return _response(400, b"", {"Handshake-Msg": f"strict: {problem}", "Handshake-Status": "-4"})
        return None

    def _process_response(
        self, connection: ServerConnection, request: Request, response: Response
    ) -> Optional[Response]:
        if response.status_code == 101:
            interval = f"{self.heartbeat_interval:g}"
            options = self.handshake_options or f"ping-interval={interval}; ping-timeout=25"
            response.headers["Handshake-Options"] = options
            response.headers["Handshake-Status"] = "0"
        return None

    def _handle_websocket(self, connection: ServerConnection) -> None:
        request = connection.request
        assert request is not None
        query = urlsplit(request.path).query
        params = dict(parse_qsl(query, keep_blank_values=True))
        self._room_numbered(params.get("room_id", ""))._serve_session(connection, request, query, params)

    def _serve_session(
        self, connection: ServerConnection, request: Request, query: str, params: Dict[str, str]
    ) -> None:
        """One websocket of this room, from entering to the close."""
        with self._changed:
            position = self._start_position(params.get("cursor", ""))
            session = WebSocketSession(
                index=len(self.sessions),
                params=params,
                headers={name: value for name, value in request.headers.raw_items()},
                query=query,
                connection=connection,
                compress=params.get("compress") == "gzip",
                position=self._delivered if position is None else position,
                resumed=params.get("cursor", "") in self._resume_cursors,
            )
            self.sessions.append(session)
            self._changed.notify_all()
        try:
            for data in connection:
                if isinstance(data, bytes):
                    self._on_client_frame(session, data)
        except ConnectionClosed:
            pass
        finally:
            session.closed_at = time.monotonic()
            self._notify()

    def _on_client_frame(self, session: WebSocketSession, data: bytes) -> None:
        frame = pb.WebcastPushFrame()
        try:
            frame.ParseFromString(data)
        except DecodeError:
            logger.warning("client sent a frame that is not a WebcastPushFrame (%d bytes)", len(data))
            return
        decoded: Any = None
        if frame.payload_type == "im_enter_room":
            decoded = pb.WebcastImEnterRoomMessage.FromString(frame.payload)
        elif frame.payload_type == "hb":
            decoded = pb.HeartBeatMessage.FromString(frame.payload)
        elif frame.payload_type == "ack":
            decoded = frame.payload.decode("utf-8", "replace")
        with self._changed:
            self.frames.append(ClientFrame(session.index, frame, decoded))
            if not self._faults.stalled:
                if frame.payload_type == "im_enter_room" and not session.entered:
                    self._enter(session)
                elif frame.payload_type == "hb":
                    self._send_frame(session, "hb", frame.payload)
            self._changed.notify_all()

    def _enter(self, session: WebSocketSession) -> None:
        """Confirm the entry, then send what the client missed (called under the lock)."""
        session.entered = True
        confirm = pb.ProtoMessageFetchResult(
            cursor=self._cursor(session.position), now=int(time.time() * 1000)
        )
        self._send_frame(session, "im_enter_room_resp", confirm.SerializeToString())
        if session.resumed:
            self._replay_history(session)
        for seq, messages in list(self._log):
            if seq > session.position:
                self._send_result(session, messages, seq)

    def _replay_history(self, session: WebSocketSession) -> None:
        count = int(session.params.get("history_comment_count") or HISTORY_COMMENT_COUNT)
        recent: List[pb.BaseProtoMessage] = []
        for seq, messages in reversed(self._log):
            if seq <= session.position:
                recent[:0] = [m for m in messages if m.method == "WebcastChatMessage"]
            if len(recent) >= count:
                break
        history = [
            pb.BaseProtoMessage(method=m.method, payload=m.payload, msg_id=m.msg_id, is_history=True)
            for m in recent[-count:]
        ]
        if history:
            self._send_result(session, history, session.position)

    def _send_frame(self, session: WebSocketSession, payload_type: str, payload: bytes) -> None:
        frame = pb.WebcastPushFrame(payload_encoding="pb", payload_type=payload_type, payload=payload)
        with contextlib.suppress(ConnectionClosed):
            session.connection.send(frame.SerializeToString())

    def _send_result(self, session: WebSocketSession, messages: List[pb.BaseProtoMessage], seq: int) -> None:
        now = int(time.time() * 1000)
        cursor = self._cursor(seq)
        result = pb.ProtoMessageFetchResult(
            messages=messages,
            cursor=cursor,
            fetch_interval=1000,
            now=now,
            internal_ext=f"internal_src:pushserver|wss_push_room_id:{self.room_id}|wss_push_did:0|seq:{seq}",
            fetch_type=2,
            heartbeat_duration=int(self.heartbeat_interval * 1000),
            need_ack=True,
        )
        payload = result.SerializeToString()
        frame = pb.WebcastPushFrame(
            seq_id=seq,
            log_id=random.randrange(1, 2**63),
            payload_encoding="pb",
            payload_type="msg",
        )
        if session.compress:
            payload = gzip.compress(payload, compresslevel=6)
            frame.headers.add(key="compress_type", value="gzip")
        frame.headers.add(key="im-cursor", value=cursor)
        frame.payload = payload
        try:
            session.connection.send(frame.SerializeToString())
        except ConnectionClosed:
            logger.debug("session %d closed before a push", session.index)
            return
        session.sent.append((frame.log_id, result.internal_ext))
        session.position = max(session.position, seq)
        self._delivered = max(self._delivered, seq)
        limit = self._faults.drop_after
        if limit is not None and len(session.sent) % limit == 0:
            _cut(session)


_websockets_logger = logging.getLogger(f"{__name__}.websockets")


class _QuietSafetyNet(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets' logger, with its "unexpected internal error" safety net (seen, rarely, when a
    client cuts its socket while the local server is mid-read) logged at DEBUG: a demo or a
    test must not print a server-side traceback for a client that simply went away."""

    def log(self, level: int, msg: object, *args: Any, **kwargs: Any) -> None:
        """Log as asked, but the safety net's message at DEBUG (websockets wraps this logger in
        an adapter of its own, whose ``error()`` arrives here as ``log(ERROR, ...)``)."""
        if msg == "unexpected internal error":
            level = logging.DEBUG
        super().log(level, msg, *args, **kwargs)


_websockets_logger.addFilter(RedactSecrets())  # its debug log shows request headers (cookies)

_SIGN_PATHS = ("/webcast/fetch", "/webcast/rate_limits")
_JSON_PATHS = (
    "/api-live/user/room/",
    "/webcast/room/check_alive/",
    "/webcast/room/info/",
    "/webcast/gift/list/",
)


class _StreamHandler(http.server.BaseHTTPRequestHandler):
    """Serves one live video request on a connection the fake server routed here."""

    protocol_version = "HTTP/1.0"  # the answer ends when the connection closes

    def __init__(self, sock: socket.socket, address: Any, fake: FakeLiveServer) -> None:
        self.fake = fake
        super().__init__(sock, address, None)  # type: ignore[arg-type]

    def do_GET(self) -> None:  # the name http.server calls
        self.fake._serve_stream(self)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("video %s", format % args)


class _PostHandler(http.server.BaseHTTPRequestHandler):
    """Answers one POST on a connection the fake server routed here."""

    def __init__(self, sock: socket.socket, address: Any, fake: FakeLiveServer) -> None:
        self.fake = fake
        super().__init__(sock, address, None)  # type: ignore[arg-type]

    def do_POST(self) -> None:  # the name http.server calls
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(length, 1024 * 1024))
        headers = {name: value for name, value in self.headers.items()}
        answer = self.fake._answer_post(self.path, headers, body)
        self.send_response(answer.status_code, answer.reason_phrase)
        for name, value in answer.headers.raw_items():
            if name.lower() not in ("date", "server"):
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(bytes(answer.body))

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("POST %s", format % args)


def _padded_to(
    tags: List[Tuple[bytes, int, int]], bitrate: int, size: int, loop_ms: int
) -> List[Tuple[bytes, int, int]]:
    """The sample's tags with each H.264 picture grown by a filler-data NAL unit (type 12,
    which decoders skip), so the stream carries about ``bitrate`` bits a second."""
    pictures = [tag for tag, kind, _ in tags if _is_avc_picture(tag, kind)]
    missing = bitrate * loop_ms / 8000 - size
    if missing <= 0 or not pictures:
        return tags
    extra = int(missing / len(pictures))
    padded = []
    filler = (extra - 4).to_bytes(4, "big") + b"\x0c" + b"\xff" * (extra - 6) + b"\x80"
    for tag, kind, stamp in tags:
        if not (_is_avc_picture(tag, kind) and extra > 6):
            padded.append((tag, kind, stamp))
            continue
        body = tag[11:-4] + filler  # the sample's NAL units carry 4-byte lengths
        head = tag[:1] + len(body).to_bytes(3, "big") + tag[4:11]
        padded.append((head + body + (len(body) + 11).to_bytes(4, "big"), kind, stamp))
    return padded


def _is_avc_picture(tag: bytes, kind: int) -> bool:
    """A video tag carrying H.264 NAL units (not the codec configuration)."""
    return kind == 9 and len(tag) > 16 and tag[11] & 0x0F == 7 and tag[12] == 1


def _cut(session: WebSocketSession) -> None:
    """End a websocket's TCP connection without a close frame."""
    with contextlib.suppress(OSError):
        session.connection.socket.shutdown(socket.SHUT_RDWR)


def _response(
    status: int,
    body: bytes,
    headers: Optional[Dict[str, str]] = None,
    *,
    content_type: str = "text/plain; charset=utf-8",
) -> Response:
    all_headers = Headers()
    all_headers["Date"] = formatdate(usegmt=True)
    all_headers["Content-Type"] = content_type
    all_headers["Content-Length"] = str(len(body))
    all_headers["Connection"] = "close"
    for name, value in (headers or {}).items():
        all_headers[name] = value
    reason = _REASONS.get(status, "Unknown")
    return Response(status, reason, all_headers, body)


def _json_response(status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> Response:
    return _response(status, json.dumps(body).encode("utf-8"), headers, content_type="application/json")


def _served_json(status: int, body: Any, base_url: str) -> Response:
    """A JSON answer whose CDN URLs point at the server that serves them."""
    text = cdn.serve_urls_in_text(json.dumps(body), base_url)
    return _response(status, text.encode("utf-8"), content_type="application/json")


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
