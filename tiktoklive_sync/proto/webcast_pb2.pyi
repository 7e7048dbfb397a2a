from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class HeaderEntry(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: str
    def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class WebcastPushFrame(_message.Message):
    __slots__ = ("seq_id", "log_id", "service", "method", "headers", "payload_encoding", "payload_type", "payload")
    SEQ_ID_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_ENCODING_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    seq_id: int
    log_id: int
    service: int
    method: int
    headers: _containers.RepeatedCompositeFieldContainer[HeaderEntry]
    payload_encoding: str
    payload_type: str
    payload: bytes
    def __init__(self, seq_id: _Optional[int] = ..., log_id: _Optional[int] = ..., service: _Optional[int] = ..., method: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[HeaderEntry, _Mapping]]] = ..., payload_encoding: _Optional[str] = ..., payload_type: _Optional[str] = ..., payload: _Optional[bytes] = ...) -> None: ...

class BaseProtoMessage(_message.Message):
    __slots__ = ("method", "payload", "msg_id", "msg_type", "offset", "is_history")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    MSG_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    IS_HISTORY_FIELD_NUMBER: _ClassVar[int]
    method: str
    payload: bytes
    msg_id: int
    msg_type: int
    offset: int
    is_history: bool
    def __init__(self, method: _Optional[str] = ..., payload: _Optional[bytes] = ..., msg_id: _Optional[int] = ..., msg_type: _Optional[int] = ..., offset: _Optional[int] = ..., is_history: bool = ...) -> None: ...

class ProtoMessageFetchResult(_message.Message):
    __slots__ = ("messages", "cursor", "fetch_interval", "now", "internal_ext", "fetch_type", "route_params", "heartbeat_duration", "need_ack", "push_server", "is_first", "history_comment_cursor", "history_no_more")
    class RouteParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    FETCH_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    NOW_FIELD_NUMBER: _ClassVar[int]
    INTERNAL_EXT_FIELD_NUMBER: _ClassVar[int]
    FETCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    ROUTE_PARAMS_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_DURATION_FIELD_NUMBER: _ClassVar[int]
    NEED_ACK_FIELD_NUMBER: _ClassVar[int]
    PUSH_SERVER_FIELD_NUMBER: _ClassVar[int]
    IS_FIRST_FIELD_NUMBER: _ClassVar[int]
    HISTORY_COMMENT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    HISTORY_NO_MORE_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[BaseProtoMessage]
    cursor: str
    fetch_interval: int
    now: int
    internal_ext: str
    fetch_type: int
    route_params: _containers.ScalarMap[str, str]
    heartbeat_duration: int
    need_ack: bool
    push_server: str
    is_first: bool
    history_comment_cursor: str
    history_no_more: bool
    def __init__(self, messages: _Optional[_Iterable[_Union[BaseProtoMessage, _Mapping]]] = ..., cursor: _Optional[str] = ..., fetch_interval: _Optional[int] = ..., now: _Optional[int] = ..., internal_ext: _Optional[str] = ..., fetch_type: _Optional[int] = ..., route_params: _Optional[_Mapping[str, str]] = ..., heartbeat_duration: _Optional[int] = ..., need_ack: bool = ..., push_server: _Optional[str] = ..., is_first: bool = ..., history_comment_cursor: _Optional[str] = ..., history_no_more: bool = ...) -> None: ...

class HeartBeatMessage(_message.Message):
    __slots__ = ("room_id", "send_packet_seq_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_PACKET_SEQ_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: int
    send_packet_seq_id: int
    def __init__(self, room_id: _Optional[int] = ..., send_packet_seq_id: _Optional[int] = ...) -> None: ...

class WebcastImEnterRoomMessage(_message.Message):
    __slots__ = ("room_id", "room_tag", "live_region", "live_id", "identity", "cursor", "account_type", "enter_unique_id", "filter_welcome_msg", "is_anchor_continue_keep_msg")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_TAG_FIELD_NUMBER: _ClassVar[int]
    LIVE_REGION_FIELD_NUMBER: _ClassVar[int]
    LIVE_ID_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENTER_UNIQUE_ID_FIELD_NUMBER: _ClassVar[int]
    FILTER_WELCOME_MSG_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_CONTINUE_KEEP_MSG_FIELD_NUMBER: _ClassVar[int]
    room_id: int
    room_tag: str
    live_region: str
    live_id: int
    identity: str
    cursor: str
    account_type: int
    enter_unique_id: int
    filter_welcome_msg: str
    is_anchor_continue_keep_msg: bool
    def __init__(self, room_id: _Optional[int] = ..., room_tag: _Optional[str] = ..., live_region: _Optional[str] = ..., live_id: _Optional[int] = ..., identity: _Optional[str] = ..., cursor: _Optional[str] = ..., account_type: _Optional[int] = ..., enter_unique_id: _Optional[int] = ..., filter_welcome_msg: _Optional[str] = ..., is_anchor_continue_keep_msg: bool = ...) -> None: ...

class ImageModel(_message.Message):
    __slots__ = ("url_list", "uri", "height", "width", "avg_color", "image_type", "open_web_url", "is_animated")
    URL_LIST_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    AVG_COLOR_FIELD_NUMBER: _ClassVar[int]
    IMAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPEN_WEB_URL_FIELD_NUMBER: _ClassVar[int]
    IS_ANIMATED_FIELD_NUMBER: _ClassVar[int]
    url_list: _containers.RepeatedScalarFieldContainer[str]
    uri: str
    height: int
    width: int
    avg_color: str
    image_type: int
    open_web_url: str
    is_animated: bool
    def __init__(self, url_list: _Optional[_Iterable[str]] = ..., uri: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., avg_color: _Optional[str] = ..., image_type: _Optional[int] = ..., open_web_url: _Optional[str] = ..., is_animated: bool = ...) -> None: ...

class TextFormat(_message.Message):
    __slots__ = ("color", "bold", "italic", "weight", "italic_angle", "font_size", "use_heighlight_color", "use_remote_clor")
    COLOR_FIELD_NUMBER: _ClassVar[int]
    BOLD_FIELD_NUMBER: _ClassVar[int]
    ITALIC_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    ITALIC_ANGLE_FIELD_NUMBER: _ClassVar[int]
    FONT_SIZE_FIELD_NUMBER: _ClassVar[int]
    USE_HEIGHLIGHT_COLOR_FIELD_NUMBER: _ClassVar[int]
    USE_REMOTE_CLOR_FIELD_NUMBER: _ClassVar[int]
    color: str
    bold: bool
    italic: bool
    weight: int
    italic_angle: int
    font_size: int
    use_heighlight_color: bool
    use_remote_clor: bool
    def __init__(self, color: _Optional[str] = ..., bold: bool = ..., italic: bool = ..., weight: _Optional[int] = ..., italic_angle: _Optional[int] = ..., font_size: _Optional[int] = ..., use_heighlight_color: bool = ..., use_remote_clor: bool = ...) -> None: ...

class TextPieceUser(_message.Message):
    __slots__ = ("user", "with_colon")
    USER_FIELD_NUMBER: _ClassVar[int]
    WITH_COLON_FIELD_NUMBER: _ClassVar[int]
    user: User
    with_colon: bool
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ..., with_colon: bool = ...) -> None: ...

class TextPieceGift(_message.Message):
    __slots__ = ("gift_id",)
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    def __init__(self, gift_id: _Optional[int] = ...) -> None: ...

class TextPiece(_message.Message):
    __slots__ = ("type", "format", "string_value", "user_value", "gift_value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    STRING_VALUE_FIELD_NUMBER: _ClassVar[int]
    USER_VALUE_FIELD_NUMBER: _ClassVar[int]
    GIFT_VALUE_FIELD_NUMBER: _ClassVar[int]
    type: int
    format: TextFormat
    string_value: str
    user_value: TextPieceUser
    gift_value: TextPieceGift
    def __init__(self, type: _Optional[int] = ..., format: _Optional[_Union[TextFormat, _Mapping]] = ..., string_value: _Optional[str] = ..., user_value: _Optional[_Union[TextPieceUser, _Mapping]] = ..., gift_value: _Optional[_Union[TextPieceGift, _Mapping]] = ...) -> None: ...

class Text(_message.Message):
    __slots__ = ("key", "default_pattern", "default_format", "pieces")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_FORMAT_FIELD_NUMBER: _ClassVar[int]
    PIECES_FIELD_NUMBER: _ClassVar[int]
    key: str
    default_pattern: str
    default_format: TextFormat
    pieces: _containers.RepeatedCompositeFieldContainer[TextPiece]
    def __init__(self, key: _Optional[str] = ..., default_pattern: _Optional[str] = ..., default_format: _Optional[_Union[TextFormat, _Mapping]] = ..., pieces: _Optional[_Iterable[_Union[TextPiece, _Mapping]]] = ...) -> None: ...

class CommonMessageData(_message.Message):
    __slots__ = ("method", "msg_id", "room_id", "create_time", "monitor", "is_show_msg", "describe", "display_text", "fold_type", "anchor_fold_type", "priority_score", "log_id", "msg_process_filter_k", "msg_process_filter_v", "from_idc", "to_idc", "filter_msg_tags")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    MSG_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    MONITOR_FIELD_NUMBER: _ClassVar[int]
    IS_SHOW_MSG_FIELD_NUMBER: _ClassVar[int]
    DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    FOLD_TYPE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FOLD_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_SCORE_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_PROCESS_FILTER_K_FIELD_NUMBER: _ClassVar[int]
    MSG_PROCESS_FILTER_V_FIELD_NUMBER: _ClassVar[int]
    FROM_IDC_FIELD_NUMBER: _ClassVar[int]
    TO_IDC_FIELD_NUMBER: _ClassVar[int]
    FILTER_MSG_TAGS_FIELD_NUMBER: _ClassVar[int]
    method: str
    msg_id: int
    room_id: int
    create_time: int
    monitor: int
    is_show_msg: bool
    describe: str
    display_text: Text
    fold_type: int
    anchor_fold_type: int
    priority_score: int
    log_id: str
    msg_process_filter_k: str
    msg_process_filter_v: str
    from_idc: str
    to_idc: str
    filter_msg_tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, method: _Optional[str] = ..., msg_id: _Optional[int] = ..., room_id: _Optional[int] = ..., create_time: _Optional[int] = ..., monitor: _Optional[int] = ..., is_show_msg: bool = ..., describe: _Optional[str] = ..., display_text: _Optional[_Union[Text, _Mapping]] = ..., fold_type: _Optional[int] = ..., anchor_fold_type: _Optional[int] = ..., priority_score: _Optional[int] = ..., log_id: _Optional[str] = ..., msg_process_filter_k: _Optional[str] = ..., msg_process_filter_v: _Optional[str] = ..., from_idc: _Optional[str] = ..., to_idc: _Optional[str] = ..., filter_msg_tags: _Optional[_Iterable[str]] = ...) -> None: ...

class FollowInfo(_message.Message):
    __slots__ = ("following_count", "follower_count", "follow_status", "push_status")
    FOLLOWING_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLLOWER_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    PUSH_STATUS_FIELD_NUMBER: _ClassVar[int]
    following_count: int
    follower_count: int
    follow_status: int
    push_status: int
    def __init__(self, following_count: _Optional[int] = ..., follower_count: _Optional[int] = ..., follow_status: _Optional[int] = ..., push_status: _Optional[int] = ...) -> None: ...

class PrivilegeLogExtra(_message.Message):
    __slots__ = ("data_version", "privilege_id", "privilege_version", "privilege_order_id", "level", "start_time", "end_time")
    DATA_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_ID_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    data_version: str
    privilege_id: str
    privilege_version: str
    privilege_order_id: str
    level: str
    start_time: int
    end_time: int
    def __init__(self, data_version: _Optional[str] = ..., privilege_id: _Optional[str] = ..., privilege_version: _Optional[str] = ..., privilege_order_id: _Optional[str] = ..., level: _Optional[str] = ..., start_time: _Optional[int] = ..., end_time: _Optional[int] = ...) -> None: ...

class ImageBadge(_message.Message):
    __slots__ = ("display_type", "image")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    display_type: int
    image: ImageModel
    def __init__(self, display_type: _Optional[int] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class TextBadge(_message.Message):
    __slots__ = ("display_type", "key", "default_pattern", "pieces")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    PIECES_FIELD_NUMBER: _ClassVar[int]
    display_type: int
    key: str
    default_pattern: str
    pieces: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, display_type: _Optional[int] = ..., key: _Optional[str] = ..., default_pattern: _Optional[str] = ..., pieces: _Optional[_Iterable[str]] = ...) -> None: ...

class StringBadge(_message.Message):
    __slots__ = ("display_type", "str")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    STR_FIELD_NUMBER: _ClassVar[int]
    display_type: int
    str: str
    def __init__(self, display_type: _Optional[int] = ..., str: _Optional[str] = ...) -> None: ...

class BadgeText(_message.Message):
    __slots__ = ("key", "default_pattern", "pieces")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    PIECES_FIELD_NUMBER: _ClassVar[int]
    key: str
    default_pattern: str
    pieces: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, key: _Optional[str] = ..., default_pattern: _Optional[str] = ..., pieces: _Optional[_Iterable[str]] = ...) -> None: ...

class CombineBadge(_message.Message):
    __slots__ = ("icon", "text", "str")
    ICON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    STR_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    text: BadgeText
    str: str
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., text: _Optional[_Union[BadgeText, _Mapping]] = ..., str: _Optional[str] = ...) -> None: ...

class BadgeStruct(_message.Message):
    __slots__ = ("display_type", "priority_type", "scene_type", "position", "display_status", "greyed_by_client", "exhibition_type", "openweburl", "display", "privilege_log_extra", "image", "text", "str", "combine", "is_customized")
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCENE_TYPE_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STATUS_FIELD_NUMBER: _ClassVar[int]
    GREYED_BY_CLIENT_FIELD_NUMBER: _ClassVar[int]
    EXHIBITION_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPENWEBURL_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    STR_FIELD_NUMBER: _ClassVar[int]
    COMBINE_FIELD_NUMBER: _ClassVar[int]
    IS_CUSTOMIZED_FIELD_NUMBER: _ClassVar[int]
    display_type: int
    priority_type: int
    scene_type: int
    position: int
    display_status: int
    greyed_by_client: int
    exhibition_type: int
    openweburl: str
    display: bool
    privilege_log_extra: PrivilegeLogExtra
    image: ImageBadge
    text: TextBadge
    str: StringBadge
    combine: CombineBadge
    is_customized: bool
    def __init__(self, display_type: _Optional[int] = ..., priority_type: _Optional[int] = ..., scene_type: _Optional[int] = ..., position: _Optional[int] = ..., display_status: _Optional[int] = ..., greyed_by_client: _Optional[int] = ..., exhibition_type: _Optional[int] = ..., openweburl: _Optional[str] = ..., display: bool = ..., privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., image: _Optional[_Union[ImageBadge, _Mapping]] = ..., text: _Optional[_Union[TextBadge, _Mapping]] = ..., str: _Optional[_Union[StringBadge, _Mapping]] = ..., combine: _Optional[_Union[CombineBadge, _Mapping]] = ..., is_customized: bool = ...) -> None: ...

class UserHonor(_message.Message):
    __slots__ = ("diamond_icon", "name", "icon", "next_name", "level", "grade_describe", "score")
    DIAMOND_ICON_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    NEXT_NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    GRADE_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    diamond_icon: ImageModel
    name: str
    icon: ImageModel
    next_name: str
    level: int
    grade_describe: str
    score: int
    def __init__(self, diamond_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., name: _Optional[str] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., next_name: _Optional[str] = ..., level: _Optional[int] = ..., grade_describe: _Optional[str] = ..., score: _Optional[int] = ...) -> None: ...

class UserBadge(_message.Message):
    __slots__ = ("icons", "title")
    class IconsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: ImageModel
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...
    ICONS_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    icons: _containers.MessageMap[int, ImageModel]
    title: str
    def __init__(self, icons: _Optional[_Mapping[int, ImageModel]] = ..., title: _Optional[str] = ...) -> None: ...

class FansClubData(_message.Message):
    __slots__ = ("club_name", "level", "user_fans_club_status", "badge", "available_gift_ids", "anchor_id")
    CLUB_NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    USER_FANS_CLUB_STATUS_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_GIFT_IDS_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    club_name: str
    level: int
    user_fans_club_status: int
    badge: UserBadge
    available_gift_ids: _containers.RepeatedScalarFieldContainer[int]
    anchor_id: int
    def __init__(self, club_name: _Optional[str] = ..., level: _Optional[int] = ..., user_fans_club_status: _Optional[int] = ..., badge: _Optional[_Union[UserBadge, _Mapping]] = ..., available_gift_ids: _Optional[_Iterable[int]] = ..., anchor_id: _Optional[int] = ...) -> None: ...

class FansClubMember(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: FansClubData
    def __init__(self, data: _Optional[_Union[FansClubData, _Mapping]] = ...) -> None: ...

class UserAttr(_message.Message):
    __slots__ = ("is_muted", "is_admin", "is_super_admin", "has_voting_function", "is_channel_admin")
    IS_MUTED_FIELD_NUMBER: _ClassVar[int]
    IS_ADMIN_FIELD_NUMBER: _ClassVar[int]
    IS_SUPER_ADMIN_FIELD_NUMBER: _ClassVar[int]
    HAS_VOTING_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    IS_CHANNEL_ADMIN_FIELD_NUMBER: _ClassVar[int]
    is_muted: bool
    is_admin: bool
    is_super_admin: bool
    has_voting_function: bool
    is_channel_admin: bool
    def __init__(self, is_muted: bool = ..., is_admin: bool = ..., is_super_admin: bool = ..., has_voting_function: bool = ..., is_channel_admin: bool = ...) -> None: ...

class SubscribeBadge(_message.Message):
    __slots__ = ("origin_img", "preview_img", "is_customized")
    ORIGIN_IMG_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_IMG_FIELD_NUMBER: _ClassVar[int]
    IS_CUSTOMIZED_FIELD_NUMBER: _ClassVar[int]
    origin_img: ImageModel
    preview_img: ImageModel
    is_customized: bool
    def __init__(self, origin_img: _Optional[_Union[ImageModel, _Mapping]] = ..., preview_img: _Optional[_Union[ImageModel, _Mapping]] = ..., is_customized: bool = ...) -> None: ...

class SubscribeInfo(_message.Message):
    __slots__ = ("qualification", "is_subscribe", "badge", "enable_subscription", "subscriber_count", "is_in_grace_period", "is_subscribed_to_anchor", "sub_end_time")
    QUALIFICATION_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_IN_GRACE_PERIOD_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBED_TO_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    SUB_END_TIME_FIELD_NUMBER: _ClassVar[int]
    qualification: bool
    is_subscribe: bool
    badge: SubscribeBadge
    enable_subscription: bool
    subscriber_count: int
    is_in_grace_period: bool
    is_subscribed_to_anchor: bool
    sub_end_time: int
    def __init__(self, qualification: bool = ..., is_subscribe: bool = ..., badge: _Optional[_Union[SubscribeBadge, _Mapping]] = ..., enable_subscription: bool = ..., subscriber_count: _Optional[int] = ..., is_in_grace_period: bool = ..., is_subscribed_to_anchor: bool = ..., sub_end_time: _Optional[int] = ...) -> None: ...

class UserIdentity(_message.Message):
    __slots__ = ("is_gift_giver_of_anchor", "is_subscriber_of_anchor", "is_mutual_following_with_anchor", "is_follower_of_anchor", "is_moderator_of_anchor", "is_anchor")
    IS_GIFT_GIVER_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBER_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_MUTUAL_FOLLOWING_WITH_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWER_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_MODERATOR_OF_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    is_gift_giver_of_anchor: bool
    is_subscriber_of_anchor: bool
    is_mutual_following_with_anchor: bool
    is_follower_of_anchor: bool
    is_moderator_of_anchor: bool
    is_anchor: bool
    def __init__(self, is_gift_giver_of_anchor: bool = ..., is_subscriber_of_anchor: bool = ..., is_mutual_following_with_anchor: bool = ..., is_follower_of_anchor: bool = ..., is_moderator_of_anchor: bool = ..., is_anchor: bool = ...) -> None: ...

class User(_message.Message):
    __slots__ = ("id", "short_id", "nickname", "gender", "signature", "level", "birthday", "telephone", "avatar_thumb", "avatar_medium", "avatar_large", "verified", "experience", "city", "status", "create_time", "modify_time", "secret", "share_qrcode_uri", "income_share_percent", "badge_image_list", "follow_info", "pay_grade", "fans_club", "special_id", "user_attr", "pay_score", "ticket_count", "display_id", "verified_content", "top_fans", "sec_uid", "user_role", "subscribe_info", "badge_list", "id_str")
    ID_FIELD_NUMBER: _ClassVar[int]
    SHORT_ID_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    GENDER_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    BIRTHDAY_FIELD_NUMBER: _ClassVar[int]
    TELEPHONE_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    AVATAR_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    AVATAR_LARGE_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_FIELD_NUMBER: _ClassVar[int]
    EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    MODIFY_TIME_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    SHARE_QRCODE_URI_FIELD_NUMBER: _ClassVar[int]
    INCOME_SHARE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    BADGE_IMAGE_LIST_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_INFO_FIELD_NUMBER: _ClassVar[int]
    PAY_GRADE_FIELD_NUMBER: _ClassVar[int]
    FANS_CLUB_FIELD_NUMBER: _ClassVar[int]
    SPECIAL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ATTR_FIELD_NUMBER: _ClassVar[int]
    PAY_SCORE_FIELD_NUMBER: _ClassVar[int]
    TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_CONTENT_FIELD_NUMBER: _ClassVar[int]
    TOP_FANS_FIELD_NUMBER: _ClassVar[int]
    SEC_UID_FIELD_NUMBER: _ClassVar[int]
    USER_ROLE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_INFO_FIELD_NUMBER: _ClassVar[int]
    BADGE_LIST_FIELD_NUMBER: _ClassVar[int]
    ID_STR_FIELD_NUMBER: _ClassVar[int]
    id: int
    short_id: int
    nickname: str
    gender: int
    signature: str
    level: int
    birthday: int
    telephone: str
    avatar_thumb: ImageModel
    avatar_medium: ImageModel
    avatar_large: ImageModel
    verified: bool
    experience: int
    city: str
    status: int
    create_time: int
    modify_time: int
    secret: int
    share_qrcode_uri: str
    income_share_percent: int
    badge_image_list: _containers.RepeatedCompositeFieldContainer[ImageModel]
    follow_info: FollowInfo
    pay_grade: UserHonor
    fans_club: FansClubMember
    special_id: str
    user_attr: UserAttr
    pay_score: int
    ticket_count: int
    display_id: str
    verified_content: str
    top_fans: _containers.RepeatedCompositeFieldContainer[User]
    sec_uid: str
    user_role: int
    subscribe_info: SubscribeInfo
    badge_list: _containers.RepeatedCompositeFieldContainer[BadgeStruct]
    id_str: str
    def __init__(self, id: _Optional[int] = ..., short_id: _Optional[int] = ..., nickname: _Optional[str] = ..., gender: _Optional[int] = ..., signature: _Optional[str] = ..., level: _Optional[int] = ..., birthday: _Optional[int] = ..., telephone: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_medium: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_large: _Optional[_Union[ImageModel, _Mapping]] = ..., verified: bool = ..., experience: _Optional[int] = ..., city: _Optional[str] = ..., status: _Optional[int] = ..., create_time: _Optional[int] = ..., modify_time: _Optional[int] = ..., secret: _Optional[int] = ..., share_qrcode_uri: _Optional[str] = ..., income_share_percent: _Optional[int] = ..., badge_image_list: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., follow_info: _Optional[_Union[FollowInfo, _Mapping]] = ..., pay_grade: _Optional[_Union[UserHonor, _Mapping]] = ..., fans_club: _Optional[_Union[FansClubMember, _Mapping]] = ..., special_id: _Optional[str] = ..., user_attr: _Optional[_Union[UserAttr, _Mapping]] = ..., pay_score: _Optional[int] = ..., ticket_count: _Optional[int] = ..., display_id: _Optional[str] = ..., verified_content: _Optional[str] = ..., top_fans: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., sec_uid: _Optional[str] = ..., user_role: _Optional[int] = ..., subscribe_info: _Optional[_Union[SubscribeInfo, _Mapping]] = ..., badge_list: _Optional[_Iterable[_Union[BadgeStruct, _Mapping]]] = ..., id_str: _Optional[str] = ...) -> None: ...

class Gift(_message.Message):
    __slots__ = ("image", "describe", "duration", "id", "for_linkmic", "combo", "type", "diamond_count", "is_displayed_on_panel", "primary_effect_id", "gift_label_icon", "name", "icon")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    FOR_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    COMBO_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_DISPLAYED_ON_PANEL_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_LABEL_ICON_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    image: ImageModel
    describe: str
    duration: int
    id: int
    for_linkmic: bool
    combo: bool
    type: int
    diamond_count: int
    is_displayed_on_panel: bool
    primary_effect_id: int
    gift_label_icon: ImageModel
    name: str
    icon: ImageModel
    def __init__(self, image: _Optional[_Union[ImageModel, _Mapping]] = ..., describe: _Optional[str] = ..., duration: _Optional[int] = ..., id: _Optional[int] = ..., for_linkmic: bool = ..., combo: bool = ..., type: _Optional[int] = ..., diamond_count: _Optional[int] = ..., is_displayed_on_panel: bool = ..., primary_effect_id: _Optional[int] = ..., gift_label_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., name: _Optional[str] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class EmoteModel(_message.Message):
    __slots__ = ("emote_id", "image", "audit_status", "uuid", "emote_type", "content_source", "emote_private_type", "package_id")
    EMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    UUID_FIELD_NUMBER: _ClassVar[int]
    EMOTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    EMOTE_PRIVATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_ID_FIELD_NUMBER: _ClassVar[int]
    emote_id: str
    image: ImageModel
    audit_status: int
    uuid: str
    emote_type: int
    content_source: int
    emote_private_type: int
    package_id: str
    def __init__(self, emote_id: _Optional[str] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ..., audit_status: _Optional[int] = ..., uuid: _Optional[str] = ..., emote_type: _Optional[int] = ..., content_source: _Optional[int] = ..., emote_private_type: _Optional[int] = ..., package_id: _Optional[str] = ...) -> None: ...

class EmoteWithIndex(_message.Message):
    __slots__ = ("index", "emote")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    EMOTE_FIELD_NUMBER: _ClassVar[int]
    index: int
    emote: EmoteModel
    def __init__(self, index: _Optional[int] = ..., emote: _Optional[_Union[EmoteModel, _Mapping]] = ...) -> None: ...

class WebcastChatMessage(_message.Message):
    __slots__ = ("common", "user", "content", "visible_to_sender", "background_image", "full_screen_text_color", "background_image_v2", "gift_image", "at_user", "emotes", "content_language", "user_identity", "comment_tag", "mention_users", "public_area_common", "input_type", "msg_filter", "quick_chat_scene", "community_flagged_status", "comment_quality_scores", "public_area_message_common", "screen_time", "signature", "signature_version", "ec_streamer_key", "comment_label_scores", "mention_user_list", "is_on_comment_tray")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    VISIBLE_TO_SENDER_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    FULL_SCREEN_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_V2_FIELD_NUMBER: _ClassVar[int]
    GIFT_IMAGE_FIELD_NUMBER: _ClassVar[int]
    AT_USER_FIELD_NUMBER: _ClassVar[int]
    EMOTES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    USER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    COMMENT_TAG_FIELD_NUMBER: _ClassVar[int]
    MENTION_USERS_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    INPUT_TYPE_FIELD_NUMBER: _ClassVar[int]
    MSG_FILTER_FIELD_NUMBER: _ClassVar[int]
    QUICK_CHAT_SCENE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_FLAGGED_STATUS_FIELD_NUMBER: _ClassVar[int]
    COMMENT_QUALITY_SCORES_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    EC_STREAMER_KEY_FIELD_NUMBER: _ClassVar[int]
    COMMENT_LABEL_SCORES_FIELD_NUMBER: _ClassVar[int]
    MENTION_USER_LIST_FIELD_NUMBER: _ClassVar[int]
    IS_ON_COMMENT_TRAY_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    content: str
    visible_to_sender: bool
    background_image: ImageModel
    full_screen_text_color: str
    background_image_v2: ImageModel
    gift_image: ImageModel
    at_user: User
    emotes: _containers.RepeatedCompositeFieldContainer[EmoteWithIndex]
    content_language: str
    user_identity: UserIdentity
    comment_tag: _containers.RepeatedScalarFieldContainer[int]
    mention_users: _containers.RepeatedCompositeFieldContainer[User]
    public_area_common: PublicAreaCommon
    input_type: int
    msg_filter: MsgFilter
    quick_chat_scene: int
    community_flagged_status: int
    comment_quality_scores: _containers.RepeatedCompositeFieldContainer[CommentQualityScore]
    public_area_message_common: PublicAreaMessageCommon
    screen_time: int
    signature: str
    signature_version: str
    ec_streamer_key: str
    comment_label_scores: _containers.RepeatedCompositeFieldContainer[CommentLabelScore]
    mention_user_list: _containers.RepeatedScalarFieldContainer[int]
    is_on_comment_tray: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., content: _Optional[str] = ..., visible_to_sender: bool = ..., background_image: _Optional[_Union[ImageModel, _Mapping]] = ..., full_screen_text_color: _Optional[str] = ..., background_image_v2: _Optional[_Union[ImageModel, _Mapping]] = ..., gift_image: _Optional[_Union[ImageModel, _Mapping]] = ..., at_user: _Optional[_Union[User, _Mapping]] = ..., emotes: _Optional[_Iterable[_Union[EmoteWithIndex, _Mapping]]] = ..., content_language: _Optional[str] = ..., user_identity: _Optional[_Union[UserIdentity, _Mapping]] = ..., comment_tag: _Optional[_Iterable[int]] = ..., mention_users: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., public_area_common: _Optional[_Union[PublicAreaCommon, _Mapping]] = ..., input_type: _Optional[int] = ..., msg_filter: _Optional[_Union[MsgFilter, _Mapping]] = ..., quick_chat_scene: _Optional[int] = ..., community_flagged_status: _Optional[int] = ..., comment_quality_scores: _Optional[_Iterable[_Union[CommentQualityScore, _Mapping]]] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., screen_time: _Optional[int] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ..., ec_streamer_key: _Optional[str] = ..., comment_label_scores: _Optional[_Iterable[_Union[CommentLabelScore, _Mapping]]] = ..., mention_user_list: _Optional[_Iterable[int]] = ..., is_on_comment_tray: bool = ...) -> None: ...

class WebcastGiftMessage(_message.Message):
    __slots__ = ("common", "gift_id", "fan_ticket_count", "group_count", "repeat_count", "combo_count", "user", "to_user", "repeat_end", "group_id", "income_taskgifts", "room_fan_ticket_count", "gift", "log_id", "send_type", "text_effect", "priority", "public_area_common", "tray_display_text", "banned_display_effects", "tray_info", "monitor_extra", "monitor_info", "color_id", "is_first_sent", "display_text_for_anchor", "display_text_for_audience", "order_id", "gifts_in_box", "msg_filter", "lynx_extra", "user_identity", "match_info", "linkmic_gift_expression_strategy", "flying_mic_resources", "disable_gift_tracking", "asset", "version", "sponsorship_info", "flying_mic_resources_v2", "public_area_message_common", "signature", "signature_version", "multi_generate_message", "to_member_id", "to_member_id_int", "to_member_nickname", "interactive_gift_info", "display_duration_ms", "display_text_for_sender", "is_asset_bundle_gift", "asset_bundle", "effect_extra", "secondary_effect_info", "gift_variant_id", "shiny_card_unlock_token", "gift_effect")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    GROUP_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPEAT_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    TO_USER_FIELD_NUMBER: _ClassVar[int]
    REPEAT_END_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    INCOME_TASKGIFTS_FIELD_NUMBER: _ClassVar[int]
    ROOM_FAN_TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_EFFECT_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    TRAY_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    BANNED_DISPLAY_EFFECTS_FIELD_NUMBER: _ClassVar[int]
    TRAY_INFO_FIELD_NUMBER: _ClassVar[int]
    MONITOR_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MONITOR_INFO_FIELD_NUMBER: _ClassVar[int]
    COLOR_ID_FIELD_NUMBER: _ClassVar[int]
    IS_FIRST_SENT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FOR_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FOR_AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFTS_IN_BOX_FIELD_NUMBER: _ClassVar[int]
    MSG_FILTER_FIELD_NUMBER: _ClassVar[int]
    LYNX_EXTRA_FIELD_NUMBER: _ClassVar[int]
    USER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    MATCH_INFO_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_GIFT_EXPRESSION_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    FLYING_MIC_RESOURCES_FIELD_NUMBER: _ClassVar[int]
    DISABLE_GIFT_TRACKING_FIELD_NUMBER: _ClassVar[int]
    ASSET_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SPONSORSHIP_INFO_FIELD_NUMBER: _ClassVar[int]
    FLYING_MIC_RESOURCES_V2_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    MULTI_GENERATE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TO_MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_MEMBER_ID_INT_FIELD_NUMBER: _ClassVar[int]
    TO_MEMBER_NICKNAME_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVE_GIFT_INFO_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FOR_SENDER_FIELD_NUMBER: _ClassVar[int]
    IS_ASSET_BUNDLE_GIFT_FIELD_NUMBER: _ClassVar[int]
    ASSET_BUNDLE_FIELD_NUMBER: _ClassVar[int]
    EFFECT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_VARIANT_ID_FIELD_NUMBER: _ClassVar[int]
    SHINY_CARD_UNLOCK_TOKEN_FIELD_NUMBER: _ClassVar[int]
    GIFT_EFFECT_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    gift_id: int
    fan_ticket_count: int
    group_count: int
    repeat_count: int
    combo_count: int
    user: User
    to_user: User
    repeat_end: int
    group_id: int
    income_taskgifts: int
    room_fan_ticket_count: int
    gift: Gift
    log_id: str
    send_type: int
    text_effect: TextEffect
    priority: GiftImPriority
    public_area_common: PublicAreaCommon
    tray_display_text: Text
    banned_display_effects: int
    tray_info: GiftTrayInfo
    monitor_extra: str
    monitor_info: GiftMonitorInfo
    color_id: int
    is_first_sent: bool
    display_text_for_anchor: Text
    display_text_for_audience: Text
    order_id: str
    gifts_in_box: GiftsBoxInfo
    msg_filter: MsgFilter
    lynx_extra: _containers.RepeatedCompositeFieldContainer[LynxGiftExtra]
    user_identity: UserIdentity
    match_info: MatchInfo
    linkmic_gift_expression_strategy: int
    flying_mic_resources: FlyingMicResources
    disable_gift_tracking: bool
    asset: AssetsModel
    version: int
    sponsorship_info: _containers.RepeatedCompositeFieldContainer[SponsorshipInfo]
    flying_mic_resources_v2: FlyingMicResources
    public_area_message_common: PublicAreaMessageCommon
    signature: str
    signature_version: str
    multi_generate_message: bool
    to_member_id: str
    to_member_id_int: int
    to_member_nickname: str
    interactive_gift_info: InteractiveGiftInfo
    display_duration_ms: int
    display_text_for_sender: Text
    is_asset_bundle_gift: bool
    asset_bundle: AssetBundle
    effect_extra: str
    secondary_effect_info: SecondaryEffectInfo
    gift_variant_id: int
    shiny_card_unlock_token: str
    gift_effect: GiftEffect
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., gift_id: _Optional[int] = ..., fan_ticket_count: _Optional[int] = ..., group_count: _Optional[int] = ..., repeat_count: _Optional[int] = ..., combo_count: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., to_user: _Optional[_Union[User, _Mapping]] = ..., repeat_end: _Optional[int] = ..., group_id: _Optional[int] = ..., income_taskgifts: _Optional[int] = ..., room_fan_ticket_count: _Optional[int] = ..., gift: _Optional[_Union[Gift, _Mapping]] = ..., log_id: _Optional[str] = ..., send_type: _Optional[int] = ..., text_effect: _Optional[_Union[TextEffect, _Mapping]] = ..., priority: _Optional[_Union[GiftImPriority, _Mapping]] = ..., public_area_common: _Optional[_Union[PublicAreaCommon, _Mapping]] = ..., tray_display_text: _Optional[_Union[Text, _Mapping]] = ..., banned_display_effects: _Optional[int] = ..., tray_info: _Optional[_Union[GiftTrayInfo, _Mapping]] = ..., monitor_extra: _Optional[str] = ..., monitor_info: _Optional[_Union[GiftMonitorInfo, _Mapping]] = ..., color_id: _Optional[int] = ..., is_first_sent: bool = ..., display_text_for_anchor: _Optional[_Union[Text, _Mapping]] = ..., display_text_for_audience: _Optional[_Union[Text, _Mapping]] = ..., order_id: _Optional[str] = ..., gifts_in_box: _Optional[_Union[GiftsBoxInfo, _Mapping]] = ..., msg_filter: _Optional[_Union[MsgFilter, _Mapping]] = ..., lynx_extra: _Optional[_Iterable[_Union[LynxGiftExtra, _Mapping]]] = ..., user_identity: _Optional[_Union[UserIdentity, _Mapping]] = ..., match_info: _Optional[_Union[MatchInfo, _Mapping]] = ..., linkmic_gift_expression_strategy: _Optional[int] = ..., flying_mic_resources: _Optional[_Union[FlyingMicResources, _Mapping]] = ..., disable_gift_tracking: bool = ..., asset: _Optional[_Union[AssetsModel, _Mapping]] = ..., version: _Optional[int] = ..., sponsorship_info: _Optional[_Iterable[_Union[SponsorshipInfo, _Mapping]]] = ..., flying_mic_resources_v2: _Optional[_Union[FlyingMicResources, _Mapping]] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ..., multi_generate_message: bool = ..., to_member_id: _Optional[str] = ..., to_member_id_int: _Optional[int] = ..., to_member_nickname: _Optional[str] = ..., interactive_gift_info: _Optional[_Union[InteractiveGiftInfo, _Mapping]] = ..., display_duration_ms: _Optional[int] = ..., display_text_for_sender: _Optional[_Union[Text, _Mapping]] = ..., is_asset_bundle_gift: bool = ..., asset_bundle: _Optional[_Union[AssetBundle, _Mapping]] = ..., effect_extra: _Optional[str] = ..., secondary_effect_info: _Optional[_Union[SecondaryEffectInfo, _Mapping]] = ..., gift_variant_id: _Optional[int] = ..., shiny_card_unlock_token: _Optional[str] = ..., gift_effect: _Optional[_Union[GiftEffect, _Mapping]] = ...) -> None: ...

