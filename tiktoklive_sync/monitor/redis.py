"""Several monitor processes, on one machine or many, sharing one creator list through Redis.

* **Creators**: a Redis set (``<prefix>:creators``); any worker (or ``redis-cli SADD``) adds.
  Each worker remembers what it added: when Redis comes back without its data (a restart
  without persistence, a failover to an empty replica, a FLUSHALL: ``<prefix>:epoch`` is
  gone), every worker puts its creators back, and the leases it holds, and goes on watching.
* **Leases**: a creator is watched by the worker holding ``<prefix>:lease:<creator>`` (its
  worker id, with a TTL). Workers renew their leases every third of the TTL. A worker that
  dies stops renewing, and another takes its creators once the leases run out. A worker that
  has not renewed for 0.8 of a TTL (Redis out of reach, however long a call blocks) lets its
  creators go before the leases run out, so no creator is ever watched by two workers.
* **Fair share**: live workers announce themselves in ``<prefix>:workers``; each takes at
  most its share of the creators (all of them divided by the live workers, rounded up).
* **Resume**: where each creator's stream was last written to the sink
  (``<prefix>:cursor:<creator>``), so the worker taking over carries on from there.
* **Sign budget**: :class:`RedisSignBudget`, one per-minute budget for every worker, timed by
  Redis's clock (workers whose clocks disagree still share it exactly).

Every step of a round is its own Redis call, so a Redis that refuses writes (``maxmemory``
with ``noeviction``) still renews the leases (a renewal grows nothing): only what needs
memory (announcing, taking creators, the sink) fails, and is said. Redis calls run on the
coordinator's own thread and nobody waits for them longer than their bound.

Needs ``pip install 'tiktoklive_sync[redis]'`` (redis-py).
"""

from __future__ import annotations

import logging
import math
import os
import queue
import random
import socket
import threading
import time
import uuid
from concurrent import futures
from concurrent.futures import Future
from typing import Any, Callable, Dict, Iterable, List, Optional, Set, TypeVar

from .._checks import check_number
from ..budget import SignBudget
from .coordination import Coordinator, Round
from .states import CreatorState

__all__ = ["REDIS_SCHEMES", "RedisCoordinator", "RedisSignBudget", "connect", "text"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_PREFIX = "tiktoklive"
#: URL schemes of a Redis server (``--to``, ``sink=``).
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")

# Renew a lease while it is ours (1); take it again when nobody holds it, as after Redis lost
# its data (2); another worker's: leave it (0).
_RENEW = (
    "local holder = redis.call('get', KEYS[1]) "
    "if holder == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end "
    "if not holder then redis.call('set', KEYS[1], ARGV[1], 'px', ARGV[2]) return 2 end "
    "return 0"
)
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
# One signature slot per interval, timed by Redis's own clock: 0 when this caller got one,
# else the milliseconds until the next slot.
_TAKE_SLOT = (
    "local now = redis.call('time') "
    "local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) "
    "local interval = tonumber(ARGV[1]) "
    "local slot = math.floor(ms / interval) "
    "local key = KEYS[1] .. ':' .. slot "
    "if redis.call('set', key, 1, 'nx', 'px', math.max(1000, 2 * interval)) then return 0 end "
    "return (slot + 1) * interval - ms"
)


def connect(url: str) -> Any:
    """A redis-py client for ``url`` (ImportError with the install command without redis-py)."""
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - the test extra installs redis-py
        raise ImportError("Redis needs redis-py: pip install 'tiktoklive_sync[redis]'") from exc
    return redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5, health_check_interval=30)


