"""Everything HTTP: room id lookup, live check, room info, gift list and the sign server.

This is the only module that imports ``requests``. Every failure leaves it as one of the
documented errors (``tiktoklive_sync.errors``), chained to the original exception.
"""

from __future__ import annotations

import contextlib
import email.utils
import http.cookiejar
import json
import logging
import math
import re
import socket
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, Mapping, Optional, Sequence, Tuple
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from google.protobuf.message import DecodeError
from requests.adapters import HTTPAdapter

from .deadlines import RequestDeadline, deadline, note_connection
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
    TikTokLiveError,
    UnexpectedSignatureError,
    UserNotFoundError,
    UserOfflineError,
    WebsocketURLMissingError,
)
from .profile import (
    DEFAULT_TARGET_IDC,
    DEFAULT_USER_AGENT,
    SESSION_COOKIE_NAMES,
    TARGET_IDC_COOKIE,
    BrowserProfile,
)
from .proto import webcast_pb2 as pb
from .redaction import redact

__all__ = [
    "DEFAULT_APP_URL",
    "DEFAULT_SIGN_URL",
    "DEFAULT_USER_AGENT",
    "DEFAULT_WEBCAST_URL",
    "FALLBACK_PUSH_HOSTS",
    "SIGN_ROUTES",
    "WEBCAST_PLATFORMS",
    "MediaStream",
    "SignedFetch",
    "WebClient",
    "normalize_unique_id",
]

logger = logging.getLogger(__name__)

DEFAULT_APP_URL = "https://www.tiktok.com"
DEFAULT_WEBCAST_URL = "https://webcast.tiktok.com/webcast"
DEFAULT_SIGN_URL = "https://api.eulerstream.com"
SIGN_CLIENT_NAME = "tiktoklive_sync"
ROOM_STATUS_OFFLINE = 4
DEFAULT_RETRY_AFTER = 60
#: The longest wait a rate limit's headers can ask for (a day); longer answers are clamped.
MAX_RETRY_AFTER = 24 * 3600
#: Seconds to wait for TikTok or the sign server: (connect, read).
DEFAULT_TIMEOUT: Tuple[float, float] = (10.0, 15.0)
#: Seconds a whole HTTP request may take, its answer read to the end.
DEFAULT_DEADLINE = 30.0
#: The largest HTTP answer we read, counted after decompression (a live page is ~0.5 MB).
MAX_RESPONSE_SIZE = 16 * 1024 * 1024
MAX_REDIRECTS = 5
#: How to ask the sign server for a signed connection: ``connect`` is the current route
#: (``/webcast/rooms/{room_id}/connect``), ``fetch`` the older ``/webcast/fetch``, and
#: ``auto`` tries the current one and falls back to the older one on a 404.
SIGN_ROUTES = ("auto", "connect", "fetch")
#: Which websocket the sign server signs for: the web player's, or (logged in) the app's.
WEBCAST_PLATFORMS = ("web", "mobile")
#: Push servers the sign service hands out while it is degraded; they never upgrade.
FALLBACK_PUSH_HOSTS = ("ws-fallback.eulerstream.com",)

