"""Every message type TikTok sends, decoded into its event: over the wire through
FakeLiveServer, against independently encoded bytes, and the helpers users rely on."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path
from typing import Any

import pytest
from wire import double, field, float32, message

from tiktoklive_sync import events
from tiktoklive_sync.events import (
    BADGE_FANS,
    EVENT_TYPES,
    AnchorToolModificationEvent,
    CaptionEvent,
    EnvelopeEvent,
    EnvelopePortalEvent,
    FansEventEvent,
    GiftCollectionUpdateEvent,
    GiftUnlockEvent,
    GoodyBagEvent,
    HashtagEvent,
    ImDeleteEvent,
    LinkMicArmiesEvent,
    LinkMicBattleEvent,
    LinkMicBattleVictoryLapEvent,
    LinkMicFanTicketMethodEvent,
    MessageEvent,
    PollEvent,
    QuestionNewEvent,
    QuestionSelectedEvent,
    QuestionSlideDownEvent,
    QuestionSwitchEvent,
    RankToastEvent,
    RoomPinEvent,
    SubNotifyEvent,
    SubscriptionGuideEvent,
    SubTimerStickerEvent,
    SubWaveEvent,
    SuperFanBoxEvent,
    SuperFanEvent,
    SuperFanJoinEvent,
    ToastEvent,
    User,
    WeeklyRankRewardEvent,
    events_from_message,
)
from tiktoklive_sync.proto import webcast_pb2 as pb
from tiktoklive_sync.proto.aliases import ALIASES
from tiktoklive_sync.streaks import GiftStreakTracker
from tiktoklive_sync.testing import make_user
from tiktoklive_sync.testing.content import MessageFactory

ALL_METHODS = sorted(EVENT_TYPES)


def test_every_tiktoklive_type_and_sixty_more_are_typed():
    assert len(EVENT_TYPES) >= 122
    tiktoklive_floor = {
        "AccessControl", "AccessRecall", "Barrage", "BoostCard", "Bottom", "Capsule", "Caption", "Chat",
        "Control", "EmoteChat", "Envelope", "GameRankNotify", "GiftBroadcast", "GiftDynamicRestriction",
        "Gift", "GiftPanelUpdate", "GiftPrompt", "GoalUpdate", "Guide", "HourlyRankReward", "ImDelete",
        "InRoomBanner", "Member", "Like", "Link", "LinkLayer", "LinkMicLayoutState", "LinkState",
        "LinkmicBattleTask", "LiveGameIntro", "LiveIntro", "MarqueeAnnouncement", "MsgDetect", "Notice",
        "OecLiveShopping", "PartnershipDropsUpdate", "PartnershipGameOffline", "PartnershipPunish",
        "Perception", "Poll", "QuestionNew", "RankText", "RankUpdate", "Room", "RoomNotify", "RoomPin",
        "RoomUserSeq", "RoomVerify", "Social", "Speaker", "SubNotify", "SubPinEvent", "System", "Toast",
        "UnauthorizedMember", "ViewerPicksUpdate",
    }  # fmt: skip
    methods = {f"Webcast{name}Message" for name in tiktoklive_floor}
    link_mic = ("Armies", "Battle", "BattleItemCard", "BattlePunishFinish", "FanTicketMethod", "Method")
    methods |= {f"WebcastLinkMic{name}" for name in link_mic}
    assert methods <= set(EVENT_TYPES)
    beyond = {
        "ActivityQuizCard", "AnchorToolModification", "Asset", "AudienceReserveUserState",
        "ActivityQuizUserIdentity", "AuthorizationNotify", "BALeadGen", "CohostReserve", "GameOCRPing",
        "LinkMicAd", "OChannelAnchor", "OChannelModify", "OChannelUser", "PaidContentLiveShopping",
        "PartnershipDownloadCount", "VideoLiveGoodsRcmd",
        "CohostTopic", "Comments", "CommentTray", "CommonToast", "Donation", "DonationInfo", "EcBarrage",
        "EnvelopePortal", "FansEvent", "FollowCard", "GiftCollectionUpdate", "GiftGuide", "GiftNotice",
        "GiftUnlock", "GiftUpdate", "GoodyBag", "Greeting", "Hashtag", "HourlyRank", "KaraokeQueue",
        "KaraokeReq", "KaraokeSwitch", "LinkMicAnchorGuide", "LinkmicAudienceNotice", "LinkmicBattleNotice",
        "LinkScreenChange", "LiveShow", "PartnershipCardChange", "PartnershipTaskShow", "Portal",
        "QuestionSelected", "QuestionSlideDown", "QuestionSwitch", "QuickChatList", "RankToast",
        "StarCommentNotification", "StarCommentPush", "SubscriptionGuide", "SubTimerSticker", "SubWave",
        "UserStats", "WeeklyRankReward",
    }  # fmt: skip
    beyond_methods = {f"Webcast{name}Message" for name in beyond}
    beyond_methods |= {"WebcastLinkMicBattleVictoryLap", "WebcastRealtimeLiveCenterMethod"}
    assert beyond_methods <= set(EVENT_TYPES)
    assert not beyond_methods & methods


@pytest.mark.parametrize("method", ALL_METHODS)
def test_schema_round_trips_every_type(method):
    sample = MessageFactory(7300000000000000001).sample(method, seed=zlib.crc32(method.encode()) % 1000)
    data = sample.SerializeToString()
    event = events_from_message(method, data)[0]
    assert type(event) is EVENT_TYPES[method]
    assert event.proto == sample
    assert event.raw == data
    json.dumps(event.to_dict())  # JSON-safe


# -- independently encoded bytes (field numbers from TikTok's schema) ------------------------

USER = message(field(1, 6800000000000000001), field(3, "Nick"), field(38, "nick_handle"))


def common(method: str, msg_id: int = 11) -> bytes:
    return field(1, message(field(1, method), field(2, msg_id), field(3, 73), field(4, 1764070000000)))


def test_envelope_and_super_fan_box():
    info = message(
        field(1, "env-1"), field(2, 19), field(4, "Sender"), field(5, 500), field(6, 20), field(8, "99")
    )
    (envelope, box) = events_from_message(
        "WebcastEnvelopeMessage", message(common("WebcastEnvelopeMessage"), field(2, info), field(3, 1))
    )
    assert type(envelope) is EnvelopeEvent and type(box) is SuperFanBoxEvent
    assert (box.envelope_info.diamond_count, box.envelope_info.people_count) == (500, 20)
    assert envelope.envelope_info.send_user_name == "Sender"


@pytest.mark.parametrize(("msg_type", "derived"), [(10, SuperFanEvent), (11, SuperFanJoinEvent), (3, None)])
def test_barrage_and_super_fans(msg_type, derived):
    content = message(field(1, "pm_barrage"), field(2, "{0:user} reached level 5"))
    payload = message(common("WebcastBarrageMessage"), field(3, msg_type), field(5, content), field(50, USER),
                      field(101, message(field(1, 5), field(4, USER))))  # fmt: skip
    events = events_from_message("WebcastBarrageMessage", payload)
    assert [type(e) for e in events[1:]] == ([derived] if derived else [])
    assert events[0].msg_type == msg_type
    assert events[0].content.default_pattern == "{0:user} reached level 5"
    assert events[0].user.unique_id == "nick_handle"
    assert events[0].fans_level_param.current_grade == 5


def test_battle_with_map_fields():
    result = message(field(1, 42), field(2, 1), field(3, 1200))
    entry = message(field(1, 42), field(2, result))  # map<int64, BattleResult> entry
    anchor = message(
        field(1, 42),
        field(2, message(field(1, message(field(1, 42), field(2, "Host"), field(4, "host_handle"))))),
    )
    settings = message(field(1, 555), field(3, 300), field(5, 1))
    payload = message(
        common("WebcastLinkMicBattle"),
        field(2, 555),
        field(3, settings),
        field(4, 1),
        field(5, entry),
        field(10, anchor),
    )
    (event,) = events_from_message("WebcastLinkMicBattle", payload)
    assert isinstance(event, LinkMicBattleEvent)
    assert event.battle_id == 555 and event.battle_settings.duration == 300
    assert event.battle_result[42].score == 1200
    assert event.anchors_info[0].value.user.display_id == "host_handle"


def test_armies_scores():
    army = message(field(1, 7), field(2, 300), field(3, "Top Fan"))
    armies = message(field(1, army), field(2, 900))
    entry = message(field(1, 42), field(2, armies))  # map<int64, BattleUserArmies>
    payload = message(
        common("WebcastLinkMicArmies"),
        field(2, 555),
        field(3, entry),
        field(9, 5655),
        field(10, 3),
        field(12, 3),
    )
    (event,) = events_from_message("WebcastLinkMicArmies", payload)
    assert isinstance(event, LinkMicArmiesEvent)
    assert event.armies[42].host_score == 900
    assert event.armies[42].user_armies[0].nickname == "Top Fan"
    assert (event.gift_id, event.gift_count, event.total_diamond_count) == (5655, 3, 3)


def test_poll_caption_question_subscription_delete_toast_fan_tickets():
    option = message(
        field(1, 12),
        field(2, "Blue"),
        field(3, 0),
        field(4, message(field(1, 5), field(2, "voter"), field(4, 2))),
    )
    start = message(
        field(1, 1000), field(2, 2000), field(3, option), field(4, "Favourite colour?"), field(5, USER)
    )
    (poll,) = events_from_message(
        "WebcastPollMessage", message(common("WebcastPollMessage"), field(2, 1), field(3, 9), field(4, start))
    )
    assert isinstance(poll, PollEvent)
    assert poll.start_content.title == "Favourite colour?"
    assert poll.start_content.option_list[0].vote_user_list[0].vote_count == 2

    caption = message(
        common("WebcastCaptionMessage"),
        field(2, 5000),
        field(4, message(field(1, "en"), field(2, "hello world"))),
        field(7, True),
    )
    (event,) = events_from_message("WebcastCaptionMessage", caption)
    assert isinstance(event, CaptionEvent) and event.content[0].content == "hello world" and event.definite

    question = message(
        common("WebcastQuestionNewMessage"),
        field(2, message(field(1, 77), field(2, "Where are you?"), field(5, USER))),
    )
    (event,) = events_from_message("WebcastQuestionNewMessage", question)
    assert isinstance(event, QuestionNewEvent)
    assert (event.details.content, event.details.user.display_id) == ("Where are you?", "nick_handle")

    sub = message(common("WebcastSubNotifyMessage"), field(2, USER), field(4, 3), field(9, True))
    (event,) = events_from_message("WebcastSubNotifyMessage", sub)
    assert (
        isinstance(event, SubNotifyEvent) and event.sub_month == 3 and event.user.unique_id == "nick_handle"
    )

    delete = message(common("WebcastImDeleteMessage"), field(2, 101), field(2, 102), field(3, 555))
    (event,) = events_from_message("WebcastImDeleteMessage", delete)
    assert isinstance(event, ImDeleteEvent) and list(event.delete_msg_ids) == [101, 102]

    (event,) = events_from_message(
        "WebcastToastMessage", message(common("WebcastToastMessage"), field(2, 3000), field(4, "gift"))
    )
    assert isinstance(event, ToastEvent) and event.display_duration_millisecond == 3000

    ticket = message(field(1, 42), field(2, 1500), field(3, 2000), field(4, 1))
    notice = message(field(1, ticket), field(2, 1500), field(3, 9))
    (event,) = events_from_message(
        "WebcastLinkMicFanTicketMethod", message(common("WebcastLinkMicFanTicketMethod"), field(2, notice))
    )
    assert isinstance(event, LinkMicFanTicketMethodEvent)
    assert event.fan_ticket_room_notice.user_fan_ticket_list[0].match_rank == 1


def test_room_pin_carries_the_pinned_chat():
    chat = message(common("WebcastChatMessage"), field(2, USER), field(3, "pinned text"))
    payload = message(
        common("WebcastRoomPinMessage"), field(2, chat), field(30, "WebcastChatMessage"), field(32, USER)
    )
    (event,) = events_from_message("WebcastRoomPinMessage", payload)
    assert isinstance(event, RoomPinEvent)
    assert event.chat_message.content == "pinned text" and event.method == "WebcastChatMessage"
    assert isinstance(event.operator, User) and event.operator.unique_id == "nick_handle"


# -- types beyond TikTokLive's list (field numbers from TikTok's Android client) -------------

IMAGE = message(field(1, "https://p16-webcast.tiktokcdn.com/img/a.webp"), field(2, "img/a"))


def decode_one(method: str, *fields: bytes):
    """The one event a message of ``method`` with a common header and ``fields`` decodes to."""
    (event,) = events_from_message(method, message(common(method), *fields))
    assert type(event) is EVENT_TYPES[method]
    return event


def test_goody_bag_with_winners():
    detail = message(field(1, 3), field(2, 120), field(4, "send a Rose"), field(6, 5))
    base = message(field(1, "bag-9"), field(2, 1), field(3, "7300000000000000001"), field(4, detail))
    user = message(field(1, "6800"), field(2, "Lucky"), field(3, "lucky_one"), field(4, IMAGE))
    winner = message(field(1, user), field(2, 250))
    event = decode_one("WebcastGoodyBagMessage", field(2, base), field(3, winner), field(4, 2))
    assert isinstance(event, GoodyBagEvent) and event.type == 2
    assert event.base_info.goody_bag_id == "bag-9"
    assert event.base_info.common_detail.joined_headcount == 120
    assert event.base_info.common_detail.count_down_minutes == 5
    assert event.winners[0].user_info.display_id == "lucky_one" and event.winners[0].coins == 250
    assert event.winners[0].user_info.avatar.url_list[0].endswith("a.webp")


def test_sub_wave_timer_sticker_and_guide():
    badge = message(field(3, 4))
    subscriber = message(field(1, 6800), field(2, IMAGE), field(3, "new_sub"), field(5, badge))
    info = message(field(2, 7), field(3, 130), field(6, 1), field(7, subscriber), field(8, 10))
    reward = message(field(1, message(field(1, "e1"))))
    wave = message(field(1, 2), field(2, subscriber), field(3, info), field(4, reward))
    event = decode_one("WebcastSubWaveMessage", field(2, wave))
    assert isinstance(event, SubWaveEvent)
    assert (event.sub_wave.info.wave_sub_count, event.sub_wave.info.wave_target_sub_count) == (7, 10)
    assert event.sub_wave.new_subscriber.display_id == "new_sub"
    assert event.sub_wave.info.thanks_list[0].badges[0].scene_type == 4
    assert event.sub_wave.wave_reward.emote.emote_id == "e1"

    sticker = message(field(1, 1), field(2, 99), field(5, "Sub timer"), field(10, 3600), field(11, 1800))
    event = decode_one("WebcastSubTimerStickerMessage", field(2, sticker))
    assert isinstance(event, SubTimerStickerEvent)
    sticker = event.sticker
    assert (sticker.timer_id, sticker.total_time, sticker.remaining_time) == (99, 3600, 1800)

    description = message(field(2, "Subscribe!"))
    event = decode_one(
        "WebcastSubscriptionGuideMessage", field(2, description), field(4, "https://x.test"), field(6, 42)
    )
    assert isinstance(event, SubscriptionGuideEvent)
    assert (event.description.default_pattern, event.from_user_id) == ("Subscribe!", 42)


def test_weekly_rank_reward_has_its_header_in_field_three():
    header = message(field(1, "WebcastWeeklyRankRewardMessage"), field(2, 77))
    border = message(field(1, IMAGE), field(2, 3))
    payload = message(field(1, 6800), field(2, border), field(3, header))
    (event,) = events_from_message("WebcastWeeklyRankRewardMessage", payload)
    assert isinstance(event, WeeklyRankRewardEvent)
    assert (event.user_id, event.border_info.level, event.common.msg_id) == (6800, 3, 77)


def test_questions_hashtag_tools_and_portals():
    question = message(field(1, 77), field(2, "Favourite song?"), field(5, USER))
    event = decode_one("WebcastQuestionSelectedMessage", field(2, question))
    assert isinstance(event, QuestionSelectedEvent)
    assert (event.question.content, event.question.user.display_id) == ("Favourite song?", "nick_handle")
    event = decode_one("WebcastQuestionSwitchMessage", field(2, True))
    assert isinstance(event, QuestionSwitchEvent) and event.on
    event = decode_one("WebcastQuestionSlideDownMessage", field(2, 77))
    assert isinstance(event, QuestionSlideDownEvent) and event.question_id == 77

    hashtag = message(field(1, 5), field(2, "gaming"), field(3, IMAGE), field(4, 1))
    event = decode_one("WebcastHashtagMessage", field(2, hashtag))
    assert isinstance(event, HashtagEvent) and (event.hashtag.id, event.hashtag.title) == (5, "gaming")

    tool = message(field(1, 73), field(3, 555), field(4, "Beauty"), field(6, 2), field(21, "effects"),
                   field(23, 3), double(24, 0.75), field(28, "on"))  # fmt: skip
    event = decode_one("WebcastAnchorToolModificationMessage", field(2, tool))
    assert isinstance(event, AnchorToolModificationEvent)
    modification = event.modification
    assert (modification.name, modification.value, modification.tab) == ("Beauty", 0.75, "effects")
    assert modification.origin == 3

    info = message(field(1, "env-7"), field(5, 1000), field(7, "rich_sender"), field(10, 3))
    target = message(field(1, "7300000000000000009"), field(3, "other_host"), field(6, 1000))
    event = decode_one("WebcastEnvelopePortalMessage", field(2, info), field(3, target), field(4, 1))
    assert isinstance(event, EnvelopePortalEvent)
    assert (event.portal_info.envelope_diamonds, event.portal_info.sender_display_id) == (1000, "rich_sender")
    assert event.trans_target.anchor_display_id == "other_host"


def test_gift_unlock_collection_fans_and_battle_extras():
    rose = message(field(5, 5655), field(12, 1), field(16, "Rose"))
    event = decode_one("WebcastGiftUnlockMessage", field(2, rose), field(3, message(field(2, "Unlocked!"))))
    assert isinstance(event, GiftUnlockEvent)
    assert [(gift.name, gift.id) for gift in event.unlocked] == [("Rose", 5655)]

    collection = message(field(1, 2), field(3, rose), field(5, True))
    event = decode_one("WebcastGiftCollectionUpdateMessage", field(2, collection))
    assert isinstance(event, GiftCollectionUpdateEvent)
    assert (event.gift_collection.round, event.gift_collection.gift.name) == (2, "Rose")

    event = decode_one("WebcastFansEventMessage", field(2, USER), field(11, 3))
    assert isinstance(event, FansEventEvent)
    assert (event.user.unique_id, event.event_type) == ("nick_handle", 3)

    event = decode_one("WebcastLinkMicBattleVictoryLap", field(2, 1), field(10, "US"), field(11, 555))
    assert isinstance(event, LinkMicBattleVictoryLapEvent)
    assert (event.battle_id, event.anchor_region) == (555, "US")

    event = decode_one("WebcastRankToastMessage", field(2, message(field(1, 6800), field(2, True))))
    assert isinstance(event, RankToastEvent) and event.toast.should_toast and event.toast.user_id == 6800


def test_gift_guide_comment_tray_karaoke_cohost_and_greeting():
    event = decode_one("WebcastGiftGuideMessage", field(2, message(field(2, "Send a Rose!"))), field(3, 5655),
                       field(4, True), field(6, 8))  # fmt: skip
    assert (event.content.default_pattern, event.gift_id, event.has_sent, event.display_seconds) == (
        "Send a Rose!", 5655, True, 8,
    )  # fmt: skip
    event = decode_one("WebcastCommentTrayMessage", field(2, "hot topic"), field(4, 12), field(6, 3))
    assert (event.content, event.count, event.tray_id) == ("hot topic", 12, 3)
    assert decode_one("WebcastKaraokeQueueMessage", field(2, 2), field(3, message(field(1, 9)))).type == 2
    assert decode_one("WebcastCohostTopicMessage", field(2, 1), field(3, message(field(1, 4)))).action == 1
    assert decode_one("WebcastGreetingMessage").common.method == "WebcastGreetingMessage"


def test_donations_comments_assets_and_guides():
    event = decode_one(
        "WebcastDonationMessage", field(2, 1500), field(3, "USD"), field(4, USER), field(5, USER)
    )
    assert (event.total, event.currency, event.sponsors[0].display_id, len(event.users)) == (
        1500, "USD", "nick_handle", 1,
    )  # fmt: skip
    event = decode_one("WebcastDonationInfoMessage", field(2, "12.50"), field(3, "EUR"), field(4, 7))
    assert (event.total_money, event.currency, event.total_user) == ("12.50", "EUR", 7)

    event = decode_one("WebcastCommentsMessage", field(2, USER), field(3, "pinned hi"), field(6, 2))
    assert (event.user.unique_id, event.content, event.action_type) == ("nick_handle", "pinned hi", 2)

    event = decode_one("WebcastAssetMessage", field(2, 99), field(4, True), field(6, USER), field(9, "log-1"))
    assert (event.asset_id, event.show_message, event.from_user.unique_id, event.log_id) == (
        99, True, "nick_handle", "log-1",
    )  # fmt: skip

    event = decode_one("WebcastEcBarrageMessage", field(3, message(field(2, "Flash sale"))), field(4, 5),
                       double(6, 0.5))  # fmt: skip
    assert (event.content.default_pattern, event.duration, event.background_opacity) == ("Flash sale", 5, 0.5)

    event = decode_one("WebcastActivityQuizCardMessage", field(3, "quiz-1"), float32(10, 1.5), field(12, 99))
    assert (event.primary_id, event.sei_delay_multiple, event.expired_time) == ("quiz-1", 1.5, 99)

    event = decode_one("WebcastLinkMicAnchorGuideMessage", field(2, "Co-host with her?"), field(6, USER),
                       field(21, True), field(22, 4))  # fmt: skip
    assert (event.guide_content, event.user.unique_id) == ("Co-host with her?", "nick_handle")
    assert (event.is_follow_rival, event.available_friend_number) == (True, 4)

    event = decode_one("WebcastStarCommentNotificationMessage", field(2, 1), field(3, 555), field(4, USER))
    assert (event.star_comment_action, event.msg_id, event.operator.unique_id) == (1, 555, "nick_handle")


def test_karaoke_portal_partnership_and_small_notices():
    assert decode_one("WebcastKaraokeReqMessage", field(3, 12), field(4, 1700)).total_req_count == 12
    assert decode_one("WebcastKaraokeSwitchMessage", field(2, 1), field(3, 2)).status == 2
    event = decode_one("WebcastPortalMessage", field(2, 1), field(3, 44), field(4, 73), field(9, 5000))
    assert (event.payload_type, event.portal_id, event.room_id, event.next_ping_time) == (1, 44, 73, 5000)
    event = decode_one("WebcastPartnershipTaskShowMessage", field(2, 1), field(3, "task-3"), field(4, True))
    assert (event.task_id, event.has_show_task) == ("task-3", True)
    event = decode_one("WebcastPartnershipCardChangeMessage", field(2, 2), field(3, 8), field(4, "task-4"))
    assert (event.change_mode, event.sequence_id, event.task_id) == (2, 8, "task-4")
    event = decode_one("WebcastQuickChatListMessage", field(2, 30), field(4, 2), field(5, "welcome"))
    assert (event.duration, event.scene) == (30, "welcome")
    event = decode_one("WebcastFollowCardMessage", field(2, 8), field(3, 60))
    assert (event.follow_card_id, event.max_random) == (8, 60)
    assert decode_one("WebcastCohostReserveMessage", field(2, 1), field(3, 321)).reservation_id == 321
    assert decode_one("WebcastAudienceReserveUserStateMessage", field(2, 73), field(3, 2)).type == 2
    assert decode_one("WebcastGiftUpdateMessage", field(2, 3)).update_type == 3
    assert decode_one("WebcastLiveShowMessage", field(2, 4)).message_type == 4
    assert decode_one("WebcastLinkmicAudienceNoticeMessage", field(2, 5)).notice_type == 5
    assert decode_one("WebcastStarCommentPushMessage", field(2, 6)).queue_version == 6
    assert decode_one("WebcastGiftNoticeMessage", field(2, message(field(1, 1)))).common.msg_id == 11
    event = decode_one(
        "WebcastAuthorizationNotifyMessage", field(2, "shop"), field(3, "Allow?"), field(4, "card")
    )
    assert (event.origin, event.content, event.style) == ("shop", "Allow?", "card")
    assert (
        decode_one("WebcastLinkMicAdMessage", field(2, 2), field(3, message(field(1, 1)))).message_type == 2
    )
    assert decode_one("WebcastRealtimeLiveCenterMethod", field(2, "73"), field(3, message())).room_id == "73"
    event = decode_one("WebcastBALeadGenMessage", field(2, 1), field(3, 77), field(5, "Sign up"))
    assert (event.op, event.page_id, event.cta_text) == (1, 77, "Sign up")
    event = decode_one("WebcastPartnershipDownloadCountMessage", field(2, 1200), field(3, "game-9"))
    assert (event.downloaded_count, event.game_id) == (1200, "game-9")
    assert decode_one("WebcastOChannelUserMessage", field(2, 1700), field(3, 30)).max_enter_time == 30
    assert decode_one("WebcastVideoLiveGoodsRcmdMessage", field(2, 123456)).rcmd_goods_id == 123456
    event = decode_one("WebcastGameOCRPingMessage", field(3, True), field(4, "minecraft"), double(6, 0.93))
    assert (event.is_game, event.game_fusion_label, event.confidence) == (True, "minecraft", 0.93)
    event = decode_one("WebcastOChannelAnchorMessage", field(2, 100), field(3, 200), field(5, True))
    assert (event.start_time_stamp, event.end_time_stamp, event.exist_linkmic) == (100, 200, True)
    assert decode_one("WebcastOChannelModifyMessage", field(2, 300), field(3, 42)).channel_uid == 42
    assert decode_one("WebcastActivityQuizUserIdentityMessage", field(2, "quiz-2"), field(3, 4)).version == 4
    assert (
        decode_one("WebcastPaidContentLiveShoppingMessage", field(2, 1), field(3, 7)).live_series_number == 7
    )


# -- helpers ------------------------------------------------------------------------------


def test_user_badges_and_roles():
    user = User(
        make_user("mod_mia", moderator=True, subscriber=True, friend=True, gifter_level=22, fan_club_level=7)
    )
    assert user.is_moderator and user.is_subscriber and user.is_friend
    assert (user.gifter_level, user.fan_club_level) == (22, 7)
    assert user.badge_level(BADGE_FANS) == 7
    assert user.subscriber_badge_level >= 1
    assert user.badges[0].image_url.startswith("https://")
    plain = User(make_user("plain_paul", gifter_level=0, fan_club_level=0))
    assert not (plain.is_moderator or plain.is_subscriber or plain.is_friend)
    assert plain.fan_club_level == 0


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def gift(factory, user, gift_id, count, end, group=1):  # noqa: PLR0917 - reads like the wire
    return events_from_message(
        "WebcastGiftMessage",
        factory.gift(user, gift_id, repeat_count=count, repeat_end=end, group_id=group).SerializeToString(),
    )[0]


def test_streak_tracker_reports_each_streak_once():
    factory, clock = MessageFactory(1), FakeClock()
    tracker = GiftStreakTracker(timeout=5, clock=clock)
    assert tracker.feed(gift(factory, "ann", 5655, 1, 0)) is None
    assert tracker.feed(gift(factory, "ann", 5655, 2, 0)) is None
    assert tracker.feed(gift(factory, "bob", 5655, 1, 0, group=2)) is None
    done = tracker.feed(gift(factory, "ann", 5655, 3, 1))
    assert (done.count, done.finished_by, done.user.unique_id, done.diamonds) == (3, "end", "ann", 3)
    single = tracker.feed(gift(factory, "cid", 11046, 1, 0))  # Galaxy: not streakable
    assert (single.finished_by, single.diamonds) == ("single", 1000)
    assert tracker.pending == 1 and tracker.expire() == []
    clock.now += 5
    (timed_out,) = tracker.expire()
    assert (timed_out.user.unique_id, timed_out.finished_by, timed_out.count) == ("bob", "timeout", 1)
    tracker.feed(gift(factory, "dan", 5487, 4, 0, group=3))
    (flushed,) = tracker.flush()
    assert (flushed.finished_by, flushed.count, flushed.diamonds) == ("disconnect", 4, 20)
    assert tracker.pending == 0


def test_link_list_change_guests():
    guest = message(
        field(1, USER),
        field(2, 1764070000),
        field(3, 2),
        field(4, 1),
        field(5, "7300000000001"),
        field(7, 90),
    )
    content = message(field(1, guest), field(2, guest))
    (event,) = events_from_message(
        "WebcastLinkMessage", message(common("WebcastLinkMessage"), field(20, content))
    )
    linked = event.list_change_content.linked_users[0]
    assert (linked.link_type, linked.role_type, linked.linkmic_id_str, linked.fan_ticket) == (
        2,
        1,
        "7300000000001",
        90,
    )
    assert linked.user.display_id == "nick_handle"
    assert len(event.list_change_content.applied_users) == 1


def test_notices_capsules_bound_gifts_and_alert_audits():
    extra = message(field(1, 5000), field(3, message(field(1, message(field(1, "bold"), field(2, True))))))
    event = decode_one("WebcastNotifyMessage", field(4, "Welcome!"), field(5, USER), field(6, extra))
    assert (event.content, event.user.unique_id, event.extra.duration) == ("Welcome!", "nick_handle", 5000)
    assert event.extra.content_list.contents[0].need_highlight

    text = message(field(2, "Subscribe to {0}"))
    event = decode_one("WebcastSubCapsuleMessage", field(2, text), field(4, "sslocal://sub"), field(6, 42))
    assert (event.description.default_pattern, event.button_url, event.from_user_id) == (
        "Subscribe to {0}",
        "sslocal://sub",
        42,
    )

    gift = message(common("WebcastGiftMessage", 5), field(2, 5655), field(5, 3), field(7, USER))
    header = message(field(1, "WebcastBindingGiftMessage"), field(2, 9))  # in field 2 here
    (event,) = events_from_message("WebcastBindingGiftMessage", message(field(1, gift), field(2, header)))
    assert (event.gift_message.gift_id, event.gift_message.repeat_count, event.common.msg_id) == (5655, 3, 9)

    image = message(field(1, 7), field(2, 1), field(3, "https://alert/img.png"), field(4, 2))
    event = decode_one("WebcastAlertBoxAuditResultMessage", field(2, 99), field(3, image), field(5, "alert"))
    assert (event.user_id, event.image_list[0].content, event.image_list[0].audit_status) == (
        99,
        "https://alert/img.png",
        2,
    )


@pytest.mark.parametrize(
    "method",
    [
        "WebcastRoomStickerMessage",
        "WebcastPictionaryStartMessage",
        "WebcastPictionaryUpdateMessage",
        "WebcastPictionaryEndMessage",
        "WebcastPictionaryExitMessage",
        "WebcastQuestionDeleteMessage",
        "WebcastDonationStickerModifyMessage",
        "WebcastInRoomBannerRefreshMessage",
        "WebcastEcTaskRegisterMessage",
        "WebcastEcShortItemRefreshMessage",
    ],
)
def test_header_only_types_keep_their_body_in_raw(method):
    body = field(2, message(field(1, 123), field(2, "undeclared")))
    event = decode_one(method, body)
    assert event.common.msg_id == 11 and event.common.method == method
    assert body in event.raw  # nothing of the undeclared body is lost


def test_tiktoklive_user_helpers():
    from tiktoklive_sync.events import User

    def badge(scene: int, level: str) -> pb.BadgeStruct:
        return pb.BadgeStruct(scene_type=scene, privilege_log_extra=pb.PrivilegeLogExtra(level=level))

    raw = pb.User(
        display_id="fan_1", nickname="Fan One", badge_list=[badge(10, "12"), badge(6, "1"), badge(4, "3")]
    )
    user = User(raw)
    assert (user.username, user.nick_name) == ("fan_1", "Fan One")
    assert user.get_all_badges == [("FANS", "12"), ("RANK_LIST", "1"), ("SUBSCRIBER", "3")]
    assert user.has_badge("FANS") and user.has_badge("BADGE_SCENE_TYPE_FANS", 12)
    assert not user.has_badge("FANS", level=5) and not user.has_badge("ADMIN")
    assert user.is_top_gifter and (user.member_level, user.member_rank) == (12, 12)
    plain = User(pb.User(display_id="nobody"))
    assert (plain.member_level, plain.is_top_gifter, plain.get_all_badges) == (None, False, [])


def test_tiktoklive_gift_aliases():
    from tiktoklive_sync.events import GiftInfo

    image = pb.ImageModel(url_list=["https://cdn.example/rose.png"])
    gift = GiftInfo(pb.Gift(id=5655, name="Rose", type=1, image=image))
    assert (gift.gift_name, gift.gift_type, gift.gift_image.url_list[0]) == ("Rose", 1, gift.image_url)
    assert gift.streakable


def test_tiktoklive_event_helpers_and_names():
    from tiktoklive_sync.events import ConnectEvent, GiftStreakEvent, MessageDetectEvent, MsgDetectEvent
    from tiktoklive_sync.streaks import GiftStreakEvent as FromStreaks

    data = message(common("WebcastChatMessage"), field(3, "hi"))
    (event,) = events_from_message("WebcastChatMessage", data)
    assert (event.get_type(), event.bytes, event.size) == ("CommentEvent", data, len(data))
    assert event.as_base64 == base64.b64encode(data).decode()
    assert ConnectEvent("creator", 1).size == 0
    assert GiftStreakEvent is FromStreaks and MessageDetectEvent is MsgDetectEvent


TIKTOKLIVE_FIELDS = Path(__file__).with_name("tiktoklive_event_fields.json")


def test_every_field_name_of_tiktoklives_event_classes_is_readable():
    """The table lists, for each event class of TikTokLive 7.0.1, the field and property names
    its instances expose (facts read from that release, names only). A bot reading any of them
    gets a value here, not an AttributeError in its handler."""
    table = json.loads(TIKTOKLIVE_FIELDS.read_text())
    assert len(table) >= 74 and sum(map(len, table.values())) >= 1000
    missing = []
    for class_name, names in table.items():
        cls = getattr(events, class_name)
        if issubclass(cls, MessageEvent):
            instance: Any = cls(cls.proto_type(), b"")
            missing += [f"{class_name}.{name}" for name in names if not _readable(instance, name)]
        else:  # the client's own events: the names are attributes or properties of the class
            missing += [
                f"{class_name}.{name}"
                for name in names
                if not (hasattr(cls, name) or name in getattr(cls, "__slots__", ()))
            ]
    assert missing == []


TIKTOKLIVE_NESTED = Path(__file__).with_name("tiktoklive_nested_fields.json")


def test_every_name_of_tiktoklives_messages_is_readable_at_every_depth():
    """The table is TikTokLive 7.0.1's type graph (names only; tests/oracles/tiktoklive_names.py
    writes it): for each message type its field names and, for message fields, the type they
    hold. Walked from every event through every type it reaches, each name must be readable
    on the message of ours found at the same place (a field or an alias)."""
    table = json.loads(TIKTOKLIVE_NESTED.read_text())
    types = table["types"]
    assert len(table["events"]) >= 70 and len(types) >= 600 and sum(map(len, types.values())) >= 3500
    pending = [(key, getattr(events, name).proto_type(), name) for name, key in table["events"].items()]
    seen, missing = set(), []
    while pending:
        key, ours, path = pending.pop()
        if (key, ours.DESCRIPTOR.full_name) in seen:
            continue
        seen.add((key, ours.DESCRIPTOR.full_name))
        for name, held in types[key].items():
            if not _readable(ours, name):
                missing.append(f"{path}.{name}")
            elif held is not None:
                pending.append((held, _held_message(ours, name), f"{path}.{name}"))
    assert missing == []
    assert len(seen) >= len(types)  # every type of TikTokLive's was reached and compared


def _held_message(message: Any, name: str) -> Any:
    """An empty message of the type that field ``name`` (or the field it is an alias of) holds,
    for a map the type of its values."""
    name = ALIASES.get(message.DESCRIPTOR.name, {}).get(name, name)
    held = message.DESCRIPTOR.fields_by_name[name].message_type
    if held.GetOptions().map_entry:
        held = held.fields_by_name["value"].message_type
    return getattr(pb, held.name)()


def _readable(instance: Any, name: str) -> bool:
    try:
        getattr(instance, name)
    except AttributeError:
        return False
    return True


def test_fields_added_for_parity_decode_from_the_wire():
    tray_text = message(field(1, "tray-key"))
    payload = message(field(25, 1), field(28, "order-7"), field(19, tray_text), field(46, 99))
    (event,) = events_from_message("WebcastGiftMessage", payload)
    assert event.is_first_sent is True and event.order_id == "order-7"
    assert event.tray_display_text.key == "tray-key"
    assert event.to_member_id_int == 99
    assert event.bytes == payload


def test_tiktoklives_event_modules_hold_the_same_classes():
    from tiktoklive_sync.events import custom_events, proto_events

    custom = "Connect Disconnect LiveEnd LivePause LiveUnpause Follow Share WebsocketResponse Unknown"
    for name in [*custom.split(), "SuperFan", "SuperFanJoin", "SuperFanBox"]:
        assert getattr(custom_events, f"{name}Event") is getattr(events, f"{name}Event")
    for name in ("Comment", "Gift", "Like", "Join", "Social", "Control", "RoomUserSeq", "LinkMicBattle"):
        assert getattr(proto_events, f"{name}Event") is getattr(events, f"{name}Event")
    assert proto_events.MessageDetectEvent is events.MsgDetectEvent


def test_the_committed_field_types_are_what_webcast_proto_gives():
    """``events/_fields.py`` (what type checkers see of every event) is generated from the
    descriptors; committed stale, an editor would offer fields that are not there, or miss some."""
    from tiktoklive_sync.events import _fields, _generate

    assert Path(_fields.__file__).read_text() == _generate.render()
    stub = Path(pb.__file__).with_suffix(".pyi").read_text()
    for name, aliases in ALIASES.items():
        body = stub.split(f"class {name}(_message.Message):\n", 1)[1].split("\nclass ", 1)[0]
        for alias in aliases:
            assert f"    def {alias}(self) -> " in body, f"{name}.{alias} is not in webcast_pb2.pyi"
            assert getattr(getattr(pb, name)(), alias) == getattr(getattr(pb, name)(), aliases[alias])
