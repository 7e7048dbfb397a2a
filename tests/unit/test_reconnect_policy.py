"""The reconnect policy's arithmetic, without a network."""

from __future__ import annotations

from tiktoklive_sync.reconnect import ReconnectPolicy


def test_backoff_doubles_caps_and_jitters_within_bounds():
    policy = ReconnectPolicy(initial_delay=1.0, multiplier=2.0, max_delay=10.0, jitter=0.0)
    assert [policy.backoff(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    jittered = ReconnectPolicy(initial_delay=4.0, jitter=0.25, max_delay=100.0)
    assert jittered.backoff(1, rand=lambda: 0.0) == 3.0
    assert jittered.backoff(1, rand=lambda: 1.0) == 5.0
    assert jittered.backoff(1, rand=lambda: 0.5) == 4.0
    capped = ReconnectPolicy(initial_delay=10.0, max_delay=10.0, jitter=0.5)
    assert capped.backoff(3, rand=lambda: 1.0) == 10.0  # jitter never exceeds the cap