class _CallThread:
    """One daemon thread running Redis calls in turn: a caller waits for one only as long as
    it can afford, and a call stuck on a frozen Redis holds nobody but this thread."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._calls: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: Optional[threading.Thread] = None
        self._lock = threading.Lock()

    def submit(self, call: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        self._calls.put((future, call))
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
        return future

    def run(self, call: Callable[[], T], within: float) -> T:
        """``call()`` on the thread; TimeoutError when it is not done ``within`` seconds."""
        future = self.submit(call)
        try:
            return future.result(timeout=within)
        except futures.TimeoutError:  # not the built-in one before Python 3.11
            future.cancel()  # not begun: never will
            raise TimeoutError(f"no answer within {within:g} s") from None

    def _run(self) -> None:
        while True:
            future, call = self._calls.get()
            if call is None:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call())
            except BaseException as exc:
                future.set_exception(exc)

    def close(self) -> None:
        """End the thread after what is queued (never waited for)."""
        self._calls.put((Future(), None))


class RedisCoordinator(Coordinator):
    """This worker's view of the shared creator list, leases and resume cursors."""

    def __init__(
        self,
        redis: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        lease_ttl: float = 15.0,
        worker_id: Optional[str] = None,
    ) -> None:
        check_number("lease_ttl", lease_ttl, positive=True)
        self.redis = redis
        self.prefix = prefix
        self.lease_ttl: float = lease_ttl
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._renew = redis.register_script(_RENEW)
        self._release = redis.register_script(_RELEASE)
        self._thread = _CallThread("tiktoklive-monitor-redis")
        #: What this worker added: put back when Redis comes back without its data.
        self._seeds: Set[str] = set()
        self._epoch: Optional[str] = None
        self._workers = 1
        #: Rounds completed (each renews, announces, takes or gives back).
        self.rounds = 0
        self._cursors: Dict[str, str] = {}
        self._cursor_lock = threading.Lock()

    @classmethod
    def from_url(cls, url: str, **options: Any) -> RedisCoordinator:
        """A coordinator on the Redis server at ``url``."""
        return cls(connect(url), **options)

    def _key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    @property
    def _ttl_ms(self) -> int:
        return int(self.lease_ttl * 1000)

    @property
    def initial_state(self) -> CreatorState:
        """A creator just added is nobody's until a round takes it."""
        return CreatorState.UNASSIGNED

    # -- the creator list -------------------------------------------------------------------

    def add_creators(self, creators: Iterable[str]) -> None:
        """Add handles to the shared list."""
        handles = list(creators)
        self._seeds.update(handles)
        if handles:
            self.redis.sadd(self._key("creators"), *handles)

    def remove_creators(self, creators: Iterable[str]) -> None:
        """Take handles off the shared list (their workers let them go)."""
        handles = list(creators)
        self._seeds.difference_update(handles)
        if handles:
            self.redis.srem(self._key("creators"), *handles)

    def creators(self) -> Set[str]:
        """Every handle on the shared list."""
        return {text(member) for member in self.redis.smembers(self._key("creators"))}

    def fair_share(self, creators: int, workers: int) -> int:
        """How many creators one of ``workers`` workers should watch."""
        return math.ceil(creators / max(1, workers))

    # -- a round ----------------------------------------------------------------------------

    def start_round(self, held: List[str]) -> Optional[Future[Round]]:
        """Run a round on the coordinator's thread (see :meth:`round`)."""
        return self._thread.submit(lambda: self.round(held))

    def round(self, held: List[str]) -> Round:
        """Renew the leases of ``held`` (least valuable first), find the lost ones, put back
        what Redis lost, and take free creators up to this worker's share, or give back those
        beyond it. A Redis error in renewing fails the round; the later steps' errors are
        said and the round goes on without them."""
        try:
            return self._round(held)
        finally:
            self.rounds += 1

    def _round(self, held: List[str]) -> Round:
        sent = time.monotonic()
        epoch = self._current_epoch()
        kept = self._renew_all(held)  # leases nobody holds any more are taken again at once
        mine = [handle for handle in held if kept.get(handle)]
        # Redis lost its data when its epoch is gone, or is not the one this worker knew
        # (another worker noticed first and made a new one).
        lost_everything = epoch is None or (self._epoch is not None and epoch != self._epoch)
        if lost_everything or 2 in kept.values():
            self._put_back(mine, lost_everything=lost_everything)
        else:
            self._epoch = epoch
        found = Round(creators=set(), renewed_at=sent, lost=[h for h in held if kept.get(h) == 0])
        try:
            self._workers = self._announce()
        except Exception as exc:  # a full Redis refuses the write: the leases still hold
            logger.warning(
                "could not announce this worker to Redis (%s); counting %d workers", exc, self._workers
            )
        found.creators = self.creators()
        if self._current_epoch() != self._epoch:  # Redis lost its data during the round: what
            return Round(creators=None)  # it said is void (the next round puts it back)
        mine = [handle for handle in mine if handle in found.creators]
        order = sorted(found.creators)
        holders = self.redis.mget([self._key("lease", handle) for handle in order]) if order else []
        found.holders = {
            handle: None if value is None else text(value) for handle, value in zip(order, holders)
        }
        share = self.fair_share(len(found.creators), self._workers)
        if len(mine) > share:  # more workers now: hand some back (the least valuable first); the
            # worker taking one over resumes it where our sink left it
            found.given_back = mine[: len(mine) - share]
            self.release(found.given_back)
            return found
        if lost_everything:  # the others have not taken their leases back yet, and their count
            return found  # is gone too: take nothing this round
        free = [handle for handle, holder in found.holders.items() if holder is None]
        random.shuffle(free)  # workers starting together do not all race for the same ones
        for handle in free[: max(0, share - len(mine))]:
            try:
                if self.acquire(handle):
                    found.taken.append(handle)
                    found.holders[handle] = self.worker_id
            except Exception as exc:  # a full Redis: nothing new is taken, the rest goes on
                logger.warning("could not take @%s's lease: %s", handle, exc)
                break
        return found

    def _put_back(self, held: List[str], *, lost_everything: bool) -> None:
        """Redis lost its data (no epoch), or some leases were gone: put back on the shared
        list what this worker holds (its leases are taken again already, so no other worker
        can take them meanwhile) and, when everything was lost, what it added."""
        if lost_everything and self._epoch is not None:
            logger.warning("Redis lost the shared creator list (restarted empty?): putting ours back")
        handles = set(held) | (self._seeds if lost_everything else set())
        if handles:
            self.redis.sadd(self._key("creators"), *handles)
        if lost_everything:
            self.redis.set(self._key("epoch"), uuid.uuid4().hex, nx=True)
        self._epoch = self._current_epoch()

    def _current_epoch(self) -> Optional[str]:
        """The mark of this Redis's data (None when its data is gone)."""
        epoch = self.redis.get(self._key("epoch"))
        return None if epoch is None else text(epoch)

    def _renew_all(self, handles: List[str]) -> Dict[str, int]:
        """Renew our leases: 1 renewed, 2 taken again (nobody held it), 0 another worker's.
        A Redis out of memory refuses the script (it might write): then each lease of ours is
        renewed by a plain PEXPIRE, which needs no memory, and one nobody holds counts as lost
        (it cannot be taken again while Redis is full)."""
        if not handles:
            return {}
        pipe = self.redis.pipeline(transaction=False)  # each renewal answers for itself
        for handle in handles:
            self._renew(keys=[self._key("lease", handle)], args=[self.worker_id, self._ttl_ms], client=pipe)
        answers = pipe.execute(raise_on_error=False)
        refused = [handle for handle, answer in zip(handles, answers) if _out_of_memory(answer)]
        errors = [
            answer for answer in answers if isinstance(answer, Exception) and not _out_of_memory(answer)
        ]
        if errors:
            raise errors[0]
        kept = {handle: int(answer) for handle, answer in zip(handles, answers) if handle not in refused}
        if refused:
            holders = self.redis.mget([self._key("lease", handle) for handle in refused])
            ours = [
                handle
                for handle, holder in zip(refused, holders)
                if holder is not None and text(holder) == self.worker_id
            ]
            pipe = self.redis.pipeline()
            for handle in ours:
                pipe.pexpire(self._key("lease", handle), self._ttl_ms)
            renewed = dict(zip(ours, pipe.execute())) if ours else {}
            kept.update({handle: 1 if renewed.get(handle) else 0 for handle in refused})
        return kept

    def _announce(self) -> int:
        """Say this worker is alive; returns how many workers are."""
        now = time.time()
        key = self._key("workers")
        pipe = self.redis.pipeline()
        pipe.zadd(key, {self.worker_id: now})
        pipe.zremrangebyscore(key, "-inf", now - self.lease_ttl)
        pipe.zcard(key)
        return max(1, int(pipe.execute()[-1]))

    def acquire(self, creator: str) -> bool:
        """Take the lease of ``creator`` if nobody holds it."""
        return bool(self.redis.set(self._key("lease", creator), self.worker_id, nx=True, px=self._ttl_ms))

    def still_ours(self, creator: str) -> bool:
        """Renew ``creator``'s lease; False when another worker holds it now."""
        return bool(self._renew_all([creator]).get(creator))

    def release(self, creators: List[str]) -> None:
        """Give up the leases of ``creators`` (those still ours)."""
        if creators:
            pipe = self.redis.pipeline()
            for handle in creators:
                self._release(keys=[self._key("lease", handle)], args=[self.worker_id], client=pipe)
            pipe.execute()

    def holder(self, creator: str) -> Optional[str]:
        """The worker id holding ``creator``'s lease, else None."""
        value = self.redis.get(self._key("lease", creator))
        return None if value is None else text(value)

    def close(self, held: List[str], within: float) -> None:
        """Release ``held`` and leave the list of workers, in one go on the coordinator's
        thread, waiting at most ``within`` seconds (leases not released run out by themselves)."""

        def leave() -> None:
            self.release(held)
            self.redis.zrem(self._key("workers"), self.worker_id)

        try:
            self._thread.run(leave, within)
        except TimeoutError:
            logger.warning(
                "Redis did not answer within %.1f s: %d leases are left to run out (%.0f s)",
                within,
                len(held),
                self.lease_ttl,
            )
        except Exception as exc:
            logger.warning("could not release the leases in Redis: %s", exc)
        finally:
            self._thread.close()

    # -- resume cursors ---------------------------------------------------------------------

    def save_cursor(self, creator: str, cursor: str) -> None:
        """Everything before ``cursor`` is in the sink (kept for an hour). Written on the
        coordinator's thread, the newest cursor of each creator only: a handler never waits
        for Redis."""
        with self._cursor_lock:
            idle = not self._cursors
            self._cursors[creator] = cursor
        if idle:
            self._thread.submit(self._write_cursors)

    def _write_cursors(self) -> None:
        with self._cursor_lock:
            cursors, self._cursors = self._cursors, {}
        try:
            pipe = self.redis.pipeline(transaction=False)
            for creator, cursor in cursors.items():
                pipe.set(self._key("cursor", creator), cursor, ex=3600)
            pipe.execute()
        except Exception as exc:  # a takeover then resumes from an older cursor: more repeats
            logger.warning("could not save where %d streams are: %s", len(cursors), exc)

    def load_cursor(self, creator: str) -> str:
        """Where to resume ``creator`` ("" to start afresh)."""
        value = self.redis.get(self._key("cursor", creator))
        return "" if value is None else text(value)

    def forget_cursor(self, creator: str) -> None:
        """The live ended: the next one starts afresh (on the coordinator's thread)."""

        def forget() -> None:
            try:
                self.redis.delete(self._key("cursor", creator))
            except Exception as exc:
                logger.warning("could not reset where @%s is: %s", creator, exc)

        self._thread.submit(forget)


