"""Everything HTTP: room id lookup, live check, room info, gift list and the sign server.

This is the only module that imports ``requests``. Every failure leaves it as one of the
documented errors (``tiktoklive_sync.errors``), chained to the original exception.
"""

from __future__ import annotations

import email.utils
import json
import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Tuple
from urllib.parse import urlsplit

import requests
from google.protobuf.message import DecodeError

from .errors import (
    AgeRestrictedError,
    AuthenticatedWebSocketConnectionError,
    ErrorReason,
    InitialCursorMissingError,
    PremiumEndpointError,
    SignAPIError,
    SignatureMissingTokensError,
    SignatureRateLimitError,
    TikTokHTTPError,
    UnexpectedSignatureError,
    UserNotFoundError,
    UserOfflineError,
    WebsocketURLMissingError,
)
from .proto import webcast_pb2 as pb
from .redaction import redact

__all__ = [
    "DEFAULT_APP_URL",
    "DEFAULT_SIGN_URL",
    "DEFAULT_USER_AGENT",
    "DEFAULT_WEBCAST_URL",
    "SignedFetch",
    "WebClient",
    "normalize_unique_id",
]

logger = logging.getLogger(__name__)

DEFAULT_APP_URL = "https://www.tiktok.com"
DEFAULT_WEBCAST_URL = "https://webcast.tiktok.com/webcast"
DEFAULT_SIGN_URL = "https://api.eulerstream.com"
DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
SIGN_CLIENT_NAME = "tiktoklive_sync"
ROOM_STATUS_OFFLINE = 4
DEFAULT_RETRY_AFTER = 60
#: Seconds to wait for TikTok or the sign server: (connect, read).
DEFAULT_TIMEOUT: Tuple[float, float] = (10.0, 15.0)

#: The query parameters a desktop browser sends with every webcast call.
BROWSER_PARAMS: Dict[str, str] = {
    "aid": "1988",
    "app_language": "en-US",
    "app_name": "tiktok_web",
    "browser_language": "en-US",
    "browser_name": "Mozilla",
    "browser_online": "true",
    "browser_platform": "Win32",
    "browser_version": DEFAULT_USER_AGENT.split("/", 1)[1],
    "cookie_enabled": "true",
    "device_platform": "web_pc",
    "focus_state": "true",
    "from_page": "user",
    "history_len": "4",
    "is_fullscreen": "false",
    "is_page_visible": "true",
    "screen_height": "1080",
    "screen_width": "1920",
    "tz_name": "Etc/UTC",
    "webcast_language": "en",
}

# TikTok handles: letters, digits, "_" and "."; at most 24 characters.
_HANDLE_RE = re.compile(r"^[A-Za-z0-9_.]{1,24}$")
_SIGI_RE = re.compile(r'<script[^>]*\bid="SIGI_STATE"[^>]*>(?P<json>.*?)</script>', re.DOTALL | re.IGNORECASE)


def normalize_unique_id(value: str) -> str:
    """The bare handle from ``name``, ``@name`` or ``https://www.tiktok.com/@name/live``.

    Raises ValueError for anything that is not a TikTok handle.
    """
    if not isinstance(value, str):
        raise ValueError(f"a TikTok handle must be a string, got {type(value).__name__}")
    text = value.strip()
    if "/" in text:
        path = urlsplit(text if "://" in text else f"https://{text}").path
        parts = [part for part in path.split("/") if part.startswith("@")]
        if not parts:
            raise ValueError(f"no @handle in the URL {value!r}")
        text = parts[0]
    handle = text[1:] if text.startswith("@") else text
    if not _HANDLE_RE.match(handle):
        raise ValueError(f"{value!r} is not a TikTok handle (1-24 letters, digits, '_' or '.', optional '@')")
    return handle


@dataclass
class SignedFetch:
    """What the sign server gave us: the first fetch result and the websocket cookies."""

    result: pb.ProtoMessageFetchResult
    cookies: Dict[str, str] = field(default_factory=dict)


