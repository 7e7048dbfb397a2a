"""Make ``sample.flv``, the live video FakeLiveServer streams: 8 s of H.264 video (96x64,
15 fps, a keyframe a second) and AAC audio (a 440 Hz tone), interleaved by time, as a
TikTok FLV pull stream carries them; and the same video cut into four 2-second MPEG-TS
segments (``sample-0.ts`` ...), which the HLS playlist of the local TikTok serves. Run
``python -m tiktoklive_sync.testing.media.make_sample`` with PyAV installed
(``pip install 'tiktoklive_sync[video]'``); the files are committed, so FakeLiveServer itself
needs no PyAV."""

from __future__ import annotations

import array
import math
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "sample.flv"
SECONDS, FPS, WIDTH, HEIGHT = 8, 15, 96, 64
RATE, SAMPLES = 22050, 1024
#: Seconds of each HLS segment (two keyframes).
SEGMENT_SECONDS = 2


def segment_path(index: int) -> Path:
    """Where HLS segment ``index`` (0-based) of the sample is kept."""
    return SAMPLE.with_name(f"sample-{index}.ts")


def main() -> None:
    """Write sample.flv and its HLS segments next to this file."""
    write_flv()
    write_segments()


def write_segments() -> None:
    """Cut sample.flv into MPEG-TS segments of SEGMENT_SECONDS, packets copied as they are."""
    import av  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with av.open(str(SAMPLE)) as flv:
        packets = [packet for packet in flv.demux() if packet.dts is not None]
        streams = list(flv.streams)
        for index in range(SECONDS // SEGMENT_SECONDS):
            start, end = index * SEGMENT_SECONDS, (index + 1) * SEGMENT_SECONDS
            with av.open(str(segment_path(index)), "w", format="mpegts") as ts:
                copies = {stream.index: ts.add_stream_from_template(stream) for stream in streams}
                for packet in packets:
                    if start <= float(packet.dts * packet.time_base) + 0.01 < end:
                        packet.stream = copies[packet.stream.index]
                        ts.mux(packet)
            print(f"wrote {segment_path(index)}")  # noqa: T201 - a maintainer's script


def write_flv() -> None:
    """Write sample.flv next to this file."""
    import av  # type: ignore[import-untyped,import-not-found,unused-ignore]

    out = av.open(str(SAMPLE), "w", format="flv")
    video = out.add_stream("libx264", rate=FPS)
    video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
    video.options = {"preset": "ultrafast", "g": str(FPS)}
    audio = out.add_stream("aac", rate=RATE)
    audio.layout = "mono"
    audio_done = 0
    for index in range(SECONDS * FPS):
        frame = av.VideoFrame(WIDTH, HEIGHT, "yuv420p")
        for plane in frame.planes:
            plane.update(bytes([index * 7 % 256]) * plane.buffer_size)
        frame.pts = index
        for packet in video.encode(frame):
            out.mux(packet)
        while audio_done * SAMPLES < (index + 1) * RATE // FPS:
            first = audio_done * SAMPLES
            tone = array.array(
                "f", (0.2 * math.sin(2 * math.pi * 440 * (first + k) / RATE) for k in range(SAMPLES))
            )
            chunk = av.AudioFrame(format="fltp", layout="mono", samples=SAMPLES)
            chunk.planes[0].update(tone.tobytes())
            chunk.sample_rate, chunk.pts = RATE, audio_done * SAMPLES
            for packet in audio.encode(chunk):
                out.mux(packet)
            audio_done += 1
    for stream in (video, audio):
        for packet in stream.encode():
            out.mux(packet)
    out.close()
    print(f"wrote {SAMPLE} ({SAMPLE.stat().st_size} bytes)")  # noqa: T201 - a maintainer's script


if __name__ == "__main__":
    main()
