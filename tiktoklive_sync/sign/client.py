"""The sign server's client: signed connections, rate limits, chat.

A TikTok LIVE websocket needs a signed URL and cookies that only a sign server (Euler
Stream's, or one of your own) can give. This module speaks its API: the current route
``GET /webcast/rooms/{room_id}/connect`` and the older ``GET /webcast/fetch`` (``sign_route``),
the rate limits and the chat endpoint; and turns every answer that is not a signed
connection into the documented error (``SignAPIError`` and its subclasses).
"""

from __future__ import annotations

import email.utils
import logging
import math
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Sequence, Tuple
from urllib.parse import urlsplit

from google.protobuf.message import DecodeError

from .._redaction import redact
from .._transport.http import HttpSession
from ..errors import (
    AuthenticatedWebSocketConnectionError,
    ErrorReason,
    InitialCursorMissingError,
    PremiumEndpointError,
    SignAPIError,
    SignatureMissingTokensError,
    SignatureRateLimitError,
    TikTokLiveError,
    UnexpectedSignatureError,
    WebsocketURLMissingError,
)
from ..profile import DEFAULT_TARGET_IDC, TARGET_IDC_COOKIE
from ..proto import webcast_pb2 as pb

if TYPE_CHECKING:
    import requests

__all__ = [
    "BULK_LIVE_CHECK_MAX",
    "FALLBACK_PUSH_HOSTS",
    "MAX_RETRY_AFTER",
    "WEBCAST_PLATFORMS",
    "LiveStatus",
    "SignClient",
    "SignedFetch",
    "parse_cookie_header",
    "rate_limit_wait",
]

logger = logging.getLogger(__name__)

SIGN_CLIENT_NAME = "tiktoklive_sync"
DEFAULT_RETRY_AFTER = 60
#: The longest wait a rate limit's headers can ask for (a day); longer answers are clamped.
MAX_RETRY_AFTER = 24 * 3600
#: Which websocket the sign server signs for: the web player's, or (logged in) the app's.
WEBCAST_PLATFORMS = ("web", "mobile")
#: Push servers the sign service hands out while it is degraded; they never upgrade.
FALLBACK_PUSH_HOSTS = ("ws-fallback.eulerstream.com",)
#: How many creators one bulk live check takes.
BULK_LIVE_CHECK_MAX = 50


@dataclass
class SignedFetch:
    """What the sign server gave us: the first fetch result and the websocket cookies, and
    the room it signed for when it says so (``X-Room-Id``: it corrects ours, and names the
    room of a connect by handle)."""

    result: pb.ProtoMessageFetchResult
    cookies: Dict[str, str] = field(default_factory=dict)
    room_id: Optional[int] = None


@dataclass(frozen=True)
class LiveStatus:
    """What the bulk live check says of one creator (by numeric user id)."""

    user_id: int
    is_live: bool
    room_id: Optional[int]


