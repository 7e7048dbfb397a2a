"""The documented error tree, its attributes, pickling, and errors refused at construction."""

from __future__ import annotations

import pytest

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.errors import (
    AgeRestrictedError,
    AlreadyConnectedError,
    AuthenticatedWebSocketConnectionError,
    ErrorReason,
    InitialCursorMissingError,
    PremiumEndpointError,
    SignAPIError,
    SignatureMissingTokensError,
    SignatureRateLimitError,
    TikTokHTTPError,
    TikTokLiveError,
    UnexpectedSignatureError,
    UserNotFoundError,
    UserOfflineError,
    WebcastBlocked200Error,
    WebSocketConnectionError,
    WebsocketURLMissingError,
)


def test_hierarchy_matches_the_contract():
    from tiktoklive_sync import errors

    parents = {
        TikTokLiveError: RuntimeError,
        AlreadyConnectedError: TikTokLiveError,
        UserOfflineError: TikTokLiveError,
        UserNotFoundError: TikTokLiveError,
        AgeRestrictedError: TikTokLiveError,
        InitialCursorMissingError: TikTokLiveError,
        WebsocketURLMissingError: TikTokLiveError,
        WebcastBlocked200Error: TikTokLiveError,
        TikTokHTTPError: TikTokLiveError,
        WebSocketConnectionError: TikTokLiveError,
        SignAPIError: TikTokLiveError,
        SignatureRateLimitError: SignAPIError,
        UnexpectedSignatureError: SignAPIError,
        SignatureMissingTokensError: SignAPIError,
        PremiumEndpointError: SignAPIError,
        AuthenticatedWebSocketConnectionError: SignAPIError,
    }
    public = {getattr(errors, name) for name in errors.__all__} - {ErrorReason}
    assert public == set(parents)  # every documented class, and no other
    for cls, parent in parents.items():
        assert cls.__bases__ == (parent,), cls
    assert {reason.name for reason in ErrorReason} == {
        "RATE_LIMIT",
        "CONNECT_ERROR",
        "EMPTY_PAYLOAD",
        "SIGN_NOT_200",
        "EMPTY_COOKIES",
        "PREMIUM_ENDPOINT",
        "AUTHENTICATED_WS",
    }


def test_a_reconnect_waits_no_longer_than_the_policy_allows():
    from tiktoklive_sync.reconnect import ReconnectPolicy

    error = SignatureRateLimitError("limited", retry_after=86400, reset_time=0)
    policy = ReconnectPolicy(initial_delay=1, jitter=0, max_rate_limit_wait=120)
    assert policy.delay_for(error, 1) == 120
    assert ReconnectPolicy(jitter=0).delay_for(error, 1) == 900


@pytest.mark.parametrize(
    "handle",
    ["", "   ", "@", "@@creator", "has space", "x" * 25, "https://www.tiktok.com/live", "héllo", None, 42],
)
def test_malformed_handles_are_value_errors(handle):
    with pytest.raises(ValueError):
        TikTokLiveClient(handle)


def every_error():
    """One instance of every error class, with the attributes users read."""
    return [
        TikTokLiveError("plain"),
        AlreadyConnectedError("again"),
        UserOfflineError("offline"),
        UserNotFoundError("ghost"),
        AgeRestrictedError("adults only"),
        InitialCursorMissingError("no cursor"),
        WebsocketURLMissingError("no url"),
        WebcastBlocked200Error("blocked", status_code=400, handshake_msg="risk"),
        TikTokHTTPError("http"),
        WebSocketConnectionError("ws"),
        SignAPIError(ErrorReason.EMPTY_COOKIES, "no cookies"),
        SignatureRateLimitError("limited", retry_after=30, reset_time=1_800_000_000),
        UnexpectedSignatureError("odd"),
        SignatureMissingTokensError("empty"),
        PremiumEndpointError("premium"),
        AuthenticatedWebSocketConnectionError("no session"),
    ]


@pytest.mark.parametrize("error", every_error(), ids=lambda error: type(error).__name__)
def test_errors_pickle_and_copy_with_their_attributes(error):
    import copy
    import pickle

    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(clone) is type(error)
        assert str(clone) == str(error) and str(clone).count("[tiktoklive_sync") == 1
        assert vars(clone) == vars(error)
