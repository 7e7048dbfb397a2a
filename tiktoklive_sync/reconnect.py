"""When and how soon to reconnect: a small frozen policy, pure and testable offline.

The delay before attempt ``n`` (1-based) is ``initial_delay * multiplier ** (n - 1)``, capped
at ``max_delay``, then spread by ``jitter``: multiplied by a random factor drawn uniformly
from ``[1 - jitter, 1 + jitter]`` (and capped again), so many clients dropped together do not
reconnect in step. A rate limit waits at least the server's ``retry_after``. The attempt
count starts again after every successful connect.

Only transient failures are retried: a dropped or stalled websocket, network errors, 5xx
answers, rate limits and sign-server hiccups. A creator who is offline or unknown, an
age-restricted room, a premium-only endpoint, a refused session id, and a live that ended
are final.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable, Optional, Union

from ._checks import check_count, check_number
from .errors import (
    AgeRestrictedError,
    AlreadyConnectedError,
    AuthenticatedWebSocketConnectionError,
    PremiumEndpointError,
    SignatureRateLimitError,
    TikTokHTTPError,
    TikTokLiveError,
    UserNotFoundError,
    UserOfflineError,
)

__all__ = ["NO_RECONNECT", "ReconnectPolicy", "is_transient", "policy_from"]

_FINAL = (
    UserOfflineError,
    UserNotFoundError,
    AgeRestrictedError,
    PremiumEndpointError,
    AuthenticatedWebSocketConnectionError,
    AlreadyConnectedError,
)


def is_transient(error: BaseException) -> bool:
    """Whether a later attempt may succeed where this one failed."""
    if isinstance(error, _FINAL) or not isinstance(error, TikTokLiveError):
        return False
    if isinstance(error, TikTokHTTPError) and error.response is not None:
        status = error.response.status_code
        return status >= 500 or status in (408, 429)
    return True


@dataclass(frozen=True)
class ReconnectPolicy:
    """How a client reconnects after its connection dropped.

    ``max_attempts`` counts consecutive failed attempts (None: keep trying).
    """

    initial_delay: float = 1.0
    multiplier: float = 2.0
    max_delay: float = 60.0
    jitter: float = 0.2
    max_attempts: Optional[int] = 10
    #: The longest a rate limit makes a reconnect wait, whatever ``retry_after`` says
    #: (after it, the next attempt finds out whether the limit is still there).
    max_rate_limit_wait: float = 900.0

    def __post_init__(self) -> None:
        check_number("initial_delay", self.initial_delay)
        check_number("max_delay", self.max_delay)
        check_number("multiplier", self.multiplier, minimum=1)
        check_number("jitter", self.jitter, maximum=1)
        check_count("max_attempts", self.max_attempts, optional=True)
        check_number("max_rate_limit_wait", self.max_rate_limit_wait)

    @property
    def enabled(self) -> bool:
        """False for a policy that never reconnects."""
        return self.max_attempts is None or self.max_attempts > 0

    def backoff(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """The delay before attempt ``attempt`` (1-based), jitter included."""
        base = min(self.max_delay, self.initial_delay * self.multiplier ** max(0, attempt - 1))
        spread = 1.0 + self.jitter * (2.0 * rand() - 1.0)
        return min(self.max_delay, base * spread)

    def delay_for(
        self, error: BaseException, attempt: int, rand: Callable[[], float] = random.random
    ) -> Optional[float]:
        """Seconds to wait before attempt ``attempt`` after ``error``; None to give up."""
        if not is_transient(error):
            return None
        if self.max_attempts is not None and attempt > self.max_attempts:
            return None
        delay = self.backoff(attempt, rand)
        if isinstance(error, SignatureRateLimitError):
            delay = max(delay, min(float(error.retry_after), self.max_rate_limit_wait))
        return delay


#: A policy that never reconnects.
NO_RECONNECT = ReconnectPolicy(max_attempts=0)


def policy_from(value: Union[bool, ReconnectPolicy, None]) -> ReconnectPolicy:
    """``True``/``None`` → the default policy, ``False`` → never, a policy → itself."""
    if isinstance(value, ReconnectPolicy):
        return value
    if value is None or value is True:
        return ReconnectPolicy()
    if value is False:
        return NO_RECONNECT
    raise TypeError(f"reconnect must be True, False or a ReconnectPolicy, not {value!r}")
