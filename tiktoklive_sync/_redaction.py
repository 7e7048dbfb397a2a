"""Keeping secrets out of logs and error messages: session ids, API keys, proxy passwords."""

from __future__ import annotations

import logging
import re

__all__ = ["RedactSecrets", "redact"]

_SECRET_KEYS = (
    "sessionid",
    "sessionid_ss",
    "session_id",
    "sid_tt",
    "sid_guard",
    "x-api-key",
    "apikey",
    "api_key",
)
_URL_CREDENTIALS = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")


def redact(text: str) -> str:
    """``text`` with session ids, API keys and URL passwords replaced by ``***``."""
    text = _URL_CREDENTIALS.sub(r"\1***@", text)
    for key in _SECRET_KEYS:
        text = re.sub(rf"({re.escape(key)}[=:]\s*)[^&;,\s]+", r"\1***", text, flags=re.IGNORECASE)
    return text


class RedactSecrets(logging.Filter):
    """Redacts session ids and API keys in records of loggers we do not own.

    urllib3 logs request lines (the sign call's query holds the session id in authenticated
    mode) and websocket-client's trace logs handshake headers (the Cookie header).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record's message; never drops a record."""
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


for _name in ("urllib3.connectionpool", "websocket"):
    logging.getLogger(_name).addFilter(RedactSecrets())
