"""The command line reaches what the library can: proxies (a real one on loopback), a
logged-in session, several sign servers, the browser profile — as options or environment
variables, before or after the subcommand — and it never prints a secret it was given."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest
from helpers import ROOT, run_cli, server_args, start_python, unused_port, wait_until
from loopback_proxy import PASSWORD

SESSION, API_KEY, PROXY_PASS, REDIS_PASS, SIGN_PASS = (
    "sess-7f3a9c2e1b",
    "key-4d8e6b1a93",
    "pw-proxy-51c7",
    "pw-redis-82e4",
    "pw-sign-93a1",
)
SECRETS = (SESSION, API_KEY, PROXY_PASS, REDIS_PASS, SIGN_PASS)


def assert_no_secret(*outputs: str) -> None:
    text = "\n".join(outputs)
    leaked = [secret for secret in SECRETS if secret in text]
    assert not leaked, f"{leaked} printed:\n{text[-3000:]}"


def relayed_everything(proxy, server) -> List[str]:
    """What the proxy relayed to the local TikTok, once that is every connection it took."""
    wait_until(
        lambda: len(proxy.relayed_to(server.port)) == server.connections_accepted,
        what="every connection relayed by the proxy",
    )
    return proxy.relayed_to(server.port)


# -- proxies ----------------------------------------------------------------------------------


def test_check_goes_through_the_proxy_given(proxy, server):
    result = run_cli("check", "creator", "--proxy", proxy.url("http"), *server_args(server))
    assert (result.returncode, result.stdout.strip()) == (0, "@creator is live"), result.stderr
    relayed = relayed_everything(proxy, server)
    assert relayed and server.connections_accepted >= 2  # the room lookup and the live check at least
    assert PASSWORD not in result.stdout + result.stderr


def test_watch_goes_through_the_proxy_of_the_environment_websocket_included(proxy, server):
    process = start_python(
        "-m", "tiktoklive_sync", "watch", "creator", *server_args(server),
        env={"TIKTOK_PROXY": proxy.url("socks5")},
    )  # fmt: skip
    server.wait_for_clients(timeout=60)
    server.push_comment("viewer", "through the proxy")
    server.end_live()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "💬 viewer: through the proxy" in out
    relayed = relayed_everything(proxy, server)
    assert all(line.startswith("socks5") for line in relayed) and len(relayed) >= 4  # websocket too


def test_a_proxy_that_refuses_the_password_is_a_clear_error_without_it(proxy, server):
    wrong = proxy.url("http", password=PROXY_PASS)  # not the proxy's password
    result = run_cli("check", "creator", "--proxy", wrong, "-vv", *server_args(server))
    assert result.returncode == 5
    assert "407" in result.stderr
    assert_no_secret(result.stdout, result.stderr)


# -- logged in ---------------------------------------------------------------------------------


def test_watch_logged_in_signs_the_websocket_as_the_library_does_and_prints_no_secret(server):
    server.api_key = API_KEY
    process = start_python(
        "-m", "tiktoklive_sync", "-v", "watch", "creator", "--tt-target-idc", "useast5",
        "--authenticate-ws", "-v", *server_args(server),
        env={"TIKTOK_SESSION_ID": SESSION, "SIGN_API_KEY": API_KEY},
    )  # fmt: skip
    (session,) = server.wait_for_clients(timeout=60)
    server.push_comment("viewer", "hello")
    server.end_live()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    (signed,) = server.sign_requests()
    assert signed.headers["x-cookie-header"] == f"sessionid={SESSION}; tt-target-idc=useast5"
    assert signed.headers["X-Api-Key"] == API_KEY
    assert f"sessionid={SESSION}" in session.headers["Cookie"]  # the websocket, as its user
    assert " DEBUG " in err  # -v before and after the subcommand: counted together
    assert_no_secret(out, err)


def test_the_session_goes_with_the_tiktok_calls_and_not_to_the_sign_server_unless_asked(server):
    result = run_cli("check", "creator", "--session-id", SESSION, *server_args(server))
    assert result.returncode == 0, result.stderr
    (page,) = server.requests_to("/@creator/live")
    assert f"sessionid={SESSION}" in page.headers["Cookie"]
    assert_no_secret(result.stdout, result.stderr)


# -- sign servers and the profile -------------------------------------------------------------


def test_several_sign_urls_fail_over_from_the_command_line(server):
    backup = server.add_sign_server()
    server.sign_server.faults.go_down()
    args = ["--app-url", server.app_url, "--webcast-url", server.webcast_url]
    result = run_cli("doctor", "creator", *args, "--sign-url", server.sign_url, "--sign-url", backup.url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warn sign server 1" in result.stdout and "ok   sign server 2" in result.stdout
    assert backup.signatures == 1


def test_region_and_language_are_the_profile_the_calls_carry(server):
    result = run_cli("check", "creator", "--region", "de", "--language", "DE", *server_args(server))
    assert result.returncode == 0, result.stderr
    (call,) = server.requests_to("/webcast/room/check_alive/")
    assert (call.params["region"], call.params["app_language"], call.params["browser_language"]) == (
        "DE",
        "de",
        "de-DE",
    )
    bad = run_cli("check", "creator", "--region", "Germany", *server_args(server))
    assert bad.returncode == 2 and "region must be a two-letter country code" in bad.stderr


# -- secrets never printed --------------------------------------------------------------------


@pytest.mark.parametrize("given", ["options", "environment"])
def test_failing_runs_print_no_secret(server, tmp_path, given):
    dead = unused_port()
    secrets = ["--session-id", SESSION, "--sign-api-key", API_KEY]
    environment = {"TIKTOK_SESSION_ID": SESSION, "SIGN_API_KEY": API_KEY}
    runs = {
        "a proxy nobody answers": (
            ["watch", "creator", *server_args(server), "--proxy", f"http://user:{PROXY_PASS}@127.0.0.1:{dead}"],
            5,
        ),
        "a sign server nobody answers": (
            [
                "watch", "creator", "--app-url", server.app_url, "--webcast-url", server.webcast_url,
                "--sign-url", f"http://user:{SIGN_PASS}@127.0.0.1:{dead}", "--authenticate-ws",
            ],
            5,
        ),
        "a refused key": (["doctor", "creator", *server_args(server)], 5),
        "a Redis nobody answers": (
            ["monitor", str(tmp_path / "list.txt"), "--to", f"redis://user:{REDIS_PASS}@127.0.0.1:{dead}/0"],
            2,
        ),
    }  # fmt: skip
    (tmp_path / "list.txt").write_text("creator\n", encoding="utf-8")
    server.api_key = "another-key"
    for what, (args, status) in runs.items():
        by_option = given == "options"
        result = run_cli(*args, *secrets, "-vv") if by_option else run_cli("-vv", *args, env=environment)
        assert result.returncode == status, (what, result.stdout, result.stderr)
        assert result.stderr.strip(), what  # it says what went wrong...
        assert_no_secret(result.stdout, result.stderr)  # ...and nothing secret


def test_a_secret_in_an_error_of_the_monitor_table_is_scrubbed(tmp_path):
    from tiktoklive_sync.cli.secrets import Scrubber

    scrub = Scrubber([SESSION, "ab", None, f"p@ss/{SIGN_PASS}"])
    assert (
        scrub(f"failed for sessionid {SESSION} and p%40ss%2F{SIGN_PASS}")
        == "failed for sessionid *** and ***"
    )
    assert scrub("ab stays: too short to replace blindly") == "ab stays: too short to replace blindly"
    assert scrub("redis://u:anything@host/0") == "redis://u:***@host/0"


# -- help ---------------------------------------------------------------------------------------


def test_help_groups_the_options():
    watch = run_cli("watch", "--help").stdout
    assert "output:" in watch and "connection:" in watch and "$TIKTOK_PROXY" in watch
    assert watch.index("output:") < watch.index("connection:")
    monitor = run_cli("monitor", "--help").stdout
    for group in ("monitor:", "Redis (with --to redis://...):", "connection:", "--stream-maxlen"):
        assert group in monitor, group
    top = run_cli("--help").stdout
    assert "exit status: 0 done, 1 offline" in " ".join(top.split())


def test_the_stream_maxlen_reaches_the_redis_stream(server, redis_url, tmp_path, ctrl_c_works):
    import signal

    import redis

    (tmp_path / "list.txt").write_text("creator\n", encoding="utf-8")
    process = start_python(
        "-m", "tiktoklive_sync", "monitor", str(tmp_path / "list.txt"), "--to", redis_url,
        "--stream-maxlen", "5", "--poll", "0.2", *server_args(server),
    )  # fmt: skip
    server.wait_for_clients(timeout=60)
    for index in range(40):
        server.push_comment("viewer", f"comment {index}")
    store = redis.Redis.from_url(redis_url)
    wait_until(lambda: store.xrevrange("tiktoklive:events", count=1), what="events in the stream")
    wait_until(
        lambda: (
            b"comment 39"
            in b"".join(v for _, e in store.xrevrange("tiktoklive:events", count=1) for v in e.values())
        )
    )
    assert store.xlen("tiktoklive:events") < 40  # trimmed (about 5: Redis trims whole nodes)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)
    assert process.returncode == 130


def test_the_entry_point_is_the_command_line():
    import configparser

    config = configparser.ConfigParser()
    config.read(Path(ROOT) / "setup.cfg")
    assert "tiktoklive-sync = tiktoklive_sync.cli:main" in config["options.entry_points"]["console_scripts"]