# TikTok handles: letters, digits, "_" and "."; at most 24 characters.
_HANDLE_RE = re.compile(r"^[A-Za-z0-9_.]{1,24}$")
_REHYDRATION_RE = re.compile(
    r'<script[^>]*\bid="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>(?P<json>.*?)</script>',
    re.DOTALL | re.IGNORECASE,
)
_AVATAR_RE = re.compile(r'"avatarLarger"\s*:\s*"((?:[^"\\]|\\.)*)"')
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
    """TikTok's web API and the sign server, each over its own ``requests.Session``.

    The TikTok session keeps TikTok's cookies (scoped to TikTok's hosts; the session id when
    logged in). The sign-server session never stores or sends a cookie, so nothing of a
    TikTok login reaches the sign server unless authenticated mode asks for it. Neither
    follows a redirect to another host.
    """

    def __init__(
        self,
        *,
        app_url: str = DEFAULT_APP_URL,
        webcast_url: str = DEFAULT_WEBCAST_URL,
        sign_url: str = DEFAULT_SIGN_URL,
        sign_api_key: Optional[str] = None,
        profile: Optional[BrowserProfile] = None,
        timeout: Tuple[float, float] = DEFAULT_TIMEOUT,
        session: Optional[requests.Session] = None,
        proxy: Optional[str] = None,
        sign_route: str = "auto",
        max_response_size: int = MAX_RESPONSE_SIZE,
        deadline: float = DEFAULT_DEADLINE,
        headers: Optional[Mapping[str, str]] = None,
        params: Optional[Mapping[str, str]] = None,
        cookies: Optional[Mapping[str, str]] = None,
    ) -> None:
        if sign_route not in SIGN_ROUTES:
            raise ValueError(f"sign_route must be one of {SIGN_ROUTES}, not {sign_route!r}")
        self.app_url = app_url.rstrip("/")
        self.webcast_url = webcast_url.rstrip("/")
        self.sign_url = sign_url.rstrip("/")
        self.sign_api_key = sign_api_key
        self.profile = profile or BrowserProfile()
        self.timeout = timeout
        self.sign_route = sign_route
        self.max_response_size = max_response_size
        #: Seconds a whole request may take, answer body included, however the bytes trickle.
        self.deadline = deadline
        self._sign_route_in_use = "connect" if sign_route == "auto" else sign_route
        self.session = session or requests.Session()
        self.sign_session = requests.Session()
        self.sign_session.cookies.set_policy(_NO_COOKIES)
        self._owns_sign_session = True
        for each in (self.session, self.sign_session):
            for scheme in ("http://", "https://"):
                each.mount(scheme, _DeadlineAdapter())
            if proxy:
                # socks5h:// lets the proxy resolve names; requests needs PySocks for socks URLs.
                each.proxies.update({"http": proxy, "https": proxy})
        self.session.headers.update({**self.profile.http_headers(), **(headers or {})})
        #: Extra query parameters of every call to TikTok (``web_kwargs``, ``WebDefaults``).
        self.extra_params: Dict[str, str] = dict(params or {})
        self.sign_session.headers.update({"User-Agent": self.profile.user_agent})
        self._cookie_domains = sorted({_cookie_domain(url) for url in (self.app_url, self.webcast_url)})
        self.session_id: Optional[str] = None
        self.tt_target_idc: Optional[str] = None
        self._video_fetcher: Any = None
        self._set_tiktok_cookie(TARGET_IDC_COOKIE, DEFAULT_TARGET_IDC)
        for name, value in (cookies or {}).items():
            self._set_tiktok_cookie(name, value)

    @property
    def user_agent(self) -> str:
        """The user agent of every call (the profile's)."""
        return self.profile.user_agent

    # -- session ------------------------------------------------------------------------

    def set_session(self, session_id: Optional[str], tt_target_idc: Optional[str] = None) -> None:
        """Log TikTok calls in with a ``sessionid`` cookie (for age-restricted rooms).

        The session cookies go to TikTok's hosts only. The websocket and the sign server see
        them only in authenticated mode (``start(authenticate_ws=True)``). ``None`` logs out.
        """
        self.session_id = session_id or None
        self.tt_target_idc = tt_target_idc or None
        for name in SESSION_COOKIE_NAMES[:3]:
            self._set_tiktok_cookie(name, self.session_id)
        self._set_tiktok_cookie(TARGET_IDC_COOKIE, self.tt_target_idc or DEFAULT_TARGET_IDC)

    def _set_tiktok_cookie(self, name: str, value: Optional[str]) -> None:
        for domain in self._cookie_domains:
            if value:
                self.session.cookies.set(name, value, domain=domain, path="/")
            else:
                with contextlib.suppress(KeyError):
                    self.session.cookies.clear(domain, "/", name)

    def cookies(self) -> Dict[str, str]:
        """The cookies TikTok set (or we set) on this session, by name."""
        return {cookie.name: cookie.value or "" for cookie in self.session.cookies}

    def websocket_cookies(self, signed: SignedFetch, *, authenticated: bool) -> Dict[str, str]:
        """The cookies of the websocket handshake: TikTok's, then the sign server's; the
        session cookies only when ``authenticated``."""
        cookies = self.cookies()
        if not authenticated:
            for name in SESSION_COOKIE_NAMES:
                cookies.pop(name, None)
        return {**cookies, **signed.cookies}

    def close(self) -> None:
        """Close both HTTP sessions' pooled connections (a shared sign session stays open)."""
        self.session.close()
        if self._owns_sign_session:
            self.sign_session.close()

    def share_sign_session(self, other: WebClient) -> None:
        """Send sign-server calls through ``other``'s session (its pool of connections), as
        many clients of one sign server should; ``other`` closes it. The session holds no
        cookies and only the user agent as a header, so nothing of this client's goes along."""
        if self._owns_sign_session:
            self.sign_session.close()
        self.sign_session = other.sign_session
        self._owns_sign_session = False

    def set_sign_pool_size(self, size: int) -> None:
        """Keep up to ``size`` connections to the sign server (for a session many share)."""
        for scheme in ("http://", "https://"):
            self.sign_session.mount(scheme, _DeadlineAdapter(pool_maxsize=size))

    # -- TikTok -------------------------------------------------------------------------

    def fetch_room_id(self, unique_id: str) -> int:
        """The room id of ``unique_id``'s live: from the live page, else from the room API.

        Raises UserNotFoundError when TikTok has no such user and UserOfflineError when the
        user exists but is not live.
        """
        try:
            return self.fetch_room_id_from_html(unique_id)
        except TikTokHTTPError as exc:
            logger.debug("live page of @%s unusable (%s); trying the room API", unique_id, exc)
        return self.fetch_room_id_from_api(unique_id)

    def fetch_room_id_from_html(self, unique_id: str) -> int:
        """The room id from the live page's SIGI_STATE (TikTokHTTPError when the page has
        none, as behind a captcha; UserOfflineError when the user is not live)."""
        live_user = _dig(self._fetch_sigi_state(unique_id), "LiveRoom", "liveRoomUserInfo", "user")
        if not isinstance(live_user, dict) or not live_user.get("roomId"):
            raise TikTokHTTPError(f"the live page of @{unique_id} names no room")
        return _room_id_or_offline(unique_id, live_user.get("roomId"), live_user.get("status"))

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

    def fetch_room_id_from_api(self, unique_id: str) -> int:
        """The room id from TikTok's room API (UserNotFoundError, UserOfflineError)."""
        params = self._params(uniqueId=unique_id, sourceType="54")
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
        alive = self.fetch_live_status([room_id])
        if room_id not in alive:
            raise TikTokHTTPError(f"the live check did not mention room {room_id}")
        return alive[room_id]

    def fetch_live_status(self, room_ids: Sequence[int]) -> Dict[int, bool]:
        """Which of the rooms are live now, in one call (TikTok's check_alive takes many ids);
        rooms TikTok does not mention are left out."""
        params = self._params(room_ids=",".join(str(room_id) for room_id in room_ids))
        body = self._get_json(f"{self.webcast_url}/room/check_alive/", params, what="live check")
        wanted = {str(room_id): room_id for room_id in room_ids}
        alive: Dict[int, bool] = {}
        for entry in body.get("data") or []:
            if isinstance(entry, dict) and str(entry.get("room_id")) in wanted:
                alive[wanted[str(entry.get("room_id"))]] = bool(entry.get("alive"))
        return alive

    def fetch_room_info(self, room_id: int) -> Dict[str, Any]:
        """The room's info (title, owner, stats...). Raises AgeRestrictedError when TikTok
        withholds it behind an age prompt."""
        params = self._params(room_id=str(room_id))
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
        body = self._get_json(f"{self.webcast_url}/gift/list/", self._params(), what="gift list")
        data = body.get("data")
        if not isinstance(data, dict):
            raise TikTokHTTPError("gift list answered without data")
        return data

    def fetch_user_unique_id(self, user_id: int) -> str:
        """The handle (``unique_id``) of the user with the numeric id ``user_id``, read from
        their profile page. Raises UserNotFoundError when the page names nobody."""
        response = self._get(f"{self.app_url}/@{int(user_id)}", params=None, what="profile page")
        match = _REHYDRATION_RE.search(response.text)
        if match is None:
            raise TikTokHTTPError("the profile page holds no user data (blocked?)", response=response)
        try:
            data = json.loads(match.group("json"))
        except ValueError as exc:
            raise TikTokHTTPError("the profile page's user data is not JSON", response=response) from exc
        unique_id = _dig(data, "__DEFAULT_SCOPE__", "webapp.user-detail", "userInfo", "user", "uniqueId")
        if not isinstance(unique_id, str) or not unique_id:
            raise UserNotFoundError(str(user_id), f"no user has the id {user_id}")
        return unique_id

    def fetch_avatar_url(self, unique_id: str) -> Optional[str]:
        """The large avatar URL on ``unique_id``'s profile page (None when it shows none)."""
        response = self._get(f"{self.app_url}/@{unique_id}", params=None, what="profile page")
        match = _AVATAR_RE.search(response.text)
        if match is None:
            return None
        try:
            url = json.loads(f'"{match.group(1)}"')  # the page JSON-escapes it
        except ValueError:
            return None
        return url if isinstance(url, str) else None

    def fetch_image_data(self, image: Any) -> bytes:
        """The bytes of an image: a URL, or anything with a ``url_list`` (an ImageModel, an
        event's ``avatar_thumb``...), whose first URL is fetched. CDN hosts get no TikTok
        cookie; redirects are followed (nothing secret goes along); the size cap applies."""
        url = image if isinstance(image, str) else next(iter(getattr(image, "url_list", []) or []), "")
        if not url:
            raise ValueError(f"no image URL in {image!r}")
        return self._get(url, None, what="image", any_host=True).content

    @property
    def fetch_video_data(self) -> Any:
        """TikTokLive's video recorder shape: ``fetch_video_data.start(output_fp=,
        room_info=, output_format=)``, ``.stop()``, ``.is_recording`` (see
        :class:`tiktoklive_sync.video.VideoFetcher`)."""
        from .video import VideoFetcher  # video.py builds on this module

        if self._video_fetcher is None:
            self._video_fetcher = VideoFetcher(self)
        return self._video_fetcher

    def open_stream(self, url: str) -> MediaStream:
        """Open an endless answer (a live video pull stream): read timeouts apply to each
        read, no total deadline or size cap (it is meant to go on)."""

        def failed(text: str) -> TikTokLiveError:
            return TikTokHTTPError(f"the video stream could not be opened: {text}")

        with _converted_errors(failed, self.deadline):
            response = self.session.get(url, stream=True, timeout=self.timeout)
        if response.status_code != 200:
            response.close()
            raise TikTokHTTPError(f"the video stream answered HTTP {response.status_code}", response=response)
        return MediaStream(response)

    def _params(self, **extra: str) -> Dict[str, str]:
        return {
            **self.profile.http_params(logged_in=self.session_id is not None),
            **self.extra_params,
            **extra,
        }

    # -- sign server --------------------------------------------------------------------

    def fetch_signed(
        self,
        room_id: int,
        *,
        cursor: Optional[str] = None,
        authenticate_ws: bool = False,
        platform: str = "web",
    ) -> SignedFetch:
        """Ask the sign server for the first fetch result and the websocket cookies.

        Without ``authenticate_ws`` nothing of a TikTok login is sent (a client with a
        session id then connects anonymously). With it, the session goes along: as the
        ``x-cookie-header`` header on the current route, as query params on the older one.
        """
        if platform not in WEBCAST_PLATFORMS:
            raise ValueError(f"platform must be one of {WEBCAST_PLATFORMS}, not {platform!r}")
        if authenticate_ws and not self.session_id:
            raise AuthenticatedWebSocketConnectionError(
                "authenticate_ws=True needs a logged-in session: pass session_id= to the client"
            )
        if platform == "mobile" and not authenticate_ws:
            raise AuthenticatedWebSocketConnectionError(
                "platform='mobile' signs for a logged-in app session: "
                "pass session_id= and authenticate_ws=True"
            )
        if self._sign_route_in_use == "connect":
            response = self._sign_connect(room_id, cursor, authenticate_ws, platform)
            if response.status_code == 404 and self.sign_route == "auto":
                logger.info("the sign server has no /webcast/rooms/{id}/connect; using /webcast/fetch")
                self._sign_route_in_use = "fetch"
            else:
                return _signed_fetch_from(response)
        return _signed_fetch_from(self._sign_fetch(room_id, cursor, authenticate_ws, platform))

    def _sign_params(self, cursor: Optional[str], platform: str) -> Dict[str, str]:
        params = {
            "client": SIGN_CLIENT_NAME,
            "user_agent": self.user_agent,
            "client_enter": "true",
            "platform": platform,
        }
        if cursor:
            params["cursor"] = cursor
        return params

    def _session_cookie_header(self) -> str:
        assert self.session_id is not None
        return f"sessionid={self.session_id}; {TARGET_IDC_COOKIE}={self.tt_target_idc or DEFAULT_TARGET_IDC}"

    def _sign_connect(
        self, room_id: int, cursor: Optional[str], authenticate_ws: bool, platform: str
    ) -> requests.Response:
        headers = {"Accept": "application/protobuf,application/json"}
        if authenticate_ws:
            headers["x-cookie-header"] = self._session_cookie_header()
        url = f"{self.sign_url}/webcast/rooms/{int(room_id)}/connect"
        return self._sign_request("GET", url, params=self._sign_params(cursor, platform), headers=headers)

    def _sign_fetch(
        self, room_id: int, cursor: Optional[str], authenticate_ws: bool, platform: str
    ) -> requests.Response:
        params = {"room_id": str(room_id), **self._sign_params(cursor, platform)}
        if authenticate_ws:
            assert self.session_id is not None
            params["session_id"] = self.session_id
            params["tt_target_idc"] = self.tt_target_idc or DEFAULT_TARGET_IDC
        return self._sign_request("GET", f"{self.sign_url}/webcast/fetch", params=params)

    def fetch_sign_rate_limits(self) -> Dict[str, Any]:
        """The sign server's limits for this API key (``GET /webcast/rate_limits``), as JSON."""
        response = self._sign_request("GET", f"{self.sign_url}/webcast/rate_limits")
        _raise_for_sign_status(response)
        return _sign_json(response, "the rate limits endpoint")

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
        response = self._sign_request("POST", f"{self.sign_url}/webcast/chat", json_body=body)
        _raise_for_sign_status(response)
        return _sign_json(response, "the chat endpoint")

    # -- plumbing: the one place requests' errors become ours ----------------------------

    def _sign_request(
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
        if self.sign_api_key:
            all_headers["X-Api-Key"] = self.sign_api_key

        def unreachable(text: str) -> TikTokLiveError:
            return SignAPIError(ErrorReason.CONNECT_ERROR, f"cannot reach the sign server at {url}: {text}")

        with _converted_errors(unreachable, self.deadline):
            response = self.sign_session.request(
                method,
                url,
                params=params,
                headers=all_headers,
                json=json_body,
                timeout=self.timeout,
                allow_redirects=False,
                stream=True,
            )
            self._read_capped(response, "the sign server's answer", SignAPIError, ErrorReason.SIGN_NOT_200)
        if response.is_redirect:
            raise UnexpectedSignatureError(
                f"the sign server redirected to {_location_host(response)!r}; not followed "
                "(the API key would go along)",
                response=response,
            )
        return response

    def _get(
        self, url: str, params: Optional[Mapping[str, str]], *, what: str, any_host: bool = False
    ) -> requests.Response:
        """One GET to TikTok, following redirects only within TikTok's hosts (to any host with
        ``any_host``, for a CDN: TikTok's cookies are scoped to its hosts and never go along)."""
        for _ in range(MAX_REDIRECTS + 1):
            with _converted_errors(
                lambda text: TikTokHTTPError(f"{what} request failed: {text}"), self.deadline
            ):
                response = self.session.get(
                    url, params=params, timeout=self.timeout, allow_redirects=False, stream=True
                )
                self._read_capped(response, what, TikTokHTTPError)
            if not response.is_redirect:
                break
            target = urljoin(response.url, response.headers.get("Location", ""))
            if not any_host and not self._is_tiktok_host(target):
                raise TikTokHTTPError(
                    f"{what} redirected to another host ({_location_host(response)!r}); not followed",
                    response=response,
                )
            url, params = target, None
        else:
            raise TikTokHTTPError(f"{what} redirected more than {MAX_REDIRECTS} times", response=response)
        if response.status_code != 200:
            raise TikTokHTTPError(f"{what} answered HTTP {response.status_code}", response=response)
        return response

    def _is_tiktok_host(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(_domain_matches(host, domain) for domain in self._cookie_domains)

    def _read_capped(self, response: requests.Response, what: str, error: Any, *reason: Any) -> None:
        """Read the body, decompressed, refusing more than ``max_response_size`` bytes."""
        limit = self.max_response_size
        chunks = []
        size = 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise error(
                        *reason,
                        f"{what} is larger than {limit} bytes (decompressed); not read",
                        response=response,
                    )
                chunks.append(chunk)
        finally:
            response.close()
        response._content = b"".join(chunks)  # what requests itself does when not streaming

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


_NO_COOKIES = http.cookiejar.DefaultCookiePolicy(allowed_domains=[])


class _DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter that tells the deadline watchdog (``deadlines.py``) each connection a
    request is given, so an expired request's socket can be shut down."""

    def get_connection_with_tls_context(self, *args: Any, **kwargs: Any) -> Any:
        """requests >= 2.32.2 asks this for a request's connection pool."""
        return _noting(super().get_connection_with_tls_context(*args, **kwargs))

    def get_connection(self, *args: Any, **kwargs: Any) -> Any:
        """Older requests ask this."""
        return _noting(super().get_connection(*args, **kwargs))


def _noting(pool: Any) -> Any:
    """Make a urllib3 pool report every connection it hands out to the current deadline."""
    if getattr(pool, "_deadline_noted", False):
        return pool
    hand_out = pool._get_conn

    def get_conn(*args: Any, **kwargs: Any) -> Any:
        connection = hand_out(*args, **kwargs)
        note_connection(connection)
        return connection

    pool._get_conn = get_conn
    pool._deadline_noted = True
    return pool


class MediaStream:
    """An opened endless answer (a live pull stream): :meth:`chunks` hands out the bytes as
    the socket delivers them (never waiting to fill a buffer), :meth:`cut` ends it at once
    from any thread, even while a read waits."""

    def __init__(self, response: requests.Response) -> None:
        self.response = response
        raw: Any = response.raw
        # urllib3 2 reads what has arrived with read1 (decoding included); urllib3 1.26 has
        # none, and the http.client answer underneath it does (live streams are not encoded).
        self._read1: Callable[[int], bytes] = getattr(raw, "read1", None) or raw._fp.read1
        self._socket = _socket_of(response)

    def chunks(self, size: int) -> Iterator[bytes]:
        """Up to ``size`` bytes at a time, as they arrive; TikTokHTTPError when it breaks off."""
        try:
            while True:
                chunk = self._read1(size)
                if not chunk:
                    return
                yield chunk
        except (
            requests.RequestException,
            urllib3.exceptions.HTTPError,
            OSError,
            ValueError,
            AttributeError,
        ) as exc:
            raise TikTokHTTPError(f"the video stream broke off: {redact(str(exc))}") from exc

    def cut(self) -> None:
        """End the stream now, from any thread: its socket is shut down, so a waiting read
        returns at once (the reader then closes it)."""
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        """Free the connection (by the thread that reads it, after its last read)."""
        with contextlib.suppress(Exception):  # a response closed under a reader may complain
            self.response.close()


def _socket_of(response: requests.Response) -> Optional[socket.socket]:
    """The socket an open streamed answer reads from: urllib3's connection holds it while
    the connection stays open, http.client's buffered reader once the answer took it over
    (an answer that ends with its connection)."""
    connection = getattr(response.raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is None:
        reader = getattr(getattr(response.raw, "_fp", None), "fp", None)
        sock = getattr(getattr(reader, "raw", None), "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


@contextlib.contextmanager
def _converted_errors(make: Callable[[str], TikTokLiveError], seconds: float) -> Iterator[RequestDeadline]:
    """Run the block's requests under a total deadline of ``seconds``, and turn requests'
    exceptions into ``make(text)``, chained, with ``timed_out`` telling whether the cause was
    a timeout (a single read's, or the deadline's). A request cut off by the deadline fails
    even when what arrived before the cut happened to parse."""
    with deadline(seconds) as request:
        try:
            yield request
        except requests.RequestException as exc:
            error = make(f"no whole answer within {seconds:g} s" if request.expired else redact(str(exc)))
            error.timed_out = request.expired or isinstance(exc, requests.Timeout)  # type: ignore[attr-defined]
            _redact_chain(exc)
            raise error from exc
        if request.expired:
            error = make(f"no whole answer within {seconds:g} s")
            error.timed_out = True  # type: ignore[attr-defined]
            raise error


def _redact_chain(exc: BaseException) -> None:
    """Redact the messages of ``exc`` and every exception behind it: a printed traceback
    shows them all, and urllib3's name the URL (with the session id on the older sign route)."""
    seen = set()
    current: Optional[BaseException] = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        with contextlib.suppress(Exception):  # some exception types refuse new args
            current.args = (redact(str(current)),)
        current = current.__cause__ or current.__context__


def _cookie_domain(url: str) -> str:
    """Where TikTok's cookies may go: ``.tiktok.com`` for TikTok's hosts, else the exact host
    (a local TikTok such as FakeLiveServer)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "tiktok.com" or host.endswith(".tiktok.com"):
        return ".tiktok.com"
    # http.cookiejar compares a dot-less host as "<host>.local".
    return host if "." in host else f"{host}.local"


def _domain_matches(host: str, domain: str) -> bool:
    if domain.startswith("."):
        return host == domain[1:] or host.endswith(domain)
    return domain in (host, f"{host}.local")


def _location_host(response: requests.Response) -> str:
    return urlsplit(urljoin(response.url, response.headers.get("Location", ""))).hostname or ""


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
    if status in (402, 403) or _json_code(response) in (402, 403):
        raise PremiumEndpointError(
            f"the sign server refused: this needs a plan the API key does not have ({_error_text(response)})",
            response=response,
        )
    if status != 200:
        raise UnexpectedSignatureError(
            f"the sign server answered HTTP {status}: {_error_text(response)}", response=response
        )


def _sign_json(response: requests.Response, what: str) -> Dict[str, Any]:
    try:
        answer = response.json()
    except ValueError as exc:
        raise UnexpectedSignatureError(f"{what} answered non-JSON", response=response) from exc
    return answer if isinstance(answer, dict) else {"response": answer}


def _signed_fetch_from(response: requests.Response) -> SignedFetch:
    """Turn the sign server's answer into a SignedFetch, or the documented error."""
    _raise_for_sign_status(response)
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
    return SignedFetch(result=result, cookies=cookies)


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
