"""TikTokLive's ``client.web`` package path: :class:`WebClient` (``client.web`` on a client)
and ``web_settings`` (``WebDefaults``)."""

from .web_client import WebClient

__all__ = ["WebClient"]
