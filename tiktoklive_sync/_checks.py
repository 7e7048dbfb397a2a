"""The checks every option of the library goes through, so a NaN, an infinity, a negative or
a wrong type is refused where it is given, with the option's name: a ValueError for a bad
value, a TypeError for a bad type (``poll=float("nan")`` would otherwise make a loop that
never sleeps, ``proxy=42`` an AttributeError deep inside)."""

from __future__ import annotations

import math
from typing import Any, Optional, Sequence

__all__ = ["check_choice", "check_count", "check_number", "check_type"]


def check_number(
    name: str,
    value: Any,
    *,
    positive: bool = False,
    minimum: float = 0.0,
    maximum: Optional[float] = None,
    optional: bool = False,
) -> Any:
    """``value`` if it is a finite number within bounds (``positive``: above 0, else at
    least ``minimum``; None too when ``optional``); TypeError or ValueError naming ``name``."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(
            f"{name} must be a number{' or None' if optional else ''}, not {type(value).__name__}"
        )
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, not {value!r}")
    if positive and value <= 0:
        raise ValueError(f"{name} must be positive, not {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum:g}, not {value!r}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum:g}, not {value!r}")
    return value


def check_count(name: str, value: Any, *, minimum: int = 0, optional: bool = False) -> Any:
    """``value`` if it is a whole number of at least ``minimum`` (or None when ``optional``)."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value!r}")
    return value


def check_choice(name: str, value: Any, choices: Sequence[str]) -> str:
    """``value`` if it is one of ``choices``."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be one of {tuple(choices)}, not {type(value).__name__}")
    if value not in choices:
        raise ValueError(f"{name} must be one of {tuple(choices)}, not {value!r}")
    return value


def check_type(name: str, value: Any, kind: Any, what: str, *, optional: bool = True) -> Any:
    """``value`` if it is an instance of ``kind`` (or None when ``optional``)."""
    if value is None and optional:
        return None
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be {what}, not {type(value).__name__}")
    return value
