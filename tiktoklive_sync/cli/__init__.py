"""The command line: ``python -m tiktoklive_sync`` (or ``tiktoklive-sync``).

::

    tiktoklive-sync demo                 # a lively stream from the embedded local TikTok
    tiktoklive-sync watch @creator       # a creator's live feed (--json for JSON lines)
    tiktoklive-sync check @creator       # exit status 0 when live, 1 when not
    tiktoklive-sync doctor @creator      # why a client cannot connect, step by step
    tiktoklive-sync record @creator FILE # watch, and append every frame to FILE (--video too)
    tiktoklive-sync replay FILE          # play a recording through a client, offline
    tiktoklive-sync monitor LIST --to T  # watch many creators (T: .jsonl, sqlite:///, redis://)

The commands that talk to TikTok take the client's connection options (``--proxy``,
``--session-id``, ``--sign-url``...; see :mod:`.options`). Nothing they print shows a secret
(:mod:`.secrets`). A bad option or output is refused before anything connects. When the
reader of the output goes away (``| head``), ``record`` records on without printing; the
other commands stop. Exit status: 0 done (also then), 1 offline, 2 bad usage, 3 no such
user, 4 rate limited, 5 other TikTok or sign-server error, 130 interrupted.
"""

from .main import build_parser, main

__all__ = ["build_parser", "main"]
