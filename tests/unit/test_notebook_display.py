"""What Jupyter shows of events, users, gifts, stats and a monitor's creators (HTML, every
text escaped, images by URL), the short repr() of every event, and events as a DataFrame;
the library without IPython or pandas. No sockets."""

from __future__ import annotations

import html
import re
import textwrap
import zlib

import pandas as pd
import pytest
from helpers import run_python

from tiktoklive_sync import TikTokLiveClient, notebook, record_replay
from tiktoklive_sync.events import (
    EVENT_TYPES,
    CommentEvent,
    ConnectEvent,
    ControlEvent,
    DisconnectEvent,
    GiftEvent,
    GiftStreakEvent,
    JoinEvent,
    LikeEvent,
    RoomUserSeqEvent,
    User,
)
from tiktoklive_sync.monitor import CreatorStatus
from tiktoklive_sync.monitor.monitor import MonitorStatus
from tiktoklive_sync.monitor.states import CreatorState
from tiktoklive_sync.stats import ClientStats
from tiktoklive_sync.testing import make_user
from tiktoklive_sync.testing.content import MessageFactory

FACTORY = MessageFactory(room_id=7)
HOSTILE = "<script>alert(\"x\")</script> & 'more'"


def hostile_user(handle: str = "viewer_1"):
    user = make_user(handle, moderator=True, subscriber=True)
    user.nickname = '<b onmouseover="x">Bob</b>'
    return user


def test_a_comment_shows_the_avatar_the_name_and_the_text_escaped():
    user = hostile_user()
    page = CommentEvent(FACTORY.chat(user, HOSTILE))._repr_html_()
    assert f'<img src="{html.escape(user.avatar_thumb.url_list[0])}"' in page
    assert html.escape(HOSTILE) in page and "<script>" not in page
    assert "&lt;b onmouseover=&quot;x&quot;&gt;Bob&lt;/b&gt;" in page and "<b onmouseover" not in page
    assert "@viewer_1" in page and "CommentEvent" in page


def test_only_web_urls_become_images_and_quotes_in_them_are_escaped():
    user = make_user("viewer_1")
    user.avatar_thumb.url_list[0] = "javascript:alert(1)"
    page = CommentEvent(FACTORY.chat(user, "hi"))._repr_html_()
    assert "<img" not in page and "javascript:" not in page
    user.avatar_thumb.url_list[0] = 'https://cdn.example/a.webp" onerror="alert(1)'
    page = CommentEvent(FACTORY.chat(user, "hi"))._repr_html_()
    assert 'src="https://cdn.example/a.webp&quot; onerror=&quot;alert(1)"' in page


def test_a_gift_shows_its_image_count_and_diamonds():
    rose = GiftEvent(FACTORY.gift("viewer_2", 5655, repeat_count=5))
    page = rose._repr_html_()
    assert f'<img src="{html.escape(rose.gift.image_url or "")}"' in page
    assert "5 × Rose" in page and "(5 diamonds)" in page and "streaking" not in page
    galaxy = GiftEvent(FACTORY.gift("viewer_2", 11046))._repr_html_()
    assert "1 × Galaxy" in galaxy and "(1,000 diamonds)" in galaxy
    tap = GiftEvent(FACTORY.gift("viewer_3", 5655, repeat_count=2, repeat_end=0))._repr_html_()
    assert "2 × Rose" in tap and "streaking" in tap
    card = rose.gift._repr_html_()
    assert "<b>Rose</b>" in card and "1 diamond ·" in card and "streakable" in card and "<img" in card
    streak = GiftStreakEvent(rose, 7, "end")._repr_html_()
    assert "7 × Rose" in streak and "(7 diamonds, streak finished by end)" in streak


