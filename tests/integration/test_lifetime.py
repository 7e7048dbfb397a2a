"""Threads, stopping, handler isolation and the caller-thread error promise."""

from __future__ import annotations

import _thread
import logging
import os
import threading

import pytest
from helpers import Recorder, wait_until

from tiktoklive_sync import signals
from tiktoklive_sync.errors import WebSocketConnectionError
from tiktoklive_sync.events import CommentEvent, ConnectEvent, DisconnectEvent, LikeEvent, MessageEvent


def client_threads(client):
    return [t for t in threading.enumerate() if t.name.startswith(f"tiktoklive-{client.unique_id}-")]


def test_threads_are_named_and_gone_after_stop(server, make_client):
    client = make_client()
    client.start()
    names = sorted(t.name for t in client_threads(client))
    assert names == [
        "tiktoklive-creator-dispatcher",
        "tiktoklive-creator-heartbeat",
        "tiktoklive-creator-reader",
    ]
    client.stop()
    assert client_threads(client) == []
    assert client.wait(timeout=0) is True
    server.wait_for_disconnects()


def test_no_library_thread_outlives_the_clients(server, make_client):
    client = make_client()
    client.start(fetch_room_info=True, fetch_gift_info=True)
    assert client.is_live()
    client.stop()
    server.slow_http(0.3, times=1)
    client.fetch_gift_list()  # a slow request: its deadline waits in the watchdog meanwhile
    # the HTTP deadline watchdog too: it ends IDLE_LINGER (1 s) after the last request
    wait_until(lambda: not [t for t in threading.enumerate() if t.name.startswith("tiktoklive")])


def test_stop_is_idempotent_and_works_before_start(make_client):
    client = make_client()
    client.stop()
    assert client.wait(timeout=0) is True
    client.start()
    client.stop()
    client.stop()
    assert not client.connected


def test_stop_from_inside_a_handler(server, make_client):
    client = make_client()
    recorder = Recorder().listen(client, DisconnectEvent)

    @client.on(CommentEvent)
    def stop_now(event):
        client.stop()

    client.start()
    server.push_comment("viewer", "stop please")
    assert client.wait(timeout=10) is True
    assert len(recorder.wait_for(DisconnectEvent)) == 1


def test_stop_from_another_thread(server, make_client):
    client = make_client()
    client.start()
    stopper = threading.Thread(target=client.stop)
    stopper.start()
    assert client.wait(timeout=10) is True
    stopper.join(10)
    assert not stopper.is_alive()


def test_a_raising_handler_does_not_stop_others_or_the_stream(server, make_client, caplog):
    client = make_client()
    recorder = Recorder()
    reported = []

    @client.on(CommentEvent)
    def broken(event):
        raise RuntimeError(f"bug on {event.comment}")

    client.on(CommentEvent, recorder)

    def on_error(sender, event, exception, handler):
        reported.append((sender, type(event).__name__, str(exception), handler))

    signals.handler_error.connect(on_error)
    try:
        client.start()
        with caplog.at_level(logging.ERROR, logger="tiktoklive_sync"):
            server.push_comment("viewer", "one")
            server.push_comment("viewer", "two")
            assert [e.comment for e in recorder.wait_for(CommentEvent, 2)] == ["one", "two"]
    finally:
        signals.handler_error.disconnect(on_error)
    assert client.connected
    assert reported[0] == (client, "CommentEvent", "bug on one", broken)
    assert any("bug on two" in record.exc_text for record in caplog.records if record.exc_text)


def test_handler_errors_are_counted_and_the_run_goes_on_by_default(server, make_client, caplog):
    client = make_client()
    seen = []

    @client.on(CommentEvent)
    def broken(event):
        seen.append(event.comment)
        raise RuntimeError(f"bug on {event.comment}")

    client.start()
    for text in ("one", "two", "three"):
        server.push_comment("viewer", text)
    wait_until(lambda: len(seen) == 3)
    wait_until(lambda: client.stats.handler_errors == 3)
    server.end_live()
    assert client.wait(timeout=30) is True  # no error: the handler's were logged instead
    logged = [record.exc_text for record in caplog.records if record.exc_text]
    assert sum("RuntimeError: bug on" in text for text in logged) == 3


@pytest.mark.parametrize("dispatch", ["thread", "inline"])
def test_raise_handler_errors_stops_the_client_and_run_reraises_the_first(
    server, make_client, dispatch, caplog
):
    client = make_client(raise_handler_errors=True, dispatch=dispatch)
    seen = []

    @client.on(CommentEvent)
    def broken(event):
        seen.append(event.comment)
        if event.comment == "two":
            raise KeyError("missing key in the handler")

    @client.on(ConnectEvent)
    def pushed(_event):
        for text in ("one", "two", "three", "four"):
            server.push_comment("viewer", text)

    with pytest.raises(KeyError, match="missing key in the handler") as raised:
        client.run()
    assert raised.traceback[-1].name == "broken"  # the handler's own traceback
    assert seen == ["one", "two"]  # the first error stopped the client: nothing after it ran
    assert client.stats.handler_errors == 1
    assert not client.connected
    assert any("KeyError" in (record.exc_text or "") for record in caplog.records)  # logged as always
    with pytest.raises(KeyError):
        client.wait(timeout=0)  # wait() says it again, until the next start()


