"""WebDefaults: what every client created afterwards starts from, as in TikTokLive::

    from tiktoklive_sync.client.web.web_settings import WebDefaults

    WebDefaults.tiktok_sign_api_key = "..."
    WebDefaults.web_client_headers["X-Custom"] = "yes"   # sent with every call to TikTok

A client's own constructor arguments win over these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional

from ..._config import DEFAULT_APP_URL, DEFAULT_SIGN_URL, DEFAULT_WEBCAST_URL

__all__ = ["WebDefaults"]


@dataclass
class _WebDefaults:
    """The defaults themselves; change the fields of :data:`WebDefaults`."""

    tiktok_app_url: str = DEFAULT_APP_URL
    tiktok_webcast_url: str = DEFAULT_WEBCAST_URL
    #: None: the ``SIGN_API_URL`` environment variable, else Euler Stream's.
    tiktok_sign_url: Optional[str] = None
    #: None: the ``SIGN_API_KEY`` environment variable, else none.
    tiktok_sign_api_key: Optional[str] = None
    #: Extra headers, query parameters and cookies of every call to TikTok.
    web_client_headers: Dict[str, str] = field(default_factory=dict)
    web_client_params: Dict[str, str] = field(default_factory=dict)
    web_client_cookies: Dict[str, str] = field(default_factory=dict)
    #: Extra query parameters of every websocket URL (the sign server's signed ones win).
    ws_client_params: Dict[str, str] = field(default_factory=dict)

    @property
    def sign_url(self) -> str:
        """The sign server a client uses when nothing else names one."""
        return self.tiktok_sign_url or DEFAULT_SIGN_URL


#: The one set of defaults of this process.
WebDefaults = _WebDefaults()
