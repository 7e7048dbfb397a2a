"""Why a client cannot connect: the connect path walked step by step, stopping at the first
step that fails, each saying what failed, the error the client would raise, and what to do.

``client.diagnose()`` returns a :class:`Diagnosis`; ``python -m tiktoklive_sync doctor
@creator`` prints it. The steps: the network (name resolution, TCP, TLS, the proxy), TikTok's
live page (reachable, not a captcha or block page), the user, the room, the live status (and
an age check), each sign server (reachable, the API key accepted, rate limit left), the
signature, the websocket handshake, a first message.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, List, Optional
from urllib.parse import urlsplit

from ._redaction import redact
from .errors import (
    AgeRestrictedError,
    PremiumEndpointError,
    SignAPIError,
    SignatureRateLimitError,
    TikTokHTTPError,
    TikTokLiveError,
    UserNotFoundError,
    UserOfflineError,
    WebcastBlocked200Error,
    WebSocketConnectionError,
)

if TYPE_CHECKING:
    from ._run.connect import Connector
    from .client.client import TikTokLiveClient
    from .sign.client import SignClient

__all__ = ["Diagnosis", "Step", "diagnose"]

#: Seconds each network probe may take.
PROBE_TIMEOUT = 5.0
#: Seconds the first message may take to arrive after the handshake.
FIRST_MESSAGE_WITHIN = 10.0


@dataclass
class Step:
    """One step of the connect path and how it went: ``ok``; or a warning (``ok`` still, with
    ``warning`` set: a sign server that is down while the next one signs); or a failure."""

    name: str
    ok: bool
    #: What was found (ok) or what failed.
    detail: str
    #: The error class the client would raise (None when ok).
    error: Optional[str] = None
    #: What to do about it (empty when ok).
    advice: str = ""
    #: True when the step is ok but something needs a look (``advice`` says what).
    warning: bool = False


@dataclass
class Diagnosis:
    """The steps walked, in order, up to the first that failed."""

    unique_id: str
    steps: List[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every step passed (a client would connect)."""
        return all(step.ok for step in self.steps)

    @property
    def failed(self) -> Optional[Step]:
        """The step that failed, if one did."""
        return next((step for step in self.steps if not step.ok), None)

    def __str__(self) -> str:
        lines = [f"doctor @{self.unique_id}:"]
        for step in self.steps:
            mark = "FAIL" if not step.ok else "warn" if step.warning else "ok  "
            lines.append(f"  {mark} {step.name}: {step.detail}")
            if not step.ok:
                lines.append(f"       the client raises {step.error}")
            if step.advice:
                lines.append(f"       what to do: {step.advice}")
        lines.append("all good: the client connects" if self.ok else "stopped at the first failure")
        return "\n".join(lines)


class _Stop(Exception):
    """A step failed: the walk ends."""


ADVICE = {
    UserNotFoundError: "check the handle: TikTok knows no such user",
    UserOfflineError: "the creator is not live: client.wait_until_live() or run(wait_for_live=True) waits",
    AgeRestrictedError: "the live is age restricted: pass session_id= of a logged-in adult account",
    SignatureRateLimitError: "wait retry_after seconds, share one SignBudget, or add another sign server",
    PremiumEndpointError: "the API key's plan lacks this: upgrade it, or do without (connect by room id)",
    WebcastBlocked200Error: "TikTok refused the websocket (risk control): back off, try later or elsewhere",
    WebSocketConnectionError: "the websocket failed: check a proxy (ws_proxy=), a firewall, or try later",
}


def diagnose(client: TikTokLiveClient, connector: Connector, *, authenticate_ws: bool = False) -> Diagnosis:
    """Walk ``client``'s connect path (its ``connector`` connects; see the module's doc);
    never raises for what it finds."""
    found = Diagnosis(client.unique_id)
    walk = _Walk(client, connector, found, authenticate_ws)
    with contextlib.suppress(_Stop):  # a step failed: the walk ends there
        walk.run()
    return found


