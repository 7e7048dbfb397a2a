"""TikTokLive 7.0.1 as a source of facts: the names its message classes expose at every depth,
and messages of its own filled to a depth, to read back with ours.

``python tests/oracles/tiktoklive_names.py`` writes tests/unit/tiktoklive_nested_fields.json
(names, and for message fields the name of the type they hold; nothing else of TikTokLive's).
The tests use it to check that the table is TikTokLive's (tests/end_to_end/test_tiktoklive_names.py)
and that every name in it is readable here (tests/unit/test_events.py).
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import betterproto2
from TikTokLive.events import custom_events, proto_events

TABLE = Path(__file__).resolve().parents[1] / "unit" / "tiktoklive_nested_fields.json"


def event_messages() -> Dict[str, type]:
    """TikTokLive's event class name -> the message class it is made of."""
    found = {}
    for module in (proto_events, custom_events):
        for name in dir(module):
            cls = getattr(module, name)
            if not (isinstance(cls, type) and name.endswith("Event")):
                continue
            for base in cls.__mro__[1:]:
                if issubclass(base, betterproto2.Message) and base.__module__.startswith("TikTokLiveProto"):
                    found[name] = base
                    break
    return found


def fields(cls: type) -> Iterator[Tuple[str, Any, Optional[type]]]:
    """(name, betterproto2 field metadata, message class held or None) of each field."""
    for field in dataclasses.fields(cls):
        meta = field.metadata.get("betterproto")
        if meta is None:
            continue
        kind = meta.proto_type
        child = None
        if kind == "message":
            child = cls._betterproto.cls_by_field[field.name]
        elif kind == "map" and meta.map_meta[1].proto_type == "message":
            child = cls._betterproto.cls_by_field[field.name + ".value"]
        yield field.name, meta, child


def type_key(cls: type) -> str:
    """A name for TikTokLive's message class, unique in its type graph."""
    return f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__qualname__}"


def type_graph() -> Dict[str, Any]:
    """{"events": {event: type}, "types": {type: {field: type held or None}}}."""
    events = {name: type_key(cls) for name, cls in sorted(event_messages().items())}
    types: Dict[str, Dict[str, Optional[str]]] = {}
    pending = list(event_messages().values())
    while pending:
        cls = pending.pop()
        key = type_key(cls)
        if key in types:
            continue
        types[key] = {}
        for name, _meta, child in fields(cls):
            types[key][name] = type_key(child) if child is not None else None
            if child is not None:
                pending.append(child)
    return {"events": events, "types": dict(sorted(types.items()))}


class Filler:
    """Fills TikTokLive messages with distinct values, down to a depth."""

    def __init__(self) -> None:
        self.counter = 0

    def next(self) -> int:
        self.counter += 1
        return self.counter

    def message(self, cls: type, depth: int) -> Any:
        values = {}
        for name, meta, child in fields(cls):
            if meta.proto_type == "map":
                key_meta, value_meta = meta.map_meta
                if value_meta.proto_type == "message" and depth <= 1:
                    continue
                key = self.scalar(key_meta.proto_type, None)
                if child is not None:
                    values[name] = {key: self.message(child, depth - 1)}
                else:
                    values[name] = {key: self.scalar(value_meta.proto_type, None)}
                continue
            if child is not None:
                if depth <= 1:
                    continue
                value = self.message(child, depth - 1)
            else:
                value = self.scalar(meta.proto_type, cls._betterproto.cls_by_field.get(name))
            values[name] = [value] if meta.repeated else value
        return cls(**values)

    def scalar(self, kind: str, enum_cls: Optional[type]) -> Any:
        if kind == "enum":
            members = [member for member in enum_cls if member.value] if enum_cls else []
            return members[self.next() % len(members)] if members else next(iter(enum_cls))
        if kind == "bool":
            return True
        if kind == "string":
            return f"s{self.next()}"
        if kind == "bytes":
            return b"b%d" % self.next()
        if kind in ("double", "float"):
            return self.next() + 0.5
        return self.next()


def differences(theirs: Any, ours: Any, path: str, out: List[str], counted: List[int]) -> None:
    """Compare every set value of TikTokLive's message ``theirs`` with ``ours`` read by the
    same names; append a line per difference to ``out``; count compared leaves."""
    for name, meta, child in fields(type(theirs)):
        value = getattr(theirs, name)
        if value is None or (meta.repeated and not value) or (meta.proto_type == "map" and not value):
            continue
        here = f"{path}.{name}"
        try:
            mine = getattr(ours, name)
        except AttributeError:
            out.append(f"{here}: not readable")
            continue
        if meta.proto_type == "map":
            if sorted(value) != sorted(mine):
                out.append(f"{here}: keys {sorted(value)} != {sorted(mine)}")
                continue
            for key, item in value.items():
                if child is not None:
                    differences(item, mine[key], f"{here}[{key!r}]", out, counted)
                else:
                    _leaf(item, mine[key], f"{here}[{key!r}]", out, counted)
        elif meta.repeated:
            if len(value) != len(mine):
                out.append(f"{here}: {len(value)} items != {len(mine)}")
                continue
            for index, (item, other) in enumerate(zip(value, mine)):
                if child is not None:
                    differences(item, other, f"{here}[{index}]", out, counted)
                else:
                    _leaf(item, other, f"{here}[{index}]", out, counted)
        elif child is not None:
            differences(value, mine, here, out, counted)
        else:
            _leaf(value, mine, here, out, counted)


def _leaf(value: Any, mine: Any, path: str, out: List[str], counted: List[int]) -> None:
    counted[0] += 1
    if isinstance(value, enum.Enum):
        value = value.value
    if value != mine:
        out.append(f"{path}: {value!r} != {mine!r}")


if __name__ == "__main__":
    TABLE.write_text(json.dumps(type_graph(), indent=0, sort_keys=True) + "\n")
    sys.stderr.write(f"wrote {TABLE}\n")
