"""The command line's exit statuses, and which failure gives which."""

from __future__ import annotations

from typing import Type

from ..errors import SignatureRateLimitError, TikTokLiveError, UserNotFoundError, UserOfflineError

__all__ = [
    "EXIT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_FOUND",
    "EXIT_OFFLINE",
    "EXIT_OK",
    "EXIT_RATE_LIMITED",
    "EXIT_USAGE",
    "FAILURES",
    "status_of",
]

EXIT_OK, EXIT_OFFLINE, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_RATE_LIMITED, EXIT_ERROR = 0, 1, 2, 3, 4, 5
EXIT_INTERRUPTED = 130

#: What each failure prints first, and the exit status it gives (first match wins).
FAILURES = (
    (ValueError, "error", EXIT_USAGE),
    (UserOfflineError, "offline", EXIT_OFFLINE),
    (UserNotFoundError, "not found", EXIT_NOT_FOUND),
    (SignatureRateLimitError, "rate limited", EXIT_RATE_LIMITED),
    (TikTokLiveError, "error", EXIT_ERROR),
)


def status_of(kind: Type[BaseException]) -> int:
    """The exit status of a failure of class ``kind`` (5 for any other TikTokLiveError)."""
    return next((status for cls, _, status in FAILURES if issubclass(kind, cls)), EXIT_ERROR)
