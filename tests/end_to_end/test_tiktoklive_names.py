"""Every name TikTokLive 7.0.1's messages expose, at every depth, reads the same value here.

TikTokLive (the oracle, installed by the test extra on Python 3.10+) fills its own message
classes, serializes them with its own encoder, and our event classes parse the bytes; every
value is then read back on both sides by TikTokLive's names.
"""

from __future__ import annotations

import json
from typing import Any

from tiktoklive_sync import events


def oracle() -> Any:
    """The TikTokLive side (imported here: where TikTokLive cannot be installed, Python 3.9,
    CI leaves these tests out by name, and the module must still be collected)."""
    from oracles import tiktoklive_names

    return tiktoklive_names


def test_the_committed_name_table_is_tiktoklives_type_graph():
    tiktoklive_names = oracle()
    committed = json.loads(tiktoklive_names.TABLE.read_text())
    assert committed == tiktoklive_names.type_graph()


def test_every_value_tiktoklive_reads_reads_the_same_here_by_its_names():
    tiktoklive_names = oracle()
    differences: list = []
    compared = [0]
    for name, message_class in sorted(tiktoklive_names.event_messages().items()):
        theirs = tiktoklive_names.Filler().message(message_class, depth=6)
        ours = getattr(events, name).parse(bytes(theirs))
        tiktoklive_names.differences(theirs, ours, name, differences, compared)
    assert differences == []
    assert compared[0] > 150_000  # leaves compared, over the 70 event types
