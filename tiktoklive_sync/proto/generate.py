"""Regenerate ``webcast_pb2.py`` and ``webcast_pb2.pyi`` from ``webcast.proto``.

Then ``tiktoklive_sync/events/_fields.py`` (the events' field types) is written again from them.
Run ``python -m tiktoklive_sync.proto.generate`` in an environment that has
``grpcio-tools==1.62.3`` (protoc 25). That protoc writes code without a runtime version
check, so the committed module loads on every protobuf runtime from 4.25 to 7.x and on
Python 3.9; a newer protoc would pin users to its own protobuf major version.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .aliases import ALIASES

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
        stub = PROTO_DIR / "webcast_pb2.pyi"
        stub.write_text(with_aliases(unshadowed(stub.read_text())))
        print(f"generated {', '.join(sources)} into {PROTO_DIR}")
        # The events' field types come from the new descriptors: a process of its own imports them.
        status = subprocess.call([sys.executable, "-m", "tiktoklive_sync.events._generate"])
    return status


def unshadowed(stub: str) -> str:
    """``stub`` where a class with a field named like a builtin type (``BadgeStruct.str``) names
    that type ``_builtins.str`` in its annotations, which would otherwise mean the field."""
    lines = stub.split("\n")
    imports = lines.index("from google.protobuf import message as _message")
    lines.insert(imports + 1, "import builtins as _builtins")
    starts = [index for index, line in enumerate(lines) if line.startswith("class ")]
    for start, end in zip(starts, [*starts[1:], len(lines)]):
        for name in ("str", "int", "bool", "float", "bytes"):
            if not any(line.startswith(f"    {name}: ") for line in lines[start:end]):
                continue
            pattern = re.compile(rf"(?<![\w.]){name}(?=[\],]|$)")
            for index in range(start + 1, end):
                head, colon, rest = lines[index].partition(":")
                if colon and "__slots__" not in head:
                    lines[index] = head + colon + pattern.sub(f"_builtins.{name}", rest)
    return "\n".join(lines)


def with_aliases(stub: str) -> str:
    """``stub`` with each alias of :data:`ALIASES` declared in its class, as a read-only
    property of the type of the field it reads."""
    lines = stub.split("\n")
    for message, names in ALIASES.items():
        start = lines.index(f"class {message}(_message.Message):")
        end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))
        body = lines[start + 1 : end]
        declared = {}
        for line in body:
            found = re.match(r"^    (\w+): (.+)$", line)
            if found:
                declared[found.group(1)] = found.group(2)
        extra = []
        for alias, field in names.items():
            extra += ["    @property", f"    def {alias}(self) -> {declared[field]}: ..."]
        lines[end:end] = extra
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