class WebcastLikeMessage(_message.Message):
    __slots__ = ("common", "count", "total", "color", "user", "icon", "icons", "specified_display_text", "effect_cnt", "like_effect", "public_area_message_common", "room_message_heat_level")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    ICONS_FIELD_NUMBER: _ClassVar[int]
    SPECIFIED_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CNT_FIELD_NUMBER: _ClassVar[int]
    LIKE_EFFECT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    ROOM_MESSAGE_HEAT_LEVEL_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    count: int
    total: int
    color: int
    user: User
    icon: str
    icons: _containers.RepeatedCompositeFieldContainer[ImageModel]
    specified_display_text: _containers.RepeatedCompositeFieldContainer[SpecifiedDisplayText]
    effect_cnt: int
    like_effect: _containers.RepeatedCompositeFieldContainer[LikeEffect]
    public_area_message_common: PublicAreaMessageCommon
    room_message_heat_level: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., count: _Optional[int] = ..., total: _Optional[int] = ..., color: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., icon: _Optional[str] = ..., icons: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., specified_display_text: _Optional[_Iterable[_Union[SpecifiedDisplayText, _Mapping]]] = ..., effect_cnt: _Optional[int] = ..., like_effect: _Optional[_Iterable[_Union[LikeEffect, _Mapping]]] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., room_message_heat_level: _Optional[int] = ...) -> None: ...

class WebcastMemberMessage(_message.Message):
    __slots__ = ("common", "user", "member_count", "operator", "is_set_to_admin", "is_top_user", "rank_score", "top_user_no", "enter_type", "action", "action_description", "user_id", "effect_config", "pop_str", "enter_effect_config", "background_image", "background_image_v2", "anchor_display_text", "client_enter_source", "client_enter_type", "client_live_reason", "action_duration", "user_share_type", "display_style", "admin_permissions", "kick_source", "allow_preview_time", "last_subscription_action", "public_area_message_common", "live_sub_only_tier", "live_sub_only_month", "ec_streamer_key", "show_wave", "wave_algorithm_data", "hit_ab_status")
    class AdminPermissionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    IS_SET_TO_ADMIN_FIELD_NUMBER: _ClassVar[int]
    IS_TOP_USER_FIELD_NUMBER: _ClassVar[int]
    RANK_SCORE_FIELD_NUMBER: _ClassVar[int]
    TOP_USER_NO_FIELD_NUMBER: _ClassVar[int]
    ENTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    ACTION_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    POP_STR_FIELD_NUMBER: _ClassVar[int]
    ENTER_EFFECT_CONFIG_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_V2_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ENTER_SOURCE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ENTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_LIVE_REASON_FIELD_NUMBER: _ClassVar[int]
    ACTION_DURATION_FIELD_NUMBER: _ClassVar[int]
    USER_SHARE_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    ADMIN_PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    KICK_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_PREVIEW_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_SUBSCRIPTION_ACTION_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    LIVE_SUB_ONLY_TIER_FIELD_NUMBER: _ClassVar[int]
    LIVE_SUB_ONLY_MONTH_FIELD_NUMBER: _ClassVar[int]
    EC_STREAMER_KEY_FIELD_NUMBER: _ClassVar[int]
    SHOW_WAVE_FIELD_NUMBER: _ClassVar[int]
    WAVE_ALGORITHM_DATA_FIELD_NUMBER: _ClassVar[int]
    HIT_AB_STATUS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    member_count: int
    operator: User
    is_set_to_admin: bool
    is_top_user: bool
    rank_score: int
    top_user_no: int
    enter_type: int
    action: int
    action_description: str
    user_id: int
    effect_config: bytes
    pop_str: str
    enter_effect_config: EffectConfigBean
    background_image: ImageModel
    background_image_v2: ImageModel
    anchor_display_text: Text
    client_enter_source: str
    client_enter_type: str
    client_live_reason: str
    action_duration: int
    user_share_type: str
    display_style: int
    admin_permissions: _containers.ScalarMap[int, int]
    kick_source: int
    allow_preview_time: int
    last_subscription_action: int
    public_area_message_common: PublicAreaMessageCommon
    live_sub_only_tier: int
    live_sub_only_month: int
    ec_streamer_key: str
    show_wave: int
    wave_algorithm_data: WaveAlgorithmData
    hit_ab_status: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., member_count: _Optional[int] = ..., operator: _Optional[_Union[User, _Mapping]] = ..., is_set_to_admin: bool = ..., is_top_user: bool = ..., rank_score: _Optional[int] = ..., top_user_no: _Optional[int] = ..., enter_type: _Optional[int] = ..., action: _Optional[int] = ..., action_description: _Optional[str] = ..., user_id: _Optional[int] = ..., effect_config: _Optional[bytes] = ..., pop_str: _Optional[str] = ..., enter_effect_config: _Optional[_Union[EffectConfigBean, _Mapping]] = ..., background_image: _Optional[_Union[ImageModel, _Mapping]] = ..., background_image_v2: _Optional[_Union[ImageModel, _Mapping]] = ..., anchor_display_text: _Optional[_Union[Text, _Mapping]] = ..., client_enter_source: _Optional[str] = ..., client_enter_type: _Optional[str] = ..., client_live_reason: _Optional[str] = ..., action_duration: _Optional[int] = ..., user_share_type: _Optional[str] = ..., display_style: _Optional[int] = ..., admin_permissions: _Optional[_Mapping[int, int]] = ..., kick_source: _Optional[int] = ..., allow_preview_time: _Optional[int] = ..., last_subscription_action: _Optional[int] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., live_sub_only_tier: _Optional[int] = ..., live_sub_only_month: _Optional[int] = ..., ec_streamer_key: _Optional[str] = ..., show_wave: _Optional[int] = ..., wave_algorithm_data: _Optional[_Union[WaveAlgorithmData, _Mapping]] = ..., hit_ab_status: _Optional[int] = ...) -> None: ...

class WebcastSocialMessage(_message.Message):
    __slots__ = ("common", "user", "share_type", "action", "share_target", "follow_count", "share_display_style", "share_count", "public_area_message_common", "signature", "signature_version", "show_duration_ms", "follow_type", "target_user_id", "scene")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    SHARE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    SHARE_TARGET_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    SHARE_DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    SHARE_COUNT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    SHOW_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    share_type: int
    action: int
    share_target: str
    follow_count: int
    share_display_style: int
    share_count: int
    public_area_message_common: PublicAreaMessageCommon
    signature: str
    signature_version: str
    show_duration_ms: int
    follow_type: int
    target_user_id: int
    scene: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., share_type: _Optional[int] = ..., action: _Optional[int] = ..., share_target: _Optional[str] = ..., follow_count: _Optional[int] = ..., share_display_style: _Optional[int] = ..., share_count: _Optional[int] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ..., show_duration_ms: _Optional[int] = ..., follow_type: _Optional[int] = ..., target_user_id: _Optional[int] = ..., scene: _Optional[str] = ...) -> None: ...

class RoomUserSeqContributor(_message.Message):
    __slots__ = ("coin_count", "user", "rank", "delta")
    COIN_COUNT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    coin_count: int
    user: User
    rank: int
    delta: int
    def __init__(self, coin_count: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., rank: _Optional[int] = ..., delta: _Optional[int] = ...) -> None: ...

class WebcastRoomUserSeqMessage(_message.Message):
    __slots__ = ("common", "ranks", "total", "pop_str", "seats", "popularity", "total_user", "anonymous")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    RANKS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    POP_STR_FIELD_NUMBER: _ClassVar[int]
    SEATS_FIELD_NUMBER: _ClassVar[int]
    POPULARITY_FIELD_NUMBER: _ClassVar[int]
    TOTAL_USER_FIELD_NUMBER: _ClassVar[int]
    ANONYMOUS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    ranks: _containers.RepeatedCompositeFieldContainer[RoomUserSeqContributor]
    total: int
    pop_str: str
    seats: _containers.RepeatedCompositeFieldContainer[RoomUserSeqContributor]
    popularity: int
    total_user: int
    anonymous: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., ranks: _Optional[_Iterable[_Union[RoomUserSeqContributor, _Mapping]]] = ..., total: _Optional[int] = ..., pop_str: _Optional[str] = ..., seats: _Optional[_Iterable[_Union[RoomUserSeqContributor, _Mapping]]] = ..., popularity: _Optional[int] = ..., total_user: _Optional[int] = ..., anonymous: _Optional[int] = ...) -> None: ...

class WebcastControlMessage(_message.Message):
    __slots__ = ("common", "action", "tips", "extra", "perception_dialog", "perception_audience_text", "punish_info", "float_text", "float_style")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    TIPS_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    PERCEPTION_DIALOG_FIELD_NUMBER: _ClassVar[int]
    PERCEPTION_AUDIENCE_TEXT_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    FLOAT_TEXT_FIELD_NUMBER: _ClassVar[int]
    FLOAT_STYLE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action: int
    tips: str
    extra: Extra
    perception_dialog: PerceptionDialogInfo
    perception_audience_text: Text
    punish_info: PunishEventInfo
    float_text: Text
    float_style: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action: _Optional[int] = ..., tips: _Optional[str] = ..., extra: _Optional[_Union[Extra, _Mapping]] = ..., perception_dialog: _Optional[_Union[PerceptionDialogInfo, _Mapping]] = ..., perception_audience_text: _Optional[_Union[Text, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., float_text: _Optional[_Union[Text, _Mapping]] = ..., float_style: _Optional[int] = ...) -> None: ...

class PunishEventInfo(_message.Message):
    __slots__ = ("punish_type", "punish_reason", "punish_id", "violation_uid", "punish_type_id", "duration", "punish_perception_code", "end_time", "violation_uid_str", "show_reason")
    PUNISH_TYPE_FIELD_NUMBER: _ClassVar[int]
    PUNISH_REASON_FIELD_NUMBER: _ClassVar[int]
    PUNISH_ID_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_UID_FIELD_NUMBER: _ClassVar[int]
    PUNISH_TYPE_ID_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    PUNISH_PERCEPTION_CODE_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_UID_STR_FIELD_NUMBER: _ClassVar[int]
    SHOW_REASON_FIELD_NUMBER: _ClassVar[int]
    punish_type: str
    punish_reason: str
    punish_id: str
    violation_uid: int
    punish_type_id: int
    duration: int
    punish_perception_code: str
    end_time: int
    violation_uid_str: str
    show_reason: str
    def __init__(self, punish_type: _Optional[str] = ..., punish_reason: _Optional[str] = ..., punish_id: _Optional[str] = ..., violation_uid: _Optional[int] = ..., punish_type_id: _Optional[int] = ..., duration: _Optional[int] = ..., punish_perception_code: _Optional[str] = ..., end_time: _Optional[int] = ..., violation_uid_str: _Optional[str] = ..., show_reason: _Optional[str] = ...) -> None: ...

class AccessControlCaptcha(_message.Message):
    __slots__ = ("captcha_record_id", "room_id", "verify_duration_in_sec")
    CAPTCHA_RECORD_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    VERIFY_DURATION_IN_SEC_FIELD_NUMBER: _ClassVar[int]
    captcha_record_id: int
    room_id: int
    verify_duration_in_sec: int
    def __init__(self, captcha_record_id: _Optional[int] = ..., room_id: _Optional[int] = ..., verify_duration_in_sec: _Optional[int] = ...) -> None: ...

class WebcastAccessControlMessage(_message.Message):
    __slots__ = ("common", "captcha")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CAPTCHA_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    captcha: AccessControlCaptcha
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., captcha: _Optional[_Union[AccessControlCaptcha, _Mapping]] = ...) -> None: ...

class WebcastAccessRecallMessage(_message.Message):
    __slots__ = ("common", "scene", "notice", "content", "punish_info", "status", "duration", "end_time")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    NOTICE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    scene: str
    notice: Text
    content: Text
    punish_info: PunishEventInfo
    status: int
    duration: int
    end_time: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., scene: _Optional[str] = ..., notice: _Optional[_Union[Text, _Mapping]] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., status: _Optional[int] = ..., duration: _Optional[int] = ..., end_time: _Optional[int] = ...) -> None: ...

class BarrageEventInfo(_message.Message):
    __slots__ = ("event_name", "params")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    EVENT_NAME_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    event_name: str
    params: _containers.ScalarMap[str, str]
    def __init__(self, event_name: _Optional[str] = ..., params: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BarrageUserGradeParam(_message.Message):
    __slots__ = ("current_grade", "display_config", "user_id", "user")
    CURRENT_GRADE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    current_grade: int
    display_config: int
    user_id: str
    user: User
    def __init__(self, current_grade: _Optional[int] = ..., display_config: _Optional[int] = ..., user_id: _Optional[str] = ..., user: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class BarrageFansLevelParam(_message.Message):
    __slots__ = ("current_grade", "display_config", "user")
    CURRENT_GRADE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    current_grade: int
    display_config: int
    user: User
    def __init__(self, current_grade: _Optional[int] = ..., display_config: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class BarrageSubscribeGiftParam(_message.Message):
    __slots__ = ("gift_sub_count", "show_gift_sub_count", "gift_source")
    GIFT_SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    SHOW_GIFT_SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    gift_sub_count: int
    show_gift_sub_count: bool
    gift_source: int
    def __init__(self, gift_sub_count: _Optional[int] = ..., show_gift_sub_count: bool = ..., gift_source: _Optional[int] = ...) -> None: ...

class WebcastBarrageMessage(_message.Message):
    __slots__ = ("common", "event", "msg_type", "icon", "content", "duration", "background", "right_icon", "display_config", "gallery_gift_id", "scene", "use_marquee", "show_type", "badge", "render_type", "hybrid_url", "schema", "sub_type", "common_barrage_content", "user", "user_grade_param", "fans_level_param", "subscribe_gift_param", "privilege_log_extra", "control", "right_label", "left_icon_display_type", "ribbon_animation", "animation_data", "gift_gallery_params", "public_area_message_common", "ecom_live_param")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    RIGHT_ICON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    GALLERY_GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    USE_MARQUEE_FIELD_NUMBER: _ClassVar[int]
    SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    RENDER_TYPE_FIELD_NUMBER: _ClassVar[int]
    HYBRID_URL_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMON_BARRAGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    USER_GRADE_PARAM_FIELD_NUMBER: _ClassVar[int]
    FANS_LEVEL_PARAM_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_GIFT_PARAM_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    CONTROL_FIELD_NUMBER: _ClassVar[int]
    RIGHT_LABEL_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    RIBBON_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_DATA_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_PARAMS_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    ECOM_LIVE_PARAM_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    event: BarrageEventInfo
    msg_type: int
    icon: ImageModel
    content: Text
    duration: int
    background: ImageModel
    right_icon: ImageModel
    display_config: int
    gallery_gift_id: int
    scene: str
    use_marquee: bool
    show_type: int
    badge: BadgeStruct
    render_type: int
    hybrid_url: str
    schema: str
    sub_type: str
    common_barrage_content: Text
    user: User
    user_grade_param: BarrageUserGradeParam
    fans_level_param: BarrageFansLevelParam
    subscribe_gift_param: BarrageSubscribeGiftParam
    privilege_log_extra: PrivilegeLogExtra
    control: DisplayControl
    right_label: RightLabel
    left_icon_display_type: int
    ribbon_animation: ImageModel
    animation_data: AnimationData
    gift_gallery_params: BarrageTypeGiftGalleryParam
    public_area_message_common: PublicAreaMessageCommon
    ecom_live_param: BarrageTypeEcomLiveParam
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., event: _Optional[_Union[BarrageEventInfo, _Mapping]] = ..., msg_type: _Optional[int] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., duration: _Optional[int] = ..., background: _Optional[_Union[ImageModel, _Mapping]] = ..., right_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., display_config: _Optional[int] = ..., gallery_gift_id: _Optional[int] = ..., scene: _Optional[str] = ..., use_marquee: bool = ..., show_type: _Optional[int] = ..., badge: _Optional[_Union[BadgeStruct, _Mapping]] = ..., render_type: _Optional[int] = ..., hybrid_url: _Optional[str] = ..., schema: _Optional[str] = ..., sub_type: _Optional[str] = ..., common_barrage_content: _Optional[_Union[Text, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., user_grade_param: _Optional[_Union[BarrageUserGradeParam, _Mapping]] = ..., fans_level_param: _Optional[_Union[BarrageFansLevelParam, _Mapping]] = ..., subscribe_gift_param: _Optional[_Union[BarrageSubscribeGiftParam, _Mapping]] = ..., privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., control: _Optional[_Union[DisplayControl, _Mapping]] = ..., right_label: _Optional[_Union[RightLabel, _Mapping]] = ..., left_icon_display_type: _Optional[int] = ..., ribbon_animation: _Optional[_Union[ImageModel, _Mapping]] = ..., animation_data: _Optional[_Union[AnimationData, _Mapping]] = ..., gift_gallery_params: _Optional[_Union[BarrageTypeGiftGalleryParam, _Mapping]] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., ecom_live_param: _Optional[_Union[BarrageTypeEcomLiveParam, _Mapping]] = ...) -> None: ...

class BoostCard(_message.Message):
    __slots__ = ("m_card_id", "task_source", "task_id")
    M_CARD_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_SOURCE_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    m_card_id: int
    task_source: int
    task_id: int
    def __init__(self, m_card_id: _Optional[int] = ..., task_source: _Optional[int] = ..., task_id: _Optional[int] = ...) -> None: ...

class WebcastBoostCardMessage(_message.Message):
    __slots__ = ("common", "cards")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CARDS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    cards: _containers.RepeatedCompositeFieldContainer[BoostCard]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., cards: _Optional[_Iterable[_Union[BoostCard, _Mapping]]] = ...) -> None: ...

class WebcastBottomMessage(_message.Message):
    __slots__ = ("common", "content", "show_type", "text_type", "biz_type", "punish_info", "detail_url", "duration", "violation_user_id", "style", "float_style", "float_icon_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    BIZ_TYPE_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    DETAIL_URL_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_USER_ID_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    FLOAT_STYLE_FIELD_NUMBER: _ClassVar[int]
    FLOAT_ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    content: str
    show_type: int
    text_type: int
    biz_type: int
    punish_info: PunishEventInfo
    detail_url: str
    duration: int
    violation_user_id: int
    style: int
    float_style: int
    float_icon_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., show_type: _Optional[int] = ..., text_type: _Optional[int] = ..., biz_type: _Optional[int] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., detail_url: _Optional[str] = ..., duration: _Optional[int] = ..., violation_user_id: _Optional[int] = ..., style: _Optional[int] = ..., float_style: _Optional[int] = ..., float_icon_type: _Optional[int] = ...) -> None: ...

class WebcastCapsuleMessage(_message.Message):
    __slots__ = ("common", "icon", "desc", "button_text", "schema", "scene", "sub_scene", "type", "biz_params", "style", "skip_fc", "public_area_message_common", "report_action")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    BUTTON_TEXT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    SUB_SCENE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    BIZ_PARAMS_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    SKIP_FC_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    REPORT_ACTION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    icon: ImageModel
    desc: Text
    button_text: Text
    schema: str
    scene: str
    sub_scene: str
    type: int
    biz_params: CapsuleBizParams
    style: int
    skip_fc: bool
    public_area_message_common: PublicAreaMessageCommon
    report_action: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., desc: _Optional[_Union[Text, _Mapping]] = ..., button_text: _Optional[_Union[Text, _Mapping]] = ..., schema: _Optional[str] = ..., scene: _Optional[str] = ..., sub_scene: _Optional[str] = ..., type: _Optional[int] = ..., biz_params: _Optional[_Union[CapsuleBizParams, _Mapping]] = ..., style: _Optional[int] = ..., skip_fc: bool = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., report_action: bool = ...) -> None: ...

class CaptionContent(_message.Message):
    __slots__ = ("lang", "content")
    LANG_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    lang: str
    content: str
    def __init__(self, lang: _Optional[str] = ..., content: _Optional[str] = ...) -> None: ...

class WebcastCaptionMessage(_message.Message):
    __slots__ = ("common", "timestamp_ms", "duration_ms", "content", "sentence_id", "sequence_id", "definite")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_MS_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    SENTENCE_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    DEFINITE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    timestamp_ms: int
    duration_ms: int
    content: _containers.RepeatedCompositeFieldContainer[CaptionContent]
    sentence_id: int
    sequence_id: int
    definite: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., timestamp_ms: _Optional[int] = ..., duration_ms: _Optional[int] = ..., content: _Optional[_Iterable[_Union[CaptionContent, _Mapping]]] = ..., sentence_id: _Optional[int] = ..., sequence_id: _Optional[int] = ..., definite: bool = ...) -> None: ...

class WebcastEmoteChatMessage(_message.Message):
    __slots__ = ("common", "user", "emote_list", "user_identity", "msg_filter")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EMOTE_LIST_FIELD_NUMBER: _ClassVar[int]
    USER_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    MSG_FILTER_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    emote_list: _containers.RepeatedCompositeFieldContainer[EmoteModel]
    user_identity: UserIdentity
    msg_filter: MsgFilter
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., emote_list: _Optional[_Iterable[_Union[EmoteModel, _Mapping]]] = ..., user_identity: _Optional[_Union[UserIdentity, _Mapping]] = ..., msg_filter: _Optional[_Union[MsgFilter, _Mapping]] = ...) -> None: ...

class RedEnvelopeInfo(_message.Message):
    __slots__ = ("envelope_id", "business_type", "envelope_idc", "send_user_name", "diamond_count", "people_count", "unpack_at", "send_user_id", "send_user_avatar", "create_at", "room_id", "follow_show_status", "skin_id")
    ENVELOPE_ID_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENVELOPE_IDC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_NAME_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    PEOPLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    UNPACK_AT_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_AVATAR_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_SHOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    SKIN_ID_FIELD_NUMBER: _ClassVar[int]
    envelope_id: str
    business_type: int
    envelope_idc: str
    send_user_name: str
    diamond_count: int
    people_count: int
    unpack_at: int
    send_user_id: str
    send_user_avatar: ImageModel
    create_at: str
    room_id: str
    follow_show_status: int
    skin_id: int
    def __init__(self, envelope_id: _Optional[str] = ..., business_type: _Optional[int] = ..., envelope_idc: _Optional[str] = ..., send_user_name: _Optional[str] = ..., diamond_count: _Optional[int] = ..., people_count: _Optional[int] = ..., unpack_at: _Optional[int] = ..., send_user_id: _Optional[str] = ..., send_user_avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., create_at: _Optional[str] = ..., room_id: _Optional[str] = ..., follow_show_status: _Optional[int] = ..., skin_id: _Optional[int] = ...) -> None: ...

class WebcastEnvelopeMessage(_message.Message):
    __slots__ = ("common", "envelope_info", "display", "public_area_msg_common")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ENVELOPE_INFO_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MSG_COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    envelope_info: RedEnvelopeInfo
    display: int
    public_area_msg_common: PublicAreaMessageCommon
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., envelope_info: _Optional[_Union[RedEnvelopeInfo, _Mapping]] = ..., display: _Optional[int] = ..., public_area_msg_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ...) -> None: ...

