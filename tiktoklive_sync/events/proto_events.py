"""One event class per webcast message type (TikTok's ``method``), with TikTokLive's class
names: the events TikTokLive's ``proto_events`` module holds, and the types it does not map.
"""

from __future__ import annotations

from typing import Any, List, Optional

from google.protobuf.message import Message

from ..proto import webcast_pb2 as pb
from . import _fields
from .base_event import (
    GiftInfo,
    MessageEvent,
    User,
)

__all__ = [
    "AccessControlEvent",
    "AccessRecallEvent",
    "ActivityQuizCardEvent",
    "ActivityQuizUserIdentityEvent",
    "AlertBoxAuditResultEvent",
    "AnchorToolModificationEvent",
    "AssetEvent",
    "AudienceReserveUserStateEvent",
    "AuthorizationNotifyEvent",
    "BALeadGenEvent",
    "BarrageEvent",
    "BindingGiftEvent",
    "BoostCardEvent",
    "BottomEvent",
    "CapsuleEvent",
    "CaptionEvent",
    "CohostReserveEvent",
    "CohostTopicEvent",
    "CommentEvent",
    "CommentTrayEvent",
    "CommentsEvent",
    "CommonToastEvent",
    "ControlEvent",
    "DonationEvent",
    "DonationInfoEvent",
    "DonationStickerModifyEvent",
    "EcBarrageEvent",
    "EcShortItemRefreshEvent",
    "EcTaskRegisterEvent",
    "EmoteChatEvent",
    "EnvelopeEvent",
    "EnvelopePortalEvent",
    "FansEventEvent",
    "FollowCardEvent",
    "GameOCRPingEvent",
    "GameRankNotifyEvent",
    "GiftBroadcastEvent",
    "GiftCollectionUpdateEvent",
    "GiftDynamicRestrictionEvent",
    "GiftEvent",
    "GiftGuideEvent",
    "GiftNoticeEvent",
    "GiftPanelUpdateEvent",
    "GiftPromptEvent",
    "GiftUnlockEvent",
    "GiftUpdateEvent",
    "GoalUpdateEvent",
    "GoodyBagEvent",
    "GreetingEvent",
    "GuideEvent",
    "HashtagEvent",
    "HourlyRankEvent",
    "HourlyRankRewardEvent",
    "ImDeleteEvent",
    "InRoomBannerEvent",
    "InRoomBannerRefreshEvent",
    "JoinEvent",
    "KaraokeQueueEvent",
    "KaraokeReqEvent",
    "KaraokeSwitchEvent",
    "LikeEvent",
    "LinkEvent",
    "LinkLayerEvent",
    "LinkMicAdEvent",
    "LinkMicAnchorGuideEvent",
    "LinkMicArmiesEvent",
    "LinkMicBattleEvent",
    "LinkMicBattleItemCardEvent",
    "LinkMicBattlePunishFinishEvent",
    "LinkMicBattleVictoryLapEvent",
    "LinkMicFanTicketMethodEvent",
    "LinkMicLayoutStateEvent",
    "LinkMicMethodEvent",
    "LinkScreenChangeEvent",
    "LinkStateEvent",
    "LinkmicAudienceNoticeEvent",
    "LinkmicBattleNoticeEvent",
    "LinkmicBattleTaskEvent",
    "LiveGameIntroEvent",
    "LiveIntroEvent",
    "LiveShowEvent",
    "MarqueeAnnouncementEvent",
    "MessageDetectEvent",
    "MsgDetectEvent",
    "NoticeEvent",
    "NotifyEvent",
    "OChannelAnchorEvent",
    "OChannelModifyEvent",
    "OChannelUserEvent",
    "OecLiveShoppingEvent",
    "PaidContentLiveShoppingEvent",
    "PartnershipCardChangeEvent",
    "PartnershipDownloadCountEvent",
    "PartnershipDropsUpdateEvent",
    "PartnershipGameOfflineEvent",
    "PartnershipPunishEvent",
    "PartnershipTaskShowEvent",
    "PerceptionEvent",
    "PictionaryEndEvent",
    "PictionaryExitEvent",
    "PictionaryStartEvent",
    "PictionaryUpdateEvent",
    "PollEvent",
    "PortalEvent",
    "QuestionDeleteEvent",
    "QuestionNewEvent",
    "QuestionSelectedEvent",
    "QuestionSlideDownEvent",
    "QuestionSwitchEvent",
    "QuickChatListEvent",
    "RankTextEvent",
    "RankToastEvent",
    "RankUpdateEvent",
    "RealtimeLiveCenterEvent",
    "RoomEvent",
    "RoomNotifyEvent",
    "RoomPinEvent",
    "RoomStickerEvent",
    "RoomUserSeqEvent",
    "RoomVerifyEvent",
    "SocialEvent",
    "SpeakerEvent",
    "StarCommentNotificationEvent",
    "StarCommentPushEvent",
    "SubCapsuleEvent",
    "SubNotifyEvent",
    "SubPinEventEvent",
    "SubTimerStickerEvent",
    "SubWaveEvent",
    "SubscriptionGuideEvent",
    "SystemEvent",
    "ToastEvent",
    "UnauthorizedMemberEvent",
    "UserStatsEvent",
    "VideoLiveGoodsRcmdEvent",
    "ViewerPicksUpdateEvent",
    "WeeklyRankRewardEvent",
]


class CommentEvent(MessageEvent, _fields.WebcastChatMessageFields):
    """A chat message. ``comment`` (or ``content``) is the text, ``user`` who wrote it."""

    __slots__ = ()
    webcast_method = "WebcastChatMessage"
    proto_type = pb.WebcastChatMessage

    @property
    def user_is_super_fan(self) -> bool:
        """Whether the writer subscribes to the creator (TikTokLive's name)."""
        return _subscribes(self._message)

    @property
    def comment(self) -> str:
        """The chat text (TikTok's ``content``)."""
        return self._message.content  # type: ignore[attr-defined, no-any-return]

    @property
    def at_user(self) -> User:
        """The user mentioned with @, if any."""
        return User(self._message.at_user)  # type: ignore[attr-defined]


