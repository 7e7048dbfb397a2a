"""The sign server: its client (:mod:`.client`: signed connections, rate limits, chat)."""

from .client import SignClient, SignedFetch

__all__ = ["SignClient", "SignedFetch"]