class WebcastGameRankNotifyMessage(_message.Message):
    __slots__ = ("common", "msg_type", "notify_text")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_TEXT_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    msg_type: int
    notify_text: Text
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., msg_type: _Optional[int] = ..., notify_text: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class WebcastRoomNotifyMessage(_message.Message):
    __slots__ = ("common", "schema", "notify_type", "content", "user", "source", "from_user_id", "to_anchor_id", "extra", "notify_class", "flex_setting", "privilege_log_extra", "event_tracking")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_CLASS_FIELD_NUMBER: _ClassVar[int]
    FLEX_SETTING_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    schema: str
    notify_type: int
    content: str
    user: User
    source: str
    from_user_id: int
    to_anchor_id: int
    extra: RoomNotifyMessageExtra
    notify_class: int
    flex_setting: _containers.RepeatedScalarFieldContainer[int]
    privilege_log_extra: PrivilegeLogExtra
    event_tracking: RoomNotifyMessageEventTracking
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., schema: _Optional[str] = ..., notify_type: _Optional[int] = ..., content: _Optional[str] = ..., user: _Optional[_Union[User, _Mapping]] = ..., source: _Optional[str] = ..., from_user_id: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., extra: _Optional[_Union[RoomNotifyMessageExtra, _Mapping]] = ..., notify_class: _Optional[int] = ..., flex_setting: _Optional[_Iterable[int]] = ..., privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., event_tracking: _Optional[_Union[RoomNotifyMessageEventTracking, _Mapping]] = ...) -> None: ...

class WebcastGiftBroadcastMessage(_message.Message):
    __slots__ = ("common", "from_user_id", "left_icon", "notify")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    from_user_id: int
    left_icon: ImageModel
    notify: WebcastRoomNotifyMessage
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., from_user_id: _Optional[int] = ..., left_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., notify: _Optional[_Union[WebcastRoomNotifyMessage, _Mapping]] = ...) -> None: ...

class WebcastGiftDynamicRestrictionMessage(_message.Message):
    __slots__ = ("common", "dynamic_restriction")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DYNAMIC_RESTRICTION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    dynamic_restriction: DynamicRestriction
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., dynamic_restriction: _Optional[_Union[DynamicRestriction, _Mapping]] = ...) -> None: ...

class GalleryData(_message.Message):
    __slots__ = ("progress", "period", "end_time_in_ms")
    class ProgressEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    END_TIME_IN_MS_FIELD_NUMBER: _ClassVar[int]
    progress: _containers.ScalarMap[int, int]
    period: int
    end_time_in_ms: int
    def __init__(self, progress: _Optional[_Mapping[int, int]] = ..., period: _Optional[int] = ..., end_time_in_ms: _Optional[int] = ...) -> None: ...

class WebcastGiftPanelUpdateMessage(_message.Message):
    __slots__ = ("common", "room_id", "timestamp", "gallery_data", "strategy_context", "goal_data", "room_based_gift_data")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    GALLERY_DATA_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_CONTEXT_FIELD_NUMBER: _ClassVar[int]
    GOAL_DATA_FIELD_NUMBER: _ClassVar[int]
    ROOM_BASED_GIFT_DATA_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    room_id: int
    timestamp: int
    gallery_data: GalleryData
    strategy_context: str
    goal_data: GoalData
    room_based_gift_data: RoomBasedGiftData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., room_id: _Optional[int] = ..., timestamp: _Optional[int] = ..., gallery_data: _Optional[_Union[GalleryData, _Mapping]] = ..., strategy_context: _Optional[str] = ..., goal_data: _Optional[_Union[GoalData, _Mapping]] = ..., room_based_gift_data: _Optional[_Union[RoomBasedGiftData, _Mapping]] = ...) -> None: ...

class WebcastGiftPromptMessage(_message.Message):
    __slots__ = ("common", "title", "body", "order_id", "pop_up_schema", "block_num_days", "order_timestamp", "in_user_gifting_addiction_expr")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    ORDER_ID_FIELD_NUMBER: _ClassVar[int]
    POP_UP_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    BLOCK_NUM_DAYS_FIELD_NUMBER: _ClassVar[int]
    ORDER_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    IN_USER_GIFTING_ADDICTION_EXPR_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    title: str
    body: str
    order_id: str
    pop_up_schema: str
    block_num_days: int
    order_timestamp: int
    in_user_gifting_addiction_expr: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., title: _Optional[str] = ..., body: _Optional[str] = ..., order_id: _Optional[str] = ..., pop_up_schema: _Optional[str] = ..., block_num_days: _Optional[int] = ..., order_timestamp: _Optional[int] = ..., in_user_gifting_addiction_expr: bool = ...) -> None: ...

class GoalIndicator(_message.Message):
    __slots__ = ("key", "op")
    KEY_FIELD_NUMBER: _ClassVar[int]
    OP_FIELD_NUMBER: _ClassVar[int]
    key: str
    op: int
    def __init__(self, key: _Optional[str] = ..., op: _Optional[int] = ...) -> None: ...

class GoalSubGoalGift(_message.Message):
    __slots__ = ("name", "icon", "diamond_count", "type")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    icon: ImageModel
    diamond_count: int
    type: int
    def __init__(self, name: _Optional[str] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., diamond_count: _Optional[int] = ..., type: _Optional[int] = ...) -> None: ...

class GoalSubGoal(_message.Message):
    __slots__ = ("type", "id", "progress", "target", "gift", "id_str")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    ID_STR_FIELD_NUMBER: _ClassVar[int]
    type: int
    id: int
    progress: int
    target: int
    gift: GoalSubGoalGift
    id_str: str
    def __init__(self, type: _Optional[int] = ..., id: _Optional[int] = ..., progress: _Optional[int] = ..., target: _Optional[int] = ..., gift: _Optional[_Union[GoalSubGoalGift, _Mapping]] = ..., id_str: _Optional[str] = ...) -> None: ...

class GoalContributor(_message.Message):
    __slots__ = ("user_id", "avatar", "display_id", "score", "user_id_str", "in_room", "is_friend", "follow_by_owner")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    IN_ROOM_FIELD_NUMBER: _ClassVar[int]
    IS_FRIEND_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_BY_OWNER_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    avatar: ImageModel
    display_id: str
    score: int
    user_id_str: str
    in_room: bool
    is_friend: bool
    follow_by_owner: bool
    def __init__(self, user_id: _Optional[int] = ..., avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., score: _Optional[int] = ..., user_id_str: _Optional[str] = ..., in_room: bool = ..., is_friend: bool = ..., follow_by_owner: bool = ...) -> None: ...

class LiveStreamGoal(_message.Message):
    __slots__ = ("id", "type", "status", "sub_goals", "description", "audit_status", "cycle_type", "start_time", "expire_time", "real_finish_time", "contributors", "contributors_length", "id_str")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUB_GOALS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    CYCLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    REAL_FINISH_TIME_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTORS_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTORS_LENGTH_FIELD_NUMBER: _ClassVar[int]
    ID_STR_FIELD_NUMBER: _ClassVar[int]
    id: int
    type: int
    status: int
    sub_goals: _containers.RepeatedCompositeFieldContainer[GoalSubGoal]
    description: str
    audit_status: int
    cycle_type: int
    start_time: int
    expire_time: int
    real_finish_time: int
    contributors: _containers.RepeatedCompositeFieldContainer[GoalContributor]
    contributors_length: int
    id_str: str
    def __init__(self, id: _Optional[int] = ..., type: _Optional[int] = ..., status: _Optional[int] = ..., sub_goals: _Optional[_Iterable[_Union[GoalSubGoal, _Mapping]]] = ..., description: _Optional[str] = ..., audit_status: _Optional[int] = ..., cycle_type: _Optional[int] = ..., start_time: _Optional[int] = ..., expire_time: _Optional[int] = ..., real_finish_time: _Optional[int] = ..., contributors: _Optional[_Iterable[_Union[GoalContributor, _Mapping]]] = ..., contributors_length: _Optional[int] = ..., id_str: _Optional[str] = ...) -> None: ...

class WebcastGoalUpdateMessage(_message.Message):
    __slots__ = ("common", "indicator", "goal", "contributor_id", "contributor_avatar", "contributor_display_id", "contribute_subgoal", "contribute_count", "contribute_score", "gift_repeat_count", "contributor_id_str", "update_source", "goal_extra", "pin_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    INDICATOR_FIELD_NUMBER: _ClassVar[int]
    GOAL_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_AVATAR_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTE_SUBGOAL_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTE_SCORE_FIELD_NUMBER: _ClassVar[int]
    GIFT_REPEAT_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    UPDATE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    GOAL_EXTRA_FIELD_NUMBER: _ClassVar[int]
    PIN_INFO_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    indicator: GoalIndicator
    goal: LiveStreamGoal
    contributor_id: int
    contributor_avatar: ImageModel
    contributor_display_id: str
    contribute_subgoal: GoalSubGoal
    contribute_count: int
    contribute_score: int
    gift_repeat_count: int
    contributor_id_str: str
    update_source: int
    goal_extra: str
    pin_info: GoalPinInfo
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., indicator: _Optional[_Union[GoalIndicator, _Mapping]] = ..., goal: _Optional[_Union[LiveStreamGoal, _Mapping]] = ..., contributor_id: _Optional[int] = ..., contributor_avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., contributor_display_id: _Optional[str] = ..., contribute_subgoal: _Optional[_Union[GoalSubGoal, _Mapping]] = ..., contribute_count: _Optional[int] = ..., contribute_score: _Optional[int] = ..., gift_repeat_count: _Optional[int] = ..., contributor_id_str: _Optional[str] = ..., update_source: _Optional[int] = ..., goal_extra: _Optional[str] = ..., pin_info: _Optional[_Union[GoalPinInfo, _Mapping]] = ...) -> None: ...

class WebcastGuideMessage(_message.Message):
    __slots__ = ("common", "guide_type", "gift_id", "description", "duration", "display_style", "scene", "stream_time", "frequency_rule")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GUIDE_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    STREAM_TIME_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_RULE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    guide_type: int
    gift_id: int
    description: str
    duration: int
    display_style: int
    scene: str
    stream_time: int
    frequency_rule: GuideMessageFrequencyRule
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., guide_type: _Optional[int] = ..., gift_id: _Optional[int] = ..., description: _Optional[str] = ..., duration: _Optional[int] = ..., display_style: _Optional[int] = ..., scene: _Optional[str] = ..., stream_time: _Optional[int] = ..., frequency_rule: _Optional[_Union[GuideMessageFrequencyRule, _Mapping]] = ...) -> None: ...

class HourlyRankRewardInfo(_message.Message):
    __slots__ = ("user_id", "asset_id", "notify")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ASSET_ID_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    asset_id: int
    notify: WebcastRoomNotifyMessage
    def __init__(self, user_id: _Optional[int] = ..., asset_id: _Optional[int] = ..., notify: _Optional[_Union[WebcastRoomNotifyMessage, _Mapping]] = ...) -> None: ...

class WebcastHourlyRankRewardMessage(_message.Message):
    __slots__ = ("common", "winners")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    WINNERS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    winners: _containers.RepeatedCompositeFieldContainer[HourlyRankRewardInfo]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., winners: _Optional[_Iterable[_Union[HourlyRankRewardInfo, _Mapping]]] = ...) -> None: ...

class WebcastHourlyRankMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastImDeleteMessage(_message.Message):
    __slots__ = ("common", "delete_msg_ids", "delete_user_ids")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DELETE_MSG_IDS_FIELD_NUMBER: _ClassVar[int]
    DELETE_USER_IDS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    delete_msg_ids: _containers.RepeatedScalarFieldContainer[int]
    delete_user_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., delete_msg_ids: _Optional[_Iterable[int]] = ..., delete_user_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class WebcastInRoomBannerMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class LinkPlayer(_message.Message):
    __slots__ = ("room_id", "user_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: int
    user_id: int
    def __init__(self, room_id: _Optional[int] = ..., user_id: _Optional[int] = ...) -> None: ...

class WebcastLinkLayerMessage(_message.Message):
    __slots__ = ("common", "message_type", "channel_id", "scene", "source", "centerized_idc", "rtc_room_id", "version", "linker_mode", "wait_cross_data", "create_channel_content", "list_change_content", "invite_content", "apply_content", "permit_apply_content", "reply_invite_content", "kick_out_content", "cancel_apply_content", "cancel_invite_content", "leave_content", "finish_content", "join_direct_content", "join_group_content", "permit_group_content", "cancel_group_content", "leave_group_content", "p2p_group_change_content", "group_change_content", "join_group_direct_content", "join_room_direct_content", "link_envelope_content", "business_content")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    CENTERIZED_IDC_FIELD_NUMBER: _ClassVar[int]
    RTC_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LINKER_MODE_FIELD_NUMBER: _ClassVar[int]
    WAIT_CROSS_DATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_CHANNEL_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    APPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    PERMIT_APPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    KICK_OUT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_APPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LEAVE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    FINISH_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_DIRECT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    PERMIT_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LEAVE_GROUP_CONTENT_FIELD_NUMBER: _ClassVar[int]
    P2P_GROUP_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_GROUP_DIRECT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_ROOM_DIRECT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LINK_ENVELOPE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_CONTENT_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_type: int
    channel_id: int
    scene: int
    source: str
    centerized_idc: str
    rtc_room_id: int
    version: int
    linker_mode: int
    wait_cross_data: bool
    create_channel_content: CreateChannelContent
    list_change_content: LinkListChangeContent
    invite_content: InviteContent
    apply_content: ApplyContent
    permit_apply_content: PermitApplyContent
    reply_invite_content: ReplyInviteContent
    kick_out_content: KickOutContent
    cancel_apply_content: CancelApplyContent
    cancel_invite_content: CancelInviteContent
    leave_content: LeaveContent
    finish_content: FinishChannelContent
    join_direct_content: JoinDirectContent
    join_group_content: JoinGroupContent
    permit_group_content: PermitJoinGroupContent
    cancel_group_content: CancelJoinGroupContent
    leave_group_content: LeaveJoinGroupContent
    p2p_group_change_content: P2PGroupChangeContent
    group_change_content: GroupChangeContent
    join_group_direct_content: JoinGroupDirectContent
    join_room_direct_content: JoinRoomDirectContent
    link_envelope_content: LinkEnvelopeContent
    business_content: BusinessContent
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ..., channel_id: _Optional[int] = ..., scene: _Optional[int] = ..., source: _Optional[str] = ..., centerized_idc: _Optional[str] = ..., rtc_room_id: _Optional[int] = ..., version: _Optional[int] = ..., linker_mode: _Optional[int] = ..., wait_cross_data: bool = ..., create_channel_content: _Optional[_Union[CreateChannelContent, _Mapping]] = ..., list_change_content: _Optional[_Union[LinkListChangeContent, _Mapping]] = ..., invite_content: _Optional[_Union[InviteContent, _Mapping]] = ..., apply_content: _Optional[_Union[ApplyContent, _Mapping]] = ..., permit_apply_content: _Optional[_Union[PermitApplyContent, _Mapping]] = ..., reply_invite_content: _Optional[_Union[ReplyInviteContent, _Mapping]] = ..., kick_out_content: _Optional[_Union[KickOutContent, _Mapping]] = ..., cancel_apply_content: _Optional[_Union[CancelApplyContent, _Mapping]] = ..., cancel_invite_content: _Optional[_Union[CancelInviteContent, _Mapping]] = ..., leave_content: _Optional[_Union[LeaveContent, _Mapping]] = ..., finish_content: _Optional[_Union[FinishChannelContent, _Mapping]] = ..., join_direct_content: _Optional[_Union[JoinDirectContent, _Mapping]] = ..., join_group_content: _Optional[_Union[JoinGroupContent, _Mapping]] = ..., permit_group_content: _Optional[_Union[PermitJoinGroupContent, _Mapping]] = ..., cancel_group_content: _Optional[_Union[CancelJoinGroupContent, _Mapping]] = ..., leave_group_content: _Optional[_Union[LeaveJoinGroupContent, _Mapping]] = ..., p2p_group_change_content: _Optional[_Union[P2PGroupChangeContent, _Mapping]] = ..., group_change_content: _Optional[_Union[GroupChangeContent, _Mapping]] = ..., join_group_direct_content: _Optional[_Union[JoinGroupDirectContent, _Mapping]] = ..., join_room_direct_content: _Optional[_Union[JoinRoomDirectContent, _Mapping]] = ..., link_envelope_content: _Optional[_Union[LinkEnvelopeContent, _Mapping]] = ..., business_content: _Optional[_Union[BusinessContent, _Mapping]] = ...) -> None: ...

class LinkListUser(_message.Message):
    __slots__ = ("user", "linkmic_id", "linkmic_id_str", "link_status", "link_type", "user_position", "silence_status", "modify_time", "linker_id", "role_type")
    USER_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    LINK_STATUS_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    USER_POSITION_FIELD_NUMBER: _ClassVar[int]
    SILENCE_STATUS_FIELD_NUMBER: _ClassVar[int]
    MODIFY_TIME_FIELD_NUMBER: _ClassVar[int]
    LINKER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    user: User
    linkmic_id: int
    linkmic_id_str: str
    link_status: int
    link_type: int
    user_position: int
    silence_status: int
    modify_time: int
    linker_id: int
    role_type: int
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ..., linkmic_id: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ..., link_status: _Optional[int] = ..., link_type: _Optional[int] = ..., user_position: _Optional[int] = ..., silence_status: _Optional[int] = ..., modify_time: _Optional[int] = ..., linker_id: _Optional[int] = ..., role_type: _Optional[int] = ...) -> None: ...

class LinkerInviteContent(_message.Message):
    __slots__ = ("from_user_id", "from_room_id", "to_rtc_ext_info", "rtc_join_channel", "vendor", "sec_from_user_id", "to_linkmic_id_str", "from_user", "required_mic_idx")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_JOIN_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    VENDOR_FIELD_NUMBER: _ClassVar[int]
    SEC_FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_MIC_IDX_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    to_rtc_ext_info: str
    rtc_join_channel: bool
    vendor: int
    sec_from_user_id: str
    to_linkmic_id_str: str
    from_user: User
    required_mic_idx: int
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., to_rtc_ext_info: _Optional[str] = ..., rtc_join_channel: bool = ..., vendor: _Optional[int] = ..., sec_from_user_id: _Optional[str] = ..., to_linkmic_id_str: _Optional[str] = ..., from_user: _Optional[_Union[User, _Mapping]] = ..., required_mic_idx: _Optional[int] = ...) -> None: ...

class LinkerReplyContent(_message.Message):
    __slots__ = ("from_user_id", "from_room_id", "to_user_id", "link_type", "reply_status", "from_user", "to_user")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_FIELD_NUMBER: _ClassVar[int]
    TO_USER_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    to_user_id: int
    link_type: int
    reply_status: int
    from_user: User
    to_user: User
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., to_user_id: _Optional[int] = ..., link_type: _Optional[int] = ..., reply_status: _Optional[int] = ..., from_user: _Optional[_Union[User, _Mapping]] = ..., to_user: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class LinkerCreateContent(_message.Message):
    __slots__ = ("owner_id", "owner_room_id", "link_type")
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    owner_id: int
    owner_room_id: int
    link_type: int
    def __init__(self, owner_id: _Optional[int] = ..., owner_room_id: _Optional[int] = ..., link_type: _Optional[int] = ...) -> None: ...

class LinkerEnterContent(_message.Message):
    __slots__ = ("linked_users", "anchor_multi_live_enum")
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MULTI_LIVE_ENUM_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkListUser]
    anchor_multi_live_enum: int
    def __init__(self, linked_users: _Optional[_Iterable[_Union[LinkListUser, _Mapping]]] = ..., anchor_multi_live_enum: _Optional[int] = ...) -> None: ...

class LinkerLeaveContent(_message.Message):
    __slots__ = ("user_id", "linkmic_id_str", "send_leave_uid", "leave_reason")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    SEND_LEAVE_UID_FIELD_NUMBER: _ClassVar[int]
    LEAVE_REASON_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    linkmic_id_str: str
    send_leave_uid: int
    leave_reason: int
    def __init__(self, user_id: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ..., send_leave_uid: _Optional[int] = ..., leave_reason: _Optional[int] = ...) -> None: ...

class LinkerCancelContent(_message.Message):
    __slots__ = ("from_user_id", "to_user_id", "cancel_type", "action_id")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    CANCEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_ID_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    to_user_id: int
    cancel_type: int
    action_id: int
    def __init__(self, from_user_id: _Optional[int] = ..., to_user_id: _Optional[int] = ..., cancel_type: _Optional[int] = ..., action_id: _Optional[int] = ...) -> None: ...

class LinkerKickOutContent(_message.Message):
    __slots__ = ("from_user_id", "kickout_reason")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    KICKOUT_REASON_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    kickout_reason: int
    def __init__(self, from_user_id: _Optional[int] = ..., kickout_reason: _Optional[int] = ...) -> None: ...

class LinkedListChangeContent(_message.Message):
    __slots__ = ("linked_users",)
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkListUser]
    def __init__(self, linked_users: _Optional[_Iterable[_Union[LinkListUser, _Mapping]]] = ...) -> None: ...

class LinkerMuteContent(_message.Message):
    __slots__ = ("user_id", "mute_status")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    MUTE_STATUS_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    mute_status: int
    def __init__(self, user_id: _Optional[int] = ..., mute_status: _Optional[int] = ...) -> None: ...

class LinkerRandomMatchContent(_message.Message):
    __slots__ = ("user", "room_id", "invite_type", "match_id", "inner_channel_id")
    USER_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    INNER_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    user: User
    room_id: int
    invite_type: int
    match_id: str
    inner_channel_id: int
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ..., room_id: _Optional[int] = ..., invite_type: _Optional[int] = ..., match_id: _Optional[str] = ..., inner_channel_id: _Optional[int] = ...) -> None: ...

class LinkerListUser(_message.Message):
    __slots__ = ("user", "modify_time", "link_type", "role_type", "linkmic_id_str", "payed_money", "fan_ticket", "fan_ticket_icon_type", "link_user_type", "blurred_avatar")
    USER_FIELD_NUMBER: _ClassVar[int]
    MODIFY_TIME_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    ROLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    PAYED_MONEY_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    LINK_USER_TYPE_FIELD_NUMBER: _ClassVar[int]
    BLURRED_AVATAR_FIELD_NUMBER: _ClassVar[int]
    user: User
    modify_time: int
    link_type: int
    role_type: int
    linkmic_id_str: str
    payed_money: int
    fan_ticket: int
    fan_ticket_icon_type: int
    link_user_type: int
    blurred_avatar: ImageModel
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ..., modify_time: _Optional[int] = ..., link_type: _Optional[int] = ..., role_type: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ..., payed_money: _Optional[int] = ..., fan_ticket: _Optional[int] = ..., fan_ticket_icon_type: _Optional[int] = ..., link_user_type: _Optional[int] = ..., blurred_avatar: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class LinkerListChangeContent(_message.Message):
    __slots__ = ("linked_users", "applied_users", "connecting_users")
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    APPLIED_USERS_FIELD_NUMBER: _ClassVar[int]
    CONNECTING_USERS_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkerListUser]
    applied_users: _containers.RepeatedCompositeFieldContainer[LinkerListUser]
    connecting_users: _containers.RepeatedCompositeFieldContainer[LinkerListUser]
    def __init__(self, linked_users: _Optional[_Iterable[_Union[LinkerListUser, _Mapping]]] = ..., applied_users: _Optional[_Iterable[_Union[LinkerListUser, _Mapping]]] = ..., connecting_users: _Optional[_Iterable[_Union[LinkerListUser, _Mapping]]] = ...) -> None: ...

class WebcastLinkMessage(_message.Message):
    __slots__ = ("common", "message_type", "linker_id", "scene", "invite_content", "reply_content", "create_content", "enter_content", "leave_content", "cancel_content", "kick_out_content", "linked_list_change_content", "mute_content", "random_match_content", "list_change_content", "extra", "expire_timestamp", "transfer_extra", "close_content", "update_user_content", "waiting_list_change_content", "update_user_setting_content", "mic_idx_update_content", "cohost_list_change_content", "media_change_content", "reply_accept_notice_content", "sys_kick_out_content", "user_toast_content", "version")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKER_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    INVITE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CREATE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    ENTER_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LEAVE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CANCEL_CONTENT_FIELD_NUMBER: _ClassVar[int]
    KICK_OUT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LINKED_LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    MUTE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    RANDOM_MATCH_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_EXTRA_FIELD_NUMBER: _ClassVar[int]
    CLOSE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_USER_CONTENT_FIELD_NUMBER: _ClassVar[int]
    WAITING_LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_USER_SETTING_CONTENT_FIELD_NUMBER: _ClassVar[int]
    MIC_IDX_UPDATE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    COHOST_LIST_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_CHANGE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_ACCEPT_NOTICE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SYS_KICK_OUT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_TOAST_CONTENT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_type: int
    linker_id: int
    scene: int
    invite_content: LinkerInviteContent
    reply_content: LinkerReplyContent
    create_content: LinkerCreateContent
    enter_content: LinkerEnterContent
    leave_content: LinkerLeaveContent
    cancel_content: LinkerCancelContent
    kick_out_content: LinkerKickOutContent
    linked_list_change_content: LinkedListChangeContent
    mute_content: LinkerMuteContent
    random_match_content: LinkerRandomMatchContent
    list_change_content: LinkerListChangeContent
    extra: str
    expire_timestamp: int
    transfer_extra: str
    close_content: LinkerCloseContent
    update_user_content: LinkerUpdateUserContent
    waiting_list_change_content: LinkerWaitingListChangeContent
    update_user_setting_content: MultiLiveUpdateUserSettingContent
    mic_idx_update_content: LinkerMicIdxUpdateContent
    cohost_list_change_content: CohostListChangeContent
    media_change_content: LinkerMediaChangeContent
    reply_accept_notice_content: LinkerAcceptNoticeContent
    sys_kick_out_content: LinkerSysKickOutContent
    user_toast_content: LinkmicUserToastContent
    version: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ..., linker_id: _Optional[int] = ..., scene: _Optional[int] = ..., invite_content: _Optional[_Union[LinkerInviteContent, _Mapping]] = ..., reply_content: _Optional[_Union[LinkerReplyContent, _Mapping]] = ..., create_content: _Optional[_Union[LinkerCreateContent, _Mapping]] = ..., enter_content: _Optional[_Union[LinkerEnterContent, _Mapping]] = ..., leave_content: _Optional[_Union[LinkerLeaveContent, _Mapping]] = ..., cancel_content: _Optional[_Union[LinkerCancelContent, _Mapping]] = ..., kick_out_content: _Optional[_Union[LinkerKickOutContent, _Mapping]] = ..., linked_list_change_content: _Optional[_Union[LinkedListChangeContent, _Mapping]] = ..., mute_content: _Optional[_Union[LinkerMuteContent, _Mapping]] = ..., random_match_content: _Optional[_Union[LinkerRandomMatchContent, _Mapping]] = ..., list_change_content: _Optional[_Union[LinkerListChangeContent, _Mapping]] = ..., extra: _Optional[str] = ..., expire_timestamp: _Optional[int] = ..., transfer_extra: _Optional[str] = ..., close_content: _Optional[_Union[LinkerCloseContent, _Mapping]] = ..., update_user_content: _Optional[_Union[LinkerUpdateUserContent, _Mapping]] = ..., waiting_list_change_content: _Optional[_Union[LinkerWaitingListChangeContent, _Mapping]] = ..., update_user_setting_content: _Optional[_Union[MultiLiveUpdateUserSettingContent, _Mapping]] = ..., mic_idx_update_content: _Optional[_Union[LinkerMicIdxUpdateContent, _Mapping]] = ..., cohost_list_change_content: _Optional[_Union[CohostListChangeContent, _Mapping]] = ..., media_change_content: _Optional[_Union[LinkerMediaChangeContent, _Mapping]] = ..., reply_accept_notice_content: _Optional[_Union[LinkerAcceptNoticeContent, _Mapping]] = ..., sys_kick_out_content: _Optional[_Union[LinkerSysKickOutContent, _Mapping]] = ..., user_toast_content: _Optional[_Union[LinkmicUserToastContent, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class WebcastLinkMicLayoutStateMessage(_message.Message):
    __slots__ = ("common", "channel_id", "scene", "version", "biz_layout_state", "biz_spot_list")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    BIZ_LAYOUT_STATE_FIELD_NUMBER: _ClassVar[int]
    BIZ_SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    channel_id: int
    scene: int
    version: int
    biz_layout_state: BizLayoutState
    biz_spot_list: _containers.RepeatedCompositeFieldContainer[BizSpotInfo]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., channel_id: _Optional[int] = ..., scene: _Optional[int] = ..., version: _Optional[int] = ..., biz_layout_state: _Optional[_Union[BizLayoutState, _Mapping]] = ..., biz_spot_list: _Optional[_Iterable[_Union[BizSpotInfo, _Mapping]]] = ...) -> None: ...

class WebcastLinkStateMessage(_message.Message):
    __slots__ = ("common", "channel_id", "scene", "version", "state_type", "wallpaper_url", "need_ack", "layout", "user_states", "client_send_time", "background", "ui_pos", "spot_list", "audio_muted_remote_channels", "linker_mode")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    STATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    WALLPAPER_URL_FIELD_NUMBER: _ClassVar[int]
    NEED_ACK_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    USER_STATES_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    AUDIO_MUTED_REMOTE_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    LINKER_MODE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    channel_id: int
    scene: int
    version: int
    state_type: int
    wallpaper_url: str
    need_ack: int
    layout: LayoutState
    user_states: _containers.RepeatedCompositeFieldContainer[LinkUserState]
    client_send_time: int
    background: BackGroundImageState
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    audio_muted_remote_channels: _containers.RepeatedScalarFieldContainer[int]
    linker_mode: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., channel_id: _Optional[int] = ..., scene: _Optional[int] = ..., version: _Optional[int] = ..., state_type: _Optional[int] = ..., wallpaper_url: _Optional[str] = ..., need_ack: _Optional[int] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., user_states: _Optional[_Iterable[_Union[LinkUserState, _Mapping]]] = ..., client_send_time: _Optional[int] = ..., background: _Optional[_Union[BackGroundImageState, _Mapping]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., audio_muted_remote_channels: _Optional[_Iterable[int]] = ..., linker_mode: _Optional[int] = ...) -> None: ...

class BattleTaskUpdate(_message.Message):
    __slots__ = ("progress", "from_user_id", "prompt_key")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PROMPT_KEY_FIELD_NUMBER: _ClassVar[int]
    progress: int
    from_user_id: int
    prompt_key: str
    def __init__(self, progress: _Optional[int] = ..., from_user_id: _Optional[int] = ..., prompt_key: _Optional[str] = ...) -> None: ...

class BattleTaskSettle(_message.Message):
    __slots__ = ("result", "reward_start_time", "reward_start_timestamp")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    REWARD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    REWARD_START_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    result: int
    reward_start_time: int
    reward_start_timestamp: int
    def __init__(self, result: _Optional[int] = ..., reward_start_time: _Optional[int] = ..., reward_start_timestamp: _Optional[int] = ...) -> None: ...

class WebcastLinkmicBattleTaskMessage(_message.Message):
    __slots__ = ("common", "task_message_type", "task_update", "task_settle", "battle_id", "start", "reward")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TASK_MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    TASK_UPDATE_FIELD_NUMBER: _ClassVar[int]
    TASK_SETTLE_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    REWARD_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    task_message_type: int
    task_update: BattleTaskUpdate
    task_settle: BattleTaskSettle
    battle_id: int
    start: BattleTaskStart
    reward: BattleRewardSettle
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., task_message_type: _Optional[int] = ..., task_update: _Optional[_Union[BattleTaskUpdate, _Mapping]] = ..., task_settle: _Optional[_Union[BattleTaskSettle, _Mapping]] = ..., battle_id: _Optional[int] = ..., start: _Optional[_Union[BattleTaskStart, _Mapping]] = ..., reward: _Optional[_Union[BattleRewardSettle, _Mapping]] = ...) -> None: ...

