"""The steps of one connect (and of every reconnect): live check, sign budget, signature,
websocket, room entered — each a documented error when it fails, none begun once the run was
asked to stop."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Tuple

from .._config import ClientConfig
from .._transport.push import WebcastConnection, build_websocket_url
from ..errors import SignatureRateLimitError, UserOfflineError
from ..proto import webcast_pb2 as pb

if TYPE_CHECKING:
    from ..client.web import WebClient

__all__ = ["ConnectAborted", "ConnectOptions", "Connector"]


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
        self, web: WebClient, config: ClientConfig, unique_id: str, is_live: Callable[[int], bool]
    ) -> None:
        self._web = web
        self._unique_id = unique_id
        self._config = config
        self._is_live = is_live
        #: The round-trip time (ms) this client reports in the websocket URL, as browsers do.
        self.last_rtt = random.randint(100, 200)

    def connect(
        self, room_id: int, options: ConnectOptions, cursor: str, stopping: threading.Event
    ) -> Tuple[WebcastConnection, pb.ProtoMessageFetchResult]:
        """Live check, sign, open the websocket and enter the room (resuming at ``cursor``);
        ConnectAborted between the steps once ``stopping`` is set."""
        if options.fetch_live_check and not self._is_live(room_id):
            raise UserOfflineError(f"@{self._unique_id} is not live right now")
        budget = self._config.sign_budget
        if stopping.is_set() or (
            budget is not None and not budget.acquire(reconnect=bool(cursor), stopping=stopping)
        ):
            raise ConnectAborted
        try:
            signed = self._web.fetch_signed(
                room_id, cursor=cursor, authenticate_ws=options.authenticate_ws, platform=options.platform
            )
        except SignatureRateLimitError as exc:
            if budget is not None:
                budget.pause(exc.retry_after)
            raise
        if stopping.is_set():
            raise ConnectAborted
        url = build_websocket_url(
            signed.result,
            room_id,
            profile=self._web.profile,
            last_rtt=self.last_rtt,
            compress=options.compress_ws_events,
            extra_params=self._config.ws_params,
        )
        connection = WebcastConnection.open(
            url,
            room_id=room_id,
            cookies=self._web.websocket_cookies(signed, authenticated=options.authenticate_ws),
            user_agent=self._web.user_agent,
            fetch_result=signed.result,
            stall_after=self._config.stall_after,
            proxy=self._config.ws_proxy,
            timeout=self._web.timeout[1],  # the handshake's reads, as the HTTP calls' reads
            headers=self._config.ws_headers,
            subprotocols=self._config.ws_subprotocols,
        )
        return connection, signed.result
