"""Chat cues without a network: WebVTT timestamps and escaping, cue durations, the one-text-
at-a-time form an MP4 track needs, the ``chat=`` values, and where a ChatTrack places
messages across files."""

from __future__ import annotations

import pytest

from tiktoklive_sync.media.subtitles import (
    CUE_SECONDS,
    MIN_SECONDS,
    ChatTrack,
    Cue,
    chat_kinds,
    escape,
    screens,
    timed,
    timestamp,
    webvtt,
)


@pytest.mark.parametrize(
    "seconds, text",
    [(0, "00:00:00.000"), (3661.5, "01:01:01.500"), (0.0004, "00:00:00.000"), (59.9996, "00:01:00.000")],
)
def test_timestamps_are_webvtts(seconds, text):
    assert timestamp(seconds) == text


def test_text_that_webvtt_would_read_as_markup_or_timing_is_escaped():
    assert escape("a <b> & --> c") == "a &lt;b&gt; &amp; --&gt; c"
    assert escape("two\nlines\r\n\nand\ttabs\0") == "two lines and tabs\ufffd"  # one line, no blank one
    assert escape("&lt;") == "&amp;lt;"  # a reference typed in the chat stays as typed


def test_a_webvtt_file_lists_its_cues_in_blocks():
    cues = [Cue(1.0, 5.0, "viewer: hi <3"), Cue(2.25, 6.25, "fan joined")]
    assert webvtt(cues) == (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:05.000\nviewer: hi &lt;3\n\n"
        "00:00:02.250 --> 00:00:06.250\nfan joined\n"
    )
    assert webvtt([]) == "WEBVTT\n"


def test_a_cue_lasts_a_few_seconds_and_ends_with_its_file():
    assert timed([(1.0, "a")], duration=60) == [Cue(1.0, 1.0 + CUE_SECONDS, "a")]
    assert timed([(9.0, "a")], duration=10) == [Cue(9.0, 10.0, "a")]
    assert timed([(10.0, "late")], duration=10) == [Cue(10.0, 10.0 + MIN_SECONDS, "late")]


def test_cues_do_not_pile_up_beyond_three_lines():
    starts = [(float(second), f"m{second}") for second in range(6)]  # one a second
    ends = [cue.end for cue in timed(starts, duration=60)]
    assert ends == [3.0, 4.0, 5.0, 3.0 + CUE_SECONDS, 4.0 + CUE_SECONDS, 5.0 + CUE_SECONDS]
    flood = timed([(2.0, "x")] * 5, duration=60)  # at once: each still readable
    assert [cue.end for cue in flood] == [2.0 + MIN_SECONDS] * 2 + [2.0 + CUE_SECONDS] * 3


def test_an_mp4_track_shows_the_lines_on_screen_one_text_at_a_time():
    cues = [Cue(1.0, 5.0, "a"), Cue(2.0, 3.0, "b"), Cue(7.0, 8.0, "c")]
    assert screens(cues) == [
        Cue(1.0, 2.0, "a"),
        Cue(2.0, 3.0, "a\nb"),
        Cue(3.0, 5.0, "a"),
        Cue(7.0, 8.0, "c"),  # nothing between 5 and 7
    ]
    assert screens([]) == []


@pytest.mark.parametrize(
    "chat, kinds",
    [
        (True, {"comment"}),
        (False, set()),
        (None, set()),
        ("gift", {"gift"}),
        (["comment", "join", "comment"], {"comment", "join"}),
        (("comment", "gift", "join"), {"comment", "gift", "join"}),
    ],
)
def test_chat_takes_true_or_kinds(chat, kinds):
    assert chat_kinds(chat) == kinds


@pytest.mark.parametrize(
    "chat, error",
    [("comments", ValueError), (["comment", "like"], ValueError), ([], ValueError), (1, TypeError)],
)
def test_chat_refuses_anything_else(chat, error):
    with pytest.raises(error, match="chat must be True, False or kinds of"):
        chat_kinds(chat)


def test_a_track_places_messages_where_each_file_stands():
    track = ChatTrack(frozenset(("comment",)))
    track.add("before any video")  # waits for the first file
    assert track.moment is None
    track.open_file()
    track.advance(2.5)
    track.add("at 2.5\nin one line")
    track.advance(2.0)  # an audio tag a little behind: the video does not go back
    assert track.moment == (0, 2.5)
    track.advance(6.0)
    assert [cue.start for cue in track.close_file()] == [0.0, 2.5]
    track.add("while the stream is down")
    track.open_file()
    track.advance(1.0)
    track.add("in the resumed file")
    second = track.close_file()
    assert [(cue.start, cue.text) for cue in second] == [
        (0.0, "while the stream is down"),
        (1.0, "in the resumed file"),
    ]
    track.add("after the last file")
    assert track.finish() is True  # goes at the end of the last file
    assert [(cue.start, cue.text) for cue in track.cues(1)][-1] == (1.0, "after the last file")
    track.add("after the recording")
    assert track.count == 5 and len(track.cues(1)) == 3  # ignored
    assert [cue.text for cue in track.cues(0)] == ["before any video", "at 2.5 in one line"]