class WebcastLiveGameIntroMessage(_message.Message):
    __slots__ = ("common", "content", "has_rank_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    HAS_RANK_INFO_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    content: Text
    has_rank_info: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., has_rank_info: bool = ...) -> None: ...

class WebcastLiveIntroMessage(_message.Message):
    __slots__ = ("common", "id", "audit_status", "content", "user", "intro_mode", "badges", "content_language")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    INTRO_MODE_FIELD_NUMBER: _ClassVar[int]
    BADGES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    id: int
    audit_status: int
    content: str
    user: User
    intro_mode: int
    badges: _containers.RepeatedCompositeFieldContainer[BadgeStruct]
    content_language: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., id: _Optional[int] = ..., audit_status: _Optional[int] = ..., content: _Optional[str] = ..., user: _Optional[_Union[User, _Mapping]] = ..., intro_mode: _Optional[int] = ..., badges: _Optional[_Iterable[_Union[BadgeStruct, _Mapping]]] = ..., content_language: _Optional[str] = ...) -> None: ...

class MarqueeEntity(_message.Message):
    __slots__ = ("notify",)
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    notify: WebcastRoomNotifyMessage
    def __init__(self, notify: _Optional[_Union[WebcastRoomNotifyMessage, _Mapping]] = ...) -> None: ...

class WebcastMarqueeAnnouncementMessage(_message.Message):
    __slots__ = ("common", "message_scene", "message_entity")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_SCENE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ENTITY_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_scene: str
    message_entity: _containers.RepeatedCompositeFieldContainer[MarqueeEntity]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_scene: _Optional[str] = ..., message_entity: _Optional[_Iterable[_Union[MarqueeEntity, _Mapping]]] = ...) -> None: ...

class WebcastMsgDetectMessage(_message.Message):
    __slots__ = ("common", "d_type", "trigger_by", "from_region", "t_condition", "t_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    D_TYPE_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_BY_FIELD_NUMBER: _ClassVar[int]
    FROM_REGION_FIELD_NUMBER: _ClassVar[int]
    T_CONDITION_FIELD_NUMBER: _ClassVar[int]
    T_INFO_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    d_type: int
    trigger_by: int
    from_region: str
    t_condition: TriggerCondition
    t_info: TimeInfo
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., d_type: _Optional[int] = ..., trigger_by: _Optional[int] = ..., from_region: _Optional[str] = ..., t_condition: _Optional[_Union[TriggerCondition, _Mapping]] = ..., t_info: _Optional[_Union[TimeInfo, _Mapping]] = ...) -> None: ...

class WebcastNoticeMessage(_message.Message):
    __slots__ = ("common", "content", "notice_type", "style", "title", "violation_reason", "display_text", "tips_title", "tips_url", "notice_title", "notice_content", "scene")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_REASON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    TIPS_TITLE_FIELD_NUMBER: _ClassVar[int]
    TIPS_URL_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TITLE_FIELD_NUMBER: _ClassVar[int]
    NOTICE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    content: str
    notice_type: int
    style: str
    title: Text
    violation_reason: Text
    display_text: Text
    tips_title: Text
    tips_url: str
    notice_title: Text
    notice_content: Text
    scene: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., notice_type: _Optional[int] = ..., style: _Optional[str] = ..., title: _Optional[_Union[Text, _Mapping]] = ..., violation_reason: _Optional[_Union[Text, _Mapping]] = ..., display_text: _Optional[_Union[Text, _Mapping]] = ..., tips_title: _Optional[_Union[Text, _Mapping]] = ..., tips_url: _Optional[str] = ..., notice_title: _Optional[_Union[Text, _Mapping]] = ..., notice_content: _Optional[_Union[Text, _Mapping]] = ..., scene: _Optional[str] = ...) -> None: ...

class PopProduct(_message.Message):
    __slots__ = ("title", "price", "image_url", "open_url", "product_type", "product_id", "source", "source_from", "schema", "platform", "product_status")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    OPEN_URL_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FROM_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_STATUS_FIELD_NUMBER: _ClassVar[int]
    title: str
    price: str
    image_url: str
    open_url: str
    product_type: str
    product_id: int
    source: str
    source_from: int
    schema: str
    platform: int
    product_status: int
    def __init__(self, title: _Optional[str] = ..., price: _Optional[str] = ..., image_url: _Optional[str] = ..., open_url: _Optional[str] = ..., product_type: _Optional[str] = ..., product_id: _Optional[int] = ..., source: _Optional[str] = ..., source_from: _Optional[int] = ..., schema: _Optional[str] = ..., platform: _Optional[int] = ..., product_status: _Optional[int] = ...) -> None: ...

class HotTag(_message.Message):
    __slots__ = ("product_id", "hot_count")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    HOT_COUNT_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    hot_count: int
    def __init__(self, product_id: _Optional[str] = ..., hot_count: _Optional[int] = ...) -> None: ...

class WebcastOecLiveShoppingMessage(_message.Message):
    __slots__ = ("common", "action_type", "live_product_number", "pop_product", "hot_tags", "trace_info", "atmosphere_tag_info", "live_permission_info", "product_snap_shot", "pin_card_delay_time", "flash_sale_atmosphere_info", "card_type", "billboard_info", "billboard_display_result", "dispersion_info", "promotion_info", "campaign_banner_display_result", "campaign_banner_display", "refresh_live_bag_info", "anchor_pin_card_reset_type", "voucher", "oec_live_shopping_message_v2")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIVE_PRODUCT_NUMBER_FIELD_NUMBER: _ClassVar[int]
    POP_PRODUCT_FIELD_NUMBER: _ClassVar[int]
    HOT_TAGS_FIELD_NUMBER: _ClassVar[int]
    TRACE_INFO_FIELD_NUMBER: _ClassVar[int]
    ATMOSPHERE_TAG_INFO_FIELD_NUMBER: _ClassVar[int]
    LIVE_PERMISSION_INFO_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_SNAP_SHOT_FIELD_NUMBER: _ClassVar[int]
    PIN_CARD_DELAY_TIME_FIELD_NUMBER: _ClassVar[int]
    FLASH_SALE_ATMOSPHERE_INFO_FIELD_NUMBER: _ClassVar[int]
    CARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_INFO_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    DISPERSION_INFO_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_INFO_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_BANNER_DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_BANNER_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    REFRESH_LIVE_BAG_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PIN_CARD_RESET_TYPE_FIELD_NUMBER: _ClassVar[int]
    VOUCHER_FIELD_NUMBER: _ClassVar[int]
    OEC_LIVE_SHOPPING_MESSAGE_V2_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action_type: int
    live_product_number: int
    pop_product: PopProduct
    hot_tags: _containers.RepeatedCompositeFieldContainer[HotTag]
    trace_info: TraceInfo
    atmosphere_tag_info: AtmosphereTagInfo
    live_permission_info: LivePermissionInfo
    product_snap_shot: ProductSnapShot
    pin_card_delay_time: int
    flash_sale_atmosphere_info: _containers.RepeatedCompositeFieldContainer[FlashSaleAtmosphereInfo]
    card_type: int
    billboard_info: BillboardInfo
    billboard_display_result: BillboardDisplayResult
    dispersion_info: _containers.RepeatedCompositeFieldContainer[DispersionInfo]
    promotion_info: PromotionInfo
    campaign_banner_display_result: CampaignBannerDisplayResult
    campaign_banner_display: CampaignBannerDisplay
    refresh_live_bag_info: RefreshLiveBagInfo
    anchor_pin_card_reset_type: int
    voucher: Voucher
    oec_live_shopping_message_v2: OecLiveShoppingMessageV2
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action_type: _Optional[int] = ..., live_product_number: _Optional[int] = ..., pop_product: _Optional[_Union[PopProduct, _Mapping]] = ..., hot_tags: _Optional[_Iterable[_Union[HotTag, _Mapping]]] = ..., trace_info: _Optional[_Union[TraceInfo, _Mapping]] = ..., atmosphere_tag_info: _Optional[_Union[AtmosphereTagInfo, _Mapping]] = ..., live_permission_info: _Optional[_Union[LivePermissionInfo, _Mapping]] = ..., product_snap_shot: _Optional[_Union[ProductSnapShot, _Mapping]] = ..., pin_card_delay_time: _Optional[int] = ..., flash_sale_atmosphere_info: _Optional[_Iterable[_Union[FlashSaleAtmosphereInfo, _Mapping]]] = ..., card_type: _Optional[int] = ..., billboard_info: _Optional[_Union[BillboardInfo, _Mapping]] = ..., billboard_display_result: _Optional[_Union[BillboardDisplayResult, _Mapping]] = ..., dispersion_info: _Optional[_Iterable[_Union[DispersionInfo, _Mapping]]] = ..., promotion_info: _Optional[_Union[PromotionInfo, _Mapping]] = ..., campaign_banner_display_result: _Optional[_Union[CampaignBannerDisplayResult, _Mapping]] = ..., campaign_banner_display: _Optional[_Union[CampaignBannerDisplay, _Mapping]] = ..., refresh_live_bag_info: _Optional[_Union[RefreshLiveBagInfo, _Mapping]] = ..., anchor_pin_card_reset_type: _Optional[int] = ..., voucher: _Optional[_Union[Voucher, _Mapping]] = ..., oec_live_shopping_message_v2: _Optional[_Union[OecLiveShoppingMessageV2, _Mapping]] = ...) -> None: ...

class WebcastPartnershipDropsUpdateMessage(_message.Message):
    __slots__ = ("common", "change_mode", "drops_id", "task_id", "event_id", "anchor_uid")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANGE_MODE_FIELD_NUMBER: _ClassVar[int]
    DROPS_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_UID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    change_mode: int
    drops_id: str
    task_id: str
    event_id: str
    anchor_uid: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., change_mode: _Optional[int] = ..., drops_id: _Optional[str] = ..., task_id: _Optional[str] = ..., event_id: _Optional[str] = ..., anchor_uid: _Optional[int] = ...) -> None: ...

class OfflineGameInfo(_message.Message):
    __slots__ = ("task_id", "toast_text", "task_list_len", "offline_type", "toast_title", "game_id", "task_type")
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    TOAST_TEXT_FIELD_NUMBER: _ClassVar[int]
    TASK_LIST_LEN_FIELD_NUMBER: _ClassVar[int]
    OFFLINE_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOAST_TITLE_FIELD_NUMBER: _ClassVar[int]
    GAME_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_TYPE_FIELD_NUMBER: _ClassVar[int]
    task_id: str
    toast_text: str
    task_list_len: int
    offline_type: int
    toast_title: str
    game_id: str
    task_type: int
    def __init__(self, task_id: _Optional[str] = ..., toast_text: _Optional[str] = ..., task_list_len: _Optional[int] = ..., offline_type: _Optional[int] = ..., toast_title: _Optional[str] = ..., game_id: _Optional[str] = ..., task_type: _Optional[int] = ...) -> None: ...

class WebcastPartnershipGameOfflineMessage(_message.Message):
    __slots__ = ("common", "offline_game_list")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OFFLINE_GAME_LIST_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    offline_game_list: _containers.RepeatedCompositeFieldContainer[OfflineGameInfo]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., offline_game_list: _Optional[_Iterable[_Union[OfflineGameInfo, _Mapping]]] = ...) -> None: ...

class WebcastPartnershipPunishMessage(_message.Message):
    __slots__ = ("common", "punish_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    punish_info: PunishEventInfo
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ...) -> None: ...

class PerceptionDialogInfo(_message.Message):
    __slots__ = ("icon_type", "title", "sub_title", "advice_action_text", "default_action_text", "violation_detail_url", "scene", "target_user_id", "target_room_id", "count_down_time", "show_feedback")
    ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUB_TITLE_FIELD_NUMBER: _ClassVar[int]
    ADVICE_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_DETAIL_URL_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    TARGET_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    COUNT_DOWN_TIME_FIELD_NUMBER: _ClassVar[int]
    SHOW_FEEDBACK_FIELD_NUMBER: _ClassVar[int]
    icon_type: int
    title: Text
    sub_title: Text
    advice_action_text: Text
    default_action_text: Text
    violation_detail_url: str
    scene: int
    target_user_id: int
    target_room_id: int
    count_down_time: int
    show_feedback: bool
    def __init__(self, icon_type: _Optional[int] = ..., title: _Optional[_Union[Text, _Mapping]] = ..., sub_title: _Optional[_Union[Text, _Mapping]] = ..., advice_action_text: _Optional[_Union[Text, _Mapping]] = ..., default_action_text: _Optional[_Union[Text, _Mapping]] = ..., violation_detail_url: _Optional[str] = ..., scene: _Optional[int] = ..., target_user_id: _Optional[int] = ..., target_room_id: _Optional[int] = ..., count_down_time: _Optional[int] = ..., show_feedback: bool = ...) -> None: ...

class WebcastPerceptionMessage(_message.Message):
    __slots__ = ("common", "dialog", "punish_info", "show_violation_warning", "toast", "float_text", "end_time", "float_style", "sheet", "float_icon_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    SHOW_VIOLATION_WARNING_FIELD_NUMBER: _ClassVar[int]
    TOAST_FIELD_NUMBER: _ClassVar[int]
    FLOAT_TEXT_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    FLOAT_STYLE_FIELD_NUMBER: _ClassVar[int]
    SHEET_FIELD_NUMBER: _ClassVar[int]
    FLOAT_ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    dialog: PerceptionDialogInfo
    punish_info: PunishEventInfo
    show_violation_warning: bool
    toast: Text
    float_text: Text
    end_time: int
    float_style: int
    sheet: PerceptionSheetInfo
    float_icon_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., dialog: _Optional[_Union[PerceptionDialogInfo, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., show_violation_warning: bool = ..., toast: _Optional[_Union[Text, _Mapping]] = ..., float_text: _Optional[_Union[Text, _Mapping]] = ..., end_time: _Optional[int] = ..., float_style: _Optional[int] = ..., sheet: _Optional[_Union[PerceptionSheetInfo, _Mapping]] = ..., float_icon_type: _Optional[int] = ...) -> None: ...

class PollVoteUser(_message.Message):
    __slots__ = ("user_id", "nick_name", "avatar_thumb", "vote_count")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    VOTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    nick_name: str
    avatar_thumb: ImageModel
    vote_count: int
    def __init__(self, user_id: _Optional[int] = ..., nick_name: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., vote_count: _Optional[int] = ...) -> None: ...

class PollOption(_message.Message):
    __slots__ = ("votes", "display_content", "option_idx", "vote_user_list")
    VOTES_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    OPTION_IDX_FIELD_NUMBER: _ClassVar[int]
    VOTE_USER_LIST_FIELD_NUMBER: _ClassVar[int]
    votes: int
    display_content: str
    option_idx: int
    vote_user_list: _containers.RepeatedCompositeFieldContainer[PollVoteUser]
    def __init__(self, votes: _Optional[int] = ..., display_content: _Optional[str] = ..., option_idx: _Optional[int] = ..., vote_user_list: _Optional[_Iterable[_Union[PollVoteUser, _Mapping]]] = ...) -> None: ...

class PollStartContent(_message.Message):
    __slots__ = ("start_time", "end_time", "option_list", "title", "operator")
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    OPTION_LIST_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    start_time: int
    end_time: int
    option_list: _containers.RepeatedCompositeFieldContainer[PollOption]
    title: str
    operator: User
    def __init__(self, start_time: _Optional[int] = ..., end_time: _Optional[int] = ..., option_list: _Optional[_Iterable[_Union[PollOption, _Mapping]]] = ..., title: _Optional[str] = ..., operator: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class PollEndContent(_message.Message):
    __slots__ = ("end_type", "option_list", "operator")
    END_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPTION_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    end_type: int
    option_list: _containers.RepeatedCompositeFieldContainer[PollOption]
    operator: User
    def __init__(self, end_type: _Optional[int] = ..., option_list: _Optional[_Iterable[_Union[PollOption, _Mapping]]] = ..., operator: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class PollUpdateVotesContent(_message.Message):
    __slots__ = ("option_list", "operator")
    OPTION_LIST_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    option_list: _containers.RepeatedCompositeFieldContainer[PollOption]
    operator: User
    def __init__(self, option_list: _Optional[_Iterable[_Union[PollOption, _Mapping]]] = ..., operator: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class PollBasicInfo(_message.Message):
    __slots__ = ("poll_sponsor", "gift_id", "title", "is_suggested_question", "user_cnt", "gift", "poll_id_str", "poll_duration", "time_remain")
    POLL_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    IS_SUGGESTED_QUESTION_FIELD_NUMBER: _ClassVar[int]
    USER_CNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    POLL_ID_STR_FIELD_NUMBER: _ClassVar[int]
    POLL_DURATION_FIELD_NUMBER: _ClassVar[int]
    TIME_REMAIN_FIELD_NUMBER: _ClassVar[int]
    poll_sponsor: str
    gift_id: int
    title: str
    is_suggested_question: bool
    user_cnt: int
    gift: Gift
    poll_id_str: str
    poll_duration: int
    time_remain: int
    def __init__(self, poll_sponsor: _Optional[str] = ..., gift_id: _Optional[int] = ..., title: _Optional[str] = ..., is_suggested_question: bool = ..., user_cnt: _Optional[int] = ..., gift: _Optional[_Union[Gift, _Mapping]] = ..., poll_id_str: _Optional[str] = ..., poll_duration: _Optional[int] = ..., time_remain: _Optional[int] = ...) -> None: ...

class WebcastPollMessage(_message.Message):
    __slots__ = ("common", "message_type", "poll_id", "start_content", "end_content", "update_votes_content", "poll_kind", "poll_basic_info", "template_content")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    POLL_ID_FIELD_NUMBER: _ClassVar[int]
    START_CONTENT_FIELD_NUMBER: _ClassVar[int]
    END_CONTENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_VOTES_CONTENT_FIELD_NUMBER: _ClassVar[int]
    POLL_KIND_FIELD_NUMBER: _ClassVar[int]
    POLL_BASIC_INFO_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_type: int
    poll_id: int
    start_content: PollStartContent
    end_content: PollEndContent
    update_votes_content: PollUpdateVotesContent
    poll_kind: int
    poll_basic_info: PollBasicInfo
    template_content: TemplateContent
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ..., poll_id: _Optional[int] = ..., start_content: _Optional[_Union[PollStartContent, _Mapping]] = ..., end_content: _Optional[_Union[PollEndContent, _Mapping]] = ..., update_votes_content: _Optional[_Union[PollUpdateVotesContent, _Mapping]] = ..., poll_kind: _Optional[int] = ..., poll_basic_info: _Optional[_Union[PollBasicInfo, _Mapping]] = ..., template_content: _Optional[_Union[TemplateContent, _Mapping]] = ...) -> None: ...

class Question(_message.Message):
    __slots__ = ("question_id", "content", "answer_status", "create_time", "user", "create_from", "answer_from")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    ANSWER_STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CREATE_FROM_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FROM_FIELD_NUMBER: _ClassVar[int]
    question_id: int
    content: str
    answer_status: int
    create_time: int
    user: User
    create_from: int
    answer_from: int
    def __init__(self, question_id: _Optional[int] = ..., content: _Optional[str] = ..., answer_status: _Optional[int] = ..., create_time: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., create_from: _Optional[int] = ..., answer_from: _Optional[int] = ...) -> None: ...

class WebcastQuestionNewMessage(_message.Message):
    __slots__ = ("common", "details")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    details: Question
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., details: _Optional[_Union[Question, _Mapping]] = ...) -> None: ...

class WebcastRankTextMessage(_message.Message):
    __slots__ = ("common", "scene", "owner_idx_before_update", "owner_idx_after_update", "self_get_badge_msg", "other_get_badge_msg", "cur_user_id", "left_icon", "content", "rank_type", "user_enigma_info", "public_area_msg_common")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    OWNER_IDX_BEFORE_UPDATE_FIELD_NUMBER: _ClassVar[int]
    OWNER_IDX_AFTER_UPDATE_FIELD_NUMBER: _ClassVar[int]
    SELF_GET_BADGE_MSG_FIELD_NUMBER: _ClassVar[int]
    OTHER_GET_BADGE_MSG_FIELD_NUMBER: _ClassVar[int]
    CUR_USER_ID_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    USER_ENIGMA_INFO_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MSG_COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    scene: int
    owner_idx_before_update: int
    owner_idx_after_update: int
    self_get_badge_msg: Text
    other_get_badge_msg: Text
    cur_user_id: int
    left_icon: ImageModel
    content: Text
    rank_type: int
    user_enigma_info: RankUserEnigmaInfo
    public_area_msg_common: PublicAreaMessageCommon
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., scene: _Optional[int] = ..., owner_idx_before_update: _Optional[int] = ..., owner_idx_after_update: _Optional[int] = ..., self_get_badge_msg: _Optional[_Union[Text, _Mapping]] = ..., other_get_badge_msg: _Optional[_Union[Text, _Mapping]] = ..., cur_user_id: _Optional[int] = ..., left_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., rank_type: _Optional[int] = ..., user_enigma_info: _Optional[_Union[RankUserEnigmaInfo, _Mapping]] = ..., public_area_msg_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ...) -> None: ...

class RankUpdate(_message.Message):
    __slots__ = ("rank_type", "own_rank", "default_content", "show_entrance_animation", "countdown")
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    OWN_RANK_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SHOW_ENTRANCE_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    COUNTDOWN_FIELD_NUMBER: _ClassVar[int]
    rank_type: int
    own_rank: int
    default_content: Text
    show_entrance_animation: bool
    countdown: int
    def __init__(self, rank_type: _Optional[int] = ..., own_rank: _Optional[int] = ..., default_content: _Optional[_Union[Text, _Mapping]] = ..., show_entrance_animation: bool = ..., countdown: _Optional[int] = ...) -> None: ...

class WebcastRankUpdateMessage(_message.Message):
    __slots__ = ("common", "updates", "group_type", "op_type", "rank_priority", "tabs", "is_animation_loop_play", "animation_loop_for_off", "union_animation", "tab_info", "valid_ranks")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    UPDATES_FIELD_NUMBER: _ClassVar[int]
    GROUP_TYPE_FIELD_NUMBER: _ClassVar[int]
    OP_TYPE_FIELD_NUMBER: _ClassVar[int]
    RANK_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    TABS_FIELD_NUMBER: _ClassVar[int]
    IS_ANIMATION_LOOP_PLAY_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_LOOP_FOR_OFF_FIELD_NUMBER: _ClassVar[int]
    UNION_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    TAB_INFO_FIELD_NUMBER: _ClassVar[int]
    VALID_RANKS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    updates: _containers.RepeatedCompositeFieldContainer[RankUpdate]
    group_type: int
    op_type: int
    rank_priority: int
    tabs: _containers.RepeatedCompositeFieldContainer[RankTabInfo]
    is_animation_loop_play: bool
    animation_loop_for_off: bool
    union_animation: _containers.RepeatedCompositeFieldContainer[UnionAnimationInfo]
    tab_info: _containers.RepeatedCompositeFieldContainer[RankListTabInfo]
    valid_ranks: ValidRanks
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., updates: _Optional[_Iterable[_Union[RankUpdate, _Mapping]]] = ..., group_type: _Optional[int] = ..., op_type: _Optional[int] = ..., rank_priority: _Optional[int] = ..., tabs: _Optional[_Iterable[_Union[RankTabInfo, _Mapping]]] = ..., is_animation_loop_play: bool = ..., animation_loop_for_off: bool = ..., union_animation: _Optional[_Iterable[_Union[UnionAnimationInfo, _Mapping]]] = ..., tab_info: _Optional[_Iterable[_Union[RankListTabInfo, _Mapping]]] = ..., valid_ranks: _Optional[_Union[ValidRanks, _Mapping]] = ...) -> None: ...

class WebcastRoomMessage(_message.Message):
    __slots__ = ("common", "content", "supprot_landscape", "source", "icon", "scene", "is_welcome", "public_area_common", "show_duration_ms", "sub_scene", "schema", "signature", "signature_version")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    SUPPROT_LANDSCAPE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    IS_WELCOME_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    SHOW_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    SUB_SCENE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_VERSION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    content: str
    supprot_landscape: bool
    source: int
    icon: ImageModel
    scene: str
    is_welcome: bool
    public_area_common: PublicAreaMessageCommon
    show_duration_ms: int
    sub_scene: str
    schema: str
    signature: str
    signature_version: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., supprot_landscape: bool = ..., source: _Optional[int] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., scene: _Optional[str] = ..., is_welcome: bool = ..., public_area_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., show_duration_ms: _Optional[int] = ..., sub_scene: _Optional[str] = ..., schema: _Optional[str] = ..., signature: _Optional[str] = ..., signature_version: _Optional[str] = ...) -> None: ...

class WebcastRoomPinMessage(_message.Message):
    __slots__ = ("common", "chat_message", "social_message", "gift_message", "member_message", "like_message", "method", "pin_time", "operator", "action", "display_duration", "pin_msg_id", "ec_streamer_key")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHAT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SOCIAL_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MEMBER_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    LIKE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    PIN_TIME_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_DURATION_FIELD_NUMBER: _ClassVar[int]
    PIN_MSG_ID_FIELD_NUMBER: _ClassVar[int]
    EC_STREAMER_KEY_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    chat_message: WebcastChatMessage
    social_message: WebcastSocialMessage
    gift_message: WebcastGiftMessage
    member_message: WebcastMemberMessage
    like_message: WebcastLikeMessage
    method: str
    pin_time: int
    operator: User
    action: int
    display_duration: int
    pin_msg_id: int
    ec_streamer_key: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., chat_message: _Optional[_Union[WebcastChatMessage, _Mapping]] = ..., social_message: _Optional[_Union[WebcastSocialMessage, _Mapping]] = ..., gift_message: _Optional[_Union[WebcastGiftMessage, _Mapping]] = ..., member_message: _Optional[_Union[WebcastMemberMessage, _Mapping]] = ..., like_message: _Optional[_Union[WebcastLikeMessage, _Mapping]] = ..., method: _Optional[str] = ..., pin_time: _Optional[int] = ..., operator: _Optional[_Union[User, _Mapping]] = ..., action: _Optional[int] = ..., display_duration: _Optional[int] = ..., pin_msg_id: _Optional[int] = ..., ec_streamer_key: _Optional[str] = ...) -> None: ...

class WebcastRoomVerifyMessage(_message.Message):
    __slots__ = ("common", "action", "content", "notice_type", "close_room")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CLOSE_ROOM_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action: int
    content: str
    notice_type: int
    close_room: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action: _Optional[int] = ..., content: _Optional[str] = ..., notice_type: _Optional[int] = ..., close_room: bool = ...) -> None: ...

class WebcastSpeakerMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastSubNotifyMessage(_message.Message):
    __slots__ = ("common", "user", "exhibition_type", "sub_month", "subscribe_type", "old_subscribe_status", "message_type", "subscribing_status", "is_send", "is_custom", "gift_source", "package_id", "message_display_style", "public_area_message_common", "event_tracking")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EXHIBITION_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_MONTH_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_TYPE_FIELD_NUMBER: _ClassVar[int]
    OLD_SUBSCRIBE_STATUS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBING_STATUS_FIELD_NUMBER: _ClassVar[int]
    IS_SEND_FIELD_NUMBER: _ClassVar[int]
    IS_CUSTOM_FIELD_NUMBER: _ClassVar[int]
    GIFT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_MESSAGE_COMMON_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    exhibition_type: int
    sub_month: int
    subscribe_type: int
    old_subscribe_status: int
    message_type: int
    subscribing_status: int
    is_send: bool
    is_custom: bool
    gift_source: int
    package_id: str
    message_display_style: int
    public_area_message_common: PublicAreaMessageCommon
    event_tracking: RoomNotifyMessageEventTracking
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., exhibition_type: _Optional[int] = ..., sub_month: _Optional[int] = ..., subscribe_type: _Optional[int] = ..., old_subscribe_status: _Optional[int] = ..., message_type: _Optional[int] = ..., subscribing_status: _Optional[int] = ..., is_send: bool = ..., is_custom: bool = ..., gift_source: _Optional[int] = ..., package_id: _Optional[str] = ..., message_display_style: _Optional[int] = ..., public_area_message_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ..., event_tracking: _Optional[_Union[RoomNotifyMessageEventTracking, _Mapping]] = ...) -> None: ...

class SubPinCard(_message.Message):
    __slots__ = ("time_to_live", "title", "desc", "image", "type", "id", "template_id")
    TIME_TO_LIVE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    time_to_live: int
    title: Text
    desc: Text
    image: ImageModel
    type: int
    id: int
    template_id: int
    def __init__(self, time_to_live: _Optional[int] = ..., title: _Optional[_Union[Text, _Mapping]] = ..., desc: _Optional[_Union[Text, _Mapping]] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ..., type: _Optional[int] = ..., id: _Optional[int] = ..., template_id: _Optional[int] = ...) -> None: ...

class WebcastSubPinEventMessage(_message.Message):
    __slots__ = ("common", "action_type", "card", "operator_user_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    CARD_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_USER_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action_type: int
    card: SubPinCard
    operator_user_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action_type: _Optional[int] = ..., card: _Optional[_Union[SubPinCard, _Mapping]] = ..., operator_user_id: _Optional[int] = ...) -> None: ...

class WebcastSystemMessage(_message.Message):
    __slots__ = ("common", "message")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message: _Optional[str] = ...) -> None: ...

class WebcastToastMessage(_message.Message):
    __slots__ = ("common", "display_duration_millisecond", "delay_display_duration_millisecond", "scene")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_DURATION_MILLISECOND_FIELD_NUMBER: _ClassVar[int]
    DELAY_DISPLAY_DURATION_MILLISECOND_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    display_duration_millisecond: int
    delay_display_duration_millisecond: int
    scene: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., display_duration_millisecond: _Optional[int] = ..., delay_display_duration_millisecond: _Optional[int] = ..., scene: _Optional[str] = ...) -> None: ...

class WebcastUnauthorizedMemberMessage(_message.Message):
    __slots__ = ("common", "action", "nick_name_prefix", "nick_name", "enter_text", "public_area_common")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    ENTER_TEXT_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_AREA_COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action: int
    nick_name_prefix: Text
    nick_name: str
    enter_text: Text
    public_area_common: PublicAreaMessageCommon
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action: _Optional[int] = ..., nick_name_prefix: _Optional[_Union[Text, _Mapping]] = ..., nick_name: _Optional[str] = ..., enter_text: _Optional[_Union[Text, _Mapping]] = ..., public_area_common: _Optional[_Union[PublicAreaMessageCommon, _Mapping]] = ...) -> None: ...

class GiftPick(_message.Message):
    __slots__ = ("gift_id", "customized_desc", "gift_icon", "gift_price", "gift_pick_id", "gift_pick_id_str")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMIZED_DESC_FIELD_NUMBER: _ClassVar[int]
    GIFT_ICON_FIELD_NUMBER: _ClassVar[int]
    GIFT_PRICE_FIELD_NUMBER: _ClassVar[int]
    GIFT_PICK_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_PICK_ID_STR_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    customized_desc: str
    gift_icon: ImageModel
    gift_price: int
    gift_pick_id: int
    gift_pick_id_str: str
    def __init__(self, gift_id: _Optional[int] = ..., customized_desc: _Optional[str] = ..., gift_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., gift_price: _Optional[int] = ..., gift_pick_id: _Optional[int] = ..., gift_pick_id_str: _Optional[str] = ...) -> None: ...

