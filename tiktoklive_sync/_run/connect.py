"""The steps of one connect (and of every reconnect): live check, sign budget, signature,
websocket, room entered — each a documented error when it fails, none begun once the run was
asked to stop."""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional, Tuple
from urllib.parse import urlsplit

from .._config import ClientConfig
from .._transport.push import WebcastConnection, build_websocket_url
from ..errors import PremiumEndpointError, SignatureRateLimitError, TikTokLiveError, UserOfflineError
from ..proto import webcast_pb2 as pb
from ..sign.client import SignedFetch

if TYPE_CHECKING:
    from ..client.web import WebClient

__all__ = ["ConnectAborted", "ConnectOptions", "Connector"]

logger = logging.getLogger(__name__)


class ConnectAborted(Exception):
    """stop() was called while connecting: nothing more is opened."""


@dataclass(frozen=True)
class ConnectOptions:
    """``start()``'s options as the connection steps read them."""

    fetch_live_check: bool = True
    compress_ws_events: bool = True
    authenticate_ws: bool = False
    platform: str = "web"


class Connector:
    """Connects one client's runs to its creator's room: ``connect(room_id, options, cursor,
    stopping)`` returns the open connection and the sign server's first fetch result."""

    def __init__(
        self,
        web: WebClient,
        config: ClientConfig,
        unique_id: str,
        *,
        is_live: Callable[[int], bool],
        look_up_room: Callable[[], int],
        on_room_id: Callable[[int], None],
    ) -> None:
        self._web = web
        self._unique_id = unique_id
        self._look_up_room = look_up_room
        self._on_room_id = on_room_id
        #: Set once a sign server refused to connect by handle (its plan): not asked again.
        self.by_handle_refused = False
        self._config = config
        self._is_live = is_live
        #: The round-trip time (ms) this client reports in the websocket URL, as browsers do.
        self.last_rtt = random.randint(100, 200)

    def connect(
        self, room_id: Optional[int], options: ConnectOptions, cursor: str, stopping: threading.Event
    ) -> Tuple[WebcastConnection, pb.ProtoMessageFetchResult]:
        """Live check, sign (failing over between the sign servers), open the websocket and
        enter the room, resuming at ``cursor``; ConnectAborted between the steps once
        ``stopping`` is set. Without a ``room_id`` (connect by handle), the sign server finds
        the room; a sign server without that plan (402) gets the room looked up the usual way.
        The room the sign server names (``X-Room-Id``) is the one connected to, and is told
        to ``on_room_id``."""
        config = self._config
        signed = None
        again = "reconnecting" if cursor else "connecting"
        if room_id is None:
            logger.info("%s to @%s by handle: the sign server finds the room", again, self._unique_id)
            try:
                signed = self._sign(None, options, cursor, stopping)
            except PremiumEndpointError:
                logger.info("the sign server cannot connect by handle (plan): looking the room up instead")
                self.by_handle_refused = True
            except TikTokLiveError as exc:
                if isinstance(exc, SignatureRateLimitError):
                    raise
                logger.info(
                    "connecting @%s by handle failed (%s); looking the room up instead", self._unique_id, exc
                )
            if signed is None:
                room_id = self._look_up_room()
                logger.info("@%s is in room %d", self._unique_id, room_id)
        else:
            logger.info("%s to @%s, room %d", again, self._unique_id, room_id)
        if signed is None:
            assert room_id is not None
            if options.fetch_live_check:
                if not self._is_live(room_id):
                    raise UserOfflineError(f"@{self._unique_id} is not live right now")
                logger.info("live check: @%s is live", self._unique_id)
            signed = self._sign(room_id, options, cursor, stopping)
        if signed.room_id is not None and signed.room_id != room_id:
            logger.info("the sign server signed for room %d", signed.room_id)
            room_id = signed.room_id
        assert room_id is not None
        self._on_room_id(room_id)
        if stopping.is_set():
            raise ConnectAborted
        url = build_websocket_url(
            signed.result,
            room_id,
            profile=self._web.profile,
            last_rtt=self.last_rtt,
            compress=options.compress_ws_events,
            extra_params=config.ws_params,
        )
        connection = WebcastConnection.open(
            url,
            room_id=room_id,
            cookies=self._web.websocket_cookies(signed, authenticated=options.authenticate_ws),
            user_agent=self._web.user_agent,
            fetch_result=signed.result,
            stall_after=config.stall_after,
            proxy=config.ws_proxy,
            timeout=self._web.timeout[1],  # the handshake's reads, as the HTTP calls' reads
            headers=config.ws_headers,
            subprotocols=config.ws_subprotocols,
        )
        logger.info("websocket connected to %s, room %d", urlsplit(url).hostname, room_id)
        return connection, signed.result

    def _sign(
        self, room_id: Optional[int], options: ConnectOptions, cursor: str, stopping: threading.Event
    ) -> SignedFetch:
        if stopping.is_set():
            raise ConnectAborted
        default_budget = self._config.sign_budget
        signed = self._web.fetch_signed(
            room_id,
            cursor=cursor,
            authenticate_ws=options.authenticate_ws,
            platform=options.platform,
            unique_id=self._unique_id,
            budget_of=lambda server: server.budget or default_budget,
            reconnect=bool(cursor),
            stopping=stopping,
        )  # the sign servers log whom they asked, who failed and who signed
        if signed is None:  # stopped while waiting for the sign budget
            raise ConnectAborted
        return signed
