"""TikTokLive's logging surface: ``LogLevel`` and ``client.logger``::

    from tiktoklive_sync.client.logger import LogLevel

    client.logger.setLevel(LogLevel.INFO.value)   # the library's INFO lines on stderr

``client.logger`` is the package's stdlib logger (``logging.getLogger("tiktoklive_sync")``).
When the application configured no logging, asking for it also gives it a stderr handler,
so raising its level shows the lines as TikTokLive's own logger would. An application that
configured logging keeps full control: nothing is added.
"""

from __future__ import annotations

import enum
import logging
import sys

__all__ = ["LogLevel", "get_logger"]

PACKAGE_LOGGER = "tiktoklive_sync"


class LogLevel(enum.Enum):
    """Logging levels by name; ``.value`` is the stdlib's number."""

    CRITICAL = logging.CRITICAL
    ERROR = logging.ERROR
    WARNING = logging.WARNING
    INFO = logging.INFO
    DEBUG = logging.DEBUG
    NOTSET = logging.NOTSET


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``get_logger`` adds when nothing else would show the package's records."""


def get_logger() -> logging.Logger:
    """The package logger, with a stderr handler when the application set up no logging."""
    package = logging.getLogger(PACKAGE_LOGGER)
    if not logging_configured(package) and not any(isinstance(h, _StderrHandler) for h in package.handlers):
        handler = _StderrHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        package.addHandler(handler)
    return package


def logging_configured(start: logging.Logger) -> bool:
    """Whether a handler other than a NullHandler would see records of ``start``."""
    current: logging.Logger | None = start
    while current is not None:
        if any(not isinstance(handler, logging.NullHandler) for handler in current.handlers):
            return True
        if not current.propagate:
            return False
        current = current.parent
    return False