class GiftPickWithScore(_message.Message):
    __slots__ = ("gift_pick", "score")
    GIFT_PICK_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    gift_pick: GiftPick
    score: int
    def __init__(self, gift_pick: _Optional[_Union[GiftPick, _Mapping]] = ..., score: _Optional[int] = ...) -> None: ...

class ViewerPicksInfo(_message.Message):
    __slots__ = ("viewer_picks_id", "gift_pick_list", "status", "round_duration_sec", "start_time_ms", "end_time_ms")
    VIEWER_PICKS_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_PICK_LIST_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ROUND_DURATION_SEC_FIELD_NUMBER: _ClassVar[int]
    START_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    viewer_picks_id: int
    gift_pick_list: _containers.RepeatedCompositeFieldContainer[GiftPickWithScore]
    status: int
    round_duration_sec: int
    start_time_ms: int
    end_time_ms: int
    def __init__(self, viewer_picks_id: _Optional[int] = ..., gift_pick_list: _Optional[_Iterable[_Union[GiftPickWithScore, _Mapping]]] = ..., status: _Optional[int] = ..., round_duration_sec: _Optional[int] = ..., start_time_ms: _Optional[int] = ..., end_time_ms: _Optional[int] = ...) -> None: ...

class WebcastViewerPicksUpdateMessage(_message.Message):
    __slots__ = ("common", "update_type", "info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    update_type: int
    info: ViewerPicksInfo
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., update_type: _Optional[int] = ..., info: _Optional[_Union[ViewerPicksInfo, _Mapping]] = ...) -> None: ...

class BattleSetting(_message.Message):
    __slots__ = ("battle_id", "start_time_ms", "duration", "channel_id", "status", "invite_type", "battle_type", "extra_duration_second", "end_time_ms", "scene")
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    BATTLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXTRA_DURATION_SECOND_FIELD_NUMBER: _ClassVar[int]
    END_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    battle_id: int
    start_time_ms: int
    duration: int
    channel_id: int
    status: int
    invite_type: int
    battle_type: int
    extra_duration_second: int
    end_time_ms: int
    scene: int
    def __init__(self, battle_id: _Optional[int] = ..., start_time_ms: _Optional[int] = ..., duration: _Optional[int] = ..., channel_id: _Optional[int] = ..., status: _Optional[int] = ..., invite_type: _Optional[int] = ..., battle_type: _Optional[int] = ..., extra_duration_second: _Optional[int] = ..., end_time_ms: _Optional[int] = ..., scene: _Optional[int] = ...) -> None: ...

class BattleUserArmy(_message.Message):
    __slots__ = ("user_id", "score", "nickname", "avatar_thumb", "diamond_score", "user_id_str")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    score: int
    nickname: str
    avatar_thumb: ImageModel
    diamond_score: int
    user_id_str: str
    def __init__(self, user_id: _Optional[int] = ..., score: _Optional[int] = ..., nickname: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., diamond_score: _Optional[int] = ..., user_id_str: _Optional[str] = ...) -> None: ...

class BattleUserArmies(_message.Message):
    __slots__ = ("user_armies", "host_score", "anchor_id_str")
    USER_ARMIES_FIELD_NUMBER: _ClassVar[int]
    HOST_SCORE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    user_armies: _containers.RepeatedCompositeFieldContainer[BattleUserArmy]
    host_score: int
    anchor_id_str: str
    def __init__(self, user_armies: _Optional[_Iterable[_Union[BattleUserArmy, _Mapping]]] = ..., host_score: _Optional[int] = ..., anchor_id_str: _Optional[str] = ...) -> None: ...

class BattleTeamUser(_message.Message):
    __slots__ = ("user_id", "score", "user_id_str")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    score: int
    user_id_str: str
    def __init__(self, user_id: _Optional[int] = ..., score: _Optional[int] = ..., user_id_str: _Optional[str] = ...) -> None: ...

class BattleTeamUserArmies(_message.Message):
    __slots__ = ("team_id", "team_users", "team_total_score", "user_armies", "host_rank")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_USERS_FIELD_NUMBER: _ClassVar[int]
    TEAM_TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ARMIES_FIELD_NUMBER: _ClassVar[int]
    HOST_RANK_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    team_users: _containers.RepeatedCompositeFieldContainer[BattleTeamUser]
    team_total_score: int
    user_armies: BattleUserArmies
    host_rank: int
    def __init__(self, team_id: _Optional[int] = ..., team_users: _Optional[_Iterable[_Union[BattleTeamUser, _Mapping]]] = ..., team_total_score: _Optional[int] = ..., user_armies: _Optional[_Union[BattleUserArmies, _Mapping]] = ..., host_rank: _Optional[int] = ...) -> None: ...

class BattleResult(_message.Message):
    __slots__ = ("user_id", "result", "score", "diamond_score")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_SCORE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    result: int
    score: int
    diamond_score: int
    def __init__(self, user_id: _Optional[int] = ..., result: _Optional[int] = ..., score: _Optional[int] = ..., diamond_score: _Optional[int] = ...) -> None: ...

class BattleBaseUserInfo(_message.Message):
    __slots__ = ("user_id", "nick_name", "avatar_thumb", "display_id", "room_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    nick_name: str
    avatar_thumb: ImageModel
    display_id: str
    room_id: int
    def __init__(self, user_id: _Optional[int] = ..., nick_name: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., room_id: _Optional[int] = ...) -> None: ...

class BattleUserInfo(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: BattleBaseUserInfo
    def __init__(self, user: _Optional[_Union[BattleBaseUserInfo, _Mapping]] = ...) -> None: ...

class BattleUserInfoWrapper(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: BattleUserInfo
    def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleUserInfo, _Mapping]] = ...) -> None: ...

class BattleUserArmiesWrapper(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: BattleUserArmies
    def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleUserArmies, _Mapping]] = ...) -> None: ...

class BattleComboInfo(_message.Message):
    __slots__ = ("user_id", "combo_status", "combo_count", "combo_icon_url", "combo_type")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    COMBO_STATUS_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMBO_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    COMBO_TYPE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    combo_status: int
    combo_count: int
    combo_icon_url: str
    combo_type: int
    def __init__(self, user_id: _Optional[int] = ..., combo_status: _Optional[int] = ..., combo_count: _Optional[int] = ..., combo_icon_url: _Optional[str] = ..., combo_type: _Optional[int] = ...) -> None: ...

class BattleTeamResult(_message.Message):
    __slots__ = ("team_id", "team_users", "result", "total_score")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_USERS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    team_users: _containers.RepeatedCompositeFieldContainer[BattleTeamUser]
    result: int
    total_score: int
    def __init__(self, team_id: _Optional[int] = ..., team_users: _Optional[_Iterable[_Union[BattleTeamUser, _Mapping]]] = ..., result: _Optional[int] = ..., total_score: _Optional[int] = ...) -> None: ...

class WebcastLinkMicBattle(_message.Message):
    __slots__ = ("common", "battle_id", "battle_settings", "action", "battle_result", "invitee_gift_permission_type", "armies", "anchors_info", "bubble_text", "battle_combo", "action_by_user_id", "team_battle_result", "team_armies", "fuzzy_display_config", "supported_actions", "team_member", "invitees_gift_permission_type", "ab_test_setting", "team_match_campaign", "fuzzy_display_config_v2", "league_info_map", "league_score_info_map", "match_punish_extra_info", "enigma_battle_setting", "anchor_match_settings", "battle_feature_flags", "cross_room_layout", "tracking_extra", "match_theme_display_resource")
    class BattleResultEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleResult
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleResult, _Mapping]] = ...) -> None: ...
    class BattleComboEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleComboInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleComboInfo, _Mapping]] = ...) -> None: ...
    class LeagueInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: GiftGalleryBadgeInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[GiftGalleryBadgeInfo, _Mapping]] = ...) -> None: ...
    class LeagueScoreInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: LeagueScoreInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[LeagueScoreInfo, _Mapping]] = ...) -> None: ...
    class AnchorMatchSettingsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: AnchorMatchSettings
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[AnchorMatchSettings, _Mapping]] = ...) -> None: ...
    class TrackingExtraEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    COMMON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    BATTLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    BATTLE_RESULT_FIELD_NUMBER: _ClassVar[int]
    INVITEE_GIFT_PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    ARMIES_FIELD_NUMBER: _ClassVar[int]
    ANCHORS_INFO_FIELD_NUMBER: _ClassVar[int]
    BUBBLE_TEXT_FIELD_NUMBER: _ClassVar[int]
    BATTLE_COMBO_FIELD_NUMBER: _ClassVar[int]
    ACTION_BY_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_BATTLE_RESULT_FIELD_NUMBER: _ClassVar[int]
    TEAM_ARMIES_FIELD_NUMBER: _ClassVar[int]
    FUZZY_DISPLAY_CONFIG_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_ACTIONS_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    INVITEES_GIFT_PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    AB_TEST_SETTING_FIELD_NUMBER: _ClassVar[int]
    TEAM_MATCH_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    FUZZY_DISPLAY_CONFIG_V2_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_SCORE_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    MATCH_PUNISH_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_SETTING_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MATCH_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    BATTLE_FEATURE_FLAGS_FIELD_NUMBER: _ClassVar[int]
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    TRACKING_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MATCH_THEME_DISPLAY_RESOURCE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    battle_id: int
    battle_settings: BattleSetting
    action: int
    battle_result: _containers.MessageMap[int, BattleResult]
    invitee_gift_permission_type: int
    armies: _containers.RepeatedCompositeFieldContainer[BattleUserArmiesWrapper]
    anchors_info: _containers.RepeatedCompositeFieldContainer[BattleUserInfoWrapper]
    bubble_text: str
    battle_combo: _containers.MessageMap[int, BattleComboInfo]
    action_by_user_id: int
    team_battle_result: _containers.RepeatedCompositeFieldContainer[BattleTeamResult]
    team_armies: _containers.RepeatedCompositeFieldContainer[BattleTeamUserArmies]
    fuzzy_display_config: BattleDisplayConfig
    supported_actions: _containers.RepeatedCompositeFieldContainer[SupportedActionsWrapper]
    team_member: _containers.RepeatedCompositeFieldContainer[TeamUsersInfo]
    invitees_gift_permission_type: _containers.RepeatedCompositeFieldContainer[BattleInviteeGiftPermission]
    ab_test_setting: _containers.RepeatedCompositeFieldContainer[BattleAbTestSetting]
    team_match_campaign: TeamMatchCampaign
    fuzzy_display_config_v2: HighScoreControlCfg
    league_info_map: _containers.MessageMap[int, GiftGalleryBadgeInfo]
    league_score_info_map: _containers.MessageMap[int, LeagueScoreInfo]
    match_punish_extra_info: MatchPunishExtraInfo
    enigma_battle_setting: EnigmaBattleSetting
    anchor_match_settings: _containers.MessageMap[int, AnchorMatchSettings]
    battle_feature_flags: BattleFeatureFlags
    cross_room_layout: LayoutData
    tracking_extra: _containers.ScalarMap[str, str]
    match_theme_display_resource: MatchThemeDisplayResource
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., battle_settings: _Optional[_Union[BattleSetting, _Mapping]] = ..., action: _Optional[int] = ..., battle_result: _Optional[_Mapping[int, BattleResult]] = ..., invitee_gift_permission_type: _Optional[int] = ..., armies: _Optional[_Iterable[_Union[BattleUserArmiesWrapper, _Mapping]]] = ..., anchors_info: _Optional[_Iterable[_Union[BattleUserInfoWrapper, _Mapping]]] = ..., bubble_text: _Optional[str] = ..., battle_combo: _Optional[_Mapping[int, BattleComboInfo]] = ..., action_by_user_id: _Optional[int] = ..., team_battle_result: _Optional[_Iterable[_Union[BattleTeamResult, _Mapping]]] = ..., team_armies: _Optional[_Iterable[_Union[BattleTeamUserArmies, _Mapping]]] = ..., fuzzy_display_config: _Optional[_Union[BattleDisplayConfig, _Mapping]] = ..., supported_actions: _Optional[_Iterable[_Union[SupportedActionsWrapper, _Mapping]]] = ..., team_member: _Optional[_Iterable[_Union[TeamUsersInfo, _Mapping]]] = ..., invitees_gift_permission_type: _Optional[_Iterable[_Union[BattleInviteeGiftPermission, _Mapping]]] = ..., ab_test_setting: _Optional[_Iterable[_Union[BattleAbTestSetting, _Mapping]]] = ..., team_match_campaign: _Optional[_Union[TeamMatchCampaign, _Mapping]] = ..., fuzzy_display_config_v2: _Optional[_Union[HighScoreControlCfg, _Mapping]] = ..., league_info_map: _Optional[_Mapping[int, GiftGalleryBadgeInfo]] = ..., league_score_info_map: _Optional[_Mapping[int, LeagueScoreInfo]] = ..., match_punish_extra_info: _Optional[_Union[MatchPunishExtraInfo, _Mapping]] = ..., enigma_battle_setting: _Optional[_Union[EnigmaBattleSetting, _Mapping]] = ..., anchor_match_settings: _Optional[_Mapping[int, AnchorMatchSettings]] = ..., battle_feature_flags: _Optional[_Union[BattleFeatureFlags, _Mapping]] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ..., tracking_extra: _Optional[_Mapping[str, str]] = ..., match_theme_display_resource: _Optional[_Union[MatchThemeDisplayResource, _Mapping]] = ...) -> None: ...

class WebcastLinkMicArmies(_message.Message):
    __slots__ = ("common", "battle_id", "armies", "channel_id", "send_gift_success_time", "update_battle_score_time", "trigger_reason", "from_user_id", "gift_id", "gift_count", "gift_icon_image", "total_diamond_count", "repeat_count", "team_armies", "trigger_critical_strike", "log_id", "battle_settings", "has_team_match_mvp_sfx", "fuzzy_display_config_v2", "effect_infos", "enigma_battle_extra_info")
    class ArmiesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleUserArmies
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleUserArmies, _Mapping]] = ...) -> None: ...
    COMMON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    ARMIES_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_SUCCESS_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_BATTLE_SCORE_TIME_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_REASON_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_COUNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPEAT_COUNT_FIELD_NUMBER: _ClassVar[int]
    TEAM_ARMIES_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_CRITICAL_STRIKE_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    BATTLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    HAS_TEAM_MATCH_MVP_SFX_FIELD_NUMBER: _ClassVar[int]
    FUZZY_DISPLAY_CONFIG_V2_FIELD_NUMBER: _ClassVar[int]
    EFFECT_INFOS_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    battle_id: int
    armies: _containers.MessageMap[int, BattleUserArmies]
    channel_id: int
    send_gift_success_time: int
    update_battle_score_time: int
    trigger_reason: int
    from_user_id: int
    gift_id: int
    gift_count: int
    gift_icon_image: ImageModel
    total_diamond_count: int
    repeat_count: int
    team_armies: _containers.RepeatedCompositeFieldContainer[BattleTeamUserArmies]
    trigger_critical_strike: bool
    log_id: str
    battle_settings: BattleSetting
    has_team_match_mvp_sfx: bool
    fuzzy_display_config_v2: HighScoreControlCfg
    effect_infos: BattleEffectInfos
    enigma_battle_extra_info: EnigmaBattleExtraInfo
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., armies: _Optional[_Mapping[int, BattleUserArmies]] = ..., channel_id: _Optional[int] = ..., send_gift_success_time: _Optional[int] = ..., update_battle_score_time: _Optional[int] = ..., trigger_reason: _Optional[int] = ..., from_user_id: _Optional[int] = ..., gift_id: _Optional[int] = ..., gift_count: _Optional[int] = ..., gift_icon_image: _Optional[_Union[ImageModel, _Mapping]] = ..., total_diamond_count: _Optional[int] = ..., repeat_count: _Optional[int] = ..., team_armies: _Optional[_Iterable[_Union[BattleTeamUserArmies, _Mapping]]] = ..., trigger_critical_strike: bool = ..., log_id: _Optional[str] = ..., battle_settings: _Optional[_Union[BattleSetting, _Mapping]] = ..., has_team_match_mvp_sfx: bool = ..., fuzzy_display_config_v2: _Optional[_Union[HighScoreControlCfg, _Mapping]] = ..., effect_infos: _Optional[_Union[BattleEffectInfos, _Mapping]] = ..., enigma_battle_extra_info: _Optional[_Union[EnigmaBattleExtraInfo, _Mapping]] = ...) -> None: ...

class BattleCardDisplay(_message.Message):
    __slots__ = ("anchor_id", "display_content")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    display_content: Text
    def __init__(self, anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class WebcastLinkMicBattleItemCard(_message.Message):
    __slots__ = ("common", "battle_id", "msg_type", "use_critical_strike_card", "use_smoke_card", "use_extra_time_card", "use_special_effect_card", "use_potion_card", "use_wave_card", "card_obtain_guide", "award_card_notice", "special_effect_notice", "use_top2_card", "use_top3_card", "use_vault_glove_card", "award_reason")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    USE_CRITICAL_STRIKE_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_SMOKE_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_EXTRA_TIME_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_SPECIAL_EFFECT_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_POTION_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_WAVE_CARD_FIELD_NUMBER: _ClassVar[int]
    CARD_OBTAIN_GUIDE_FIELD_NUMBER: _ClassVar[int]
    AWARD_CARD_NOTICE_FIELD_NUMBER: _ClassVar[int]
    SPECIAL_EFFECT_NOTICE_FIELD_NUMBER: _ClassVar[int]
    USE_TOP2_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_TOP3_CARD_FIELD_NUMBER: _ClassVar[int]
    USE_VAULT_GLOVE_CARD_FIELD_NUMBER: _ClassVar[int]
    AWARD_REASON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    battle_id: int
    msg_type: int
    use_critical_strike_card: BattleCardDisplay
    use_smoke_card: BattleCardDisplay
    use_extra_time_card: BattleCardDisplay
    use_special_effect_card: BattleCardDisplay
    use_potion_card: BattleCardDisplay
    use_wave_card: BattleCardDisplay
    card_obtain_guide: CardObtainGuide
    award_card_notice: AwardCardNotice
    special_effect_notice: SpecialEffectNotice
    use_top2_card: UseTop2Card
    use_top3_card: UseTop3Card
    use_vault_glove_card: UseVaultGloveCard
    award_reason: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., msg_type: _Optional[int] = ..., use_critical_strike_card: _Optional[_Union[BattleCardDisplay, _Mapping]] = ..., use_smoke_card: _Optional[_Union[BattleCardDisplay, _Mapping]] = ..., use_extra_time_card: _Optional[_Union[BattleCardDisplay, _Mapping]] = ..., use_special_effect_card: _Optional[_Union[BattleCardDisplay, _Mapping]] = ..., use_potion_card: _Optional[_Union[BattleCardDisplay, _Mapping]] = ..., use_wave_card: _Optional[_Union[BattleCardDisplay, _Mapping]] = ..., card_obtain_guide: _Optional[_Union[CardObtainGuide, _Mapping]] = ..., award_card_notice: _Optional[_Union[AwardCardNotice, _Mapping]] = ..., special_effect_notice: _Optional[_Union[SpecialEffectNotice, _Mapping]] = ..., use_top2_card: _Optional[_Union[UseTop2Card, _Mapping]] = ..., use_top3_card: _Optional[_Union[UseTop3Card, _Mapping]] = ..., use_vault_glove_card: _Optional[_Union[UseVaultGloveCard, _Mapping]] = ..., award_reason: _Optional[int] = ...) -> None: ...

class WebcastLinkMicBattlePunishFinish(_message.Message):
    __slots__ = ("common", "channel_id", "op_uid", "reason", "battle_id", "battle_settings", "match_punish_extra_info")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    OP_UID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    BATTLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    MATCH_PUNISH_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    channel_id: int
    op_uid: int
    reason: int
    battle_id: int
    battle_settings: BattleSetting
    match_punish_extra_info: MatchPunishExtraInfo
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., channel_id: _Optional[int] = ..., op_uid: _Optional[int] = ..., reason: _Optional[int] = ..., battle_id: _Optional[int] = ..., battle_settings: _Optional[_Union[BattleSetting, _Mapping]] = ..., match_punish_extra_info: _Optional[_Union[MatchPunishExtraInfo, _Mapping]] = ...) -> None: ...

class UserFanTicket(_message.Message):
    __slots__ = ("user_id", "fan_ticket", "match_total_score", "match_rank")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    MATCH_TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    MATCH_RANK_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    fan_ticket: int
    match_total_score: int
    match_rank: int
    def __init__(self, user_id: _Optional[int] = ..., fan_ticket: _Optional[int] = ..., match_total_score: _Optional[int] = ..., match_rank: _Optional[int] = ...) -> None: ...

class FanTicketRoomNotice(_message.Message):
    __slots__ = ("user_fan_ticket_list", "total_link_mic_fan_ticket", "match_id", "event_time", "fan_ticket_icon_url")
    USER_FAN_TICKET_LIST_FIELD_NUMBER: _ClassVar[int]
    TOTAL_LINK_MIC_FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TIME_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    user_fan_ticket_list: _containers.RepeatedCompositeFieldContainer[UserFanTicket]
    total_link_mic_fan_ticket: int
    match_id: int
    event_time: int
    fan_ticket_icon_url: str
    def __init__(self, user_fan_ticket_list: _Optional[_Iterable[_Union[UserFanTicket, _Mapping]]] = ..., total_link_mic_fan_ticket: _Optional[int] = ..., match_id: _Optional[int] = ..., event_time: _Optional[int] = ..., fan_ticket_icon_url: _Optional[str] = ...) -> None: ...

class WebcastLinkMicFanTicketMethod(_message.Message):
    __slots__ = ("common", "fan_ticket_room_notice")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ROOM_NOTICE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    fan_ticket_room_notice: FanTicketRoomNotice
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., fan_ticket_room_notice: _Optional[_Union[FanTicketRoomNotice, _Mapping]] = ...) -> None: ...

class WebcastLinkMicMethod(_message.Message):
    __slots__ = ("common", "message_type", "access_key", "anchor_linkmic_id", "user_id", "fan_ticket", "total_linkmic_fan_ticket", "channel_id", "layout", "vendor", "dimension", "theme", "invite_uid", "answer", "start_time", "duration", "match_type", "win", "prompts", "to_user_id", "from_user_id", "tips", "from_room_id", "rival_anchor_id", "linked_users", "user_scores", "linkmic_layout", "start_time_ms", "confluence_type", "invite_type", "sub_type", "inviter_rival_extra", "rtc_ext_info", "rtc_app_id", "app_id", "app_sign", "rtc_app_sign", "anchor_linkmic_id_str", "rival_linkmic_id", "rival_linkmic_id_str", "show_popup", "sec_invite_uid", "scene", "sec_apply_uid", "sec_from_user_id", "reply_type", "reply_prompts", "sec_to_user_id", "invitor_info", "rtc_join_channel", "fan_ticket_icon_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACCESS_KEY_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    TOTAL_LINKMIC_FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    VENDOR_FIELD_NUMBER: _ClassVar[int]
    DIMENSION_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    INVITE_UID_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    MATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    WIN_FIELD_NUMBER: _ClassVar[int]
    PROMPTS_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TIPS_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    RIVAL_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    USER_SCORES_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    START_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    CONFLUENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    INVITER_RIVAL_EXTRA_FIELD_NUMBER: _ClassVar[int]
    RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_APP_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    APP_SIGN_FIELD_NUMBER: _ClassVar[int]
    RTC_APP_SIGN_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    RIVAL_LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    RIVAL_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    SHOW_POPUP_FIELD_NUMBER: _ClassVar[int]
    SEC_INVITE_UID_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    SEC_APPLY_UID_FIELD_NUMBER: _ClassVar[int]
    SEC_FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPLY_PROMPTS_FIELD_NUMBER: _ClassVar[int]
    SEC_TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    INVITOR_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_JOIN_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_type: int
    access_key: str
    anchor_linkmic_id: int
    user_id: int
    fan_ticket: int
    total_linkmic_fan_ticket: int
    channel_id: int
    layout: int
    vendor: int
    dimension: int
    theme: str
    invite_uid: int
    answer: int
    start_time: int
    duration: int
    match_type: int
    win: bool
    prompts: str
    to_user_id: int
    from_user_id: int
    tips: str
    from_room_id: int
    rival_anchor_id: int
    linked_users: _containers.RepeatedCompositeFieldContainer[User]
    user_scores: _containers.RepeatedScalarFieldContainer[bytes]
    linkmic_layout: int
    start_time_ms: int
    confluence_type: int
    invite_type: int
    sub_type: int
    inviter_rival_extra: RivalExtraInfo
    rtc_ext_info: str
    rtc_app_id: str
    app_id: str
    app_sign: str
    rtc_app_sign: str
    anchor_linkmic_id_str: str
    rival_linkmic_id: int
    rival_linkmic_id_str: str
    show_popup: bool
    sec_invite_uid: int
    scene: int
    sec_apply_uid: int
    sec_from_user_id: str
    reply_type: int
    reply_prompts: str
    sec_to_user_id: str
    invitor_info: bytes
    rtc_join_channel: bool
    fan_ticket_icon_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ..., access_key: _Optional[str] = ..., anchor_linkmic_id: _Optional[int] = ..., user_id: _Optional[int] = ..., fan_ticket: _Optional[int] = ..., total_linkmic_fan_ticket: _Optional[int] = ..., channel_id: _Optional[int] = ..., layout: _Optional[int] = ..., vendor: _Optional[int] = ..., dimension: _Optional[int] = ..., theme: _Optional[str] = ..., invite_uid: _Optional[int] = ..., answer: _Optional[int] = ..., start_time: _Optional[int] = ..., duration: _Optional[int] = ..., match_type: _Optional[int] = ..., win: bool = ..., prompts: _Optional[str] = ..., to_user_id: _Optional[int] = ..., from_user_id: _Optional[int] = ..., tips: _Optional[str] = ..., from_room_id: _Optional[int] = ..., rival_anchor_id: _Optional[int] = ..., linked_users: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., user_scores: _Optional[_Iterable[bytes]] = ..., linkmic_layout: _Optional[int] = ..., start_time_ms: _Optional[int] = ..., confluence_type: _Optional[int] = ..., invite_type: _Optional[int] = ..., sub_type: _Optional[int] = ..., inviter_rival_extra: _Optional[_Union[RivalExtraInfo, _Mapping]] = ..., rtc_ext_info: _Optional[str] = ..., rtc_app_id: _Optional[str] = ..., app_id: _Optional[str] = ..., app_sign: _Optional[str] = ..., rtc_app_sign: _Optional[str] = ..., anchor_linkmic_id_str: _Optional[str] = ..., rival_linkmic_id: _Optional[int] = ..., rival_linkmic_id_str: _Optional[str] = ..., show_popup: bool = ..., sec_invite_uid: _Optional[int] = ..., scene: _Optional[int] = ..., sec_apply_uid: _Optional[int] = ..., sec_from_user_id: _Optional[str] = ..., reply_type: _Optional[int] = ..., reply_prompts: _Optional[str] = ..., sec_to_user_id: _Optional[str] = ..., invitor_info: _Optional[bytes] = ..., rtc_join_channel: bool = ..., fan_ticket_icon_type: _Optional[int] = ...) -> None: ...

class WebcastActivityQuizCardMessage(_message.Message):
    __slots__ = ("common", "schema", "primary_id", "timestamp", "sei_delay_multiple", "sei_delay_bias", "expired_time")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_ID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    SEI_DELAY_MULTIPLE_FIELD_NUMBER: _ClassVar[int]
    SEI_DELAY_BIAS_FIELD_NUMBER: _ClassVar[int]
    EXPIRED_TIME_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    schema: str
    primary_id: str
    timestamp: int
    sei_delay_multiple: float
    sei_delay_bias: int
    expired_time: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., schema: _Optional[str] = ..., primary_id: _Optional[str] = ..., timestamp: _Optional[int] = ..., sei_delay_multiple: _Optional[float] = ..., sei_delay_bias: _Optional[int] = ..., expired_time: _Optional[int] = ...) -> None: ...

class WebcastActivityQuizUserIdentityMessage(_message.Message):
    __slots__ = ("common", "primary_id", "version", "retain_device_id", "timestamp")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    RETAIN_DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    primary_id: str
    version: int
    retain_device_id: str
    timestamp: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., primary_id: _Optional[str] = ..., version: _Optional[int] = ..., retain_device_id: _Optional[str] = ..., timestamp: _Optional[int] = ...) -> None: ...

class AnchorToolModification(_message.Message):
    __slots__ = ("room_id", "user_id", "effect_id", "name", "resource_id", "modification_type", "role", "msg_type", "sub_type", "start_time", "end_time", "duration", "tab", "mode", "origin", "value", "url", "scene", "status", "content")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    MODIFICATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    TAB_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    room_id: int
    user_id: int
    effect_id: int
    name: str
    resource_id: str
    modification_type: int
    role: int
    msg_type: int
    sub_type: int
    start_time: int
    end_time: int
    duration: int
    tab: str
    mode: int
    origin: int
    value: float
    url: str
    scene: str
    status: int
    content: str
    def __init__(self, room_id: _Optional[int] = ..., user_id: _Optional[int] = ..., effect_id: _Optional[int] = ..., name: _Optional[str] = ..., resource_id: _Optional[str] = ..., modification_type: _Optional[int] = ..., role: _Optional[int] = ..., msg_type: _Optional[int] = ..., sub_type: _Optional[int] = ..., start_time: _Optional[int] = ..., end_time: _Optional[int] = ..., duration: _Optional[int] = ..., tab: _Optional[str] = ..., mode: _Optional[int] = ..., origin: _Optional[int] = ..., value: _Optional[float] = ..., url: _Optional[str] = ..., scene: _Optional[str] = ..., status: _Optional[int] = ..., content: _Optional[str] = ...) -> None: ...

class WebcastAnchorToolModificationMessage(_message.Message):
    __slots__ = ("common", "modification")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MODIFICATION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    modification: AnchorToolModification
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., modification: _Optional[_Union[AnchorToolModification, _Mapping]] = ...) -> None: ...

class WebcastAssetMessage(_message.Message):
    __slots__ = ("common", "asset_id", "panel_display_text", "show_message", "show_panel", "from_user", "to_user", "log_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ASSET_ID_FIELD_NUMBER: _ClassVar[int]
    PANEL_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    SHOW_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SHOW_PANEL_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_FIELD_NUMBER: _ClassVar[int]
    TO_USER_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    asset_id: int
    panel_display_text: Text
    show_message: bool
    show_panel: bool
    from_user: User
    to_user: User
    log_id: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., asset_id: _Optional[int] = ..., panel_display_text: _Optional[_Union[Text, _Mapping]] = ..., show_message: bool = ..., show_panel: bool = ..., from_user: _Optional[_Union[User, _Mapping]] = ..., to_user: _Optional[_Union[User, _Mapping]] = ..., log_id: _Optional[str] = ...) -> None: ...

