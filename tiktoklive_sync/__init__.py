"""tiktoklive_sync: a synchronous, threaded client for TikTok LIVE.

::

    from tiktoklive_sync import TikTokLiveClient
    from tiktoklive_sync.events import CommentEvent

    client = TikTokLiveClient("@creator")

    @client.on(CommentEvent)
    def on_comment(event):
        print(event.user.unique_id, event.comment)

    client.run()
"""

import logging

from . import errors, events, signals
from ._version import __version__
from .client import TikTokLiveClient
from .sign.rotation import SignServer

__all__ = ["SignServer", "TikTokLiveClient", "__version__", "errors", "events", "signals"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
