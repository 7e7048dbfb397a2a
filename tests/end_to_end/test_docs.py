"""The reference in docs/ builds with Sphinx, warnings as errors and no network, documents the
API from the docstrings and every option of the client, the server, the monitor and the
command line; every link of the README into docs/ reaches a page and section that exist."""

from __future__ import annotations

import argparse
import html as html_module
import inspect
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Set

import docutils.core
import docutils.nodes
import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

# Building every page and the API reference takes a while on a busy machine.
pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML docs, built as CI and the README say: ``-W`` turns every warning into a
    failure, ``--keep-going`` reports them all."""
    out = tmp_path_factory.mktemp("html")
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html", "docs", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=540,
        check=False,  # the assertion below shows Sphinx's warnings
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    return out


def html(built: Path, name: str) -> str:
    return (built / f"{name}.html").read_text(encoding="utf-8")


def sources() -> List[str]:
    """Every page of docs/, as Sphinx names it (``api/index``)."""
    return sorted(path.relative_to(DOCS).with_suffix("").as_posix() for path in DOCS.rglob("*.rst"))


def test_every_page_is_built(built):
    pages = sources()
    assert {"index", "client", "events", "errors", "testing", "cli", "api/index"} <= set(pages)
    missing = [name for name in pages if not (built / f"{name}.html").is_file()]
    assert not missing
    for name in pages:
        assert "<h1>" in html(built, name), name


def test_the_api_reference_documents_the_main_classes_from_their_docstrings(built):
    from tiktoklive_sync import TikTokLiveClient
    from tiktoklive_sync.errors import UserOfflineError
    from tiktoklive_sync.events import CommentEvent, GiftStreakEvent
    from tiktoklive_sync.monitor import LiveMonitor
    from tiktoklive_sync.reconnect import ReconnectPolicy
    from tiktoklive_sync.testing import FakeLiveServer

    documented = {
        "api/tiktoklive_sync": [
            ("tiktoklive_sync.TikTokLiveClient", TikTokLiveClient),
            *(
                (f"tiktoklive_sync.TikTokLiveClient.{name}", getattr(TikTokLiveClient, name))
                for name in ("start", "run", "wait", "stop", "on", "events", "record_video")
            ),
        ],
        "api/events": [
            ("tiktoklive_sync.events.CommentEvent", CommentEvent),
            ("tiktoklive_sync.events.GiftStreakEvent", GiftStreakEvent),
        ],
        "api/errors": [("tiktoklive_sync.errors.UserOfflineError", UserOfflineError)],
        "api/testing": [
            ("tiktoklive_sync.testing.FakeLiveServer", FakeLiveServer),
            ("tiktoklive_sync.testing.FakeLiveServer.add_room", FakeLiveServer.add_room),
        ],
        "api/monitor": [
            ("tiktoklive_sync.monitor.LiveMonitor", LiveMonitor),
            ("tiktoklive_sync.monitor.LiveMonitor.run", LiveMonitor.run),
        ],
        "api/reconnect": [("tiktoklive_sync.reconnect.ReconnectPolicy", ReconnectPolicy)],
    }

    def letters(text: str) -> str:
        """The text without markup, whitespace or quotes (Sphinx curls them)."""
        return re.sub(r"[\s'’\"“”]", "", html_module.unescape(text))

    for name, objects in documented.items():
        text = html(built, name)
        rendered = letters(re.sub(r"<[^>]+>", "", text))
        for anchor, obj in objects:
            assert f'id="{anchor}"' in text, anchor
            # The docstring's first words, as autodoc rendered them (literals and all).
            first_words = " ".join(re.sub(r"``|:\w+:`~?|`", "", inspect.getdoc(obj)).split()[:6])
            assert letters(first_words) in rendered, (anchor, first_words)


def test_reading_the_pages_needs_no_network(built):
    loaded = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.I)
    for path in built.rglob("*.html"):
        assert not loaded.search(path.read_text(encoding="utf-8")), path
    for path in built.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", path.read_text(encoding="utf-8")), path


def readme_links() -> Iterator[str]:
    """Every link target of the README."""
    readme = (ROOT / "README.rst").read_text(encoding="utf-8")
    doctree = docutils.core.publish_doctree(readme, settings_overrides={"report_level": 4})
    for reference in doctree.findall(docutils.nodes.reference):
        if "refuri" in reference:
            yield reference["refuri"]


def test_every_readme_link_into_docs_reaches_a_page_and_section_that_exist(built):
    into_docs = [uri for uri in readme_links() if uri.startswith("docs/")]
    linked: Set[str] = set()
    for uri in into_docs:
        path, _, section = uri.partition("#")
        assert path.endswith(".rst") and (ROOT / path).is_file(), uri
        name = path[len("docs/") : -len(".rst")]
        linked.add(name)
        if section:
            assert f'id="{section}"' in html(built, name), uri
    # The README's Documentation section leads to every page of the reference.
    top_pages = {name for name in sources() if "/" not in name} - {"index"}
    assert top_pages <= linked, top_pages - linked


def option_names(text: str) -> Set[str]:
    """The names a page marks as literals (``name`` or ``name (...)``)."""
    return set(re.findall(r"``([\w-]+)", text))


def test_the_client_page_names_every_option_of_the_client_and_of_start():
    from tiktoklive_sync._config import ClientOptions
    from tiktoklive_sync.client import StartOptions

    named = option_names((DOCS / "client.rst").read_text(encoding="utf-8"))
    for options in (ClientOptions, StartOptions):
        missing = set(options.__annotations__) - named
        assert not missing, f"docs/client.rst does not name {sorted(missing)}"


def keyword_parameters(function: Callable[..., Any]) -> Set[str]:
    parameters = inspect.signature(function).parameters.values()
    return {p.name for p in parameters if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)}


def test_the_testing_and_monitor_pages_name_every_option():
    from tiktoklive_sync.monitor import LiveMonitor
    from tiktoklive_sync.testing import FakeLiveServer

    for page, cls in (("testing", FakeLiveServer), ("monitor", LiveMonitor)):
        named = option_names((DOCS / f"{page}.rst").read_text(encoding="utf-8"))
        missing = keyword_parameters(cls) - named
        assert not missing, f"docs/{page}.rst does not name {sorted(missing)}"


def command_options() -> Dict[str, Set[str]]:
    """Each command of the command line, and its long options."""
    from tiktoklive_sync.cli.main import build_parser

    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {
        name: {
            option
            for action in command._actions
            for option in action.option_strings
            if option.startswith("--") and option != "--help"
        }
        for name, command in commands.choices.items()
    }


def test_the_command_line_page_names_every_command_and_option():
    text = (DOCS / "cli.rst").read_text(encoding="utf-8")
    named = option_names(text)
    commands = command_options()
    assert {"demo", "watch", "record", "replay", "check", "doctor", "monitor"} <= set(commands)
    for command, options in commands.items():
        assert command in named, command
        missing = options - named
        assert not missing, f"docs/cli.rst does not name {command}'s {sorted(missing)}"
