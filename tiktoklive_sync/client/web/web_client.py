"""``client.web``: the HTTP side of a client under TikTokLive's names — a thin facade over
TikTok's web API (:mod:`tiktoklive_sync.tiktok_api`), the sign server
(:mod:`tiktoklive_sync.sign`) and the video (:mod:`tiktoklive_sync.media`), each on its own
HTTP session (:mod:`tiktoklive_sync._transport.http`)."""

from __future__ import annotations

import threading
from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple, Union

from ..._checks import check_choice
from ..._config import (
    DEFAULT_APP_URL,
    DEFAULT_DEADLINE,
    DEFAULT_SIGN_URL,
    DEFAULT_TIMEOUT,
    DEFAULT_WEBCAST_URL,
    ClientConfig,
)
from ..._config import SIGN_ROUTES as _SIGN_ROUTES
from ..._transport.http import HttpSession, MediaStream
from ...budget import SignBudget
from ...errors import AuthenticatedWebSocketConnectionError
from ...media.video import VideoFetcher
from ...profile import SESSION_COOKIE_NAMES, BrowserProfile
from ...sign.client import LiveStatus, SignClient, SignedFetch
from ...sign.rotation import SignServer, SignServers, sign_servers_from
from ...tiktok_api import TikTokApi

__all__ = ["WebClient"]


