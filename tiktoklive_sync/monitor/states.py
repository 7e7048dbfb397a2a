"""The states of a creator a :class:`~tiktoklive_sync.monitor.LiveMonitor` watches, and the
one rule that moves between them (:func:`next_state`).

``waiting``      added, the first check is due;
``offline``      checked, not live; checked again later (less often the longer it stays away);
``live``         live, waiting for its turn at the sign budget;
``connecting``   signing and opening the websocket;
``connected``    events flow;
``backing off``  the connection dropped and the client reconnects, or a check or connect
                 failed and the monitor tries again later;
``not found``    TikTok has no such user (checked again rarely);
``elsewhere``    another worker holds it (with Redis);
``unassigned``   on the shared list, held by no worker yet (with Redis; a worker below its
                 share takes it at its next round).
"""

from __future__ import annotations

import enum
from typing import Optional

__all__ = ["CHECKED", "NOT_OURS", "CreatorState", "next_state"]


class CreatorState(str, enum.Enum):
    """A creator's state; compares equal to its text (``state == "connected"``)."""

    WAITING = "waiting"
    OFFLINE = "offline"
    LIVE = "live"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    BACKING_OFF = "backing off"
    NOT_FOUND = "not found"
    ELSEWHERE = "elsewhere"
    UNASSIGNED = "unassigned"

    def __str__(self) -> str:
        return self.value


#: States in which the monitor checks whether the creator is live when the time comes.
CHECKED = frozenset(
    (CreatorState.WAITING, CreatorState.OFFLINE, CreatorState.BACKING_OFF, CreatorState.NOT_FOUND)
)
#: States of a creator this worker does not watch (another does, or none yet).
NOT_OURS = frozenset((CreatorState.ELSEWHERE, CreatorState.UNASSIGNED))


def next_state(current: CreatorState, wanted: CreatorState, *, taken: bool = False) -> Optional[CreatorState]:
    """The state a creator in ``current`` moves to when something reports ``wanted``; None
    when the report no longer matters.

    A creator that is not ours (``elsewhere``, ``unassigned``) only leaves that state when
    this worker takes its lease (``taken``: it starts again as ``waiting``), or to the other
    not-ours state: whatever its old connection still reports afterwards is stale.
    """
    if current in NOT_OURS and wanted not in NOT_OURS:
        return CreatorState.WAITING if taken else None
    return wanted
