"""A tiny protobuf wire-format writer, independent of our .proto files.

Tests build messages from TikTok's field numbers (shared/PROTOCOL.md) with it, so the schema
is checked against bytes it did not write itself.
"""

from __future__ import annotations

import struct
from typing import Union

Value = Union[int, str, bytes, bool]


def varint(number: int) -> bytes:
    if number < 0:
        number += 1 << 64  # int64 negatives are ten-byte varints
    out = bytearray()
    while True:
        byte = number & 0x7F
        number >>= 7
        if number:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field(number: int, value: Value) -> bytes:
    """One field: ints and bools as varints (wire type 0), str/bytes length-delimited (2)."""
    if isinstance(value, (bool, int)):
        return varint(number << 3 | 0) + varint(int(value))
    data = value.encode("utf-8") if isinstance(value, str) else value
    return varint(number << 3 | 2) + varint(len(data)) + data


def double(number: int, value: float) -> bytes:
    """A double field (wire type 1, eight little-endian bytes)."""
    return varint(number << 3 | 1) + struct.pack("<d", value)


def float32(number: int, value: float) -> bytes:
    """A float field (wire type 5, four little-endian bytes)."""
    return varint(number << 3 | 5) + struct.pack("<f", value)


def message(*fields: bytes) -> bytes:
    return b"".join(fields)
