"""Proxies: HTTP and SOCKS5, with credentials, for the HTTP calls and the websocket alike —
through a real proxy server (pproxy) on loopback."""

from __future__ import annotations

import logging

import pytest
from helpers import Recorder
from loopback_proxy import PASSWORD, USER

from tiktoklive_sync._transport.proxy import ProxySettings
from tiktoklive_sync.errors import TikTokHTTPError
from tiktoklive_sync.events import CommentEvent


@pytest.mark.parametrize("scheme", ["http", "socks5", "socks5h"])
def test_everything_goes_through_the_proxy(proxy, server, make_client, scheme):
    client = make_client(proxy=proxy.url(scheme))
    recorder = Recorder().listen(client, CommentEvent)
    client.start()
    server.push_comment("viewer", "via proxy")
    assert recorder.wait_for(CommentEvent)[0].comment == "via proxy"
    relayed = proxy.relayed_to(server.port)
    # page, check_alive, sign call and the websocket: four connections, all relayed
    assert len(relayed) >= 4
    assert all(line.startswith(("http", "socks5")) for line in relayed)


def test_wrong_proxy_password_is_a_clear_error_without_the_password(proxy, server, make_client, caplog):
    client = make_client(proxy=proxy.url("http", password="not-the-password"))
    with caplog.at_level(logging.DEBUG), pytest.raises(TikTokHTTPError, match="407"):
        client.start()
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "not-the-password" not in text


def test_proxy_passwords_are_redacted_in_errors(proxy, make_client):
    dead = proxy.url("socks5", password="hunter2").replace(str(proxy.port), "1")  # nothing listens
    client = make_client(proxy=dead)
    with pytest.raises(TikTokHTTPError) as info:
        client.start()
    assert "hunter2" not in str(info.value)


def test_proxy_urls_are_checked():
    settings = ProxySettings.from_url("socks5h://a%40b:p%3Ass@proxy.example:1081")
    assert (settings.username, settings.password, settings.port) == ("a@b", "p:ss", 1081)
    assert settings.websocket_options()["proxy_type"] == "socks5h"
    assert ProxySettings.from_url("http://proxy.example").port == 8080
    with pytest.raises(ValueError) as info:
        ProxySettings.from_url("ftp://user:topsecret@proxy.example:21")
    assert "topsecret" not in str(info.value)
    with pytest.raises(ValueError, match="HTTP CONNECT"):
        ProxySettings.from_url("https://proxy.example:8443")


class ProxyObject:
    """What TikTokLive users pass: an object with ``.url`` and ``.auth`` (as httpx.Proxy)."""

    def __init__(self, url: str, auth: tuple) -> None:
        self.url, self.auth = url, auth


def test_web_proxy_and_ws_proxy_as_tiktoklive_takes_them(proxy, server, make_client):
    plain = f"http://127.0.0.1:{proxy.port}"
    client = make_client(web_proxy=ProxyObject(plain, (USER, PASSWORD)), ws_proxy=proxy.url("socks5"))
    recorder = Recorder().listen(client, CommentEvent)
    client.start()
    server.push_comment("viewer", "two proxies")
    assert recorder.wait_for(CommentEvent)[0].comment == "two proxies"
    relayed = proxy.relayed_to(server.port)
    assert any(line.startswith("http") for line in relayed)  # the HTTP calls
    assert any(line.startswith("socks5") for line in relayed)  # the websocket
    assert PASSWORD not in repr(client.proxy)
