"""What clients sent the local TikTok — its requests, websocket sessions and their frames —
kept for tests to assert on, with waits that block until something arrived."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar

from ..proto import webcast_pb2 as pb
from .serving import WebSocket

__all__ = ["ClientFrame", "RecordedRequest", "Traffic", "WebSocketSession"]

T = TypeVar("T")


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
    connection: WebSocket
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

    @property
    def is_open(self) -> bool:
        """Whether the websocket is still open."""
        return self.connection.state == "OPEN"


class Traffic:
    """The requests, websocket sessions and client frames seen, under one condition (also
    the lock of whatever owns them: a room's log, a server's state)."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.requests: List[RecordedRequest] = []
        self.frames: List[ClientFrame] = []
        self.sessions: List[WebSocketSession] = []
        #: What strict mode refused, one sentence each ("GET /webcast/room/info/: missing ...").
        self.refusals: List[str] = []

    def record(self, request: RecordedRequest) -> None:
        """A request arrived."""
        with self.changed:
            self.requests.append(request)
            self.changed.notify_all()

    def notify(self) -> None:
        """Something changed: wake the waits."""
        with self.changed:
            self.changed.notify_all()

    def requests_to(self, path: str) -> List[RecordedRequest]:
        """Recorded HTTP requests whose path ends with ``path``."""
        with self.changed:
            return [request for request in self.requests if request.path.endswith(path)]

    def frames_of(self, payload_type: str) -> List[ClientFrame]:
        """Recorded client frames of one type, in arrival order."""
        with self.changed:
            return [frame for frame in self.frames if frame.payload_type == payload_type]

    def entered_sessions(self) -> List[WebSocketSession]:
        """Sessions open and in the room."""
        with self.changed:
            return [session for session in self.sessions if session.entered and session.is_open]

    def closed_sessions(self) -> List[WebSocketSession]:
        """Sessions that have closed."""
        with self.changed:
            return [session for session in self.sessions if not session.is_open]

    def wait(self, read: Callable[[], List[T]], count: int, timeout: float, what: str) -> List[T]:
        """Block until ``read()`` holds ``count`` items; TimeoutError naming ``what`` if not."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                found = read()
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"waited {timeout} s for {count} {what}, saw {len(found)}")
                self.changed.wait(remaining)
