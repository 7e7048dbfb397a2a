"""What FakeLiveServer's strict mode requires of a client, as TikTok and the sign server do.

Each check returns None when the request is acceptable, else a sentence saying what is wrong
(the fake server answers it as the error, so a failing test names the problem).

The rule: real TikTok serves every maintained client (TikTokLive 7.0.1, TikTok-Live-Connector
2.5.0), so strict mode accepts the **union** of what they send and requires only what **all**
of them send (the intersection). Examples: TikTokLive's ``device_id`` has 20 digits, the
Connector's 19, so both are accepted; TikTokLive keeps its ``tt-target-idc`` cookie for
``.tiktok.com`` and sends no cookie at all to a local TikTok, so no cookie is required.
Matching one client parameter by parameter is a stricter assertion that belongs to that
client's own tests (ours are in ``tests/integration/test_parity.py``), not to the fake.
docs/protocol.rst's "Protocol parity" table lists what each client sends.
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Optional, Tuple
from urllib.parse import parse_qsl

from ..profile import SESSION_COOKIE_NAMES

__all__ = [
    "DEVICE_ID_LENGTHS",
    "KNOWN_PUSH_PARAMS",
    "REQUIRED_HTTP_HEADERS",
    "REQUIRED_HTTP_PARAMS",
    "REQUIRED_PUSH_PARAMS",
    "check_http_request",
    "check_push_url",
    "check_sign_request",
    "parse_cookies",
]

#: Query parameters every maintained client sends with every call to TikTok's web API.
REQUIRED_HTTP_PARAMS = (
    "aid",
    "app_language",
    "app_name",
    "browser_language",
    "browser_name",
    "browser_platform",
    "browser_version",
    "channel",
    "cookie_enabled",
    "data_collection_enabled",
    "device_id",
    "device_platform",
    "os",
    "priority_region",
    "region",
    "screen_height",
    "screen_width",
    "tz_name",
    "user_is_login",
    "webcast_language",
)
REQUIRED_HTTP_HEADERS = ("User-Agent", "Accept", "Referer", "Origin", "Sec-Fetch-Site", "Sec-Fetch-Mode")
#: The lengths of the device ids the maintained clients make (the Connector 19, TikTokLive 20).
DEVICE_ID_LENGTHS = (19, 20)

#: Push-server parameters that must be present, once each.
REQUIRED_PUSH_PARAMS = (
    "aid",
    "app_name",
    "browser_name",
    "browser_version",
    "device_platform",
    "heartbeat_duration",
    "identity",
    "live_id",
    "resp_content_type",
    "room_id",
    "version_code",
    "webcast_language",
)
#: Every push-server parameter a maintained client sends (besides the signed route params).
KNOWN_PUSH_PARAMS = frozenset(
    (
        *REQUIRED_PUSH_PARAMS,
        "app_language",
        "browser_language",
        "browser_online",
        "browser_platform",
        "client_enter",
        "compress",
        "cookie_enabled",
        "cursor",
        "did_rule",
        "history_comment_count",
        "internal_ext",
        "last_rtt",
        "screen_height",
        "screen_width",
        "sup_ws_ds_opt",
        "tz_name",
        "update_version_code",
        "ws_direct",
        "User-Agent",
    )
)
TRAILING_VERSION_CODE = "270000"


def parse_cookies(header: str) -> Dict[str, str]:
    """``{"name": "value"}`` from a ``Cookie`` header."""
    cookies: Dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name] = value
    return cookies


def check_http_request(params: Mapping[str, str], headers: Mapping[str, str]) -> Optional[str]:
    """A call to TikTok's web API: the browser parameters and headers."""
    missing = [name for name in REQUIRED_HTTP_PARAMS if not params.get(name)]
    if missing:
        return f"missing query parameters: {', '.join(missing)}"
    device_id = params["device_id"]
    if not (device_id.isascii() and device_id.isdigit() and len(device_id) in DEVICE_ID_LENGTHS):
        return f"device_id must be 19 or 20 digits, not {device_id!r}"
    lower = {name.lower(): value for name, value in headers.items()}
    missing = [name for name in REQUIRED_HTTP_HEADERS if not lower.get(name.lower())]
    if missing:
        return f"missing headers: {', '.join(missing)}"
    return None


def check_sign_request(headers: Mapping[str, str]) -> Optional[str]:
    """A call to the sign server: it must never carry TikTok's cookies."""
    lower = {name.lower(): value for name, value in headers.items()}
    if lower.get("cookie"):
        return "a Cookie header was sent to the sign server (TikTok's cookies must stay with TikTok)"
    return None


def check_push_url(
    query: str,
    issued_route: Mapping[str, str],
    cookies: Mapping[str, str],
    *,
    authenticated: bool,
) -> Optional[str]:
    """A websocket upgrade: every parameter once (but ``version_code``, repeated as the
    last one), the signed route parameters exactly as issued and never empty, only
    parameters a maintained client sends, and session cookies only when signed for them."""
    pairs: List[Tuple[str, str]] = parse_qsl(query, keep_blank_values=True)
    if not pairs:
        return "no query parameters"
    last_key, last_value = pairs[-1]
    if (last_key, last_value) != ("version_code", TRAILING_VERSION_CODE):
        return f"the URL must end with version_code={TRAILING_VERSION_CODE}"
    seen: Dict[str, str] = {}
    for key, value in pairs[:-1]:
        if key in seen:
            return f"parameter {key!r} sent twice"
        seen[key] = value
    for key, value in issued_route.items():
        if not value:  # an empty route value is never sent
            if key in seen:
                return f"signed route parameter {key!r} is sent empty"
            continue
        if seen.get(key) != value:
            got = "empty" if seen.get(key) == "" else ("missing" if key not in seen else "changed")
            return f"signed route parameter {key!r} is {got}"
    unknown = sorted(set(seen) - KNOWN_PUSH_PARAMS - set(issued_route))
    if unknown:
        return f"parameters no maintained client sends: {', '.join(unknown)}"
    missing = [name for name in REQUIRED_PUSH_PARAMS if not seen.get(name)]
    if missing:
        return f"missing parameters: {', '.join(missing)}"
    if not authenticated and any(name in cookies for name in SESSION_COOKIE_NAMES):
        return "session cookies on a websocket that was signed anonymously"
    return None
