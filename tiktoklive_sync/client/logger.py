"""TikTokLive's logging surface: ``LogLevel`` and ``client.logger``::

    from tiktoklive_sync.client.logger import LogLevel

    client.logger.setLevel(LogLevel.INFO.value)   # the library's INFO lines on stderr

``client.logger`` is the package's stdlib logger (``logging.getLogger("tiktoklive_sync")``).
Making a client gives it a stderr handler that shows the library's warnings (and more, once
its level is raised, as TikTokLive's own logger would) for as long as the application has
configured no logging; once it has, that handler stands aside and the application's own
handlers have full control, without a line twice.
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
    """The package's fallback: prints a record to stderr unless the application's own
    logging would show it."""

    def emit(self, record: logging.LogRecord) -> None:
        """Print ``record``, unless a handler of the application's sees it too."""
        if not logging_configured(logging.getLogger(record.name)):
            super().emit(record)


def get_logger() -> logging.Logger:
    """The package logger, with the stderr fallback installed (once)."""
    package = logging.getLogger(PACKAGE_LOGGER)
    if not any(isinstance(handler, _StderrHandler) for handler in package.handlers):
        handler = _StderrHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        package.addHandler(handler)
    return package


def logging_configured(start: logging.Logger) -> bool:
    """Whether a handler of the application's (not a NullHandler, not the package's own
    fallback) would see records of ``start``."""
    current: logging.Logger | None = start
    while current is not None:
        if any(
            not isinstance(handler, (logging.NullHandler, _StderrHandler)) for handler in current.handlers
        ):
            return True
        if not current.propagate:
            return False
        current = current.parent
    return False
