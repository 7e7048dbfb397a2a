"""The video's pieces without a network: choosing a stream, reading FLV as it arrives."""

from __future__ import annotations

import pytest

from tiktoklive_sync.media.video import pick_stream_url


def test_quality_falls_back_to_the_best_offered():
    room = {"stream_url": {"flv_pull_url": {"SD1": "http://x/sd.flv", "SD2": "http://x/ld.flv"}}}
    assert pick_stream_url(room, "uhd") == ("http://x/sd.flv", "sd")
    with pytest.raises(ValueError, match="fetch_room_info"):
        pick_stream_url({}, "hd")
    with pytest.raises(ValueError, match="quality must be"):
        pick_stream_url(room, "8k")


def sample_tags():
    from tiktoklive_sync.media.flv import iter_tags
    from tiktoklive_sync.testing.routes.video import SAMPLE_VIDEO

    data = SAMPLE_VIDEO.read_bytes()
    return data, [start for start, _, _, _ in iter_tags(data)]


def read_all(data: bytes, step: int = 997):
    from tiktoklive_sync.media.flv import TagReader

    reader = TagReader()
    tags = []
    for start in range(0, len(data), step):
        tags += reader.feed(data[start : start + step])
    return reader, tags + reader.finish()


def test_the_reader_hands_out_every_tag_however_the_bytes_arrive():
    data, starts = sample_tags()
    for step in (1, 13, 4096, len(data)):
        reader, tags = read_all(data, step)
        assert len(tags) == len(starts) and reader.skipped == 0 and reader.resyncs == 0
        assert abs(reader.seconds - 7.99) < 0.1


@pytest.mark.parametrize("flip", [0x01, 0x10, 0x80])
def test_a_damaged_tag_size_costs_that_tag_only(flip):
    data, starts = sample_tags()
    damaged = bytearray(data)
    damaged[starts[100] + 3] ^= flip  # a bit of the size of tag 100
    reader, tags = read_all(bytes(damaged))
    assert len(tags) == len(starts) - 1  # every other tag, in order
    assert reader.resyncs >= 1 and 0 < reader.skipped < 2000


def test_garbage_and_a_second_header_are_skipped_and_followed():
    from tiktoklive_sync.media.flv import HEADER

    data, starts = sample_tags()
    stream = data[: starts[50]] + b"\x00garbage\xff" * 10 + data[starts[50] :] + data  # then a new stream
    reader, tags = read_all(stream)
    headers = [tag for tag in tags if tag.is_header]
    assert len(headers) == 1 and headers[0].data == data[: len(HEADER)]
    assert len(tags) == 2 * len(starts) + 1
    assert reader.skipped == len(b"\x00garbage\xff" * 10)
    assert abs(reader.seconds - 2 * 7.99) < 0.2  # both streams' time, though timestamps restarted


def test_a_tag_cut_off_at_the_end_is_dropped_not_kept():
    data, starts = sample_tags()
    reader, tags = read_all(data[:-5])  # the last tag loses its last five bytes
    assert len(tags) == len(starts) - 1 and reader.skipped == len(data) - 5 - starts[-1]
