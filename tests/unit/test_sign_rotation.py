"""The choice among several sign servers, on a clock the test moves: which errors are outages,
how long a failing server rests (30 s doubling to 5 minutes), how a rate-limited one is skipped
for its retry_after, and that errors of the account are raised without trying the next."""

from __future__ import annotations

from typing import List

import pytest
import requests

from tiktoklive_sync import SignServer
from tiktoklive_sync.budget import SignBudget
from tiktoklive_sync.errors import (
    AuthenticatedWebSocketConnectionError,
    ErrorReason,
    PremiumEndpointError,
    SignAPIError,
    SignatureMissingTokensError,
    SignatureRateLimitError,
    UnexpectedSignatureError,
    UserNotFoundError,
)
from tiktoklive_sync.sign.rotation import COOLDOWN, MAX_COOLDOWN, SignServers, is_outage, sign_servers_from


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def answered(status: int) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    return response


def rate_limit(retry_after: int) -> SignatureRateLimitError:
    return SignatureRateLimitError("slow down", retry_after=retry_after, reset_time=0, response=answered(429))


def unreachable() -> SignAPIError:
    return SignAPIError(ErrorReason.CONNECT_ERROR, "cannot reach the sign server")


class Servers:
    """Three named servers whose next answers the test sets."""

    def __init__(self, count: int = 3) -> None:
        self.clock = Clock()
        self.names = [f"s{index}" for index in range(count)]
        self.servers = SignServers(
            [(SignServer(f"http://{name}"), name) for name in self.names],  # type: ignore[misc]
            clock=self.clock,
        )
        self.fails: dict = {}
        self.tried: List[str] = []

    def use(self, name: str) -> str:
        self.tried.append(name)
        error = self.fails.get(name)
        if error is not None:
            raise error
        return name

    def call(self, **options) -> str:
        self.tried = []
        return self.servers.call(self.use, **options)  # type: ignore[arg-type]

    def states(self) -> List[str]:
        return [health.state for health in self.servers.health()]


@pytest.mark.parametrize(
    "error",
    [
        unreachable(),
        UnexpectedSignatureError("bad gateway", response=answered(502)),
        UnexpectedSignatureError("no agents available", response=answered(503)),
        UnexpectedSignatureError("not a fetch result", response=answered(200)),
        SignatureMissingTokensError("empty", response=answered(200)),
    ],
    ids=["unreachable", "502", "503", "garbage-200", "empty-200"],
)
def test_outages_are_the_servers_trouble(error):
    assert is_outage(error)


@pytest.mark.parametrize(
    "error",
    [
        rate_limit(5),
        PremiumEndpointError("needs the Business plan", response=answered(402)),
        AuthenticatedWebSocketConnectionError("no session"),
        UnexpectedSignatureError("check sign_api_key", response=answered(401)),
        UnexpectedSignatureError("no such room", response=answered(404)),
        UserNotFoundError("someone"),
    ],
    ids=["rate-limit", "premium", "authenticated", "401", "404", "not-found"],
)
def test_errors_of_the_account_or_creator_are_not_outages(error):
    assert not is_outage(error)


def test_a_failing_server_rests_30_s_doubling_up_to_5_minutes_and_is_tried_again_after():
    servers = Servers()
    servers.fails["s0"] = unreachable()
    rests = []
    for _ in range(7):
        assert servers.call() == "s1" and servers.tried == ["s0", "s1"]
        health = servers.servers.health()[0]
        assert health.state == "down" and health.last_error and "cannot reach" in health.last_error
        rests.append(health.until - servers.clock.now)
        assert servers.call() == "s1" and servers.tried == ["s1"]  # left alone while it rests
        servers.clock.now += rests[-1] - 0.001
        assert servers.call() == "s1" and servers.tried == ["s1"]  # not a moment before
        servers.clock.now += 0.001
        assert servers.states()[0] == "ok"  # its time is up: worth a try
    assert rests == [COOLDOWN, 60, 120, 240, MAX_COOLDOWN, MAX_COOLDOWN, MAX_COOLDOWN]
    del servers.fails["s0"]
    assert servers.call() == "s0" and servers.servers.health()[0].failures == 0  # recovered
    servers.fails["s0"] = unreachable()
    servers.call()
    assert servers.servers.health()[0].until - servers.clock.now == COOLDOWN  # counted from the start


