"""Several sign servers, in order of preference, so that no single one is a point of failure.

``sign_url`` takes a list: a server that is down (it cannot be reached, answers 5xx or 503
"no agents", hands out its outage stub, or misses a deadline) is skipped and the next one
signs. A failing server is left alone for a while — 30 s after its first failure, twice as
long after each further one, up to 5 minutes — and then tried again (a circuit breaker); a
rate-limited one is skipped for its ``retry_after``. Errors that are not outages (no such
user, offline, a premium endpoint, a refused API key, authenticated mode without a session)
come from the creator or the account, not the server, and are raised at once.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Sequence, Tuple, TypeVar, Union

from .._checks import check_type
from .._redaction import redact
from ..budget import SignBudget
from ..errors import (
    AuthenticatedWebSocketConnectionError,
    ErrorReason,
    PremiumEndpointError,
    SignAPIError,
    SignatureRateLimitError,
    TikTokLiveError,
)
from .client import SignClient

__all__ = ["MAX_COOLDOWN", "SignServer", "SignServerHealth", "SignServers", "is_outage"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: How long a sign server that failed is left alone before it is tried again: this after its
#: first failure, doubling with each further one, up to MAX_COOLDOWN.
COOLDOWN = 30.0
MAX_COOLDOWN = 300.0


@dataclass(frozen=True)
class SignServer:
    """One sign server for ``sign_url=[...]``: its URL, its API key (None: the client's
    ``sign_api_key``), and a :class:`~tiktoklive_sync.budget.SignBudget` of its own (None: the
    client's ``sign_budget``, if any)."""

    url: str
    api_key: Optional[str] = field(default=None, repr=False)
    budget: Optional[SignBudget] = None

    def __post_init__(self) -> None:
        check_type("url", self.url, str, "a URL string", optional=False)
        check_type("api_key", self.api_key, str, "a string")
        check_type("budget", self.budget, SignBudget, "a SignBudget")

    def __repr__(self) -> str:
        return f"SignServer({redact(self.url)!r}, budget={self.budget!r})"  # never the key or a password


@dataclass
class SignServerHealth:
    """What the client knows of one sign server (``client.sign_servers``)."""

    #: The server's URL (a password in it shown as ``***``).
    url: str
    #: ``"ok"``, ``"down"`` (skipped until ``until``) or ``"rate limited"`` (until ``until``).
    state: str = "ok"
    #: Unix time until which the server is skipped (None when ok).
    until: Optional[float] = None
    #: What went wrong last (None: nothing yet).
    last_error: Optional[str] = None
    #: Outages in a row (the cooldown doubles with each).
    failures: int = 0


def is_outage(error: BaseException) -> bool:
    """Whether ``error`` says the sign server itself is in trouble (try another): it could not
    be reached or missed its deadline, answered 5xx (503 "no agents" included), handed out its
    outage stub, or gave an answer that is not a signature."""
    if isinstance(
        error, (SignatureRateLimitError, PremiumEndpointError, AuthenticatedWebSocketConnectionError)
    ):
        return False
    if not isinstance(error, SignAPIError):
        return False
    if getattr(error, "degraded", False) or error.reason is ErrorReason.CONNECT_ERROR:
        return True
    response = error.response
    status = getattr(response, "status_code", None)
    if status is None or status == 200:
        return True  # an empty body, no cookies, a body that is not a fetch result
    return int(status) >= 500


class SignServers:
    """The client's sign servers (:class:`SignClient` each) with their health; every call
    that needs a sign server goes through :meth:`call`, which picks, fails over and keeps
    the health. Shared by the clients of a monitor, so they all know which server is down."""

    def __init__(
        self, clients: Sequence[Tuple[SignServer, SignClient]], *, clock: Callable[[], float] = time.time
    ) -> None:
        if not clients:
            raise ValueError("at least one sign server is needed")
        self._clients = list(clients)
        self._health = [SignServerHealth(redact(server.url)) for server, _ in clients]
        self._clock = clock
        self._lock = threading.Lock()

    @property
    def clients(self) -> List[SignClient]:
        """Every server's client, in order of preference."""
        return [client for _, client in self._clients]

    def health(self) -> List[SignServerHealth]:
        """Each server's health now (a copy), in order of preference."""
        now = self._clock()
        with self._lock:
            for health in self._health:
                if health.until is not None and health.until <= now:
                    health.state, health.until = "ok", None  # its time is up: worth a try
            return [SignServerHealth(**vars(health)) for health in self._health]

    def call(
        self,
        use: Callable[[SignClient], T],
        *,
        budget_of: Optional[Callable[[SignServer], Optional[SignBudget]]] = None,
        reconnect: bool = False,
        stopping: Optional[threading.Event] = None,
    ) -> Union[T, None]:
        """``use(client)`` with the first healthy server (all of them, in order, when none is
        healthy: one may have recovered); an outage or a rate limit moves on to the next. The
        last outage or rate limit is raised when every server failed; any other error at once.
        With ``budget_of``, the server's budget is waited for first; None is returned when
        ``stopping`` was set meanwhile."""
        order = self._order()
        urls = [self._health[index].url for index in order]  # passwords hidden
        then = f" (then {', '.join(urls[1:])})" if len(urls) > 1 else ""
        logger.info("signing at %s%s", urls[0], then)
        last: Optional[TikTokLiveError] = None
        for index in order:
            server, client = self._clients[index]
            budget = budget_of(server) if budget_of is not None else None
            if budget is not None and not budget.acquire(reconnect=reconnect, stopping=stopping):
                return None
            try:
                answer = use(client)
            except SignatureRateLimitError as exc:
                if budget is not None:
                    budget.pause(exc.retry_after)
                self._rate_limited(index, exc)
                last = (
                    exc
                    if not isinstance(last, SignatureRateLimitError) or exc.retry_after < last.retry_after
                    else last
                )
                continue
            except TikTokLiveError as exc:
                if not is_outage(exc):
                    raise
                self._down(index, exc)
                last = last if isinstance(last, SignatureRateLimitError) else exc
                continue
            self._ok(index)
            logger.info("signed by %s", self._health[index].url)
            return answer
        assert last is not None
        raise last

    def _order(self) -> List[int]:
        """Healthy servers first, in order of preference; then the skipped ones, soonest
        back first."""
        now = self._clock()
        with self._lock:
            healthy = [
                index
                for index, health in enumerate(self._health)
                if health.until is None or health.until <= now
            ]
            resting = sorted(
                (index for index in range(len(self._health)) if index not in healthy),
                key=lambda index: self._health[index].until or 0.0,
            )
        return healthy + resting

    def _ok(self, index: int) -> None:
        with self._lock:
            health = self._health[index]
            health.state, health.until, health.failures = "ok", None, 0

    def _down(self, index: int, error: BaseException) -> None:
        with self._lock:
            health = self._health[index]
            health.failures += 1
            rest = min(MAX_COOLDOWN, COOLDOWN * 2 ** (health.failures - 1))
            health.state, health.until, health.last_error = "down", self._clock() + rest, str(error)
        logger.info("sign server %s is down: %s", health.url, health.last_error)

    def _rate_limited(self, index: int, error: SignatureRateLimitError) -> None:
        with self._lock:
            health = self._health[index]
            health.state, health.until, health.last_error = (
                "rate limited",
                self._clock() + error.retry_after,
                str(error),
            )
        logger.info("sign server %s is rate limited: %s", health.url, health.last_error)


def sign_servers_from(value: Any) -> List[SignServer]:
    """``sign_url`` as a list of :class:`SignServer` (a URL, a SignServer, or a list of them)."""
    entries = value if isinstance(value, (list, tuple)) else [value]
    servers = []
    for entry in entries:
        if isinstance(entry, SignServer):
            servers.append(entry)
        elif isinstance(entry, str):
            servers.append(SignServer(entry))
        else:
            raise TypeError(f"sign_url takes URLs and SignServer objects, not {type(entry).__name__}")
    if not servers:
        raise ValueError("sign_url needs at least one sign server")
    return servers
