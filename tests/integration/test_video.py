"""Recording the live video from FakeLiveServer's FLV pull stream, and proving the files play
(decoded with PyAV: frames, duration)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from helpers import wait_until

from tiktoklive_sync.errors import TikTokHTTPError
from tiktoklive_sync.events import CommentEvent, DisconnectEvent


def decoded(path: Path):
    """(video frames, seconds from the first frame to the last) of a media file, decoded."""
    import av  # on Python 3.8, PyAV 12: it decodes what the tests record

    with av.open(str(path)) as media:
        times = [frame.time for frame in media.decode(video=0) if frame.time is not None]
    return len(times), (max(times) - min(times)) if times else 0.0


@pytest.fixture
def fast_video(server):
    server.video_speed = 20.0  # twenty seconds of live video a second
    return server


@pytest.mark.parametrize("suffix", [".flv", ".mp4"])
def test_a_recording_plays(fast_video, make_client, tmp_path, suffix):
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / f"live{suffix}", quality="hd")
    assert recording.quality == "hd" and "quality=HD1" in recording.url
    wait_until(lambda: recording.seconds >= 12)
    recording.stop()
    assert recording.wait(30)
    assert recording.files == [tmp_path / f"live{suffix}"]
    frames, seconds = decoded(recording.files[0])
    assert frames >= 12 * 15 * 0.9  # 15 fps
    assert abs(seconds - recording.seconds) <= 2.0
    assert recording.bytes_written > 0 and not recording.is_recording


def test_the_recording_ends_with_the_live_and_the_chat_keeps_flowing(
    fast_video, make_client, recorder, tmp_path
):
    client = make_client()
    recorder.listen(client, CommentEvent, DisconnectEvent)
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.flv")
    wait_until(lambda: recording.seconds >= 4)
    fast_video.push_comment("viewer", "still chatting")
    assert recorder.wait_for(CommentEvent)[0].comment == "still chatting"
    fast_video.end_live()
    assert recorder.wait_for(DisconnectEvent)[0].reason == "live_ended"
    assert recording.wait(30)  # it stopped by itself
    assert decoded(recording.files[0])[0] > 0


def test_a_cut_stream_resumes_into_the_next_file(fast_video, make_client, tmp_path):
    fast_video.cut_video(after_bytes=40_000, times=1)
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.flv")
    wait_until(lambda: len(recording.files) == 2 and recording.files[1].exists())
    wait_until(lambda: recording.seconds >= 12)
    recording.stop()
    recording.wait(30)
    assert recording.files == [tmp_path / "live.flv", tmp_path / "live.1.flv"]
    assert all(decoded(path)[0] > 0 for path in recording.files)  # each file plays on its own


def test_bad_targets_and_a_stream_that_is_gone(server, make_client, tmp_path):
    client = make_client()
    client.start(fetch_room_info=True)
    with pytest.raises(ValueError, match=r"\.flv or \.mp4"):
        client.record_video(tmp_path / "live.avi")
    server.live = False  # the stream is gone before it opens
    recording = client.record_video(tmp_path / "live.flv")
    with pytest.raises(TikTokHTTPError, match="HTTP 404"):
        recording.wait(30)
    assert recording.files == [] and not (tmp_path / "live.flv").exists()


def test_tiktoklive_shape_fetch_video_data(fast_video, make_client, tmp_path):
    client = make_client()
    client.start(fetch_room_info=True)
    fetcher = client.web.fetch_video_data
    fetcher.start(output_fp=str(tmp_path / "stream"), room_info=client.room_info, output_format="mp4")
    assert fetcher.is_recording
    wait_until(lambda: fetcher.recording.seconds >= 6)
    fetcher.stop()
    assert not fetcher.is_recording
    assert decoded(tmp_path / "stream.mp4")[0] > 0


def test_record_command_saves_chat_and_video(fast_video, tmp_path, capsys):
    from helpers import once_a_client_is_in, server_args

    from tiktoklive_sync.cli import main

    chat, video = tmp_path / "chat.jsonl", tmp_path / "live.mp4"
    actor = once_a_client_is_in(
        fast_video,
        lambda: fast_video.wait_for_requests(f"/stream/{fast_video.room_id}.flv"),
        lambda: threading.Event().wait(0.5),  # half a second: ten seconds of video
        fast_video.end_live,
    )
    status = main(["record", "@creator", str(chat), "--video", str(video), *server_args(fast_video)])
    actor.join(30)
    assert status == 0
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert re.fullmatch(
        r"recorded \d+ s, \d+ events: .*chat\.jsonl \(.*\), .*live\.mp4 \(\d+ s of hd video, .*\)", summary
    )
    assert decoded(video)[0] > 0 and chat.stat().st_size > 0


def test_a_write_error_ends_the_recording_not_the_chat(fast_video, make_client, recorder, tmp_path):
    import os

    target = tmp_path / "live.flv"
    os.mkfifo(target)  # a reader that hangs up: writes then fail as on a full disk

    def read_a_little_then_hang_up() -> None:
        with open(target, "rb") as reader:
            reader.read(1000)

    hang_up = threading.Thread(target=read_a_little_then_hang_up)
    hang_up.start()
    client = make_client()
    recorder.listen(client, CommentEvent)
    client.start(fetch_room_info=True)
    recording = client.record_video(target)
    with pytest.raises(OSError):
        recording.wait(30)
    hang_up.join(10)
    fast_video.push_comment("viewer", "the chat goes on")
    assert recorder.wait_for(CommentEvent)[0].comment == "the chat goes on"
    assert client.connected


def test_segments_start_at_keyframes_and_each_plays(fast_video, make_client, tmp_path):
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.mp4", segment_seconds=3)
    wait_until(lambda: recording.seconds >= 12)
    recording.stop()
    recording.wait(30)
    assert len(recording.files) >= 4
    assert recording.files[:2] == [tmp_path / "live.mp4", tmp_path / "live.1.mp4"]
    for path in recording.files:
        frames, seconds = decoded(path)
        assert frames > 0 and seconds <= 3 + 1.5  # cut at the first keyframe (one a second) past 3 s
    with pytest.raises(ValueError, match="segment_seconds"):
        client.record_video(tmp_path / "x.flv", segment_seconds=0)


def test_size_segments_start_at_the_first_keyframe_past_the_size(fast_video, make_client, tmp_path):
    client = make_client()
    client.start(fetch_room_info=True)
    limit = 30_000  # the sample runs at about 10 KB a second: a few seconds a file
    recording = client.record_video(tmp_path / "live.flv", segment_bytes=limit)
    wait_until(lambda: recording.seconds >= 12)
    recording.stop()
    recording.wait(30)
    assert len(recording.files) >= 3
    for path in recording.files[:-1]:  # every finished file passed the size, by less than a second
        size = path.stat().st_size
        assert limit <= size <= limit + 15_000, size
        assert decoded(path)[0] > 0
    with pytest.raises(ValueError, match="segment_bytes"):
        client.record_video(tmp_path / "x.flv", segment_bytes=0)


def test_a_paused_live_is_waited_out_and_recording_goes_on(fast_video, make_client, recorder, tmp_path):
    from tiktoklive_sync.events import LivePauseEvent, LiveUnpauseEvent
    from tiktoklive_sync.media.video import RESUME_ATTEMPTS

    client = make_client(http_timeout=0.3)  # a silent stream counts as broken after 0.3 s
    recorder.listen(client, LivePauseEvent, LiveUnpauseEvent)
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.flv")
    wait_until(lambda: recording.seconds >= 4)
    stream = f"/stream/{fast_video.room_id}.flv"
    fast_video.push_control(1)  # paused: the stream goes silent
    recorder.wait_for(LivePauseEvent)
    fast_video.stall_video()
    # more silent reopenings than an unpaused recording would ever try
    fast_video.wait_for_requests(
        stream, len(fast_video.requests_to(stream)) + RESUME_ATTEMPTS + 2, timeout=30
    )
    assert recording.is_recording
    fast_video.clear_faults()
    fast_video.push_control(2)  # unpaused
    recorder.wait_for(LiveUnpauseEvent)
    before = recording.seconds
    wait_until(lambda: recording.seconds >= before + 4)  # the video goes on
    recording.stop()
    recording.wait(30)
    assert len(recording.files) >= 2 and all(decoded(path)[0] > 0 for path in recording.files)


def test_without_pyav_mp4_is_a_clear_error_and_flv_still_records(
    fast_video, make_client, tmp_path, monkeypatch
):
    import sys

    from tiktoklive_sync.cli import main

    client = make_client()
    client.start(fetch_room_info=True)
    with monkeypatch.context() as without:
        without.setitem(sys.modules, "av", None)  # as if the [video] extra were not installed
        with pytest.raises(
            ValueError, match=r"recording MP4 needs PyAV: pip install 'tiktoklive_sync\[video\]'"
        ):
            client.record_video(tmp_path / "live.mp4")
        recording = client.record_video(tmp_path / "live.flv")  # FLV needs nothing more
        wait_until(lambda: recording.seconds >= 4)
        recording.stop()
        server = ["--app-url", fast_video.app_url, "--webcast-url", fast_video.webcast_url]
        arguments = ["record", "creator", "--video", str(tmp_path / "cli.mp4"), *server]
        assert main([*arguments, "--sign-url", fast_video.sign_url]) == 2  # a usage error, at once
    assert decoded(tmp_path / "live.flv")[0] > 0


def test_an_older_pyav_is_refused_for_mp4_by_its_version(fast_video, make_client, tmp_path, monkeypatch):
    """Python 3.8 has PyAV 12 at most, whose remux writes MP4s that do not decode."""
    import importlib.metadata

    client = make_client()
    client.start(fetch_room_info=True)
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "12.3.0" if name == "av" else real(name))
    with pytest.raises(ValueError, match=r"recording MP4 needs PyAV 15 or newer, not 12\.3\.0"):
        client.record_video(tmp_path / "live.mp4")
    assert not (tmp_path / "live.mp4").exists()


@pytest.mark.parametrize("bitrate", [None, 2_500_000], ids=["sample-rate", "hd-2.5mbit"])
def test_five_seconds_at_real_time_make_a_playable_file(server, make_client, tmp_path, bitrate):
    server.video_speed = 1.0  # real time, as a live is
    server.video_bitrate = bitrate
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.mp4")
    threading.Event().wait(5)  # what TikTokLive's recording example does: record 5 seconds
    recording.stop()
    assert recording.wait(30)
    frames, seconds = decoded(tmp_path / "live.mp4")
    assert frames >= seconds * 15 * 0.9 > 0  # every picture received is in the file
    assert abs(seconds - recording.seconds) <= 0.5  # and nothing received was held back
    if bitrate:
        rate = recording.bytes_written * 8 / max(recording.seconds, 1)
        assert 0.7 * bitrate <= rate <= 1.3 * bitrate


def test_stopping_the_client_finishes_the_recording_even_on_a_stalled_stream(
    fast_video, make_client, tmp_path
):
    client = make_client(http_timeout=(10, 300))  # a read would wait five minutes
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.mp4")
    wait_until(lambda: recording.seconds >= 4)
    fast_video.stall_video()  # the recorder now waits in a read
    client.stop()
    assert not recording.is_recording  # stop() returned with the recording over
    assert recording.files == [tmp_path / "live.mp4"] and decoded(tmp_path / "live.mp4")[0] > 0


def test_recording_stop_interrupts_a_read_that_waits(fast_video, make_client, tmp_path):
    client = make_client(http_timeout=(10, 300))
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.flv")
    wait_until(lambda: recording.seconds >= 2)
    fast_video.stall_video()
    recording.stop()
    assert recording.join(timeout=20)  # not the five minutes of the read timeout
    assert recording.wait(0) and decoded(tmp_path / "live.flv")[0] > 0


def damaged_sample() -> bytes:
    """Three loops of the sample, the first tag sizes of the second loop flipped by one bit,
    and a second FLV header (a new stream) before the third loop, as a broken relay sends."""
    from tiktoklive_sync.media.flv import HEADER, iter_tags, with_timestamp
    from tiktoklive_sync.testing.routes.video import SAMPLE_VIDEO

    sample = SAMPLE_VIDEO.read_bytes()
    tags = [(sample[start:end], stamp) for start, _, stamp, end in iter_tags(sample)]
    loops = []
    for loop in range(2):
        chunk = bytearray(b"".join(with_timestamp(tag, stamp + loop * 8100) for tag, stamp in tags))
        if loop == 1:
            chunk[2] ^= 0x04  # one bit of the first tag's size
        loops.append(bytes(chunk))
    return HEADER + loops[0] + loops[1] + HEADER + b"".join(tag for tag, _ in tags)


def test_a_damaged_stream_is_resynchronised_and_what_was_skipped_counted(make_client, tmp_path, caplog):
    from hostile_peers import HostileHttpServer

    body = damaged_sample()

    def answer(peer):
        peer.send(b"HTTP/1.0 200 OK\r\nContent-Type: video/x-flv\r\n\r\n" + body)
        peer.sock.shutdown(2)

    with HostileHttpServer(answer) as relay:
        client = make_client()
        room_info = {"stream_url": {"flv_pull_url": {"HD1": f"{relay.url}/stream.flv"}}}
        fetcher = client.web.fetch_video_data
        recording = fetcher.start(output_fp=str(tmp_path / "live.flv"), room_info=room_info)
        wait_until(lambda: recording.seconds >= 23)  # three loops of eight seconds
        fetcher.stop()
    files = recording.files
    assert files[:2] == [tmp_path / "live.flv", tmp_path / "live.1.flv"]  # the new header: a new file
    assert sum(decoded(path)[0] for path in files[:2]) >= 3 * 8 * 15 - 2  # one damaged tag lost
    assert 0 < recording.skipped_bytes < 1000
    assert "form no tag" in caplog.text
