"""How a monitor shares its creators with other monitors: the :class:`Coordinator`
interface, and :class:`LocalCoordinator`, a monitor on its own (every creator is its own).
:class:`~tiktoklive_sync.monitor.redis.RedisCoordinator` is the one for many workers."""

from __future__ import annotations

import abc
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Set

from .states import CreatorState

__all__ = ["LET_GO_AFTER", "Coordinator", "LocalCoordinator", "Round"]

#: A worker that has not renewed its leases for this share of their TTL lets its creators go
#: (before the leases run out and another worker takes them: never watched twice).
LET_GO_AFTER = 0.8


@dataclass
class Round:
    """What one round of coordination found and did."""

    #: Every creator on the shared list now (None: unknown, the round changes nothing).
    creators: Optional[Set[str]]
    #: Who holds each creator's lease (a worker id; None: nobody).
    holders: Dict[str, Optional[str]] = field(default_factory=dict)
    #: Ours at the round's start, another worker's now: let them go.
    lost: List[str] = field(default_factory=list)
    #: Taken by this worker in the round.
    taken: List[str] = field(default_factory=list)
    #: Ours beyond our fair share, released in the round for another worker to take.
    given_back: List[str] = field(default_factory=list)
    #: When (``time.monotonic()``) the renewal of our leases was sent, None when it failed:
    #: the leases then last at least until this plus their TTL.
    renewed_at: Optional[float] = None


class Coordinator(abc.ABC):
    """What a :class:`~tiktoklive_sync.monitor.LiveMonitor` asks of its coordination."""

    #: This worker's id.
    worker_id: str
    #: Seconds a lease lives without renewal (None: no leases, nothing to coordinate).
    lease_ttl: Optional[float] = None

    @property
    def initial_state(self) -> CreatorState:
        """The state of a creator just added (before any round)."""
        return CreatorState.WAITING

    def add_creators(self, creators: Iterable[str]) -> None:  # noqa: B027 - nothing to share
        """Add handles to the shared list."""

    def remove_creators(self, creators: Iterable[str]) -> None:  # noqa: B027 - nothing to share
        """Take handles off the shared list."""

    @abc.abstractmethod
    def start_round(self, held: List[str]) -> Optional[Future[Round]]:
        """Begin a round of coordination (renew the leases of ``held``, least valuable first,
        take or give back creators); None when there is nothing to coordinate."""

    def still_ours(self, creator: str) -> bool:
        """Whether this worker still holds ``creator`` (asked before connecting to it)."""
        return True

    def load_cursor(self, creator: str) -> str:
        """Where a stream of ``creator`` should resume ("" to start afresh)."""
        return ""

    def save_cursor(self, creator: str, cursor: str) -> None:  # noqa: B027 - nothing to share
        """Everything of ``creator``'s stream before ``cursor`` is in the sink."""

    def forget_cursor(self, creator: str) -> None:  # noqa: B027 - nothing to share
        """The live ended: the next one starts afresh."""

    def release(self, creators: List[str]) -> None:  # noqa: B027 - nothing to share
        """Give up the leases of ``creators`` (ours no more, or let go)."""

    def close(self, held: List[str], within: float) -> None:  # noqa: B027 - nothing to share
        """The monitor stops: release ``held`` and leave, waiting at most ``within`` seconds."""


class LocalCoordinator(Coordinator):
    """One monitor on its own: every creator is its own, no leases, nothing shared."""

    worker_id = "local"

    def start_round(self, held: List[str]) -> Optional[Future[Round]]:
        """Nothing to coordinate."""
        return None
