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
Read its events offline with :func:`read_events`, or as a pandas DataFrame with
:func:`to_dataframe`.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Set, Type, Union

if TYPE_CHECKING:
    import pandas as pd

    from .events import BaseEvent

__all__ = [
    "FORMAT",
    "VERSION",
    "Record",
    "RecordingWriter",
    "read_events",
    "read_header",
    "read_recording",
    "read_sessions",
    "to_dataframe",
]

logger = logging.getLogger(__name__)

FORMAT = "tiktoklive_sync.recording"
VERSION = 1
KINDS = ("initial", "frame")
#: A header line is far shorter; a first line longer than this is not one.
MAX_HEADER_LENGTH = 64 * 1024


@dataclass(frozen=True)
class Record:
    """One recorded item: when it arrived (unix time), what it is, and its bytes."""

    t: float
    kind: str
    data: bytes
    #: Which session of the file it belongs to (1 for the first).
    session: int = 1


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


def read_header(path: Union[str, Path]) -> Dict[str, Any]:
    """The first session header of a recording file (``unique_id``, ``room_id``,
    ``started``...); ValueError naming ``path`` when it is not a recording of this format and
    version (an empty file, a first line that is not a header). OSError when it cannot be
    read."""
    with Path(path).open("rb") as file:
        first = file.readline(MAX_HEADER_LENGTH)
    if not first.strip():
        raise ValueError(f"{path} is empty, not a recording")
    try:
        header = json.loads(first)
    except ValueError:  # not JSON, or not UTF-8
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ValueError(f"{path} is not a recording (its first line is not a recording header)")
    if header.get("version") != VERSION:
        raise ValueError(
            f"{path} is a version {header.get('version')} recording; this reads version {VERSION}"
        )
    if not isinstance(header.get("unique_id"), str) or not str(header.get("room_id", "")).isdigit():
        raise ValueError(f"{path} has a broken recording header (no creator or room id)")
    return header


def read_sessions(path: Union[str, Path]) -> List[Dict[str, Any]]:
    """The header of each session of a recording file, in order (a file ``record`` appended
    to holds several); ValueError when it is not a recording (see :func:`read_header`)."""
    read_header(path)
    headers = []
    with Path(path).open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if '"format"' in line[:200]:  # a frame's line is its time, kind and data
                with contextlib.suppress(ValueError):
                    header = json.loads(line)
                    if isinstance(header, dict) and "format" in header:
                        headers.append(header)
    return headers


def read_recording(path: Union[str, Path], session: Optional[int] = None) -> Iterator[Record]:
    """The records of a recording file, in order, those of its ``session``-th session only
    when given (1 for the first); broken lines are skipped with a warning."""
    current = 0
    with Path(path).open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            try:
                entry = json.loads(line)
                if "format" in entry:
                    if entry["format"] != FORMAT or entry.get("version") != VERSION:
                        raise ValueError(f"not a version {VERSION} {FORMAT} file")
                    current += 1
                    continue
                if session is not None and current != session:
                    continue
                data = base64.b64decode(entry["data"])
                record = Record(float(entry["t"]), str(entry["kind"]), data, max(current, 1))
            except (ValueError, KeyError, TypeError) as exc:
                logger.warning("%s line %d skipped: %s", path, number, exc)
                continue
            if record.kind in KINDS:
                yield record


def read_events(path: Union[str, Path], *event_types: Type[BaseEvent]) -> Iterator[BaseEvent]:
    """The events of a recording, every session's in turn, decoded offline as the client
    decodes them live (repeated messages dropped, like totals, gift streaks); only those of
    exactly ``event_types`` when given, else every event the messages make (one
    WebsocketResponseEvent per frame too).
    ValueError here when ``path`` is not a recording (see :func:`read_header`); records that
    do not parse are skipped with a warning."""
    creators = [str(header["unique_id"]) for header in read_sessions(path)]
    return _decoded_events(path, creators, set(event_types))


def _decoded_events(
    path: Union[str, Path], creators: List[str], wanted: Set[Type[BaseEvent]]
) -> Iterator[BaseEvent]:
    """The events of the file in one pass, each session decoded by a dispatcher of its own
    (as a live client decodes one connection's: a live end closes only its own session);
    ``creators``: each session's creator."""
    from google.protobuf.message import DecodeError

    from ._run.dispatch import Dispatcher
    from ._transport.frames import FrameError, decode_fetch_result
    from .proto import webcast_pb2 as pb
    from .stats import ClientStats

    found: List[BaseEvent] = []

    def keep(event: BaseEvent) -> None:
        if not wanted or type(event) in wanted:
            found.append(event)

    def dispatcher_of(session: int) -> Dispatcher:
        return Dispatcher(
            emit=keep,
            listens=lambda event_type: not wanted or event_type in wanted,
            stats=ClientStats(),
            unique_id=creators[min(session, len(creators)) - 1],
            gift_streak_timeout=10.0,  # the client's default
        )

    session, dispatcher = 1, dispatcher_of(1)
    for record in read_recording(path):
        if record.session != session:  # a new connection: the last one's streaks end with it
            dispatcher.flush_streaks()
            session, dispatcher = record.session, dispatcher_of(record.session)
        try:
            if record.kind == "initial":
                result = pb.ProtoMessageFetchResult.FromString(record.data)
            else:
                frame = pb.WebcastPushFrame.FromString(record.data)
                if frame.payload_type != "msg":
                    continue
                result = decode_fetch_result(frame)
        except (DecodeError, FrameError) as exc:
            logger.warning("%s: skipping a recorded %s that does not parse: %s", path, record.kind, exc)
            continue
        dispatcher.dispatch(result)
        yield from found
        found.clear()
    dispatcher.flush_streaks()
    yield from found


def to_dataframe(path: Union[str, Path], *event_types: Type[BaseEvent]) -> pd.DataFrame:
    """The events of a recording (see :func:`read_events`) as a pandas DataFrame, one row per
    event: the frame ``client.events(*event_types).to_dataframe()`` gave live (see
    :func:`tiktoklive_sync.notebook.to_dataframe`)."""
    from .notebook import to_dataframe as events_to_dataframe

    return events_to_dataframe(read_events(path, *event_types))