def test_raise_handler_errors_must_be_a_bool(make_client):
    with pytest.raises(TypeError, match="raise_handler_errors must be True or False"):
        make_client(raise_handler_errors="yes")


def test_a_slow_handler_does_not_delay_heartbeats_or_acks(server, make_client):
    client = make_client()
    entered, release = threading.Event(), threading.Event()

    @client.on(CommentEvent)
    def slow(event):
        entered.set()
        release.wait(30)

    client.start()
    try:
        server.push_comment("viewer", "block the dispatcher")
        assert entered.wait(10)
        beats_before = len(server.frames_of("hb"))
        acks_before = len(server.frames_of("ack"))
        server.push_comment("viewer", "while blocked")
        # Heartbeats keep coming and the new frame is acked while the handler still blocks.
        server.wait_for_frames("hb", beats_before + 3)
        server.wait_for_frames("ack", acks_before + 1)
        assert not release.is_set()
    finally:
        release.set()


def test_connection_drop_is_raised_by_wait_in_the_callers_thread(server, make_client):
    client = make_client(reconnect=False)
    recorder = Recorder().listen(client, DisconnectEvent)
    client.start()
    server.wait_for_clients()
    server.drop_connections()
    with pytest.raises(WebSocketConnectionError):
        client.wait(timeout=10)
    with pytest.raises(WebSocketConnectionError):  # like Future.result(): every call raises
        client.wait(timeout=0)
    (disconnect,) = recorder.wait_for(DisconnectEvent)
    assert disconnect.reason == "error"
    assert isinstance(disconnect.error, WebSocketConnectionError)


def test_wait_times_out_while_connected(server, make_client):
    client = make_client()
    client.start()
    assert client.wait(timeout=0.05) is False
    assert client.connected


def test_ctrl_c_during_run_stops_cleanly(server, make_client, ctrl_c_works):
    client = make_client()

    @client.on(ConnectEvent)
    def press_ctrl_c(event):
        _thread.interrupt_main()

    with pytest.raises(KeyboardInterrupt):
        client.run()
    assert not client.connected
    assert client_threads(client) == []
    server.wait_for_disconnects()


def test_handlers_can_be_removed(server, make_client):
    client = make_client()
    recorder = Recorder()
    calls = []
    client.on(CommentEvent, calls.append)
    client.on(CommentEvent, recorder)
    assert client.remove_listener(CommentEvent, calls.append) is True  # bound methods compare equal
    assert client.remove_listener(CommentEvent, calls.append) is False
    assert client.has_listener(CommentEvent)
    client.start()
    server.push_comment("viewer", "hi")
    recorder.wait_for(CommentEvent)
    assert calls == []
    with pytest.raises(TypeError):
        client.on(str)
    with pytest.raises(TypeError, match="any_event"):
        client.on(MessageEvent)  # no event is sent as exactly the base class: say so, not silence
    with pytest.raises(TypeError):
        client.on(CommentEvent, "not callable")


def test_events_iterator_yields_until_the_live_ends(server, make_client):
    client = make_client()
    server.push_comment("viewer", "one")
    server.push_like("viewer", 3)
    server.push_comment("viewer", "two")
    seen = []
    for event in client.events(CommentEvent, timeout=30):  # starts the client itself
        seen.append(event.comment)
        if len(seen) == 2:
            server.end_live()
    assert seen == ["one", "two"]
    assert client.wait(timeout=5) is True
    assert client.stats.skipped >= 1  # the like was never decoded: nobody wanted it


def test_events_iterator_times_out_and_reraises_background_errors(server, make_client):
    client = make_client(reconnect=False)
    client.start()
    assert list(client.events(CommentEvent, timeout=0.2)) == []  # nothing came: the loop ends
    assert client.connected
    # Subscribed before the connection breaks: events() called after the end would start a
    # new connection (the first one's error is wait()'s to raise), however fast the drop is seen.
    stream = client.events(timeout=30)
    server.drop_connections()
    with pytest.raises(WebSocketConnectionError):
        for _ in stream:
            pass


def test_breaking_out_of_the_iterator_leaves_no_listener(server, make_client):
    client = make_client()
    client.start()
    stream = client.events(CommentEvent, timeout=30)  # subscribed from here on
    server.push_comment("viewer", "hi")
    for _event in stream:
        break
    assert signals.signal_for(CommentEvent).receivers  # the loop may go on later
    del stream  # dropping the last reference unsubscribes it
    assert not signals.signal_for(CommentEvent).receivers
    assert not signals.signal_for(DisconnectEvent).receivers


def test_event_streams_collect_from_the_moment_they_are_made(server, make_client):
    client = make_client()
    client.start()
    with client.events(CommentEvent) as stream:
        server.push_comment("viewer", "before the loop")  # not iterating yet: still collected
        server.push_comment("viewer", "second")
        assert [next(stream).comment, next(stream).comment] == ["before the loop", "second"]
    assert not signals.signal_for(CommentEvent).receivers  # closed by the with block


