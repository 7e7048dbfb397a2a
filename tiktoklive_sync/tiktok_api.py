"""TikTok's web API: the room id, live checks, room info, the gift list, profiles, images.

Every call carries the browser profile's query parameters and headers (and the logged-in
session's cookies, scoped to TikTok's hosts); every failure becomes one of the documented
errors (``TikTokHTTPError``, ``UserNotFoundError``, ``UserOfflineError``,
``AgeRestrictedError``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Sequence
from urllib.parse import urlsplit

from ._transport.http import HttpSession, MediaStream
from .errors import AgeRestrictedError, TikTokHTTPError, TikTokLiveError, UserNotFoundError, UserOfflineError
from .profile import DEFAULT_TARGET_IDC, SESSION_COOKIE_NAMES, TARGET_IDC_COOKIE, BrowserProfile

if TYPE_CHECKING:
    import requests

__all__ = ["ROOM_STATUS_OFFLINE", "TikTokApi", "normalize_unique_id"]

logger = logging.getLogger(__name__)

ROOM_STATUS_OFFLINE = 4

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


_REHYDRATION_RE = re.compile(
    r'<script[^>]*\bid="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>(?P<json>.*?)</script>',
    re.DOTALL | re.IGNORECASE,
)
_AVATAR_RE = re.compile(r'"avatarLarger"\s*:\s*"((?:[^"\\]|\\.)*)"')
_SIGI_RE = re.compile(r'<script[^>]*\bid="SIGI_STATE"[^>]*>(?P<json>.*?)</script>', re.DOTALL | re.IGNORECASE)


class TikTokApi:
    """TikTok's web endpoints over ``http`` (a cookie-keeping :class:`HttpSession`), posing as
    ``profile``. ``extra_params`` go with every call (``web_kwargs``, ``WebDefaults``)."""

    def __init__(
        self,
        http: HttpSession,
        *,
        app_url: str,
        webcast_url: str,
        profile: BrowserProfile,
        extra_params: Optional[Mapping[str, str]] = None,
        cookies: Optional[Mapping[str, str]] = None,
    ) -> None:
        self.http = http
        self.app_url = app_url.rstrip("/")
        self.webcast_url = webcast_url.rstrip("/")
        self.profile = profile
        #: Extra query parameters of every call to TikTok (``web_kwargs``, ``WebDefaults``).
        self.extra_params: Dict[str, str] = dict(extra_params or {})
        self._cookie_domains = sorted({_cookie_domain(url) for url in (self.app_url, self.webcast_url)})
        self.session_id: Optional[str] = None
        self.tt_target_idc: Optional[str] = None
        self._set_cookie(TARGET_IDC_COOKIE, DEFAULT_TARGET_IDC)
        for name, value in (cookies or {}).items():
            self._set_cookie(name, value)

    # -- the logged-in session ----------------------------------------------------------

    def set_session(self, session_id: Optional[str], tt_target_idc: Optional[str] = None) -> None:
        """Log the calls in with a ``sessionid`` cookie (for age-restricted rooms); the
        session cookies go to TikTok's hosts only. ``None`` logs out."""
        self.session_id = session_id or None
        self.tt_target_idc = tt_target_idc or None
        for name in SESSION_COOKIE_NAMES[:3]:
            self._set_cookie(name, self.session_id)
        self._set_cookie(TARGET_IDC_COOKIE, self.tt_target_idc or DEFAULT_TARGET_IDC)

    def _set_cookie(self, name: str, value: Optional[str]) -> None:
        jar = self.http.session.cookies
        for domain in self._cookie_domains:
            if value:
                jar.set(name, value, domain=domain, path="/")
            else:
                with contextlib.suppress(KeyError):
                    jar.clear(domain, "/", name)

    def cookies(self) -> Dict[str, str]:
        """The cookies TikTok set (or we set) on this session, by name."""
        return {cookie.name: cookie.value or "" for cookie in self.http.session.cookies}

    # -- the endpoints ------------------------------------------------------------------

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
        body = self._room_api(unique_id)
        room_id = _dig(body, "data", "user", "roomId")
        status = _dig(body, "data", "liveRoom", "status")
        return _room_id_or_offline(unique_id, room_id, status)

    def fetch_user_id(self, unique_id: str) -> int:
        """The creator's numeric user id, from TikTok's room API (UserNotFoundError)."""
        user_id = str(_dig(self._room_api(unique_id), "data", "user", "id") or "")
        if not user_id.isdigit():
            raise TikTokHTTPError(f"the room API named no user id for @{unique_id}")
        return int(user_id)

    def _room_api(self, unique_id: str) -> Dict[str, Any]:
        params = self._params(uniqueId=unique_id, sourceType="54")
        body = self._get_json(f"{self.app_url}/api-live/user/room/", params, what="room API")
        if body.get("message") == "user_not_found" or body.get("statusCode") == 19881007:
            raise UserNotFoundError(unique_id)
        if _dig(body, "data", "user") is None:
            raise UserNotFoundError(unique_id)
        return body

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

    def open_stream(self, url: str) -> MediaStream:
        """Open a live video pull stream (TikTokHTTPError when it cannot be opened)."""

        def failed(text: str, response: Optional[requests.Response]) -> TikTokLiveError:
            return TikTokHTTPError(f"the video stream: {text}", response=response)

        return self.http.open_stream(url, failed)

    def _params(self, **extra: str) -> Dict[str, str]:
        return {
            **self.profile.http_params(logged_in=self.session_id is not None),
            **self.extra_params,
            **extra,
        }

    def _get(
        self, url: str, params: Optional[Mapping[str, str]], *, what: str, any_host: bool = False
    ) -> requests.Response:
        """One GET to TikTok, following redirects only within TikTok's hosts (to any host with
        ``any_host``, for a CDN: TikTok's cookies are scoped to its hosts and never go along)."""

        def failed(text: str, response: Optional[requests.Response]) -> TikTokLiveError:
            return TikTokHTTPError(f"{what} request failed: {text}", response=response)

        follow = _anywhere if any_host else self._is_tiktok_host
        response = self.http.request("GET", url, params=params, failure=failed, follow=follow)
        if response.status_code != 200:
            raise TikTokHTTPError(f"{what} answered HTTP {response.status_code}", response=response)
        return response

    def _is_tiktok_host(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(_domain_matches(host, domain) for domain in self._cookie_domains)

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


def _anywhere(url: str) -> bool:
    return True


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
