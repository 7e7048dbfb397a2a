"""Record a live session's raw frames to a file, and read them back for replay.

The file format, version 1, is JSON Lines (UTF-8, one object per line), append-only:

* a header line per recording session:
  ``{"format": "tiktoklive_sync.recording", "version": 1, "unique_id": "...",
  "room_id": "...", "started": <unix time>}``
* one line per thing received:
  ``{"t": <unix time>, "kind": "initial" | "frame", "data": "<base64>"}`` where ``initial``
  is the sign server's first fetch result (a ProtoMessageFetchResult) and ``frame`` a
  websocket binary message exactly as TikTok sent it (a WebcastPushFrame, gzip and all).

Every line is written with one ``write()`` and flushed, so a process that dies mid-write
leaves at most one partial last line; readers skip it (and any other line that does not
parse) with a warning. Appending to an existing file adds a new session after a new header.

Replay a file with ``FakeLiveServer.play_recording(path)`` (your client, unchanged, against
the local TikTok) or ``python -m tiktoklive_sync replay FILE``.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Optional, Union

__all__ = ["FORMAT", "VERSION", "Record", "RecordingWriter", "read_recording"]

logger = logging.getLogger(__name__)

FORMAT = "tiktoklive_sync.recording"
VERSION = 1
KINDS = ("initial", "frame")


@dataclass(frozen=True)
class Record:
    """One recorded item: when it arrived (unix time), what it is, and its bytes."""

    t: float
    kind: str
    data: bytes


class RecordingWriter:
    """Appends a session's frames to a recording file (thread-safe)."""

    def __init__(self, path: Union[str, Path], *, unique_id: str, room_id: int) -> None:
        self.path = Path(path)
        self._file: Optional[IO[str]] = self.path.open("a", encoding="utf-8")
        self._lock = threading.Lock()
        self.records = 0
        header = {"format": FORMAT, "version": VERSION, "unique_id": unique_id, "room_id": str(room_id)}
        self._write_line({**header, "started": time.time()})

    def write(self, kind: str, data: bytes) -> None:
        """Record ``data`` of ``kind`` (``"initial"`` or ``"frame"``) as arriving now."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        self._write_line({"t": time.time(), "kind": kind, "data": base64.b64encode(data).decode("ascii")})
        self.records += 1

    def write_frame(self, data: bytes) -> None:
        """Record a websocket message as received."""
        self.write("frame", data)

    def _write_line(self, entry: dict) -> None:  # type: ignore[type-arg]
        line = json.dumps(entry, separators=(",", ":")) + "\n"
        with self._lock:
            if self._file is None:
                return
            self._file.write(line)  # one write per line: a crash cuts at most this line
            self._file.flush()

    def close(self) -> None:
        """Close the file (later writes are ignored)."""
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def close_quietly(self) -> None:
        """Close, logging instead of raising when the file cannot be flushed (disk full)."""
        try:
            self.close()
        except OSError as exc:
            self._file = None
            logger.error("closing the recording %s failed: %s", self.path, exc)


def read_recording(path: Union[str, Path]) -> Iterator[Record]:
    """The records of a recording file, in order; broken lines are skipped with a warning."""
    with Path(path).open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            try:
                entry = json.loads(line)
                if "format" in entry:
                    if entry["format"] != FORMAT or entry.get("version") != VERSION:
                        raise ValueError(f"not a version {VERSION} {FORMAT} file")
                    continue
                record = Record(float(entry["t"]), str(entry["kind"]), base64.b64decode(entry["data"]))
            except (ValueError, KeyError, TypeError) as exc:
                logger.warning("%s line %d skipped: %s", path, number, exc)
                continue
            if record.kind in KINDS:
                yield record
