"""Blinker signals: one per event class, sent with ``sender=<the client>``.

Subscribe without the decorator, in blinker's own form::

    from tiktoklive_sync import signals

    def on_comment(sender, event):
        print(sender.unique_id, event.comment)

    signals.signal_for(CommentEvent).connect(on_comment, sender=client)

A signal is named after its event class (``"CommentEvent"``); :data:`any_event` carries
every event, whatever its class; :data:`handler_error` reports handlers that raised.
Handlers registered with ``client.on(EventClass)`` run first, then the signal receivers.
"""

from __future__ import annotations

from typing import Type

from blinker import NamedSignal, Namespace

from .events import BaseEvent, MessageEvent

__all__ = ["any_event", "handler_error", "namespace", "signal_for"]

#: The namespace holding one signal per event class name.
namespace = Namespace()

#: Sent for every event, after the event's own signal.
any_event: NamedSignal = namespace.signal("*", doc="every event, whatever its class")


#: Sent when a handler raises: ``receiver(client, event=..., exception=..., handler=...)``.
handler_error: NamedSignal = namespace.signal("handler_error", doc="a handler raised")


def signal_for(event_type: Type[BaseEvent]) -> NamedSignal:
    """The signal on which events of exactly ``event_type`` are sent."""
    if not (isinstance(event_type, type) and issubclass(event_type, BaseEvent)):
        raise TypeError(f"expected an event class from tiktoklive_sync.events, got {event_type!r}")
    if event_type in (BaseEvent, MessageEvent):
        raise TypeError(
            f"no event is sent as a plain {event_type.__name__}: use its classes (CommentEvent...) "
            "or signals.any_event for every event"
        )
    return namespace.signal(event_type.__name__)
