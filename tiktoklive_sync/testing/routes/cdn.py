"""The local TikTok's CDN: every URL FakeLiveServer hands out is one it serves.

Messages are built with TikTok's own CDN host (:data:`~tiktoklive_sync.testing.content.CDN`),
as real ones carry it; when a message is pushed, :func:`serve_urls` points those URLs at the
local server's ``/cdn/`` path, which answers with a small image (WebP for ``.webp``, PNG
otherwise) or, for a page link, a small HTML page.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any, Optional, Tuple

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from ...proto import is_repeated
from ..content import CDN
from ..serving import Request, Response, response

__all__ = ["CDN_PATH", "PNG", "WEBP", "answer", "serve", "serve_urls", "serve_urls_in_text"]

#: Where the local server serves what TikTok's CDN would.
CDN_PATH = "/cdn"


def _png(width: int, height: int, rgb: Tuple[int, int, int]) -> bytes:
    """A valid PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


#: Every image the local CDN serves: 8x8 pixels of TikTok's pink.
PNG = _png(8, 8, (254, 44, 85))
#: The same picture as a lossless WebP (what TikTok's avatar URLs ask for).
WEBP = (
    b"RIFF\x1e\x00\x00\x00WEBPVP8L\x11\x00\x00\x00/\x07\xc0\x01\x00\x07P\x96\xfa\xb7\xaa\xff"
    b"\x81\x88\xe8\x7f\x00\x00"
)


def serve_urls(message: Message, base_url: str) -> Message:
    """Point every URL of TikTok's CDN in ``message`` (at any depth) at ``base_url``'s CDN
    path, in place; returns the message."""
    _rewrite(message, CDN, f"{base_url}{CDN_PATH}")
    return message


def serve_urls_in_text(text: str, base_url: str) -> str:
    """The same for URLs inside a JSON or HTML answer."""
    return text.replace(CDN, f"{base_url}{CDN_PATH}")


def _rewrite(message: Message, old: str, new: str) -> None:
    for field, value in message.ListFields():
        kind: Any = field.message_type
        if field.type == FieldDescriptor.TYPE_STRING:
            if is_repeated(field):
                for index, text in enumerate(value):
                    if text.startswith(old):
                        value[index] = new + text[len(old) :]
            elif value.startswith(old):
                setattr(message, field.name, new + value[len(old) :])
        elif kind is not None and kind.GetOptions().map_entry:
            entry_value = kind.fields_by_name["value"]
            if entry_value.message_type is not None:
                for entry in value.values():
                    _rewrite(entry, old, new)
            elif entry_value.type == FieldDescriptor.TYPE_STRING:
                for key, text in list(value.items()):
                    if text.startswith(old):
                        value[key] = new + text[len(old) :]
        elif kind is not None:
            for item in value if is_repeated(field) else [value]:
                _rewrite(item, old, new)


def answer(path: str) -> Optional[Tuple[str, bytes]]:
    """``(content type, body)`` for a path under CDN_PATH, None for any other path."""
    if not path.startswith(f"{CDN_PATH}/"):
        return None
    name = path.rsplit("/", 1)[-1].split("~", 1)[-1]
    if ".webp" in name:
        return "image/webp", WEBP
    if any(kind in name for kind in (".png", ".jpeg", ".jpg", ".image", ".gif")) or "/img/" in path:
        return "image/png", PNG
    page = f"<!DOCTYPE html><html><head><title>TikTok</title></head><body>{path}</body></html>"
    return "text/html; charset=utf-8", page.encode("utf-8")


def serve(request: Request) -> Response:
    """What TikTok's CDN serves: images, pages (every URL the local server hands out)."""
    content_type, body = answer(request.route) or ("text/plain", b"")
    return response(200, body, {"Cache-Control": "max-age=86400"}, content_type=content_type)
