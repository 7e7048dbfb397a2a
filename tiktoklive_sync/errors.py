"""Every error tiktoklive_sync raises, in the tree TikTokLive users already catch.

::

    RuntimeError
    └── TikTokLiveError
        ├── AlreadyConnectedError          start() on a client that is already connected
        ├── UserOfflineError               the creator is not live right now
        ├── UserNotFoundError              no such user (.unique_id)
        ├── AgeRestrictedError             the room needs a logged-in session to watch
        ├── InitialCursorMissingError      the sign server's fetch result had no cursor
        ├── WebsocketURLMissingError       the sign server's fetch result had no push server
        ├── WebcastBlocked200Error         TikTok answered the websocket upgrade with 200/400
        ├── TikTokHTTPError                a TikTok web call failed (network or bad answer)
        ├── WebSocketConnectionError       the websocket could not open, or dropped
        └── SignAPIError                   the sign server refused (.reason, .response, ...)
            ├── SignatureRateLimitError        429: .retry_after seconds, .reset_time unix
            ├── UnexpectedSignatureError       any other non-200 answer
            ├── SignatureMissingTokensError    a 200 answer with an empty body
            ├── PremiumEndpointError           402/403: the API key lacks this endpoint
            └── AuthenticatedWebSocketConnectionError
                                               authenticated mode without a session

Every message starts with the package version, so a pasted traceback says which release
produced it. Errors are raised in the caller's thread: by ``start()`` for anything that
happens while connecting, by ``wait()``/``run()`` for a fatal error of the background thread.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Optional, Tuple, Type, Union

from ._version import __version__

if TYPE_CHECKING:
    import requests

__all__ = [
    "AgeRestrictedError",
    "AlreadyConnectedError",
    "AuthenticatedWebSocketConnectionError",
    "ErrorReason",
    "InitialCursorMissingError",
    "PremiumEndpointError",
    "SignAPIError",
    "SignatureMissingTokensError",
    "SignatureRateLimitError",
    "TikTokHTTPError",
    "TikTokLiveError",
    "UnexpectedSignatureError",
    "UserNotFoundError",
    "UserOfflineError",
    "WebSocketConnectionError",
    "WebcastBlocked200Error",
    "WebsocketURLMissingError",
]

_PREFIX = f"[tiktoklive_sync {__version__}]"


class TikTokLiveError(RuntimeError):
    """Base class of every error this package raises. Errors pickle and copy with their
    attributes (to a process pool, a queue, a log shipper)."""

    def __init__(self, *args: Any) -> None:
        if args and isinstance(args[0], str):
            args = (f"{_PREFIX} {args[0]}", *args[1:])
        elif not args:
            args = (f"{_PREFIX} {type(self).__name__}",)
        super().__init__(*args)

    def __reduce__(self) -> Any:
        # Rebuilt without calling __init__ again: that would prefix the message twice, and
        # some subclasses take keyword-only arguments.
        return (_rebuild, (type(self), self.args), dict(self.__dict__))


def _rebuild(cls: Type[TikTokLiveError], args: Tuple[Any, ...]) -> TikTokLiveError:
    error = cls.__new__(cls)
    BaseException.__init__(error, *args)
    return error


class AlreadyConnectedError(TikTokLiveError):
    """``start()`` was called while the client is connected (or connecting)."""


class UserOfflineError(TikTokLiveError):
    """The creator exists but is not live."""


class UserNotFoundError(TikTokLiveError):
    """TikTok knows no user with this handle (or the user cannot go live)."""

    def __init__(self, unique_id: str, *args: Any) -> None:
        self.unique_id = unique_id
        super().__init__(*(args or (f"user @{unique_id} was not found",)))


class AgeRestrictedError(TikTokLiveError):
    """The room is age restricted: watching it needs an authenticated session."""


class InitialCursorMissingError(TikTokLiveError):
    """The sign server's first fetch result carried no cursor (the client is blocked)."""


class WebsocketURLMissingError(TikTokLiveError):
    """The sign server's first fetch result carried no push server or route params."""


class WebcastBlocked200Error(TikTokLiveError):
    """TikTok answered the websocket upgrade with 200 or 400 instead of 101.

    ``handshake_msg`` holds TikTok's reason (the ``Handshake-Msg`` header) and
    ``status_code`` the HTTP status it answered.
    """

    def __init__(self, message: str, *, status_code: int = 200, handshake_msg: str = "") -> None:
        self.status_code = status_code
        self.handshake_msg = handshake_msg
        super().__init__(message)