class WebcastAudienceReserveUserStateMessage(_message.Message):
    __slots__ = ("common", "room_id", "type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    room_id: int
    type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., room_id: _Optional[int] = ..., type: _Optional[int] = ...) -> None: ...

class WebcastAuthorizationNotifyMessage(_message.Message):
    __slots__ = ("common", "origin", "content", "style")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    origin: str
    content: str
    style: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., origin: _Optional[str] = ..., content: _Optional[str] = ..., style: _Optional[str] = ...) -> None: ...

class WebcastBALeadGenMessage(_message.Message):
    __slots__ = ("common", "op", "page_id", "op_time", "cta_text", "schema")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OP_FIELD_NUMBER: _ClassVar[int]
    PAGE_ID_FIELD_NUMBER: _ClassVar[int]
    OP_TIME_FIELD_NUMBER: _ClassVar[int]
    CTA_TEXT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    op: int
    page_id: int
    op_time: int
    cta_text: str
    schema: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., op: _Optional[int] = ..., page_id: _Optional[int] = ..., op_time: _Optional[int] = ..., cta_text: _Optional[str] = ..., schema: _Optional[str] = ...) -> None: ...

class WebcastCohostReserveMessage(_message.Message):
    __slots__ = ("common", "reserve_type", "reservation_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    RESERVE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    reserve_type: int
    reservation_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., reserve_type: _Optional[int] = ..., reservation_id: _Optional[int] = ...) -> None: ...

class WebcastCohostTopicMessage(_message.Message):
    __slots__ = ("common", "action")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action: _Optional[int] = ...) -> None: ...

class WebcastCommentsMessage(_message.Message):
    __slots__ = ("common", "user", "content", "color", "background", "action_type", "action_content")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_CONTENT_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    content: str
    color: str
    background: ImageModel
    action_type: int
    action_content: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., content: _Optional[str] = ..., color: _Optional[str] = ..., background: _Optional[_Union[ImageModel, _Mapping]] = ..., action_type: _Optional[int] = ..., action_content: _Optional[str] = ...) -> None: ...

class WebcastCommentTrayMessage(_message.Message):
    __slots__ = ("common", "content", "content_type", "count", "chat_time", "tray_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    CHAT_TIME_FIELD_NUMBER: _ClassVar[int]
    TRAY_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    content: str
    content_type: int
    count: int
    chat_time: int
    tray_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., content_type: _Optional[int] = ..., count: _Optional[int] = ..., chat_time: _Optional[int] = ..., tray_id: _Optional[int] = ...) -> None: ...

class WebcastCommonToastMessage(_message.Message):
    __slots__ = ("common", "discardable", "immediate", "duration", "text_color", "background_color_start", "background_color_end", "position", "top_image", "image_width", "image_height", "show_mongolia_layer")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DISCARDABLE_FIELD_NUMBER: _ClassVar[int]
    IMMEDIATE_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_START_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_END_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    TOP_IMAGE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_WIDTH_FIELD_NUMBER: _ClassVar[int]
    IMAGE_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    SHOW_MONGOLIA_LAYER_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    discardable: bool
    immediate: bool
    duration: int
    text_color: str
    background_color_start: str
    background_color_end: str
    position: int
    top_image: ImageModel
    image_width: int
    image_height: int
    show_mongolia_layer: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., discardable: bool = ..., immediate: bool = ..., duration: _Optional[int] = ..., text_color: _Optional[str] = ..., background_color_start: _Optional[str] = ..., background_color_end: _Optional[str] = ..., position: _Optional[int] = ..., top_image: _Optional[_Union[ImageModel, _Mapping]] = ..., image_width: _Optional[int] = ..., image_height: _Optional[int] = ..., show_mongolia_layer: bool = ...) -> None: ...

class WebcastDonationInfoMessage(_message.Message):
    __slots__ = ("common", "total_money", "currency", "total_user")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MONEY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    TOTAL_USER_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    total_money: str
    currency: str
    total_user: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., total_money: _Optional[str] = ..., currency: _Optional[str] = ..., total_user: _Optional[int] = ...) -> None: ...

class WebcastDonationMessage(_message.Message):
    __slots__ = ("common", "total", "currency", "sponsors", "users")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    SPONSORS_FIELD_NUMBER: _ClassVar[int]
    USERS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    total: int
    currency: str
    sponsors: _containers.RepeatedCompositeFieldContainer[User]
    users: _containers.RepeatedCompositeFieldContainer[User]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., total: _Optional[int] = ..., currency: _Optional[str] = ..., sponsors: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., users: _Optional[_Iterable[_Union[User, _Mapping]]] = ...) -> None: ...

class WebcastEcBarrageMessage(_message.Message):
    __slots__ = ("common", "icon", "content", "duration", "background_color", "background_opacity")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_OPACITY_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    icon: ImageModel
    content: Text
    duration: int
    background_color: str
    background_opacity: float
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., duration: _Optional[int] = ..., background_color: _Optional[str] = ..., background_opacity: _Optional[float] = ...) -> None: ...

class EnvelopePortalInfo(_message.Message):
    __slots__ = ("id", "idc", "send_at_second", "ddl_second", "envelope_diamonds", "portal_diamonds", "sender_display_id", "sender_id", "sender_avatar", "trans_count", "touch_count")
    ID_FIELD_NUMBER: _ClassVar[int]
    IDC_FIELD_NUMBER: _ClassVar[int]
    SEND_AT_SECOND_FIELD_NUMBER: _ClassVar[int]
    DDL_SECOND_FIELD_NUMBER: _ClassVar[int]
    ENVELOPE_DIAMONDS_FIELD_NUMBER: _ClassVar[int]
    PORTAL_DIAMONDS_FIELD_NUMBER: _ClassVar[int]
    SENDER_DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_AVATAR_FIELD_NUMBER: _ClassVar[int]
    TRANS_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOUCH_COUNT_FIELD_NUMBER: _ClassVar[int]
    id: str
    idc: str
    send_at_second: int
    ddl_second: int
    envelope_diamonds: int
    portal_diamonds: int
    sender_display_id: str
    sender_id: str
    sender_avatar: ImageModel
    trans_count: int
    touch_count: int
    def __init__(self, id: _Optional[str] = ..., idc: _Optional[str] = ..., send_at_second: _Optional[int] = ..., ddl_second: _Optional[int] = ..., envelope_diamonds: _Optional[int] = ..., portal_diamonds: _Optional[int] = ..., sender_display_id: _Optional[str] = ..., sender_id: _Optional[str] = ..., sender_avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., trans_count: _Optional[int] = ..., touch_count: _Optional[int] = ...) -> None: ...

class EnvelopePortalTarget(_message.Message):
    __slots__ = ("room_id", "send_room_cover", "anchor_display_id", "anchor_id", "anchor_avatar", "envelope_diamonds")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_ROOM_COVER_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_AVATAR_FIELD_NUMBER: _ClassVar[int]
    ENVELOPE_DIAMONDS_FIELD_NUMBER: _ClassVar[int]
    room_id: str
    send_room_cover: ImageModel
    anchor_display_id: str
    anchor_id: str
    anchor_avatar: ImageModel
    envelope_diamonds: int
    def __init__(self, room_id: _Optional[str] = ..., send_room_cover: _Optional[_Union[ImageModel, _Mapping]] = ..., anchor_display_id: _Optional[str] = ..., anchor_id: _Optional[str] = ..., anchor_avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., envelope_diamonds: _Optional[int] = ...) -> None: ...

class WebcastEnvelopePortalMessage(_message.Message):
    __slots__ = ("common", "portal_info", "trans_target", "portal_view", "portal_display")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    PORTAL_INFO_FIELD_NUMBER: _ClassVar[int]
    TRANS_TARGET_FIELD_NUMBER: _ClassVar[int]
    PORTAL_VIEW_FIELD_NUMBER: _ClassVar[int]
    PORTAL_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    portal_info: EnvelopePortalInfo
    trans_target: EnvelopePortalTarget
    portal_view: int
    portal_display: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., portal_info: _Optional[_Union[EnvelopePortalInfo, _Mapping]] = ..., trans_target: _Optional[_Union[EnvelopePortalTarget, _Mapping]] = ..., portal_view: _Optional[int] = ..., portal_display: _Optional[int] = ...) -> None: ...

class WebcastFansEventMessage(_message.Message):
    __slots__ = ("common", "user", "event_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    event_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., event_type: _Optional[int] = ...) -> None: ...

class WebcastFollowCardMessage(_message.Message):
    __slots__ = ("common", "follow_card_id", "max_random")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_CARD_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_RANDOM_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    follow_card_id: int
    max_random: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., follow_card_id: _Optional[int] = ..., max_random: _Optional[int] = ...) -> None: ...

class WebcastGameOCRPingMessage(_message.Message):
    __slots__ = ("common", "ping_value", "is_game", "game_fusion_label", "ping_timestamp", "confidence")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    PING_VALUE_FIELD_NUMBER: _ClassVar[int]
    IS_GAME_FIELD_NUMBER: _ClassVar[int]
    GAME_FUSION_LABEL_FIELD_NUMBER: _ClassVar[int]
    PING_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    ping_value: int
    is_game: bool
    game_fusion_label: str
    ping_timestamp: int
    confidence: float
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., ping_value: _Optional[int] = ..., is_game: bool = ..., game_fusion_label: _Optional[str] = ..., ping_timestamp: _Optional[int] = ..., confidence: _Optional[float] = ...) -> None: ...

class GiftCollection(_message.Message):
    __slots__ = ("round", "effect_name_key", "gift", "message_type", "is_filter_host", "schema_url")
    ROUND_FIELD_NUMBER: _ClassVar[int]
    EFFECT_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_FILTER_HOST_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    round: int
    effect_name_key: str
    gift: Gift
    message_type: int
    is_filter_host: bool
    schema_url: str
    def __init__(self, round: _Optional[int] = ..., effect_name_key: _Optional[str] = ..., gift: _Optional[_Union[Gift, _Mapping]] = ..., message_type: _Optional[int] = ..., is_filter_host: bool = ..., schema_url: _Optional[str] = ...) -> None: ...

class WebcastGiftCollectionUpdateMessage(_message.Message):
    __slots__ = ("common", "gift_collection")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GIFT_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    gift_collection: GiftCollection
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., gift_collection: _Optional[_Union[GiftCollection, _Mapping]] = ...) -> None: ...

class WebcastGiftGuideMessage(_message.Message):
    __slots__ = ("common", "content", "gift_id", "has_sent", "guide_type", "display_seconds", "trigger_name", "schema_url", "should_use_config")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_SENT_FIELD_NUMBER: _ClassVar[int]
    GUIDE_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_SECONDS_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_NAME_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    SHOULD_USE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    content: Text
    gift_id: int
    has_sent: bool
    guide_type: str
    display_seconds: int
    trigger_name: str
    schema_url: str
    should_use_config: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., gift_id: _Optional[int] = ..., has_sent: bool = ..., guide_type: _Optional[str] = ..., display_seconds: _Optional[int] = ..., trigger_name: _Optional[str] = ..., schema_url: _Optional[str] = ..., should_use_config: bool = ...) -> None: ...

class WebcastGiftNoticeMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastGiftUnlockMessage(_message.Message):
    __slots__ = ("common", "gifts", "bubble_text")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GIFTS_FIELD_NUMBER: _ClassVar[int]
    BUBBLE_TEXT_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    gifts: _containers.RepeatedCompositeFieldContainer[Gift]
    bubble_text: Text
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., gifts: _Optional[_Iterable[_Union[Gift, _Mapping]]] = ..., bubble_text: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class WebcastGiftUpdateMessage(_message.Message):
    __slots__ = ("common", "update_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    update_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., update_type: _Optional[int] = ...) -> None: ...

class GoodyBagCommonDetail(_message.Message):
    __slots__ = ("winner_headcount", "joined_headcount", "participate_method", "participate_method_content", "open_at", "count_down_minutes")
    WINNER_HEADCOUNT_FIELD_NUMBER: _ClassVar[int]
    JOINED_HEADCOUNT_FIELD_NUMBER: _ClassVar[int]
    PARTICIPATE_METHOD_FIELD_NUMBER: _ClassVar[int]
    PARTICIPATE_METHOD_CONTENT_FIELD_NUMBER: _ClassVar[int]
    OPEN_AT_FIELD_NUMBER: _ClassVar[int]
    COUNT_DOWN_MINUTES_FIELD_NUMBER: _ClassVar[int]
    winner_headcount: int
    joined_headcount: int
    participate_method: int
    participate_method_content: str
    open_at: int
    count_down_minutes: int
    def __init__(self, winner_headcount: _Optional[int] = ..., joined_headcount: _Optional[int] = ..., participate_method: _Optional[int] = ..., participate_method_content: _Optional[str] = ..., open_at: _Optional[int] = ..., count_down_minutes: _Optional[int] = ...) -> None: ...

class GoodyBagBaseInfo(_message.Message):
    __slots__ = ("goody_bag_id", "biz", "room_id", "common_detail")
    GOODY_BAG_ID_FIELD_NUMBER: _ClassVar[int]
    BIZ_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    COMMON_DETAIL_FIELD_NUMBER: _ClassVar[int]
    goody_bag_id: str
    biz: int
    room_id: str
    common_detail: GoodyBagCommonDetail
    def __init__(self, goody_bag_id: _Optional[str] = ..., biz: _Optional[int] = ..., room_id: _Optional[str] = ..., common_detail: _Optional[_Union[GoodyBagCommonDetail, _Mapping]] = ...) -> None: ...

class GoodyBagUserInfo(_message.Message):
    __slots__ = ("user_id", "nickname", "display_id", "avatar")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    nickname: str
    display_id: str
    avatar: ImageModel
    def __init__(self, user_id: _Optional[str] = ..., nickname: _Optional[str] = ..., display_id: _Optional[str] = ..., avatar: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class GoodyBagWinner(_message.Message):
    __slots__ = ("user_info", "coins")
    USER_INFO_FIELD_NUMBER: _ClassVar[int]
    COINS_FIELD_NUMBER: _ClassVar[int]
    user_info: GoodyBagUserInfo
    coins: int
    def __init__(self, user_info: _Optional[_Union[GoodyBagUserInfo, _Mapping]] = ..., coins: _Optional[int] = ...) -> None: ...

class WebcastGoodyBagMessage(_message.Message):
    __slots__ = ("common", "base_info", "winners", "type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    BASE_INFO_FIELD_NUMBER: _ClassVar[int]
    WINNERS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    base_info: GoodyBagBaseInfo
    winners: _containers.RepeatedCompositeFieldContainer[GoodyBagWinner]
    type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., base_info: _Optional[_Union[GoodyBagBaseInfo, _Mapping]] = ..., winners: _Optional[_Iterable[_Union[GoodyBagWinner, _Mapping]]] = ..., type: _Optional[int] = ...) -> None: ...

class WebcastGreetingMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class Hashtag(_message.Message):
    __slots__ = ("id", "title", "image", "namespace")
    ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    NAMESPACE_FIELD_NUMBER: _ClassVar[int]
    id: int
    title: str
    image: ImageModel
    namespace: int
    def __init__(self, id: _Optional[int] = ..., title: _Optional[str] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ..., namespace: _Optional[int] = ...) -> None: ...

class WebcastHashtagMessage(_message.Message):
    __slots__ = ("common", "hashtag")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    HASHTAG_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    hashtag: Hashtag
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., hashtag: _Optional[_Union[Hashtag, _Mapping]] = ...) -> None: ...

class WebcastKaraokeQueueMessage(_message.Message):
    __slots__ = ("common", "type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., type: _Optional[int] = ...) -> None: ...

class WebcastKaraokeReqMessage(_message.Message):
    __slots__ = ("common", "total_req_count", "req_timestamp_seconds")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TOTAL_REQ_COUNT_FIELD_NUMBER: _ClassVar[int]
    REQ_TIMESTAMP_SECONDS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    total_req_count: int
    req_timestamp_seconds: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., total_req_count: _Optional[int] = ..., req_timestamp_seconds: _Optional[int] = ...) -> None: ...

class WebcastKaraokeSwitchMessage(_message.Message):
    __slots__ = ("common", "type", "status")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    type: int
    status: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., type: _Optional[int] = ..., status: _Optional[int] = ...) -> None: ...

class WebcastLinkMicAdMessage(_message.Message):
    __slots__ = ("common", "message_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ...) -> None: ...

class WebcastLinkMicAnchorGuideMessage(_message.Message):
    __slots__ = ("common", "guide_content", "button_content", "connect_type", "guide_type", "user", "log_id", "button_show_type", "is_follow_rival", "available_friend_number")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GUIDE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONNECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    GUIDE_TYPE_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    BUTTON_SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOW_RIVAL_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_FRIEND_NUMBER_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    guide_content: str
    button_content: str
    connect_type: int
    guide_type: int
    user: User
    log_id: str
    button_show_type: int
    is_follow_rival: bool
    available_friend_number: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., guide_content: _Optional[str] = ..., button_content: _Optional[str] = ..., connect_type: _Optional[int] = ..., guide_type: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., log_id: _Optional[str] = ..., button_show_type: _Optional[int] = ..., is_follow_rival: bool = ..., available_friend_number: _Optional[int] = ...) -> None: ...

class WebcastLinkmicAudienceNoticeMessage(_message.Message):
    __slots__ = ("common", "notice_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    notice_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., notice_type: _Optional[int] = ...) -> None: ...

class WebcastLinkmicBattleNoticeMessage(_message.Message):
    __slots__ = ("common", "notice_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    notice_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., notice_type: _Optional[int] = ...) -> None: ...

class WebcastLinkMicBattleVictoryLap(_message.Message):
    __slots__ = ("common", "play_type", "anchor_region", "battle_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    PLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_REGION_FIELD_NUMBER: _ClassVar[int]
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    play_type: int
    anchor_region: str
    battle_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., play_type: _Optional[int] = ..., anchor_region: _Optional[str] = ..., battle_id: _Optional[int] = ...) -> None: ...

class WebcastLinkScreenChangeMessage(_message.Message):
    __slots__ = ("common", "message_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ...) -> None: ...

class WebcastLiveShowMessage(_message.Message):
    __slots__ = ("common", "message_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    message_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., message_type: _Optional[int] = ...) -> None: ...

class WebcastOChannelAnchorMessage(_message.Message):
    __slots__ = ("common", "start_time_stamp", "end_time_stamp", "role_type", "exist_linkmic", "linkmic_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    START_TIME_STAMP_FIELD_NUMBER: _ClassVar[int]
    END_TIME_STAMP_FIELD_NUMBER: _ClassVar[int]
    ROLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXIST_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    start_time_stamp: int
    end_time_stamp: int
    role_type: int
    exist_linkmic: bool
    linkmic_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., start_time_stamp: _Optional[int] = ..., end_time_stamp: _Optional[int] = ..., role_type: _Optional[int] = ..., exist_linkmic: bool = ..., linkmic_type: _Optional[int] = ...) -> None: ...

class WebcastOChannelModifyMessage(_message.Message):
    __slots__ = ("common", "end_time_stamp", "channel_uid")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    END_TIME_STAMP_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_UID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    end_time_stamp: int
    channel_uid: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., end_time_stamp: _Optional[int] = ..., channel_uid: _Optional[int] = ...) -> None: ...

class WebcastOChannelUserMessage(_message.Message):
    __slots__ = ("common", "start_time_stamp", "max_enter_time")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    START_TIME_STAMP_FIELD_NUMBER: _ClassVar[int]
    MAX_ENTER_TIME_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    start_time_stamp: int
    max_enter_time: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., start_time_stamp: _Optional[int] = ..., max_enter_time: _Optional[int] = ...) -> None: ...

class WebcastPaidContentLiveShoppingMessage(_message.Message):
    __slots__ = ("common", "action_type", "live_series_number")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIVE_SERIES_NUMBER_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action_type: int
    live_series_number: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action_type: _Optional[int] = ..., live_series_number: _Optional[int] = ...) -> None: ...

class WebcastPartnershipCardChangeMessage(_message.Message):
    __slots__ = ("common", "change_mode", "sequence_id", "task_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANGE_MODE_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    change_mode: int
    sequence_id: int
    task_id: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., change_mode: _Optional[int] = ..., sequence_id: _Optional[int] = ..., task_id: _Optional[str] = ...) -> None: ...

class WebcastPartnershipDownloadCountMessage(_message.Message):
    __slots__ = ("common", "downloaded_count", "game_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DOWNLOADED_COUNT_FIELD_NUMBER: _ClassVar[int]
    GAME_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    downloaded_count: int
    game_id: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., downloaded_count: _Optional[int] = ..., game_id: _Optional[str] = ...) -> None: ...

class WebcastPartnershipTaskShowMessage(_message.Message):
    __slots__ = ("common", "change_mode", "task_id", "has_show_task")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CHANGE_MODE_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_SHOW_TASK_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    change_mode: int
    task_id: str
    has_show_task: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., change_mode: _Optional[int] = ..., task_id: _Optional[str] = ..., has_show_task: bool = ...) -> None: ...

class WebcastPortalMessage(_message.Message):
    __slots__ = ("common", "payload_type", "portal_id", "room_id", "next_ping_time")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    PORTAL_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    NEXT_PING_TIME_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    payload_type: int
    portal_id: int
    room_id: int
    next_ping_time: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., payload_type: _Optional[int] = ..., portal_id: _Optional[int] = ..., room_id: _Optional[int] = ..., next_ping_time: _Optional[int] = ...) -> None: ...

class WebcastQuestionSelectedMessage(_message.Message):
    __slots__ = ("common", "question")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    QUESTION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    question: Question
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., question: _Optional[_Union[Question, _Mapping]] = ...) -> None: ...

class WebcastQuestionSlideDownMessage(_message.Message):
    __slots__ = ("common", "question_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    question_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., question_id: _Optional[int] = ...) -> None: ...

class WebcastQuestionSwitchMessage(_message.Message):
    __slots__ = ("common", "on")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    on: bool
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., on: bool = ...) -> None: ...

class WebcastQuickChatListMessage(_message.Message):
    __slots__ = ("common", "duration", "priority", "scene")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    duration: int
    priority: int
    scene: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., duration: _Optional[int] = ..., priority: _Optional[int] = ..., scene: _Optional[str] = ...) -> None: ...

class RankToast(_message.Message):
    __slots__ = ("user_id", "should_toast")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SHOULD_TOAST_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    should_toast: bool
    def __init__(self, user_id: _Optional[int] = ..., should_toast: bool = ...) -> None: ...

class WebcastRankToastMessage(_message.Message):
    __slots__ = ("common", "toast")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TOAST_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    toast: RankToast
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., toast: _Optional[_Union[RankToast, _Mapping]] = ...) -> None: ...

class WebcastRealtimeLiveCenterMethod(_message.Message):
    __slots__ = ("common", "room_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    room_id: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., room_id: _Optional[str] = ...) -> None: ...

class WebcastStarCommentNotificationMessage(_message.Message):
    __slots__ = ("common", "star_comment_action", "msg_id", "operator")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    STAR_COMMENT_ACTION_FIELD_NUMBER: _ClassVar[int]
    MSG_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    star_comment_action: int
    msg_id: int
    operator: User
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., star_comment_action: _Optional[int] = ..., msg_id: _Optional[int] = ..., operator: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class WebcastStarCommentPushMessage(_message.Message):
    __slots__ = ("common", "queue_version")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    QUEUE_VERSION_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    queue_version: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., queue_version: _Optional[int] = ...) -> None: ...

class WebcastSubscriptionGuideMessage(_message.Message):
    __slots__ = ("common", "description", "button_name", "button_url", "capsule_scene", "from_user_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    BUTTON_NAME_FIELD_NUMBER: _ClassVar[int]
    BUTTON_URL_FIELD_NUMBER: _ClassVar[int]
    CAPSULE_SCENE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    description: Text
    button_name: Text
    button_url: str
    capsule_scene: str
    from_user_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., description: _Optional[_Union[Text, _Mapping]] = ..., button_name: _Optional[_Union[Text, _Mapping]] = ..., button_url: _Optional[str] = ..., capsule_scene: _Optional[str] = ..., from_user_id: _Optional[int] = ...) -> None: ...

class SubTimerSticker(_message.Message):
    __slots__ = ("type", "timer_id", "op_type", "timer_status", "anchor_side_title", "user_side_title", "sub_increase_count", "time_increase_per_sub", "time_increase", "total_time", "remaining_time", "timestamp", "sticker_x", "sticker_y", "screen_w", "screen_h")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    TIMER_ID_FIELD_NUMBER: _ClassVar[int]
    OP_TYPE_FIELD_NUMBER: _ClassVar[int]
    TIMER_STATUS_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SIDE_TITLE_FIELD_NUMBER: _ClassVar[int]
    USER_SIDE_TITLE_FIELD_NUMBER: _ClassVar[int]
    SUB_INCREASE_COUNT_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_PER_SUB_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TIME_FIELD_NUMBER: _ClassVar[int]
    REMAINING_TIME_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    STICKER_X_FIELD_NUMBER: _ClassVar[int]
    STICKER_Y_FIELD_NUMBER: _ClassVar[int]
    SCREEN_W_FIELD_NUMBER: _ClassVar[int]
    SCREEN_H_FIELD_NUMBER: _ClassVar[int]
    type: int
    timer_id: int
    op_type: int
    timer_status: int
    anchor_side_title: str
    user_side_title: str
    sub_increase_count: int
    time_increase_per_sub: int
    time_increase: int
    total_time: int
    remaining_time: int
    timestamp: int
    sticker_x: int
    sticker_y: int
    screen_w: int
    screen_h: int
    def __init__(self, type: _Optional[int] = ..., timer_id: _Optional[int] = ..., op_type: _Optional[int] = ..., timer_status: _Optional[int] = ..., anchor_side_title: _Optional[str] = ..., user_side_title: _Optional[str] = ..., sub_increase_count: _Optional[int] = ..., time_increase_per_sub: _Optional[int] = ..., time_increase: _Optional[int] = ..., total_time: _Optional[int] = ..., remaining_time: _Optional[int] = ..., timestamp: _Optional[int] = ..., sticker_x: _Optional[int] = ..., sticker_y: _Optional[int] = ..., screen_w: _Optional[int] = ..., screen_h: _Optional[int] = ...) -> None: ...

class WebcastSubTimerStickerMessage(_message.Message):
    __slots__ = ("common", "sticker")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    STICKER_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    sticker: SubTimerSticker
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., sticker: _Optional[_Union[SubTimerSticker, _Mapping]] = ...) -> None: ...

class SubWaveSubscriber(_message.Message):
    __slots__ = ("user_id", "avatar", "display_id", "user_id_str", "badges")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    BADGES_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    avatar: ImageModel
    display_id: str
    user_id_str: str
    badges: _containers.RepeatedCompositeFieldContainer[BadgeStruct]
    def __init__(self, user_id: _Optional[int] = ..., avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., user_id_str: _Optional[str] = ..., badges: _Optional[_Iterable[_Union[BadgeStruct, _Mapping]]] = ...) -> None: ...

class SubWaveInfo(_message.Message):
    __slots__ = ("wave_sub_count", "total_sub_count", "start_time", "end_time", "wave_status", "thanks_list", "wave_target_sub_count", "wave_open_record_id")
    WAVE_SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    WAVE_STATUS_FIELD_NUMBER: _ClassVar[int]
    THANKS_LIST_FIELD_NUMBER: _ClassVar[int]
    WAVE_TARGET_SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    WAVE_OPEN_RECORD_ID_FIELD_NUMBER: _ClassVar[int]
    wave_sub_count: int
    total_sub_count: int
    start_time: int
    end_time: int
    wave_status: int
    thanks_list: _containers.RepeatedCompositeFieldContainer[SubWaveSubscriber]
    wave_target_sub_count: int
    wave_open_record_id: int
    def __init__(self, wave_sub_count: _Optional[int] = ..., total_sub_count: _Optional[int] = ..., start_time: _Optional[int] = ..., end_time: _Optional[int] = ..., wave_status: _Optional[int] = ..., thanks_list: _Optional[_Iterable[_Union[SubWaveSubscriber, _Mapping]]] = ..., wave_target_sub_count: _Optional[int] = ..., wave_open_record_id: _Optional[int] = ...) -> None: ...

class SubWaveReward(_message.Message):
    __slots__ = ("emote",)
    EMOTE_FIELD_NUMBER: _ClassVar[int]
    emote: EmoteModel
    def __init__(self, emote: _Optional[_Union[EmoteModel, _Mapping]] = ...) -> None: ...

class SubWave(_message.Message):
    __slots__ = ("msg_type", "new_subscriber", "info", "wave_reward")
    MSG_TYPE_FIELD_NUMBER: _ClassVar[int]
    NEW_SUBSCRIBER_FIELD_NUMBER: _ClassVar[int]
    INFO_FIELD_NUMBER: _ClassVar[int]
    WAVE_REWARD_FIELD_NUMBER: _ClassVar[int]
    msg_type: int
    new_subscriber: SubWaveSubscriber
    info: SubWaveInfo
    wave_reward: SubWaveReward
    def __init__(self, msg_type: _Optional[int] = ..., new_subscriber: _Optional[_Union[SubWaveSubscriber, _Mapping]] = ..., info: _Optional[_Union[SubWaveInfo, _Mapping]] = ..., wave_reward: _Optional[_Union[SubWaveReward, _Mapping]] = ...) -> None: ...

class WebcastSubWaveMessage(_message.Message):
    __slots__ = ("common", "sub_wave")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SUB_WAVE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    sub_wave: SubWave
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., sub_wave: _Optional[_Union[SubWave, _Mapping]] = ...) -> None: ...

class WebcastUserStatsMessage(_message.Message):
    __slots__ = ("common", "content", "user_id", "action_type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    content: str
    user_id: int
    action_type: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., content: _Optional[str] = ..., user_id: _Optional[int] = ..., action_type: _Optional[int] = ...) -> None: ...

class WebcastVideoLiveGoodsRcmdMessage(_message.Message):
    __slots__ = ("common", "rcmd_goods_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    RCMD_GOODS_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    rcmd_goods_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., rcmd_goods_id: _Optional[int] = ...) -> None: ...

class BorderInfo(_message.Message):
    __slots__ = ("icon", "level", "source", "profile_decoration_ribbon", "avatar_background_color", "avatar_background_border_color")
    ICON_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_DECORATION_RIBBON_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BACKGROUND_BORDER_COLOR_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    level: int
    source: str
    profile_decoration_ribbon: ImageModel
    avatar_background_color: str
    avatar_background_border_color: str
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., level: _Optional[int] = ..., source: _Optional[str] = ..., profile_decoration_ribbon: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_background_color: _Optional[str] = ..., avatar_background_border_color: _Optional[str] = ...) -> None: ...

class WebcastWeeklyRankRewardMessage(_message.Message):
    __slots__ = ("user_id", "border_info", "common", "notify")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    BORDER_INFO_FIELD_NUMBER: _ClassVar[int]
    COMMON_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    border_info: BorderInfo
    common: CommonMessageData
    notify: WebcastRoomNotifyMessage
    def __init__(self, user_id: _Optional[int] = ..., border_info: _Optional[_Union[BorderInfo, _Mapping]] = ..., common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., notify: _Optional[_Union[WebcastRoomNotifyMessage, _Mapping]] = ...) -> None: ...