class GiftEvent(MessageEvent, _fields.WebcastGiftMessageFields):
    """A gift. For streakable gifts TikTok sends one message per tap while ``streaking``
    and a final one with ``repeat_end == 1`` carrying the whole ``repeat_count``."""

    __slots__ = ()
    webcast_method = "WebcastGiftMessage"
    proto_type = pb.WebcastGiftMessage

    @property
    def user_is_super_fan(self) -> bool:
        """Whether the sender subscribes to the creator (TikTokLive's name)."""
        return _subscribes(self._message)

    @property
    def gift(self) -> GiftInfo:
        """The gift sent: name, id, price, image."""
        return GiftInfo(self._message.gift)  # type: ignore[attr-defined]

    @property
    def streaking(self) -> bool:
        """True while a streak is still going (more messages for it will follow)."""
        return self.gift.streakable and not self._message.repeat_end  # type: ignore[attr-defined]

    @property
    def to_user(self) -> User:
        """Who received the gift (in multi-guest lives), else empty."""
        return User(self._message.to_user)  # type: ignore[attr-defined]

    @property
    def value(self) -> int:
        """Diamonds this message stands for: the gift's price times ``repeat_count``."""
        count = max(1, self._message.repeat_count)  # type: ignore[attr-defined]
        return int(self.gift.diamond_count * count)


class LikeEvent(MessageEvent, _fields.WebcastLikeMessageFields):
    """Likes: ``count`` in this message, ``total`` for the whole live so far.

    TikTok caps ``count`` at 15 per message. ``likes`` is the uncapped number: how much the
    room's ``total`` grew since the previous like message (``count`` for the first one).
    """

    __slots__ = ("previous_total",)
    webcast_method = "WebcastLikeMessage"
    proto_type = pb.WebcastLikeMessage

    def __init__(self, message: Message, raw: bytes = b"") -> None:
        super().__init__(message, raw)
        #: The room's like total before this message (set by the client), or None.
        self.previous_total: Optional[int] = None

    @property
    def likes(self) -> int:
        """Likes this message stands for, beyond TikTok's cap of 15 (see the class)."""
        count: int = self._message.count  # type: ignore[attr-defined]
        total: int = self._message.total  # type: ignore[attr-defined]
        if self.previous_total is None or total <= self.previous_total:
            return count
        return max(count, total - self.previous_total)


class JoinEvent(MessageEvent, _fields.WebcastMemberMessageFields):
    """A viewer joined the room (TikTok's member message)."""

    __slots__ = ()
    webcast_method = "WebcastMemberMessage"
    proto_type = pb.WebcastMemberMessage


class SocialEvent(MessageEvent, _fields.WebcastSocialMessageFields):
    """A follow or a share; also sent as :class:`FollowEvent` / :class:`ShareEvent`."""

    __slots__ = ()
    webcast_method = "WebcastSocialMessage"
    proto_type = pb.WebcastSocialMessage


class RoomUserSeqEvent(MessageEvent, _fields.WebcastRoomUserSeqMessageFields):
    """Viewer statistics: ``total`` viewers now, ``total_user`` seen, top ``ranks``."""

    __slots__ = ()
    webcast_method = "WebcastRoomUserSeqMessage"
    proto_type = pb.WebcastRoomUserSeqMessage


class ControlEvent(MessageEvent, _fields.WebcastControlMessageFields):
    """A room state change: ``action`` 1 paused, 2 unpaused, 3 ended, 4 ended by TikTok."""

    __slots__ = ()
    webcast_method = "WebcastControlMessage"
    proto_type = pb.WebcastControlMessage


class AccessControlEvent(MessageEvent, _fields.WebcastAccessControlMessageFields):
    """TikTok asks viewers to pass a check (captcha) to keep watching."""

    __slots__ = ()
    webcast_method = "WebcastAccessControlMessage"
    proto_type = pb.WebcastAccessControlMessage


class AccessRecallEvent(MessageEvent, _fields.WebcastAccessRecallMessageFields):
    """A moderation recall notice (``notice``, ``content``, ``punish_info``)."""

    __slots__ = ()
    webcast_method = "WebcastAccessRecallMessage"
    proto_type = pb.WebcastAccessRecallMessage


class BarrageEvent(MessageEvent, _fields.WebcastBarrageMessageFields):
    """A banner across the chat (upgrades, fan levels, subscriptions...); ``msg_type`` says which."""

    __slots__ = ()
    webcast_method = "WebcastBarrageMessage"
    proto_type = pb.WebcastBarrageMessage


class BoostCardEvent(MessageEvent, _fields.WebcastBoostCardMessageFields):
    """Boost cards used in the room."""

    __slots__ = ()
    webcast_method = "WebcastBoostCardMessage"
    proto_type = pb.WebcastBoostCardMessage


class BottomEvent(MessageEvent, _fields.WebcastBottomMessageFields):
    """A notice shown at the bottom of the player (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastBottomMessage"
    proto_type = pb.WebcastBottomMessage


class CapsuleEvent(MessageEvent, _fields.WebcastCapsuleMessageFields):
    """A capsule prompt (``desc``, ``button_text``)."""

    __slots__ = ()
    webcast_method = "WebcastCapsuleMessage"
    proto_type = pb.WebcastCapsuleMessage


class CaptionEvent(MessageEvent, _fields.WebcastCaptionMessageFields):
    """Live captions of the creator's speech: ``content`` per language, ``definite`` once final."""

    __slots__ = ()
    webcast_method = "WebcastCaptionMessage"
    proto_type = pb.WebcastCaptionMessage


class EmoteChatEvent(MessageEvent, _fields.WebcastEmoteChatMessageFields):
    """A chat message made of emotes (``emote_list``)."""

    __slots__ = ()
    webcast_method = "WebcastEmoteChatMessage"
    proto_type = pb.WebcastEmoteChatMessage


class EnvelopeEvent(MessageEvent, _fields.WebcastEnvelopeMessageFields):
    """A treasure chest (red envelope): ``envelope_info.diamond_count``, ``people_count``..."""

    __slots__ = ()
    webcast_method = "WebcastEnvelopeMessage"
    proto_type = pb.WebcastEnvelopeMessage