class SignClient:
    """One sign server at ``url`` (``api_key`` sent as ``X-Api-Key``), over ``http`` (a
    session that never stores or sends a cookie and follows no redirect, so neither
    TikTok's cookies nor the key go anywhere else)."""

    def __init__(
        self, http: HttpSession, *, url: str, api_key: Optional[str], route: str, user_agent: str
    ) -> None:
        self.http = http
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.route = route
        self.user_agent = user_agent
        self._route_in_use = "connect" if route == "auto" else route

    def fetch_signed(
        self,
        room_id: int,
        *,
        cursor: Optional[str] = None,
        session: Optional[Tuple[str, Optional[str]]] = None,
        platform: str = "web",
    ) -> SignedFetch:
        """Ask for the first fetch result and the websocket cookies. ``session`` (a session
        id and its data centre) signs for that logged-in user (authenticated mode): as the
        ``x-cookie-header`` header on the current route, as query params on the older one;
        without it nothing of a TikTok login is sent."""
        _check_platform(platform, session)
        if self._route_in_use == "connect":
            response = self._connect(f"/webcast/rooms/{int(room_id)}/connect", cursor, session, platform)
            if response.status_code == 404 and self.route == "auto":
                logger.info("the sign server has no /webcast/rooms/{id}/connect; using /webcast/fetch")
                self._route_in_use = "fetch"
            else:
                return _signed_fetch_from(response)
        return _signed_fetch_from(self._fetch(room_id, cursor, session, platform))

    def fetch_signed_by_handle(
        self,
        unique_id: str,
        *,
        cursor: Optional[str] = None,
        session: Optional[Tuple[str, Optional[str]]] = None,
        platform: str = "web",
    ) -> SignedFetch:
        """The same, by the creator's handle (``GET /webcast/anchors/{unique_id}/connect``, a
        paid plan on Euler Stream): the sign server finds the room, so TikTok's pages are not
        asked; the answer's room is in ``room_id``. PremiumEndpointError without the plan."""
        _check_platform(platform, session)
        response = self._connect(f"/webcast/anchors/{unique_id}/connect", cursor, session, platform)
        signed = _signed_fetch_from(response)
        if signed.room_id is None:
            raise UnexpectedSignatureError(
                "the sign server connected by handle but named no room (X-Room-Id)"
            )
        return signed

    def _params(self, cursor: Optional[str], platform: str) -> Dict[str, str]:
        params = {
            "client": SIGN_CLIENT_NAME,
            "user_agent": self.user_agent,
            "client_enter": "true",
            "platform": platform,
        }
        if cursor:
            params["cursor"] = cursor
        return params

    def _connect(
        self, path: str, cursor: Optional[str], session: Optional[Tuple[str, Optional[str]]], platform: str
    ) -> requests.Response:
        headers = {"Accept": "application/protobuf,application/json"}
        if session is not None:
            headers["x-cookie-header"] = _session_cookie_header(session)
        return self.request(
            "GET", f"{self.url}{path}", params=self._params(cursor, platform), headers=headers
        )

    def _fetch(
        self, room_id: int, cursor: Optional[str], session: Optional[Tuple[str, Optional[str]]], platform: str
    ) -> requests.Response:
        params = {"room_id": str(room_id), **self._params(cursor, platform)}
        if session is not None:
            params["session_id"] = session[0]
            params["tt_target_idc"] = session[1] or DEFAULT_TARGET_IDC
        return self.request("GET", f"{self.url}/webcast/fetch", params=params)

    def fetch_rate_limits(self) -> Dict[str, Any]:
        """The limits of this API key (``GET /accounts/me/rate_limits``; the older
        ``/webcast/rate_limits`` when the server lacks it), as JSON: ``minute``, ``hour``,
        ``day``, each ``{max, remaining, reset_at}``."""
        response = self.request("GET", f"{self.url}/accounts/me/rate_limits", params={"type": "webcast"})
        if response.status_code == 404:
            response = self.request("GET", f"{self.url}/webcast/rate_limits")
        raise_for_status(response)
        return sign_json(response, "the rate limits endpoint")

    def send_chat(self, room_id: int, content: str, session: Tuple[str, Optional[str]]) -> Dict[str, Any]:
        """Post ``content`` to the room's chat as the logged-in user: ``POST
        /webcast/rooms/{room_id}/chat`` with the session in ``x-cookie-header`` (the older
        ``POST /webcast/chat`` with ``targetRoomId`` in the body when the server lacks it). A premium
        endpoint on Euler Stream: PremiumEndpointError without the plan (401, 402, 403).
        Returns the sign server's JSON answer."""
        headers = {"x-cookie-header": _session_cookie_header(session)}
        url = f"{self.url}/webcast/rooms/{int(room_id)}/chat"
        response = self.request("POST", url, headers=headers, json_body={"content": content})
        if response.status_code == 404:
            body = {"content": content, "targetRoomId": str(room_id)}
            response = self.request("POST", f"{self.url}/webcast/chat", headers=headers, json_body=body)
        if response.status_code == 401:
            raise PremiumEndpointError(
                "the sign server refused the chat: it needs an API key with a paid plan "
                f"({_error_text(response)})",
                response=response,
            )
        raise_for_status(response)
        return sign_json(response, "the chat endpoint")

    def bulk_live_check(
        self, user_ids: Sequence[int], session: Tuple[str, Optional[str]]
    ) -> Dict[int, LiveStatus]:
        """Which of up to BULK_LIVE_CHECK_MAX creators (by numeric user id) are live, in one
        call (``POST /webcast/bulk_live_check``, with a session). Creators the answer leaves
        out could not be told. PremiumEndpointError when the key may not use it (402, 403)."""
        if len(user_ids) > BULK_LIVE_CHECK_MAX:
            raise ValueError(
                f"a bulk live check takes at most {BULK_LIVE_CHECK_MAX} creators, not {len(user_ids)}"
            )
        headers = {"x-cookie-header": _session_cookie_header(session)}
        body = {"user_numeric_ids": [str(user_id) for user_id in user_ids]}
        response = self.request(
            "POST", f"{self.url}/webcast/bulk_live_check", headers=headers, json_body=body
        )
        raise_for_status(response)
        data = sign_json(response, "the bulk live check")
        found: Dict[int, LiveStatus] = {}
        entries = (
            ((data.get("response") or {}).get("data") or {}) if isinstance(data.get("response"), dict) else {}
        )
        for key, entry in entries.items():
            if not (isinstance(entry, dict) and str(key).isdigit()):
                continue
            room = str(entry.get("room_id") or "")
            room_id = int(room) if room.isdigit() and int(room) > 0 else None
            found[int(key)] = LiveStatus(
                int(key), bool(entry.get("is_live")) and room_id is not None, room_id
            )
        return found

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Optional[Mapping[str, str]] = None,
        headers: Optional[Dict[str, str]] = None,
        json_body: Any = None,
    ) -> requests.Response:
        """One call to the sign server: never a cookie, never a redirect followed."""
        all_headers = dict(headers or {})
        if self.api_key:
            all_headers["X-Api-Key"] = self.api_key

        def failed(text: str, response: Optional[requests.Response]) -> TikTokLiveError:
            if response is None:
                where = redact(self.url)
                return SignAPIError(
                    ErrorReason.CONNECT_ERROR, f"cannot reach the sign server at {where}: {redact(text)}"
                )
            return SignAPIError(
                ErrorReason.SIGN_NOT_200, f"the sign server's answer: {text}", response=response
            )

        response = self.http.request(
            method, url, params=params, headers=all_headers, json=json_body, failure=failed
        )
        if response.is_redirect:
            raise UnexpectedSignatureError(
                f"the sign server redirected to {_location_host(response)!r}; not followed "
                "(the API key would go along)",
                response=response,
            )
        return response


