"""Generated protobuf modules for the TikTok LIVE webcast protocol (see webcast.proto), with the
second names of some fields (see :mod:`.aliases`)."""

from typing import Any

from google.protobuf.descriptor import FieldDescriptor

from . import webcast_pb2
from .aliases import install

install(webcast_pb2)


def is_repeated(field: Any) -> bool:
    """Whether a field descriptor is a repeated field, on every protobuf we support."""
    # protobuf 7 replaced ``label`` with ``is_repeated``; 4.25 only has ``label``.
    flag = getattr(field, "is_repeated", None)
    if flag is not None:
        return bool(flag)
    return bool(field.label == FieldDescriptor.LABEL_REPEATED)