def test_likes_viewers_joins_and_the_clients_own_events():
    like = LikeEvent(FACTORY.like("viewer_3", 15, 300))
    like.previous_total = 250
    assert "liked ×50" in like._repr_html_() and "room total 300" in like._repr_html_()
    assert "<b>1,234</b> viewers" in RoomUserSeqEvent(FACTORY.viewers(1234, 2000))._repr_html_()
    assert "joined" in JoinEvent(FACTORY.join("viewer_4", 3))._repr_html_()
    assert "room 42" in ConnectEvent("creator", 42)._repr_html_()
    ended = DisconnectEvent("error", RuntimeError("<bad>"))._repr_html_()
    assert "error: &lt;bad&gt;" in ended and "<bad>" not in ended


def test_a_user_card_has_the_avatar_the_roles_and_the_badges():
    user = User(hostile_user())
    page = user._repr_html_()
    assert "moderator" in page and "subscriber" in page and f"gifter level {user.gifter_level}" in page
    assert all(html.escape(badge.image_url or "") in page for badge in user.badges)
    badge = user.badges[0]._repr_html_()
    assert "<img" in badge and html.escape(user.badges[0].text) in badge


def test_repr_is_short_and_says_what_happened():
    assert repr(CommentEvent(FACTORY.chat("viewer_1", "hello"))) == "CommentEvent(@viewer_1: 'hello')"
    long = repr(CommentEvent(FACTORY.chat("viewer_1", "word " * 100)))
    assert long.startswith("CommentEvent(@viewer_1: 'word word") and long.endswith("…')") and len(long) < 100
    rose = repr(GiftEvent(FACTORY.gift("viewer_2", 5655, repeat_count=5)))
    assert rose == "GiftEvent(@viewer_2: 5 x 'Rose')"
    tap = repr(GiftEvent(FACTORY.gift("viewer_3", 5655, repeat_count=2, repeat_end=0)))
    assert tap == "GiftEvent(@viewer_3: 2 x 'Rose', streaking)"
    assert repr(LikeEvent(FACTORY.like("viewer_3", 15, 300))) == "LikeEvent(@viewer_3: 15 likes, total 300)"
    assert repr(RoomUserSeqEvent(FACTORY.viewers(120, 130))) == "RoomUserSeqEvent(120 viewers)"
    assert repr(JoinEvent(FACTORY.join("viewer_4", 3))) == "JoinEvent(@viewer_4)"
    control = FACTORY.control(3)
    assert repr(ControlEvent(control)) == f"ControlEvent(msg_id={control.common.msg_id})"


@pytest.mark.parametrize("method", sorted(EVENT_TYPES))
def test_every_event_types_repr_fits_on_a_line(method):
    message = FACTORY.sample(method, seed=zlib.crc32(method.encode()) % 1000)
    event = EVENT_TYPES[method](message)
    text = repr(event)
    assert text.startswith(f"{type(event).__name__}(") and len(text) <= 120 and "\n" not in text
    assert type(event).__name__ in event._repr_html_()


def test_stats_are_a_table_of_every_counter():
    page = ClientStats(frames=3, duplicates=2)._repr_html_()
    assert all(f">{name}<" in page for name in ClientStats.__dataclass_fields__)
    assert "<b>3</b>" in page and "<b>2</b>" in page


def test_the_monitors_status_is_a_table_of_creators_and_states():
    statuses = MonitorStatus(
        [
            CreatorStatus("alice", CreatorState.CONNECTED, 42, 1500, 2.5, 1, None, None),
            CreatorStatus("bob", CreatorState.OFFLINE, None, 0, 0.0, 0, 12.3, "<boom>"),
        ]
    )
    assert statuses == list(statuses) and isinstance(statuses, list)
    page = statuses._repr_html_()
    body = page.split("<tbody>")[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body)
    assert len(rows) == 2
    assert "@alice" in rows[0] and "connected" in rows[0] and ">42<" in rows[0] and ">1,500<" in rows[0]
    assert "@bob" in rows[1] and "offline" in rows[1] and "in 12 s" in rows[1] and "&lt;boom&gt;" in rows[1]
    assert "2 creators: 1 connected, 1 offline" in page
    assert "@alice" in statuses[0]._repr_html_()


