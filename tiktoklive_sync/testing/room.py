"""One creator's live on the local TikTok: its state, its log of pushes and cursors, its
websockets, what its clients sent, and its faults.

Delivery follows TikTok's cursor semantics. Every push is appended to the room's log (the
last ``history_size`` pushes are kept) under a sequence number, and every fetch result
carries a cursor naming it. A client that signs with a cursor and opens the websocket with it
receives what it missed, still in the log, after it enters the room, plus the room's last few
chat messages again (as TikTok does on re-entry; clients must drop those duplicates). A client
without a cursor starts at the first push no client has received yet, so events pushed before
anyone connects reach the first client.
"""

from __future__ import annotations

import collections
import contextlib
import gzip
import logging
import random
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Deque, Dict, List, Optional, Sequence, Tuple, TypeVar, Union

from google.protobuf.message import DecodeError, Message

from .._transport.frames import FrameError, decode_fetch_result
from ..events import EVENT_TYPES, canonical_method
from ..proto import webcast_pb2 as pb
from ..record_replay import Record, read_recording
from .content import MessageFactory, UserLike
from .faults import RoomFaults
from .routes.cdn import serve_urls
from .serving import ConnectionClosed, Request, WebSocket
from .traffic import ClientFrame, RecordedRequest, Traffic, WebSocketSession

if TYPE_CHECKING:
    from .server import FakeLiveServer

__all__ = ["HISTORY_COMMENT_COUNT", "Room"]

logger = logging.getLogger(__name__)

M = TypeVar("M", bound=Message)

#: How many recent chat messages TikTok repeats to a client that re-enters a room.
HISTORY_COMMENT_COUNT = 6
ROOM_STATUS_LIVE, ROOM_STATUS_OFFLINE = 2, 4
CONTROL_ENDED = 3


@dataclass
class _Counters:
    likes: int = 0
    follows: int = 0
    shares: int = 0
    members: int = 0


