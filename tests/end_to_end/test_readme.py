"""The README renders, and its offline example works as printed."""

from __future__ import annotations

import re
from pathlib import Path

import docutils.core

README = (Path(__file__).resolve().parents[2] / "README.rst").read_text(encoding="utf-8")


def code_blocks() -> list:
    blocks = re.findall(r"\.\. code-block:: python\n\n((?:    .*\n|\n)+)", README)
    return ["\n".join(line[4:] for line in block.splitlines()) for block in blocks]


def test_readme_renders_without_warnings():
    docutils.core.publish_doctree(README, settings_overrides={"report_level": 2, "halt_level": 2})


def test_fake_server_example_runs_as_printed():
    (example,) = [block for block in code_blocks() if "FakeLiveServer(" in block]
    namespace: dict = {}
    exec(compile(example, "README.rst", "exec"), namespace)
    namespace["test_bot_greets"]()


def test_readme_commands_match_ci():
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
    for command in (
        'pip install ".[testing]" && python -m tiktoklive_sync demo',
        'pip install ".[test]" && python -m pytest',
    ):
        assert f"    {command}\n" in README
        assert f"\n{command}\n" in ci


def test_events_table_names_every_typed_event():
    from tiktoklive_sync.events import EVENT_TYPES

    missing = [cls.__name__ for cls in EVENT_TYPES.values() if f"``{cls.__name__}``" not in README]
    assert not missing
    count = re.search(r"(\d+) message types have their own", README)
    assert count and int(count.group(1)) == len(EVENT_TYPES)
