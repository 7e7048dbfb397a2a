"""The client: ``client.py`` (TikTokLiveClient, what users call) and ``stream.py``
(``client.events()``), with TikTokLive's module paths ``errors.py``, ``logger.py`` and
``web/`` (``client.web`` and ``WebDefaults``)."""

from ..stats import ClientStats
from .client import StartOptions, TikTokLiveClient
from .stream import EventStream

__all__ = ["ClientStats", "EventStream", "StartOptions", "TikTokLiveClient"]
