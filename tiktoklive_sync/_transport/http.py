"""HTTP transport: sessions, total deadlines, capped reads, redirects, streamed answers —
and the one place where requests' and urllib3's exceptions become ours.

Only this module (with the websocket's) imports ``requests`` and ``urllib3``. The services
above it (TikTok's web API, the sign server, the video) describe what they want and say which
of our errors a failure becomes; every failure leaves here as that error, chained to the
original exception, its message short and redacted.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import logging
import socket
import threading
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Tuple
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from .._redaction import redact
from .._run.scheduler import deadline
from ..errors import TikTokLiveError

__all__ = ["MAX_REDIRECTS", "MAX_RESPONSE_SIZE", "Failure", "HttpSession", "MediaStream", "describe"]

logger = logging.getLogger(__name__)

#: The largest HTTP answer we read, counted after decompression (a live page is ~0.5 MB).
MAX_RESPONSE_SIZE = 16 * 1024 * 1024
MAX_REDIRECTS = 5
#: ``failure(text, response)``: the documented error a failed call becomes (``response`` is
#: None when no answer came: the network, a timeout).
Failure = Callable[[str, Optional[requests.Response]], TikTokLiveError]

_NO_COOKIES = http.cookiejar.DefaultCookiePolicy(allowed_domains=[])
_current = threading.local()


class HttpSession:
    """One ``requests.Session`` with our rules: every call has a total ``deadline`` (however
    slowly the answer trickles) besides the per-read ``timeout``, answers are read whole and
    capped at ``max_response_size`` decompressed, redirects are followed only where the
    caller allows. ``cookies=False`` makes a session that never stores or sends a cookie."""

    def __init__(
        self,
        *,
        timeout: Tuple[float, float],
        deadline: float,
        proxy: Optional[str] = None,
        cookies: bool = True,
        headers: Optional[Mapping[str, str]] = None,
        max_response_size: int = MAX_RESPONSE_SIZE,
    ) -> None:
        self.timeout = timeout
        self.deadline = deadline
        self.max_response_size = max_response_size
        self.session = requests.Session()
        if not cookies:
            self.session.cookies.set_policy(_NO_COOKIES)
        self.set_pool_size(10)
        if proxy:
            # socks5h:// lets the proxy resolve names; requests needs PySocks for socks URLs.
            self.session.proxies.update({"http": proxy, "https": proxy})
        self.session.headers.update(headers or {})

    def set_pool_size(self, size: int) -> None:
        """Keep up to ``size`` connections to each host (for a session many share)."""
        for scheme in ("http://", "https://"):
            self.session.mount(scheme, _DeadlineAdapter(pool_maxsize=size))

    def close(self) -> None:
        """Close the pooled connections."""
        self.session.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        failure: Failure,
        params: Optional[Mapping[str, str]] = None,
        headers: Optional[Mapping[str, str]] = None,
        json: Any = None,
        follow: Optional[Callable[[str], bool]] = None,
    ) -> requests.Response:
        """One call, its answer read whole. A redirect is followed when ``follow(target)``
        says so (up to MAX_REDIRECTS), refused with ``failure`` when it says not, and
        returned as it is when ``follow`` is None."""
        for _ in range(MAX_REDIRECTS + 1):
            with converted_errors(failure, self.deadline):
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    headers=dict(headers or {}),
                    json=json,
                    timeout=self.timeout,
                    allow_redirects=False,
                    stream=True,
                )
                self._read_capped(response, failure)
            if not response.is_redirect or follow is None:
                return response
            target = urljoin(response.url, response.headers.get("Location", ""))
            if not follow(target):
                host = urlsplit(target).hostname or ""
                raise failure(f"it redirected to another host ({host!r}); not followed", response)
            url, params = target, None
        raise failure(f"it redirected more than {MAX_REDIRECTS} times", response)

    def open_stream(self, url: str, failure: Failure) -> MediaStream:
        """Open an endless answer (a live video pull stream): read timeouts apply to each
        read, no total deadline or size cap (it is meant to go on)."""
        with converted_errors(failure, self.deadline):
            response = self.session.get(url, stream=True, timeout=self.timeout)
        if response.status_code != 200:
            response.close()
            raise failure(f"it answered HTTP {response.status_code}", response)
        return MediaStream(response, failure)

    def _read_capped(self, response: requests.Response, failure: Failure) -> None:
        """Read the body, decompressed, refusing more than ``max_response_size`` bytes."""
        limit = self.max_response_size
        chunks = []
        size = 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise failure(
                        f"the answer is larger than {limit} bytes (decompressed); not read", response
                    )
                chunks.append(chunk)
        finally:
            response.close()
        response._content = b"".join(chunks)  # what requests itself does when not streaming


class MediaStream:
    """An opened endless answer (a live pull stream): :meth:`chunks` hands out the bytes as
    the socket delivers them (never waiting to fill a buffer), :meth:`cut` ends it at once
    from any thread, even while a read waits."""

    def __init__(self, response: requests.Response, failure: Failure) -> None:
        self.response = response
        self._failure = failure
        raw: Any = response.raw
        # urllib3 2 reads what has arrived with read1 (decoding included); urllib3 1.26 has
        # none, and the http.client answer underneath it does (live streams are not encoded).
        self._read1: Callable[[int], bytes] = getattr(raw, "read1", None) or raw._fp.read1
        self._socket = _socket_of(response)

    def chunks(self, size: int) -> Iterator[bytes]:
        """Up to ``size`` bytes at a time, as they arrive; ``failure`` when it breaks off."""
        try:
            while True:
                chunk = self._read1(size)
                if not chunk:
                    return
                yield chunk
        except (
            requests.RequestException,
            urllib3.exceptions.HTTPError,
            OSError,
            ValueError,
            AttributeError,
        ) as exc:
            raise self._failure(f"it broke off: {describe(exc)}", None) from exc

    def cut(self) -> None:
        """End the stream now, from any thread: its socket is shut down, so a waiting read
        returns at once (the reader then closes it)."""
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        """Free the connection (by the thread that reads it, after its last read)."""
        with contextlib.suppress(Exception):  # a response closed under a reader may complain
            self.response.close()


def _socket_of(response: requests.Response) -> Optional[socket.socket]:
    """The socket an open streamed answer reads from: urllib3's connection holds it while
    the connection stays open, http.client's buffered reader once the answer took it over
    (an answer that ends with its connection)."""
    connection = getattr(response.raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is None:
        reader = getattr(getattr(response.raw, "_fp", None), "fp", None)
        sock = getattr(getattr(reader, "raw", None), "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


@contextlib.contextmanager
def converted_errors(failure: Failure, seconds: float) -> Iterator[None]:
    """Run the block's requests under a total deadline of ``seconds``, and turn requests' and
    urllib3's exceptions into ``failure(text, None)``, chained, with ``timed_out`` telling
    whether the cause was a timeout (a single read's, or the deadline's). A request cut off
    by the deadline fails even when what arrived before the cut happened to parse."""
    connections: List[Any] = []
    previous = getattr(_current, "connections", None)
    _current.connections = connections

    def cut() -> bool:
        """Shut the request's sockets down; False when none is open yet (look again)."""
        done = False
        for connection in list(connections):
            sock = getattr(connection, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                done = True
        return done

    try:
        with deadline(seconds, cut) as watched:
            try:
                yield
            except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
                text = f"no whole answer within {seconds:g} s" if watched.expired else describe(exc)
                error = failure(text, None)
                error.timed_out = watched.expired or isinstance(exc, requests.Timeout)  # type: ignore[attr-defined]
                _redact_chain(exc)
                raise error from exc
            if watched.expired:
                error = failure(f"no whole answer within {seconds:g} s", None)
                error.timed_out = True  # type: ignore[attr-defined]
                raise error
    finally:
        _current.connections = previous


def describe(exc: BaseException) -> str:
    """What went wrong, first and short ("cannot resolve www.tiktok.com", "connection
    refused by 127.0.0.1:8080", "timed out"); the whole story stays in the chained exception."""
    text = str(exc)
    lowered = text.lower()
    host = _host_in(exc)
    where = f" {host}" if host else ""
    if isinstance(exc, requests.exceptions.ProxyError) or ("proxy" in lowered and "connect" in lowered):
        return f"the proxy refused or failed the connection to{where or ' the host'}"
    if (
        "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or ("failed to resolve" in lowered or "temporary failure in name resolution" in lowered)
    ):
        return f"cannot resolve{where or ' the host name'}"
    if "connection refused" in lowered:
        return f"connection refused by{where or ' the server'}"
    if isinstance(exc, (requests.Timeout, socket.timeout)) or "timed out" in lowered:
        return f"timed out talking to{where or ' the server'}"
    if isinstance(exc, requests.exceptions.SSLError) or "certificate" in lowered:
        return f"TLS failed with{where or ' the server'}"
    if "connection reset" in lowered or "connection aborted" in lowered or "remotedisconnected" in lowered:
        return f"the connection to{where or ' the server'} was cut"
    first = redact(text.split("(Caused by", 1)[0]).strip()
    return first[:160] or type(exc).__name__


def _host_in(exc: BaseException) -> str:
    """The host a requests/urllib3 exception is about, without the query string."""
    request = getattr(exc, "request", None)
    url = getattr(request, "url", None) or ""
    host = urlsplit(url).hostname if url else None
    if host is None:
        pool = getattr(getattr(exc, "args", [None])[0], "pool", None)
        host = getattr(pool, "host", None)
    if host is None:
        return ""
    port = urlsplit(url).port if url else None
    return f"{host}:{port}" if port else str(host)


def _redact_chain(exc: BaseException) -> None:
    """Redact the messages of ``exc`` and every exception behind it: a printed traceback
    shows them all, and urllib3's name the URL (with the session id on the older sign route)."""
    seen = set()
    current: Optional[BaseException] = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        with contextlib.suppress(Exception):  # some exception types refuse new args
            current.args = (redact(str(current)),)
        current = current.__cause__ or current.__context__


class _DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter that tells the current deadline (:func:`converted_errors`) each
    connection a request is given, so an expired request's socket can be shut down."""

    def get_connection_with_tls_context(self, *args: Any, **kwargs: Any) -> Any:
        """requests >= 2.32.2 asks this for a request's connection pool."""
        return _noting(super().get_connection_with_tls_context(*args, **kwargs))

    def get_connection(self, *args: Any, **kwargs: Any) -> Any:
        """Older requests ask this."""
        return _noting(super().get_connection(*args, **kwargs))


def _noting(pool: Any) -> Any:
    """Make a urllib3 pool report every connection it hands out to the current deadline."""
    if getattr(pool, "_deadline_noted", False):
        return pool
    hand_out = pool._get_conn

    def get_conn(*args: Any, **kwargs: Any) -> Any:
        connection = hand_out(*args, **kwargs)
        noted: Optional[List[Any]] = getattr(_current, "connections", None)
        if noted is not None:
            noted.append(connection)
        return connection

    pool._get_conn = get_conn
    pool._deadline_noted = True
    return pool


def cookie_header(cookies: Dict[str, str]) -> str:
    """``name=value; ...`` for a Cookie header."""
    return "; ".join(f"{name}={value}" for name, value in cookies.items())
