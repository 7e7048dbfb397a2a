"""What an editor and a type checker see of the events: every field with its type, at every
depth, and a typo is an error (mypy --strict and pyright strict, on the installed package)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import pytest

import tiktoklive_sync

BOTS = Path(__file__).with_name("typing_bots")
PACKAGE_ROOT = Path(tiktoklive_sync.__file__).resolve().parents[1]
# An editable install (the developer's) is found by an import hook no checker follows: point
# them at the source tree then. An installed package (as CI and users have it) is found as is.
EDITABLE = "site-packages" not in PACKAGE_ROOT.parts


def typo_lines(bot: Path) -> List[int]:
    lines = bot.read_text().splitlines()
    return [number for number, line in enumerate(lines, 1) if line.endswith("# typo")]


def run_mypy(tmp_path: Path, bot: Path) -> subprocess.CompletedProcess:
    (tmp_path / "mypy.ini").write_text(
        "[mypy]\nstrict = True\ncache_dir = .mypy_cache\n"
        # The package's own code is not what is checked (installed, mypy skips it anyway).
        "[mypy-tiktoklive_sync.*]\nignore_errors = True\n"
    )
    env = {"PATH": "", "MYPYPATH": str(PACKAGE_ROOT)} if EDITABLE else {"PATH": ""}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", str(bot)],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )


def run_pyright(tmp_path: Path, bot: Path) -> Dict:
    config = {"typeCheckingMode": "strict", "pythonPath": sys.executable}
    if EDITABLE:
        config["extraPaths"] = [str(PACKAGE_ROOT)]
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    done = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", str(bot)],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=280,
    )
    return json.loads(done.stdout)


@pytest.mark.timeout(300)
def test_mypy_strict_types_every_field_of_a_correct_bot(tmp_path):
    done = run_mypy(tmp_path, BOTS / "correct_bot.py")
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r'correct_bot.py:15: note: Revealed type is "(builtins\.)?int"', done.stdout), (
        done.stdout
    )


@pytest.mark.timeout(300)
def test_mypy_strict_flags_each_typo(tmp_path):
    bot = BOTS / "typo_bot.py"
    done = run_mypy(tmp_path, bot)
    flagged = sorted(
        {int(n) for n in re.findall(rf"{bot.name}:(\d+): error: .* has no attribute", done.stdout)}
    )
    assert flagged == typo_lines(bot), done.stdout
    assert done.stdout.count("error:") == len(typo_lines(bot)), done.stdout


@pytest.mark.timeout(300)
def test_pyright_strict_types_every_field_of_a_correct_bot(tmp_path):
    report = run_pyright(tmp_path, BOTS / "correct_bot.py")
    problems = [d for d in report["generalDiagnostics"] if d["severity"] != "information"]
    assert problems == []
    revealed = [d["message"] for d in report["generalDiagnostics"] if d["severity"] == "information"]
    assert revealed == ['Type of "event.repeat_count" is "int"']


@pytest.mark.timeout(300)
def test_pyright_strict_flags_each_typo(tmp_path):
    bot = BOTS / "typo_bot.py"
    report = run_pyright(tmp_path, bot)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    unknown = {
        d["range"]["start"]["line"] + 1 for d in errors if d.get("rule") == "reportAttributeAccessIssue"
    }
    assert sorted(unknown) == typo_lines(bot)
    assert {d["range"]["start"]["line"] + 1 for d in errors} == unknown  # nothing else flagged