def test_events_become_a_frame_one_row_each_with_typed_columns():
    comment = CommentEvent(FACTORY.chat("viewer_1", "hello"))
    rose = GiftEvent(FACTORY.gift("viewer_2", 5655, repeat_count=5))
    tap = GiftEvent(FACTORY.gift("viewer_3", 5655, repeat_count=2, repeat_end=0))
    like = LikeEvent(FACTORY.like("viewer_3", 15, 300))
    viewers = RoomUserSeqEvent(FACTORY.viewers(120, 130))
    events = [comment, rose, tap, like, viewers, GiftStreakEvent(rose, 5, "end"), ConnectEvent("creator", 7)]
    frame = notebook.to_dataframe(events)
    assert list(frame.columns) == list(notebook.FRAME_COLUMNS)
    assert list(frame["type"]) == [type(event).__name__ for event in events]
    created = pd.Timestamp(comment.common.create_time, unit="ms", tz="UTC")
    assert frame["time"][0] == created and pd.isna(frame["time"][6])
    assert frame.loc[0, ["user", "nickname", "user_id", "comment", "msg_id"]].tolist() == [
        "viewer_1",
        "Viewer 1",
        str(comment.user.id),
        "hello",
        str(comment.common.msg_id),
    ]
    assert frame.loc[1, ["gift", "gift_id", "repeat_count", "streaking", "diamonds"]].tolist() == [
        "Rose",
        5655,
        5,
        False,
        5,
    ]
    assert bool(frame["streaking"][2]) and frame["repeat_count"][2] == 2
    assert frame.loc[3, ["likes", "like_total"]].tolist() == [15, 300]
    assert frame["viewers"][4] == 120 and frame["repeat_count"][5] == 5 and frame["user"][5] == "viewer_2"
    assert frame.loc[6, "user":"viewers"].isna().all()
    assert str(frame["gift_id"].dtype) == "Int64" and str(frame["streaking"].dtype) == "boolean"


def test_no_events_make_an_empty_frame_with_every_column():
    frame = notebook.to_dataframe([])
    assert frame.empty and list(frame.columns) == list(notebook.FRAME_COLUMNS)


def test_outside_a_notebook_the_live_view_says_where_it_works():
    with pytest.raises(RuntimeError, match="Jupyter notebook"):
        notebook.notebook_display()
    client = TikTokLiveClient("@creator", app_url="http://127.0.0.1:9", webcast_url="http://127.0.0.1:9")
    with pytest.raises(RuntimeError, match=r"client\.events\(\)"):
        client.show()
    assert client.room_id is None and not client.connected  # refused before connecting


def test_a_file_that_is_not_a_recording_is_refused_when_read(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    with pytest.raises(ValueError, match="not a recording"):
        record_replay.read_events(path)


def test_the_library_works_without_ipython_or_pandas():
    script = textwrap.dedent(
        """
        import sys
        sys.modules["pandas"] = None  # an import of either now fails, as when not installed
        sys.modules["IPython"] = None
        from tiktoklive_sync import notebook
        from tiktoklive_sync.events import CommentEvent
        from tiktoklive_sync.testing.content import MessageFactory
        event = CommentEvent(MessageFactory(1).chat("viewer_1", "hi"))
        assert repr(event) == "CommentEvent(@viewer_1: 'hi')" and "hi" in event._repr_html_()
        for call in (lambda: notebook.to_dataframe([event]), notebook.notebook_display):
            try:
                call()
            except ImportError as exc:
                print(exc)
        """
    )
    done = run_python("-c", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "DataFrames of events need pandas: pip install 'tiktoklive_sync[notebook]'",
        "live views draw in Jupyter and need IPython: pip install 'tiktoklive_sync[notebook]'",
    ]
