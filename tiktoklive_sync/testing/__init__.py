"""A local TikTok LIVE for tests, demos and offline bot development.

``FakeLiveServer`` serves TikTok's web endpoints, the sign server and the push websocket on
one loopback port (standard library only: nothing more to install)::

    from tiktoklive_sync import TikTokLiveClient
    from tiktoklive_sync.testing import FakeLiveServer

    with FakeLiveServer(unique_id="creator") as server:
        client = TikTokLiveClient("@creator", **server.client_kwargs)
        client.start()
        server.push_comment("viewer_1", "hello")
"""

from .content import GIFTS, CatalogueGift, make_user
from .faults import RoomFaults, SignFaults
from .room import Room
from .routes.sign import FakeSignServer
from .server import FakeLiveServer
from .traffic import ClientFrame, RecordedRequest, WebSocketSession

__all__ = [
    "GIFTS",
    "CatalogueGift",
    "ClientFrame",
    "FakeLiveServer",
    "FakeSignServer",
    "RecordedRequest",
    "Room",
    "RoomFaults",
    "SignFaults",
    "WebSocketSession",
    "make_user",
]
