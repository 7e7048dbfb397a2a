"""A client's options, checked once (with :mod:`tiktoklive_sync._checks`):
:class:`ClientConfig`, frozen after it is made."""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Sequence, Tuple, TypedDict, Union

from ._checks import check_choice, check_count, check_number, check_type
from ._transport.proxy import ProxySettings, proxy_url
from .profile import BrowserProfile
from .reconnect import ReconnectPolicy, policy_from
from .sign.rotation import SignServer, sign_servers_from

if TYPE_CHECKING:
    from .budget import SignBudget
    from .live_checks import LiveCheckBatcher
    from .runtime import SharedRuntime

__all__ = [
    "DISPATCH_MODES",
    "OVERFLOW_MODES",
    "SIGN_ROUTES",
    "WS_KWARGS",
    "ClientConfig",
    "ClientOptions",
]

OVERFLOW_MODES = ("block", "drop")
#: Where handlers run: the client's dispatcher thread, or its reader (faster; see the docs).
DISPATCH_MODES = ("thread", "inline")
#: How to ask the sign server for a signed connection: ``connect`` is the current route
#: (``/webcast/rooms/{room_id}/connect``), ``fetch`` the older ``/webcast/fetch``, and
#: ``auto`` tries the current one and falls back to the older one on a 404.
SIGN_ROUTES = ("auto", "connect", "fetch")
#: What ``ws_kwargs`` may hold (TikTokLive's names); the rest of TikTokLive's websocket
#: options belong to its websocket library and have no meaning here.
WS_KWARGS = ("proxy", "base_uri_params", "extra_headers", "subprotocols")

#: Seconds to wait for TikTok or the sign server: (connect, read).
DEFAULT_TIMEOUT: Tuple[float, float] = (10.0, 15.0)
#: Seconds a whole HTTP request may take, its answer read to the end.
DEFAULT_DEADLINE = 30.0
DEFAULT_APP_URL = "https://www.tiktok.com"
DEFAULT_WEBCAST_URL = "https://webcast.tiktok.com/webcast"
DEFAULT_SIGN_URL = "https://api.eulerstream.com"


class ClientOptions(TypedDict, total=False):
    """The keyword arguments of ``TikTokLiveClient(handle, ...)`` (see its docstring)."""

    app_url: Optional[str]
    webcast_url: Optional[str]
    sign_url: Union[str, SignServer, Sequence[Union[str, SignServer]], None]
    sign_api_key: Optional[str]
    session_id: Optional[str]
    tt_target_idc: Optional[str]
    user_agent: Optional[str]
    profile: Optional[BrowserProfile]
    sign_route: str
    connect_by_handle: bool
    reconnect: Union[bool, ReconnectPolicy]
    stall_after: Optional[float]
    max_queue: int
    overflow: str
    http_timeout: Union[float, Tuple[float, float]]
    http_deadline: float
    gift_streak_timeout: float
    proxy: Optional[str]
    web_proxy: Any
    ws_proxy: Any
    web_kwargs: Optional[Dict[str, Any]]
    ws_kwargs: Optional[Dict[str, Any]]
    runtime: Optional[SharedRuntime]
    sign_budget: Optional[SignBudget]
    live_checks: Optional[LiveCheckBatcher]
    dispatch: str
    raise_handler_errors: bool


def _text(name: str, value: Any) -> Optional[str]:
    return check_type(name, value, str, "a string")  # type: ignore[no-any-return]


def _timeout_pair(value: Any) -> Tuple[float, float]:
    if isinstance(value, tuple):
        if len(value) != 2:
            raise ValueError("http_timeout must be seconds or a (connect, read) pair")
        return (
            check_number("http_timeout[0]", value[0], positive=True),
            check_number("http_timeout[1]", value[1], positive=True),
        )
    seconds = check_number("http_timeout", value, positive=True)
    return (seconds, seconds)


def _strings(name: str, mapping: Any) -> Dict[str, str]:
    """``mapping`` with its keys and values as strings (query parameters, headers)."""
    if mapping is None:
        return {}
    if not isinstance(mapping, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(mapping).__name__}")
    return {str(key): str(value) for key, value in mapping.items()}


