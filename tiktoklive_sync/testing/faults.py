"""How the local TikTok misbehaves on request, the ways TikTok and the sign server do.

:class:`RoomFaults` belong to a room (its pages and JSON answers, its websockets, its video);
:class:`SignFaults` to a sign server (every room it signs for). Faults last until ``clear()``.
Those taking ``times`` and ``after`` skip the first ``after`` chances, then apply ``times``
times (None: every time). FakeLiveServer's methods of the same names (``rate_limit_sign``,
``stall``...) set these on its room and its sign server.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Dict, Optional, Tuple

from ..proto import webcast_pb2 as pb
from .serving import Response, json_response, response

__all__ = ["Fault", "RoomFaults", "SignFaults"]


class Fault:
    """A misbehaviour that skips the first ``after`` chances, then applies ``times`` times
    (forever when ``times`` is None)."""

    def __init__(self, action: Any, times: Optional[int] = None, after: int = 0) -> None:
        self.action = action
        self.times = times
        self.after = after
        self._lock = threading.Lock()

    def take(self) -> Any:
        """The action if it applies to this chance, else None."""
        with self._lock:
            if self.after > 0:
                self.after -= 1
                return None
            if self.times is not None:
                if self.times <= 0:
                    return None
                self.times -= 1
            return self.action


def _take(fault: Optional[Fault]) -> Any:
    return fault.take() if fault is not None else None


class SignFaults:
    """What a sign server does wrong."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Behave again."""
        self._answer: Optional[Fault] = None
        self._stub: Optional[Fault] = None
        self.edit: Optional[Callable[[pb.ProtoMessageFetchResult], None]] = None
        self.cookies = True
        #: Down: every call's connection is dropped unanswered.
        self.down = False
        #: Rooms the sign server knows under another id (asked id -> the room's id).
        self.moved_rooms: Dict[str, str] = {}

    def go_down(self) -> None:
        """Drop every call's connection without an answer, as a sign server in an outage."""
        self.down = True

    def no_agents(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer sign calls with 503 "No agents are currently available" (Euler Stream's
        answer when it has nobody to sign with)."""
        message = "No agents are currently available. Please try again later."
        self._answer = Fault(lambda: json_response(503, {"code": 503, "message": message}), times, after)

    def move_room(self, asked: int, actual: int) -> None:
        """Sign for room ``actual`` when asked for ``asked``, naming it in ``X-Room-Id`` (a room
        id that changed, as the sign server corrects it)."""
        self.moved_rooms[str(asked)] = str(actual)

    def answer(self) -> Optional[Response]:
        """The misbehaving answer to this sign call, if one is due."""
        make = _take(self._answer)
        return make() if make is not None else None

    def stub_due(self) -> bool:
        """Whether this call gets the degraded service's stub."""
        return bool(_take(self._stub))

    def rate_limit(
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
            return json_response(429, body, sent if headers is None else headers)

        self._answer = Fault(answer, times, after)

    def fail(
        self, status: int = 500, body: Any = None, *, times: Optional[int] = None, after: int = 0
    ) -> None:
        """Answer sign calls with ``status`` and ``body`` (JSON for dicts, else text)."""
        if body is None:
            body = {"code": status, "message": f"sign server error {status}"}

        def answer() -> Response:
            if isinstance(body, dict):
                return json_response(status, body)
            return response(status, str(body).encode())

        self._answer = Fault(answer, times, after)

    def empty_body(self) -> None:
        """Answer sign calls with 200 and no body (the sign server got nothing from TikTok)."""
        self._answer = Fault(lambda: response(200, b"", content_type="application/x-protobuf"))

    def fallback_stub(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer sign calls the way the sign service does while degraded: 200 with a tiny
        fetch result whose push server (``ws-fallback.eulerstream.com``) never upgrades."""
        self._stub = Fault(True, times, after)

    def without_cookies(self) -> None:
        """Answer sign calls without the X-Set-TT-Cookie header."""
        self.cookies = False

    def without(self, field_name: str) -> None:
        """Leave ``"cursor"``, ``"push_server"`` or ``"route_params"`` out of the fetch result."""
        if field_name not in ("cursor", "push_server", "route_params"):
            raise ValueError(f"cannot leave out {field_name!r}")
        self.edit_result(lambda result: result.ClearField(field_name))

    def edit_result(self, edit: Callable[[pb.ProtoMessageFetchResult], None]) -> None:
        """Let ``edit`` change every fetch result the sign server hands out (route params,
        push server...) before it is sent."""
        self.edit = edit


class RoomFaults:
    """What a room does wrong: its HTTP answers, its websockets, its video."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: Dict[str, threading.Event] = {}
        self.clear()

    def clear(self) -> None:
        """Behave again (requests held by ``hold_requests`` go on)."""
        with self._lock:
            held, self._held = self._held, {}
        for gate in held.values():
            gate.set()
        self._handshake: Optional[Fault] = None
        self._html: Optional[Fault] = None
        self._slow: Optional[Fault] = None
        self._video_cut: Optional[Fault] = None
        self.video_stalled = False
        self.page_without_state = False
        #: Cut each websocket after this many msg frames (None: never).
        self.drop_after_frames: Optional[int] = None
        #: Silent: websockets stay open, nothing is sent (pushes are still logged).
        self.stalled = False

    # -- setting them -------------------------------------------------------------------------

    def refuse_handshake(
        self,
        status: int = 200,
        message: str = "blocked by risk control",
        *,
        times: Optional[int] = None,
        after: int = 0,
    ) -> None:
        """Answer websocket upgrades with ``status`` (not 101) and a ``Handshake-Msg``."""
        self._handshake = Fault((status, message), times, after)

    def answer_with_html(self, *, times: Optional[int] = None, after: int = 0) -> None:
        """Answer TikTok's JSON endpoints with an HTML page (as TikTok's captcha wall does)."""
        self._html = Fault(True, times, after)

    def slow_http(self, seconds: float, *, times: Optional[int] = None, after: int = 0) -> None:
        """Hold HTTP answers (not websocket upgrades) for ``seconds`` before sending them."""
        self._slow = Fault(seconds, times, after)

    def hold_requests(self, path: str) -> threading.Event:
        """Hold every HTTP request whose path ends with ``path`` until the returned event is
        set (or the faults are cleared, or the server stops): to see what a client does while
        its call is in flight, whatever the machine's speed."""
        gate = threading.Event()
        with self._lock:
            self._held[path] = gate
        return gate

    def cut_video(self, after_bytes: int, *, times: Optional[int] = None) -> None:
        """End each live video stream (no more bytes, connection closed) after ``after_bytes``."""
        self._video_cut = Fault(after_bytes, times)

    def stall_video(self) -> None:
        """Keep live video streams open but send nothing more."""
        self.video_stalled = True

    def hide_live_page_state(self) -> None:
        """Serve live pages without SIGI_STATE (as when TikTok shows a captcha page)."""
        self.page_without_state = True

    def drop_after(self, frames: int) -> None:
        """Cut each websocket (no close frame) once it has been sent ``frames`` msg frames."""
        self.drop_after_frames = frames

    def stall(self) -> None:
        """Go silent: keep sockets open but send nothing (pushes are still logged)."""
        self.stalled = True

    # -- taking them --------------------------------------------------------------------------

    def handshake_refusal(self) -> Optional[Tuple[int, str]]:
        """``(status, message)`` when this upgrade is to be refused."""
        refusal: Optional[Tuple[int, str]] = _take(self._handshake)
        return refusal

    def html_due(self) -> bool:
        """Whether this JSON call gets the captcha page."""
        return bool(_take(self._html))

    def slowness(self) -> float:
        """Seconds to hold this answer (0: none)."""
        return float(_take(self._slow) or 0.0)

    def video_cut_at(self) -> Optional[int]:
        """After how many bytes this video stream is cut (None: never)."""
        cut: Optional[int] = _take(self._video_cut)
        return cut

    def wait_if_held(self, path: str, closing: threading.Event) -> None:
        """Block while ``path`` is held (or until the server stops)."""
        with self._lock:
            gates = [gate for held, gate in self._held.items() if path.endswith(held)]
        for gate in gates:
            while not gate.is_set() and not closing.wait(0.05):
                pass
