"""Make ``sample.flv``, the live video FakeLiveServer streams: 8 s of H.264 video (96x64,
15 fps, a keyframe a second) and AAC audio (a 440 Hz tone), interleaved by time, as a
TikTok FLV pull stream carries them. Run ``python -m tiktoklive_sync.testing.media.make_sample``
with PyAV installed (``pip install 'tiktoklive_sync[video]'``); the file is committed, so
FakeLiveServer itself needs no PyAV."""

from __future__ import annotations

import array
import math
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "sample.flv"
SECONDS, FPS, WIDTH, HEIGHT = 8, 15, 96, 64
RATE, SAMPLES = 22050, 1024


def main() -> None:
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
