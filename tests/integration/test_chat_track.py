"""The chat on the video's timeline: ``record_video(..., chat=...)`` against FakeLiveServer,
whose video is paused at known timestamps while a comment is pushed, so each cue's time can
be checked against the served video's timestamps. The WebVTT files and the MP4 subtitle
tracks are read back with FFmpeg's own parsers (PyAV)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Tuple

import av
import pytest
from helpers import wait_until

from tiktoklive_sync.events import CommentEvent
from tiktoklive_sync.media import video as video_module
from tiktoklive_sync.media.flv import SCRIPT, Tag, iter_tags
from tiktoklive_sync.media.video import VideoRecording, can_write_chat_track
from tiktoklive_sync.testing.routes.video import SAMPLE_VIDEO, video_timeline

Cues = List[Tuple[float, float, str]]


def vtt_cues(path: Path) -> Cues:
    """(start, end, text) of each cue of a WebVTT file, as FFmpeg reads them."""
    with av.open(str(path)) as vtt:
        return _text_cues(vtt)


def mp4_cues(path: Path) -> Cues:
    """(start, end, text) of each non-empty sample of an MP4's subtitle track."""
    with av.open(str(path)) as mp4:
        assert [stream.codec_context.name for stream in mp4.streams.subtitles] == ["mov_text"]
        return _text_cues(mp4)


def _text_cues(container) -> Cues:
    stream = container.streams.subtitles[0]
    cues = []
    for packet in container.demux(stream):
        if packet.pts is None:
            continue
        text = "".join(sub.dialogue.decode("utf-8") for sub in stream.decode(packet))
        if text:
            start = float(packet.pts * packet.time_base)
            cues.append((start, start + float(packet.duration * packet.time_base), text))
    return cues


def first_frame_time(path: Path) -> float:
    """The time of the first video frame of a file: where its timeline starts."""
    with av.open(str(path)) as media:
        return float(next(media.decode(video=0)).time)


def sample_tags() -> List[Tag]:
    """The tags of one loop of the served sample, as FakeLiveServer sends them (no script data)."""
    sample = SAMPLE_VIDEO.read_bytes()
    tags = [Tag(sample[start:end], kind, stamp) for start, kind, stamp, end in iter_tags(sample)]
    return [tag for tag in tags if tag.kind != SCRIPT]


def tag_bytes_before(timestamp: int) -> int:
    """How many bytes of tags a stream sends before its first tag at ``timestamp`` or later."""
    return sum(len(tag.data) for tag in sample_tags() if tag.timestamp < timestamp)


def segment_starts(seconds: float) -> List[int]:
    """The served timestamps where files of ``segment_seconds=seconds`` begin, in one loop:
    the first tag, then the first keyframe at least ``seconds`` past the last start."""
    starts = [sample_tags()[0].timestamp]
    for tag in sample_tags():
        if tag.is_keyframe and not tag.is_codec_config and tag.timestamp - starts[-1] >= seconds * 1000:
            starts.append(tag.timestamp)
    return starts


@pytest.fixture
def fast_video(server):
    server.video_speed = 20.0  # twenty seconds of live video a second
    return server


def written_up_to(recording: VideoRecording, seconds: float) -> None:
    """Wait until the recording has written the video up to ``seconds`` (of all it recorded):
    everything the paused stream sent is in the file."""
    wait_until(lambda: recording.seconds >= seconds - 0.0005, what=f"{seconds} s of video written")


def placed(recording: VideoRecording, count: int) -> None:
    """Wait until the chat track has taken ``count`` messages."""
    track = recording.chat_track
    assert track is not None
    wait_until(lambda: track.count >= count, what=f"{count} chat messages taken")


