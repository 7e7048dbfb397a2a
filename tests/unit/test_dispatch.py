"""The thread-free Dispatcher, driven with fetch results directly: no sockets, no threads."""

from __future__ import annotations

from typing import List

from tiktoklive_sync._run.dispatch import RECENT_IDS, Dispatcher
from tiktoklive_sync.events import BaseEvent, CommentEvent, LikeEvent, LiveEndEvent
from tiktoklive_sync.proto import webcast_pb2 as pb
from tiktoklive_sync.stats import ClientStats
from tiktoklive_sync.testing.content import MessageFactory

FACTORY = MessageFactory(room_id=1)


def dispatcher(events: List[BaseEvent], stats: ClientStats) -> Dispatcher:
    return Dispatcher(
        emit=events.append,
        listens=lambda event_type: True,
        stats=stats,
        unique_id="creator",
        gift_streak_timeout=10,
    )


def result(*messages: pb.BaseProtoMessage) -> pb.ProtoMessageFetchResult:
    return pb.ProtoMessageFetchResult(messages=messages)


def wrap(message, *, history: bool = False) -> pb.BaseProtoMessage:
    return pb.BaseProtoMessage(
        method=type(message).DESCRIPTOR.name,
        payload=message.SerializeToString(),
        msg_id=message.common.msg_id,
        is_history=history,
    )


def test_chat_repeated_as_history_is_dropped_even_in_a_busy_room():
    events: List[BaseEvent] = []
    stats = ClientStats()
    dispatch = dispatcher(events, stats)
    chat = FACTORY.chat("viewer", "said once")
    dispatch.dispatch(result(wrap(chat)))
    busy = [wrap(FACTORY.like("fan", 1, n)) for n in range(RECENT_IDS + 100)]  # more than the id window
    dispatch.dispatch(result(*busy))
    dispatch.dispatch(result(wrap(chat, history=True)))  # TikTok repeats it on re-entry
    comments = [event for event in events if isinstance(event, CommentEvent)]
    assert [event.comment for event in comments] == ["said once"]
    assert stats.duplicates == 1


def test_a_live_end_drops_the_rest_of_its_batch_and_counts_it():
    events: List[BaseEvent] = []
    stats = ClientStats()
    dispatch = dispatcher(events, stats)
    dispatch.dispatch(result(wrap(FACTORY.control(3)), wrap(FACTORY.chat("late", "too late"))))
    assert dispatch.live_ended
    assert any(isinstance(event, LiveEndEvent) for event in events)
    assert not any(isinstance(event, CommentEvent) for event in events)
    assert (stats.messages, stats.after_end_dropped) == (2, 1)


def test_like_totals_carry_over_between_batches():
    events: List[BaseEvent] = []
    dispatch = dispatcher(events, ClientStats())
    dispatch.dispatch(result(wrap(FACTORY.like("fan", 15, 100))))
    dispatch.dispatch(result(wrap(FACTORY.like("fan", 15, 160))))
    likes = [event for event in events if isinstance(event, LikeEvent)]
    assert [event.likes for event in likes] == [15, 60]