class Room:
    """One creator's live, served by a :class:`~tiktoklive_sync.testing.FakeLiveServer` (which is
    itself its first room; ``server.add_room(...)`` makes more). Push events to it, fault it,
    end its live, read what its clients sent."""

    def __init__(
        self,
        unique_id: str = "creator",
        *,
        live: bool = True,
        exists: bool = True,
        age_restricted: bool = False,
        room_id: Optional[int] = None,
        heartbeat_interval: float = 10.0,
        history_size: int = 10_000,
        host: Optional[FakeLiveServer] = None,
    ) -> None:
        self.unique_id = unique_id.lstrip("@")
        self.live = live
        self.exists = exists
        self.age_restricted = age_restricted
        self.room_id = room_id or 7_300_000_000_000_000_000 + random.randrange(10**15)
        self.heartbeat_interval = heartbeat_interval
        #: When set, the ``Handshake-Options`` header sent on upgrades as it is (default:
        #: ``ping-interval=<heartbeat_interval>; ping-timeout=25``).
        self.handshake_options: Optional[str] = None
        #: How fast the live video streams: 1.0 is real time, 10.0 ten times faster, None as
        #: fast as the client reads.
        self.video_speed: Optional[float] = 1.0
        #: The live video's bit rate (bits a second), None for the sample's own (about 80
        #: kbit/s). Higher rates are reached with H.264 filler data, which every decoder skips,
        #: so a recording of a 2.5 Mbit/s HD stream still decodes to the same pictures.
        self.video_bitrate: Optional[int] = None
        self.messages = MessageFactory(self.room_id)
        #: What this room does wrong (see :mod:`tiktoklive_sync.testing.faults`).
        self.faults = RoomFaults()
        #: What this room's clients sent: requests about it, websocket sessions, frames.
        self.traffic = Traffic()
        self._host = host
        #: When the live began (``time.monotonic()``), for the HLS playlist's live edge.
        self.live_since = time.monotonic()
        self.closing = threading.Event()
        self._log: Deque[Tuple[int, List[pb.BaseProtoMessage]]] = collections.deque(maxlen=history_size)
        self._seq = 0
        self._delivered = 0
        self._resume_cursors: set[str] = set()
        self.counters = _Counters()
        #: Per websocket cookie (ttwid) handed out: its signed route params, and whether the
        #: signing was authenticated (session cookies may then go on the websocket).
        self._issued: Dict[str, Tuple[Dict[str, str], bool]] = {}

    @property
    def base_url(self) -> str:
        """The serving server's ``http://127.0.0.1:<port>``."""
        assert self._host is not None
        return self._host.base_url

    # -- what clients sent ------------------------------------------------------------------

    @property
    def requests(self) -> List[RecordedRequest]:
        """HTTP requests about this room, in arrival order."""
        return self.traffic.requests

    @property
    def frames(self) -> List[ClientFrame]:
        """Frames this room's clients sent, in arrival order."""
        return self.traffic.frames

    @property
    def sessions(self) -> List[WebSocketSession]:
        """This room's websockets, in the order they opened."""
        return self.traffic.sessions

    def requests_to(self, path: str) -> List[RecordedRequest]:
        """Recorded HTTP requests whose path ends with ``path``."""
        return self.traffic.requests_to(path)

    def frames_of(self, payload_type: str) -> List[ClientFrame]:
        """Recorded client frames of one type, in arrival order."""
        return self.traffic.frames_of(payload_type)

    def wait_for_frames(self, payload_type: str, count: int = 1, timeout: float = 10.0) -> List[ClientFrame]:
        """Block until clients sent ``count`` frames of ``payload_type``; TimeoutError if not."""
        return self.traffic.wait(
            lambda: self.frames_of(payload_type), count, timeout, f"{payload_type} frames"
        )

    def wait_for_requests(self, path: str, count: int = 1, timeout: float = 10.0) -> List[RecordedRequest]:
        """Block until ``count`` HTTP requests whose path ends with ``path`` arrived."""
        return self.traffic.wait(lambda: self.requests_to(path), count, timeout, f"requests to {path}")

    def wait_for_clients(self, count: int = 1, timeout: float = 10.0) -> List[WebSocketSession]:
        """Block until ``count`` clients are in the room; TimeoutError if not."""
        return self.traffic.wait(self.traffic.entered_sessions, count, timeout, "clients in the room")

    def wait_for_sessions(self, count: int, timeout: float = 10.0) -> List[WebSocketSession]:
        """Block until ``count`` websocket sessions were opened in all; TimeoutError if not."""
        return self.traffic.wait(lambda: list(self.sessions), count, timeout, "websocket sessions")

    def wait_for_disconnects(self, count: int = 1, timeout: float = 10.0) -> None:
        """Block until ``count`` websocket sessions have closed; TimeoutError if not."""
        self.traffic.wait(self.traffic.closed_sessions, count, timeout, "closed websockets")

    # -- pushing events ---------------------------------------------------------------------

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
        self.counters.likes = self.counters.likes + count if total is None else total
        return self._push(self.messages.like(user, min(count, 15), self.counters.likes))

    def push_join(self, user: UserLike) -> pb.WebcastMemberMessage:
        """A viewer joins the room."""
        self.counters.members += 1
        return self._push(self.messages.join(user, self.counters.members))

    def push_follow(self, user: UserLike) -> pb.WebcastSocialMessage:
        """A viewer follows the creator."""
        self.counters.follows += 1
        return self._push(self.messages.social(user, "follow", self.counters.follows))

    def push_share(self, user: UserLike) -> pb.WebcastSocialMessage:
        """A viewer shares the live."""
        self.counters.shares += 1
        return self._push(self.messages.social(user, "share", self.counters.shares))

    def push_viewer_count(self, total: int) -> pb.WebcastRoomUserSeqMessage:
        """TikTok's periodic viewer count: ``total`` watching now."""
        return self._push(self.messages.viewers(total, max(total, self.counters.members)))

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
        self._deliver([self.wrap(method, payload)])

    def push_messages(self, messages: Sequence[Message]) -> None:
        """Several messages in one fetch result (one websocket frame), as TikTok batches them.

        URLs of TikTok's CDN in them (avatars, badges, gift images...) are pointed at the
        local server, which serves them, so a bot can download what it is handed (the
        messages are changed in place)."""
        served = [serve_urls(message, self.base_url) for message in messages]
        self._deliver([self.wrap(type(m).DESCRIPTOR.name, m.SerializeToString()) for m in served])

    def play_recording(
        self,
        path: Union[str, Path],
        *,
        speed: Optional[float] = 1.0,
        timeout: float = 30.0,
        session: Optional[int] = None,
    ) -> int:
        """Play a recording (see :mod:`tiktoklive_sync.record_replay`) to the room, only its
        ``session``-th session when given (1 for the first; a live end in one session ends a
        client's connection, so play a file of several one session at a time); returns how
        many messages were pushed.

        Waits (up to ``timeout`` s) for a client to enter, then pushes the recorded messages
        with their original spacing divided by ``speed`` (``None``: as fast as possible),
        through the usual delivery (cursors, acks, gzip), so a bot's client code runs
        unchanged against a real session. Their URLs are as recorded.
        """
        self.wait_for_clients(1, timeout)
        pushed, first_t, started = 0, None, time.monotonic()
        for record in read_recording(path, session):
            result = _recorded_result(record)
            if result is None or not result.messages:
                continue
            first_t = record.t if first_t is None else first_t
            if speed:
                delay = started + (record.t - first_t) / speed - time.monotonic()
                if delay > 0 and self.closing.wait(delay):
                    break
            self._deliver(list(result.messages))
            pushed += len(result.messages)
        return pushed

    def send_raw_frame(self, data: bytes, *, text: bool = False) -> None:
        """Send ``data`` as it is to every client in the room (garbage, truncated frames…)."""
        for session in self.traffic.entered_sessions():
            with contextlib.suppress(ConnectionClosed):  # the client may hang up mid-frame
                session.connection.send(data.decode("utf-8", "replace") if text else data)

    def _push(self, message: M) -> M:
        self.push_messages([message])
        return message

    def wrap(self, method: str, payload: bytes) -> pb.BaseProtoMessage:
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
        with self.traffic.changed:
            self._seq += 1
            self._log.append((self._seq, messages))
            if self.faults.stalled:
                return
            for session in self.traffic.entered_sessions():
                self._send_result(session, messages, self._seq)

    # -- connection control -------------------------------------------------------------------

    def close_connections(self, code: int = 1000, reason: str = "") -> None:
        """Close every websocket with a close frame (a clean end, as TikTok's is)."""
        for session in list(self.sessions):
            session.connection.close(code, reason)

    def drop_connections(self) -> None:
        """Cut every websocket's TCP connection without a close frame (a network drop)."""
        for session in list(self.sessions):
            _cut(session)

    # -- faults of the room (see RoomFaults) ----------------------------------------------------

    def refuse_handshake(
        self,
        status: int = 200,
        message: str = "blocked by risk control",
        *,
        times: Optional[int] = None,
        after: int = 0,
    ) -> None:
        """Answer websocket upgrades with ``status`` (not 101) and a ``Handshake-Msg``."""
        self.faults.refuse_handshake(status, message, times=times, after=after)

    def answer_with_html(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer TikTok's JSON endpoints with an HTML page (as TikTok's captcha wall does)."""
        self.faults.answer_with_html(times=times, after=after)

    def slow_http(self, seconds: float, *, times: Optional[int] = None, after: int = 0) -> None:
        """Hold HTTP answers (not websocket upgrades) for ``seconds`` before sending them."""
        self.faults.slow_http(seconds, times=times, after=after)

    def hold_requests(self, path: str) -> threading.Event:
        """Hold every HTTP request whose path ends with ``path`` until the returned event is
        set (or the faults are cleared, or the server stops)."""
        return self.faults.hold_requests(path)

    def cut_video(self, after_bytes: int, *, times: Optional[int] = None) -> None:
        """End each live video stream (no more bytes, connection closed) after ``after_bytes``."""
        self.faults.cut_video(after_bytes, times=times)

    def stall_video(self) -> None:
        """Keep live video streams open but send nothing more."""
        self.faults.stall_video()

    def hide_live_page_state(self) -> None:
        """Serve live pages without SIGI_STATE (as when TikTok shows a captcha page)."""
        self.faults.hide_live_page_state()

    def drop_after(self, frames: int) -> None:
        """Cut each websocket (no close frame) once it has been sent ``frames`` msg frames."""
        self.faults.drop_after(frames)

    def stall(self) -> None:
        """Go silent: keep sockets open but send nothing (pushes are still logged)."""
        with self.traffic.changed:
            self.faults.stall()

    def clear_faults(self) -> None:
        """Behave again."""
        with self.traffic.changed:
            self.faults.clear()

    # -- what the routes ask of the room --------------------------------------------------------

    @property
    def status(self) -> int:
        """TikTok's room status: 2 live, 4 offline."""
        return ROOM_STATUS_LIVE if self.live else ROOM_STATUS_OFFLINE

    def issue(self, ttwid: str, route_params: Dict[str, str], authenticated: bool) -> None:
        """The sign server handed out ``ttwid`` for this room, with these signed params."""
        with self.traffic.changed:
            self._issued[ttwid] = (dict(route_params), authenticated)

    def issued(self, ttwid: str) -> Optional[Tuple[Dict[str, str], bool]]:
        """The signed params and mode ``ttwid`` was issued with (None: never issued)."""
        with self.traffic.changed:
            return self._issued.get(ttwid)

    def signed_result(self, cursor: str, push_server: str) -> pb.ProtoMessageFetchResult:
        """The sign server's first fetch result for a client of this room (resuming at
        ``cursor`` when it is one of ours), and its first batch: the viewer count."""
        with self.traffic.changed:
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
            push_server=push_server,
            is_first=True,
        )
        result.route_params.update({"imprp": secrets.token_hex(8), "wrss": secrets.token_urlsafe(16)})
        viewers = self.messages.viewers(1 + self.counters.members, 1)
        result.messages.append(self.wrap(type(viewers).DESCRIPTOR.name, viewers.SerializeToString()))
        return result

    def serve_session(self, websocket: WebSocket, request: Request) -> None:
        """One websocket of this room, from entering to the close."""
        params, query = request.params, request.query
        with self.traffic.changed:
            position = self._start_position(params.get("cursor", ""))
            session = WebSocketSession(
                index=len(self.sessions),
                params=params,
                headers=dict(request.headers.raw_items()),
                query=query,
                connection=websocket,
                compress=params.get("compress") == "gzip",
                position=self._delivered if position is None else position,
                resumed=params.get("cursor", "") in self._resume_cursors,
            )
            self.sessions.append(session)
            self.traffic.changed.notify_all()
        try:
            for data in websocket:
                if isinstance(data, bytes):
                    self._on_client_frame(session, data)
        finally:
            session.closed_at = time.monotonic()
            self.traffic.notify()

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
        with self.traffic.changed:
            self.frames.append(ClientFrame(session.index, frame, decoded))
            if not self.faults.stalled:
                if frame.payload_type == "im_enter_room" and not session.entered:
                    self._enter(session)
                elif frame.payload_type == "hb":
                    self._send_frame(session, "hb", frame.payload)
            self.traffic.changed.notify_all()

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
            seq_id=seq, log_id=random.randrange(1, 2**63), payload_encoding="pb", payload_type="msg"
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
        limit = self.faults.drop_after_frames
        if limit is not None and len(session.sent) % limit == 0:
            _cut(session)

    # -- cursors ---------------------------------------------------------------------------

    def _cursor(self, seq: int) -> str:
        return f"t-{int(time.time() * 1000)}_r-{seq}_d-1_u-1_h-{self.room_id % 10**6}"

    def _start_position(self, cursor: str) -> Optional[int]:
        """The log position a cursor names, or None when it is not one of ours."""
        for part in cursor.split("_"):
            if part.startswith("r-") and part[2:].isdigit():
                return min(int(part[2:]), self._seq)
        return None


def _recorded_result(record: Record) -> Optional[pb.ProtoMessageFetchResult]:
    try:
        if record.kind == "initial":
            return pb.ProtoMessageFetchResult.FromString(record.data)
        frame = pb.WebcastPushFrame.FromString(record.data)
        return decode_fetch_result(frame) if frame.payload_type == "msg" else None
    except (DecodeError, FrameError) as exc:
        logger.warning("skipping a recorded %s that does not parse: %s", record.kind, exc)
        return None


def _cut(session: WebSocketSession) -> None:
    """End a websocket's TCP connection without a close frame."""
    with contextlib.suppress(OSError):
        session.connection.socket.shutdown(socket.SHUT_RDWR)