class _Walk:
    def __init__(
        self, client: TikTokLiveClient, connector: Connector, found: Diagnosis, authenticate_ws: bool
    ) -> None:
        self.client = client
        self.authenticate_ws = authenticate_ws
        self.connector = connector
        self.web = client.web
        self.found = found
        self.room_id: Optional[int] = None

    def ok(self, name: str, detail: str) -> None:
        self.found.steps.append(Step(name, True, detail))

    def warn(self, name: str, detail: str, advice: str) -> None:
        self.found.steps.append(Step(name, True, detail, advice=advice, warning=True))

    def fail(self, name: str, detail: str, error: type, advice: str = "") -> None:
        self.found.steps.append(Step(name, False, detail, error.__name__, advice or ADVICE.get(error, "")))
        raise _Stop

    def fail_with(self, name: str, exc: TikTokLiveError, advice: str = "") -> None:
        self.found.steps.append(self._step(name, exc, advice))
        raise _Stop

    def run(self) -> None:
        self.network()
        self.live_page()
        self.live_status()
        self.sign_servers()
        self.websocket()

    # -- the steps -----------------------------------------------------------------------------

    def network(self) -> None:
        config = self.client.config
        proxy = config.web_proxy
        target = urlsplit(self.web.tiktok.app_url)
        host = target.hostname or ""
        port = target.port or (443 if target.scheme == "https" else 80)
        if proxy:
            parts = urlsplit(proxy)
            self._reach("network: the proxy", parts.hostname or "", parts.port or 8080, tls=False)
            self.ok("network: TikTok through the proxy", f"{host}:{port} (the proxy connects it)")
            return
        self._reach("network", host, port, tls=target.scheme == "https")

    def _reach(self, name: str, host: str, port: int, *, tls: bool) -> None:
        try:
            addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            self.fail(
                name,
                f"cannot resolve {host} ({exc})",
                TikTokHTTPError,
                "check the network and DNS (or set proxy=)",
            )
        try:
            with socket.create_connection((host, port), timeout=PROBE_TIMEOUT) as sock:
                if tls:
                    context = ssl.create_default_context()
                    with context.wrap_socket(sock, server_hostname=host):
                        pass
        except ssl.SSLError as exc:
            self.fail(
                name,
                f"TLS with {host} failed ({exc})",
                TikTokHTTPError,
                "check the system's certificates or a proxy that intercepts TLS",
            )
        except OSError as exc:
            self.fail(
                name,
                f"cannot connect to {host}:{port} ({exc})",
                TikTokHTTPError,
                "check the network, a firewall, or set proxy=",
            )
        address = addresses[0][4][0] if addresses else host
        self.ok(name, f"{host} resolves ({address}), TCP{' and TLS' if tls else ''} to port {port} work")

    def live_page(self) -> None:
        unique_id = self.client.unique_id
        page = "TikTok's live page"
        try:
            self.room_id = self.web.fetch_room_id_from_html(unique_id)
        except UserNotFoundError as exc:
            self.ok(page, "reachable")
            self.fail_with("the user", exc)
        except UserOfflineError:
            self.ok(page, "reachable, not a captcha or block page")
            self.ok("the user", f"@{unique_id} exists")
            self.fail("the live status", f"@{unique_id} is not live right now", UserOfflineError)
        except TikTokHTTPError as exc:
            self._room_from_api(page, _short(exc))
            return
        self.ok(page, "reachable, not a captcha or block page")
        self.ok("the user", f"@{unique_id} exists")

    def _room_from_api(self, page: str, why: str) -> None:
        """The live page named no room (a captcha or block page, or a page TikTok changed):
        the room API may still answer, as the client then asks it."""
        unique_id = self.client.unique_id
        try:
            self.room_id = self.web.fetch_room_id_from_api(unique_id)
        except UserNotFoundError as missing:
            self.ok(page, f"reachable, but it names no room ({why})")
            self.fail_with("the user", missing)
        except UserOfflineError:
            self.ok(page, f"reachable, but it names no room ({why}); the room API answers")
            self.ok("the user", f"@{unique_id} exists")
            self.fail("the live status", f"@{unique_id} is not live right now", UserOfflineError)
        except TikTokHTTPError as blocked:
            self.fail(
                page,
                f"{why}; the room API too: {_short(blocked)}",
                TikTokHTTPError,
                "TikTok shows this IP a captcha or block page: use a proxy, a session, or try later",
            )
        self.ok(page, f"reachable, but it names no room ({why}); the room API answers")
        self.ok("the user", f"@{unique_id} exists")

    def live_status(self) -> None:
        assert self.room_id is not None
        self.ok("the room", f"room {self.room_id}")
        try:
            live = self.web.fetch_is_live(self.room_id)
        except TikTokLiveError as exc:
            self.fail_with("the live status", exc)
        if not live:
            self.fail("the live status", f"@{self.client.unique_id} is not live right now", UserOfflineError)
        try:
            self.web.fetch_room_info(self.room_id)
        except AgeRestrictedError as exc:
            self.fail_with("the room info", exc)
        except TikTokLiveError as exc:
            self.ok("the live status", "live")
            self.ok("the room info", f"not readable ({_short(exc)}); not needed to connect")
            return
        self.ok("the live status", "live, room info readable")

    def sign_servers(self) -> None:
        """Each sign server's rate limits (a call that needs the key but no signature): one
        that fails is a warning while another one works, the failure when none does."""
        clients = self.web.sign.clients
        found = [
            self._sign_server(f"sign server {index} ({redact(client.url)})", client)
            for index, client in enumerate(clients, start=1)
        ]
        if not any(step.ok for step in found):
            self.found.steps.extend(found)
            raise _Stop
        for step in found:
            if not step.ok:  # another one signs: a warning
                step.ok, step.warning, step.error = True, True, None
                step.detail += " (the next one signs)"
            self.found.steps.append(step)

    def _sign_server(self, name: str, client: SignClient) -> Step:
        try:
            limits = client.fetch_rate_limits()
        except SignatureRateLimitError as exc:
            return self._step(name, exc)
        except SignAPIError as exc:
            status = getattr(exc.response, "status_code", None)
            advice = (
                "check sign_api_key (or the key of this SignServer)"
                if status == 401
                else "the sign server is in trouble: try later or add another (sign_url=[...])"
                if status is not None
                else "the sign server is down or unreachable: add another one (sign_url=[...])"
            )
            return self._step(name, exc, advice)
        told = [(window, limits[window]) for window in ("minute", "hour", "day") if _told(limits.get(window))]
        left = ", ".join(f"{w['remaining']}/{w['max']} a {window}" for window, w in told)
        if any(w["remaining"] == 0 for _, w in told):
            return Step(
                name,
                False,
                f"no signatures left ({left})",
                SignatureRateLimitError.__name__,
                ADVICE[SignatureRateLimitError],
            )
        return Step(name, True, f"reachable, the key accepted, {left or 'limits not told'}")

    def _step(self, name: str, exc: TikTokLiveError, advice: str = "") -> Step:
        default = next((text for cls, text in ADVICE.items() if isinstance(exc, cls)), "")
        return Step(name, False, _short(exc), type(exc).__name__, advice or default)

    def websocket(self) -> None:
        from ._run.connect import ConnectAborted, ConnectOptions

        assert self.room_id is not None
        stopping = threading.Event()
        try:
            connection, _ = self.connector.connect(
                self.room_id,
                ConnectOptions(fetch_live_check=False, authenticate_ws=self.authenticate_ws),
                "",
                stopping,
            )
        except ConnectAborted:
            self.fail("the signature", "stopped", TikTokLiveError)
        except (WebcastBlocked200Error, WebSocketConnectionError) as exc:
            self.ok("the signature", "signed")
            self.fail_with("the websocket handshake", exc)
        except TikTokLiveError as exc:
            self.fail_with("the signature", exc, "add another sign server (sign_url=[...]) or check the key")
        self.ok("the signature", "signed")
        self.ok("the websocket handshake", "upgraded, room entered")
        try:
            began = time.monotonic()
            connection.set_stall(FIRST_MESSAGE_WITHIN)
            received = connection.receive()
            if received is None:
                self.fail("a first message", "the websocket closed at once", WebSocketConnectionError)
            self.ok("a first message", f"after {time.monotonic() - began:.1f} s")
        except TikTokLiveError as exc:
            self.fail_with("a first message", exc)
        finally:
            connection.close()
            connection.release()


def _told(window: object) -> bool:
    return isinstance(window, dict) and isinstance(window.get("remaining"), int) and "max" in window


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text.split("] ", 1)[-1] if text.startswith("[tiktoklive_sync") else text
