"""Generated protobuf modules for the TikTok LIVE webcast protocol (see webcast.proto)."""
