"""tiktoklive_sync benchmarks: where a user's CPU goes, as ratios measured in one run.

    python benchmarks/bench.py                 # everything (a few minutes on 2 cores)
    python benchmarks/bench.py --only decode   # one part: decode, e2e, memory, video, many

1. decode: realistic gzip frames (2.5 KB messages, 20 a frame) through the client's own
   decode + dispatch code, next to the bare protobuf parse of the same bytes and to the
   minimal loop (gunzip, parse the fetch result, parse each message, build an event, send a
   blinker signal) — events/s and the ratios.
2. e2e: FakeLiveServer in another process streams the same frames over loopback as fast as
   one client takes them: events/s, client CPU seconds per 10,000 events (with handlers on
   the dispatcher thread, the default, and with ``dispatch="inline"``); then a paced run
   for handler latency p50/p99 (send to handler) and the time from start() to the first event.
   The same run measures the floor: websocket receive alone (websocket-client reading the
   same frames, nothing decoded) and decode-and-dispatch alone; one thread does both in turn
   (the GIL), so the floor is 1 / (1/receive + 1/decode) and end to end is given as a ratio
   of it.
3. memory: RSS and threads of 1, 10 and 100 idle connected clients in one process, whether
   every client's heartbeats stay on time, and the import time.
4. video: CPU per minute of live video recorded (FLV as received, MP4 remuxed).
5. many: a LiveMonitor watching 1,000 creators of one FakeLiveServer (in its own process):
   time until all are connected, threads and RSS per connection, heartbeats on time, CPU of
   1,000 idle streams.

Each figure is the median of several runs. Prints a table and writes benchmarks/results/bench.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import blinker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import payloads  # noqa: E402

from tiktoklive_sync import TikTokLiveClient  # noqa: E402
from tiktoklive_sync._transport.frames import decode_fetch_result  # noqa: E402
from tiktoklive_sync.events import EVENT_TYPES, BaseEvent, ConnectEvent  # noqa: E402
from tiktoklive_sync.proto import webcast_pb2 as pb  # noqa: E402

RESULTS = HERE / "results"
PER_FRAME = 20


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


# -- 1. decode ------------------------------------------------------------------------------


def bare_parse(messages: List[tuple]) -> float:
    types = {method: getattr(pb, method) for method, _ in messages}
    started = time.perf_counter()
    for method, payload in messages:
        types[method].FromString(payload)
    return len(messages) / (time.perf_counter() - started)


class _MinimalEvent:
    __slots__ = ("message",)

    def __init__(self, message: Any) -> None:
        self.message = message


def minimal_loop(frames: List[bytes], events: int) -> float:
    types = {method: getattr(pb, method) for method in EVENT_TYPES}
    signal = blinker.Signal()
    count = [0]

    def receiver(sender: Any, event: Any) -> None:
        count[0] += 1

    signal.connect(receiver)
    started = time.perf_counter()
    for data in frames:
        frame = pb.WebcastPushFrame.FromString(data)
        result = pb.ProtoMessageFetchResult.FromString(zlib.decompress(frame.payload, 31))
        for message in result.messages:
            signal.send(None, event=_MinimalEvent(types[message.method].FromString(message.payload)))
    assert count[0] == events
    return events / (time.perf_counter() - started)


def pipeline(frames: List[bytes], events: int, listen_to: Any = None) -> float:
    """The client's own code path: frame → fetch result → dedup → events → handlers.

    ``listen_to``: the event classes with a handler (default: every message event).
    """
    from tiktoklive_sync._run.dispatch import Dispatcher

    client = TikTokLiveClient("bench_creator")
    count = [0]

    def handler(event: BaseEvent) -> None:
        count[0] += 1

    for event_type in listen_to or EVENT_TYPES.values():
        client.on(event_type, handler)
    dispatcher = Dispatcher(
        emit=client._emit,  # the client's handlers, as its dispatcher thread calls them
        listens=client._listens,
        stats=client.stats,
        unique_id=client.unique_id,
        gift_streak_timeout=10.0,
    )
    started = time.perf_counter()
    for data in frames:
        dispatcher.dispatch(decode_fetch_result(pb.WebcastPushFrame.FromString(data)))
    elapsed = time.perf_counter() - started
    assert listen_to or count[0] >= events, count[0]
    client.close()
    return events / elapsed


def bench_decode(runs: int) -> Dict[str, Any]:
    messages = payloads.realistic_messages(20_000)
    frames = payloads.gzip_frames(messages, PER_FRAME)
    from tiktoklive_sync.events import CommentEvent

    # Repetitions interleave the variants, so drift of a noisy machine hits all of them alike.
    rounds = [
        (
            bare_parse(messages),
            minimal_loop(frames, len(messages)),
            pipeline(frames, len(messages)),
            pipeline(frames, len(messages), listen_to=[CommentEvent]),
        )
        for _ in range(runs)
    ]
    bare, minimal, ours, comments_only = (statistics.median(column) for column in zip(*rounds))
    return {
        "messages": len(messages),
        "mean_message_bytes": round(statistics.mean(len(p) for _, p in messages)),
        "bare_parse_per_s": round(bare),
        "minimal_loop_per_s": round(minimal),
        "pipeline_per_s": round(ours),
        "pipeline_vs_minimal": round(ours / minimal, 3),
        "pipeline_vs_bare_parse": round(ours / bare, 3),
        "pipeline_comments_only_per_s": round(comments_only),
    }


# -- a FakeLiveServer in its own process ----------------------------------------------------


def _serve(pipe: Any, heartbeat_interval: float) -> None:
    """Child process: a FakeLiveServer driven by commands from the benchmark."""
    from tiktoklive_sync.testing import FakeLiveServer

    frames: List[bytes] = []
    with FakeLiveServer("bench_creator", heartbeat_interval=heartbeat_interval) as server:
        pipe.send(server.client_kwargs)
        while True:
            command, argument = pipe.recv()
            if command == "load":
                frames = payloads.gzip_frames(payloads.realistic_messages(argument), PER_FRAME)
                pipe.send(len(frames))
            elif command == "blast":
                _one_client_in(server)
                for data in frames:
                    server.send_raw_frame(data)
                pipe.send("sent")
            elif command == "paced":
                count, rate = argument
                _one_client_in(server)
                started = time.perf_counter()
                for n in range(count):
                    message = server.messages.chat(f"viewer_{n % 50}", "latency probe")
                    message.common.create_time = time.time_ns() // 1000  # µs, read by the handler
                    server.push_messages([message])
                    delay = started + (n + 1) / rate - time.perf_counter()
                    if delay > 0:
                        time.sleep(delay)
                pipe.send("sent")
            elif command == "heartbeats":
                beats: Dict[int, List[float]] = {}
                for frame in server.frames_of("hb"):
                    beats.setdefault(frame.session, []).append(frame.received_at)
                pipe.send(beats)
            elif command == "video_speed":
                server.video_speed = argument
                pipe.send("ok")
            elif command == "stop":
                pipe.send("bye")
                return


def _one_client_in(server: Any) -> None:
    """Wait until earlier benchmark clients have gone and one client is in the room."""
    server.wait_for_disconnects(len(server.sessions) - 1)
    server.wait_for_clients(1)


class ServerProcess:
    def __init__(self, heartbeat_interval: float = 10.0) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipe, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, heartbeat_interval), daemon=True)
        self.process.start()
        self.client_kwargs: Dict[str, str] = self.pipe.recv()

    def ask(self, command: str, argument: Any = None) -> Any:
        self.pipe.send((command, argument))
        return self.pipe.recv()

    def close(self) -> None:
        self.ask("stop")
        self.process.join(10)


# -- 2. end to end --------------------------------------------------------------------------


def bench_e2e(runs: int) -> Dict[str, Any]:
    events = 100_000
    server = ServerProcess()
    server.ask("load", events)
    frames = payloads.gzip_frames(payloads.realistic_messages(events), PER_FRAME)
    rates, cpu_per_10k, inline, inline_cpu, receive, decode = [], [], [], [], [], []
    try:
        for _ in range(runs):  # interleaved, so the machine's drift hits all of them alike
            rate, cpu = _one_blast(server, events)
            rates.append(rate)
            cpu_per_10k.append(cpu)
            rate, cpu = _one_blast(server, events, dispatch="inline")
            inline.append(rate)
            inline_cpu.append(cpu)
            receive.append(_receive_only(server, events))
            decode.append(pipeline(frames, events))
        latency = _latency(server)
    finally:
        server.close()
    rate, inline_rate, receive_rate, decode_rate = (
        statistics.median(column) for column in (rates, inline, receive, decode)
    )
    floor = 1 / (1 / receive_rate + 1 / decode_rate)
    return {
        "events_per_run": events,
        "events_per_s": round(rate),
        "inline_dispatch_events_per_s": round(inline_rate),
        "inline_dispatch_cpu_s_per_10k_events": round(statistics.median(inline_cpu), 3),
        "ws_receive_only_events_per_s": round(receive_rate),
        "decode_dispatch_only_events_per_s": round(decode_rate),
        "floor_events_per_s": round(floor),
        "e2e_vs_floor": round(rate / floor, 3),
        "inline_dispatch_vs_floor": round(inline_rate / floor, 3),
        "client_cpu_s_per_10k_events": round(statistics.median(cpu_per_10k), 3),
        **latency,
    }


def _receive_only(server: ServerProcess, events: int) -> float:
    """websocket-client reading the blast's frames and nothing else: events/s."""
    from tiktoklive_sync._transport.push import WebcastConnection, build_websocket_url
    from tiktoklive_sync.client.web import WebClient

    web = WebClient(**server.client_kwargs)
    room_id = web.fetch_room_id("bench_creator")
    signed = web.fetch_signed(room_id)
    url = build_websocket_url(signed.result, room_id, profile=web.profile, last_rtt=150)
    connection = WebcastConnection.open(
        url,
        room_id=room_id,
        cookies=web.websocket_cookies(signed, authenticated=False),
        user_agent=web.user_agent,
        fetch_result=signed.result,
    )
    sock = connection._socket._sock  # websocket-client itself: the floor
    frames = -(-events // PER_FRAME)
    sender = threading.Thread(target=server.ask, args=("blast",))
    sender.start()
    started, received = 0.0, 0
    while received < frames:
        data = sock.recv()
        if isinstance(data, bytes) and len(data) > 1000:  # a blast frame, not an ack or a hello
            if received == 0:
                started = time.perf_counter()
            received += 1
    elapsed = time.perf_counter() - started
    sender.join(60)
    connection.close()
    connection.release()
    web.close()
    return (frames - 1) * PER_FRAME / elapsed


def _one_blast(server: ServerProcess, events: int, dispatch: str = "thread") -> Tuple[float, float]:
    """One client takes ``events`` events as fast as it can: (events/s, CPU s per 10k)."""
    client = TikTokLiveClient("bench_creator", dispatch=dispatch, **server.client_kwargs)
    done, count, first_at = threading.Event(), [0], [0.0]

    def handler(event: BaseEvent) -> None:
        if count[0] == 0:
            first_at[0] = time.perf_counter()
        count[0] += 1
        if count[0] == events:
            done.set()

    for event_type in EVENT_TYPES.values():
        client.on(event_type, handler)
    client.start(process_connect_events=False)
    cpu_started = time.process_time()
    server.ask("blast")
    assert done.wait(300), f"only {count[0]} of {events} events arrived"
    rate = events / (time.perf_counter() - first_at[0])
    cpu = (time.process_time() - cpu_started) / events * 10_000
    client.close()
    return rate, cpu


def _latency(server: ServerProcess, count: int = 3000, rate: int = 1000) -> Dict[str, Any]:
    client = TikTokLiveClient("bench_creator", **server.client_kwargs)
    from tiktoklive_sync.events import CommentEvent, RoomUserSeqEvent

    latencies: List[float] = []
    done, first_event = threading.Event(), threading.Event()
    started_at, first_at, connected_at = [0.0], [0.0], [0.0]

    @client.on(CommentEvent)
    def measure(event: CommentEvent) -> None:
        latencies.append(time.time_ns() / 1000 - event.common.create_time)
        if len(latencies) == count:
            done.set()

    @client.on(ConnectEvent)
    def connected(event: ConnectEvent) -> None:
        connected_at[0] = time.perf_counter()

    @client.on(RoomUserSeqEvent)
    def first(event: RoomUserSeqEvent) -> None:
        if not first_event.is_set():
            first_at[0] = time.perf_counter()
            first_event.set()

    started_at[0] = time.perf_counter()
    client.start()
    first_event.wait(30)
    server.ask("paced", (count, rate))
    done.wait(60)
    client.close()
    latencies.sort()
    return {
        "handler_latency_p50_ms": round(latencies[len(latencies) // 2] / 1000, 3),
        "handler_latency_p99_ms": round(latencies[int(len(latencies) * 0.99)] / 1000, 3),
        "latency_load_events_per_s": rate,
        "start_to_connect_event_ms": round((connected_at[0] - started_at[0]) * 1000, 1),
        "start_to_first_message_event_ms": round((first_at[0] - started_at[0]) * 1000, 1),
    }


# -- 3. memory and threads ------------------------------------------------------------------


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def bench_memory(runs: int) -> Dict[str, Any]:
    interval = 1.0
    server = ServerProcess(heartbeat_interval=interval)
    clients: List[TikTokLiveClient] = []
    figures: Dict[str, Any] = {}
    try:
        base_threads = threading.active_count()
        for target in (1, 10, 100):
            while len(clients) < target:
                client = TikTokLiveClient("bench_creator", **server.client_kwargs)
                client.start()
                clients.append(client)
            gc.collect()
            figures[f"rss_mb_{target}_clients"] = round(rss_kb() / 1024, 1)
            figures[f"threads_{target}_clients"] = threading.active_count() - base_threads
            if target == 1:
                rss_one = rss_kb()
        figures["rss_kb_per_client_beyond_first"] = round((rss_kb() - rss_one) / 99)
        figures["threads_per_idle_client"] = (threading.active_count() - base_threads) / len(clients)
        watch_from = time.monotonic()
        time.sleep(6 * interval)  # a benchmark waits out real time on purpose
        beats = server.ask("heartbeats")
        gaps = []
        for times in beats.values():
            recent = [t for t in times if t >= watch_from - 1]
            gaps.extend(b - a for a, b in zip(recent, recent[1:]))
        figures["clients_connected"] = sum(client.connected for client in clients)
        figures["heartbeat_interval_s"] = interval
        figures["heartbeat_gap_max_s"] = round(max(gaps), 3)
        figures["heartbeat_gap_p99_s"] = round(sorted(gaps)[int(len(gaps) * 0.99)], 3)
    finally:
        for client in clients:
            client.close()
        server.close()
    figures["import_ms"] = round(median_of(max(3, runs), _import_ms), 1)
    return figures


def _import_ms() -> float:
    def timed(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - started

    return (timed("import tiktoklive_sync") - timed("pass")) * 1000


# -- 4. recording the video ------------------------------------------------------------------


def bench_video(runs: int) -> Dict[str, Any]:
    """CPU this process spends recording one live video, per minute of video, with the
    server in another process streaming at 20x real time (FLV as it arrives; and MP4, whose
    remux at the end is counted too)."""
    import tempfile

    from tiktoklive_sync import TikTokLiveClient

    server = ServerProcess()
    server.ask("video_speed", 20.0)
    results: Dict[str, List[float]] = {"flv": [], "mp4": []}
    try:
        with tempfile.TemporaryDirectory() as folder:
            for run in range(runs):
                for suffix, costs in results.items():
                    client = TikTokLiveClient("bench_creator", **server.client_kwargs)
                    client.start(fetch_room_info=True)
                    cpu_before = time.process_time()
                    recording = client.record_video(Path(folder) / f"run{run}.{suffix}")
                    while recording.seconds < 60:
                        time.sleep(0.05)
                    recording.stop()
                    recording.wait(60)
                    cpu = time.process_time() - cpu_before
                    costs.append(cpu / (recording.seconds / 60))
                    client.close()
    finally:
        server.close()
    return {
        f"client_cpu_s_per_video_minute_{kind}": round(statistics.median(v), 4) for kind, v in results.items()
    }


# -- 5. many creators ----------------------------------------------------------------------


def _serve_many(pipe: Any, creators: int, heartbeat_interval: float) -> None:
    """Child process: one FakeLiveServer with ``creators`` live rooms."""
    from tiktoklive_sync.testing import FakeLiveServer

    with FakeLiveServer("creator_0", heartbeat_interval=heartbeat_interval, history_size=100) as server:
        rooms = [server, *(server.add_room(f"creator_{index}") for index in range(1, creators))]
        pipe.send(server.client_kwargs)
        while True:
            command, argument = pipe.recv()
            if command == "connected":
                pipe.send(
                    sum(1 for room in rooms for s in room.sessions if s.entered and s.closed_at is None)
                )
            elif command == "heartbeat_gaps":  # seconds between heartbeats, after ``argument``
                gaps: List[float] = []
                for room in rooms:
                    beats: Dict[int, List[float]] = {}
                    for frame in room.frames_of("hb"):
                        if frame.received_at >= argument:
                            beats.setdefault(frame.session, []).append(frame.received_at)
                    for times in beats.values():
                        gaps.extend(b - a for a, b in zip(times, times[1:]))
                pipe.send(gaps)
            elif command == "now":
                pipe.send(time.monotonic())
            elif command == "stop":
                pipe.send("bye")
                return


def bench_many(runs: int, creators: int = 1000, interval: float = 5.0) -> Dict[str, Any]:
    """One LiveMonitor, ``creators`` live creators: cost per connection."""
    from tiktoklive_sync.budget import SignBudget
    from tiktoklive_sync.monitor import LiveMonitor

    context = multiprocessing.get_context("spawn")
    pipe, child = context.Pipe()
    process = context.Process(target=_serve_many, args=(child, creators, interval), daemon=True)
    process.start()
    client_kwargs = pipe.recv()

    def ask(command: str, argument: Any = None) -> Any:
        pipe.send((command, argument))
        return pipe.recv()

    gc.collect()
    rss_before, threads_before = rss_kb(), threading.active_count()
    handles = [f"creator_{index}" for index in range(creators)]
    budget = SignBudget(per_minute=1_000_000, burst=creators)  # the local sign server has no limit
    monitor = LiveMonitor(handles, sign_budget=budget, poll_interval=30, check_workers=16, **client_kwargs)
    started = time.perf_counter()
    monitor.start()
    try:
        while monitor.counts().get("connected", 0) < creators:
            assert time.perf_counter() - started < 600, monitor.counts()
            time.sleep(0.5)
        connect_all_s = time.perf_counter() - started
        time.sleep(2 * interval)  # settle: first heartbeats sent, checkers idle
        gc.collect()
        rss_after, threads_after = rss_kb(), threading.active_count()
        watch_from = ask("now")
        cpu_started, wall_started = time.process_time(), time.perf_counter()
        time.sleep(6 * interval)  # idle streams: heartbeats only
        idle_cpu = (time.process_time() - cpu_started) / (time.perf_counter() - wall_started)
        gaps = sorted(ask("heartbeat_gaps", watch_from))
        connected = ask("connected")
        runtime = monitor._runtime
        lateness = runtime.scheduler.max_lateness if runtime is not None else 0.0
    finally:
        stop_started = time.perf_counter()
        monitor.stop()
        stop_s = time.perf_counter() - stop_started
        ask("stop")
        process.join(10)
    return {
        "creators": creators,
        "connected_at_server": connected,
        "seconds_to_connect_all": round(connect_all_s, 1),
        "threads_per_connection": round((threads_after - threads_before) / creators, 3),
        "rss_kb_per_connection": round((rss_after - rss_before) / creators, 1),
        "heartbeat_interval_s": interval,
        "heartbeat_gap_p99_s": round(gaps[int(len(gaps) * 0.99)], 3) if gaps else None,
        "heartbeat_gap_max_s": round(gaps[-1], 3) if gaps else None,
        "scheduler_max_lateness_s": round(lateness, 3),
        "idle_cpu_cores_for_all": round(idle_cpu, 4),
        "seconds_to_stop_all": round(stop_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("decode", "e2e", "memory", "video", "many"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    parts = {
        "decode": bench_decode,
        "e2e": bench_e2e,
        "memory": bench_memory,
        "video": bench_video,
        "many": bench_many,
    }
    results: Dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    for name, bench in parts.items():
        if args.only in (None, name):
            results[name] = bench(args.runs)
            for key, value in results[name].items():
                print(f"{name:8} {key:34} {value}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
