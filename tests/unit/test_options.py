"""Every numeric option refuses NaN, infinity and negatives with a ValueError naming the
option, every typed option a wrong type with a TypeError — where it is given, not later."""

from __future__ import annotations

import math

import pytest

from tiktoklive_sync import TikTokLiveClient
from tiktoklive_sync.budget import SignBudget
from tiktoklive_sync.live_checks import LiveCheckBatcher
from tiktoklive_sync.monitor import LiveMonitor
from tiktoklive_sync.reconnect import ReconnectPolicy
from tiktoklive_sync.runtime import SharedRuntime

NAN, INF = float("nan"), math.inf

BAD_CLIENT_NUMBERS = [
    ("stall_after", NAN),
    ("stall_after", -1),
    ("max_queue", 0),
    ("http_timeout", INF),
    ("http_timeout", (NAN, 5)),
    ("http_deadline", -5),
    ("http_deadline", NAN),
    ("gift_streak_timeout", INF),
]


@pytest.mark.parametrize(("option", "value"), BAD_CLIENT_NUMBERS)
def test_client_numbers_are_checked(option, value):
    with pytest.raises(ValueError, match=option.replace("http_timeout", r"http_timeout")):
        TikTokLiveClient("creator", **{option: value})


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("proxy", 42),
        ("web_proxy", 42),
        ("ws_proxy", object()),
        ("max_queue", 2.5),
        ("max_queue", True),
        ("stall_after", "6"),
        ("sign_url", b"http://x"),
        ("session_id", 123),
        ("runtime", "shared"),
        ("profile", {"region": "DE"}),
        ("web_kwargs", ["headers"]),
    ],
)
def test_client_types_are_checked(option, value):
    with pytest.raises(TypeError, match=option):
        TikTokLiveClient("creator", **{option: value})


@pytest.mark.parametrize(
    ("option", "value"), [("dispatch", "threads"), ("overflow", "never"), ("sign_route", "x")]
)
def test_client_choices_are_checked(option, value):
    with pytest.raises(ValueError, match=option):
        TikTokLiveClient("creator", **{option: value})


@pytest.mark.parametrize(
    ("call", "option"),
    [
        (lambda client: client.wait_until_live(timeout=2, poll=NAN), "poll"),
        (lambda client: client.wait_until_live(timeout=NAN), "timeout"),
        (lambda client: client.wait_until_live(poll=-1), "poll"),
        (lambda client: client.run(wait_for_live=True, live_poll=INF), "live_poll"),
        (lambda client: client.wait(timeout=NAN), "timeout"),
        (lambda client: client.events(timeout=NAN), "timeout"),
        (lambda client: client.events(max_pending=0), "max_pending"),
    ],
)
def test_method_numbers_are_checked_before_anything_happens(call, option):
    client = TikTokLiveClient("creator", app_url="http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(ValueError, match=option):
        call(client)
    client.close()


@pytest.mark.parametrize(
    ("make", "option"),
    [
        (lambda: ReconnectPolicy(initial_delay=NAN), "initial_delay"),
        (lambda: ReconnectPolicy(max_delay=INF), "max_delay"),
        (lambda: ReconnectPolicy(multiplier=0.5), "multiplier"),
        (lambda: ReconnectPolicy(jitter=NAN), "jitter"),
        (lambda: ReconnectPolicy(max_attempts=-1), "max_attempts"),
        (lambda: ReconnectPolicy(max_rate_limit_wait=NAN), "max_rate_limit_wait"),
        (lambda: SignBudget(per_minute=NAN), "per_minute"),
        (lambda: SignBudget(per_minute=INF), "per_minute"),
        (lambda: SignBudget(per_minute=30, burst=0), "burst"),
        (lambda: SharedRuntime(workers=0), "workers"),
        (lambda: LiveCheckBatcher(None, window=NAN), "window"),  # type: ignore[arg-type]
        (lambda: LiveMonitor(poll_interval=NAN), "poll_interval"),
        (lambda: LiveMonitor(poll_interval=60, max_poll_interval=30), "max_poll_interval"),
        (lambda: LiveMonitor(sign_budget=NAN), "sign_budget"),
        (lambda: LiveMonitor(workers=0), "workers"),
    ],
)
def test_the_other_objects_check_their_numbers(make, option):
    with pytest.raises(ValueError, match=option):
        make()


def test_a_monitor_coordinator_must_be_one():
    with pytest.raises(TypeError, match="coordinator"):
        LiveMonitor(coordinator="redis://localhost")  # type: ignore[arg-type]


def test_inline_and_a_shared_runtime_exclude_each_other():
    with SharedRuntime(workers=1) as runtime, pytest.raises(ValueError, match="choose one"):
        TikTokLiveClient("@creator", dispatch="inline", runtime=runtime)
    with pytest.raises(ValueError, match="dispatch must be one of"):
        TikTokLiveClient("@creator", dispatch="somewhere")


def test_ws_kwargs_refuses_what_has_no_meaning_here():
    with pytest.raises(TypeError, match="ping_interval"):
        TikTokLiveClient("@someone", ws_kwargs={"ping_interval": 5})


def test_two_clients_have_different_device_ids():
    first, second = TikTokLiveClient("a"), TikTokLiveClient("b")
    assert first.web.profile.device_id != second.web.profile.device_id


def test_bad_client_options():
    from tiktoklive_sync import TikTokLiveClient

    for options in ({"overflow": "explode"}, {"max_queue": 0}, {"stall_after": 0}):
        with pytest.raises(ValueError):
            TikTokLiveClient("creator", **options)