class AlertBoxItem(_message.Message):
    __slots__ = ("id", "alert_type", "content", "audit_status")
    ID_FIELD_NUMBER: _ClassVar[int]
    ALERT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    id: int
    alert_type: int
    content: str
    audit_status: int
    def __init__(self, id: _Optional[int] = ..., alert_type: _Optional[int] = ..., content: _Optional[str] = ..., audit_status: _Optional[int] = ...) -> None: ...

class WebcastAlertBoxAuditResultMessage(_message.Message):
    __slots__ = ("common", "user_id", "image_list", "text_list", "scene", "audio_list")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_LIST_FIELD_NUMBER: _ClassVar[int]
    TEXT_LIST_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    AUDIO_LIST_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user_id: int
    image_list: _containers.RepeatedCompositeFieldContainer[AlertBoxItem]
    text_list: _containers.RepeatedCompositeFieldContainer[AlertBoxItem]
    scene: str
    audio_list: _containers.RepeatedCompositeFieldContainer[AlertBoxItem]
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user_id: _Optional[int] = ..., image_list: _Optional[_Iterable[_Union[AlertBoxItem, _Mapping]]] = ..., text_list: _Optional[_Iterable[_Union[AlertBoxItem, _Mapping]]] = ..., scene: _Optional[str] = ..., audio_list: _Optional[_Iterable[_Union[AlertBoxItem, _Mapping]]] = ...) -> None: ...

class WebcastBindingGiftMessage(_message.Message):
    __slots__ = ("gift_message", "common")
    GIFT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    COMMON_FIELD_NUMBER: _ClassVar[int]
    gift_message: WebcastGiftMessage
    common: CommonMessageData
    def __init__(self, gift_message: _Optional[_Union[WebcastGiftMessage, _Mapping]] = ..., common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class NotifyBackground(_message.Message):
    __slots__ = ("width", "height", "url_list", "uri")
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    URL_LIST_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    width: int
    height: int
    url_list: _containers.RepeatedScalarFieldContainer[str]
    uri: str
    def __init__(self, width: _Optional[int] = ..., height: _Optional[int] = ..., url_list: _Optional[_Iterable[str]] = ..., uri: _Optional[str] = ...) -> None: ...

class NotifyContent(_message.Message):
    __slots__ = ("content", "need_highlight")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NEED_HIGHLIGHT_FIELD_NUMBER: _ClassVar[int]
    content: str
    need_highlight: bool
    def __init__(self, content: _Optional[str] = ..., need_highlight: bool = ...) -> None: ...

class NotifyContentList(_message.Message):
    __slots__ = ("contents", "highlight_color")
    CONTENTS_FIELD_NUMBER: _ClassVar[int]
    HIGHLIGHT_COLOR_FIELD_NUMBER: _ClassVar[int]
    contents: _containers.RepeatedCompositeFieldContainer[NotifyContent]
    highlight_color: str
    def __init__(self, contents: _Optional[_Iterable[_Union[NotifyContent, _Mapping]]] = ..., highlight_color: _Optional[str] = ...) -> None: ...

class NotifyExtra(_message.Message):
    __slots__ = ("duration", "background", "content_list")
    DURATION_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LIST_FIELD_NUMBER: _ClassVar[int]
    duration: int
    background: NotifyBackground
    content_list: NotifyContentList
    def __init__(self, duration: _Optional[int] = ..., background: _Optional[_Union[NotifyBackground, _Mapping]] = ..., content_list: _Optional[_Union[NotifyContentList, _Mapping]] = ...) -> None: ...

class WebcastNotifyMessage(_message.Message):
    __slots__ = ("common", "schema", "notify_type", "content", "user", "extra", "notify_class", "flex_setting_list", "source", "from_user_id", "privilege_log_extra", "to_anchor_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_CLASS_FIELD_NUMBER: _ClassVar[int]
    FLEX_SETTING_LIST_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    schema: str
    notify_type: int
    content: str
    user: User
    extra: NotifyExtra
    notify_class: int
    flex_setting_list: _containers.RepeatedScalarFieldContainer[int]
    source: str
    from_user_id: int
    privilege_log_extra: PrivilegeLogExtra
    to_anchor_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., schema: _Optional[str] = ..., notify_type: _Optional[int] = ..., content: _Optional[str] = ..., user: _Optional[_Union[User, _Mapping]] = ..., extra: _Optional[_Union[NotifyExtra, _Mapping]] = ..., notify_class: _Optional[int] = ..., flex_setting_list: _Optional[_Iterable[int]] = ..., source: _Optional[str] = ..., from_user_id: _Optional[int] = ..., privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., to_anchor_id: _Optional[int] = ...) -> None: ...

class WebcastSubCapsuleMessage(_message.Message):
    __slots__ = ("common", "description", "button_name", "button_url", "capsule_scene", "from_user_id")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    BUTTON_NAME_FIELD_NUMBER: _ClassVar[int]
    BUTTON_URL_FIELD_NUMBER: _ClassVar[int]
    CAPSULE_SCENE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    description: Text
    button_name: Text
    button_url: str
    capsule_scene: str
    from_user_id: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., description: _Optional[_Union[Text, _Mapping]] = ..., button_name: _Optional[_Union[Text, _Mapping]] = ..., button_url: _Optional[str] = ..., capsule_scene: _Optional[str] = ..., from_user_id: _Optional[int] = ...) -> None: ...

class WebcastRoomStickerMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastPictionaryStartMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastPictionaryUpdateMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastPictionaryEndMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastPictionaryExitMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastQuestionDeleteMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastDonationStickerModifyMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastInRoomBannerRefreshMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastEcTaskRegisterMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class WebcastEcShortItemRefreshMessage(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ...) -> None: ...

class AnchorMatchSettings(_message.Message):
    __slots__ = ("enable_ai_commentary",)
    ENABLE_AI_COMMENTARY_FIELD_NUMBER: _ClassVar[int]
    enable_ai_commentary: bool
    def __init__(self, enable_ai_commentary: bool = ...) -> None: ...

class AnimationData(_message.Message):
    __slots__ = ("gecko_channel_name", "file_name", "height", "width", "right_offset")
    GECKO_CHANNEL_NAME_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    RIGHT_OFFSET_FIELD_NUMBER: _ClassVar[int]
    gecko_channel_name: str
    file_name: str
    height: int
    width: int
    right_offset: int
    def __init__(self, gecko_channel_name: _Optional[str] = ..., file_name: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., right_offset: _Optional[int] = ...) -> None: ...

class ApplyContent(_message.Message):
    __slots__ = ("applier_link_mic_id", "applier_linker_session_id")
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    applier_link_mic_id: str
    applier_linker_session_id: str
    def __init__(self, applier_link_mic_id: _Optional[str] = ..., applier_linker_session_id: _Optional[str] = ...) -> None: ...

class AssetBundle(_message.Message):
    __slots__ = ("assets",)
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    assets: _containers.RepeatedCompositeFieldContainer[AssetsModel]
    def __init__(self, assets: _Optional[_Iterable[_Union[AssetsModel, _Mapping]]] = ...) -> None: ...

class AssetsModel(_message.Message):
    __slots__ = ("name", "resource_uri", "describe", "id", "resource_type", "md5", "size", "download_type", "bytevc1_md5", "lynx_url_settings_key", "downgrade_resource_type", "sticker_asset_variant", "immediate_download", "sticker_asset_variant_reason", "force_use_im_or_resp_asset")
    NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_URI_FIELD_NUMBER: _ClassVar[int]
    DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    MD5_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    DOWNLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    BYTEVC1_MD5_FIELD_NUMBER: _ClassVar[int]
    LYNX_URL_SETTINGS_KEY_FIELD_NUMBER: _ClassVar[int]
    DOWNGRADE_RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    STICKER_ASSET_VARIANT_FIELD_NUMBER: _ClassVar[int]
    IMMEDIATE_DOWNLOAD_FIELD_NUMBER: _ClassVar[int]
    STICKER_ASSET_VARIANT_REASON_FIELD_NUMBER: _ClassVar[int]
    FORCE_USE_IM_OR_RESP_ASSET_FIELD_NUMBER: _ClassVar[int]
    name: str
    resource_uri: str
    describe: str
    id: int
    resource_type: int
    md5: str
    size: int
    download_type: int
    bytevc1_md5: str
    lynx_url_settings_key: str
    downgrade_resource_type: int
    sticker_asset_variant: int
    immediate_download: bool
    sticker_asset_variant_reason: int
    force_use_im_or_resp_asset: bool
    def __init__(self, name: _Optional[str] = ..., resource_uri: _Optional[str] = ..., describe: _Optional[str] = ..., id: _Optional[int] = ..., resource_type: _Optional[int] = ..., md5: _Optional[str] = ..., size: _Optional[int] = ..., download_type: _Optional[int] = ..., bytevc1_md5: _Optional[str] = ..., lynx_url_settings_key: _Optional[str] = ..., downgrade_resource_type: _Optional[int] = ..., sticker_asset_variant: _Optional[int] = ..., immediate_download: bool = ..., sticker_asset_variant_reason: _Optional[int] = ..., force_use_im_or_resp_asset: bool = ...) -> None: ...

class AtmosphereTagInfo(_message.Message):
    __slots__ = ("tag_type",)
    TAG_TYPE_FIELD_NUMBER: _ClassVar[int]
    tag_type: int
    def __init__(self, tag_type: _Optional[int] = ...) -> None: ...

class AwardCardNotice(_message.Message):
    __slots__ = ("display_content", "awarded_users")
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    AWARDED_USERS_FIELD_NUMBER: _ClassVar[int]
    display_content: Text
    awarded_users: _containers.RepeatedCompositeFieldContainer[BattleUserInfo]
    def __init__(self, display_content: _Optional[_Union[Text, _Mapping]] = ..., awarded_users: _Optional[_Iterable[_Union[BattleUserInfo, _Mapping]]] = ...) -> None: ...

class BackGroundImageState(_message.Message):
    __slots__ = ("sticker_id",)
    STICKER_ID_FIELD_NUMBER: _ClassVar[int]
    sticker_id: str
    def __init__(self, sticker_id: _Optional[str] = ...) -> None: ...

class BarrageTypeEcomLiveParam(_message.Message):
    __slots__ = ("plp_params", "scene", "anchored_product_id", "anchored_label_key", "entrance_form", "anchored_product_source", "anchored_product_platform")
    PLP_PARAMS_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_LABEL_KEY_FIELD_NUMBER: _ClassVar[int]
    ENTRANCE_FORM_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_PRODUCT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    ANCHORED_PRODUCT_PLATFORM_FIELD_NUMBER: _ClassVar[int]
    plp_params: str
    scene: str
    anchored_product_id: str
    anchored_label_key: str
    entrance_form: str
    anchored_product_source: str
    anchored_product_platform: int
    def __init__(self, plp_params: _Optional[str] = ..., scene: _Optional[str] = ..., anchored_product_id: _Optional[str] = ..., anchored_label_key: _Optional[str] = ..., entrance_form: _Optional[str] = ..., anchored_product_source: _Optional[str] = ..., anchored_product_platform: _Optional[int] = ...) -> None: ...

class BarrageTypeGiftGalleryParam(_message.Message):
    __slots__ = ("from_user_id", "to_user_id")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    to_user_id: int
    def __init__(self, from_user_id: _Optional[int] = ..., to_user_id: _Optional[int] = ...) -> None: ...

class BattleAbTestSetting(_message.Message):
    __slots__ = ("key",)
    KEY_FIELD_NUMBER: _ClassVar[int]
    key: int
    def __init__(self, key: _Optional[int] = ...) -> None: ...

class BattleDisplayConfig(_message.Message):
    __slots__ = ("threshold", "text", "diff_threshold", "diff_text")
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DIFF_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    DIFF_TEXT_FIELD_NUMBER: _ClassVar[int]
    threshold: int
    text: str
    diff_threshold: int
    diff_text: str
    def __init__(self, threshold: _Optional[int] = ..., text: _Optional[str] = ..., diff_threshold: _Optional[int] = ..., diff_text: _Optional[str] = ...) -> None: ...

class BattleEffectInfos(_message.Message):
    __slots__ = ("effect_list_version",)
    EFFECT_LIST_VERSION_FIELD_NUMBER: _ClassVar[int]
    effect_list_version: int
    def __init__(self, effect_list_version: _Optional[int] = ...) -> None: ...

class BattleFeatureFlags(_message.Message):
    __slots__ = ("enable_match_countdown_optimization", "hide_combo_count_on_start")
    ENABLE_MATCH_COUNTDOWN_OPTIMIZATION_FIELD_NUMBER: _ClassVar[int]
    HIDE_COMBO_COUNT_ON_START_FIELD_NUMBER: _ClassVar[int]
    enable_match_countdown_optimization: bool
    hide_combo_count_on_start: bool
    def __init__(self, enable_match_countdown_optimization: bool = ..., hide_combo_count_on_start: bool = ...) -> None: ...

class BattleInviteeGiftPermission(_message.Message):
    __slots__ = ("user_id", "gift_permission_type")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    gift_permission_type: int
    def __init__(self, user_id: _Optional[int] = ..., gift_permission_type: _Optional[int] = ...) -> None: ...