class WebClient:
    """TikTok's web API and the sign server, over one ``requests.Session``."""

    def __init__(
        self,
        *,
        app_url: str = DEFAULT_APP_URL,
        webcast_url: str = DEFAULT_WEBCAST_URL,
        sign_url: str = DEFAULT_SIGN_URL,
        sign_api_key: Optional[str] = None,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: Tuple[float, float] = DEFAULT_TIMEOUT,
        session: Optional[requests.Session] = None,
        proxy: Optional[str] = None,
    ) -> None:
        self.app_url = app_url.rstrip("/")
        self.webcast_url = webcast_url.rstrip("/")
        self.sign_url = sign_url.rstrip("/")
        self.sign_api_key = sign_api_key
        self.user_agent = user_agent
        self.timeout = timeout
        self.session = session or requests.Session()
        if proxy:
            # socks5h:// lets the proxy resolve names; requests needs PySocks for socks URLs.
            self.session.proxies.update({"http": proxy, "https": proxy})
        self.session.headers.update(
            {
                "User-Agent": user_agent,
                "Referer": "https://www.tiktok.com/",
                "Origin": "https://www.tiktok.com",
                "Accept-Language": "en-US,en;q=0.9",
            }
        )
        self.session_id: Optional[str] = None
        self.tt_target_idc: Optional[str] = None

    # -- session ------------------------------------------------------------------------

    def set_session(self, session_id: Optional[str], tt_target_idc: Optional[str] = None) -> None:
        """Log TikTok calls in with a ``sessionid`` cookie (for age-restricted rooms)."""
        self.session_id = session_id
        self.tt_target_idc = tt_target_idc
        for name, value in (("sessionid", session_id), ("tt-target-idc", tt_target_idc)):
            if value:
                self.session.cookies.set(name, value)
            else:
                self.session.cookies.pop(name, None)

    def cookies(self) -> Dict[str, str]:
        """The cookies TikTok set (or we set) on this session, by name."""
        return {cookie.name: cookie.value or "" for cookie in self.session.cookies}

    def close(self) -> None:
        """Close the HTTP session's pooled connections."""
        self.session.close()

    # -- TikTok -------------------------------------------------------------------------

    def fetch_room_id(self, unique_id: str) -> int:
        """The room id of ``unique_id``'s live: from the live page, else from the room API.

        Raises UserNotFoundError when TikTok has no such user and UserOfflineError when the
        user exists but is not live.
        """
        try:
            state = self._fetch_sigi_state(unique_id)
        except TikTokHTTPError as exc:
            logger.debug("live page of @%s unusable (%s); trying the room API", unique_id, exc)
            state = {}
        live_user = _dig(state, "LiveRoom", "liveRoomUserInfo", "user")
        if isinstance(live_user, dict) and live_user.get("roomId"):
            return _room_id_or_offline(unique_id, live_user.get("roomId"), live_user.get("status"))
        return self._fetch_room_id_from_api(unique_id)

    def _fetch_sigi_state(self, unique_id: str) -> Dict[str, Any]:
        response = self._get(f"{self.app_url}/@{unique_id}/live", params=None, what="live page")
        match = _SIGI_RE.search(response.text)
        if match is None:
            raise TikTokHTTPError("the live page holds no SIGI_STATE", response=response)
        try:
            state = json.loads(match.group("json"))
        except ValueError as exc:
            raise TikTokHTTPError("the live page's SIGI_STATE is not JSON", response=response) from exc
        return state if isinstance(state, dict) else {}

    def _fetch_room_id_from_api(self, unique_id: str) -> int:
        params = {**BROWSER_PARAMS, "uniqueId": unique_id, "sourceType": "54"}
        body = self._get_json(f"{self.app_url}/api-live/user/room/", params, what="room API")
        if body.get("message") == "user_not_found" or body.get("statusCode") == 19881007:
            raise UserNotFoundError(unique_id)
        room_id = _dig(body, "data", "user", "roomId")
        status = _dig(body, "data", "liveRoom", "status")
        if room_id is None and _dig(body, "data", "user") is None:
            raise UserNotFoundError(unique_id)
        return _room_id_or_offline(unique_id, room_id, status)

    def fetch_is_live(self, room_id: int) -> bool:
        """Whether the room is live now (TikTok's check_alive)."""
        params = {**BROWSER_PARAMS, "room_ids": str(room_id)}
        body = self._get_json(f"{self.webcast_url}/room/check_alive/", params, what="live check")
        for entry in body.get("data") or []:
            if isinstance(entry, dict) and str(entry.get("room_id")) == str(room_id):
                return bool(entry.get("alive"))
        raise TikTokHTTPError(f"the live check did not mention room {room_id}")

    def fetch_room_info(self, room_id: int) -> Dict[str, Any]:
        """The room's info (title, owner, stats...). Raises AgeRestrictedError when TikTok
        withholds it behind an age prompt."""
        params = {**BROWSER_PARAMS, "room_id": str(room_id)}
        body = self._get_json(f"{self.webcast_url}/room/info/", params, what="room info")
        data = body.get("data")
        if not isinstance(data, dict):
            raise TikTokHTTPError("room info answered without data")
        if "prompts" in data and len(data) <= 2:
            raise AgeRestrictedError(
                "this live is age restricted: pass a session_id of a logged-in adult account"
            )
        return data

    def fetch_gift_list(self) -> Dict[str, Any]:
        """TikTok's gift catalogue (``data`` of the gift list call)."""
        body = self._get_json(f"{self.webcast_url}/gift/list/", dict(BROWSER_PARAMS), what="gift list")
        data = body.get("data")
        if not isinstance(data, dict):
            raise TikTokHTTPError("gift list answered without data")
        return data

    # -- sign server --------------------------------------------------------------------

    def fetch_signed(
        self,
        room_id: int,
        *,
        cursor: Optional[str] = None,
        authenticate_ws: bool = False,
    ) -> SignedFetch:
        """Ask the sign server for the first fetch result and the websocket cookies."""
        params: Dict[str, str] = {
            "client": SIGN_CLIENT_NAME,
            "room_id": str(room_id),
            "user_agent": self.user_agent,
            "platform": "web",
            "client_enter": "true",
        }
        if cursor:
            params["cursor"] = cursor
        if self.session_id:
            if not authenticate_ws:
                raise AuthenticatedWebSocketConnectionError(
                    "a session_id is set, and signing would send it to the sign server; pass "
                    "authenticate_ws=True to allow that"
                )
            params["session_id"] = self.session_id
            if self.tt_target_idc:
                params["tt_target_idc"] = self.tt_target_idc
        headers = {"X-Api-Key": self.sign_api_key} if self.sign_api_key else {}
        url = f"{self.sign_url}/webcast/fetch"
        try:
            response = self.session.get(url, params=params, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise SignAPIError(
                ErrorReason.CONNECT_ERROR, f"cannot reach the sign server at {url}: {redact(str(exc))}"
            ) from exc
        return _signed_fetch_from(response)

    def send_room_chat(self, room_id: int, content: str) -> Dict[str, Any]:
        """Post ``content`` to the room's chat as the logged-in user, through the sign
        server's chat endpoint (``POST /webcast/chat``; a premium endpoint on Euler Stream).

        Needs a session id (``set_session``); calling this is the explicit consent to send it
        to the sign server. Returns the sign server's JSON answer.
        """
        if not self.session_id:
            raise ValueError("send_room_chat needs a logged-in session: pass session_id= to the client")
        if not content.strip():
            raise ValueError("a chat message cannot be empty")
        body = {"content": content, "roomId": str(room_id), "sessionId": self.session_id}
        if self.tt_target_idc:
            body["ttTargetIdc"] = self.tt_target_idc
        headers = {"X-Api-Key": self.sign_api_key} if self.sign_api_key else {}
        url = f"{self.sign_url}/webcast/chat"
        try:
            response = self.session.post(url, json=body, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise SignAPIError(
                ErrorReason.CONNECT_ERROR, f"cannot reach the sign server at {url}: {redact(str(exc))}"
            ) from exc
        _raise_for_sign_status(response)
        try:
            answer = response.json()
        except ValueError as exc:
            raise UnexpectedSignatureError("the chat endpoint answered non-JSON", response=response) from exc
        return answer if isinstance(answer, dict) else {"response": answer}

    # -- plumbing -----------------------------------------------------------------------

    def _get(self, url: str, params: Optional[Mapping[str, str]], *, what: str) -> requests.Response:
        try:
            response = self.session.get(url, params=params, timeout=self.timeout)
        except requests.RequestException as exc:
            raise TikTokHTTPError(f"{what} request failed: {redact(str(exc))}") from exc
        if response.status_code != 200:
            raise TikTokHTTPError(f"{what} answered HTTP {response.status_code}", response=response)
        return response

    def _get_json(self, url: str, params: Mapping[str, str], *, what: str) -> Dict[str, Any]:
        response = self._get(url, params, what=what)
        try:
            body = response.json()
        except ValueError as exc:
            preview = response.text[:80].replace("\n", " ")
            raise TikTokHTTPError(f"{what} answered non-JSON: {preview!r}", response=response) from exc
        if not isinstance(body, dict):
            raise TikTokHTTPError(f"{what} answered JSON that is not an object", response=response)
        return body


def _raise_for_sign_status(response: requests.Response) -> None:
    """The documented error for a sign server answer that is not a 200."""
    status = response.status_code
    if status == 429:
        retry_after, reset_time = rate_limit_wait(response.headers)
        raise SignatureRateLimitError(
            f"the sign server rate limited this client ({_error_text(response)}); retry in {retry_after} s",
            retry_after=retry_after,
            reset_time=reset_time,
            response=response,
        )
    if status == 403 or _json_code(response) == 403:
        raise PremiumEndpointError(
            f"the sign server refused: this endpoint needs a premium API key ({_error_text(response)})",
            response=response,
        )
    if status != 200:
        raise UnexpectedSignatureError(
            f"the sign server answered HTTP {status}: {_error_text(response)}", response=response
        )


def _signed_fetch_from(response: requests.Response) -> SignedFetch:
    """Turn the sign server's answer into a SignedFetch, or the documented error."""
    _raise_for_sign_status(response)
    if not response.content:
        raise SignatureMissingTokensError(
            "the sign server answered 200 with an empty body (TikTok gave it nothing)",
            response=response,
        )
    cookie_header = response.headers.get("X-Set-TT-Cookie", "")
    cookies = parse_cookie_header(cookie_header)
    if not cookies:
        raise SignAPIError(
            ErrorReason.EMPTY_COOKIES,
            "the sign server's answer carried no X-Set-TT-Cookie cookies",
            response=response,
        )
    result = pb.ProtoMessageFetchResult()
    try:
        result.ParseFromString(response.content)
    except DecodeError as exc:
        raise UnexpectedSignatureError(
            "the sign server answered 200 with a body that is not a fetch result", response=response
        ) from exc
    if not result.cursor:
        raise InitialCursorMissingError("the sign server's fetch result has no cursor (blocked?)")
    if not result.push_server or not result.route_params:
        raise WebsocketURLMissingError(
            "the sign server's fetch result has no push server or route params (blocked?)"
        )
    return SignedFetch(result=result, cookies=cookies)


def rate_limit_wait(headers: Mapping[str, str], now: Optional[float] = None) -> Tuple[int, int]:
    """``(retry_after seconds, reset unix time)`` from a 429's headers.

    Servers differ: ``Retry-After`` holds seconds or an HTTP date; ``RateLimit-Reset`` and
    ``X-RateLimit-Reset`` hold a unix time (or, per the IETF draft, seconds from now: a value
    below one billion is read that way).
    """
    now = time.time() if now is None else now
    retry_after: Optional[float] = None
    raw = (headers.get("Retry-After") or "").strip()
    if raw:
        if raw.replace(".", "", 1).isdigit():
            retry_after = float(raw)
        else:
            try:
                retry_after = email.utils.parsedate_to_datetime(raw).timestamp() - now
            except (TypeError, ValueError):
                retry_after = None
    if retry_after is None:
        for name in ("RateLimit-Reset", "X-RateLimit-Reset"):
            value = (headers.get(name) or "").strip()
            if value.replace(".", "", 1).isdigit():
                number = float(value)
                retry_after = number - now if number >= 1e9 else number
                break
    if retry_after is None:
        retry_after = DEFAULT_RETRY_AFTER
    seconds = max(0, int(-(-retry_after // 1)))  # round up: never retry too early
    return seconds, int(now) + seconds


def parse_cookie_header(header: str) -> Dict[str, str]:
    """``{"ttwid": "...", ...}`` from ``"ttwid=...; tt_csrf_token=...; ..."``."""
    cookies: Dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name.strip()] = value.strip()
    return cookies


def _room_id_or_offline(unique_id: str, room_id: Any, status: Any) -> int:
    try:
        number = int(room_id or 0)
    except (TypeError, ValueError):
        number = 0
    if number <= 0 or str(status) == str(ROOM_STATUS_OFFLINE):
        raise UserOfflineError(f"@{unique_id} is not live right now")
    return number


def _dig(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _json_code(response: requests.Response) -> Optional[int]:
    if "json" not in response.headers.get("Content-Type", ""):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, int) else None


def _error_text(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            if body.get(key):
                return redact(str(body[key]))
    text = response.text.strip().replace("\n", " ")
    return redact(text[:120]) or f"HTTP {response.status_code}, no body"