def test_a_comment_is_on_the_video_at_the_moment_it_arrived(fast_video, make_client, tmp_path):
    timeline = video_timeline(fast_video)
    timeline.pause_at(5000)
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.mp4", chat=("comment", "gift", "join"))
    moment = timeline.wait_paused(stream=1)  # the video stands still at about 5 s
    written_up_to(recording, moment.timestamp / 1000)
    fast_video.push_comment("viewer", "hello <b>&</b> --> world\nsecond line")
    fast_video.push_join("newcomer")
    fast_video.push_gift("fan", repeat_count=1, repeat_end=0)  # a streak begins: no cue yet
    placed(recording, 2)
    timeline.pause_at(7000)
    streak_end = timeline.wait_paused(stream=1)
    written_up_to(recording, streak_end.timestamp / 1000)
    fast_video.push_gift("fan", repeat_count=3, repeat_end=1)  # the streak ends: its one cue
    placed(recording, 3)
    timeline.resume()
    written_up_to(recording, 12)
    recording.stop()
    assert recording.wait(30)

    assert recording.files == [tmp_path / "live.mp4"]
    assert recording.subtitles == [tmp_path / "live.vtt"]
    cues = vtt_cues(tmp_path / "live.vtt")
    texts = [text for _, _, text in cues]
    assert texts == ["Viewer: hello <b>&</b> --> world second line", "Newcomer joined", "Fan sent Rose x3"]
    at = {text: start for start, _, text in cues}
    assert abs(at[texts[0]] - moment.timestamp / 1000) <= 1.0
    assert abs(at["Newcomer joined"] - moment.timestamp / 1000) <= 1.0
    assert abs(at["Fan sent Rose x3"] - streak_end.timestamp / 1000) <= 1.0
    assert all(end - start >= 0.5 for start, end, _ in cues)
    assert first_frame_time(tmp_path / "live.mp4") < 0.1  # the video's timeline starts at 0 too
    # the MP4's own subtitle track shows the same messages from the same moments
    track = mp4_cues(tmp_path / "live.mp4")
    for start, _, text in cues:
        assert any(abs(shown - start) < 0.002 and text in lines for shown, _, lines in track), text


def test_a_dropped_stream_resumes_with_its_own_cues_from_0(fast_video, make_client, tmp_path):
    fast_video.cut_video(after_bytes=tag_bytes_before(4000), times=1)  # dropped at about 4 s
    timeline = video_timeline(fast_video)
    timeline.pause_at(2500, stream=1)
    timeline.pause_at(-1, stream=2)  # the resumed stream waits before its first tag
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.flv", chat=True)
    first = timeline.wait_paused(stream=1)
    written_up_to(recording, first.timestamp / 1000)
    fast_video.push_comment("viewer", "before the drop")
    placed(recording, 1)
    timeline.resume(stream=1)  # on to the drop
    assert timeline.wait_paused(stream=2).timestamp is None  # reopened, no video yet
    assert recording.chat_track is not None and recording.chat_track.moment is None
    fast_video.push_comment("viewer", "while it was down")
    placed(recording, 2)
    recorded_before = recording.seconds
    timeline.pause_at(3000, stream=2)
    second = timeline.wait_paused(stream=2)
    written_up_to(recording, recorded_before + second.timestamp / 1000)
    fast_video.push_comment("viewer", "after the drop")
    placed(recording, 3)
    timeline.resume()
    written_up_to(recording, recorded_before + 6)
    recording.stop()
    assert recording.wait(30)

    assert recording.files == [tmp_path / "live.flv", tmp_path / "live.1.flv"]
    assert recording.subtitles == [tmp_path / "live.vtt", tmp_path / "live.1.vtt"]
    [(start, _, text)] = vtt_cues(tmp_path / "live.vtt")
    assert text == "Viewer: before the drop" and abs(start - first.timestamp / 1000) <= 1.0
    (down, _, down_text), (after, _, after_text) = vtt_cues(tmp_path / "live.1.vtt")
    assert down_text == "Viewer: while it was down" and down == 0.0  # at the start of the next file
    assert after_text == "Viewer: after the drop"
    assert abs(after - second.timestamp / 1000) <= 1.0  # the resumed file's own time, from 0
    assert all(first_frame_time(path) < 0.1 for path in recording.files)
    assert not client.has_listener(CommentEvent)  # the recording stopped following the chat


