"""The recording file format, without a network."""

from __future__ import annotations

from tiktoklive_sync.record_replay import RecordingWriter, read_events, read_recording, read_sessions


def test_a_crash_mid_write_loses_only_the_last_line(tmp_path):
    path = tmp_path / "crashed.jsonl"
    writer = RecordingWriter(path, unique_id="creator", room_id=1)
    writer.write("frame", b"\x01\x02")
    writer.write("frame", b"\x03")
    writer.close()
    with path.open("a") as file:
        file.write('{"t": 1.0, "kind": "frame", "data": "AAE')  # the process died here
    assert [record.data for record in read_recording(path)] == [b"\x01\x02", b"\x03"]
    again = RecordingWriter(path, unique_id="creator", room_id=1)  # appending works after a crash
    again.write("frame", b"\x04")
    again.close()
    assert [record.data for record in read_recording(path)][-1] == b"\x04"


def test_a_file_of_several_sessions_is_read_session_by_session(tmp_path):
    """``record`` appends a session per run: each has its header, its records and its own
    live end, which must not hide the sessions after it."""
    from tiktoklive_sync.events import CommentEvent
    from tiktoklive_sync.proto import webcast_pb2 as pb
    from tiktoklive_sync.testing.content import MessageFactory

    def wrapped(message):
        return pb.BaseProtoMessage(
            method=message.common.method, payload=message.SerializeToString(), msg_id=message.common.msg_id
        )

    path = tmp_path / "two.jsonl"
    for room_id, text in ((7, "first live"), (8, "second live")):
        factory = MessageFactory(room_id)
        writer = RecordingWriter(path, unique_id="creator", room_id=room_id)
        messages = [wrapped(factory.chat("viewer", text)), wrapped(factory.control(3))]  # 3: the live ended
        writer.write("initial", pb.ProtoMessageFetchResult(messages=messages).SerializeToString())
        writer.close()
    assert [header["room_id"] for header in read_sessions(path)] == ["7", "8"]
    assert [len(list(read_recording(path, session))) for session in (1, 2)] == [1, 1]
    assert len(list(read_recording(path))) == 2
    assert [event.comment for event in read_events(path, CommentEvent)] == ["first live", "second live"]