class GameRankNotifyEvent(MessageEvent, _fields.WebcastGameRankNotifyMessageFields):
    """A game ranking notice (``notify_text``)."""

    __slots__ = ()
    webcast_method = "WebcastGameRankNotifyMessage"
    proto_type = pb.WebcastGameRankNotifyMessage


class GiftBroadcastEvent(MessageEvent, _fields.WebcastGiftBroadcastMessageFields):
    """A big gift announced across rooms (``notify``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftBroadcastMessage"
    proto_type = pb.WebcastGiftBroadcastMessage


class GiftDynamicRestrictionEvent(MessageEvent, _fields.WebcastGiftDynamicRestrictionMessageFields):
    """The gifts allowed in the room changed."""

    __slots__ = ()
    webcast_method = "WebcastGiftDynamicRestrictionMessage"
    proto_type = pb.WebcastGiftDynamicRestrictionMessage


class GiftPanelUpdateEvent(MessageEvent, _fields.WebcastGiftPanelUpdateMessageFields):
    """The gift panel changed (gallery progress...)."""

    __slots__ = ()
    webcast_method = "WebcastGiftPanelUpdateMessage"
    proto_type = pb.WebcastGiftPanelUpdateMessage


class GiftPromptEvent(MessageEvent, _fields.WebcastGiftPromptMessageFields):
    """A gifting prompt (``title``, ``body``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftPromptMessage"
    proto_type = pb.WebcastGiftPromptMessage


class GoalUpdateEvent(MessageEvent, _fields.WebcastGoalUpdateMessageFields):
    """LIVE goal progress: ``goal.sub_goals[i].progress/target``, the contributor."""

    __slots__ = ()
    webcast_method = "WebcastGoalUpdateMessage"
    proto_type = pb.WebcastGoalUpdateMessage


class GuideEvent(MessageEvent, _fields.WebcastGuideMessageFields):
    """A guide hint for viewers (``description``)."""

    __slots__ = ()
    webcast_method = "WebcastGuideMessage"
    proto_type = pb.WebcastGuideMessage


class HourlyRankEvent(MessageEvent, _fields.WebcastHourlyRankMessageFields):
    """The hourly ranking changed."""

    __slots__ = ()
    webcast_method = "WebcastHourlyRankMessage"
    proto_type = pb.WebcastHourlyRankMessage


class HourlyRankRewardEvent(MessageEvent, _fields.WebcastHourlyRankRewardMessageFields):
    """Hourly ranking rewards: ``winners``."""

    __slots__ = ()
    webcast_method = "WebcastHourlyRankRewardMessage"
    proto_type = pb.WebcastHourlyRankRewardMessage


class ImDeleteEvent(MessageEvent, _fields.WebcastImDeleteMessageFields):
    """Messages were deleted by moderation: ``delete_msg_ids``, ``delete_user_ids``."""

    __slots__ = ()
    webcast_method = "WebcastImDeleteMessage"
    proto_type = pb.WebcastImDeleteMessage


class InRoomBannerEvent(MessageEvent, _fields.WebcastInRoomBannerMessageFields):
    """A banner in the room changed."""

    __slots__ = ()
    webcast_method = "WebcastInRoomBannerMessage"
    proto_type = pb.WebcastInRoomBannerMessage


class LinkEvent(MessageEvent, _fields.WebcastLinkMessageFields):
    """Co-host / guest link events (invites, replies, enter, leave...); ``message_type`` says which."""

    __slots__ = ()
    webcast_method = "WebcastLinkMessage"
    proto_type = pb.WebcastLinkMessage


class LinkLayerEvent(MessageEvent, _fields.WebcastLinkLayerMessageFields):
    """Multi-guest layer changes."""

    __slots__ = ()
    webcast_method = "WebcastLinkLayerMessage"
    proto_type = pb.WebcastLinkLayerMessage


class LinkMicArmiesEvent(MessageEvent, _fields.WebcastLinkMicArmiesFields):
    """Battle scores by team and top supporters (``armies``, ``team_armies``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicArmies"
    proto_type = pb.WebcastLinkMicArmies


class LinkMicBattleEvent(MessageEvent, _fields.WebcastLinkMicBattleFields):
    """A battle (PK) started, changed or ended: ``battle_settings``, ``battle_result``, ``anchors_info``."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattle"
    proto_type = pb.WebcastLinkMicBattle


class LinkMicBattleItemCardEvent(MessageEvent, _fields.WebcastLinkMicBattleItemCardFields):
    """A battle power-up card was used."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattleItemCard"
    proto_type = pb.WebcastLinkMicBattleItemCard


class LinkMicBattlePunishFinishEvent(MessageEvent, _fields.WebcastLinkMicBattlePunishFinishFields):
    """The punishment after a battle ended."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattlePunishFinish"
    proto_type = pb.WebcastLinkMicBattlePunishFinish


class LinkMicFanTicketMethodEvent(MessageEvent, _fields.WebcastLinkMicFanTicketMethodFields):
    """Fan ticket scores during a link (``fan_ticket_room_notice``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicFanTicketMethod"
    proto_type = pb.WebcastLinkMicFanTicketMethod


class LinkMicLayoutStateEvent(MessageEvent, _fields.WebcastLinkMicLayoutStateMessageFields):
    """The link-mic layout changed."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicLayoutStateMessage"
    proto_type = pb.WebcastLinkMicLayoutStateMessage


class LinkMicMethodEvent(MessageEvent, _fields.WebcastLinkMicMethodFields):
    """Link-mic state (``message_type``, ``user_id``, ``fan_ticket``, ``linked_users``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicMethod"
    proto_type = pb.WebcastLinkMicMethod


class LinkStateEvent(MessageEvent, _fields.WebcastLinkStateMessageFields):
    """The link state of guests changed."""

    __slots__ = ()
    webcast_method = "WebcastLinkStateMessage"
    proto_type = pb.WebcastLinkStateMessage


class LinkmicBattleTaskEvent(MessageEvent, _fields.WebcastLinkmicBattleTaskMessageFields):
    """A battle task progressed or settled."""

    __slots__ = ()
    webcast_method = "WebcastLinkmicBattleTaskMessage"
    proto_type = pb.WebcastLinkmicBattleTaskMessage


class LiveGameIntroEvent(MessageEvent, _fields.WebcastLiveGameIntroMessageFields):
    """The game being played was introduced (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastLiveGameIntroMessage"
    proto_type = pb.WebcastLiveGameIntroMessage


class LiveIntroEvent(MessageEvent, _fields.WebcastLiveIntroMessageFields):
    """The room's intro text (``content``) by ``user``."""

    __slots__ = ()
    webcast_method = "WebcastLiveIntroMessage"
    proto_type = pb.WebcastLiveIntroMessage


class MarqueeAnnouncementEvent(MessageEvent, _fields.WebcastMarqueeAnnouncementMessageFields):
    """A marquee announcement (``message_entity``)."""

    __slots__ = ()
    webcast_method = "WebcastMarqueeAnnouncementMessage"
    proto_type = pb.WebcastMarqueeAnnouncementMessage


class MsgDetectEvent(MessageEvent, _fields.WebcastMsgDetectMessageFields):
    """A message-delivery probe from TikTok."""

    __slots__ = ()
    webcast_method = "WebcastMsgDetectMessage"
    proto_type = pb.WebcastMsgDetectMessage


class NoticeEvent(MessageEvent, _fields.WebcastNoticeMessageFields):
    """A notice to the room (``content``, ``title``)."""

    __slots__ = ()
    webcast_method = "WebcastNoticeMessage"
    proto_type = pb.WebcastNoticeMessage


class OecLiveShoppingEvent(MessageEvent, _fields.WebcastOecLiveShoppingMessageFields):
    """Live shopping: a product popped up (``pop_product``) or hot products changed."""

    __slots__ = ()
    webcast_method = "WebcastOecLiveShoppingMessage"
    proto_type = pb.WebcastOecLiveShoppingMessage


class PartnershipDropsUpdateEvent(MessageEvent, _fields.WebcastPartnershipDropsUpdateMessageFields):
    """Game partnership drops changed."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipDropsUpdateMessage"
    proto_type = pb.WebcastPartnershipDropsUpdateMessage


class PartnershipGameOfflineEvent(MessageEvent, _fields.WebcastPartnershipGameOfflineMessageFields):
    """Game partnership tasks went offline."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipGameOfflineMessage"
    proto_type = pb.WebcastPartnershipGameOfflineMessage


class PartnershipPunishEvent(MessageEvent, _fields.WebcastPartnershipPunishMessageFields):
    """A game partnership penalty (``punish_info``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipPunishMessage"
    proto_type = pb.WebcastPartnershipPunishMessage


class PerceptionEvent(MessageEvent, _fields.WebcastPerceptionMessageFields):
    """A moderation warning shown to the creator (``dialog``, ``punish_info``)."""

    __slots__ = ()
    webcast_method = "WebcastPerceptionMessage"
    proto_type = pb.WebcastPerceptionMessage


class PollEvent(MessageEvent, _fields.WebcastPollMessageFields):
    """A poll started, got votes or ended: ``start_content``, ``update_votes_content``, ``end_content``."""

    __slots__ = ()
    webcast_method = "WebcastPollMessage"
    proto_type = pb.WebcastPollMessage


class QuestionNewEvent(MessageEvent, _fields.WebcastQuestionNewMessageFields):
    """A viewer asked a question: ``data.content`` by ``data.user``."""

    __slots__ = ()
    webcast_method = "WebcastQuestionNewMessage"
    proto_type = pb.WebcastQuestionNewMessage


class RankTextEvent(MessageEvent, _fields.WebcastRankTextMessageFields):
    """A ranking text in the chat (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastRankTextMessage"
    proto_type = pb.WebcastRankTextMessage


class RankUpdateEvent(MessageEvent, _fields.WebcastRankUpdateMessageFields):
    """Room rankings changed (``updates``)."""

    __slots__ = ()
    webcast_method = "WebcastRankUpdateMessage"
    proto_type = pb.WebcastRankUpdateMessage


class RoomEvent(MessageEvent, _fields.WebcastRoomMessageFields):
    """A room message, e.g. the welcome text (``content``)."""

    __slots__ = ()
    webcast_method = "WebcastRoomMessage"
    proto_type = pb.WebcastRoomMessage


class RoomNotifyEvent(MessageEvent, _fields.WebcastRoomNotifyMessageFields):
    """A room notification (``content``, ``user``)."""

    __slots__ = ()
    webcast_method = "WebcastRoomNotifyMessage"
    proto_type = pb.WebcastRoomNotifyMessage


class RoomPinEvent(MessageEvent, _fields.WebcastRoomPinMessageFields):
    """A message was pinned: ``chat_message`` (or another kind) by ``operator``."""

    __slots__ = ()
    webcast_method = "WebcastRoomPinMessage"
    proto_type = pb.WebcastRoomPinMessage


class RoomVerifyEvent(MessageEvent, _fields.WebcastRoomVerifyMessageFields):
    """TikTok verifies the room (``content``; ``close_room`` when it will close)."""

    __slots__ = ()
    webcast_method = "WebcastRoomVerifyMessage"
    proto_type = pb.WebcastRoomVerifyMessage


class SpeakerEvent(MessageEvent, _fields.WebcastSpeakerMessageFields):
    """The active speaker changed."""

    __slots__ = ()
    webcast_method = "WebcastSpeakerMessage"
    proto_type = pb.WebcastSpeakerMessage


class SubNotifyEvent(MessageEvent, _fields.WebcastSubNotifyMessageFields):
    """A viewer subscribed: ``user``, ``sub_month``."""

    __slots__ = ()
    webcast_method = "WebcastSubNotifyMessage"
    proto_type = pb.WebcastSubNotifyMessage


class SubPinEventEvent(MessageEvent, _fields.WebcastSubPinEventMessageFields):
    """A subscriber pin card (``card``)."""

    __slots__ = ()
    webcast_method = "WebcastSubPinEventMessage"
    proto_type = pb.WebcastSubPinEventMessage


class SystemEvent(MessageEvent, _fields.WebcastSystemMessageFields):
    """A system message (``message``)."""

    __slots__ = ()
    webcast_method = "WebcastSystemMessage"
    proto_type = pb.WebcastSystemMessage


class ToastEvent(MessageEvent, _fields.WebcastToastMessageFields):
    """A toast notification."""

    __slots__ = ()
    webcast_method = "WebcastToastMessage"
    proto_type = pb.WebcastToastMessage


class UnauthorizedMemberEvent(MessageEvent, _fields.WebcastUnauthorizedMemberMessageFields):
    """A viewer without a visible profile joined (``nick_name``)."""

    __slots__ = ()
    webcast_method = "WebcastUnauthorizedMemberMessage"
    proto_type = pb.WebcastUnauthorizedMemberMessage


class ViewerPicksUpdateEvent(MessageEvent, _fields.WebcastViewerPicksUpdateMessageFields):
    """Viewer picks changed (``info.gift_pick_list``)."""

    __slots__ = ()
    webcast_method = "WebcastViewerPicksUpdateMessage"
    proto_type = pb.WebcastViewerPicksUpdateMessage


class ActivityQuizCardEvent(MessageEvent, _fields.WebcastActivityQuizCardMessageFields):
    """A quiz card of a LIVE activity (``primary_id``, ``expired_time``)."""

    __slots__ = ()
    webcast_method = "WebcastActivityQuizCardMessage"
    proto_type = pb.WebcastActivityQuizCardMessage


class ActivityQuizUserIdentityEvent(MessageEvent, _fields.WebcastActivityQuizUserIdentityMessageFields):
    """A viewer's identity in a LIVE activity quiz (``primary_id``, ``version``)."""

    __slots__ = ()
    webcast_method = "WebcastActivityQuizUserIdentityMessage"
    proto_type = pb.WebcastActivityQuizUserIdentityMessage


class AnchorToolModificationEvent(MessageEvent, _fields.WebcastAnchorToolModificationMessageFields):
    """The creator changed a live tool or effect (``modification.name``, ``.modification_type``)."""

    __slots__ = ()
    webcast_method = "WebcastAnchorToolModificationMessage"
    proto_type = pb.WebcastAnchorToolModificationMessage


class AssetEvent(MessageEvent, _fields.WebcastAssetMessageFields):
    """An animation asset played for a gift or effect (``asset_id``, ``from_user``, ``to_user``)."""

    __slots__ = ()
    webcast_method = "WebcastAssetMessage"
    proto_type = pb.WebcastAssetMessage


class AudienceReserveUserStateEvent(MessageEvent, _fields.WebcastAudienceReserveUserStateMessageFields):
    """A viewer's reservation for a future live changed (``type``)."""

    __slots__ = ()
    webcast_method = "WebcastAudienceReserveUserStateMessage"
    proto_type = pb.WebcastAudienceReserveUserStateMessage


class AuthorizationNotifyEvent(MessageEvent, _fields.WebcastAuthorizationNotifyMessageFields):
    """An authorization notice for the viewer (``content``, ``style``)."""

    __slots__ = ()
    webcast_method = "WebcastAuthorizationNotifyMessage"
    proto_type = pb.WebcastAuthorizationNotifyMessage


class BALeadGenEvent(MessageEvent, _fields.WebcastBALeadGenMessageFields):
    """A business account's lead form was shown or changed (``cta_text``, ``page_id``)."""

    __slots__ = ()
    webcast_method = "WebcastBALeadGenMessage"
    proto_type = pb.WebcastBALeadGenMessage


class CohostReserveEvent(MessageEvent, _fields.WebcastCohostReserveMessageFields):
    """A co-host reservation was made or answered (``reserve_type``, ``reservation_id``)."""

    __slots__ = ()
    webcast_method = "WebcastCohostReserveMessage"
    proto_type = pb.WebcastCohostReserveMessage


class CohostTopicEvent(MessageEvent, _fields.WebcastCohostTopicMessageFields):
    """A co-host topic was set or changed (``action``)."""

    __slots__ = ()
    webcast_method = "WebcastCohostTopicMessage"
    proto_type = pb.WebcastCohostTopicMessage


class CommentsEvent(MessageEvent, _fields.WebcastCommentsMessageFields):
    """A highlighted comment shown on screen: ``user``, ``content`` (chat is :class:`CommentEvent`)."""

    __slots__ = ()
    webcast_method = "WebcastCommentsMessage"
    proto_type = pb.WebcastCommentsMessage


class CommentTrayEvent(MessageEvent, _fields.WebcastCommentTrayMessageFields):
    """A comment tray: ``content``, ``count`` comments."""

    __slots__ = ()
    webcast_method = "WebcastCommentTrayMessage"
    proto_type = pb.WebcastCommentTrayMessage


class CommonToastEvent(MessageEvent, _fields.WebcastCommonToastMessageFields):
    """A short toast shown to viewers (``duration``; its text is ``common.display_text``)."""

    __slots__ = ()
    webcast_method = "WebcastCommonToastMessage"
    proto_type = pb.WebcastCommonToastMessage


class DonationEvent(MessageEvent, _fields.WebcastDonationMessageFields):
    """Charity donation totals: ``total`` in ``currency``, ``sponsors``, ``users``."""

    __slots__ = ()
    webcast_method = "WebcastDonationMessage"
    proto_type = pb.WebcastDonationMessage


class DonationInfoEvent(MessageEvent, _fields.WebcastDonationInfoMessageFields):
    """Charity donation summary: ``total_money`` in ``currency`` from ``total_user`` donors."""

    __slots__ = ()
    webcast_method = "WebcastDonationInfoMessage"
    proto_type = pb.WebcastDonationInfoMessage


class EcBarrageEvent(MessageEvent, _fields.WebcastEcBarrageMessageFields):
    """A shopping banner across the chat (``content``, ``duration``)."""

    __slots__ = ()
    webcast_method = "WebcastEcBarrageMessage"
    proto_type = pb.WebcastEcBarrageMessage


class EnvelopePortalEvent(MessageEvent, _fields.WebcastEnvelopePortalMessageFields):
    """A treasure chest in another room to jump to: ``portal_info``, ``trans_target``."""

    __slots__ = ()
    webcast_method = "WebcastEnvelopePortalMessage"
    proto_type = pb.WebcastEnvelopePortalMessage


class FansEventEvent(MessageEvent, _fields.WebcastFansEventMessageFields):
    """A fan club event of ``user`` (``event_type``)."""

    __slots__ = ()
    webcast_method = "WebcastFansEventMessage"
    proto_type = pb.WebcastFansEventMessage


class FollowCardEvent(MessageEvent, _fields.WebcastFollowCardMessageFields):
    """A card asking viewers to follow the creator (``follow_card_id``)."""

    __slots__ = ()
    webcast_method = "WebcastFollowCardMessage"
    proto_type = pb.WebcastFollowCardMessage


class GameOCRPingEvent(MessageEvent, _fields.WebcastGameOCRPingMessageFields):
    """What TikTok recognised on a game stream (``is_game``, ``game_fusion_label``, ``confidence``)."""

    __slots__ = ()
    webcast_method = "WebcastGameOCRPingMessage"
    proto_type = pb.WebcastGameOCRPingMessage


class GiftCollectionUpdateEvent(MessageEvent, _fields.WebcastGiftCollectionUpdateMessageFields):
    """Gift collection progress: ``gift_collection.gift``, ``.round``."""

    __slots__ = ()
    webcast_method = "WebcastGiftCollectionUpdateMessage"
    proto_type = pb.WebcastGiftCollectionUpdateMessage


class GiftGuideEvent(MessageEvent, _fields.WebcastGiftGuideMessageFields):
    """A gift suggestion for viewers (``gift_id``, ``content``, ``display_seconds``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftGuideMessage"
    proto_type = pb.WebcastGiftGuideMessage


class GiftNoticeEvent(MessageEvent, _fields.WebcastGiftNoticeMessageFields):
    """A gift notice (its text is ``common.display_text``)."""

    __slots__ = ()
    webcast_method = "WebcastGiftNoticeMessage"
    proto_type = pb.WebcastGiftNoticeMessage


class GiftUnlockEvent(MessageEvent, _fields.WebcastGiftUnlockMessageFields):
    """Gifts were unlocked in the room: ``gifts``, ``bubble_text``."""

    __slots__ = ()
    webcast_method = "WebcastGiftUnlockMessage"
    proto_type = pb.WebcastGiftUnlockMessage

    @property
    def unlocked(self) -> List[GiftInfo]:
        """The unlocked gifts, each with ``name``, ``id``, price and image."""
        return [GiftInfo(gift) for gift in self._message.gifts]  # type: ignore[attr-defined]


class GiftUpdateEvent(MessageEvent, _fields.WebcastGiftUpdateMessageFields):
    """The room's gift list changed (``update_type``); fetch it again to see the change."""

    __slots__ = ()
    webcast_method = "WebcastGiftUpdateMessage"
    proto_type = pb.WebcastGiftUpdateMessage


class GoodyBagEvent(MessageEvent, _fields.WebcastGoodyBagMessageFields):
    """A goody bag (coin giveaway): ``base_info``, and ``winners`` once it is opened."""

    __slots__ = ()
    webcast_method = "WebcastGoodyBagMessage"
    proto_type = pb.WebcastGoodyBagMessage


class GreetingEvent(MessageEvent, _fields.WebcastGreetingMessageFields):
    """A greeting prompt for a new viewer (its text is ``common.display_text``)."""

    __slots__ = ()
    webcast_method = "WebcastGreetingMessage"
    proto_type = pb.WebcastGreetingMessage


class HashtagEvent(MessageEvent, _fields.WebcastHashtagMessageFields):
    """The live's hashtag (topic) was set: ``hashtag.title``, ``hashtag.id``."""

    __slots__ = ()
    webcast_method = "WebcastHashtagMessage"
    proto_type = pb.WebcastHashtagMessage


class KaraokeQueueEvent(MessageEvent, _fields.WebcastKaraokeQueueMessageFields):
    """The karaoke song queue changed (``type``)."""

    __slots__ = ()
    webcast_method = "WebcastKaraokeQueueMessage"
    proto_type = pb.WebcastKaraokeQueueMessage


class KaraokeReqEvent(MessageEvent, _fields.WebcastKaraokeReqMessageFields):
    """Karaoke song requests: ``total_req_count``."""

    __slots__ = ()
    webcast_method = "WebcastKaraokeReqMessage"
    proto_type = pb.WebcastKaraokeReqMessage


class KaraokeSwitchEvent(MessageEvent, _fields.WebcastKaraokeSwitchMessageFields):
    """Karaoke was switched on or off (``type``, ``status``)."""

    __slots__ = ()
    webcast_method = "WebcastKaraokeSwitchMessage"
    proto_type = pb.WebcastKaraokeSwitchMessage


class LinkMicAdEvent(MessageEvent, _fields.WebcastLinkMicAdMessageFields):
    """An ad shown during a co-host or multi-guest session (``message_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicAdMessage"
    proto_type = pb.WebcastLinkMicAdMessage


class LinkMicAnchorGuideEvent(MessageEvent, _fields.WebcastLinkMicAnchorGuideMessageFields):
    """A suggestion to co-host with ``user`` (``guide_content``, ``button_content``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicAnchorGuideMessage"
    proto_type = pb.WebcastLinkMicAnchorGuideMessage


class LinkmicAudienceNoticeEvent(MessageEvent, _fields.WebcastLinkmicAudienceNoticeMessageFields):
    """A notice inviting viewers to join as guests (``notice_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkmicAudienceNoticeMessage"
    proto_type = pb.WebcastLinkmicAudienceNoticeMessage


class LinkmicBattleNoticeEvent(MessageEvent, _fields.WebcastLinkmicBattleNoticeMessageFields):
    """A battle notice or hint for the creator or viewers (``notice_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkmicBattleNoticeMessage"
    proto_type = pb.WebcastLinkmicBattleNoticeMessage


class LinkMicBattleVictoryLapEvent(MessageEvent, _fields.WebcastLinkMicBattleVictoryLapFields):
    """The victory lap after a battle (``battle_id``, ``play_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkMicBattleVictoryLap"
    proto_type = pb.WebcastLinkMicBattleVictoryLap


class LinkScreenChangeEvent(MessageEvent, _fields.WebcastLinkScreenChangeMessageFields):
    """A guest's screen was enlarged or restored in a multi-guest live (``message_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLinkScreenChangeMessage"
    proto_type = pb.WebcastLinkScreenChangeMessage


class LiveShowEvent(MessageEvent, _fields.WebcastLiveShowMessageFields):
    """A scheduled LIVE show started or changed (``message_type``)."""

    __slots__ = ()
    webcast_method = "WebcastLiveShowMessage"
    proto_type = pb.WebcastLiveShowMessage


class OChannelAnchorEvent(MessageEvent, _fields.WebcastOChannelAnchorMessageFields):
    """An official channel's creator slot (``start_time_stamp``, ``end_time_stamp``, ``role_type``)."""

    __slots__ = ()
    webcast_method = "WebcastOChannelAnchorMessage"
    proto_type = pb.WebcastOChannelAnchorMessage


class OChannelModifyEvent(MessageEvent, _fields.WebcastOChannelModifyMessageFields):
    """An official channel's schedule changed (``end_time_stamp``, ``channel_uid``)."""

    __slots__ = ()
    webcast_method = "WebcastOChannelModifyMessage"
    proto_type = pb.WebcastOChannelModifyMessage


class OChannelUserEvent(MessageEvent, _fields.WebcastOChannelUserMessageFields):
    """Official-channel timing for viewers (``start_time_stamp``, ``max_enter_time``)."""

    __slots__ = ()
    webcast_method = "WebcastOChannelUserMessage"
    proto_type = pb.WebcastOChannelUserMessage


class PaidContentLiveShoppingEvent(MessageEvent, _fields.WebcastPaidContentLiveShoppingMessageFields):
    """Paid LIVE content on sale changed (``action_type``, ``live_series_number``)."""

    __slots__ = ()
    webcast_method = "WebcastPaidContentLiveShoppingMessage"
    proto_type = pb.WebcastPaidContentLiveShoppingMessage


class PartnershipCardChangeEvent(MessageEvent, _fields.WebcastPartnershipCardChangeMessageFields):
    """A partnership task card changed (``task_id``, ``change_mode``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipCardChangeMessage"
    proto_type = pb.WebcastPartnershipCardChangeMessage


class PartnershipDownloadCountEvent(MessageEvent, _fields.WebcastPartnershipDownloadCountMessageFields):
    """A partnership game's download count (``game_id``, ``downloaded_count``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipDownloadCountMessage"
    proto_type = pb.WebcastPartnershipDownloadCountMessage


class PartnershipTaskShowEvent(MessageEvent, _fields.WebcastPartnershipTaskShowMessageFields):
    """A partnership task was shown or hidden (``task_id``, ``has_show_task``)."""

    __slots__ = ()
    webcast_method = "WebcastPartnershipTaskShowMessage"
    proto_type = pb.WebcastPartnershipTaskShowMessage


class PortalEvent(MessageEvent, _fields.WebcastPortalMessageFields):
    """A portal to another room (``portal_id``, ``room_id``, ``payload_type``)."""

    __slots__ = ()
    webcast_method = "WebcastPortalMessage"
    proto_type = pb.WebcastPortalMessage


class QuestionSelectedEvent(MessageEvent, _fields.WebcastQuestionSelectedMessageFields):
    """The creator picked a Q&A question to answer: ``question.content`` by ``question.user``."""

    __slots__ = ()
    webcast_method = "WebcastQuestionSelectedMessage"
    proto_type = pb.WebcastQuestionSelectedMessage


class QuestionSlideDownEvent(MessageEvent, _fields.WebcastQuestionSlideDownMessageFields):
    """The question being answered was put away (``question_id``)."""

    __slots__ = ()
    webcast_method = "WebcastQuestionSlideDownMessage"
    proto_type = pb.WebcastQuestionSlideDownMessage


class QuestionSwitchEvent(MessageEvent, _fields.WebcastQuestionSwitchMessageFields):
    """Q&A was turned on or off (``on``)."""

    __slots__ = ()
    webcast_method = "WebcastQuestionSwitchMessage"
    proto_type = pb.WebcastQuestionSwitchMessage


class QuickChatListEvent(MessageEvent, _fields.WebcastQuickChatListMessageFields):
    """Suggested quick chat phrases were updated (``scene``, ``duration``)."""

    __slots__ = ()
    webcast_method = "WebcastQuickChatListMessage"
    proto_type = pb.WebcastQuickChatListMessage


class RankToastEvent(MessageEvent, _fields.WebcastRankToastMessageFields):
    """A ranking toast for a user (``toast.user_id``, ``toast.should_toast``)."""

    __slots__ = ()
    webcast_method = "WebcastRankToastMessage"
    proto_type = pb.WebcastRankToastMessage


class RealtimeLiveCenterEvent(MessageEvent, _fields.WebcastRealtimeLiveCenterMethodFields):
    """Live-center statistics for the creator's dashboard (``room_id``)."""

    __slots__ = ()
    webcast_method = "WebcastRealtimeLiveCenterMethod"
    proto_type = pb.WebcastRealtimeLiveCenterMethod


class StarCommentNotificationEvent(MessageEvent, _fields.WebcastStarCommentNotificationMessageFields):
    """A starred comment was added or removed by ``operator`` (``star_comment_action``, ``msg_id``)."""

    __slots__ = ()
    webcast_method = "WebcastStarCommentNotificationMessage"
    proto_type = pb.WebcastStarCommentNotificationMessage


class StarCommentPushEvent(MessageEvent, _fields.WebcastStarCommentPushMessageFields):
    """The queue of starred comments changed (``queue_version``)."""

    __slots__ = ()
    webcast_method = "WebcastStarCommentPushMessage"
    proto_type = pb.WebcastStarCommentPushMessage


class SubscriptionGuideEvent(MessageEvent, _fields.WebcastSubscriptionGuideMessageFields):
    """A prompt to subscribe to the creator (``description``, ``button_name``)."""

    __slots__ = ()
    webcast_method = "WebcastSubscriptionGuideMessage"
    proto_type = pb.WebcastSubscriptionGuideMessage


class SubTimerStickerEvent(MessageEvent, _fields.WebcastSubTimerStickerMessageFields):
    """The subscription timer sticker changed: ``sticker.remaining_time``, ``.total_time``..."""

    __slots__ = ()
    webcast_method = "WebcastSubTimerStickerMessage"
    proto_type = pb.WebcastSubTimerStickerMessage


class SubWaveEvent(MessageEvent, _fields.WebcastSubWaveMessageFields):
    """A subscription wave: ``sub_wave.info.wave_sub_count`` of ``.wave_target_sub_count``,
    the newest subscriber in ``sub_wave.new_subscriber``."""

    __slots__ = ()
    webcast_method = "WebcastSubWaveMessage"
    proto_type = pb.WebcastSubWaveMessage


class UserStatsEvent(MessageEvent, _fields.WebcastUserStatsMessageFields):
    """A user statistics notice (``content``, ``user_id``, ``action_type``)."""

    __slots__ = ()
    webcast_method = "WebcastUserStatsMessage"
    proto_type = pb.WebcastUserStatsMessage


class VideoLiveGoodsRcmdEvent(MessageEvent, _fields.WebcastVideoLiveGoodsRcmdMessageFields):
    """A product recommended in the live (``rcmd_goods_id``)."""

    __slots__ = ()
    webcast_method = "WebcastVideoLiveGoodsRcmdMessage"
    proto_type = pb.WebcastVideoLiveGoodsRcmdMessage


class WeeklyRankRewardEvent(MessageEvent, _fields.WebcastWeeklyRankRewardMessageFields):
    """A weekly ranking reward for ``user_id`` (``border_info``, ``notify``)."""

    __slots__ = ()
    webcast_method = "WebcastWeeklyRankRewardMessage"
    proto_type = pb.WebcastWeeklyRankRewardMessage


class AlertBoxAuditResultEvent(MessageEvent, _fields.WebcastAlertBoxAuditResultMessageFields):
    """The audit result of the creator's alert box media: ``image_list``, ``text_list``,
    ``audio_list`` (each item's ``content`` and ``audit_status``), ``scene``."""

    __slots__ = ()
    webcast_method = "WebcastAlertBoxAuditResultMessage"
    proto_type = pb.WebcastAlertBoxAuditResultMessage


class BindingGiftEvent(MessageEvent, _fields.WebcastBindingGiftMessageFields):
    """A gift bound to another message: ``gift_message`` is the whole gift (as in
    :class:`GiftEvent`); its header is in ``common``."""

    __slots__ = ()
    webcast_method = "WebcastBindingGiftMessage"
    proto_type = pb.WebcastBindingGiftMessage


class NotifyEvent(MessageEvent, _fields.WebcastNotifyMessageFields):
    """A notice in the room: ``content``, ``user``, ``notify_type``, ``extra.content_list``."""

    __slots__ = ()
    webcast_method = "WebcastNotifyMessage"
    proto_type = pb.WebcastNotifyMessage


class SubCapsuleEvent(MessageEvent, _fields.WebcastSubCapsuleMessageFields):
    """A subscription prompt: ``description`` and ``button_name`` (Text), ``button_url``."""

    __slots__ = ()
    webcast_method = "WebcastSubCapsuleMessage"
    proto_type = pb.WebcastSubCapsuleMessage


class RoomStickerEvent(MessageEvent, _fields.WebcastRoomStickerMessageFields):
    """The room's stickers changed (only the ``common`` header is declared; the rest is in
    ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastRoomStickerMessage"
    proto_type = pb.WebcastRoomStickerMessage


class PictionaryStartEvent(MessageEvent, _fields.WebcastPictionaryStartMessageFields):
    """A drawing-guess game started (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryStartMessage"
    proto_type = pb.WebcastPictionaryStartMessage


class PictionaryUpdateEvent(MessageEvent, _fields.WebcastPictionaryUpdateMessageFields):
    """A drawing-guess game changed (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryUpdateMessage"
    proto_type = pb.WebcastPictionaryUpdateMessage


class PictionaryEndEvent(MessageEvent, _fields.WebcastPictionaryEndMessageFields):
    """A drawing-guess game ended (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryEndMessage"
    proto_type = pb.WebcastPictionaryEndMessage


class PictionaryExitEvent(MessageEvent, _fields.WebcastPictionaryExitMessageFields):
    """A drawing-guess game was left (``common`` only; the game is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastPictionaryExitMessage"
    proto_type = pb.WebcastPictionaryExitMessage


class QuestionDeleteEvent(MessageEvent, _fields.WebcastQuestionDeleteMessageFields):
    """A Q&A question was deleted (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastQuestionDeleteMessage"
    proto_type = pb.WebcastQuestionDeleteMessage


class DonationStickerModifyEvent(MessageEvent, _fields.WebcastDonationStickerModifyMessageFields):
    """A donation sticker changed (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastDonationStickerModifyMessage"
    proto_type = pb.WebcastDonationStickerModifyMessage


class InRoomBannerRefreshEvent(MessageEvent, _fields.WebcastInRoomBannerRefreshMessageFields):
    """The room's banner should be refreshed (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastInRoomBannerRefreshMessage"
    proto_type = pb.WebcastInRoomBannerRefreshMessage


class EcTaskRegisterEvent(MessageEvent, _fields.WebcastEcTaskRegisterMessageFields):
    """A shopping task was registered (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastEcTaskRegisterMessage"
    proto_type = pb.WebcastEcTaskRegisterMessage


class EcShortItemRefreshEvent(MessageEvent, _fields.WebcastEcShortItemRefreshMessageFields):
    """A shopping item should be refreshed (``common`` only; the rest is in ``raw``)."""

    __slots__ = ()
    webcast_method = "WebcastEcShortItemRefreshMessage"
    proto_type = pb.WebcastEcShortItemRefreshMessage


#: TikTokLive's name of :class:`MsgDetectEvent`.
MessageDetectEvent = MsgDetectEvent


def _subscribes(message: Any) -> bool:
    """Whether the message's ``user_identity`` says its user subscribes to the creator."""
    return bool(message.HasField("user_identity") and message.user_identity.is_subscriber_of_anchor)
