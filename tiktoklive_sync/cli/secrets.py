"""Keeping the command line's secrets off the screen: every line it prints — events, status
tables, summaries, errors, tracebacks and ``-vv`` logs — passes through a scrubber that
replaces the secrets it was given (session ids, API keys, the passwords of proxy, Redis and
sign-server URLs) with ``***``, as they are and percent-encoded, and redacts what looks like
a secret besides (``sessionid=...``, ``user:password@``)."""

from __future__ import annotations

import contextlib
import sys
from typing import Any, Iterable, Iterator, List, Optional, TextIO
from urllib.parse import quote, unquote, urlsplit

from .._redaction import redact

__all__ = ["ScrubbedStream", "Scrubber", "scrubbed_output", "secrets_of_url"]

#: Secrets shorter than this are not replaced (they would garble every line they occur in);
#: the patterns of :func:`~tiktoklive_sync._redaction.redact` still apply.
MIN_SECRET_LENGTH = 4


def secrets_of_url(url: Optional[str]) -> List[str]:
    """The password of ``url`` (``scheme://user:password@host``), as written and decoded."""
    if not url or "://" not in url:
        return []
    try:
        password = urlsplit(url).password
    except ValueError:
        return []
    return [password, unquote(password)] if password else []


class Scrubber:
    """Replaces each of ``secrets`` with ``***`` in a text, then redacts secret-looking
    patterns."""

    def __init__(self, secrets: Iterable[Optional[str]]) -> None:
        found = {secret for secret in secrets if secret and len(secret) >= MIN_SECRET_LENGTH}
        found |= {quote(secret, safe="") for secret in found}
        self.secrets = sorted(found, key=len, reverse=True)  # the longest first

    def __call__(self, text: str) -> str:
        """``text`` without the secrets."""
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, "***")
        return redact(text)


class ScrubbedStream:
    """A text stream that scrubs what is written to it; everything else is the stream's."""

    def __init__(self, stream: TextIO, scrub: Scrubber) -> None:
        self._stream = stream
        self._scrub = scrub

    def write(self, text: str) -> int:
        """Write ``text``, scrubbed."""
        self._stream.write(self._scrub(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        """Write each line, scrubbed."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, flush, encoding...
        return getattr(self._stream, name)


@contextlib.contextmanager
def scrubbed_output(scrub: Scrubber) -> Iterator[None]:
    """``sys.stdout`` and ``sys.stderr`` scrubbed while the block runs."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = ScrubbedStream(stdout, scrub)
    sys.stderr = ScrubbedStream(stderr, scrub)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr
