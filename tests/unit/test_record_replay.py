"""The recording file format, without a network."""

from __future__ import annotations

from tiktoklive_sync.record_replay import RecordingWriter, read_recording


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
