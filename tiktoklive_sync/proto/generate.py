"""Regenerate ``webcast_pb2.py`` and ``webcast_pb2.pyi`` from ``webcast.proto``.

Run ``python -m tiktoklive_sync.proto.generate`` in an environment that has
``grpcio-tools==1.62.3`` (protoc 25). That protoc writes code without a runtime version
check, so the committed module loads on every protobuf runtime from 4.25 to 7.x and on
Python 3.9; a newer protoc would pin users to its own protobuf major version.
"""

from __future__ import annotations

import sys
from pathlib import Path

PROTO_DIR = Path(__file__).resolve().parent
PROTOC_PACKAGE = "grpcio-tools==1.62.3"


def main() -> int:
    """Run protoc over every ``.proto`` file next to this module."""
    try:
        from grpc_tools import protoc  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        print(f"protoc is missing: pip install '{PROTOC_PACKAGE}'", file=sys.stderr)
        return 2
    sources = sorted(path.name for path in PROTO_DIR.glob("*.proto"))
    args = ["protoc", f"-I{PROTO_DIR}", f"--python_out={PROTO_DIR}", f"--pyi_out={PROTO_DIR}"]
    status = int(protoc.main([*args, *sources]))
    if status == 0:
        print(f"generated {', '.join(sources)} into {PROTO_DIR}")
    return status


if __name__ == "__main__":
    sys.exit(main())