class WebClient:
    """TikTok's web API, the sign server and the video of one client (``client.web``).

    TikTok's session keeps TikTok's cookies (scoped to TikTok's hosts; the session id when
    logged in). The sign server's session never stores or sends a cookie, so nothing of a
    TikTok login reaches the sign server unless authenticated mode asks for it. Neither
    follows a redirect to another host.
    """

    def __init__(
        self,
        *,
        app_url: str = DEFAULT_APP_URL,
        webcast_url: str = DEFAULT_WEBCAST_URL,
        sign_url: Union[str, SignServer, Sequence[Union[str, SignServer]]] = DEFAULT_SIGN_URL,
        sign_api_key: Optional[str] = None,
        profile: Optional[BrowserProfile] = None,
        timeout: Tuple[float, float] = DEFAULT_TIMEOUT,
        proxy: Optional[str] = None,
        sign_route: str = "auto",
        deadline: float = DEFAULT_DEADLINE,
        headers: Optional[Mapping[str, str]] = None,
        params: Optional[Mapping[str, str]] = None,
        cookies: Optional[Mapping[str, str]] = None,
    ) -> None:
        check_choice("sign_route", sign_route, _SIGN_ROUTES)
        self.profile = profile or BrowserProfile()
        self.http = HttpSession(
            timeout=timeout,
            deadline=deadline,
            proxy=proxy,
            headers={**self.profile.http_headers(), **(headers or {})},
        )
        self.sign_http = HttpSession(
            timeout=timeout,
            deadline=deadline,
            proxy=proxy,
            cookies=False,
            headers={"User-Agent": self.user_agent},
        )
        self._owns_sign_http = True
        self.tiktok = TikTokApi(
            self.http,
            app_url=app_url,
            webcast_url=webcast_url,
            profile=self.profile,
            extra_params=params,
            cookies=cookies,
        )
        #: The sign servers, in order of preference, with their health.
        self.sign = SignServers(
            [
                (
                    server,
                    SignClient(
                        self.sign_http,
                        url=server.url,
                        api_key=server.api_key or sign_api_key,
                        route=sign_route,
                        user_agent=self.user_agent,
                    ),
                )
                for server in sign_servers_from(sign_url)
            ]
        )
        self._video_fetcher: Optional[VideoFetcher] = None

    @classmethod
    def from_config(cls, config: ClientConfig) -> WebClient:
        """The web side of a client made with ``config``."""
        web = cls(
            app_url=config.app_url,
            webcast_url=config.webcast_url,
            sign_url=list(config.sign_servers),
            sign_api_key=config.sign_api_key,
            profile=config.profile,
            timeout=config.http_timeout,
            proxy=config.web_proxy,
            sign_route=config.sign_route,
            deadline=config.http_deadline,
            headers=config.web_headers,
            params=config.web_params,
            cookies=config.web_cookies,
        )
        if config.session_id:
            web.set_session(config.session_id, config.tt_target_idc)
        return web

    @property
    def user_agent(self) -> str:
        """The user agent of every call (the profile's)."""
        return self.profile.user_agent

    @property
    def timeout(self) -> Tuple[float, float]:
        """Seconds to connect and for each read of an HTTP call."""
        return self.http.timeout

    @property
    def deadline(self) -> float:
        """Seconds a whole HTTP call may take, its answer read to the end."""
        return self.http.deadline

    # -- the session ----------------------------------------------------------------------

    def set_session(self, session_id: Optional[str], tt_target_idc: Optional[str] = None) -> None:
        """Log TikTok calls in with a ``sessionid`` cookie (for age-restricted rooms).

        The session cookies go to TikTok's hosts only. The websocket and the sign server see
        them only in authenticated mode (``start(authenticate_ws=True)``). ``None`` logs out.
        """
        self.tiktok.set_session(session_id, tt_target_idc)

    @property
    def session_id(self) -> Optional[str]:
        """The logged-in session's id, if any."""
        return self.tiktok.session_id

    @property
    def tt_target_idc(self) -> Optional[str]:
        """The logged-in session's data centre, if given."""
        return self.tiktok.tt_target_idc

    def cookies(self) -> Dict[str, str]:
        """The cookies TikTok set (or we set) on this session, by name."""
        return self.tiktok.cookies()

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
        self.http.close()
        if self._owns_sign_http:
            self.sign_http.close()

    def share_sign_session(self, other: WebClient) -> None:
        """Send sign-server calls through ``other``'s session (its pool of connections), as
        many clients of one sign server should; ``other`` closes it. The session holds no
        cookies and only the user agent as a header, so nothing of this client's goes along."""
        if self._owns_sign_http:
            self.sign_http.close()
        self.sign_http = other.sign_http
        self.sign = other.sign  # and what it knows of each server's health
        self._owns_sign_http = False

    def set_sign_pool_size(self, size: int) -> None:
        """Keep up to ``size`` connections to the sign server (for a session many share)."""
        self.sign_http.set_pool_size(size)

    # -- TikTok (TikTokLive's names) -------------------------------------------------------

    def fetch_room_id(self, unique_id: str) -> int:
        """The room id of ``unique_id``'s live: from the live page, else from the room API
        (UserNotFoundError, UserOfflineError)."""
        return self.tiktok.fetch_room_id(unique_id)

    def fetch_room_id_from_html(self, unique_id: str) -> int:
        """The room id from the live page (TikTokHTTPError behind a captcha)."""
        return self.tiktok.fetch_room_id_from_html(unique_id)

    def fetch_room_id_from_api(self, unique_id: str) -> int:
        """The room id from TikTok's room API."""
        return self.tiktok.fetch_room_id_from_api(unique_id)

    def fetch_user_id(self, unique_id: str) -> int:
        """The creator's numeric user id."""
        return self.tiktok.fetch_user_id(unique_id)

    def fetch_is_live(self, room_id: int) -> bool:
        """Whether the room is live now (TikTok's check_alive)."""
        return self.tiktok.fetch_is_live(room_id)

    def fetch_live_status(self, room_ids: Sequence[int]) -> Dict[int, bool]:
        """Which of the rooms are live now, in one call."""
        return self.tiktok.fetch_live_status(room_ids)

    def fetch_room_info(self, room_id: int) -> Dict[str, Any]:
        """The room's info (AgeRestrictedError behind an age prompt)."""
        return self.tiktok.fetch_room_info(room_id)

    def fetch_gift_list(self) -> Dict[str, Any]:
        """TikTok's gift catalogue."""
        return self.tiktok.fetch_gift_list()

    def fetch_user_unique_id(self, user_id: int) -> str:
        """The handle of the user with the numeric id ``user_id``."""
        return self.tiktok.fetch_user_unique_id(user_id)

    def fetch_avatar_url(self, unique_id: str) -> Optional[str]:
        """The large avatar URL on ``unique_id``'s profile page."""
        return self.tiktok.fetch_avatar_url(unique_id)

    def fetch_image_data(self, image: Any) -> bytes:
        """The bytes of an image: a URL, or anything with a ``url_list`` (an ImageModel)."""
        return self.tiktok.fetch_image_data(image)

    def open_stream(self, url: str) -> MediaStream:
        """Open a live video pull stream."""
        return self.tiktok.open_stream(url)

    @property
    def fetch_video_data(self) -> VideoFetcher:
        """TikTokLive's video recorder shape: ``fetch_video_data.start(output_fp=,
        room_info=, output_format=)``, ``.stop()``, ``.is_recording``."""
        if self._video_fetcher is None:
            self._video_fetcher = VideoFetcher(self.open_stream)
        return self._video_fetcher

    # -- the sign server ---------------------------------------------------------------------

    def fetch_signed(
        self,
        room_id: Optional[int],
        *,
        cursor: Optional[str] = None,
        authenticate_ws: bool = False,
        platform: str = "web",
        unique_id: Optional[str] = None,
        budget_of: Optional[Callable[[SignServer], Optional[SignBudget]]] = None,
        reconnect: bool = False,
        stopping: Optional[threading.Event] = None,
    ) -> Optional[SignedFetch]:
        """Ask the sign servers (the first healthy one, failing over) for the first fetch
        result and the websocket cookies; with ``authenticate_ws`` the logged-in session goes
        along (otherwise nothing of it does). Without a ``room_id``, by ``unique_id`` (a paid
        plan). With ``budget_of``, each server's sign budget is waited for first; None when
        ``stopping`` was set meanwhile."""
        if authenticate_ws and not self.session_id:
            raise AuthenticatedWebSocketConnectionError(
                "authenticate_ws=True needs a logged-in session: pass session_id= to the client"
            )
        session = (self.session_id, self.tt_target_idc) if authenticate_ws and self.session_id else None

        def sign(client: SignClient) -> SignedFetch:
            if room_id is None:
                assert unique_id is not None
                return client.fetch_signed_by_handle(
                    unique_id, cursor=cursor, session=session, platform=platform
                )
            return client.fetch_signed(room_id, cursor=cursor, session=session, platform=platform)

        return self.sign.call(sign, budget_of=budget_of, reconnect=reconnect, stopping=stopping)

    def fetch_sign_rate_limits(self) -> Dict[str, Any]:
        """The first healthy sign server's limits for its API key, as JSON."""
        limits = self.sign.call(lambda client: client.fetch_rate_limits())
        assert limits is not None
        return limits

    def send_room_chat(self, room_id: int, content: str) -> Dict[str, Any]:
        """Post ``content`` to the room's chat as the logged-in user, through the sign
        server's chat endpoint (a premium endpoint on Euler Stream).

        Needs a session id (``set_session``); calling this is the explicit consent to send it
        to the sign server. Returns the sign server's JSON answer.
        """
        session = self._session("send_room_chat")
        if not content.strip():
            raise ValueError("a chat message cannot be empty")
        answer = self.sign.call(lambda client: client.send_chat(room_id, content, session))
        assert answer is not None
        return answer

    def bulk_live_check(self, user_ids: Sequence[int]) -> Dict[int, LiveStatus]:
        """Which of these creators (numeric user ids, up to 50) are live, in one call to the
        sign server (it needs the logged-in session; PremiumEndpointError where the plan lacks
        it). Creators it could not tell are left out."""
        session = self._session("bulk_live_check")
        found = self.sign.call(lambda client: client.bulk_live_check(user_ids, session))
        assert found is not None
        return found

    def _session(self, what: str) -> Tuple[str, Optional[str]]:
        if not self.session_id:
            raise ValueError(f"{what} needs a logged-in session: pass session_id= to the client")
        return self.session_id, self.tt_target_idc
