"""Proxy URLs: checked once, for the HTTP calls and the websocket alike."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from typing import Any, Dict, Optional
from urllib.parse import quote, unquote, urlsplit

from .._redaction import redact

__all__ = ["NO_PROXY_BYPASS", "PROXY_SCHEMES", "ProxySettings", "proxy_url"]

#: Proxy URL schemes: HTTP CONNECT, and SOCKS5 resolving names locally or (``socks5h``) at the proxy.
PROXY_SCHEMES = ("http", "socks5", "socks5h")
#: A no-proxy entry that matches no host (``.invalid`` is reserved, RFC 2606).
NO_PROXY_BYPASS = "no-proxy-bypass.invalid"


@dataclass(frozen=True)
class ProxySettings:
    """A proxy from a URL like ``socks5://user:password@host:1080``."""

    url: str = field(repr=False)
    scheme: str
    host: str
    port: int
    username: Optional[str] = None
    password: Optional[str] = field(default=None, repr=False)

    def __repr__(self) -> str:
        return f"ProxySettings({redact(self.url)!r})"

    @classmethod
    def from_url(cls, url: str) -> ProxySettings:
        """Parse and check ``url``; ValueError (with the password hidden) if it is not usable."""
        if not isinstance(url, str):
            raise TypeError(f"a proxy is a URL string, not {type(url).__name__}")
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "https":
            raise ValueError(
                "TLS to the proxy itself is not supported: use http://... (HTTPS traffic to TikTok "
                "still goes through the proxy, encrypted end to end, by HTTP CONNECT)"
            )
        try:
            port = parts.port
        except ValueError:
            port = -1
        if scheme not in PROXY_SCHEMES or not parts.hostname or port == -1:
            raise ValueError(
                f"proxy must look like http://[user:password@]host:port or socks5://..., not {redact(url)!r}"
            )
        if scheme.startswith("socks") and importlib.util.find_spec("python_socks") is None:
            raise ValueError("SOCKS proxies need extra packages: pip install 'tiktoklive_sync[socks]'")
        default_port = 1080 if scheme.startswith("socks") else 8080
        return cls(
            url=url,
            scheme=scheme,
            host=parts.hostname,
            port=port or default_port,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )

    def websocket_options(self) -> Dict[str, Any]:
        """The proxy keyword arguments of websocket-client's ``connect``."""
        options: Dict[str, Any] = {
            "http_proxy_host": self.host,
            "http_proxy_port": self.port,
            "proxy_type": self.scheme,
            # Without a list, older websocket-client releases bypass the proxy for localhost
            # (and read NO_PROXY); one that matches no host makes every release use it.
            "http_no_proxy": [NO_PROXY_BYPASS],
        }
        if self.username is not None:
            options["http_proxy_auth"] = (self.username, self.password or "")
        return options


def proxy_url(proxy: Any, name: str = "proxy") -> Optional[str]:
    """A proxy URL from a URL string, or from an object with ``.url`` and ``.auth`` (such as
    the ``httpx.Proxy`` TikTokLive users pass); None for None. TypeError for anything else."""
    if proxy is None or isinstance(proxy, str):
        return proxy
    url = getattr(proxy, "url", None)
    if url is None:
        raise TypeError(f"{name} must be a proxy URL or have a .url, not {type(proxy).__name__}")
    text = str(url)
    auth = getattr(proxy, "auth", None)
    if auth and "@" not in text.split("://", 1)[-1]:
        user, password = auth
        scheme, _, rest = text.partition("://")
        text = f"{scheme}://{quote(str(user), safe='')}:{quote(str(password), safe='')}@{rest}"
    return text
