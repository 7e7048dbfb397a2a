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
    __slots__ = ("following_count", "follower_count", "follow_status", "push_status", "remark_name")
    FOLLOWING_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLLOWER_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    PUSH_STATUS_FIELD_NUMBER: _ClassVar[int]
    REMARK_NAME_FIELD_NUMBER: _ClassVar[int]
    following_count: int
    follower_count: int
    follow_status: int
    push_status: int
    remark_name: str
    def __init__(self, following_count: _Optional[int] = ..., follower_count: _Optional[int] = ..., follow_status: _Optional[int] = ..., push_status: _Optional[int] = ..., remark_name: _Optional[str] = ...) -> None: ...

class User(_message.Message):
    __slots__ = ("id", "short_id", "nickname", "gender", "signature", "level", "birthday", "telephone", "avatar_thumb", "avatar_medium", "avatar_large", "verified", "experience", "city", "status", "create_time", "modify_time", "secret", "share_qrcode_uri", "income_share_percent", "follow_info", "display_id", "sec_uid", "id_str")
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
    FOLLOW_INFO_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    SEC_UID_FIELD_NUMBER: _ClassVar[int]
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
    follow_info: FollowInfo
    display_id: str
    sec_uid: str
    id_str: str
    def __init__(self, id: _Optional[int] = ..., short_id: _Optional[int] = ..., nickname: _Optional[str] = ..., gender: _Optional[int] = ..., signature: _Optional[str] = ..., level: _Optional[int] = ..., birthday: _Optional[int] = ..., telephone: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_medium: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_large: _Optional[_Union[ImageModel, _Mapping]] = ..., verified: bool = ..., experience: _Optional[int] = ..., city: _Optional[str] = ..., status: _Optional[int] = ..., create_time: _Optional[int] = ..., modify_time: _Optional[int] = ..., secret: _Optional[int] = ..., share_qrcode_uri: _Optional[str] = ..., income_share_percent: _Optional[int] = ..., follow_info: _Optional[_Union[FollowInfo, _Mapping]] = ..., display_id: _Optional[str] = ..., sec_uid: _Optional[str] = ..., id_str: _Optional[str] = ...) -> None: ...

class Gift(_message.Message):
    __slots__ = ("image", "describe", "notify", "duration", "id", "for_linkmic", "doodle", "for_fansclub", "combo", "type", "diamond_count", "is_displayed_on_panel", "primary_effect_id", "gift_label_icon", "name", "region", "manual", "for_custom", "icon")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    FOR_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    DOODLE_FIELD_NUMBER: _ClassVar[int]
    FOR_FANSCLUB_FIELD_NUMBER: _ClassVar[int]
    COMBO_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_DISPLAYED_ON_PANEL_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_LABEL_ICON_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    MANUAL_FIELD_NUMBER: _ClassVar[int]
    FOR_CUSTOM_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    image: ImageModel
    describe: str
    notify: bool
    duration: int
    id: int
    for_linkmic: bool
    doodle: bool
    for_fansclub: bool
    combo: bool
    type: int
    diamond_count: int
    is_displayed_on_panel: bool
    primary_effect_id: int
    gift_label_icon: ImageModel
    name: str
    region: str
    manual: str
    for_custom: bool
    icon: ImageModel
    def __init__(self, image: _Optional[_Union[ImageModel, _Mapping]] = ..., describe: _Optional[str] = ..., notify: bool = ..., duration: _Optional[int] = ..., id: _Optional[int] = ..., for_linkmic: bool = ..., doodle: bool = ..., for_fansclub: bool = ..., combo: bool = ..., type: _Optional[int] = ..., diamond_count: _Optional[int] = ..., is_displayed_on_panel: bool = ..., primary_effect_id: _Optional[int] = ..., gift_label_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., name: _Optional[str] = ..., region: _Optional[str] = ..., manual: _Optional[str] = ..., for_custom: bool = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class WebcastChatMessage(_message.Message):
    __slots__ = ("common", "user", "content", "visible_to_sender", "background_image", "full_screen_text_color", "at_user", "content_language")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    VISIBLE_TO_SENDER_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    FULL_SCREEN_TEXT_COLOR_FIELD_NUMBER: _ClassVar[int]
    AT_USER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    content: str
    visible_to_sender: bool
    background_image: ImageModel
    full_screen_text_color: str
    at_user: User
    content_language: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., content: _Optional[str] = ..., visible_to_sender: bool = ..., background_image: _Optional[_Union[ImageModel, _Mapping]] = ..., full_screen_text_color: _Optional[str] = ..., at_user: _Optional[_Union[User, _Mapping]] = ..., content_language: _Optional[str] = ...) -> None: ...

class WebcastGiftMessage(_message.Message):
    __slots__ = ("common", "gift_id", "fan_ticket_count", "group_count", "repeat_count", "combo_count", "user", "to_user", "repeat_end", "group_id", "income_taskgifts", "room_fan_ticket_count", "gift", "log_id", "send_type")
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
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., gift_id: _Optional[int] = ..., fan_ticket_count: _Optional[int] = ..., group_count: _Optional[int] = ..., repeat_count: _Optional[int] = ..., combo_count: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., to_user: _Optional[_Union[User, _Mapping]] = ..., repeat_end: _Optional[int] = ..., group_id: _Optional[int] = ..., income_taskgifts: _Optional[int] = ..., room_fan_ticket_count: _Optional[int] = ..., gift: _Optional[_Union[Gift, _Mapping]] = ..., log_id: _Optional[str] = ..., send_type: _Optional[int] = ...) -> None: ...

class WebcastLikeMessage(_message.Message):
    __slots__ = ("common", "count", "total", "color", "user", "icon")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    count: int
    total: int
    color: int
    user: User
    icon: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., count: _Optional[int] = ..., total: _Optional[int] = ..., color: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., icon: _Optional[str] = ...) -> None: ...

class WebcastMemberMessage(_message.Message):
    __slots__ = ("common", "user", "member_count", "operator", "is_set_to_admin", "is_top_user", "rank_score", "top_user_no", "enter_type", "action", "action_description", "user_id")
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
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., member_count: _Optional[int] = ..., operator: _Optional[_Union[User, _Mapping]] = ..., is_set_to_admin: bool = ..., is_top_user: bool = ..., rank_score: _Optional[int] = ..., top_user_no: _Optional[int] = ..., enter_type: _Optional[int] = ..., action: _Optional[int] = ..., action_description: _Optional[str] = ..., user_id: _Optional[int] = ...) -> None: ...

class WebcastSocialMessage(_message.Message):
    __slots__ = ("common", "user", "share_type", "action", "share_target", "follow_count", "share_display_style", "share_count")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    SHARE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    SHARE_TARGET_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_COUNT_FIELD_NUMBER: _ClassVar[int]
    SHARE_DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    SHARE_COUNT_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    user: User
    share_type: int
    action: int
    share_target: str
    follow_count: int
    share_display_style: int
    share_count: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., share_type: _Optional[int] = ..., action: _Optional[int] = ..., share_target: _Optional[str] = ..., follow_count: _Optional[int] = ..., share_display_style: _Optional[int] = ..., share_count: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("common", "action", "tips")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    TIPS_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    action: int
    tips: str
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., action: _Optional[int] = ..., tips: _Optional[str] = ...) -> None: ...
