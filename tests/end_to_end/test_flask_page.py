"""examples/flask_chat.py as a streamer sees it: the example runs as a user runs it
(``python examples/flask_chat.py @creator 0``, pointed at FakeLiveServer through
``WebDefaults``), and Debian's headless Chromium, driven by its chromedriver through selenium,
shows the page while the test plays the live. Every check waits on the rendered DOM."""

from __future__ import annotations

import signal
import subprocess
import textwrap
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest
from helpers import start_python
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from tiktoklive_sync.testing import FakeLiveServer, make_user

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "flask_chat.py"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
#: A comment that would run a handler if the page took it as HTML.
HANDLER = "<img src=x onerror=\"document.title='pwned'\">"
WAIT = 60  # seconds: generous, the machine is slow and shared


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    """Headless Chromium with a fresh profile: the system's (Debian's chromium and
    chromium-driver, which CI installs; both paths given, selenium looks for nothing), or
    without them the Chrome that Selenium Manager downloads (a machine with internet)."""
    options = Options()
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    if CHROMIUM.is_file() and CHROMEDRIVER.is_file():
        options.binary_location = str(CHROMIUM)
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    else:
        try:
            driver = webdriver.Chrome(options=options)
        except WebDriverException as exc:
            pytest.fail(
                f"no browser for this test ({exc.msg}): apt-get install -y chromium chromium-driver, "
                "or let Selenium Manager download Chrome (needs internet)"
            )
    yield driver
    driver.quit()


def start_example(server: FakeLiveServer) -> Tuple[subprocess.Popen[str], str]:
    """The example's own command line for @creator on a free port, in a Python whose
    ``WebDefaults`` point at ``server``; returns the process and the URL it printed."""
    program = textwrap.dedent(f"""
        import runpy
        from tiktoklive_sync.client.web.web_settings import WebDefaults
        WebDefaults.tiktok_app_url = "{server.app_url}"
        WebDefaults.tiktok_webcast_url = "{server.webcast_url}"
        WebDefaults.tiktok_sign_url = "{server.sign_url}"
        runpy.run_path({str(EXAMPLE)!r}, run_name="__main__")
    """)
    process = start_python("-c", program, "@creator", "0")
    line = process.stdout.readline() if process.stdout else ""
    if not line.startswith("listening on http://127.0.0.1:"):
        process.kill()
        pytest.fail(f"the example did not start: {line!r}\n{process.communicate()[1]}")
    return process, line.split()[-1]


def stop_example(process: subprocess.Popen[str]) -> str:
    """Ctrl+C the example; it must exit with 0 and no traceback. Returns its stderr."""
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=WAIT)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    return stderr


def text_of(browser: WebDriver, element_id: str) -> str:
    """The text an element shows now."""
    return str(browser.execute_script("return document.getElementById(arguments[0]).textContent", element_id))


def lines_of(browser: WebDriver, list_id: str) -> List[str]:
    """The texts of a list's lines, read at one moment (the page redraws its lists)."""
    script = "return Array.from(document.querySelectorAll(`#${arguments[0]} li`), (li) => li.textContent)"
    return [str(line) for line in browser.execute_script(script, list_id)]


def wait_until(browser: WebDriver, what: str, condition) -> None:
    """Wait until ``condition(browser)`` is true, failing with ``what`` and the page's text."""
    try:
        WebDriverWait(browser, WAIT, poll_frequency=0.1).until(lambda _: condition(browser))
    except Exception as exc:
        body = browser.find_element(By.TAG_NAME, "body").text
        raise AssertionError(f"the page never showed {what}; it shows:\n{body}") from exc


@pytest.mark.timeout(240)
def test_the_page_shows_the_creator_counts_gifts_and_chat_live_then_the_end(server, browser, ctrl_c_works):
    process, url = start_example(server)
    try:
        browser.get(url)
        server.wait_for_clients(timeout=WAIT)
        creator = server.messages.user("creator")
        wait_until(browser, "the live creator", lambda b: text_of(b, "status") == "LIVE")
        wait_until(browser, "the creator's nickname", lambda b: text_of(b, "nickname") == creator.nickname)
        assert text_of(browser, "handle") == "@creator"
        avatar = browser.find_element(By.ID, "avatar")
        assert avatar.get_attribute("src").startswith(server.base_url + "/")  # the room info's, served
        wait_until(browser, "the avatar", lambda b: avatar.get_property("naturalWidth") > 0)

        ann, ben = make_user("ann"), make_user("ben")
        ben.nickname = "<b>Ben</b>"  # a nickname is user text too
        server.push_comment(ann, "hello everyone")
        server.push_comment(ben, "<script>alert(1)</script>")
        server.push_comment(ann, HANDLER)
        for taps in range(1, 8):  # a Rose streak of 7, tap by tap, then its end
            server.push_gift(ann, 5655, repeat_count=taps, repeat_end=0)
        server.push_gift(ann, 5655, repeat_count=7, repeat_end=1)
        server.push_like(ben, 15)
        server.push_like(ben, 12)
        server.push_viewer_count(1234)
        server.push_comment(ben, "after the gift")  # the last event: everything before it is in

        wait_until(browser, "the last comment", lambda b: len(lines_of(b, "chat")) == 4)
        assert lines_of(browser, "chat") == [
            f"{ann.nickname} hello everyone",
            "<b>Ben</b> <script>alert(1)</script>",
            f"{ann.nickname} {HANDLER}",
            "<b>Ben</b> after the gift",
        ]
        wait_until(browser, "1,234 viewers", lambda b: text_of(b, "viewers") == "1,234")
        wait_until(browser, "27 likes", lambda b: text_of(b, "likes") == "27")
        assert lines_of(browser, "gifts") == [f"{ann.nickname} sent Rose x7"]  # once, its final count
        assert browser.execute_script("return document.scripts.length") == 1  # the page's own
        assert not browser.find_elements(By.CSS_SELECTOR, "#chat li :not(span), #gifts li :not(span)")
        assert browser.title == "TikTok LIVE"  # no injected handler ran

        server.end_live()
        wait_until(browser, "that the live ended", lambda b: text_of(b, "status") == "LIVE ended")
        assert lines_of(browser, "chat")[-1] == "<b>Ben</b> after the gift"  # the chat stays on screen
        stop_example(process)
    finally:
        process.kill()


@pytest.mark.timeout(240)
def test_the_page_says_offline_while_the_creator_is_not_live(browser, ctrl_c_works):
    with FakeLiveServer("creator", live=False) as server:
        process, url = start_example(server)
        try:
            browser.get(url)
            wait_until(browser, "offline", lambda b: text_of(b, "status") == "offline")
            assert text_of(browser, "detail") == "waiting for the creator to go live"
            assert text_of(browser, "handle") == "@creator"
            assert not server.sessions  # no websocket was opened
            stop_example(process)  # Ctrl+C ends the wait for the live too
        finally:
            process.kill()
