"""The client: ``client.py`` (TikTokLiveClient, what users call), ``run.py`` (the threads of
one connection), ``stream.py`` (``client.events()``)."""

from ..stats import ClientStats
from .client import StartOptions, TikTokLiveClient
from .stream import EventStream

__all__ = ["ClientStats", "EventStream", "StartOptions", "TikTokLiveClient"]