def _check_platform(platform: str, session: Optional[Tuple[str, Optional[str]]]) -> None:
    if platform not in WEBCAST_PLATFORMS:
        raise ValueError(f"platform must be one of {WEBCAST_PLATFORMS}, not {platform!r}")
    if platform == "mobile" and session is None:
        raise AuthenticatedWebSocketConnectionError(
            "platform='mobile' signs for a logged-in app session: pass session_id= and authenticate_ws=True"
        )


def _session_cookie_header(session: Tuple[str, Optional[str]]) -> str:
    session_id, idc = session
    return f"sessionid={session_id}; {TARGET_IDC_COOKIE}={idc or DEFAULT_TARGET_IDC}"


def _location_host(response: requests.Response) -> str:
    from urllib.parse import urljoin

    return urlsplit(urljoin(response.url, response.headers.get("Location", ""))).hostname or ""


def raise_for_status(response: requests.Response) -> None:
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
    if status in (402, 403) or _json_code(response) in (402, 403):
        raise PremiumEndpointError(
            f"the sign server refused: this needs a plan the API key does not have ({_error_text(response)})",
            response=response,
        )
    if status == 401:
        raise UnexpectedSignatureError(
            f"the sign server refused the API key (HTTP 401: {_error_text(response)}): check sign_api_key",
            response=response,
        )
    if status == 503:
        raise UnexpectedSignatureError(
            f"the sign server has no agents available right now (HTTP 503: {_error_text(response)}); "
            "it is worth trying again shortly, or another sign server",
            response=response,
        )
    if status != 200:
        raise UnexpectedSignatureError(
            f"the sign server answered HTTP {status}: {_error_text(response)}", response=response
        )