def test_when_every_server_rests_all_are_tried_soonest_back_first():
    servers = Servers()
    for name in servers.names:
        servers.fails[name] = unreachable()
    with pytest.raises(SignAPIError, match="cannot reach"):
        servers.call()  # each rests 30 s
    servers.clock.now += 10
    del servers.fails["s1"]
    assert servers.call() == "s1" and servers.tried == ["s0", "s1"]  # all rest: tried anyway
    # s0 rests 60 s more now (its second failure), s2 20 s more, s1 is fine
    servers.fails["s1"] = unreachable()
    with pytest.raises(SignAPIError):
        servers.call()
    assert servers.tried == ["s1", "s2", "s0"]  # the healthy first, then the soonest back
    del servers.fails["s2"]
    assert servers.call() == "s2" and servers.states() == ["down", "down", "ok"]


def test_a_rate_limited_server_is_skipped_for_its_retry_after_and_its_budget_paused():
    servers = Servers()
    budgets = {name: SignBudget(per_minute=6000, burst=10) for name in servers.names}
    by_url = {f"http://{name}": budget for name, budget in budgets.items()}
    servers.fails["s0"] = rate_limit(12)
    assert servers.call(budget_of=lambda server: by_url[server.url]) == "s1"
    assert servers.states()[0] == "rate limited" and budgets["s0"].paused_for() > 11
    assert budgets["s1"].paused_for() == 0
    servers.clock.now += 11.9
    assert servers.call() == "s1" and servers.tried == ["s1"]
    servers.clock.now += 0.1
    del servers.fails["s0"]
    assert servers.call() == "s0"


def test_when_every_server_is_rate_limited_the_soonest_retry_after_is_raised():
    servers = Servers()
    servers.fails.update(s0=rate_limit(40), s1=rate_limit(7), s2=unreachable())
    with pytest.raises(SignatureRateLimitError) as info:
        servers.call()
    assert info.value.retry_after == 7  # a rate limit says when to come back; an outage does not


def test_an_error_of_the_account_is_raised_without_trying_the_next_server():
    servers = Servers()
    servers.fails["s0"] = PremiumEndpointError("needs the Business plan", response=answered(402))
    with pytest.raises(PremiumEndpointError):
        servers.call()
    assert servers.tried == ["s0"] and servers.states() == ["ok", "ok", "ok"]


def test_a_stop_while_waiting_for_the_budget_returns_none():
    import threading

    servers = Servers(1)
    stopping = threading.Event()
    stopping.set()
    empty = SignBudget(per_minute=1, burst=1)
    assert empty.acquire(reconnect=False)
    assert servers.call(budget_of=lambda server: empty, stopping=stopping) is None
    assert servers.tried == []


def test_sign_url_takes_a_url_a_server_or_a_list_of_both():
    assert sign_servers_from("http://a") == [SignServer("http://a")]
    mixed = sign_servers_from(["http://a", SignServer("http://b", api_key="k")])
    assert [server.url for server in mixed] == ["http://a", "http://b"] and mixed[1].api_key == "k"
    assert "k" not in repr(mixed[1])  # a key never shows in a repr
    hidden = SignServer("https://user:pass-9f2c@signer.example", api_key="key-81ab")
    assert "pass-9f2c" not in repr(hidden) and "key-81ab" not in repr(hidden)
    (health,) = SignServers([(hidden, "client")]).health()  # type: ignore[list-item]
    assert health.url == "https://user:***@signer.example"
    with pytest.raises(ValueError, match="at least one"):
        sign_servers_from([])
    with pytest.raises(TypeError, match="not int"):
        sign_servers_from([3])
    with pytest.raises(TypeError, match="url"):
        SignServer(None)  # type: ignore[arg-type]
