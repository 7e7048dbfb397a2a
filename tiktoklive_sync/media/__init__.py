"""The live video: FLV parsing (:mod:`.flv`) and recording (:mod:`.video`)."""

from .video import QUALITIES, VideoFetcher, VideoRecording, check_target, pick_stream_url

__all__ = ["QUALITIES", "VideoFetcher", "VideoRecording", "check_target", "pick_stream_url"]
