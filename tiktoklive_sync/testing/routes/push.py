"""The push server on the local TikTok: websocket upgrades, checked as TikTok checks them
(the sign server's cookie, the room, the signed route parameters), then served by the room."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Dict, Optional

from ..serving import Exchange, Request, Response, response
from ..strict import check_push_url, parse_cookies

if TYPE_CHECKING:
    from ..room import Room

__all__ = ["PUSH_PATH", "refusal", "serve"]

PUSH_PATH = "/webcast/im/ws_proxy/ws_reuse_supplement/"


def refusal(
    room: Room, request: Request, *, strict: bool, refused: Callable[[str], None]
) -> Optional[Response]:
    """Why TikTok would refuse this upgrade (its answer), or None to accept it."""
    params = request.params
    fault = room.faults.handshake_refusal()
    if fault is not None:
        status, message = fault
        return response(status, b"", {"Handshake-Msg": message, "Handshake-Status": "-1"})
    cookies = parse_cookies(request.headers.get("Cookie", ""))
    issued = room.issued(cookies.get("ttwid", ""))
    if issued is None:
        return response(200, b"", {"Handshake-Msg": "invalid ttwid", "Handshake-Status": "-2"})
    if params.get("room_id") != str(room.room_id) or "wrss" not in params:
        return response(400, b"", {"Handshake-Msg": "bad room_id or route params", "Handshake-Status": "-3"})
    if strict:
        route_params, authenticated = issued
        problem = check_push_url(request.query, route_params, cookies, authenticated=authenticated)
        if problem is not None:
            refused(f"websocket upgrade: {problem}")
            return response(400, b"", {"Handshake-Msg": f"strict: {problem}", "Handshake-Status": "-4"})
    return None


def serve(room: Room, request: Request, exchange: Exchange) -> None:
    """Accept the upgrade (with TikTok's Handshake-Options) and serve the websocket."""
    interval = f"{room.heartbeat_interval:g}"
    headers: Dict[str, str] = {
        "Handshake-Options": room.handshake_options or f"ping-interval={interval}; ping-timeout=25",
        "Handshake-Status": "0",
    }
    websocket = exchange.upgrade(request, headers)
    room.serve_session(websocket, request)
