"""Several monitor processes, on one machine or many, sharing one creator list through Redis.

* **Creators**: a Redis set (``<prefix>:creators``); any worker (or ``redis-cli SADD``) adds.
* **Leases**: a creator is watched by the worker holding ``<prefix>:lease:<creator>`` (its
  worker id, with a TTL). Workers renew their leases every third of the TTL; a worker that
  dies stops renewing, and another takes its creators within one TTL. A worker that cannot
  renew (a lost lease, Redis gone) stops watching at once, so no creator is watched twice.
* **Fair share**: live workers announce themselves in ``<prefix>:workers``; each takes at
  most its share of the creators (all of them divided by the live workers, rounded up).
* **Resume**: where each creator's stream was last written to the sink
  (``<prefix>:cursor:<creator>``), so the worker taking over carries on from there.
* **Sign budget**: :class:`RedisSignBudget`, one per-minute budget for every worker.

Needs ``pip install 'tiktoklive_sync[redis]'`` (redis-py).
"""

from __future__ import annotations

import math
import os
import socket
import time
import uuid
from typing import Any, Iterable, List, Optional, Set

from ..budget import SignBudget

__all__ = ["REDIS_SCHEMES", "RedisCoordinator", "RedisSignBudget", "connect", "text"]

DEFAULT_PREFIX = "tiktoklive"
#: URL schemes of a Redis server (``--to``, ``sink=``).
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")

# Renew or release a lease only while it is still ours.
_RENEW = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end "
    "return 0"
)
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"


def connect(url: str) -> Any:
    """A redis-py client for ``url`` (ImportError with the install command without redis-py)."""
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - the test extra installs redis-py
        raise ImportError("Redis needs redis-py: pip install 'tiktoklive_sync[redis]'") from exc
    return redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=10, health_check_interval=30)


class RedisCoordinator:
    """This worker's view of the shared creator list, leases and resume cursors."""

    def __init__(
        self,
        redis: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        lease_ttl: float = 15.0,
        worker_id: Optional[str] = None,
    ) -> None:
        if lease_ttl <= 0:
            raise ValueError("lease_ttl must be positive")
        self.redis = redis
        self.prefix = prefix
        self.lease_ttl = lease_ttl
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._renew = redis.register_script(_RENEW)
        self._release = redis.register_script(_RELEASE)

    @classmethod
    def from_url(cls, url: str, **options: Any) -> RedisCoordinator:
        """A coordinator on the Redis server at ``url``."""
        return cls(connect(url), **options)

    def _key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    @property
    def _ttl_ms(self) -> int:
        return int(self.lease_ttl * 1000)

    # -- the creator list -------------------------------------------------------------------

    def add_creators(self, creators: Iterable[str]) -> None:
        """Add handles to the shared list."""
        handles = list(creators)
        if handles:
            self.redis.sadd(self._key("creators"), *handles)

    def remove_creators(self, creators: Iterable[str]) -> None:
        """Take handles off the shared list (their workers let them go)."""
        handles = list(creators)
        if handles:
            self.redis.srem(self._key("creators"), *handles)

    def creators(self) -> Set[str]:
        """Every handle on the shared list."""
        return {text(member) for member in self.redis.smembers(self._key("creators"))}

    # -- workers and leases -----------------------------------------------------------------

    def announce(self) -> int:
        """Say this worker is alive; returns how many workers are."""
        now = time.time()
        key = self._key("workers")
        pipe = self.redis.pipeline()
        pipe.zadd(key, {self.worker_id: now})
        pipe.zremrangebyscore(key, "-inf", now - self.lease_ttl)
        pipe.zcard(key)
        return int(pipe.execute()[-1])

    def retire(self) -> None:
        """This worker is leaving: off the list of workers."""
        self.redis.zrem(self._key("workers"), self.worker_id)

    def fair_share(self, creators: int, workers: int) -> int:
        """How many creators one of ``workers`` workers should watch."""
        return math.ceil(creators / max(1, workers))

    def acquire(self, creator: str) -> bool:
        """Take the lease of ``creator`` if nobody holds it."""
        return bool(self.redis.set(self._key("lease", creator), self.worker_id, nx=True, px=self._ttl_ms))

    def renew(self, creators: Iterable[str]) -> List[str]:
        """Renew our leases; returns the creators whose lease we no longer hold."""
        handles = list(creators)
        if not handles:
            return []
        pipe = self.redis.pipeline()
        for handle in handles:
            self._renew(keys=[self._key("lease", handle)], args=[self.worker_id, self._ttl_ms], client=pipe)
        return [handle for handle, kept in zip(handles, pipe.execute()) if not kept]

    def release(self, creator: str) -> None:
        """Give up the lease of ``creator`` (if still ours)."""
        self._release(keys=[self._key("lease", creator)], args=[self.worker_id])

    def holder(self, creator: str) -> Optional[str]:
        """The worker id holding ``creator``'s lease, else None."""
        value = self.redis.get(self._key("lease", creator))
        return None if value is None else text(value)

    # -- resume cursors ---------------------------------------------------------------------

    def save_cursor(self, creator: str, cursor: str) -> None:
        """Everything before ``cursor`` is in the sink (kept for an hour)."""
        self.redis.set(self._key("cursor", creator), cursor, ex=3600)

    def load_cursor(self, creator: str) -> str:
        """Where to resume ``creator`` ("" to start afresh)."""
        value = self.redis.get(self._key("cursor", creator))
        return "" if value is None else text(value)

    def forget_cursor(self, creator: str) -> None:
        """The live ended: the next one starts afresh."""
        self.redis.delete(self._key("cursor", creator))


class RedisSignBudget(SignBudget):
    """A :class:`~tiktoklive_sync.budget.SignBudget` shared by every worker on one Redis.

    Time is cut into slots of ``60 / per_minute`` seconds and each slot grants one signature
    to whichever worker claims it first, so the workers together sign at the budget's pace;
    a 429 seen by any worker pauses them all. Within a worker, reconnects still go first.
    """

    def __init__(self, redis: Any, per_minute: float = 30.0, *, prefix: str = DEFAULT_PREFIX) -> None:
        super().__init__(per_minute, burst=1)
        self.redis = redis
        self.prefix = prefix

    def _take(self) -> float:
        now = time.time()
        slot = int(now // self.interval)
        key = f"{self.prefix}:sign:slot:{slot}"
        if self.redis.set(key, 1, nx=True, px=max(1000, int(self.interval * 2000))):
            return 0.0
        return (slot + 1) * self.interval - now

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            key = f"{self.prefix}:sign:paused"
            current = self.redis.pttl(key)
            if current is None or current < seconds * 1000:
                self.redis.set(key, 1, px=max(1, int(seconds * 1000)))

    def paused_for(self) -> float:
        """Seconds until any worker may sign again after a 429 (0: not paused)."""
        left = self.redis.pttl(f"{self.prefix}:sign:paused")
        return max(0.0, (left or 0) / 1000)


def text(value: Any) -> str:
    """A value redis-py returned, as text (it gives bytes unless told to decode)."""
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)