def test_segments_each_have_their_own_cues_from_0(fast_video, make_client, tmp_path):
    starts = segment_starts(3)
    timeline = video_timeline(fast_video)
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.mp4", segment_seconds=3, chat=True)
    moments = []
    for number, pause in enumerate((1500, 4500, 7500)):
        timeline.pause_at(pause)
        moment = timeline.wait_paused(stream=1)
        written_up_to(recording, moment.timestamp / 1000)
        fast_video.push_comment("viewer", f"comment {number}")
        placed(recording, number + 1)
        moments.append(moment.timestamp)
    timeline.resume()
    written_up_to(recording, 10)
    recording.stop()
    assert recording.wait(30)

    assert recording.files[:3] == [tmp_path / "live.mp4", tmp_path / "live.1.mp4", tmp_path / "live.2.mp4"]
    assert recording.subtitles == [path.with_suffix(".vtt") for path in recording.files]
    for number, (served, start) in enumerate(zip(moments, starts)):
        assert start <= served < starts[number + 1] if number + 1 < len(starts) else start <= served
        [(cue, _, text)] = vtt_cues(tmp_path / ("live.vtt" if number == 0 else f"live.{number}.vtt"))
        assert text == f"Viewer: comment {number}"
        assert abs(cue - (served - start) / 1000) <= 1.0  # from the segment's own start
        video = recording.files[number]
        assert first_frame_time(video) < 0.1
        [(shown, _, lines)] = mp4_cues(video)
        assert abs(shown - cue) < 0.002 and lines == text
    assert all(vtt_cues(path) == [] for path in recording.subtitles[3:])  # no chat there
    assert all(first_frame_time(path) < 0.1 for path in recording.files[3:])


def test_an_mp4_without_a_subtitle_capable_pyav_keeps_the_chat_in_the_vtt(
    fast_video, make_client, tmp_path, monkeypatch, caplog
):
    major, minor = (int(part) for part in av.__version__.split(".")[:2])
    assert can_write_chat_track() == ((major, minor) >= (16, 1))
    monkeypatch.setattr(video_module, "can_write_chat_track", lambda: False)  # as PyAV 15 is
    client = make_client()
    client.start(fetch_room_info=True)
    recording = client.record_video(tmp_path / "live.mp4", chat=True)
    written_up_to(recording, 2)
    fast_video.push_comment("viewer", "only in the vtt")
    placed(recording, 1)
    written_up_to(recording, 4)
    with caplog.at_level(logging.WARNING, logger="tiktoklive_sync.media.video"):
        recording.stop()
        assert recording.wait(30)
    assert "cannot write a subtitle track" in caplog.text and "WebVTT files beside it" in caplog.text
    with av.open(str(tmp_path / "live.mp4")) as mp4:
        assert [stream.type for stream in mp4.streams] == ["video", "audio"]
    [(_, _, text)] = vtt_cues(tmp_path / "live.vtt")
    assert text == "Viewer: only in the vtt"


@pytest.mark.parametrize(
    "chat, error, message",
    [
        ("comments", ValueError, r"chat must be True, False or kinds of \('comment', 'gift', 'join'\)"),
        (("comment", "like"), ValueError, "not \\('comment', 'like'\\)"),
        ((), ValueError, r"not \(\)"),
        (1, TypeError, "not 1"),
    ],
)
def test_a_bad_chat_value_is_refused_before_recording(make_client, tmp_path, chat, error, message):
    client = make_client()
    client.start(fetch_room_info=True)
    with pytest.raises(error, match=message):
        client.record_video(tmp_path / "live.flv", chat=chat)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="needs the client whose chat it shows"):
        VideoRecording(
            client.web.open_stream,
            "http://127.0.0.1/x.flv",
            tmp_path / "x.flv",
            quality="hd",
            name="x",
            chat=True,
        )
