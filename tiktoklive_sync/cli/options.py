"""The options every command that talks to TikTok takes — the client's connection options —
and what they become: the client's keyword arguments, ``start()``'s, and the secrets to keep
off the screen. Each secret also reads an environment variable (safer than the command line,
which process lists and shell history show)."""

from __future__ import annotations

import argparse
import math
import os
from typing import Any, Callable, Dict, List, Optional

from ..profile import BrowserProfile
from .secrets import Scrubber, secrets_of_url

__all__ = [
    "ENVIRONMENT",
    "add_connection_options",
    "client_options",
    "count",
    "number",
    "scrubber_for",
    "start_options",
]

#: The option each environment variable stands in for.
ENVIRONMENT = {
    "sign_api_key": "SIGN_API_KEY",
    "session_id": "TIKTOK_SESSION_ID",
    "proxy": "TIKTOK_PROXY",
}
#: Options whose value is a URL that may carry a password.
URL_OPTIONS = ("proxy", "web_proxy", "ws_proxy", "app_url", "webcast_url", "to")


def number(*, positive: bool = True) -> Callable[[str], float]:
    """An argparse ``type``: a finite number, above 0 (``positive``) or at least 0; argparse
    names the option in the error."""
    bound = "above 0" if positive else "0 or more"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number {bound}, not {text!r}") from None
        if not math.isfinite(value) or value < 0 or (positive and value == 0):
            raise argparse.ArgumentTypeError(f"must be a number {bound}, not {text!r}")
        return value

    return parse


def count(*, minimum: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number of at least ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {text!r}")
        return value

    return parse


def add_connection_options(command: argparse.ArgumentParser) -> None:
    """The connection options, as a group of ``command``'s help."""
    group = command.add_argument_group(
        "connection",
        "how to reach TikTok and the sign server; secrets are better given by environment "
        "variable than on the command line, which other users can see",
    )
    group.add_argument(
        "--proxy",
        metavar="URL",
        help="proxy for everything: http://, socks5:// or socks5h://, user:password@ allowed "
        "(default: $TIKTOK_PROXY)",
    )
    group.add_argument("--web-proxy", metavar="URL", help="proxy for the HTTP calls only")
    group.add_argument("--ws-proxy", metavar="URL", help="proxy for the websocket only")
    group.add_argument(
        "--session-id",
        metavar="ID",
        help="a logged-in TikTok session (age-restricted lives; default: $TIKTOK_SESSION_ID)",
    )
    group.add_argument("--tt-target-idc", metavar="IDC", help="the session's data centre (useast5...)")
    group.add_argument(
        "--authenticate-ws",
        action="store_true",
        help="sign the websocket as the session's user (the session id goes to the sign server)",
    )
    group.add_argument(
        "--sign-url",
        metavar="URL",
        action="append",
        help="sign server; repeat for fallbacks, in order of preference "
        "(default: $SIGN_API_URL or Euler Stream)",
    )
    group.add_argument(
        "--sign-api-key", metavar="KEY", help="the sign server's API key (default: $SIGN_API_KEY)"
    )
    group.add_argument(
        "--sign-route",
        choices=("auto", "connect", "fetch"),
        help="the sign server's route (default auto: the current one, the older one on 404)",
    )
    group.add_argument(
        "--connect-by-handle",
        action="store_true",
        help="sign by handle, skipping the room lookup (a Business plan on Euler Stream)",
    )
    group.add_argument("--region", metavar="CC", help="the country the client says it is in (default US)")
    group.add_argument("--language", metavar="LL", help="the language the client says it speaks (default en)")
    group.add_argument(
        "--app-url",
        metavar="URL",
        help="TikTok's web app (default https://www.tiktok.com; a FakeLiveServer's app_url)",
    )
    group.add_argument(
        "--webcast-url",
        metavar="URL",
        help="TikTok's webcast API (default https://webcast.tiktok.com/webcast; "
        "a FakeLiveServer's webcast_url)",
    )


def _given(args: argparse.Namespace, name: str) -> Any:
    """The option's value, or its environment variable's when it was not given."""
    value = getattr(args, name, None)
    if value is None and name in ENVIRONMENT:
        value = os.environ.get(ENVIRONMENT[name]) or None
    return value


def client_options(args: argparse.Namespace) -> Dict[str, Any]:
    """The client's keyword arguments for the connection options given."""
    options: Dict[str, Any] = {}
    for name in (
        "app_url",
        "webcast_url",
        "sign_api_key",
        "session_id",
        "tt_target_idc",
        "sign_route",
        "proxy",
        "web_proxy",
        "ws_proxy",
    ):
        value = _given(args, name)
        if value is not None:
            options[name] = value
    if args.sign_url:
        options["sign_url"] = args.sign_url if len(args.sign_url) > 1 else args.sign_url[0]
    if args.connect_by_handle:
        options["connect_by_handle"] = True
    if args.region or args.language:
        region = (args.region or "US").upper()
        language = (args.language or "en").lower()
        options["profile"] = BrowserProfile(language=language, locale=f"{language}-{region}", region=region)
    return options


def start_options(args: argparse.Namespace) -> Dict[str, Any]:
    """``start()``'s keyword arguments for the connection options given."""
    return {"authenticate_ws": True} if args.authenticate_ws else {}


def scrubber_for(args: argparse.Namespace) -> Scrubber:
    """What must never be printed, from the options (and environment variables) given."""
    secrets: List[Optional[str]] = [_given(args, "session_id"), _given(args, "sign_api_key")]
    secrets.append(os.environ.get("SIGN_API_KEY"))
    for name in URL_OPTIONS:
        secrets.extend(secrets_of_url(_given(args, name)))
    for url in getattr(args, "sign_url", None) or [os.environ.get("SIGN_API_URL")]:
        secrets.extend(secrets_of_url(url))
    return Scrubber(secrets)