@dataclasses.dataclass(frozen=True)
class ClientConfig:
    """Everything a :class:`~tiktoklive_sync.TikTokLiveClient` was told, checked and with its
    defaults resolved (``WebDefaults``, the ``SIGN_API_URL``/``SIGN_API_KEY`` environment
    variables). Made by :meth:`from_options` from the constructor's keyword arguments."""

    app_url: str
    webcast_url: str
    #: The sign servers, in order of preference (``sign_url`` may name several).
    sign_servers: Tuple[SignServer, ...]
    sign_api_key: Optional[str] = dataclasses.field(repr=False)
    session_id: Optional[str] = dataclasses.field(repr=False)
    tt_target_idc: Optional[str]
    profile: BrowserProfile
    sign_route: str
    reconnect_policy: ReconnectPolicy
    stall_after: Optional[float]
    max_queue: int
    overflow: str
    http_timeout: Tuple[float, float]
    http_deadline: float
    gift_streak_timeout: float
    #: The proxy of TikTok's and the sign server's HTTP calls, and the websocket's.
    web_proxy: Optional[str] = dataclasses.field(repr=False)
    ws_proxy: Optional[ProxySettings]
    #: ``web_kwargs`` (on top of ``WebDefaults``): extra headers, query parameters, cookies.
    web_headers: Mapping[str, str]
    web_params: Mapping[str, str]
    web_cookies: Mapping[str, str] = dataclasses.field(repr=False)
    #: ``ws_kwargs``: extra websocket query parameters and headers, subprotocols.
    ws_params: Mapping[str, str]
    ws_headers: Mapping[str, str]
    ws_subprotocols: Optional[Sequence[str]]
    runtime: Optional[SharedRuntime]
    sign_budget: Optional[SignBudget]
    live_checks: Optional[LiveCheckBatcher]
    dispatch: str
    #: Connect by the creator's handle when the room id is not known (a paid sign plan).
    connect_by_handle: bool = False
    #: The first exception a handler raises stops the client; wait() and run() re-raise it.
    raise_handler_errors: bool = False

    @property
    def sign_url(self) -> str:
        """The first sign server's URL."""
        return self.sign_servers[0].url

    @property
    def inline(self) -> bool:
        """Whether handlers run on the reader (``dispatch="inline"``)."""
        return self.dispatch == "inline"

    @classmethod
    def from_options(
        cls,
        *,
        app_url: Optional[str] = None,
        webcast_url: Optional[str] = None,
        sign_url: Union[str, SignServer, Sequence[Union[str, SignServer]], None] = None,
        sign_api_key: Optional[str] = None,
        session_id: Optional[str] = None,
        tt_target_idc: Optional[str] = None,
        user_agent: Optional[str] = None,
        profile: Optional[BrowserProfile] = None,
        sign_route: str = "auto",
        connect_by_handle: bool = False,
        reconnect: Union[bool, ReconnectPolicy] = True,
        stall_after: Optional[float] = 6.0,
        max_queue: int = 1024,
        overflow: str = "block",
        http_timeout: Union[float, Tuple[float, float]] = DEFAULT_TIMEOUT,
        http_deadline: float = DEFAULT_DEADLINE,
        gift_streak_timeout: float = 10.0,
        proxy: Optional[str] = None,
        web_proxy: Any = None,
        ws_proxy: Any = None,
        web_kwargs: Optional[Dict[str, Any]] = None,
        ws_kwargs: Optional[Dict[str, Any]] = None,
        runtime: Optional[SharedRuntime] = None,
        sign_budget: Optional[SignBudget] = None,
        live_checks: Optional[LiveCheckBatcher] = None,
        dispatch: str = "thread",
        raise_handler_errors: bool = False,
    ) -> ClientConfig:
        """Check every option (ValueError for a bad value, TypeError for a bad type, each
        naming the option) and resolve the defaults."""
        from .budget import SignBudget  # these import the client's modules, which import this
        from .client.web.web_settings import WebDefaults
        from .live_checks import LiveCheckBatcher
        from .runtime import SharedRuntime

        for name, value in (("app_url", app_url), ("webcast_url", webcast_url)):
            _text(name, value)
        check_type("connect_by_handle", connect_by_handle, bool, "True or False", optional=False)
        check_type("raise_handler_errors", raise_handler_errors, bool, "True or False", optional=False)
        for name, value in (
            ("sign_api_key", sign_api_key),
            ("session_id", session_id),
            ("tt_target_idc", tt_target_idc),
            ("user_agent", user_agent),
            ("proxy", proxy),
        ):
            _text(name, value)
        check_type("profile", profile, BrowserProfile, "a BrowserProfile")
        check_type("runtime", runtime, SharedRuntime, "a SharedRuntime")
        check_type("sign_budget", sign_budget, SignBudget, "a SignBudget")
        check_type("live_checks", live_checks, LiveCheckBatcher, "a LiveCheckBatcher")
        check_choice("dispatch", dispatch, DISPATCH_MODES)
        check_choice("overflow", overflow, OVERFLOW_MODES)
        check_choice("sign_route", sign_route, SIGN_ROUTES)
        if dispatch == "inline" and runtime is not None:
            raise ValueError(
                "dispatch='inline' runs handlers on the client's reader, a runtime on its shared "
                "pool: choose one"
            )
        check_count("max_queue", max_queue, minimum=1)
        check_number("stall_after", stall_after, positive=True, optional=True)
        check_number("http_deadline", http_deadline, positive=True)
        check_number("gift_streak_timeout", gift_streak_timeout, positive=True)
        ws_extra = dict(check_type("ws_kwargs", ws_kwargs, dict, "a dict") or {})
        unknown_ws = set(ws_extra) - set(WS_KWARGS)
        if unknown_ws:
            raise TypeError(
                f"ws_kwargs takes {', '.join(WS_KWARGS)}, not {sorted(unknown_ws)} (options of "
                "TikTokLive's websocket library, such as ping_interval, have no meaning here)"
            )
        web_extra = dict(check_type("web_kwargs", web_kwargs, dict, "a dict") or {})
        unknown = set(web_extra) - {"headers", "params", "cookies"}
        if unknown:
            raise TypeError(f"web_kwargs takes headers, params and cookies, not {sorted(unknown)}")
        web_proxy_url = proxy_url(web_proxy, "web_proxy") or proxy
        ws_proxy_url = proxy_url(ws_proxy, "ws_proxy") or proxy_url(
            ws_extra.get("proxy"), "ws_kwargs['proxy']"
        )
        ws_proxy_url = ws_proxy_url or proxy
        if web_proxy_url:
            ProxySettings.from_url(web_proxy_url)  # the same checks and clear errors for both
        subprotocols = ws_extra.get("subprotocols")
        return cls(
            app_url=app_url or WebDefaults.tiktok_app_url,
            webcast_url=webcast_url or WebDefaults.tiktok_webcast_url,
            sign_servers=tuple(
                sign_servers_from(
                    sign_url
                    or WebDefaults.tiktok_sign_url
                    or os.environ.get("SIGN_API_URL")
                    or DEFAULT_SIGN_URL
                )
            ),
            sign_api_key=sign_api_key
            or WebDefaults.tiktok_sign_api_key
            or os.environ.get("SIGN_API_KEY")
            or None,
            session_id=session_id or None,
            tt_target_idc=tt_target_idc or None,
            profile=_profile_from(profile, user_agent),
            sign_route=sign_route,
            reconnect_policy=policy_from(reconnect),
            stall_after=stall_after,
            max_queue=max_queue,
            overflow=overflow,
            http_timeout=_timeout_pair(http_timeout),
            http_deadline=http_deadline,
            gift_streak_timeout=gift_streak_timeout,
            web_proxy=web_proxy_url,
            ws_proxy=ProxySettings.from_url(ws_proxy_url) if ws_proxy_url else None,
            web_headers={
                **WebDefaults.web_client_headers,
                **_strings("web_kwargs['headers']", web_extra.get("headers")),
            },
            web_params={
                **WebDefaults.web_client_params,
                **_strings("web_kwargs['params']", web_extra.get("params")),
            },
            web_cookies={
                **WebDefaults.web_client_cookies,
                **_strings("web_kwargs['cookies']", web_extra.get("cookies")),
            },
            ws_params={
                **WebDefaults.ws_client_params,
                **_strings("base_uri_params", ws_extra.get("base_uri_params")),
            },
            ws_headers=_strings("extra_headers", ws_extra.get("extra_headers")),
            ws_subprotocols=[str(protocol) for protocol in subprotocols] if subprotocols else None,
            runtime=runtime,
            sign_budget=sign_budget,
            live_checks=live_checks,
            dispatch=dispatch,
            connect_by_handle=connect_by_handle,
            raise_handler_errors=raise_handler_errors,
        )


def _profile_from(profile: Optional[BrowserProfile], user_agent: Optional[str]) -> BrowserProfile:
    """The client's browser profile: ``profile``, with ``user_agent`` applied when given."""
    if profile is None:
        return BrowserProfile(user_agent=user_agent) if user_agent else BrowserProfile()
    return dataclasses.replace(profile, user_agent=user_agent) if user_agent else profile