class BattleRewardSettle(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: int
    def __init__(self, status: _Optional[int] = ...) -> None: ...

class BattleTaskStart(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BillboardDisplayResult(_message.Message):
    __slots__ = ("billboard_type", "billboard_id", "display_result")
    BILLBOARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    billboard_type: int
    billboard_id: str
    display_result: int
    def __init__(self, billboard_type: _Optional[int] = ..., billboard_id: _Optional[str] = ..., display_result: _Optional[int] = ...) -> None: ...

class BillboardInfo(_message.Message):
    __slots__ = ("billboard_type", "billboard_ids", "source_from", "born_time_ms", "billboard_version", "da_info")
    class DaInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    BILLBOARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_IDS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FROM_FIELD_NUMBER: _ClassVar[int]
    BORN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_VERSION_FIELD_NUMBER: _ClassVar[int]
    DA_INFO_FIELD_NUMBER: _ClassVar[int]
    billboard_type: int
    billboard_ids: _containers.RepeatedScalarFieldContainer[str]
    source_from: int
    born_time_ms: str
    billboard_version: int
    da_info: _containers.ScalarMap[str, str]
    def __init__(self, billboard_type: _Optional[int] = ..., billboard_ids: _Optional[_Iterable[str]] = ..., source_from: _Optional[int] = ..., born_time_ms: _Optional[str] = ..., billboard_version: _Optional[int] = ..., da_info: _Optional[_Mapping[str, str]] = ...) -> None: ...

class BizLayoutState(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BizSpotInfo(_message.Message):
    __slots__ = ("spot_id", "pos_identity")
    SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    spot_id: int
    pos_identity: PosIdentity
    def __init__(self, spot_id: _Optional[int] = ..., pos_identity: _Optional[_Union[PosIdentity, _Mapping]] = ...) -> None: ...

class BusinessContent(_message.Message):
    __slots__ = ("over_length",)
    OVER_LENGTH_FIELD_NUMBER: _ClassVar[int]
    over_length: int
    def __init__(self, over_length: _Optional[int] = ...) -> None: ...

class CampaignBannerDisplay(_message.Message):
    __slots__ = ("image_url", "campaign_banner_is_display", "source_from", "born_time_ms", "billboard_version", "da_info")
    class DaInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_BANNER_IS_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FROM_FIELD_NUMBER: _ClassVar[int]
    BORN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    BILLBOARD_VERSION_FIELD_NUMBER: _ClassVar[int]
    DA_INFO_FIELD_NUMBER: _ClassVar[int]
    image_url: str
    campaign_banner_is_display: bool
    source_from: int
    born_time_ms: str
    billboard_version: int
    da_info: _containers.ScalarMap[str, str]
    def __init__(self, image_url: _Optional[str] = ..., campaign_banner_is_display: bool = ..., source_from: _Optional[int] = ..., born_time_ms: _Optional[str] = ..., billboard_version: _Optional[int] = ..., da_info: _Optional[_Mapping[str, str]] = ...) -> None: ...

class CampaignBannerDisplayResult(_message.Message):
    __slots__ = ("campaign_banner_display_result",)
    CAMPAIGN_BANNER_DISPLAY_RESULT_FIELD_NUMBER: _ClassVar[int]
    campaign_banner_display_result: int
    def __init__(self, campaign_banner_display_result: _Optional[int] = ...) -> None: ...

class CancelApplyContent(_message.Message):
    __slots__ = ("applier_link_mic_id", "applier_linker_session_id")
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    applier_link_mic_id: str
    applier_linker_session_id: str
    def __init__(self, applier_link_mic_id: _Optional[str] = ..., applier_linker_session_id: _Optional[str] = ...) -> None: ...

class CancelInviteContent(_message.Message):
    __slots__ = ("invitor_link_mic_id", "invitee_link_mic_id", "invite_seq_id", "invitee_linker_session_id")
    INVITOR_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITE_SEQ_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    invitor_link_mic_id: str
    invitee_link_mic_id: str
    invite_seq_id: int
    invitee_linker_session_id: str
    def __init__(self, invitor_link_mic_id: _Optional[str] = ..., invitee_link_mic_id: _Optional[str] = ..., invite_seq_id: _Optional[int] = ..., invitee_linker_session_id: _Optional[str] = ...) -> None: ...

class CancelJoinGroupContent(_message.Message):
    __slots__ = ("type",)
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: int
    def __init__(self, type: _Optional[int] = ...) -> None: ...

class CapsuleBizParams(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CardObtainGuide(_message.Message):
    __slots__ = ("not_in_use",)
    NOT_IN_USE_FIELD_NUMBER: _ClassVar[int]
    not_in_use: int
    def __init__(self, not_in_use: _Optional[int] = ...) -> None: ...

class CohostListChangeContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CommentLabelScore(_message.Message):
    __slots__ = ("label_name", "score")
    LABEL_NAME_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    label_name: str
    score: float
    def __init__(self, label_name: _Optional[str] = ..., score: _Optional[float] = ...) -> None: ...

class CommentQualityScore(_message.Message):
    __slots__ = ("version", "score")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    version: str
    score: int
    def __init__(self, version: _Optional[str] = ..., score: _Optional[int] = ...) -> None: ...

class CreateChannelContent(_message.Message):
    __slots__ = ("owner_link_mic_id", "owner_linker_session_id")
    OWNER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    owner_link_mic_id: str
    owner_linker_session_id: str
    def __init__(self, owner_link_mic_id: _Optional[str] = ..., owner_linker_session_id: _Optional[str] = ...) -> None: ...

class DispersionInfo(_message.Message):
    __slots__ = ("dispersion_path",)
    DISPERSION_PATH_FIELD_NUMBER: _ClassVar[int]
    dispersion_path: int
    def __init__(self, dispersion_path: _Optional[int] = ...) -> None: ...

class DisplayControl(_message.Message):
    __slots__ = ("priority", "duration", "horizontal_trigger_type")
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_TRIGGER_TYPE_FIELD_NUMBER: _ClassVar[int]
    priority: int
    duration: int
    horizontal_trigger_type: int
    def __init__(self, priority: _Optional[int] = ..., duration: _Optional[int] = ..., horizontal_trigger_type: _Optional[int] = ...) -> None: ...

class DynamicRestriction(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EffectConfigBean(_message.Message):
    __slots__ = ("type", "icon", "text", "badge")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    type: int
    icon: ImageModel
    text: Text
    badge: ImageModel
    def __init__(self, type: _Optional[int] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., text: _Optional[_Union[Text, _Mapping]] = ..., badge: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class EnigmaBattleExtraInfo(_message.Message):
    __slots__ = ("has_started", "is_gift_from_enigma")
    HAS_STARTED_FIELD_NUMBER: _ClassVar[int]
    IS_GIFT_FROM_ENIGMA_FIELD_NUMBER: _ClassVar[int]
    has_started: bool
    is_gift_from_enigma: bool
    def __init__(self, has_started: bool = ..., is_gift_from_enigma: bool = ...) -> None: ...

class EnigmaBattleSetting(_message.Message):
    __slots__ = ("is_startable", "enigma_battle_campaign_start", "enigma_battle_campaign_end", "enigma_score_reveal_countdown_sec", "enigma_score_reveal_duration_sec")
    IS_STARTABLE_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_CAMPAIGN_START_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_BATTLE_CAMPAIGN_END_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_REVEAL_COUNTDOWN_SEC_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_REVEAL_DURATION_SEC_FIELD_NUMBER: _ClassVar[int]
    is_startable: bool
    enigma_battle_campaign_start: int
    enigma_battle_campaign_end: int
    enigma_score_reveal_countdown_sec: _containers.RepeatedScalarFieldContainer[int]
    enigma_score_reveal_duration_sec: int
    def __init__(self, is_startable: bool = ..., enigma_battle_campaign_start: _Optional[int] = ..., enigma_battle_campaign_end: _Optional[int] = ..., enigma_score_reveal_countdown_sec: _Optional[_Iterable[int]] = ..., enigma_score_reveal_duration_sec: _Optional[int] = ...) -> None: ...

class Extra(_message.Message):
    __slots__ = ("ban_info_url", "reason_no", "title", "violation_reason", "content", "got_it_button", "ban_detail_button", "source")
    BAN_INFO_URL_FIELD_NUMBER: _ClassVar[int]
    REASON_NO_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_REASON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    GOT_IT_BUTTON_FIELD_NUMBER: _ClassVar[int]
    BAN_DETAIL_BUTTON_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    ban_info_url: str
    reason_no: int
    title: Text
    violation_reason: Text
    content: Text
    got_it_button: Text
    ban_detail_button: Text
    source: str
    def __init__(self, ban_info_url: _Optional[str] = ..., reason_no: _Optional[int] = ..., title: _Optional[_Union[Text, _Mapping]] = ..., violation_reason: _Optional[_Union[Text, _Mapping]] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., got_it_button: _Optional[_Union[Text, _Mapping]] = ..., ban_detail_button: _Optional[_Union[Text, _Mapping]] = ..., source: _Optional[str] = ...) -> None: ...

class FinishChannelContent(_message.Message):
    __slots__ = ("finish_reason",)
    FINISH_REASON_FIELD_NUMBER: _ClassVar[int]
    finish_reason: int
    def __init__(self, finish_reason: _Optional[int] = ...) -> None: ...

class FlashSaleAtmosphereInfo(_message.Message):
    __slots__ = ("product_id", "activity_id", "pinned_product", "live_only_channel", "creator_limit_type")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    PINNED_PRODUCT_FIELD_NUMBER: _ClassVar[int]
    LIVE_ONLY_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CREATOR_LIMIT_TYPE_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    activity_id: int
    pinned_product: bool
    live_only_channel: bool
    creator_limit_type: int
    def __init__(self, product_id: _Optional[str] = ..., activity_id: _Optional[int] = ..., pinned_product: bool = ..., live_only_channel: bool = ..., creator_limit_type: _Optional[int] = ...) -> None: ...

class FlyingMicResources(_message.Message):
    __slots__ = ("path_image", "mic_image")
    PATH_IMAGE_FIELD_NUMBER: _ClassVar[int]
    MIC_IMAGE_FIELD_NUMBER: _ClassVar[int]
    path_image: ImageModel
    mic_image: ImageModel
    def __init__(self, path_image: _Optional[_Union[ImageModel, _Mapping]] = ..., mic_image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class GiftEffect(_message.Message):
    __slots__ = ("assets", "event_tracking_params")
    class EventTrackingParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_PARAMS_FIELD_NUMBER: _ClassVar[int]
    assets: _containers.RepeatedCompositeFieldContainer[AssetsModel]
    event_tracking_params: _containers.ScalarMap[str, str]
    def __init__(self, assets: _Optional[_Iterable[_Union[AssetsModel, _Mapping]]] = ..., event_tracking_params: _Optional[_Mapping[str, str]] = ...) -> None: ...

class GiftGalleryBadgeInfo(_message.Message):
    __slots__ = ("background_color", "separator_color", "dark_mode_background_color", "league_name", "schema")
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    SEPARATOR_COLOR_FIELD_NUMBER: _ClassVar[int]
    DARK_MODE_BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_NAME_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    background_color: str
    separator_color: str
    dark_mode_background_color: str
    league_name: str
    schema: str
    def __init__(self, background_color: _Optional[str] = ..., separator_color: _Optional[str] = ..., dark_mode_background_color: _Optional[str] = ..., league_name: _Optional[str] = ..., schema: _Optional[str] = ...) -> None: ...

class GiftImPriority(_message.Message):
    __slots__ = ("queue_sizes", "self_queue_priority", "priority")
    QUEUE_SIZES_FIELD_NUMBER: _ClassVar[int]
    SELF_QUEUE_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    queue_sizes: _containers.RepeatedScalarFieldContainer[int]
    self_queue_priority: int
    priority: int
    def __init__(self, queue_sizes: _Optional[_Iterable[int]] = ..., self_queue_priority: _Optional[int] = ..., priority: _Optional[int] = ...) -> None: ...

class GiftMonitorInfo(_message.Message):
    __slots__ = ("anchor_id", "profitapi_message_dur", "send_gift_profit_api_start_ms", "send_gift_profit_core_start_ms", "send_gift_req_start_ms", "send_gift_send_message_success_ms", "send_profitapi_dur", "to_user_id", "send_gift_start_client_local_ms", "from_platform", "from_version")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    PROFITAPI_MESSAGE_DUR_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_PROFIT_API_START_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_PROFIT_CORE_START_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_REQ_START_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_SEND_MESSAGE_SUCCESS_MS_FIELD_NUMBER: _ClassVar[int]
    SEND_PROFITAPI_DUR_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_START_CLIENT_LOCAL_MS_FIELD_NUMBER: _ClassVar[int]
    FROM_PLATFORM_FIELD_NUMBER: _ClassVar[int]
    FROM_VERSION_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    profitapi_message_dur: int
    send_gift_profit_api_start_ms: int
    send_gift_profit_core_start_ms: int
    send_gift_req_start_ms: int
    send_gift_send_message_success_ms: int
    send_profitapi_dur: int
    to_user_id: int
    send_gift_start_client_local_ms: int
    from_platform: str
    from_version: str
    def __init__(self, anchor_id: _Optional[int] = ..., profitapi_message_dur: _Optional[int] = ..., send_gift_profit_api_start_ms: _Optional[int] = ..., send_gift_profit_core_start_ms: _Optional[int] = ..., send_gift_req_start_ms: _Optional[int] = ..., send_gift_send_message_success_ms: _Optional[int] = ..., send_profitapi_dur: _Optional[int] = ..., to_user_id: _Optional[int] = ..., send_gift_start_client_local_ms: _Optional[int] = ..., from_platform: _Optional[str] = ..., from_version: _Optional[str] = ...) -> None: ...

class GiftTrayInfo(_message.Message):
    __slots__ = ("tray_dynamic_img", "can_mirror", "tray_normal_bg_img", "tray_normal_bg_color", "tray_small_bg_img", "tray_small_bg_color", "right_tag_text", "right_tag_bg_img", "right_tag_bg_color", "tray_name_text_color", "tray_desc_text_color", "right_tag_jump_schema", "gift_tray_jump_schema")
    TRAY_DYNAMIC_IMG_FIELD_NUMBER: _ClassVar[int]
    CAN_MIRROR_FIELD_NUMBER: _ClassVar[int]
    TRAY_NORMAL_BG_IMG_FIELD_NUMBER: _ClassVar[int]
    TRAY_NORMAL_BG_COLOR_FIELD_NUMBER: _ClassVar[int]
    TRAY_SMALL_BG_IMG_FIELD_NUMBER: _ClassVar[int]
    TRAY_SMALL_BG_COLOR_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_TEXT_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_BG_IMG_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_BG_COLOR_FIELD_NUMBER: _ClassVar[int]
    TRAY_NAME_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    TRAY_DESC_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    RIGHT_TAG_JUMP_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    GIFT_TRAY_JUMP_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    tray_dynamic_img: ImageModel
    can_mirror: bool
    tray_normal_bg_img: ImageModel
    tray_normal_bg_color: _containers.RepeatedScalarFieldContainer[str]
    tray_small_bg_img: ImageModel
    tray_small_bg_color: _containers.RepeatedScalarFieldContainer[str]
    right_tag_text: Text
    right_tag_bg_img: ImageModel
    right_tag_bg_color: _containers.RepeatedScalarFieldContainer[str]
    tray_name_text_color: str
    tray_desc_text_color: str
    right_tag_jump_schema: str
    gift_tray_jump_schema: str
    def __init__(self, tray_dynamic_img: _Optional[_Union[ImageModel, _Mapping]] = ..., can_mirror: bool = ..., tray_normal_bg_img: _Optional[_Union[ImageModel, _Mapping]] = ..., tray_normal_bg_color: _Optional[_Iterable[str]] = ..., tray_small_bg_img: _Optional[_Union[ImageModel, _Mapping]] = ..., tray_small_bg_color: _Optional[_Iterable[str]] = ..., right_tag_text: _Optional[_Union[Text, _Mapping]] = ..., right_tag_bg_img: _Optional[_Union[ImageModel, _Mapping]] = ..., right_tag_bg_color: _Optional[_Iterable[str]] = ..., tray_name_text_color: _Optional[str] = ..., tray_desc_text_color: _Optional[str] = ..., right_tag_jump_schema: _Optional[str] = ..., gift_tray_jump_schema: _Optional[str] = ...) -> None: ...

class GiftsBoxInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GoalData(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: int
    def __init__(self, status: _Optional[int] = ...) -> None: ...

class GoalPinInfo(_message.Message):
    __slots__ = ("pin", "unpin", "pin_end_time", "sub_goal_id", "sub_goal_id_str")
    PIN_FIELD_NUMBER: _ClassVar[int]
    UNPIN_FIELD_NUMBER: _ClassVar[int]
    PIN_END_TIME_FIELD_NUMBER: _ClassVar[int]
    SUB_GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    SUB_GOAL_ID_STR_FIELD_NUMBER: _ClassVar[int]
    pin: bool
    unpin: bool
    pin_end_time: int
    sub_goal_id: int
    sub_goal_id_str: str
    def __init__(self, pin: bool = ..., unpin: bool = ..., pin_end_time: _Optional[int] = ..., sub_goal_id: _Optional[int] = ..., sub_goal_id_str: _Optional[str] = ...) -> None: ...

class GroupChangeContent(_message.Message):
    __slots__ = ("linked_user_ui_positions",)
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, linked_user_ui_positions: _Optional[_Iterable[str]] = ...) -> None: ...

class GuideMessageFrequencyRule(_message.Message):
    __slots__ = ("room_show_count", "day_show_count")
    ROOM_SHOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    DAY_SHOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    room_show_count: int
    day_show_count: int
    def __init__(self, room_show_count: _Optional[int] = ..., day_show_count: _Optional[int] = ...) -> None: ...

class HighScoreControlCfg(_message.Message):
    __slots__ = ("normal_control_applied", "threshold", "origin_display_to_user_list")
    NORMAL_CONTROL_APPLIED_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_DISPLAY_TO_USER_LIST_FIELD_NUMBER: _ClassVar[int]
    normal_control_applied: bool
    threshold: int
    origin_display_to_user_list: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, normal_control_applied: bool = ..., threshold: _Optional[int] = ..., origin_display_to_user_list: _Optional[_Iterable[int]] = ...) -> None: ...

class InteractiveGiftInfo(_message.Message):
    __slots__ = ("cross_screen_delay", "cross_screen_role", "ignore_config", "uniq_id", "to_user_team_id", "ignore_component")
    CROSS_SCREEN_DELAY_FIELD_NUMBER: _ClassVar[int]
    CROSS_SCREEN_ROLE_FIELD_NUMBER: _ClassVar[int]
    IGNORE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    UNIQ_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    IGNORE_COMPONENT_FIELD_NUMBER: _ClassVar[int]
    cross_screen_delay: int
    cross_screen_role: int
    ignore_config: int
    uniq_id: int
    to_user_team_id: int
    ignore_component: int
    def __init__(self, cross_screen_delay: _Optional[int] = ..., cross_screen_role: _Optional[int] = ..., ignore_config: _Optional[int] = ..., uniq_id: _Optional[int] = ..., to_user_team_id: _Optional[int] = ..., ignore_component: _Optional[int] = ...) -> None: ...

class InviteContent(_message.Message):
    __slots__ = ("invitor_link_mic_id", "invitee_link_mic_id", "is_owner", "invitee_linker_session_id")
    INVITOR_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    IS_OWNER_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    invitor_link_mic_id: str
    invitee_link_mic_id: str
    is_owner: bool
    invitee_linker_session_id: str
    def __init__(self, invitor_link_mic_id: _Optional[str] = ..., invitee_link_mic_id: _Optional[str] = ..., is_owner: bool = ..., invitee_linker_session_id: _Optional[str] = ...) -> None: ...

class JoinDirectContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class JoinGroupContent(_message.Message):
    __slots__ = ("type",)
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: int
    def __init__(self, type: _Optional[int] = ...) -> None: ...

class JoinGroupDirectContent(_message.Message):
    __slots__ = ("cross_room_layout",)
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    cross_room_layout: LayoutData
    def __init__(self, cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ...) -> None: ...

class JoinRoomDirectContent(_message.Message):
    __slots__ = ("joiner_link_mic_id", "layout", "spot_list", "ui_pos")
    JOINER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    joiner_link_mic_id: str
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    def __init__(self, joiner_link_mic_id: _Optional[str] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ...) -> None: ...

class KickOutContent(_message.Message):
    __slots__ = ("kickout_reason", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "offliner_linker_session_id")
    KICKOUT_REASON_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    OFFLINER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    kickout_reason: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    offliner_linker_session_id: str
    def __init__(self, kickout_reason: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., offliner_linker_session_id: _Optional[str] = ...) -> None: ...

class LayoutData(_message.Message):
    __slots__ = ("layout", "spot_list", "version", "group_channel_id", "ui_pos")
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    version: int
    group_channel_id: int
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    def __init__(self, layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., version: _Optional[int] = ..., group_channel_id: _Optional[int] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ...) -> None: ...

class LayoutState(_message.Message):
    __slots__ = ("layout_id", "layout_key")
    LAYOUT_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_KEY_FIELD_NUMBER: _ClassVar[int]
    layout_id: str
    layout_key: str
    def __init__(self, layout_id: _Optional[str] = ..., layout_key: _Optional[str] = ...) -> None: ...

class LeagueScoreInfo(_message.Message):
    __slots__ = ("estimated_score", "is_opt_out", "is_activity_period", "content_text", "class_opt_out", "content_text_open", "match_theme", "left_icon", "right_icon", "right_schema_jump_link")
    ESTIMATED_SCORE_FIELD_NUMBER: _ClassVar[int]
    IS_OPT_OUT_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVITY_PERIOD_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEXT_FIELD_NUMBER: _ClassVar[int]
    CLASS_OPT_OUT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEXT_OPEN_FIELD_NUMBER: _ClassVar[int]
    MATCH_THEME_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    RIGHT_ICON_FIELD_NUMBER: _ClassVar[int]
    RIGHT_SCHEMA_JUMP_LINK_FIELD_NUMBER: _ClassVar[int]
    estimated_score: int
    is_opt_out: bool
    is_activity_period: bool
    content_text: Text
    class_opt_out: bool
    content_text_open: Text
    match_theme: int
    left_icon: ImageModel
    right_icon: ImageModel
    right_schema_jump_link: str
    def __init__(self, estimated_score: _Optional[int] = ..., is_opt_out: bool = ..., is_activity_period: bool = ..., content_text: _Optional[_Union[Text, _Mapping]] = ..., class_opt_out: bool = ..., content_text_open: _Optional[_Union[Text, _Mapping]] = ..., match_theme: _Optional[int] = ..., left_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., right_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., right_schema_jump_link: _Optional[str] = ...) -> None: ...

class LeaveContent(_message.Message):
    __slots__ = ("leave_reason", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "leaver_linker_session_id")
    LEAVE_REASON_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    LEAVER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    leave_reason: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    leaver_linker_session_id: str
    def __init__(self, leave_reason: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., leaver_linker_session_id: _Optional[str] = ...) -> None: ...

class LeaveJoinGroupContent(_message.Message):
    __slots__ = ("group_channel_id", "leave_source", "linked_user_ui_positions")
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LEAVE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    group_channel_id: int
    leave_source: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_channel_id: _Optional[int] = ..., leave_source: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ...) -> None: ...

class LikeEffect(_message.Message):
    __slots__ = ("version", "effect_cnt", "effect_interval_ms", "level")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CNT_FIELD_NUMBER: _ClassVar[int]
    EFFECT_INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    version: int
    effect_cnt: int
    effect_interval_ms: int
    level: int
    def __init__(self, version: _Optional[int] = ..., effect_cnt: _Optional[int] = ..., effect_interval_ms: _Optional[int] = ..., level: _Optional[int] = ...) -> None: ...

class LinkEnvelopeContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkListChangeContent(_message.Message):
    __slots__ = ("type", "linked_user_ui_positions")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    type: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, type: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ...) -> None: ...

class LinkUserState(_message.Message):
    __slots__ = ("linkmic_id", "linked_time_nano", "online_user_state", "audio_muted", "video_muted", "rtc_connection", "network_state", "linker_session_id")
    LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_TIME_NANO_FIELD_NUMBER: _ClassVar[int]
    ONLINE_USER_STATE_FIELD_NUMBER: _ClassVar[int]
    AUDIO_MUTED_FIELD_NUMBER: _ClassVar[int]
    VIDEO_MUTED_FIELD_NUMBER: _ClassVar[int]
    RTC_CONNECTION_FIELD_NUMBER: _ClassVar[int]
    NETWORK_STATE_FIELD_NUMBER: _ClassVar[int]
    LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    linkmic_id: str
    linked_time_nano: int
    online_user_state: int
    audio_muted: int
    video_muted: int
    rtc_connection: int
    network_state: int
    linker_session_id: str
    def __init__(self, linkmic_id: _Optional[str] = ..., linked_time_nano: _Optional[int] = ..., online_user_state: _Optional[int] = ..., audio_muted: _Optional[int] = ..., video_muted: _Optional[int] = ..., rtc_connection: _Optional[int] = ..., network_state: _Optional[int] = ..., linker_session_id: _Optional[str] = ...) -> None: ...

class LinkerAcceptNoticeContent(_message.Message):
    __slots__ = ("from_user_id", "from_room_id", "to_user_id")
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    to_user_id: int
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., to_user_id: _Optional[int] = ...) -> None: ...

class LinkerCloseContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerMediaChangeContent(_message.Message):
    __slots__ = ("op", "to_user_id", "anchor_id", "room_id", "change_scene")
    OP_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SCENE_FIELD_NUMBER: _ClassVar[int]
    op: int
    to_user_id: int
    anchor_id: int
    room_id: int
    change_scene: int
    def __init__(self, op: _Optional[int] = ..., to_user_id: _Optional[int] = ..., anchor_id: _Optional[int] = ..., room_id: _Optional[int] = ..., change_scene: _Optional[int] = ...) -> None: ...

class LinkerMicIdxUpdateContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkerSysKickOutContent(_message.Message):
    __slots__ = ("user_id", "linkmic_id_str")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    linkmic_id_str: str
    def __init__(self, user_id: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ...) -> None: ...

class LinkerUpdateUserContent(_message.Message):
    __slots__ = ("from_user_id", "to_user_id", "update_info")
    class UpdateInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATE_INFO_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    to_user_id: int
    update_info: _containers.ScalarMap[str, str]
    def __init__(self, from_user_id: _Optional[int] = ..., to_user_id: _Optional[int] = ..., update_info: _Optional[_Mapping[str, str]] = ...) -> None: ...

class LinkerWaitingListChangeContent(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkmicUserToastContent(_message.Message):
    __slots__ = ("user_id", "room_id", "display_text", "leaved_user_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    LEAVED_USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    room_id: int
    display_text: Text
    leaved_user_id: int
    def __init__(self, user_id: _Optional[int] = ..., room_id: _Optional[int] = ..., display_text: _Optional[_Union[Text, _Mapping]] = ..., leaved_user_id: _Optional[int] = ...) -> None: ...

class LivePermissionInfo(_message.Message):
    __slots__ = ("end_time", "reason")
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    end_time: int
    reason: str
    def __init__(self, end_time: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class LynxGiftExtra(_message.Message):
    __slots__ = ("id", "code", "type", "params", "extra")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    id: int
    code: int
    type: int
    params: _containers.RepeatedScalarFieldContainer[str]
    extra: str
    def __init__(self, id: _Optional[int] = ..., code: _Optional[int] = ..., type: _Optional[int] = ..., params: _Optional[_Iterable[str]] = ..., extra: _Optional[str] = ...) -> None: ...

class MatchInfo(_message.Message):
    __slots__ = ("critical", "effect_card_in_use", "multiplier_type", "multiplier_value")
    CRITICAL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_CARD_IN_USE_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_TYPE_FIELD_NUMBER: _ClassVar[int]
    MULTIPLIER_VALUE_FIELD_NUMBER: _ClassVar[int]
    critical: int
    effect_card_in_use: bool
    multiplier_type: int
    multiplier_value: int
    def __init__(self, critical: _Optional[int] = ..., effect_card_in_use: bool = ..., multiplier_type: _Optional[int] = ..., multiplier_value: _Optional[int] = ...) -> None: ...

class MatchPunishExtraInfo(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MatchThemeDisplayResource(_message.Message):
    __slots__ = ("match_theme",)
    MATCH_THEME_FIELD_NUMBER: _ClassVar[int]
    match_theme: int
    def __init__(self, match_theme: _Optional[int] = ...) -> None: ...

class MsgFilter(_message.Message):
    __slots__ = ("is_gifter", "is_subscribed_to_anchor")
    IS_GIFTER_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBED_TO_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    is_gifter: bool
    is_subscribed_to_anchor: bool
    def __init__(self, is_gifter: bool = ..., is_subscribed_to_anchor: bool = ...) -> None: ...

class MultiLiveUpdateUserSettingContent(_message.Message):
    __slots__ = ("reset_point_after_leave",)
    RESET_POINT_AFTER_LEAVE_FIELD_NUMBER: _ClassVar[int]
    reset_point_after_leave: int
    def __init__(self, reset_point_after_leave: _Optional[int] = ...) -> None: ...

class OecLiveShoppingMessageV2(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class P2PGroupChangeContent(_message.Message):
    __slots__ = ("cross_room_layout",)
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    cross_room_layout: LayoutData
    def __init__(self, cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ...) -> None: ...

class PerceptionSheetInfo(_message.Message):
    __slots__ = ("icon_type", "title", "sub_title", "reason_title", "reason_info", "not_allowed_title", "not_allowed_text", "default_action_text", "scene", "target_user_id", "target_room_id", "count_down_time")
    ICON_TYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUB_TITLE_FIELD_NUMBER: _ClassVar[int]
    REASON_TITLE_FIELD_NUMBER: _ClassVar[int]
    REASON_INFO_FIELD_NUMBER: _ClassVar[int]
    NOT_ALLOWED_TITLE_FIELD_NUMBER: _ClassVar[int]
    NOT_ALLOWED_TEXT_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    TARGET_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    COUNT_DOWN_TIME_FIELD_NUMBER: _ClassVar[int]
    icon_type: int
    title: Text
    sub_title: Text
    reason_title: Text
    reason_info: Text
    not_allowed_title: Text
    not_allowed_text: Text
    default_action_text: Text
    scene: int
    target_user_id: int
    target_room_id: int
    count_down_time: int
    def __init__(self, icon_type: _Optional[int] = ..., title: _Optional[_Union[Text, _Mapping]] = ..., sub_title: _Optional[_Union[Text, _Mapping]] = ..., reason_title: _Optional[_Union[Text, _Mapping]] = ..., reason_info: _Optional[_Union[Text, _Mapping]] = ..., not_allowed_title: _Optional[_Union[Text, _Mapping]] = ..., not_allowed_text: _Optional[_Union[Text, _Mapping]] = ..., default_action_text: _Optional[_Union[Text, _Mapping]] = ..., scene: _Optional[int] = ..., target_user_id: _Optional[int] = ..., target_room_id: _Optional[int] = ..., count_down_time: _Optional[int] = ...) -> None: ...

class PermitApplyContent(_message.Message):
    __slots__ = ("permiter_link_mic_id", "reply_status", "applier_link_mic_id", "linked_user_ui_positions", "applier_rtc_token", "ui_pos", "layout", "spot_list", "applier_linker_session_id")
    PERMITER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    APPLIER_RTC_TOKEN_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    permiter_link_mic_id: str
    reply_status: int
    applier_link_mic_id: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    applier_rtc_token: str
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    applier_linker_session_id: str
    def __init__(self, permiter_link_mic_id: _Optional[str] = ..., reply_status: _Optional[int] = ..., applier_link_mic_id: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., applier_rtc_token: _Optional[str] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., applier_linker_session_id: _Optional[str] = ...) -> None: ...

class PermitJoinGroupContent(_message.Message):
    __slots__ = ("agree_status", "type", "linked_user_ui_positions", "permit_group_type", "cross_room_layout")
    AGREE_STATUS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    PERMIT_GROUP_TYPE_FIELD_NUMBER: _ClassVar[int]
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    agree_status: int
    type: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    permit_group_type: int
    cross_room_layout: LayoutData
    def __init__(self, agree_status: _Optional[int] = ..., type: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., permit_group_type: _Optional[int] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ...) -> None: ...

class PosIdentity(_message.Message):
    __slots__ = ("type", "value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    type: int
    value: str
    def __init__(self, type: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class ProductSnapShot(_message.Message):
    __slots__ = ("product_id", "title", "stock_type", "timestamp")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    STOCK_TYPE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    title: str
    stock_type: int
    timestamp: int
    def __init__(self, product_id: _Optional[str] = ..., title: _Optional[str] = ..., stock_type: _Optional[int] = ..., timestamp: _Optional[int] = ...) -> None: ...

class PromotionInfo(_message.Message):
    __slots__ = ("promotion_id", "failed_message", "product_ids")
    PROMOTION_ID_FIELD_NUMBER: _ClassVar[int]
    FAILED_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_IDS_FIELD_NUMBER: _ClassVar[int]
    promotion_id: str
    failed_message: str
    product_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, promotion_id: _Optional[str] = ..., failed_message: _Optional[str] = ..., product_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class PublicAreaCommon(_message.Message):
    __slots__ = ("user_label", "user_consume_in_room")
    USER_LABEL_FIELD_NUMBER: _ClassVar[int]
    USER_CONSUME_IN_ROOM_FIELD_NUMBER: _ClassVar[int]
    user_label: ImageModel
    user_consume_in_room: int
    def __init__(self, user_label: _Optional[_Union[ImageModel, _Mapping]] = ..., user_consume_in_room: _Optional[int] = ...) -> None: ...

class PublicAreaMessageCommon(_message.Message):
    __slots__ = ("scroll_gap_count", "anchor_scroll_gap_count", "release_to_scroll_area", "anchor_release_to_scroll_area", "is_anchor_marked", "admin_fold_type", "hide_above_scroll_area", "dynamic_display_text")
    SCROLL_GAP_COUNT_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SCROLL_GAP_COUNT_FIELD_NUMBER: _ClassVar[int]
    RELEASE_TO_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_RELEASE_TO_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_MARKED_FIELD_NUMBER: _ClassVar[int]
    ADMIN_FOLD_TYPE_FIELD_NUMBER: _ClassVar[int]
    HIDE_ABOVE_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    DYNAMIC_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    scroll_gap_count: int
    anchor_scroll_gap_count: int
    release_to_scroll_area: bool
    anchor_release_to_scroll_area: bool
    is_anchor_marked: bool
    admin_fold_type: int
    hide_above_scroll_area: bool
    dynamic_display_text: Text
    def __init__(self, scroll_gap_count: _Optional[int] = ..., anchor_scroll_gap_count: _Optional[int] = ..., release_to_scroll_area: bool = ..., anchor_release_to_scroll_area: bool = ..., is_anchor_marked: bool = ..., admin_fold_type: _Optional[int] = ..., hide_above_scroll_area: bool = ..., dynamic_display_text: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class RankListTabInfo(_message.Message):
    __slots__ = ("tabs", "supported_version")
    TABS_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    tabs: _containers.RepeatedCompositeFieldContainer[RankTabInfo]
    supported_version: int
    def __init__(self, tabs: _Optional[_Iterable[_Union[RankTabInfo, _Mapping]]] = ..., supported_version: _Optional[int] = ...) -> None: ...

class RankTabInfo(_message.Message):
    __slots__ = ("rank_type", "title", "title_text", "list_lynx_type")
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TITLE_TEXT_FIELD_NUMBER: _ClassVar[int]
    LIST_LYNX_TYPE_FIELD_NUMBER: _ClassVar[int]
    rank_type: int
    title: str
    title_text: Text
    list_lynx_type: int
    def __init__(self, rank_type: _Optional[int] = ..., title: _Optional[str] = ..., title_text: _Optional[_Union[Text, _Mapping]] = ..., list_lynx_type: _Optional[int] = ...) -> None: ...

class RankUserEnigmaInfo(_message.Message):
    __slots__ = ("is_enigma_mask_on",)
    IS_ENIGMA_MASK_ON_FIELD_NUMBER: _ClassVar[int]
    is_enigma_mask_on: bool
    def __init__(self, is_enigma_mask_on: bool = ...) -> None: ...

class RefreshLiveBagInfo(_message.Message):
    __slots__ = ("refresh_live_bag_types",)
    REFRESH_LIVE_BAG_TYPES_FIELD_NUMBER: _ClassVar[int]
    refresh_live_bag_types: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, refresh_live_bag_types: _Optional[_Iterable[int]] = ...) -> None: ...

class ReplyInviteContent(_message.Message):
    __slots__ = ("reply_status", "invitee_link_mic_id", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "invitee_linker_session_id")
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    reply_status: int
    invitee_link_mic_id: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    invitee_linker_session_id: str
    def __init__(self, reply_status: _Optional[int] = ..., invitee_link_mic_id: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., invitee_linker_session_id: _Optional[str] = ...) -> None: ...

class RightLabel(_message.Message):
    __slots__ = ("background_color", "content", "height")
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    background_color: str
    content: Text
    height: int
    def __init__(self, background_color: _Optional[str] = ..., content: _Optional[_Union[Text, _Mapping]] = ..., height: _Optional[int] = ...) -> None: ...

class RivalExtraInfo(_message.Message):
    __slots__ = ("text", "text_type", "label", "anchor_layer", "invite_block_reason", "show_play_type", "detail_block_reason", "eoy_level", "cohost_layout_mode", "gift_gallery_badge_info")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LAYER_FIELD_NUMBER: _ClassVar[int]
    INVITE_BLOCK_REASON_FIELD_NUMBER: _ClassVar[int]
    SHOW_PLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_BLOCK_REASON_FIELD_NUMBER: _ClassVar[int]
    EOY_LEVEL_FIELD_NUMBER: _ClassVar[int]
    COHOST_LAYOUT_MODE_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
    text: str
    text_type: int
    label: str
    anchor_layer: int
    invite_block_reason: int
    show_play_type: int
    detail_block_reason: int
    eoy_level: int
    cohost_layout_mode: int
    gift_gallery_badge_info: GiftGalleryBadgeInfo
    def __init__(self, text: _Optional[str] = ..., text_type: _Optional[int] = ..., label: _Optional[str] = ..., anchor_layer: _Optional[int] = ..., invite_block_reason: _Optional[int] = ..., show_play_type: _Optional[int] = ..., detail_block_reason: _Optional[int] = ..., eoy_level: _Optional[int] = ..., cohost_layout_mode: _Optional[int] = ..., gift_gallery_badge_info: _Optional[_Union[GiftGalleryBadgeInfo, _Mapping]] = ...) -> None: ...

class RoomBasedGiftData(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RoomNotifyMessageEventTracking(_message.Message):
    __slots__ = ("gift_sub_sender_id", "gift_sub_receiver_id", "anchor_id", "gift_sub_order_create_time")
    GIFT_SUB_SENDER_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_SUB_RECEIVER_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_SUB_ORDER_CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    gift_sub_sender_id: int
    gift_sub_receiver_id: int
    anchor_id: int
    gift_sub_order_create_time: int
    def __init__(self, gift_sub_sender_id: _Optional[int] = ..., gift_sub_receiver_id: _Optional[int] = ..., anchor_id: _Optional[int] = ..., gift_sub_order_create_time: _Optional[int] = ...) -> None: ...

class RoomNotifyMessageExtra(_message.Message):
    __slots__ = ("duration",)
    DURATION_FIELD_NUMBER: _ClassVar[int]
    duration: int
    def __init__(self, duration: _Optional[int] = ...) -> None: ...

class SecondaryEffectInfo(_message.Message):
    __slots__ = ("effect_ids", "builtin_strings", "minute_game_gameplay_id")
    EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    BUILTIN_STRINGS_FIELD_NUMBER: _ClassVar[int]
    MINUTE_GAME_GAMEPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    effect_ids: _containers.RepeatedScalarFieldContainer[int]
    builtin_strings: _containers.RepeatedScalarFieldContainer[str]
    minute_game_gameplay_id: int
    def __init__(self, effect_ids: _Optional[_Iterable[int]] = ..., builtin_strings: _Optional[_Iterable[str]] = ..., minute_game_gameplay_id: _Optional[int] = ...) -> None: ...

class SpecialEffectNotice(_message.Message):
    __slots__ = ("score", "from_user_id", "to_anchor_id", "effect_type", "community_heart_me_info_str")
    SCORE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_STR_FIELD_NUMBER: _ClassVar[int]
    score: int
    from_user_id: int
    to_anchor_id: int
    effect_type: int
    community_heart_me_info_str: str
    def __init__(self, score: _Optional[int] = ..., from_user_id: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., effect_type: _Optional[int] = ..., community_heart_me_info_str: _Optional[str] = ...) -> None: ...

class SpecifiedDisplayText(_message.Message):
    __slots__ = ("uid", "display_text")
    UID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    uid: int
    display_text: Text
    def __init__(self, uid: _Optional[int] = ..., display_text: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class SponsorshipInfo(_message.Message):
    __slots__ = ("gift_id", "sponsor_id", "light_gift_up", "unlighted_gift_icon", "gift_gallery_detail_page_scheme_url", "gift_gallery_click_sponsor", "gift_tray_style", "become_all_sponsored")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    SPONSOR_ID_FIELD_NUMBER: _ClassVar[int]
    LIGHT_GIFT_UP_FIELD_NUMBER: _ClassVar[int]
    UNLIGHTED_GIFT_ICON_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_DETAIL_PAGE_SCHEME_URL_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_CLICK_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    GIFT_TRAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    BECOME_ALL_SPONSORED_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    sponsor_id: int
    light_gift_up: bool
    unlighted_gift_icon: str
    gift_gallery_detail_page_scheme_url: str
    gift_gallery_click_sponsor: bool
    gift_tray_style: int
    become_all_sponsored: bool
    def __init__(self, gift_id: _Optional[int] = ..., sponsor_id: _Optional[int] = ..., light_gift_up: bool = ..., unlighted_gift_icon: _Optional[str] = ..., gift_gallery_detail_page_scheme_url: _Optional[str] = ..., gift_gallery_click_sponsor: bool = ..., gift_tray_style: _Optional[int] = ..., become_all_sponsored: bool = ...) -> None: ...

class SpotInfo(_message.Message):
    __slots__ = ("spot_id", "pos_identity")
    SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    spot_id: int
    pos_identity: PosIdentity
    def __init__(self, spot_id: _Optional[int] = ..., pos_identity: _Optional[_Union[PosIdentity, _Mapping]] = ...) -> None: ...

class SupportedActionsWrapper(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: bool
    def __init__(self, key: _Optional[int] = ..., value: bool = ...) -> None: ...

class TeamMatchCampaign(_message.Message):
    __slots__ = ("start_sfx_team_id", "has_team_match_mvp_sfx")
    START_SFX_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_TEAM_MATCH_MVP_SFX_FIELD_NUMBER: _ClassVar[int]
    start_sfx_team_id: _containers.RepeatedScalarFieldContainer[int]
    has_team_match_mvp_sfx: bool
    def __init__(self, start_sfx_team_id: _Optional[_Iterable[int]] = ..., has_team_match_mvp_sfx: bool = ...) -> None: ...

class TeamUsersInfo(_message.Message):
    __slots__ = ("team_id", "user_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    user_id: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, team_id: _Optional[int] = ..., user_id: _Optional[_Iterable[int]] = ...) -> None: ...

class TemplateContent(_message.Message):
    __slots__ = ("template_id", "template_id_str", "status", "poll_kind", "appeal_status", "violation_id_str")
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_STR_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    POLL_KIND_FIELD_NUMBER: _ClassVar[int]
    APPEAL_STATUS_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_ID_STR_FIELD_NUMBER: _ClassVar[int]
    template_id: int
    template_id_str: str
    status: int
    poll_kind: int
    appeal_status: int
    violation_id_str: str
    def __init__(self, template_id: _Optional[int] = ..., template_id_str: _Optional[str] = ..., status: _Optional[int] = ..., poll_kind: _Optional[int] = ..., appeal_status: _Optional[int] = ..., violation_id_str: _Optional[str] = ...) -> None: ...

class TextEffect(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TimeInfo(_message.Message):
    __slots__ = ("client_start_ms", "api_recv_time_ms", "api_send_to_goim_ms")
    CLIENT_START_MS_FIELD_NUMBER: _ClassVar[int]
    API_RECV_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    API_SEND_TO_GOIM_MS_FIELD_NUMBER: _ClassVar[int]
    client_start_ms: int
    api_recv_time_ms: int
    api_send_to_goim_ms: int
    def __init__(self, client_start_ms: _Optional[int] = ..., api_recv_time_ms: _Optional[int] = ..., api_send_to_goim_ms: _Optional[int] = ...) -> None: ...

class TraceInfo(_message.Message):
    __slots__ = ("operate_time", "arrival_time", "send_time")
    OPERATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ARRIVAL_TIME_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    operate_time: int
    arrival_time: int
    send_time: int
    def __init__(self, operate_time: _Optional[int] = ..., arrival_time: _Optional[int] = ..., send_time: _Optional[int] = ...) -> None: ...

class TriggerCondition(_message.Message):
    __slots__ = ("uplink_detect_http", "uplink_detect_websocket", "detect_p2p_msg", "detect_room_msg", "http_optimize")
    UPLINK_DETECT_HTTP_FIELD_NUMBER: _ClassVar[int]
    UPLINK_DETECT_WEBSOCKET_FIELD_NUMBER: _ClassVar[int]
    DETECT_P2P_MSG_FIELD_NUMBER: _ClassVar[int]
    DETECT_ROOM_MSG_FIELD_NUMBER: _ClassVar[int]
    HTTP_OPTIMIZE_FIELD_NUMBER: _ClassVar[int]
    uplink_detect_http: bool
    uplink_detect_websocket: bool
    detect_p2p_msg: bool
    detect_room_msg: bool
    http_optimize: bool
    def __init__(self, uplink_detect_http: bool = ..., uplink_detect_websocket: bool = ..., detect_p2p_msg: bool = ..., detect_room_msg: bool = ..., http_optimize: bool = ...) -> None: ...

class UnionAnimationInfo(_message.Message):
    __slots__ = ("union_type", "rank_type_array", "supported_version")
    UNION_TYPE_FIELD_NUMBER: _ClassVar[int]
    RANK_TYPE_ARRAY_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    union_type: int
    rank_type_array: _containers.RepeatedScalarFieldContainer[int]
    supported_version: int
    def __init__(self, union_type: _Optional[int] = ..., rank_type_array: _Optional[_Iterable[int]] = ..., supported_version: _Optional[int] = ...) -> None: ...

class UseTop2Card(_message.Message):
    __slots__ = ("anchor_id", "display_content")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    display_content: Text
    def __init__(self, anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class UseTop3Card(_message.Message):
    __slots__ = ("anchor_id", "display_content")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    display_content: Text
    def __init__(self, anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class UseVaultGloveCard(_message.Message):
    __slots__ = ("anchor_id", "display_content")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    display_content: Text
    def __init__(self, anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class ValidRanks(_message.Message):
    __slots__ = ("is_effect", "rank_types")
    IS_EFFECT_FIELD_NUMBER: _ClassVar[int]
    RANK_TYPES_FIELD_NUMBER: _ClassVar[int]
    is_effect: bool
    rank_types: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, is_effect: bool = ..., rank_types: _Optional[_Iterable[int]] = ...) -> None: ...

class Voucher(_message.Message):
    __slots__ = ("voucher_type_id", "task_id", "task_type", "live_voucher_type", "creator_operation_unique_id", "voucher_max_face_value")
    VOUCHER_TYPE_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_TYPE_FIELD_NUMBER: _ClassVar[int]
    LIVE_VOUCHER_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATOR_OPERATION_UNIQUE_ID_FIELD_NUMBER: _ClassVar[int]
    VOUCHER_MAX_FACE_VALUE_FIELD_NUMBER: _ClassVar[int]
    voucher_type_id: int
    task_id: int
    task_type: int
    live_voucher_type: int
    creator_operation_unique_id: str
    voucher_max_face_value: str
    def __init__(self, voucher_type_id: _Optional[int] = ..., task_id: _Optional[int] = ..., task_type: _Optional[int] = ..., live_voucher_type: _Optional[int] = ..., creator_operation_unique_id: _Optional[str] = ..., voucher_max_face_value: _Optional[str] = ...) -> None: ...

class WaveAlgorithmData(_message.Message):
    __slots__ = ("algorithm_version", "is_alg_hit", "predict_score", "is_rewatch", "is_follow")
    ALGORITHM_VERSION_FIELD_NUMBER: _ClassVar[int]
    IS_ALG_HIT_FIELD_NUMBER: _ClassVar[int]
    PREDICT_SCORE_FIELD_NUMBER: _ClassVar[int]
    IS_REWATCH_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOW_FIELD_NUMBER: _ClassVar[int]
    algorithm_version: str
    is_alg_hit: bool
    predict_score: str
    is_rewatch: bool
    is_follow: bool
    def __init__(self, algorithm_version: _Optional[str] = ..., is_alg_hit: bool = ..., predict_score: _Optional[str] = ..., is_rewatch: bool = ..., is_follow: bool = ...) -> None: ...