class TikTokHTTPError(TikTokLiveError):
    """A call to TikTok's web API failed: network error, timeout or an unusable answer.

    ``response`` is the ``requests.Response`` when there was one; ``timed_out`` is True
    when TikTok did not answer in time.
    """

    timed_out: bool = False

    def __init__(self, message: str, *, response: Optional[requests.Response] = None) -> None:
        self.response = response
        super().__init__(message)


class WebSocketConnectionError(TikTokLiveError):
    """The websocket to TikTok could not be opened, or dropped without a close."""


class ErrorReason(enum.Enum):
    """Why the sign server call failed (``SignAPIError.reason``)."""

    RATE_LIMIT = 1
    CONNECT_ERROR = 2
    EMPTY_PAYLOAD = 3
    SIGN_NOT_200 = 4
    EMPTY_COOKIES = 5
    PREMIUM_ENDPOINT = 6
    AUTHENTICATED_WS = 7


class SignAPIError(TikTokLiveError):
    """The sign server did not give us a usable signed fetch.

    ``reason`` says why; ``response`` is the ``requests.Response`` (None when there was no
    answer); ``log_id`` and ``agent_id`` come from the answer's ``X-Request-Id``/``X-Log-Id``
    and ``X-Agent-Id`` headers, for support requests to the sign service. ``timed_out`` is
    True when the sign server did not answer in time; ``degraded`` when it answered with its
    outage stub (a fallback push server that never connects; reason ``SIGN_NOT_200``).
    """

    timed_out: bool = False
    degraded: bool = False

    def __init__(
        self,
        reason: ErrorReason,
        *args: Any,
        response: Optional[requests.Response] = None,
    ) -> None:
        self.reason = reason
        self.response = response
        self.log_id: Union[int, str, None] = None
        self.agent_id: Optional[str] = None
        if response is not None:
            headers = response.headers
            raw_log_id = headers.get("X-Log-Id") or headers.get("X-Request-Id")
            self.log_id = _numeric_or_text(raw_log_id)
            self.agent_id = headers.get("X-Agent-Id")
        super().__init__(*(args or (f"sign server error: {reason.name}",)))


class SignatureRateLimitError(SignAPIError):
    """The sign server rate limited us.

    ``retry_after`` is how many seconds to wait before the next call, ``reset_time`` the unix
    time at which the limit resets. Both are filled from whichever headers the server sent
    (``Retry-After``, ``RateLimit-Reset``, ``X-RateLimit-Reset``).
    """

    def __init__(
        self,
        *args: Any,
        retry_after: int,
        reset_time: int,
        response: Optional[requests.Response] = None,
    ) -> None:
        self.retry_after = retry_after
        self.reset_time = reset_time
        super().__init__(ErrorReason.RATE_LIMIT, *args, response=response)


class UnexpectedSignatureError(SignAPIError):
    """The sign server answered with a status other than 200, 402, 403 and 429, or with
    something that is not a signed connection."""

    def __init__(self, *args: Any, response: Optional[requests.Response] = None) -> None:
        super().__init__(ErrorReason.SIGN_NOT_200, *args, response=response)


class SignatureMissingTokensError(SignAPIError):
    """The sign server answered 200 with an empty body."""

    def __init__(self, *args: Any, response: Optional[requests.Response] = None) -> None:
        super().__init__(ErrorReason.EMPTY_PAYLOAD, *args, response=response)


class PremiumEndpointError(SignAPIError):
    """The sign server's endpoint needs a plan the API key does not have (402, or 403)."""

    def __init__(self, *args: Any, response: Optional[requests.Response] = None) -> None:
        super().__init__(ErrorReason.PREMIUM_ENDPOINT, *args, response=response)


class AuthenticatedWebSocketConnectionError(SignAPIError):
    """Authenticated mode was asked for without a session id to authenticate with (or a
    mode that needs it, such as the mobile platform, without authenticated mode)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(ErrorReason.AUTHENTICATED_WS, *args)


def _numeric_or_text(value: Optional[str]) -> Union[int, str, None]:
    """Log ids are numbers on some servers and UUIDs on others: keep either form."""
    if value is None or not value.strip():
        return None
    return int(value) if value.strip().isdigit() else value.strip()