class RedisSignBudget(SignBudget):
    """A :class:`~tiktoklive_sync.budget.SignBudget` shared by every worker on one Redis.

    Time is cut into slots of ``60 / per_minute`` seconds by Redis's own clock, and each slot
    grants one signature to whichever worker claims it first, so the workers together sign
    at the budget's pace whatever their own clocks say; a 429 seen by any worker pauses them
    all. Within a worker, reconnects still go first.
    """

    def __init__(self, redis: Any, per_minute: float = 30.0, *, prefix: str = DEFAULT_PREFIX) -> None:
        super().__init__(per_minute, burst=1)
        self.redis = redis
        self.prefix = prefix
        self._take_slot = redis.register_script(_TAKE_SLOT)

    def _take(self) -> float:
        wait_ms = self._take_slot(keys=[f"{self.prefix}:sign:slot"], args=[max(1, int(self.interval * 1000))])
        return max(0.0, int(wait_ms) / 1000.0)

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


def _out_of_memory(answer: Any) -> bool:
    """Whether a Redis answer is its refusal of a write for lack of memory (``maxmemory``)."""
    return isinstance(answer, Exception) and ("OOM" in str(answer) or "maxmemory" in str(answer))


def text(value: Any) -> str:
    """A value redis-py returned, as text (it gives bytes unless told to decode)."""
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)