def sign_json(response: requests.Response, what: str) -> Dict[str, Any]:
    try:
        answer = response.json()
    except ValueError as exc:
        raise UnexpectedSignatureError(f"{what} answered non-JSON", response=response) from exc
    return answer if isinstance(answer, dict) else {"response": answer}


def _signed_fetch_from(response: requests.Response) -> SignedFetch:
    """Turn the sign server's answer into a SignedFetch, or the documented error."""
    raise_for_status(response)
    if not response.content:
        raise SignatureMissingTokensError(
            "the sign server answered 200 with an empty body (TikTok gave it nothing)",
            response=response,
        )
    result = pb.ProtoMessageFetchResult()
    try:
        result.ParseFromString(response.content)
    except DecodeError as exc:
        raise UnexpectedSignatureError(
            "the sign server answered 200 with a body that is not a fetch result", response=response
        ) from exc
    push_host = (urlsplit(result.push_server).hostname or "").lower()
    if push_host in FALLBACK_PUSH_HOSTS:
        error = SignAPIError(
            ErrorReason.SIGN_NOT_200,
            f"the sign server is degraded: it answered with its fallback push server ({push_host}), "
            "which does not connect; try again later",
            response=response,
        )
        error.degraded = True
        raise error
    cookies = parse_cookie_header(response.headers.get("X-Set-TT-Cookie", ""))
    if not cookies:
        raise SignAPIError(
            ErrorReason.EMPTY_COOKIES,
            "the sign server's answer carried no X-Set-TT-Cookie cookies",
            response=response,
        )
    if not result.cursor:
        raise InitialCursorMissingError("the sign server's fetch result has no cursor (blocked?)")
    if not result.push_server or not result.route_params:
        raise WebsocketURLMissingError(
            "the sign server's fetch result has no push server or route params (blocked?)"
        )
    room = response.headers.get("X-Room-Id", "")
    return SignedFetch(
        result=result, cookies=cookies, room_id=int(room) if room.isdigit() and int(room) > 0 else None
    )


def rate_limit_wait(
    headers: Mapping[str, str], now: Optional[float] = None, *, longest: float = MAX_RETRY_AFTER
) -> Tuple[int, int]:
    """``(retry_after seconds, reset unix time)`` from a 429's headers, never raising.

    Servers differ: ``Retry-After`` holds seconds or an HTTP date; ``RateLimit-Reset`` and
    ``X-RateLimit-Reset`` hold a unix time or (IETF draft) seconds from now. Any of them may
    come as a unix time in seconds (from 1e9) or milliseconds (from 1e12). Values that are
    not plain numbers (or are absurdly long) are ignored; the wait is at most ``longest``
    seconds; with nothing usable it is DEFAULT_RETRY_AFTER.
    """
    now = time.time() if now is None else now
    wait: Optional[float] = None
    raw = (headers.get("Retry-After") or "").strip()
    if raw:
        wait = _seconds_from_now(raw, now)
        if wait is None and not _NUMBER_RE.match(raw):
            try:
                wait = email.utils.parsedate_to_datetime(raw).timestamp() - now
            except (TypeError, ValueError, IndexError, OverflowError):
                wait = None
    for name in ("RateLimit-Reset", "X-RateLimit-Reset"):
        if wait is None:
            wait = _seconds_from_now((headers.get(name) or "").strip(), now)
    if wait is None or not math.isfinite(wait):
        wait = DEFAULT_RETRY_AFTER
    seconds = math.ceil(min(max(wait, 0.0), longest))  # round up: never retry too early
    return seconds, int(now) + seconds


_NUMBER_RE = re.compile(r"^[0-9]{1,20}(\.[0-9]{1,9})?$")


def _seconds_from_now(value: str, now: float) -> Optional[float]:
    """Seconds until the moment ``value`` names: a delay, a unix time, or unix milliseconds."""
    if not _NUMBER_RE.match(value):
        return None
    number = float(value)
    if number >= 1e12:
        return number / 1000.0 - now
    if number >= 1e9:
        return number - now
    return number


def parse_cookie_header(header: str) -> Dict[str, str]:
    """``{"ttwid": "...", ...}`` from ``"ttwid=...; tt_csrf_token=...; ..."``."""
    cookies: Dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name.strip()] = value.strip()
    return cookies


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
