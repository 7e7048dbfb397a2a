"""The browser this client poses as: the query parameters, headers and cookies it sends.

TikTok's web player and the maintained clients (TikTokLive 7.0.1, TikTok-Live-Connector
2.5.0) send the same set of browser facts with every call: language, region, time zone,
screen, user agent and a device id. :class:`BrowserProfile` holds them once, so the HTTP
calls (``tiktok_api.py``) and the websocket URL (``_transport/push.py``) always agree.
docs/protocol.rst's "Protocol parity" table lists every parameter with what each client sends.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Dict, List, Tuple
from urllib.parse import quote

__all__ = [
    "DEFAULT_USER_AGENT",
    "SESSION_COOKIE_NAMES",
    "TARGET_IDC_COOKIE",
    "BrowserProfile",
    "encode_query",
    "new_device_id",
]

DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36"
)
#: The data-centre cookie every maintained client sends; ``useast1a`` unless logged in elsewhere.
TARGET_IDC_COOKIE = "tt-target-idc"
DEFAULT_TARGET_IDC = "useast1a"
#: Cookies that carry a logged-in session: they go to TikTok only, never to the sign server,
#: and onto the websocket only in authenticated mode.
SESSION_COOKIE_NAMES = ("sessionid", "sessionid_ss", "sid_tt", "sid_guard")

TIKTOK_ORIGIN = "https://www.tiktok.com"


def new_device_id() -> str:
    """A random 19-digit device id (no leading zero), as TikTok's web player makes one."""
    return str(secrets.randbelow(9 * 10**18) + 10**18)


@dataclass(frozen=True)
class BrowserProfile:
    """Who we say we are to TikTok. Every field can be changed; the defaults are a desktop
    Chrome in the United States.

    ``device_id`` is made once per profile (so once per client) and stays the same for every
    call of that client, as a browser's would.
    """

    user_agent: str = DEFAULT_USER_AGENT
    #: Two-letter language (``app_language``, ``webcast_language``).
    language: str = "en"
    #: Language with country (``browser_language``).
    locale: str = "en-US"
    #: Country code (``region``, ``priority_region``).
    region: str = "US"
    tz_name: str = "America/New_York"
    screen_width: int = 1920
    screen_height: int = 1080
    device_id: str = field(default_factory=new_device_id)

    def __post_init__(self) -> None:
        if not self.user_agent.strip() or "/" not in self.user_agent:
            raise ValueError(f"user_agent must look like 'Name/version ...', not {self.user_agent!r}")
        if not (self.device_id.isdigit() and len(self.device_id) == 19):
            raise ValueError("device_id must be 19 digits")
        if not (len(self.region) == 2 and self.region.isalpha()):
            raise ValueError(f"region must be a two-letter country code such as 'US', not {self.region!r}")
        if not (2 <= len(self.language) <= 3 and self.language.isalpha()):
            raise ValueError(
                f"language must be a two-letter language code such as 'en', not {self.language!r}"
            )

    # -- facts read off the user agent -------------------------------------------------

    @property
    def browser_name(self) -> str:
        """The part of the user agent before the first ``/`` (``Mozilla``)."""
        return self.user_agent.split("/", 1)[0]

    @property
    def browser_version(self) -> str:
        """Everything after the first ``/`` of the user agent."""
        return self.user_agent.split("/", 1)[1]

    @property
    def browser_platform(self) -> str:
        """``MacIntel`` for a Mac user agent, ``Win32`` otherwise (as the browsers report)."""
        return "MacIntel" if "Macintosh" in self.user_agent else "Win32"

    @property
    def os(self) -> str:
        """``mac`` or ``windows``, matching :attr:`browser_platform`."""
        return "mac" if "Macintosh" in self.user_agent else "windows"

    # -- what is sent ------------------------------------------------------------------

    def http_params(self, *, logged_in: bool = False) -> Dict[str, str]:
        """Query parameters of every call to TikTok's web API."""
        return {
            "aid": "1988",
            "app_language": self.language,
            "app_name": "tiktok_web",
            "browser_language": self.locale,
            "browser_name": self.browser_name,
            "browser_online": "true",
            "browser_platform": self.browser_platform,
            "browser_version": self.browser_version,
            "channel": "tiktok_web",
            "cookie_enabled": "true",
            "data_collection_enabled": "true",
            "device_id": self.device_id,
            "device_platform": "web_pc",
            "focus_state": "true",
            "from_page": "user",
            "history_len": "4",
            "is_fullscreen": "false",
            "is_page_visible": "true",
            "os": self.os,
            "priority_region": self.region,
            "referer": f"{TIKTOK_ORIGIN}/",
            "region": self.region,
            "root_referer": f"{TIKTOK_ORIGIN}/",
            "screen_height": str(self.screen_height),
            "screen_width": str(self.screen_width),
            "tz_name": self.tz_name,
            "user_is_login": "true" if logged_in else "false",
            "webcast_language": self.language,
        }

    def http_headers(self) -> Dict[str, str]:
        """Headers of every call to TikTok's web API."""
        return {
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/json,application/protobuf",
            "Accept-Language": f"{self.locale},{self.language};q=0.9",
            "Accept-Encoding": "gzip, deflate",
            "Cache-Control": "max-age=0",
            "Referer": f"{TIKTOK_ORIGIN}/",
            "Origin": TIKTOK_ORIGIN,
            "Sec-Fetch-Site": "same-site",
            "Sec-Fetch-Mode": "cors",
            "Sec-Fetch-Dest": "empty",
            "Sec-Fetch-Ua-Mobile": "?0",
        }

    def websocket_params(self, last_rtt: int) -> List[Tuple[str, str]]:
        """The client's own query parameters of the push-server URL, in the order TikTok's
        player sends them (the route params, cursor and room id are added by ``ws.py``)."""
        return [
            ("aid", "1988"),
            ("app_language", self.language),
            ("app_name", "tiktok_web"),
            ("browser_language", self.locale),
            ("browser_name", self.browser_name),
            ("browser_online", "true"),
            ("browser_platform", self.browser_platform),
            ("browser_version", self.browser_version),
            ("cookie_enabled", "true"),
            ("tz_name", self.tz_name),
            ("device_platform", "web"),
            ("identity", "audience"),
            ("live_id", "12"),
            ("sup_ws_ds_opt", "1"),
            ("update_version_code", "2.0.0"),
            ("version_code", "180800"),
            ("client_enter", "1"),
            ("ws_direct", "1"),
            ("did_rule", "3"),
            ("webcast_language", self.language),
            ("screen_height", str(self.screen_height)),
            ("screen_width", str(self.screen_width)),
            ("heartbeat_duration", "10000"),
            ("resp_content_type", "protobuf"),
            ("history_comment_count", "6"),
            ("last_rtt", str(last_rtt)),
        ]


def encode_query(params: List[Tuple[str, str]]) -> str:
    """``key=value&...`` with every reserved character percent-encoded (spaces as ``%20``,
    as browsers and the maintained clients send them, never ``+``)."""
    return "&".join(f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in params)