def test_a_stream_kept_but_not_read_never_holds_the_client(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, CommentEvent, DisconnectEvent)
    stream = client.events(CommentEvent, max_pending=5)  # kept, never iterated
    server.wait_for_clients()
    for number in range(20):
        server.push_comment("viewer", f"comment {number}")
    assert len(recorder.wait_for(CommentEvent, 20)) == 20  # other handlers get everything
    client.stop()
    assert recorder.wait_for(DisconnectEvent)[0].reason == "stopped"
    assert client_threads(client) == []
    assert stream.dropped == 15
    assert [event.comment for event in stream] == [f"comment {n}" for n in range(5)]  # then it ends


def test_wait_inside_a_handler_raises_instead_of_deadlocking(server, make_client):
    client = make_client()
    raised = []
    handled = threading.Event()

    @client.on(CommentEvent)
    def handler(event):
        try:
            client.wait()
        except RuntimeError as exc:
            raised.append(exc)
        handled.set()

    client.start()
    server.push_comment("viewer", "wait for me")
    assert handled.wait(10)
    client.stop()
    assert raised and "handler" in str(raised[0])


def test_stop_during_start_connects_nothing(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, DisconnectEvent)
    server.slow_http(1.5, after=1)  # the live page answers; the live check hangs
    starter = threading.Thread(target=client.start)
    starter.start()
    server.wait_for_requests("/room/check_alive/")
    client.stop()  # while start() waits for the live check
    starter.join(10)
    assert not starter.is_alive()
    assert recorder.wait_for(DisconnectEvent)[0].reason == "stopped"
    assert server.sign_requests() == [] and server.sessions == []
    assert not client.connected
    client.start()  # and nothing stands in the way of the next start
    assert client.connected


def test_a_blocked_handler_does_not_block_the_next_start(server, make_client, caplog):
    client = make_client()
    release = threading.Event()
    entered = threading.Event()

    @client.on(CommentEvent)
    def blocked(event):
        entered.set()
        release.wait(30)

    client.start()
    server.push_comment("viewer", "block")
    assert entered.wait(10)
    with caplog.at_level(logging.WARNING, logger="tiktoklive_sync"):
        client.stop()  # returns although the handler still runs
    assert any("still running" in record.getMessage() for record in caplog.records)
    client.start()
    assert client.connected
    release.set()
    client.stop()


def test_a_failing_recording_ends_the_recording_not_the_live(server, make_client, recorder, tmp_path):
    fifo = tmp_path / "recording.jsonl"
    os.mkfifo(fifo)
    lines = []

    def read_header_then_hang_up():
        with open(fifo, encoding="utf-8") as reader:
            lines.append(reader.readline())

    reader = threading.Thread(target=read_header_then_hang_up)
    reader.start()
    client = make_client()
    recorder.listen(client, CommentEvent)
    client.start(record_to=fifo)
    reader.join(10)
    assert '"format"' in lines[0]
    for number in range(3):  # the first writes after the reader left fail with a broken pipe
        server.push_comment("viewer", f"comment {number}")
    assert len(recorder.wait_for(CommentEvent, 3)) == 3
    assert client.stats.recording_errors == 1 and client.connected


def test_messages_after_a_live_end_in_the_same_batch_are_counted(server, make_client, recorder):
    client = make_client()
    recorder.listen(client, CommentEvent, DisconnectEvent)
    client.start()
    server.wait_for_clients()
    server.push_messages([server.messages.control(3), server.messages.chat("late", "after the end")])
    assert recorder.wait_for(DisconnectEvent)[0].reason == "live_ended"
    assert recorder.of(CommentEvent) == []
    assert client.stats.after_end_dropped == 1


def test_a_receiver_bound_to_another_client_does_not_make_this_one_decode(server, make_client, recorder):
    other = make_client()
    client = make_client()
    recorder.listen(client, LikeEvent)
    signal = signals.signal_for(CommentEvent)
    signal.connect(ignore, sender=other)
    try:
        client.start()
        server.push_like("viewer")
        recorder.wait_for(LikeEvent)  # dispatched in order: everything before it is done
        skipped_before = client.stats.skipped
        server.push_comment("viewer", "nobody listens here")
        server.push_like("viewer")
        recorder.wait_for(LikeEvent, 2)
        assert client.stats.skipped == skipped_before + 1  # the comment was never decoded
    finally:
        signal.disconnect(ignore)


def ignore(sender, event):
    """A blinker receiver that does nothing."""


def test_a_handler_with_the_wrong_signature_fails_at_registration(make_client):
    client = make_client()
    with pytest.raises(TypeError, match="cannot take one CommentEvent"):
        client.on(CommentEvent, lambda: None)
    with pytest.raises(TypeError, match="cannot take one"):

        @client.on(CommentEvent)
        def two(event, extra):
            pass

    client.on(CommentEvent, lambda event, *more: None)  # these take one event fine
    client.on(CommentEvent, print)
