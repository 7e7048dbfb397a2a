"""Blocking waits that Ctrl+C and stop() interrupt promptly: in short slices."""

from __future__ import annotations

import threading
import time
from typing import Optional

__all__ = ["WAIT_SLICE", "wait_event"]

#: Slice of a blocking wait, so Ctrl+C and stop() are seen promptly.
WAIT_SLICE = 0.2


def wait_event(event: threading.Event, timeout: Optional[float]) -> bool:
    """``event.wait(timeout)`` in short slices, so KeyboardInterrupt arrives promptly."""
    deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
    while True:
        slice_ = WAIT_SLICE if deadline is None else min(WAIT_SLICE, deadline - time.monotonic())
        if event.wait(max(0.0, slice_)):
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False
