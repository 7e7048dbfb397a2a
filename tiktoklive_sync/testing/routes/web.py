"""TikTok's web endpoints on the local TikTok: the live page, the room API, the live check,
the room info, the gift list and the profile page — answered as TikTok answers them."""

from __future__ import annotations

import html
import json
import time
from typing import TYPE_CHECKING, Any, Dict, Iterable

from ..content import CDN, GIFTS
from ..serving import Request, Response, json_response, response
from .cdn import serve_urls_in_text
from .video import stream_urls

if TYPE_CHECKING:
    from ..room import Room

__all__ = ["JSON_PATHS", "check_alive", "gift_list", "live_page", "profile_page", "room_api", "room_info"]

#: The JSON endpoints (strict mode checks their browser parameters; a captcha wall answers
#: them with HTML).
JSON_PATHS = (
    "/api-live/user/room/",
    "/webcast/room/check_alive/",
    "/webcast/room/info/",
    "/webcast/gift/list/",
)


def served_json(status: int, body: Any, base_url: str) -> Response:
    """A JSON answer whose CDN URLs point at the server that serves them."""
    text = serve_urls_in_text(json.dumps(body), base_url)
    return response(status, text.encode("utf-8"), content_type="application/json")


def _html(page: str) -> Response:
    return response(200, page.encode("utf-8"), content_type="text/html; charset=utf-8")


def _room_user_info(room: Room) -> Dict[str, Any]:
    """The creator and their room, as the live page and the room API both describe them."""
    user = room.messages.user(room.unique_id)
    return {
        "user": {
            "id": str(user.id),
            "uniqueId": room.unique_id,
            "nickname": user.nickname,
            "roomId": str(room.room_id),
            "status": room.status,
        },
        "liveRoom": {"status": room.status, "title": f"{room.unique_id} is live"},
    }


def avatar_url(room: Room, size: int) -> str:
    """The creator's avatar on TikTok's CDN, at ``size`` pixels."""
    user = room.messages.user(room.unique_id)
    return f"{CDN}/tos-maliva-avt-0068/{user.id}~tplv-tiktokx-cropcenter:{size}:{size}.webp"


def live_page(room: Room, request: Request) -> Response:
    """``/@<handle>/live``: the page whose SIGI_STATE names the room."""
    state: Dict[str, Any] = {"AppContext": {"appContext": {"language": "en"}}}
    if room.exists:
        state["LiveRoom"] = {"liveRoomUserInfo": _room_user_info(room)}
    script = ""
    if not room.faults.page_without_state:
        script = (
            '<script id="SIGI_STATE" type="application/json">'
            f"{html.escape(json.dumps(state), quote=False)}</script>"
        )
    return _html(
        f"<!DOCTYPE html><html><head><title>@{room.unique_id} LIVE | TikTok</title></head>"
        f'<body><div id="app"></div>{script}</body></html>'
    )


def room_api(room: Room, request: Request) -> Response:
    """``/api-live/user/room/?uniqueId=<handle>``."""
    if request.params.get("uniqueId", "").lstrip("@") != room.unique_id or not room.exists:
        return json_response(200, {"data": {}, "message": "user_not_found", "statusCode": 19881007})
    return json_response(200, {"data": _room_user_info(room), "message": "", "statusCode": 0})


def check_alive(rooms: Iterable[Room], request: Request) -> Response:
    """``/webcast/room/check_alive/?room_ids=<id>,<id>...``: every room asked about."""
    by_id = {str(room.room_id): room for room in rooms}
    asked = [room_id for room_id in request.params.get("room_ids", "").split(",") if room_id.isdigit()]
    data = [
        {"alive": room_id in by_id and by_id[room_id].live, "room_id": int(room_id), "room_id_str": room_id}
        for room_id in asked
    ]
    return json_response(200, {"data": data, "extra": {"now": int(time.time() * 1000)}, "status_code": 0})


def room_info(room: Room, request: Request) -> Response:
    """``/webcast/room/info/?room_id=<id>``: title, owner, cover, stats and the pull URLs; an
    age-restricted room without a logged-in session answers only its prompt."""
    if request.params.get("room_id") != str(room.room_id):
        return json_response(200, {"data": {"message": "room not found"}, "status_code": 30003})
    if room.age_restricted and "sessionid=" not in request.headers.get("Cookie", ""):
        prompts = "This LIVE isn't available to users under 18."
        return json_response(200, {"data": {"prompts": prompts}, "status_code": 0})
    owner = room.messages.user(room.unique_id)
    data = {
        "id": room.room_id,
        "id_str": str(room.room_id),
        "status": room.status,
        "title": f"{room.unique_id} is live",
        "owner": {
            "id": owner.id,
            "id_str": str(owner.id),
            "display_id": room.unique_id,
            "nickname": owner.nickname,
            "avatar_thumb": {"url_list": [avatar_url(room, 100)]},
        },
        "cover": {"url_list": [f"{CDN}/obj/live-cover/{room.room_id}~tplv-obj.image"]},
        "stats": {"total_user": room.counters.members, "like_count": room.counters.likes},
        "stream_url": stream_urls(room),
        "user_count": room.counters.members,
    }
    return served_json(200, {"data": data, "status_code": 0}, room.base_url)


def gift_list(room: Room, request: Request) -> Response:
    """``/webcast/gift/list/``: the catalogue."""
    gifts = [gift.to_json() for gift in GIFTS.values()]
    return served_json(200, {"data": {"gifts": gifts}, "status_code": 0}, room.base_url)


def profile_page(room: Room, request: Request) -> Response:
    """``/@<handle>`` or ``/@<numeric id>``: the creator's profile page, naming their handle
    and avatar."""
    user = room.messages.user(room.unique_id)
    scope: Dict[str, Any] = {}
    if room.exists and request.route in (f"/@{user.id}", f"/@{room.unique_id}"):
        avatar = serve_urls_in_text(avatar_url(room, 1080), room.base_url)
        scope["webapp.user-detail"] = {
            "userInfo": {"user": {"id": str(user.id), "uniqueId": room.unique_id, "avatarLarger": avatar}}
        }
    data = {"__DEFAULT_SCOPE__": scope}
    return _html(
        '<!DOCTYPE html><html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" '
        f'type="application/json">{html.escape(json.dumps(data), quote=False)}</script></body></html>'
    )


def captcha_page() -> Response:
    """What TikTok's captcha wall answers instead of JSON."""
    return _html("<!DOCTYPE html><html><body><div id='captcha'>Verify to continue</div></body></html>")
