from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
import builtins as _builtins
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
    __slots__ = ("url_list", "uri", "height", "width", "avg_color", "image_type", "open_web_url", "is_animated", "content")
    URL_LIST_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    AVG_COLOR_FIELD_NUMBER: _ClassVar[int]
    IMAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPEN_WEB_URL_FIELD_NUMBER: _ClassVar[int]
    IS_ANIMATED_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    url_list: _containers.RepeatedScalarFieldContainer[str]
    uri: str
    height: int
    width: int
    avg_color: str
    image_type: int
    open_web_url: str
    is_animated: bool
    content: Content
    def __init__(self, url_list: _Optional[_Iterable[str]] = ..., uri: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., avg_color: _Optional[str] = ..., image_type: _Optional[int] = ..., open_web_url: _Optional[str] = ..., is_animated: bool = ..., content: _Optional[_Union[Content, _Mapping]] = ...) -> None: ...

class TextFormat(_message.Message):
    __slots__ = ("color", "bold", "italic", "weight", "italic_angle", "font_size", "use_heigh_light_color", "use_remote_clor")
    COLOR_FIELD_NUMBER: _ClassVar[int]
    BOLD_FIELD_NUMBER: _ClassVar[int]
    ITALIC_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    ITALIC_ANGLE_FIELD_NUMBER: _ClassVar[int]
    FONT_SIZE_FIELD_NUMBER: _ClassVar[int]
    USE_HEIGH_LIGHT_COLOR_FIELD_NUMBER: _ClassVar[int]
    USE_REMOTE_CLOR_FIELD_NUMBER: _ClassVar[int]
    color: str
    bold: bool
    italic: bool
    weight: int
    italic_angle: int
    font_size: int
    use_heigh_light_color: bool
    use_remote_clor: bool
    def __init__(self, color: _Optional[str] = ..., bold: bool = ..., italic: bool = ..., weight: _Optional[int] = ..., italic_angle: _Optional[int] = ..., font_size: _Optional[int] = ..., use_heigh_light_color: bool = ..., use_remote_clor: bool = ...) -> None: ...
    @property
    def use_heighlight_color(self) -> bool: ...

class TextPieceUser(_message.Message):
    __slots__ = ("user", "with_colon")
    USER_FIELD_NUMBER: _ClassVar[int]
    WITH_COLON_FIELD_NUMBER: _ClassVar[int]
    user: User
    with_colon: bool
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ..., with_colon: bool = ...) -> None: ...

class TextPieceGift(_message.Message):
    __slots__ = ("gift_id", "name_ref", "show_type", "color_id")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_REF_FIELD_NUMBER: _ClassVar[int]
    SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    COLOR_ID_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    name_ref: PatternRef
    show_type: int
    color_id: int
    def __init__(self, gift_id: _Optional[int] = ..., name_ref: _Optional[_Union[PatternRef, _Mapping]] = ..., show_type: _Optional[int] = ..., color_id: _Optional[int] = ...) -> None: ...

class TextPiece(_message.Message):
    __slots__ = ("type", "format", "string_value", "user_value", "gift_value", "heart_value", "pattern_ref_value", "image_value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    STRING_VALUE_FIELD_NUMBER: _ClassVar[int]
    USER_VALUE_FIELD_NUMBER: _ClassVar[int]
    GIFT_VALUE_FIELD_NUMBER: _ClassVar[int]
    HEART_VALUE_FIELD_NUMBER: _ClassVar[int]
    PATTERN_REF_VALUE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_VALUE_FIELD_NUMBER: _ClassVar[int]
    type: int
    format: TextFormat
    string_value: str
    user_value: TextPieceUser
    gift_value: TextPieceGift
    heart_value: TextPieceHeart
    pattern_ref_value: TextPiecePatternRef
    image_value: TextPieceImage
    def __init__(self, type: _Optional[int] = ..., format: _Optional[_Union[TextFormat, _Mapping]] = ..., string_value: _Optional[str] = ..., user_value: _Optional[_Union[TextPieceUser, _Mapping]] = ..., gift_value: _Optional[_Union[TextPieceGift, _Mapping]] = ..., heart_value: _Optional[_Union[TextPieceHeart, _Mapping]] = ..., pattern_ref_value: _Optional[_Union[TextPiecePatternRef, _Mapping]] = ..., image_value: _Optional[_Union[TextPieceImage, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("method", "msg_id", "room_id", "create_time", "monitor", "is_show_msg", "describe", "display_text", "fold_type", "anchor_fold_type", "priority_score", "log_id", "msg_process_filter_k", "msg_process_filter_v", "from_idc", "to_idc", "filter_msg_tags", "sei", "depend_root_id", "depend_id", "anchor_priority_score", "room_message_heat_level", "fold_type_for_web", "anchor_fold_type_for_web", "client_send_time", "dispatch_strategy")
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
    SEI_FIELD_NUMBER: _ClassVar[int]
    DEPEND_ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    DEPEND_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PRIORITY_SCORE_FIELD_NUMBER: _ClassVar[int]
    ROOM_MESSAGE_HEAT_LEVEL_FIELD_NUMBER: _ClassVar[int]
    FOLD_TYPE_FOR_WEB_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FOLD_TYPE_FOR_WEB_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    DISPATCH_STRATEGY_FIELD_NUMBER: _ClassVar[int]
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
    sei: LiveMessageSei
    depend_root_id: LiveMessageId
    depend_id: LiveMessageId
    anchor_priority_score: int
    room_message_heat_level: int
    fold_type_for_web: int
    anchor_fold_type_for_web: int
    client_send_time: int
    dispatch_strategy: int
    def __init__(self, method: _Optional[str] = ..., msg_id: _Optional[int] = ..., room_id: _Optional[int] = ..., create_time: _Optional[int] = ..., monitor: _Optional[int] = ..., is_show_msg: bool = ..., describe: _Optional[str] = ..., display_text: _Optional[_Union[Text, _Mapping]] = ..., fold_type: _Optional[int] = ..., anchor_fold_type: _Optional[int] = ..., priority_score: _Optional[int] = ..., log_id: _Optional[str] = ..., msg_process_filter_k: _Optional[str] = ..., msg_process_filter_v: _Optional[str] = ..., from_idc: _Optional[str] = ..., to_idc: _Optional[str] = ..., filter_msg_tags: _Optional[_Iterable[str]] = ..., sei: _Optional[_Union[LiveMessageSei, _Mapping]] = ..., depend_root_id: _Optional[_Union[LiveMessageId, _Mapping]] = ..., depend_id: _Optional[_Union[LiveMessageId, _Mapping]] = ..., anchor_priority_score: _Optional[int] = ..., room_message_heat_level: _Optional[int] = ..., fold_type_for_web: _Optional[int] = ..., anchor_fold_type_for_web: _Optional[int] = ..., client_send_time: _Optional[int] = ..., dispatch_strategy: _Optional[int] = ...) -> None: ...

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
    str: _builtins.str
    def __init__(self, display_type: _Optional[int] = ..., str: _Optional[_builtins.str] = ...) -> None: ...

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
    __slots__ = ("icon", "text", "str", "display_type", "padding", "font_style", "profile_card_panel", "background", "background_dark_mode", "icon_auto_mirrored", "background_auto_mirrored", "public_screen_show_style", "personal_card_show_style", "ranklist_online_audience_show_style", "multi_guest_show_style", "arrow_config", "padding_new_font")
    ICON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    STR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    PADDING_FIELD_NUMBER: _ClassVar[int]
    FONT_STYLE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_CARD_PANEL_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_DARK_MODE_FIELD_NUMBER: _ClassVar[int]
    ICON_AUTO_MIRRORED_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_AUTO_MIRRORED_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_SCREEN_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_CARD_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    RANKLIST_ONLINE_AUDIENCE_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_SHOW_STYLE_FIELD_NUMBER: _ClassVar[int]
    ARROW_CONFIG_FIELD_NUMBER: _ClassVar[int]
    PADDING_NEW_FONT_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    text: BadgeText
    str: _builtins.str
    display_type: int
    padding: PaddingInfo
    font_style: FontStyle
    profile_card_panel: ProfileCardPanel
    background: CombineBadgeBackground
    background_dark_mode: CombineBadgeBackground
    icon_auto_mirrored: bool
    background_auto_mirrored: bool
    public_screen_show_style: int
    personal_card_show_style: int
    ranklist_online_audience_show_style: int
    multi_guest_show_style: int
    arrow_config: ArrowConfig
    padding_new_font: PaddingInfo
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., text: _Optional[_Union[BadgeText, _Mapping]] = ..., str: _Optional[_builtins.str] = ..., display_type: _Optional[int] = ..., padding: _Optional[_Union[PaddingInfo, _Mapping]] = ..., font_style: _Optional[_Union[FontStyle, _Mapping]] = ..., profile_card_panel: _Optional[_Union[ProfileCardPanel, _Mapping]] = ..., background: _Optional[_Union[CombineBadgeBackground, _Mapping]] = ..., background_dark_mode: _Optional[_Union[CombineBadgeBackground, _Mapping]] = ..., icon_auto_mirrored: bool = ..., background_auto_mirrored: bool = ..., public_screen_show_style: _Optional[int] = ..., personal_card_show_style: _Optional[int] = ..., ranklist_online_audience_show_style: _Optional[int] = ..., multi_guest_show_style: _Optional[int] = ..., arrow_config: _Optional[_Union[ArrowConfig, _Mapping]] = ..., padding_new_font: _Optional[_Union[PaddingInfo, _Mapping]] = ...) -> None: ...

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
    openweburl: _builtins.str
    display: bool
    privilege_log_extra: PrivilegeLogExtra
    image: ImageBadge
    text: TextBadge
    str: StringBadge
    combine: CombineBadge
    is_customized: bool
    def __init__(self, display_type: _Optional[int] = ..., priority_type: _Optional[int] = ..., scene_type: _Optional[int] = ..., position: _Optional[int] = ..., display_status: _Optional[int] = ..., greyed_by_client: _Optional[int] = ..., exhibition_type: _Optional[int] = ..., openweburl: _Optional[_builtins.str] = ..., display: bool = ..., privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., image: _Optional[_Union[ImageBadge, _Mapping]] = ..., text: _Optional[_Union[TextBadge, _Mapping]] = ..., str: _Optional[_Union[StringBadge, _Mapping]] = ..., combine: _Optional[_Union[CombineBadge, _Mapping]] = ..., is_customized: bool = ...) -> None: ...

class UserHonor(_message.Message):
    __slots__ = ("diamond_icon", "name", "icon", "next_name", "level", "grade_describe", "score", "deprecated20", "next_icon", "deprecated23", "deprecated24", "deprecated25", "grade_icon_list", "screen_chat_type", "im_icon", "im_icon_with_level", "live_icon", "new_im_icon_with_level", "new_live_icon", "upgrade_need_consume", "next_privileges", "background", "background_back", "grade_banner")
    DIAMOND_ICON_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    NEXT_NAME_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    GRADE_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED20_FIELD_NUMBER: _ClassVar[int]
    NEXT_ICON_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED23_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED24_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED25_FIELD_NUMBER: _ClassVar[int]
    GRADE_ICON_LIST_FIELD_NUMBER: _ClassVar[int]
    SCREEN_CHAT_TYPE_FIELD_NUMBER: _ClassVar[int]
    IM_ICON_FIELD_NUMBER: _ClassVar[int]
    IM_ICON_WITH_LEVEL_FIELD_NUMBER: _ClassVar[int]
    LIVE_ICON_FIELD_NUMBER: _ClassVar[int]
    NEW_IM_ICON_WITH_LEVEL_FIELD_NUMBER: _ClassVar[int]
    NEW_LIVE_ICON_FIELD_NUMBER: _ClassVar[int]
    UPGRADE_NEED_CONSUME_FIELD_NUMBER: _ClassVar[int]
    NEXT_PRIVILEGES_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_BACK_FIELD_NUMBER: _ClassVar[int]
    GRADE_BANNER_FIELD_NUMBER: _ClassVar[int]
    diamond_icon: ImageModel
    name: str
    icon: ImageModel
    next_name: str
    level: int
    grade_describe: str
    score: int
    deprecated20: int
    next_icon: ImageModel
    deprecated23: int
    deprecated24: int
    deprecated25: int
    grade_icon_list: _containers.RepeatedCompositeFieldContainer[GradeIcon]
    screen_chat_type: int
    im_icon: ImageModel
    im_icon_with_level: ImageModel
    live_icon: ImageModel
    new_im_icon_with_level: ImageModel
    new_live_icon: ImageModel
    upgrade_need_consume: int
    next_privileges: str
    background: ImageModel
    background_back: ImageModel
    grade_banner: str
    def __init__(self, diamond_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., name: _Optional[str] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., next_name: _Optional[str] = ..., level: _Optional[int] = ..., grade_describe: _Optional[str] = ..., score: _Optional[int] = ..., deprecated20: _Optional[int] = ..., next_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., deprecated23: _Optional[int] = ..., deprecated24: _Optional[int] = ..., deprecated25: _Optional[int] = ..., grade_icon_list: _Optional[_Iterable[_Union[GradeIcon, _Mapping]]] = ..., screen_chat_type: _Optional[int] = ..., im_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., im_icon_with_level: _Optional[_Union[ImageModel, _Mapping]] = ..., live_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., new_im_icon_with_level: _Optional[_Union[ImageModel, _Mapping]] = ..., new_live_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., upgrade_need_consume: _Optional[int] = ..., next_privileges: _Optional[str] = ..., background: _Optional[_Union[ImageModel, _Mapping]] = ..., background_back: _Optional[_Union[ImageModel, _Mapping]] = ..., grade_banner: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("data", "prefer_data")
    class PreferDataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: ModelFansClubData
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[ModelFansClubData, _Mapping]] = ...) -> None: ...
    DATA_FIELD_NUMBER: _ClassVar[int]
    PREFER_DATA_FIELD_NUMBER: _ClassVar[int]
    data: FansClubData
    prefer_data: _containers.MessageMap[int, ModelFansClubData]
    def __init__(self, data: _Optional[_Union[FansClubData, _Mapping]] = ..., prefer_data: _Optional[_Mapping[int, ModelFansClubData]] = ...) -> None: ...

class UserAttr(_message.Message):
    __slots__ = ("is_muted", "is_admin", "is_super_admin", "has_voting_function", "is_channel_admin", "mute_duration", "admin_permissions")
    class AdminPermissionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    IS_MUTED_FIELD_NUMBER: _ClassVar[int]
    IS_ADMIN_FIELD_NUMBER: _ClassVar[int]
    IS_SUPER_ADMIN_FIELD_NUMBER: _ClassVar[int]
    HAS_VOTING_FUNCTION_FIELD_NUMBER: _ClassVar[int]
    IS_CHANNEL_ADMIN_FIELD_NUMBER: _ClassVar[int]
    MUTE_DURATION_FIELD_NUMBER: _ClassVar[int]
    ADMIN_PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    is_muted: bool
    is_admin: bool
    is_super_admin: bool
    has_voting_function: bool
    is_channel_admin: bool
    mute_duration: int
    admin_permissions: _containers.ScalarMap[int, int]
    def __init__(self, is_muted: bool = ..., is_admin: bool = ..., is_super_admin: bool = ..., has_voting_function: bool = ..., is_channel_admin: bool = ..., mute_duration: _Optional[int] = ..., admin_permissions: _Optional[_Mapping[int, int]] = ...) -> None: ...

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
    __slots__ = ("qualification", "is_subscribe", "badge", "enable_subscription", "subscriber_count", "is_in_grace_period", "is_subscribed_to_anchor", "sub_end_time", "timer_detail", "user_gift_sub_auth", "anchor_gift_sub_auth", "status", "package_id", "sol_room_display_text", "is_sol_eligible", "sub_split_status")
    QUALIFICATION_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    IS_IN_GRACE_PERIOD_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBED_TO_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    SUB_END_TIME_FIELD_NUMBER: _ClassVar[int]
    TIMER_DETAIL_FIELD_NUMBER: _ClassVar[int]
    USER_GIFT_SUB_AUTH_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_GIFT_SUB_AUTH_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SOL_ROOM_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    IS_SOL_ELIGIBLE_FIELD_NUMBER: _ClassVar[int]
    SUB_SPLIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    qualification: bool
    is_subscribe: bool
    badge: SubscribeBadge
    enable_subscription: bool
    subscriber_count: int
    is_in_grace_period: bool
    is_subscribed_to_anchor: bool
    sub_end_time: int
    timer_detail: TimerDetail
    user_gift_sub_auth: bool
    anchor_gift_sub_auth: bool
    status: int
    package_id: str
    sol_room_display_text: str
    is_sol_eligible: bool
    sub_split_status: SubSplitStatus
    def __init__(self, qualification: bool = ..., is_subscribe: bool = ..., badge: _Optional[_Union[SubscribeBadge, _Mapping]] = ..., enable_subscription: bool = ..., subscriber_count: _Optional[int] = ..., is_in_grace_period: bool = ..., is_subscribed_to_anchor: bool = ..., sub_end_time: _Optional[int] = ..., timer_detail: _Optional[_Union[TimerDetail, _Mapping]] = ..., user_gift_sub_auth: bool = ..., anchor_gift_sub_auth: bool = ..., status: _Optional[int] = ..., package_id: _Optional[str] = ..., sol_room_display_text: _Optional[str] = ..., is_sol_eligible: bool = ..., sub_split_status: _Optional[_Union[SubSplitStatus, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("id", "short_id", "nickname", "gender", "signature", "level", "birthday", "telephone", "avatar_thumb", "avatar_medium", "avatar_large", "verified", "experience", "city", "status", "create_time", "modify_time", "secret", "share_qrcode_uri", "income_share_percent", "badge_image_list", "follow_info", "pay_grade", "fans_club", "special_id", "user_attr", "pay_score", "ticket_count", "display_id", "verified_content", "top_fans", "sec_uid", "user_role", "subscribe_info", "badge_list", "id_str", "border", "avatar_border", "medal", "real_time_icons", "new_real_time_icons", "top_vip_no", "own_room", "anchor_info", "link_mic_stats", "with_commerce_permission", "with_fusion_shop_entry", "deprecated21", "webcast_anchor_level", "author_stats", "deprecated9", "activity_reward", "deprecated10", "deprecated11", "personal_card", "authentication_info", "deprecated12", "deprecated13", "deprecated14", "media_badge_image_list", "deprecated15", "user_vip_info", "commerce_webcast_config_ids", "border_list", "combo_badge_info", "mint_type_label", "fans_club_info", "deprecated19", "allow_find_by_contacts", "allow_others_download_video", "allow_others_download_when_sharing_video", "allow_share_show_profile", "allow_show_in_gossip", "allow_show_my_action", "allow_strange_comment", "allow_unfollower_comment", "allow_use_linkmic", "anchor_level", "avatar_jpg", "bg_img_url", "deprecated18", "deprecated16", "block_status", "comment_restrict", "constellation", "disable_ichat", "enable_ichat_img", "exp", "fan_ticket_count", "fold_stranger_chat", "follow_status", "deprecated28", "deprecated29", "ichat_restrict_type", "is_follower", "is_following", "need_profile_guide", "pay_scores", "push_comment_status", "push_digg", "push_follow", "push_friend_action", "push_ichat", "push_status", "push_video_post", "push_video_recommend", "stats", "deprecated17", "verified_reason", "with_car_management_permission", "upcoming_event_list", "scm_label", "ecommerce_entrance", "is_block", "is_subscribe", "is_anchor_marked", "enigma_info")
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
    BORDER_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BORDER_FIELD_NUMBER: _ClassVar[int]
    MEDAL_FIELD_NUMBER: _ClassVar[int]
    REAL_TIME_ICONS_FIELD_NUMBER: _ClassVar[int]
    NEW_REAL_TIME_ICONS_FIELD_NUMBER: _ClassVar[int]
    TOP_VIP_NO_FIELD_NUMBER: _ClassVar[int]
    OWN_ROOM_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_INFO_FIELD_NUMBER: _ClassVar[int]
    LINK_MIC_STATS_FIELD_NUMBER: _ClassVar[int]
    WITH_COMMERCE_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    WITH_FUSION_SHOP_ENTRY_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED21_FIELD_NUMBER: _ClassVar[int]
    WEBCAST_ANCHOR_LEVEL_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_STATS_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED9_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_REWARD_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED10_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED11_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_CARD_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_INFO_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED12_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED13_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED14_FIELD_NUMBER: _ClassVar[int]
    MEDIA_BADGE_IMAGE_LIST_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED15_FIELD_NUMBER: _ClassVar[int]
    USER_VIP_INFO_FIELD_NUMBER: _ClassVar[int]
    COMMERCE_WEBCAST_CONFIG_IDS_FIELD_NUMBER: _ClassVar[int]
    BORDER_LIST_FIELD_NUMBER: _ClassVar[int]
    COMBO_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
    MINT_TYPE_LABEL_FIELD_NUMBER: _ClassVar[int]
    FANS_CLUB_INFO_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED19_FIELD_NUMBER: _ClassVar[int]
    ALLOW_FIND_BY_CONTACTS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OTHERS_DOWNLOAD_VIDEO_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OTHERS_DOWNLOAD_WHEN_SHARING_VIDEO_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SHARE_SHOW_PROFILE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SHOW_IN_GOSSIP_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SHOW_MY_ACTION_FIELD_NUMBER: _ClassVar[int]
    ALLOW_STRANGE_COMMENT_FIELD_NUMBER: _ClassVar[int]
    ALLOW_UNFOLLOWER_COMMENT_FIELD_NUMBER: _ClassVar[int]
    ALLOW_USE_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LEVEL_FIELD_NUMBER: _ClassVar[int]
    AVATAR_JPG_FIELD_NUMBER: _ClassVar[int]
    BG_IMG_URL_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED18_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED16_FIELD_NUMBER: _ClassVar[int]
    BLOCK_STATUS_FIELD_NUMBER: _ClassVar[int]
    COMMENT_RESTRICT_FIELD_NUMBER: _ClassVar[int]
    CONSTELLATION_FIELD_NUMBER: _ClassVar[int]
    DISABLE_ICHAT_FIELD_NUMBER: _ClassVar[int]
    ENABLE_ICHAT_IMG_FIELD_NUMBER: _ClassVar[int]
    EXP_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_COUNT_FIELD_NUMBER: _ClassVar[int]
    FOLD_STRANGER_CHAT_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED28_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED29_FIELD_NUMBER: _ClassVar[int]
    ICHAT_RESTRICT_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWER_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWING_FIELD_NUMBER: _ClassVar[int]
    NEED_PROFILE_GUIDE_FIELD_NUMBER: _ClassVar[int]
    PAY_SCORES_FIELD_NUMBER: _ClassVar[int]
    PUSH_COMMENT_STATUS_FIELD_NUMBER: _ClassVar[int]
    PUSH_DIGG_FIELD_NUMBER: _ClassVar[int]
    PUSH_FOLLOW_FIELD_NUMBER: _ClassVar[int]
    PUSH_FRIEND_ACTION_FIELD_NUMBER: _ClassVar[int]
    PUSH_ICHAT_FIELD_NUMBER: _ClassVar[int]
    PUSH_STATUS_FIELD_NUMBER: _ClassVar[int]
    PUSH_VIDEO_POST_FIELD_NUMBER: _ClassVar[int]
    PUSH_VIDEO_RECOMMEND_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    DEPRECATED17_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_REASON_FIELD_NUMBER: _ClassVar[int]
    WITH_CAR_MANAGEMENT_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    UPCOMING_EVENT_LIST_FIELD_NUMBER: _ClassVar[int]
    SCM_LABEL_FIELD_NUMBER: _ClassVar[int]
    ECOMMERCE_ENTRANCE_FIELD_NUMBER: _ClassVar[int]
    IS_BLOCK_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_MARKED_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_INFO_FIELD_NUMBER: _ClassVar[int]
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
    border: ModelBorderInfo
    avatar_border: ImageModel
    medal: ImageModel
    real_time_icons: _containers.RepeatedCompositeFieldContainer[ImageModel]
    new_real_time_icons: _containers.RepeatedCompositeFieldContainer[ImageModel]
    top_vip_no: int
    own_room: OwnRoom
    anchor_info: AnchorInfo
    link_mic_stats: int
    with_commerce_permission: bool
    with_fusion_shop_entry: bool
    deprecated21: int
    webcast_anchor_level: AnchorLevel
    author_stats: Author
    deprecated9: bytes
    activity_reward: ActivityRewardInfo
    deprecated10: bytes
    deprecated11: bytes
    personal_card: ImageModel
    authentication_info: AuthenticationInfo
    deprecated12: int
    deprecated13: int
    deprecated14: bytes
    media_badge_image_list: _containers.RepeatedCompositeFieldContainer[ImageModel]
    deprecated15: int
    user_vip_info: bytes
    commerce_webcast_config_ids: _containers.RepeatedScalarFieldContainer[int]
    border_list: _containers.RepeatedCompositeFieldContainer[ModelBorderInfo]
    combo_badge_info: ComboBadgeInfo
    mint_type_label: _containers.RepeatedScalarFieldContainer[int]
    fans_club_info: FansClubInfo
    deprecated19: bool
    allow_find_by_contacts: bool
    allow_others_download_video: bool
    allow_others_download_when_sharing_video: bool
    allow_share_show_profile: bool
    allow_show_in_gossip: bool
    allow_show_my_action: bool
    allow_strange_comment: bool
    allow_unfollower_comment: bool
    allow_use_linkmic: bool
    anchor_level: AnchorLevel
    avatar_jpg: ImageModel
    bg_img_url: str
    deprecated18: str
    deprecated16: bool
    block_status: int
    comment_restrict: int
    constellation: str
    disable_ichat: int
    enable_ichat_img: int
    exp: int
    fan_ticket_count: int
    fold_stranger_chat: bool
    follow_status: int
    deprecated28: bool
    deprecated29: str
    ichat_restrict_type: int
    is_follower: bool
    is_following: bool
    need_profile_guide: bool
    pay_scores: int
    push_comment_status: bool
    push_digg: bool
    push_follow: bool
    push_friend_action: bool
    push_ichat: bool
    push_status: bool
    push_video_post: bool
    push_video_recommend: bool
    stats: bytes
    deprecated17: bool
    verified_reason: str
    with_car_management_permission: bool
    upcoming_event_list: _containers.RepeatedCompositeFieldContainer[LiveEventInfo]
    scm_label: str
    ecommerce_entrance: EcommerceEntrance
    is_block: bool
    is_subscribe: bool
    is_anchor_marked: bool
    enigma_info: EnigmaInfo
    def __init__(self, id: _Optional[int] = ..., short_id: _Optional[int] = ..., nickname: _Optional[str] = ..., gender: _Optional[int] = ..., signature: _Optional[str] = ..., level: _Optional[int] = ..., birthday: _Optional[int] = ..., telephone: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_medium: _Optional[_Union[ImageModel, _Mapping]] = ..., avatar_large: _Optional[_Union[ImageModel, _Mapping]] = ..., verified: bool = ..., experience: _Optional[int] = ..., city: _Optional[str] = ..., status: _Optional[int] = ..., create_time: _Optional[int] = ..., modify_time: _Optional[int] = ..., secret: _Optional[int] = ..., share_qrcode_uri: _Optional[str] = ..., income_share_percent: _Optional[int] = ..., badge_image_list: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., follow_info: _Optional[_Union[FollowInfo, _Mapping]] = ..., pay_grade: _Optional[_Union[UserHonor, _Mapping]] = ..., fans_club: _Optional[_Union[FansClubMember, _Mapping]] = ..., special_id: _Optional[str] = ..., user_attr: _Optional[_Union[UserAttr, _Mapping]] = ..., pay_score: _Optional[int] = ..., ticket_count: _Optional[int] = ..., display_id: _Optional[str] = ..., verified_content: _Optional[str] = ..., top_fans: _Optional[_Iterable[_Union[User, _Mapping]]] = ..., sec_uid: _Optional[str] = ..., user_role: _Optional[int] = ..., subscribe_info: _Optional[_Union[SubscribeInfo, _Mapping]] = ..., badge_list: _Optional[_Iterable[_Union[BadgeStruct, _Mapping]]] = ..., id_str: _Optional[str] = ..., border: _Optional[_Union[ModelBorderInfo, _Mapping]] = ..., avatar_border: _Optional[_Union[ImageModel, _Mapping]] = ..., medal: _Optional[_Union[ImageModel, _Mapping]] = ..., real_time_icons: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., new_real_time_icons: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., top_vip_no: _Optional[int] = ..., own_room: _Optional[_Union[OwnRoom, _Mapping]] = ..., anchor_info: _Optional[_Union[AnchorInfo, _Mapping]] = ..., link_mic_stats: _Optional[int] = ..., with_commerce_permission: bool = ..., with_fusion_shop_entry: bool = ..., deprecated21: _Optional[int] = ..., webcast_anchor_level: _Optional[_Union[AnchorLevel, _Mapping]] = ..., author_stats: _Optional[_Union[Author, _Mapping]] = ..., deprecated9: _Optional[bytes] = ..., activity_reward: _Optional[_Union[ActivityRewardInfo, _Mapping]] = ..., deprecated10: _Optional[bytes] = ..., deprecated11: _Optional[bytes] = ..., personal_card: _Optional[_Union[ImageModel, _Mapping]] = ..., authentication_info: _Optional[_Union[AuthenticationInfo, _Mapping]] = ..., deprecated12: _Optional[int] = ..., deprecated13: _Optional[int] = ..., deprecated14: _Optional[bytes] = ..., media_badge_image_list: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., deprecated15: _Optional[int] = ..., user_vip_info: _Optional[bytes] = ..., commerce_webcast_config_ids: _Optional[_Iterable[int]] = ..., border_list: _Optional[_Iterable[_Union[ModelBorderInfo, _Mapping]]] = ..., combo_badge_info: _Optional[_Union[ComboBadgeInfo, _Mapping]] = ..., mint_type_label: _Optional[_Iterable[int]] = ..., fans_club_info: _Optional[_Union[FansClubInfo, _Mapping]] = ..., deprecated19: bool = ..., allow_find_by_contacts: bool = ..., allow_others_download_video: bool = ..., allow_others_download_when_sharing_video: bool = ..., allow_share_show_profile: bool = ..., allow_show_in_gossip: bool = ..., allow_show_my_action: bool = ..., allow_strange_comment: bool = ..., allow_unfollower_comment: bool = ..., allow_use_linkmic: bool = ..., anchor_level: _Optional[_Union[AnchorLevel, _Mapping]] = ..., avatar_jpg: _Optional[_Union[ImageModel, _Mapping]] = ..., bg_img_url: _Optional[str] = ..., deprecated18: _Optional[str] = ..., deprecated16: bool = ..., block_status: _Optional[int] = ..., comment_restrict: _Optional[int] = ..., constellation: _Optional[str] = ..., disable_ichat: _Optional[int] = ..., enable_ichat_img: _Optional[int] = ..., exp: _Optional[int] = ..., fan_ticket_count: _Optional[int] = ..., fold_stranger_chat: bool = ..., follow_status: _Optional[int] = ..., deprecated28: bool = ..., deprecated29: _Optional[str] = ..., ichat_restrict_type: _Optional[int] = ..., is_follower: bool = ..., is_following: bool = ..., need_profile_guide: bool = ..., pay_scores: _Optional[int] = ..., push_comment_status: bool = ..., push_digg: bool = ..., push_follow: bool = ..., push_friend_action: bool = ..., push_ichat: bool = ..., push_status: bool = ..., push_video_post: bool = ..., push_video_recommend: bool = ..., stats: _Optional[bytes] = ..., deprecated17: bool = ..., verified_reason: _Optional[str] = ..., with_car_management_permission: bool = ..., upcoming_event_list: _Optional[_Iterable[_Union[LiveEventInfo, _Mapping]]] = ..., scm_label: _Optional[str] = ..., ecommerce_entrance: _Optional[_Union[EcommerceEntrance, _Mapping]] = ..., is_block: bool = ..., is_subscribe: bool = ..., is_anchor_marked: bool = ..., enigma_info: _Optional[_Union[EnigmaInfo, _Mapping]] = ...) -> None: ...
    @property
    def bio_description(self) -> str: ...
    @property
    def deprecated1(self) -> int: ...
    @property
    def deprecated2(self) -> int: ...
    @property
    def deprecated3(self) -> int: ...
    @property
    def deprecated4(self) -> int: ...
    @property
    def deprecated5(self) -> str: ...
    @property
    def deprecated6(self) -> int: ...
    @property
    def deprecated7(self) -> str: ...
    @property
    def deprecated8(self) -> int: ...

class Gift(_message.Message):
    __slots__ = ("image", "describe", "duration", "id", "for_linkmic", "combo", "type", "diamond_count", "is_displayed_on_panel", "primary_effect_id", "gift_label_icon", "name", "icon", "gold_effect", "preview_image", "gift_panel_banner", "is_broadcast_gift", "is_effect_befview", "is_random_gift", "is_box_gift", "can_put_in_gift_box", "gift_box_info", "tracker_params", "lock_info", "color_infos", "gift_rank_recommend_info", "random_effect_info", "gift_sub_type", "gift_vertical_scenarios", "group_in_tab", "is_gallery_gift", "gift_sponsor_info", "gift_skins", "gift_label_type", "gift_texts", "gift_skin_to_gift_texts_infos", "expiration_timestamp", "batch_gift_info", "is_global_gift", "disable_gallery_banner", "ug_gift_info", "cross_screen_effect_info", "beacon_bubble", "gift_resources", "resource_id", "biz_extra", "lynx_cross_screen_effect_info", "gift_struct_hash", "scheme_info", "series_info", "color_picker_info", "music_info", "gift_bottom_right_label_icon", "strategy_event")
    class TrackerParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class GiftResourcesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: GiftResource
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[GiftResource, _Mapping]] = ...) -> None: ...
    class BizExtraEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: str
        def __init__(self, key: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...
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
    GOLD_EFFECT_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_IMAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_PANEL_BANNER_FIELD_NUMBER: _ClassVar[int]
    IS_BROADCAST_GIFT_FIELD_NUMBER: _ClassVar[int]
    IS_EFFECT_BEFVIEW_FIELD_NUMBER: _ClassVar[int]
    IS_RANDOM_GIFT_FIELD_NUMBER: _ClassVar[int]
    IS_BOX_GIFT_FIELD_NUMBER: _ClassVar[int]
    CAN_PUT_IN_GIFT_BOX_FIELD_NUMBER: _ClassVar[int]
    GIFT_BOX_INFO_FIELD_NUMBER: _ClassVar[int]
    TRACKER_PARAMS_FIELD_NUMBER: _ClassVar[int]
    LOCK_INFO_FIELD_NUMBER: _ClassVar[int]
    COLOR_INFOS_FIELD_NUMBER: _ClassVar[int]
    GIFT_RANK_RECOMMEND_INFO_FIELD_NUMBER: _ClassVar[int]
    RANDOM_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_VERTICAL_SCENARIOS_FIELD_NUMBER: _ClassVar[int]
    GROUP_IN_TAB_FIELD_NUMBER: _ClassVar[int]
    IS_GALLERY_GIFT_FIELD_NUMBER: _ClassVar[int]
    GIFT_SPONSOR_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_SKINS_FIELD_NUMBER: _ClassVar[int]
    GIFT_LABEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_TEXTS_FIELD_NUMBER: _ClassVar[int]
    GIFT_SKIN_TO_GIFT_TEXTS_INFOS_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    BATCH_GIFT_INFO_FIELD_NUMBER: _ClassVar[int]
    IS_GLOBAL_GIFT_FIELD_NUMBER: _ClassVar[int]
    DISABLE_GALLERY_BANNER_FIELD_NUMBER: _ClassVar[int]
    UG_GIFT_INFO_FIELD_NUMBER: _ClassVar[int]
    CROSS_SCREEN_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    BEACON_BUBBLE_FIELD_NUMBER: _ClassVar[int]
    GIFT_RESOURCES_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    BIZ_EXTRA_FIELD_NUMBER: _ClassVar[int]
    LYNX_CROSS_SCREEN_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_STRUCT_HASH_FIELD_NUMBER: _ClassVar[int]
    SCHEME_INFO_FIELD_NUMBER: _ClassVar[int]
    SERIES_INFO_FIELD_NUMBER: _ClassVar[int]
    COLOR_PICKER_INFO_FIELD_NUMBER: _ClassVar[int]
    MUSIC_INFO_FIELD_NUMBER: _ClassVar[int]
    GIFT_BOTTOM_RIGHT_LABEL_ICON_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_EVENT_FIELD_NUMBER: _ClassVar[int]
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
    gold_effect: str
    preview_image: ImageModel
    gift_panel_banner: GiftPanelBanner
    is_broadcast_gift: bool
    is_effect_befview: bool
    is_random_gift: bool
    is_box_gift: bool
    can_put_in_gift_box: bool
    gift_box_info: GiftBoxInfo
    tracker_params: _containers.ScalarMap[str, str]
    lock_info: GiftLockInfo
    color_infos: _containers.RepeatedCompositeFieldContainer[GiftColorInfo]
    gift_rank_recommend_info: str
    random_effect_info: GiftRandomEffectInfo
    gift_sub_type: int
    gift_vertical_scenarios: _containers.RepeatedScalarFieldContainer[int]
    group_in_tab: int
    is_gallery_gift: bool
    gift_sponsor_info: GiftSponsorInfo
    gift_skins: _containers.RepeatedCompositeFieldContainer[GiftSkin]
    gift_label_type: int
    gift_texts: _containers.RepeatedCompositeFieldContainer[GiftText]
    gift_skin_to_gift_texts_infos: _containers.RepeatedCompositeFieldContainer[GiftSkinToGiftTextsInfo]
    expiration_timestamp: int
    batch_gift_info: BatchGiftInfo
    is_global_gift: bool
    disable_gallery_banner: bool
    ug_gift_info: UgGiftStructInfo
    cross_screen_effect_info: CrossScreenEffectInfo
    beacon_bubble: GiftPanelBeaconBubble
    gift_resources: _containers.MessageMap[str, GiftResource]
    resource_id: int
    biz_extra: _containers.ScalarMap[int, str]
    lynx_cross_screen_effect_info: LynxCrossScreenEffectInfo
    gift_struct_hash: str
    scheme_info: SchemeInfo
    series_info: GiftSeriesInfo
    color_picker_info: ColorPickerInfo
    music_info: MusicGiftInfo
    gift_bottom_right_label_icon: ImageModel
    strategy_event: str
    def __init__(self, image: _Optional[_Union[ImageModel, _Mapping]] = ..., describe: _Optional[str] = ..., duration: _Optional[int] = ..., id: _Optional[int] = ..., for_linkmic: bool = ..., combo: bool = ..., type: _Optional[int] = ..., diamond_count: _Optional[int] = ..., is_displayed_on_panel: bool = ..., primary_effect_id: _Optional[int] = ..., gift_label_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., name: _Optional[str] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., gold_effect: _Optional[str] = ..., preview_image: _Optional[_Union[ImageModel, _Mapping]] = ..., gift_panel_banner: _Optional[_Union[GiftPanelBanner, _Mapping]] = ..., is_broadcast_gift: bool = ..., is_effect_befview: bool = ..., is_random_gift: bool = ..., is_box_gift: bool = ..., can_put_in_gift_box: bool = ..., gift_box_info: _Optional[_Union[GiftBoxInfo, _Mapping]] = ..., tracker_params: _Optional[_Mapping[str, str]] = ..., lock_info: _Optional[_Union[GiftLockInfo, _Mapping]] = ..., color_infos: _Optional[_Iterable[_Union[GiftColorInfo, _Mapping]]] = ..., gift_rank_recommend_info: _Optional[str] = ..., random_effect_info: _Optional[_Union[GiftRandomEffectInfo, _Mapping]] = ..., gift_sub_type: _Optional[int] = ..., gift_vertical_scenarios: _Optional[_Iterable[int]] = ..., group_in_tab: _Optional[int] = ..., is_gallery_gift: bool = ..., gift_sponsor_info: _Optional[_Union[GiftSponsorInfo, _Mapping]] = ..., gift_skins: _Optional[_Iterable[_Union[GiftSkin, _Mapping]]] = ..., gift_label_type: _Optional[int] = ..., gift_texts: _Optional[_Iterable[_Union[GiftText, _Mapping]]] = ..., gift_skin_to_gift_texts_infos: _Optional[_Iterable[_Union[GiftSkinToGiftTextsInfo, _Mapping]]] = ..., expiration_timestamp: _Optional[int] = ..., batch_gift_info: _Optional[_Union[BatchGiftInfo, _Mapping]] = ..., is_global_gift: bool = ..., disable_gallery_banner: bool = ..., ug_gift_info: _Optional[_Union[UgGiftStructInfo, _Mapping]] = ..., cross_screen_effect_info: _Optional[_Union[CrossScreenEffectInfo, _Mapping]] = ..., beacon_bubble: _Optional[_Union[GiftPanelBeaconBubble, _Mapping]] = ..., gift_resources: _Optional[_Mapping[str, GiftResource]] = ..., resource_id: _Optional[int] = ..., biz_extra: _Optional[_Mapping[int, str]] = ..., lynx_cross_screen_effect_info: _Optional[_Union[LynxCrossScreenEffectInfo, _Mapping]] = ..., gift_struct_hash: _Optional[str] = ..., scheme_info: _Optional[_Union[SchemeInfo, _Mapping]] = ..., series_info: _Optional[_Union[GiftSeriesInfo, _Mapping]] = ..., color_picker_info: _Optional[_Union[ColorPickerInfo, _Mapping]] = ..., music_info: _Optional[_Union[MusicGiftInfo, _Mapping]] = ..., gift_bottom_right_label_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., strategy_event: _Optional[str] = ...) -> None: ...

class EmoteModel(_message.Message):
    __slots__ = ("emote_id", "image", "audit_status", "uuid", "emote_type", "content_source", "emote_private_type", "package_id", "audit_info", "reward_condition", "emote_upload_info", "create_time", "emote_scene")
    EMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    UUID_FIELD_NUMBER: _ClassVar[int]
    EMOTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_SOURCE_FIELD_NUMBER: _ClassVar[int]
    EMOTE_PRIVATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_ID_FIELD_NUMBER: _ClassVar[int]
    AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    REWARD_CONDITION_FIELD_NUMBER: _ClassVar[int]
    EMOTE_UPLOAD_INFO_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    EMOTE_SCENE_FIELD_NUMBER: _ClassVar[int]
    emote_id: str
    image: ImageModel
    audit_status: int
    uuid: str
    emote_type: int
    content_source: int
    emote_private_type: int
    package_id: str
    audit_info: EmoteModelAuditInfo
    reward_condition: int
    emote_upload_info: EmoteUploadInfo
    create_time: int
    emote_scene: int
    def __init__(self, emote_id: _Optional[str] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ..., audit_status: _Optional[int] = ..., uuid: _Optional[str] = ..., emote_type: _Optional[int] = ..., content_source: _Optional[int] = ..., emote_private_type: _Optional[int] = ..., package_id: _Optional[str] = ..., audit_info: _Optional[_Union[EmoteModelAuditInfo, _Mapping]] = ..., reward_condition: _Optional[int] = ..., emote_upload_info: _Optional[_Union[EmoteUploadInfo, _Mapping]] = ..., create_time: _Optional[int] = ..., emote_scene: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("score", "user", "rank", "delta")
    SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    score: int
    user: User
    rank: int
    delta: int
    def __init__(self, score: _Optional[int] = ..., user: _Optional[_Union[User, _Mapping]] = ..., rank: _Optional[int] = ..., delta: _Optional[int] = ...) -> None: ...
    @property
    def coin_count(self) -> int: ...

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
    __slots__ = ("envelope_id", "business_type", "envelope_idc", "send_user_name", "diamond_count", "people_count", "unpack_at", "send_user_id", "send_user_avatar", "create_at", "room_id", "follow_show_status", "skin_id", "vote_count", "sender_enigma_info", "super_fan_count")
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
    VOTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    SENDER_ENIGMA_INFO_FIELD_NUMBER: _ClassVar[int]
    SUPER_FAN_COUNT_FIELD_NUMBER: _ClassVar[int]
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
    vote_count: int
    sender_enigma_info: EnvelopeEnigmaInfo
    super_fan_count: int
    def __init__(self, envelope_id: _Optional[str] = ..., business_type: _Optional[int] = ..., envelope_idc: _Optional[str] = ..., send_user_name: _Optional[str] = ..., diamond_count: _Optional[int] = ..., people_count: _Optional[int] = ..., unpack_at: _Optional[int] = ..., send_user_id: _Optional[str] = ..., send_user_avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., create_at: _Optional[str] = ..., room_id: _Optional[str] = ..., follow_show_status: _Optional[int] = ..., skin_id: _Optional[int] = ..., vote_count: _Optional[int] = ..., sender_enigma_info: _Optional[_Union[EnvelopeEnigmaInfo, _Mapping]] = ..., super_fan_count: _Optional[int] = ...) -> None: ...

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
        value: TitleData
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[TitleData, _Mapping]] = ...) -> None: ...
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    END_TIME_IN_MS_FIELD_NUMBER: _ClassVar[int]
    progress: _containers.MessageMap[int, TitleData]
    period: int
    end_time_in_ms: int
    def __init__(self, progress: _Optional[_Mapping[int, TitleData]] = ..., period: _Optional[int] = ..., end_time_in_ms: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("type", "id", "progress", "target", "gift", "id_str", "pin_info", "source", "recommended_text", "recommended_header")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    ID_STR_FIELD_NUMBER: _ClassVar[int]
    PIN_INFO_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_TEXT_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_HEADER_FIELD_NUMBER: _ClassVar[int]
    type: int
    id: int
    progress: int
    target: int
    gift: GoalSubGoalGift
    id_str: str
    pin_info: SubGoalPinInfo
    source: int
    recommended_text: str
    recommended_header: str
    def __init__(self, type: _Optional[int] = ..., id: _Optional[int] = ..., progress: _Optional[int] = ..., target: _Optional[int] = ..., gift: _Optional[_Union[GoalSubGoalGift, _Mapping]] = ..., id_str: _Optional[str] = ..., pin_info: _Optional[_Union[SubGoalPinInfo, _Mapping]] = ..., source: _Optional[int] = ..., recommended_text: _Optional[str] = ..., recommended_header: _Optional[str] = ...) -> None: ...

class GoalContributor(_message.Message):
    __slots__ = ("user_id", "avatar", "display_id", "score", "user_id_str", "in_room", "is_friend", "follow_by_owner", "is_fist_contribute", "sub_goal_contributions", "enigma_info")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    IN_ROOM_FIELD_NUMBER: _ClassVar[int]
    IS_FRIEND_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_BY_OWNER_FIELD_NUMBER: _ClassVar[int]
    IS_FIST_CONTRIBUTE_FIELD_NUMBER: _ClassVar[int]
    SUB_GOAL_CONTRIBUTIONS_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_INFO_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    avatar: ImageModel
    display_id: str
    score: int
    user_id_str: str
    in_room: bool
    is_friend: bool
    follow_by_owner: bool
    is_fist_contribute: bool
    sub_goal_contributions: _containers.RepeatedCompositeFieldContainer[SubGoalContribution]
    enigma_info: EnigmaInfo
    def __init__(self, user_id: _Optional[int] = ..., avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., score: _Optional[int] = ..., user_id_str: _Optional[str] = ..., in_room: bool = ..., is_friend: bool = ..., follow_by_owner: bool = ..., is_fist_contribute: bool = ..., sub_goal_contributions: _Optional[_Iterable[_Union[SubGoalContribution, _Mapping]]] = ..., enigma_info: _Optional[_Union[EnigmaInfo, _Mapping]] = ...) -> None: ...

class LiveStreamGoal(_message.Message):
    __slots__ = ("id", "type", "status", "sub_goals", "description", "audit_status", "cycle_type", "start_time", "expire_time", "real_finish_time", "contributors", "contributors_length", "id_str", "audit_description", "stats", "goal_extra_info", "mode", "audit_info", "challenge_type", "is_uneditable", "goal_reward", "create_source")
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
    AUDIT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    GOAL_EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_UNEDITABLE_FIELD_NUMBER: _ClassVar[int]
    GOAL_REWARD_FIELD_NUMBER: _ClassVar[int]
    CREATE_SOURCE_FIELD_NUMBER: _ClassVar[int]
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
    audit_description: str
    stats: GoalStats
    goal_extra_info: str
    mode: int
    audit_info: AuditInfo
    challenge_type: str
    is_uneditable: bool
    goal_reward: GoalReward
    create_source: int
    def __init__(self, id: _Optional[int] = ..., type: _Optional[int] = ..., status: _Optional[int] = ..., sub_goals: _Optional[_Iterable[_Union[GoalSubGoal, _Mapping]]] = ..., description: _Optional[str] = ..., audit_status: _Optional[int] = ..., cycle_type: _Optional[int] = ..., start_time: _Optional[int] = ..., expire_time: _Optional[int] = ..., real_finish_time: _Optional[int] = ..., contributors: _Optional[_Iterable[_Union[GoalContributor, _Mapping]]] = ..., contributors_length: _Optional[int] = ..., id_str: _Optional[str] = ..., audit_description: _Optional[str] = ..., stats: _Optional[_Union[GoalStats, _Mapping]] = ..., goal_extra_info: _Optional[str] = ..., mode: _Optional[int] = ..., audit_info: _Optional[_Union[AuditInfo, _Mapping]] = ..., challenge_type: _Optional[str] = ..., is_uneditable: bool = ..., goal_reward: _Optional[_Union[GoalReward, _Mapping]] = ..., create_source: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("user_id", "asset_id", "notify", "avatar_border")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ASSET_ID_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BORDER_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    asset_id: int
    notify: WebcastRoomNotifyMessage
    avatar_border: ModelBorderInfo
    def __init__(self, user_id: _Optional[int] = ..., asset_id: _Optional[int] = ..., notify: _Optional[_Union[WebcastRoomNotifyMessage, _Mapping]] = ..., avatar_border: _Optional[_Union[ModelBorderInfo, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("from_user_id", "from_room_id", "to_rtc_ext_info", "rtc_join_channel", "vendor", "sec_from_user_id", "to_linkmic_id_str", "from_user", "required_mic_idx", "rtc_ext_info_map", "anchor_multi_live_enum", "anchor_setting_info", "inviter_linkmic_id_str", "from_top_host_info", "action_id", "linked_users", "dialog", "punish_info", "from_room_age_restricted", "from_tag", "ab_test_setting", "linker_invite_msg_extra")
    class RtcExtInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: str
        def __init__(self, key: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_JOIN_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    VENDOR_FIELD_NUMBER: _ClassVar[int]
    SEC_FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_MIC_IDX_FIELD_NUMBER: _ClassVar[int]
    RTC_EXT_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MULTI_LIVE_ENUM_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    INVITER_LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    FROM_TOP_HOST_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTION_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_AGE_RESTRICTED_FIELD_NUMBER: _ClassVar[int]
    FROM_TAG_FIELD_NUMBER: _ClassVar[int]
    AB_TEST_SETTING_FIELD_NUMBER: _ClassVar[int]
    LINKER_INVITE_MSG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    to_rtc_ext_info: str
    rtc_join_channel: bool
    vendor: int
    sec_from_user_id: str
    to_linkmic_id_str: str
    from_user: User
    required_mic_idx: int
    rtc_ext_info_map: _containers.ScalarMap[int, str]
    anchor_multi_live_enum: int
    anchor_setting_info: MultiLiveAnchorPanelSettings
    inviter_linkmic_id_str: str
    from_top_host_info: InviteTopHostInfo
    action_id: int
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkmicUserInfo]
    dialog: PerceptionDialogInfo
    punish_info: PunishEventInfo
    from_room_age_restricted: int
    from_tag: Tag
    ab_test_setting: _containers.RepeatedCompositeFieldContainer[CohostAbTestSetting]
    linker_invite_msg_extra: LinkerInviteMessageExtra
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., to_rtc_ext_info: _Optional[str] = ..., rtc_join_channel: bool = ..., vendor: _Optional[int] = ..., sec_from_user_id: _Optional[str] = ..., to_linkmic_id_str: _Optional[str] = ..., from_user: _Optional[_Union[User, _Mapping]] = ..., required_mic_idx: _Optional[int] = ..., rtc_ext_info_map: _Optional[_Mapping[int, str]] = ..., anchor_multi_live_enum: _Optional[int] = ..., anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., inviter_linkmic_id_str: _Optional[str] = ..., from_top_host_info: _Optional[_Union[InviteTopHostInfo, _Mapping]] = ..., action_id: _Optional[int] = ..., linked_users: _Optional[_Iterable[_Union[LinkmicUserInfo, _Mapping]]] = ..., dialog: _Optional[_Union[PerceptionDialogInfo, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., from_room_age_restricted: _Optional[int] = ..., from_tag: _Optional[_Union[Tag, _Mapping]] = ..., ab_test_setting: _Optional[_Iterable[_Union[CohostAbTestSetting, _Mapping]]] = ..., linker_invite_msg_extra: _Optional[_Union[LinkerInviteMessageExtra, _Mapping]] = ...) -> None: ...

class LinkerReplyContent(_message.Message):
    __slots__ = ("from_user_id", "from_room_id", "to_user_id", "link_type", "reply_status", "from_user", "to_user", "from_user_linkmic_info", "to_user_linkmic_info", "linker_setting", "rtc_ext_info_map", "invitee_mic_idx_update_info", "applier_mic_idx_info_map", "anchor_multi_live_enum", "anchor_setting_info", "action_id", "linked_users", "source_type")
    class RtcExtInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: str
        def __init__(self, key: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...
    class ApplierMicIdxInfoMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_FIELD_NUMBER: _ClassVar[int]
    TO_USER_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_LINKMIC_INFO_FIELD_NUMBER: _ClassVar[int]
    TO_USER_LINKMIC_INFO_FIELD_NUMBER: _ClassVar[int]
    LINKER_SETTING_FIELD_NUMBER: _ClassVar[int]
    RTC_EXT_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    INVITEE_MIC_IDX_UPDATE_INFO_FIELD_NUMBER: _ClassVar[int]
    APPLIER_MIC_IDX_INFO_MAP_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MULTI_LIVE_ENUM_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTION_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    from_user_id: int
    from_room_id: int
    to_user_id: int
    link_type: int
    reply_status: int
    from_user: User
    to_user: User
    from_user_linkmic_info: LinkmicInfo
    to_user_linkmic_info: LinkmicInfo
    linker_setting: LinkerSetting
    rtc_ext_info_map: _containers.ScalarMap[int, str]
    invitee_mic_idx_update_info: LinkerMicIdxUpdateInfo
    applier_mic_idx_info_map: _containers.ScalarMap[int, int]
    anchor_multi_live_enum: int
    anchor_setting_info: MultiLiveAnchorPanelSettings
    action_id: int
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkmicUserInfo]
    source_type: int
    def __init__(self, from_user_id: _Optional[int] = ..., from_room_id: _Optional[int] = ..., to_user_id: _Optional[int] = ..., link_type: _Optional[int] = ..., reply_status: _Optional[int] = ..., from_user: _Optional[_Union[User, _Mapping]] = ..., to_user: _Optional[_Union[User, _Mapping]] = ..., from_user_linkmic_info: _Optional[_Union[LinkmicInfo, _Mapping]] = ..., to_user_linkmic_info: _Optional[_Union[LinkmicInfo, _Mapping]] = ..., linker_setting: _Optional[_Union[LinkerSetting, _Mapping]] = ..., rtc_ext_info_map: _Optional[_Mapping[int, str]] = ..., invitee_mic_idx_update_info: _Optional[_Union[LinkerMicIdxUpdateInfo, _Mapping]] = ..., applier_mic_idx_info_map: _Optional[_Mapping[int, int]] = ..., anchor_multi_live_enum: _Optional[int] = ..., anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., action_id: _Optional[int] = ..., linked_users: _Optional[_Iterable[_Union[LinkmicUserInfo, _Mapping]]] = ..., source_type: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("linked_users", "anchor_multi_live_enum", "anchor_setting_info")
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_MULTI_LIVE_ENUM_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[LinkListUser]
    anchor_multi_live_enum: int
    anchor_setting_info: MultiLiveAnchorPanelSettings
    def __init__(self, linked_users: _Optional[_Iterable[_Union[LinkListUser, _Mapping]]] = ..., anchor_multi_live_enum: _Optional[int] = ..., anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("user", "room_id", "invite_type", "match_id", "inner_channel_id", "source_type", "group_channel_id", "play_type", "paired_time")
    USER_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    INNER_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    PAIRED_TIME_FIELD_NUMBER: _ClassVar[int]
    user: User
    room_id: int
    invite_type: int
    match_id: str
    inner_channel_id: int
    source_type: int
    group_channel_id: int
    play_type: int
    paired_time: int
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ..., room_id: _Optional[int] = ..., invite_type: _Optional[int] = ..., match_id: _Optional[str] = ..., inner_channel_id: _Optional[int] = ..., source_type: _Optional[int] = ..., group_channel_id: _Optional[int] = ..., play_type: _Optional[int] = ..., paired_time: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("progress", "from_user_id", "prompt_key", "log_id")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PROMPT_KEY_FIELD_NUMBER: _ClassVar[int]
    LOG_ID_FIELD_NUMBER: _ClassVar[int]
    progress: int
    from_user_id: int
    prompt_key: str
    log_id: str
    def __init__(self, progress: _Optional[int] = ..., from_user_id: _Optional[int] = ..., prompt_key: _Optional[str] = ..., log_id: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("icon_type", "title", "sub_title", "advice_action_text", "default_action_text", "violation_detail_url", "scene", "target_user_id", "target_room_id", "count_down_time", "show_feedback", "feedback_options", "policy_tip", "appeal_popup", "close_action_text")
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
    FEEDBACK_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    POLICY_TIP_FIELD_NUMBER: _ClassVar[int]
    APPEAL_POPUP_FIELD_NUMBER: _ClassVar[int]
    CLOSE_ACTION_TEXT_FIELD_NUMBER: _ClassVar[int]
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
    feedback_options: _containers.RepeatedCompositeFieldContainer[PerceptionFeedbackOption]
    policy_tip: int
    appeal_popup: int
    close_action_text: Text
    def __init__(self, icon_type: _Optional[int] = ..., title: _Optional[_Union[Text, _Mapping]] = ..., sub_title: _Optional[_Union[Text, _Mapping]] = ..., advice_action_text: _Optional[_Union[Text, _Mapping]] = ..., default_action_text: _Optional[_Union[Text, _Mapping]] = ..., violation_detail_url: _Optional[str] = ..., scene: _Optional[int] = ..., target_user_id: _Optional[int] = ..., target_room_id: _Optional[int] = ..., count_down_time: _Optional[int] = ..., show_feedback: bool = ..., feedback_options: _Optional[_Iterable[_Union[PerceptionFeedbackOption, _Mapping]]] = ..., policy_tip: _Optional[int] = ..., appeal_popup: _Optional[int] = ..., close_action_text: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("poll_sponsor", "gift_id", "title", "is_suggested_question", "user_cnt", "gift", "poll_id_str", "poll_duration", "time_remain", "suggested_question_key", "poll_index", "template_id")
    POLL_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    IS_SUGGESTED_QUESTION_FIELD_NUMBER: _ClassVar[int]
    USER_CNT_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    POLL_ID_STR_FIELD_NUMBER: _ClassVar[int]
    POLL_DURATION_FIELD_NUMBER: _ClassVar[int]
    TIME_REMAIN_FIELD_NUMBER: _ClassVar[int]
    SUGGESTED_QUESTION_KEY_FIELD_NUMBER: _ClassVar[int]
    POLL_INDEX_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    poll_sponsor: str
    gift_id: int
    title: str
    is_suggested_question: bool
    user_cnt: int
    gift: Gift
    poll_id_str: str
    poll_duration: int
    time_remain: int
    suggested_question_key: str
    poll_index: int
    template_id: int
    def __init__(self, poll_sponsor: _Optional[str] = ..., gift_id: _Optional[int] = ..., title: _Optional[str] = ..., is_suggested_question: bool = ..., user_cnt: _Optional[int] = ..., gift: _Optional[_Union[Gift, _Mapping]] = ..., poll_id_str: _Optional[str] = ..., poll_duration: _Optional[int] = ..., time_remain: _Optional[int] = ..., suggested_question_key: _Optional[str] = ..., poll_index: _Optional[int] = ..., template_id: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("common", "data")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    common: CommonMessageData
    data: Question
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., data: _Optional[_Union[Question, _Mapping]] = ...) -> None: ...
    @property
    def details(self) -> Question: ...

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
    __slots__ = ("rank_type", "own_rank", "default_content", "show_entrance_animation", "countdown", "prompt", "animation_info", "belong_type", "request_first_show_type", "supported_version", "owneronrank", "entranceicon", "affiliated_info", "class_info", "current_score", "list_schema")
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    OWN_RANK_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SHOW_ENTRANCE_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    COUNTDOWN_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_INFO_FIELD_NUMBER: _ClassVar[int]
    BELONG_TYPE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIRST_SHOW_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    OWNERONRANK_FIELD_NUMBER: _ClassVar[int]
    ENTRANCEICON_FIELD_NUMBER: _ClassVar[int]
    AFFILIATED_INFO_FIELD_NUMBER: _ClassVar[int]
    CLASS_INFO_FIELD_NUMBER: _ClassVar[int]
    CURRENT_SCORE_FIELD_NUMBER: _ClassVar[int]
    LIST_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    rank_type: int
    own_rank: int
    default_content: Text
    show_entrance_animation: bool
    countdown: int
    prompt: bytes
    animation_info: RankAnimationInfo
    belong_type: int
    request_first_show_type: int
    supported_version: int
    owneronrank: bool
    entranceicon: ImageModel
    affiliated_info: AffiliatedInfo
    class_info: ClassInfo
    current_score: int
    list_schema: str
    def __init__(self, rank_type: _Optional[int] = ..., own_rank: _Optional[int] = ..., default_content: _Optional[_Union[Text, _Mapping]] = ..., show_entrance_animation: bool = ..., countdown: _Optional[int] = ..., prompt: _Optional[bytes] = ..., animation_info: _Optional[_Union[RankAnimationInfo, _Mapping]] = ..., belong_type: _Optional[int] = ..., request_first_show_type: _Optional[int] = ..., supported_version: _Optional[int] = ..., owneronrank: bool = ..., entranceicon: _Optional[_Union[ImageModel, _Mapping]] = ..., affiliated_info: _Optional[_Union[AffiliatedInfo, _Mapping]] = ..., class_info: _Optional[_Union[ClassInfo, _Mapping]] = ..., current_score: _Optional[int] = ..., list_schema: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("time_to_live", "title", "desc", "image", "type", "id", "template_id", "goal_pin_card", "action_schema", "last_pin_timestamp", "extra_info", "highlight_text_num", "icons", "pin_source")
    TIME_TO_LIVE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_PIN_CARD_FIELD_NUMBER: _ClassVar[int]
    ACTION_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    LAST_PIN_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    EXTRA_INFO_FIELD_NUMBER: _ClassVar[int]
    HIGHLIGHT_TEXT_NUM_FIELD_NUMBER: _ClassVar[int]
    ICONS_FIELD_NUMBER: _ClassVar[int]
    PIN_SOURCE_FIELD_NUMBER: _ClassVar[int]
    time_to_live: int
    title: ApiText
    desc: ApiText
    image: ImageModel
    type: int
    id: int
    template_id: int
    goal_pin_card: SubGoalPinCard
    action_schema: str
    last_pin_timestamp: int
    extra_info: SubPinCardExtra
    highlight_text_num: int
    icons: _containers.RepeatedCompositeFieldContainer[ImageModel]
    pin_source: int
    def __init__(self, time_to_live: _Optional[int] = ..., title: _Optional[_Union[ApiText, _Mapping]] = ..., desc: _Optional[_Union[ApiText, _Mapping]] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ..., type: _Optional[int] = ..., id: _Optional[int] = ..., template_id: _Optional[int] = ..., goal_pin_card: _Optional[_Union[SubGoalPinCard, _Mapping]] = ..., action_schema: _Optional[str] = ..., last_pin_timestamp: _Optional[int] = ..., extra_info: _Optional[_Union[SubPinCardExtra, _Mapping]] = ..., highlight_text_num: _Optional[int] = ..., icons: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ..., pin_source: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("gift_id", "customized_desc", "gift_icon", "gift_price", "gift_pick_id", "gift_pick_id_str", "is_priority_request", "desc_source", "extra")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMIZED_DESC_FIELD_NUMBER: _ClassVar[int]
    GIFT_ICON_FIELD_NUMBER: _ClassVar[int]
    GIFT_PRICE_FIELD_NUMBER: _ClassVar[int]
    GIFT_PICK_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_PICK_ID_STR_FIELD_NUMBER: _ClassVar[int]
    IS_PRIORITY_REQUEST_FIELD_NUMBER: _ClassVar[int]
    DESC_SOURCE_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    customized_desc: str
    gift_icon: ImageModel
    gift_price: int
    gift_pick_id: int
    gift_pick_id_str: str
    is_priority_request: bool
    desc_source: int
    extra: GiftPickExtra
    def __init__(self, gift_id: _Optional[int] = ..., customized_desc: _Optional[str] = ..., gift_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., gift_price: _Optional[int] = ..., gift_pick_id: _Optional[int] = ..., gift_pick_id_str: _Optional[str] = ..., is_priority_request: bool = ..., desc_source: _Optional[int] = ..., extra: _Optional[_Union[GiftPickExtra, _Mapping]] = ...) -> None: ...

class GiftPickWithScore(_message.Message):
    __slots__ = ("gift_pick", "score")
    GIFT_PICK_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    gift_pick: GiftPick
    score: int
    def __init__(self, gift_pick: _Optional[_Union[GiftPick, _Mapping]] = ..., score: _Optional[int] = ...) -> None: ...

class ViewerPicksInfo(_message.Message):
    __slots__ = ("viewer_picks_id", "gift_pick_list", "status", "round_duration_sec", "start_time_ms", "end_time_ms", "has_duration", "has_score", "enable_auto_restart", "started_from_auto_restart", "viewer_picks_id_str", "display_mode", "scene", "header_image", "anchor_param", "extra", "started_from_auto_start")
    VIEWER_PICKS_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_PICK_LIST_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ROUND_DURATION_SEC_FIELD_NUMBER: _ClassVar[int]
    START_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    HAS_DURATION_FIELD_NUMBER: _ClassVar[int]
    HAS_SCORE_FIELD_NUMBER: _ClassVar[int]
    ENABLE_AUTO_RESTART_FIELD_NUMBER: _ClassVar[int]
    STARTED_FROM_AUTO_RESTART_FIELD_NUMBER: _ClassVar[int]
    VIEWER_PICKS_ID_STR_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_MODE_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    HEADER_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PARAM_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    STARTED_FROM_AUTO_START_FIELD_NUMBER: _ClassVar[int]
    viewer_picks_id: int
    gift_pick_list: _containers.RepeatedCompositeFieldContainer[GiftPickWithScore]
    status: int
    round_duration_sec: int
    start_time_ms: int
    end_time_ms: int
    has_duration: bool
    has_score: bool
    enable_auto_restart: bool
    started_from_auto_restart: bool
    viewer_picks_id_str: str
    display_mode: int
    scene: int
    header_image: ViewerPicksHeaderImage
    anchor_param: ViewerPickAnchorParam
    extra: ProfileExtra
    started_from_auto_start: bool
    def __init__(self, viewer_picks_id: _Optional[int] = ..., gift_pick_list: _Optional[_Iterable[_Union[GiftPickWithScore, _Mapping]]] = ..., status: _Optional[int] = ..., round_duration_sec: _Optional[int] = ..., start_time_ms: _Optional[int] = ..., end_time_ms: _Optional[int] = ..., has_duration: bool = ..., has_score: bool = ..., enable_auto_restart: bool = ..., started_from_auto_restart: bool = ..., viewer_picks_id_str: _Optional[str] = ..., display_mode: _Optional[int] = ..., scene: _Optional[int] = ..., header_image: _Optional[_Union[ViewerPicksHeaderImage, _Mapping]] = ..., anchor_param: _Optional[_Union[ViewerPickAnchorParam, _Mapping]] = ..., extra: _Optional[_Union[ProfileExtra, _Mapping]] = ..., started_from_auto_start: bool = ...) -> None: ...

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
    __slots__ = ("battle_id", "start_time_ms", "duration", "channel_id", "status", "invite_type", "battle_type", "extra_duration_second", "end_time_ms", "scene", "gift_mode_meta", "source_type", "ice_showdown_setting", "gameplay_option", "gift_mode_meta_v2")
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
    GIFT_MODE_META_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ICE_SHOWDOWN_SETTING_FIELD_NUMBER: _ClassVar[int]
    GAMEPLAY_OPTION_FIELD_NUMBER: _ClassVar[int]
    GIFT_MODE_META_V2_FIELD_NUMBER: _ClassVar[int]
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
    gift_mode_meta: GiftModeMeta
    source_type: int
    ice_showdown_setting: int
    gameplay_option: int
    gift_mode_meta_v2: GiftModeMetaV2
    def __init__(self, battle_id: _Optional[int] = ..., start_time_ms: _Optional[int] = ..., duration: _Optional[int] = ..., channel_id: _Optional[int] = ..., status: _Optional[int] = ..., invite_type: _Optional[int] = ..., battle_type: _Optional[int] = ..., extra_duration_second: _Optional[int] = ..., end_time_ms: _Optional[int] = ..., scene: _Optional[int] = ..., gift_mode_meta: _Optional[_Union[GiftModeMeta, _Mapping]] = ..., source_type: _Optional[int] = ..., ice_showdown_setting: _Optional[int] = ..., gameplay_option: _Optional[int] = ..., gift_mode_meta_v2: _Optional[_Union[GiftModeMetaV2, _Mapping]] = ...) -> None: ...

class BattleUserArmy(_message.Message):
    __slots__ = ("user_id", "score", "nickname", "avatar_thumb", "diamond_score", "user_id_str", "enigma_score", "is_enigma")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    IS_ENIGMA_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    score: int
    nickname: str
    avatar_thumb: ImageModel
    diamond_score: int
    user_id_str: str
    enigma_score: int
    is_enigma: bool
    def __init__(self, user_id: _Optional[int] = ..., score: _Optional[int] = ..., nickname: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., diamond_score: _Optional[int] = ..., user_id_str: _Optional[str] = ..., enigma_score: _Optional[int] = ..., is_enigma: bool = ...) -> None: ...

class BattleUserArmies(_message.Message):
    __slots__ = ("user_armies", "hostscore", "anchor_id_str", "host_enigma_score", "host_enigma_uv")
    USER_ARMIES_FIELD_NUMBER: _ClassVar[int]
    HOSTSCORE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    HOST_ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    HOST_ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    user_armies: _containers.RepeatedCompositeFieldContainer[BattleUserArmy]
    hostscore: int
    anchor_id_str: str
    host_enigma_score: int
    host_enigma_uv: int
    def __init__(self, user_armies: _Optional[_Iterable[_Union[BattleUserArmy, _Mapping]]] = ..., hostscore: _Optional[int] = ..., anchor_id_str: _Optional[str] = ..., host_enigma_score: _Optional[int] = ..., host_enigma_uv: _Optional[int] = ...) -> None: ...
    @property
    def host_score(self) -> int: ...

class BattleTeamUser(_message.Message):
    __slots__ = ("user_id", "score", "user_id_str", "enigma_score")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    score: int
    user_id_str: str
    enigma_score: int
    def __init__(self, user_id: _Optional[int] = ..., score: _Optional[int] = ..., user_id_str: _Optional[str] = ..., enigma_score: _Optional[int] = ...) -> None: ...

class BattleTeamUserArmies(_message.Message):
    __slots__ = ("team_id", "team_user", "team_total_score", "user_armies", "host_rank", "team_total_enigma_score", "team_total_enigma_uv", "host_visible_rank_from_team_id")
    class HostVisibleRankFromTeamIdEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_USER_FIELD_NUMBER: _ClassVar[int]
    TEAM_TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_ARMIES_FIELD_NUMBER: _ClassVar[int]
    HOST_RANK_FIELD_NUMBER: _ClassVar[int]
    TEAM_TOTAL_ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    TEAM_TOTAL_ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    HOST_VISIBLE_RANK_FROM_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    team_user: _containers.RepeatedCompositeFieldContainer[BattleTeamUser]
    team_total_score: int
    user_armies: BattleUserArmies
    host_rank: int
    team_total_enigma_score: int
    team_total_enigma_uv: int
    host_visible_rank_from_team_id: _containers.ScalarMap[int, int]
    def __init__(self, team_id: _Optional[int] = ..., team_user: _Optional[_Iterable[_Union[BattleTeamUser, _Mapping]]] = ..., team_total_score: _Optional[int] = ..., user_armies: _Optional[_Union[BattleUserArmies, _Mapping]] = ..., host_rank: _Optional[int] = ..., team_total_enigma_score: _Optional[int] = ..., team_total_enigma_uv: _Optional[int] = ..., host_visible_rank_from_team_id: _Optional[_Mapping[int, int]] = ...) -> None: ...
    @property
    def team_users(self) -> _containers.RepeatedCompositeFieldContainer[BattleTeamUser]: ...

class BattleResult(_message.Message):
    __slots__ = ("user_id", "result", "score", "diamond_score", "enigma_score", "enigma_uv")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    DIAMOND_SCORE_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    result: int
    score: int
    diamond_score: int
    enigma_score: int
    enigma_uv: int
    def __init__(self, user_id: _Optional[int] = ..., result: _Optional[int] = ..., score: _Optional[int] = ..., diamond_score: _Optional[int] = ..., enigma_score: _Optional[int] = ..., enigma_uv: _Optional[int] = ...) -> None: ...

class BattleBaseUserInfo(_message.Message):
    __slots__ = ("user_id", "nick_name", "avatar_thumb", "display_id", "room_id", "invitation_role")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ROLE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    nick_name: str
    avatar_thumb: ImageModel
    display_id: str
    room_id: int
    invitation_role: int
    def __init__(self, user_id: _Optional[int] = ..., nick_name: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., room_id: _Optional[int] = ..., invitation_role: _Optional[int] = ...) -> None: ...

class BattleUserInfo(_message.Message):
    __slots__ = ("user", "tags")
    USER_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    user: BattleBaseUserInfo
    tags: _containers.RepeatedCompositeFieldContainer[BattleRivalTag]
    def __init__(self, user: _Optional[_Union[BattleBaseUserInfo, _Mapping]] = ..., tags: _Optional[_Iterable[_Union[BattleRivalTag, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("user_id", "combo_status", "combo_count", "combo_icon_url", "combo_type", "combo_rule_guide_schema", "user_id_str", "combo_count_str")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    COMBO_STATUS_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMBO_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    COMBO_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMBO_RULE_GUIDE_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_STR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    combo_status: int
    combo_count: int
    combo_icon_url: str
    combo_type: int
    combo_rule_guide_schema: str
    user_id_str: str
    combo_count_str: str
    def __init__(self, user_id: _Optional[int] = ..., combo_status: _Optional[int] = ..., combo_count: _Optional[int] = ..., combo_icon_url: _Optional[str] = ..., combo_type: _Optional[int] = ..., combo_rule_guide_schema: _Optional[str] = ..., user_id_str: _Optional[str] = ..., combo_count_str: _Optional[str] = ...) -> None: ...

class BattleTeamResult(_message.Message):
    __slots__ = ("team_id", "team_user", "result", "total_score", "total_enigma_score", "total_enigma_uv")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_USER_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ENIGMA_SCORE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ENIGMA_UV_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    team_user: _containers.RepeatedCompositeFieldContainer[BattleTeamUser]
    result: int
    total_score: int
    total_enigma_score: int
    total_enigma_uv: int
    def __init__(self, team_id: _Optional[int] = ..., team_user: _Optional[_Iterable[_Union[BattleTeamUser, _Mapping]]] = ..., result: _Optional[int] = ..., total_score: _Optional[int] = ..., total_enigma_score: _Optional[int] = ..., total_enigma_uv: _Optional[int] = ...) -> None: ...
    @property
    def team_users(self) -> _containers.RepeatedCompositeFieldContainer[BattleTeamUser]: ...

class WebcastLinkMicBattle(_message.Message):
    __slots__ = ("common", "battle_id", "battle_settings", "action", "battle_result", "invitee_gift_permission_type", "armies", "anchors_info", "bubble_text", "battle_combo_v2", "action_by_user_id", "team_battle_result", "team_armies", "fuzzy_display_config", "supported_actions", "team_member", "invitees_gift_permission_type", "ab_test_setting", "team_match_campaign", "fuzzy_display_config_v2", "league_info_map", "league_score_info_map", "match_punish_extra_info", "enigma_battle_setting", "anchor_match_settings", "battle_feature_flags", "cross_room_layout", "tracking_extra", "match_theme_display_resource")
    class BattleResultEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleResult
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleResult, _Mapping]] = ...) -> None: ...
    class BattleComboV2Entry(_message.Message):
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
    BATTLE_COMBO_V2_FIELD_NUMBER: _ClassVar[int]
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
    battle_combo_v2: _containers.MessageMap[int, BattleComboInfo]
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
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., battle_settings: _Optional[_Union[BattleSetting, _Mapping]] = ..., action: _Optional[int] = ..., battle_result: _Optional[_Mapping[int, BattleResult]] = ..., invitee_gift_permission_type: _Optional[int] = ..., armies: _Optional[_Iterable[_Union[BattleUserArmiesWrapper, _Mapping]]] = ..., anchors_info: _Optional[_Iterable[_Union[BattleUserInfoWrapper, _Mapping]]] = ..., bubble_text: _Optional[str] = ..., battle_combo_v2: _Optional[_Mapping[int, BattleComboInfo]] = ..., action_by_user_id: _Optional[int] = ..., team_battle_result: _Optional[_Iterable[_Union[BattleTeamResult, _Mapping]]] = ..., team_armies: _Optional[_Iterable[_Union[BattleTeamUserArmies, _Mapping]]] = ..., fuzzy_display_config: _Optional[_Union[BattleDisplayConfig, _Mapping]] = ..., supported_actions: _Optional[_Iterable[_Union[SupportedActionsWrapper, _Mapping]]] = ..., team_member: _Optional[_Iterable[_Union[TeamUsersInfo, _Mapping]]] = ..., invitees_gift_permission_type: _Optional[_Iterable[_Union[BattleInviteeGiftPermission, _Mapping]]] = ..., ab_test_setting: _Optional[_Iterable[_Union[BattleAbTestSetting, _Mapping]]] = ..., team_match_campaign: _Optional[_Union[TeamMatchCampaign, _Mapping]] = ..., fuzzy_display_config_v2: _Optional[_Union[HighScoreControlCfg, _Mapping]] = ..., league_info_map: _Optional[_Mapping[int, GiftGalleryBadgeInfo]] = ..., league_score_info_map: _Optional[_Mapping[int, LeagueScoreInfo]] = ..., match_punish_extra_info: _Optional[_Union[MatchPunishExtraInfo, _Mapping]] = ..., enigma_battle_setting: _Optional[_Union[EnigmaBattleSetting, _Mapping]] = ..., anchor_match_settings: _Optional[_Mapping[int, AnchorMatchSettings]] = ..., battle_feature_flags: _Optional[_Union[BattleFeatureFlags, _Mapping]] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ..., tracking_extra: _Optional[_Mapping[str, str]] = ..., match_theme_display_resource: _Optional[_Union[MatchThemeDisplayResource, _Mapping]] = ...) -> None: ...
    @property
    def battle_combo(self) -> _containers.MessageMap[int, BattleComboInfo]: ...

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
    use_critical_strike_card: UseCriticalStrikeCard
    use_smoke_card: UseSmokeCard
    use_extra_time_card: UseExtraTimeCard
    use_special_effect_card: UseSpecialEffectCard
    use_potion_card: UsePotionCard
    use_wave_card: UseWaveCard
    card_obtain_guide: CardObtainGuide
    award_card_notice: AwardCardNotice
    special_effect_notice: SpecialEffectNotice
    use_top2_card: UseTop2Card
    use_top3_card: UseTop3Card
    use_vault_glove_card: UseVaultGloveCard
    award_reason: int
    def __init__(self, common: _Optional[_Union[CommonMessageData, _Mapping]] = ..., battle_id: _Optional[int] = ..., msg_type: _Optional[int] = ..., use_critical_strike_card: _Optional[_Union[UseCriticalStrikeCard, _Mapping]] = ..., use_smoke_card: _Optional[_Union[UseSmokeCard, _Mapping]] = ..., use_extra_time_card: _Optional[_Union[UseExtraTimeCard, _Mapping]] = ..., use_special_effect_card: _Optional[_Union[UseSpecialEffectCard, _Mapping]] = ..., use_potion_card: _Optional[_Union[UsePotionCard, _Mapping]] = ..., use_wave_card: _Optional[_Union[UseWaveCard, _Mapping]] = ..., card_obtain_guide: _Optional[_Union[CardObtainGuide, _Mapping]] = ..., award_card_notice: _Optional[_Union[AwardCardNotice, _Mapping]] = ..., special_effect_notice: _Optional[_Union[SpecialEffectNotice, _Mapping]] = ..., use_top2_card: _Optional[_Union[UseTop2Card, _Mapping]] = ..., use_top3_card: _Optional[_Union[UseTop3Card, _Mapping]] = ..., use_vault_glove_card: _Optional[_Union[UseVaultGloveCard, _Mapping]] = ..., award_reason: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("user_id", "fan_ticket", "match_total_score", "match_rank", "countdown_info", "play_info", "icon_name", "animation_name", "ticket_ui_style", "completion_progress_percent", "top_guest_rank", "ticket_ui_style_v2")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    MATCH_TOTAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    MATCH_RANK_FIELD_NUMBER: _ClassVar[int]
    COUNTDOWN_INFO_FIELD_NUMBER: _ClassVar[int]
    PLAY_INFO_FIELD_NUMBER: _ClassVar[int]
    ICON_NAME_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_NAME_FIELD_NUMBER: _ClassVar[int]
    TICKET_UI_STYLE_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_PROGRESS_PERCENT_FIELD_NUMBER: _ClassVar[int]
    TOP_GUEST_RANK_FIELD_NUMBER: _ClassVar[int]
    TICKET_UI_STYLE_V2_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    fan_ticket: int
    match_total_score: int
    match_rank: int
    countdown_info: UserCountdownInfo
    play_info: UserPlayInfo
    icon_name: str
    animation_name: str
    ticket_ui_style: str
    completion_progress_percent: int
    top_guest_rank: int
    ticket_ui_style_v2: str
    def __init__(self, user_id: _Optional[int] = ..., fan_ticket: _Optional[int] = ..., match_total_score: _Optional[int] = ..., match_rank: _Optional[int] = ..., countdown_info: _Optional[_Union[UserCountdownInfo, _Mapping]] = ..., play_info: _Optional[_Union[UserPlayInfo, _Mapping]] = ..., icon_name: _Optional[str] = ..., animation_name: _Optional[str] = ..., ticket_ui_style: _Optional[str] = ..., completion_progress_percent: _Optional[int] = ..., top_guest_rank: _Optional[int] = ..., ticket_ui_style_v2: _Optional[str] = ...) -> None: ...

class FanTicketRoomNotice(_message.Message):
    __slots__ = ("user_fan_ticket", "total_linkmic_fan_ticket", "match_id", "event_time", "fan_ticket_icon_url", "play_id", "play_scene", "version", "score_type")
    USER_FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    TOTAL_LINKMIC_FAN_TICKET_FIELD_NUMBER: _ClassVar[int]
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TIME_FIELD_NUMBER: _ClassVar[int]
    FAN_TICKET_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    PLAY_ID_FIELD_NUMBER: _ClassVar[int]
    PLAY_SCENE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SCORE_TYPE_FIELD_NUMBER: _ClassVar[int]
    user_fan_ticket: _containers.RepeatedCompositeFieldContainer[UserFanTicket]
    total_linkmic_fan_ticket: int
    match_id: int
    event_time: int
    fan_ticket_icon_url: str
    play_id: int
    play_scene: int
    version: int
    score_type: int
    def __init__(self, user_fan_ticket: _Optional[_Iterable[_Union[UserFanTicket, _Mapping]]] = ..., total_linkmic_fan_ticket: _Optional[int] = ..., match_id: _Optional[int] = ..., event_time: _Optional[int] = ..., fan_ticket_icon_url: _Optional[str] = ..., play_id: _Optional[int] = ..., play_scene: _Optional[int] = ..., version: _Optional[int] = ..., score_type: _Optional[int] = ...) -> None: ...
    @property
    def user_fan_ticket_list(self) -> _containers.RepeatedCompositeFieldContainer[UserFanTicket]: ...
    @property
    def total_link_mic_fan_ticket(self) -> int: ...

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
    __slots__ = ("applier_link_mic_id", "applier_linker_session_id", "applier")
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_FIELD_NUMBER: _ClassVar[int]
    applier_link_mic_id: str
    applier_linker_session_id: str
    applier: Player
    def __init__(self, applier_link_mic_id: _Optional[str] = ..., applier_linker_session_id: _Optional[str] = ..., applier: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class AssetBundle(_message.Message):
    __slots__ = ("assets", "prefab_bundle", "stream_effect_spec")
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    PREFAB_BUNDLE_FIELD_NUMBER: _ClassVar[int]
    STREAM_EFFECT_SPEC_FIELD_NUMBER: _ClassVar[int]
    assets: _containers.RepeatedCompositeFieldContainer[AssetsModel]
    prefab_bundle: PrefabBundle
    stream_effect_spec: GiftEffectStreamSpec
    def __init__(self, assets: _Optional[_Iterable[_Union[AssetsModel, _Mapping]]] = ..., prefab_bundle: _Optional[_Union[PrefabBundle, _Mapping]] = ..., stream_effect_spec: _Optional[_Union[GiftEffectStreamSpec, _Mapping]] = ...) -> None: ...

class AssetsModel(_message.Message):
    __slots__ = ("name", "resource_uri", "describe", "id", "resource_type", "md5", "size", "download_type", "bytevc1_md5", "lynx_url_settings_key", "downgrade_resource_type", "sticker_asset_variant", "immediate_download", "sticker_asset_variant_reason", "force_use_im_or_resp_asset", "resource_url", "loki_content", "resource_bytevc1_url", "video_resource_list", "face_recognition_archive_meta", "asset_extra", "distribution_strategy")
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
    RESOURCE_URL_FIELD_NUMBER: _ClassVar[int]
    LOKI_CONTENT_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_BYTEVC1_URL_FIELD_NUMBER: _ClassVar[int]
    VIDEO_RESOURCE_LIST_FIELD_NUMBER: _ClassVar[int]
    FACE_RECOGNITION_ARCHIVE_META_FIELD_NUMBER: _ClassVar[int]
    ASSET_EXTRA_FIELD_NUMBER: _ClassVar[int]
    DISTRIBUTION_STRATEGY_FIELD_NUMBER: _ClassVar[int]
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
    resource_url: ResourceModel
    loki_content: LokiExtraContent
    resource_bytevc1_url: ResourceModel
    video_resource_list: _containers.RepeatedCompositeFieldContainer[VideoResource]
    face_recognition_archive_meta: FaceRecognitionMeta
    asset_extra: AssetExtra
    distribution_strategy: _containers.RepeatedCompositeFieldContainer[DistributionStrategy]
    def __init__(self, name: _Optional[str] = ..., resource_uri: _Optional[str] = ..., describe: _Optional[str] = ..., id: _Optional[int] = ..., resource_type: _Optional[int] = ..., md5: _Optional[str] = ..., size: _Optional[int] = ..., download_type: _Optional[int] = ..., bytevc1_md5: _Optional[str] = ..., lynx_url_settings_key: _Optional[str] = ..., downgrade_resource_type: _Optional[int] = ..., sticker_asset_variant: _Optional[int] = ..., immediate_download: bool = ..., sticker_asset_variant_reason: _Optional[int] = ..., force_use_im_or_resp_asset: bool = ..., resource_url: _Optional[_Union[ResourceModel, _Mapping]] = ..., loki_content: _Optional[_Union[LokiExtraContent, _Mapping]] = ..., resource_bytevc1_url: _Optional[_Union[ResourceModel, _Mapping]] = ..., video_resource_list: _Optional[_Iterable[_Union[VideoResource, _Mapping]]] = ..., face_recognition_archive_meta: _Optional[_Union[FaceRecognitionMeta, _Mapping]] = ..., asset_extra: _Optional[_Union[AssetExtra, _Mapping]] = ..., distribution_strategy: _Optional[_Iterable[_Union[DistributionStrategy, _Mapping]]] = ...) -> None: ...

class AtmosphereTagInfo(_message.Message):
    __slots__ = ("tag_type", "atmosphere_tags", "pin_atmosphere_tags")
    TAG_TYPE_FIELD_NUMBER: _ClassVar[int]
    ATMOSPHERE_TAGS_FIELD_NUMBER: _ClassVar[int]
    PIN_ATMOSPHERE_TAGS_FIELD_NUMBER: _ClassVar[int]
    tag_type: int
    atmosphere_tags: _containers.RepeatedCompositeFieldContainer[ProductAtmosphereTag]
    pin_atmosphere_tags: _containers.RepeatedCompositeFieldContainer[ProductAtmosphereTag]
    def __init__(self, tag_type: _Optional[int] = ..., atmosphere_tags: _Optional[_Iterable[_Union[ProductAtmosphereTag, _Mapping]]] = ..., pin_atmosphere_tags: _Optional[_Iterable[_Union[ProductAtmosphereTag, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: BattleAbTestList
    def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleAbTestList, _Mapping]] = ...) -> None: ...

class BattleDisplayConfig(_message.Message):
    __slots__ = ("threshold", "text", "diff_threshold", "diff_text", "exempt_strategy")
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DIFF_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    DIFF_TEXT_FIELD_NUMBER: _ClassVar[int]
    EXEMPT_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    threshold: int
    text: str
    diff_threshold: int
    diff_text: str
    exempt_strategy: ExemptStrategy
    def __init__(self, threshold: _Optional[int] = ..., text: _Optional[str] = ..., diff_threshold: _Optional[int] = ..., diff_text: _Optional[str] = ..., exempt_strategy: _Optional[_Union[ExemptStrategy, _Mapping]] = ...) -> None: ...

class BattleEffectInfos(_message.Message):
    __slots__ = ("effect_list_version", "effect_info_list")
    EFFECT_LIST_VERSION_FIELD_NUMBER: _ClassVar[int]
    EFFECT_INFO_LIST_FIELD_NUMBER: _ClassVar[int]
    effect_list_version: int
    effect_info_list: _containers.RepeatedCompositeFieldContainer[BattleEffect]
    def __init__(self, effect_list_version: _Optional[int] = ..., effect_info_list: _Optional[_Iterable[_Union[BattleEffect, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("status", "prompt")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    status: int
    prompt: BattlePrompt
    def __init__(self, status: _Optional[int] = ..., prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ...) -> None: ...

class BattleTaskStart(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: BattleBonusConfig
    def __init__(self, config: _Optional[_Union[BattleBonusConfig, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("multi_guest_biz_layout_extra", "co_host_biz_layout_extra")
    MULTI_GUEST_BIZ_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    CO_HOST_BIZ_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    multi_guest_biz_layout_extra: MultiGuestBizLayoutExtra
    co_host_biz_layout_extra: CoHostBizLayoutExtra
    def __init__(self, multi_guest_biz_layout_extra: _Optional[_Union[MultiGuestBizLayoutExtra, _Mapping]] = ..., co_host_biz_layout_extra: _Optional[_Union[CoHostBizLayoutExtra, _Mapping]] = ...) -> None: ...

class BizSpotInfo(_message.Message):
    __slots__ = ("spot_id", "pos_identity", "biz_spot_extra")
    SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    BIZ_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    spot_id: int
    pos_identity: PosIdentity
    biz_spot_extra: BizSpotExtra
    def __init__(self, spot_id: _Optional[int] = ..., pos_identity: _Optional[_Union[PosIdentity, _Mapping]] = ..., biz_spot_extra: _Optional[_Union[BizSpotExtra, _Mapping]] = ...) -> None: ...

class BusinessContent(_message.Message):
    __slots__ = ("over_length", "multi_live_content", "cohost_content")
    OVER_LENGTH_FIELD_NUMBER: _ClassVar[int]
    MULTI_LIVE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    COHOST_CONTENT_FIELD_NUMBER: _ClassVar[int]
    over_length: int
    multi_live_content: MultiLiveContent
    cohost_content: CohostContent
    def __init__(self, over_length: _Optional[int] = ..., multi_live_content: _Optional[_Union[MultiLiveContent, _Mapping]] = ..., cohost_content: _Optional[_Union[CohostContent, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("applier_link_mic_id", "applier_linker_session_id", "applier")
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    APPLIER_FIELD_NUMBER: _ClassVar[int]
    applier_link_mic_id: str
    applier_linker_session_id: str
    applier: Player
    def __init__(self, applier_link_mic_id: _Optional[str] = ..., applier_linker_session_id: _Optional[str] = ..., applier: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class CancelInviteContent(_message.Message):
    __slots__ = ("invitor_link_mic_id", "invitee_link_mic_id", "invite_seq_id", "invitee_linker_session_id", "invitor", "invitee")
    INVITOR_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITE_SEQ_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITOR_FIELD_NUMBER: _ClassVar[int]
    INVITEE_FIELD_NUMBER: _ClassVar[int]
    invitor_link_mic_id: str
    invitee_link_mic_id: str
    invite_seq_id: int
    invitee_linker_session_id: str
    invitor: Player
    invitee: Player
    def __init__(self, invitor_link_mic_id: _Optional[str] = ..., invitee_link_mic_id: _Optional[str] = ..., invite_seq_id: _Optional[int] = ..., invitee_linker_session_id: _Optional[str] = ..., invitor: _Optional[_Union[Player, _Mapping]] = ..., invitee: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class CancelJoinGroupContent(_message.Message):
    __slots__ = ("type", "leaver", "operator", "group_user")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LEAVER_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    type: int
    leaver: _containers.RepeatedCompositeFieldContainer[GroupPlayer]
    operator: GroupPlayer
    group_user: GroupChannelAllUser
    def __init__(self, type: _Optional[int] = ..., leaver: _Optional[_Iterable[_Union[GroupPlayer, _Mapping]]] = ..., operator: _Optional[_Union[GroupPlayer, _Mapping]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ...) -> None: ...

class CapsuleBizParams(_message.Message):
    __slots__ = ("cohost", "random_gift", "effect_params", "comment_flagged_prompt", "multi_guest_invite_guide", "anchor_pin_perk", "gaming_moderators_comment_guide", "comment_mute_rule_prompt", "comment_flagged_prompt_for_new_user", "moderator_guide_info", "multi_guest_apply_guide", "ecom")
    COHOST_FIELD_NUMBER: _ClassVar[int]
    RANDOM_GIFT_FIELD_NUMBER: _ClassVar[int]
    EFFECT_PARAMS_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FLAGGED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_INVITE_GUIDE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_PIN_PERK_FIELD_NUMBER: _ClassVar[int]
    GAMING_MODERATORS_COMMENT_GUIDE_FIELD_NUMBER: _ClassVar[int]
    COMMENT_MUTE_RULE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FLAGGED_PROMPT_FOR_NEW_USER_FIELD_NUMBER: _ClassVar[int]
    MODERATOR_GUIDE_INFO_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_APPLY_GUIDE_FIELD_NUMBER: _ClassVar[int]
    ECOM_FIELD_NUMBER: _ClassVar[int]
    cohost: CapsuleBizParamsCohost
    random_gift: CapsuleBizParamsRandomGift
    effect_params: CapsuleBizParamsNewAnchorEffect
    comment_flagged_prompt: CapsuleBizParamsCommentFlaggedPrompt
    multi_guest_invite_guide: CapsuleBizParamsMultiGuestInviteGuide
    anchor_pin_perk: CapsuleBizParamsAnchorPinPerk
    gaming_moderators_comment_guide: CapsuleBizParamsGamingModeratorsCommentGuide
    comment_mute_rule_prompt: CapsuleBizParamsCommentMuteRulePrompt
    comment_flagged_prompt_for_new_user: CapsuleBizParamsCommentFlaggedPromptForNewUser
    moderator_guide_info: CapsuleBizParamsModeratorGuide
    multi_guest_apply_guide: CapsuleBizParamsMultiGuestApplyGuide
    ecom: CapsuleBizParamsEcom
    def __init__(self, cohost: _Optional[_Union[CapsuleBizParamsCohost, _Mapping]] = ..., random_gift: _Optional[_Union[CapsuleBizParamsRandomGift, _Mapping]] = ..., effect_params: _Optional[_Union[CapsuleBizParamsNewAnchorEffect, _Mapping]] = ..., comment_flagged_prompt: _Optional[_Union[CapsuleBizParamsCommentFlaggedPrompt, _Mapping]] = ..., multi_guest_invite_guide: _Optional[_Union[CapsuleBizParamsMultiGuestInviteGuide, _Mapping]] = ..., anchor_pin_perk: _Optional[_Union[CapsuleBizParamsAnchorPinPerk, _Mapping]] = ..., gaming_moderators_comment_guide: _Optional[_Union[CapsuleBizParamsGamingModeratorsCommentGuide, _Mapping]] = ..., comment_mute_rule_prompt: _Optional[_Union[CapsuleBizParamsCommentMuteRulePrompt, _Mapping]] = ..., comment_flagged_prompt_for_new_user: _Optional[_Union[CapsuleBizParamsCommentFlaggedPromptForNewUser, _Mapping]] = ..., moderator_guide_info: _Optional[_Union[CapsuleBizParamsModeratorGuide, _Mapping]] = ..., multi_guest_apply_guide: _Optional[_Union[CapsuleBizParamsMultiGuestApplyGuide, _Mapping]] = ..., ecom: _Optional[_Union[CapsuleBizParamsEcom, _Mapping]] = ...) -> None: ...

class CardObtainGuide(_message.Message):
    __slots__ = ("not_in_use",)
    NOT_IN_USE_FIELD_NUMBER: _ClassVar[int]
    not_in_use: int
    def __init__(self, not_in_use: _Optional[int] = ...) -> None: ...

class CohostListChangeContent(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[CohostListUser]
    def __init__(self, users: _Optional[_Iterable[_Union[CohostListUser, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("owner_link_mic_id", "owner_linker_session_id", "owner")
    OWNER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    owner_link_mic_id: str
    owner_linker_session_id: str
    owner: Player
    def __init__(self, owner_link_mic_id: _Optional[str] = ..., owner_linker_session_id: _Optional[str] = ..., owner: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class DispersionInfo(_message.Message):
    __slots__ = ("dispersion_path", "delay_param")
    DISPERSION_PATH_FIELD_NUMBER: _ClassVar[int]
    DELAY_PARAM_FIELD_NUMBER: _ClassVar[int]
    dispersion_path: int
    delay_param: DelayParam
    def __init__(self, dispersion_path: _Optional[int] = ..., delay_param: _Optional[_Union[DelayParam, _Mapping]] = ...) -> None: ...

class DisplayControl(_message.Message):
    __slots__ = ("priority", "duration", "horizontal_trigger_type", "target_group_show_rst")
    class TargetGroupShowRstEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: ShowResult
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[ShowResult, _Mapping]] = ...) -> None: ...
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_TRIGGER_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_GROUP_SHOW_RST_FIELD_NUMBER: _ClassVar[int]
    priority: int
    duration: int
    horizontal_trigger_type: int
    target_group_show_rst: _containers.MessageMap[int, ShowResult]
    def __init__(self, priority: _Optional[int] = ..., duration: _Optional[int] = ..., horizontal_trigger_type: _Optional[int] = ..., target_group_show_rst: _Optional[_Mapping[int, ShowResult]] = ...) -> None: ...

class DynamicRestriction(_message.Message):
    __slots__ = ("scenes", "receivers")
    SCENES_FIELD_NUMBER: _ClassVar[int]
    RECEIVERS_FIELD_NUMBER: _ClassVar[int]
    scenes: SceneRestriction
    receivers: _containers.RepeatedCompositeFieldContainer[ReceiverRestriction]
    def __init__(self, scenes: _Optional[_Union[SceneRestriction, _Mapping]] = ..., receivers: _Optional[_Iterable[_Union[ReceiverRestriction, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("finish_reason", "owner")
    FINISH_REASON_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    finish_reason: int
    owner: Player
    def __init__(self, finish_reason: _Optional[int] = ..., owner: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class FlashSaleAtmosphereInfo(_message.Message):
    __slots__ = ("product_id", "activity_id", "pinned_product", "live_only_channel", "creator_limit_type", "flash_sale_atmosphere", "flash_sale_stock")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    PINNED_PRODUCT_FIELD_NUMBER: _ClassVar[int]
    LIVE_ONLY_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CREATOR_LIMIT_TYPE_FIELD_NUMBER: _ClassVar[int]
    FLASH_SALE_ATMOSPHERE_FIELD_NUMBER: _ClassVar[int]
    FLASH_SALE_STOCK_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    activity_id: int
    pinned_product: bool
    live_only_channel: bool
    creator_limit_type: int
    flash_sale_atmosphere: FlashSaleAtmosphere
    flash_sale_stock: FlashSaleStock
    def __init__(self, product_id: _Optional[str] = ..., activity_id: _Optional[int] = ..., pinned_product: bool = ..., live_only_channel: bool = ..., creator_limit_type: _Optional[int] = ..., flash_sale_atmosphere: _Optional[_Union[FlashSaleAtmosphere, _Mapping]] = ..., flash_sale_stock: _Optional[_Union[FlashSaleStock, _Mapping]] = ...) -> None: ...

class FlyingMicResources(_message.Message):
    __slots__ = ("path_image", "mic_image", "transition_configs")
    PATH_IMAGE_FIELD_NUMBER: _ClassVar[int]
    MIC_IMAGE_FIELD_NUMBER: _ClassVar[int]
    TRANSITION_CONFIGS_FIELD_NUMBER: _ClassVar[int]
    path_image: ImageModel
    mic_image: ImageModel
    transition_configs: _containers.RepeatedCompositeFieldContainer[TransitionConfig]
    def __init__(self, path_image: _Optional[_Union[ImageModel, _Mapping]] = ..., mic_image: _Optional[_Union[ImageModel, _Mapping]] = ..., transition_configs: _Optional[_Iterable[_Union[TransitionConfig, _Mapping]]] = ...) -> None: ...

class GiftEffect(_message.Message):
    __slots__ = ("assets", "event_tracking_params", "specs")
    class EventTrackingParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_PARAMS_FIELD_NUMBER: _ClassVar[int]
    SPECS_FIELD_NUMBER: _ClassVar[int]
    assets: _containers.RepeatedCompositeFieldContainer[AssetsModel]
    event_tracking_params: _containers.ScalarMap[str, str]
    specs: GiftEffectSpecs
    def __init__(self, assets: _Optional[_Iterable[_Union[AssetsModel, _Mapping]]] = ..., event_tracking_params: _Optional[_Mapping[str, str]] = ..., specs: _Optional[_Union[GiftEffectSpecs, _Mapping]] = ...) -> None: ...

class GiftGalleryBadgeInfo(_message.Message):
    __slots__ = ("background_color", "separator_color", "dark_mode_background_color", "league_name", "schema", "league_info", "gallery_info")
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    SEPARATOR_COLOR_FIELD_NUMBER: _ClassVar[int]
    DARK_MODE_BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_NAME_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    LEAGUE_INFO_FIELD_NUMBER: _ClassVar[int]
    GALLERY_INFO_FIELD_NUMBER: _ClassVar[int]
    background_color: str
    separator_color: str
    dark_mode_background_color: str
    league_name: str
    schema: str
    league_info: GiftGalleryBadgeSection
    gallery_info: GiftGalleryBadgeSection
    def __init__(self, background_color: _Optional[str] = ..., separator_color: _Optional[str] = ..., dark_mode_background_color: _Optional[str] = ..., league_name: _Optional[str] = ..., schema: _Optional[str] = ..., league_info: _Optional[_Union[GiftGalleryBadgeSection, _Mapping]] = ..., gallery_info: _Optional[_Union[GiftGalleryBadgeSection, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("gifts_info_in_box",)
    GIFTS_INFO_IN_BOX_FIELD_NUMBER: _ClassVar[int]
    gifts_info_in_box: _containers.RepeatedCompositeFieldContainer[GiftInfoInBox]
    def __init__(self, gifts_info_in_box: _Optional[_Iterable[_Union[GiftInfoInBox, _Mapping]]] = ...) -> None: ...

class GoalData(_message.Message):
    __slots__ = ("status", "goal_progress")
    class GoalProgressEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: Progress
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[Progress, _Mapping]] = ...) -> None: ...
    STATUS_FIELD_NUMBER: _ClassVar[int]
    GOAL_PROGRESS_FIELD_NUMBER: _ClassVar[int]
    status: int
    goal_progress: _containers.MessageMap[int, Progress]
    def __init__(self, status: _Optional[int] = ..., goal_progress: _Optional[_Mapping[int, Progress]] = ...) -> None: ...

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
    __slots__ = ("linked_user_ui_positions", "group_user")
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    group_user: GroupChannelAllUser
    def __init__(self, linked_user_ui_positions: _Optional[_Iterable[str]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("invitor_link_mic_id", "invitee_link_mic_id", "is_owner", "invitee_linker_session_id", "invitor", "invitee_rtc_ext_info", "pos", "dsl", "invitee", "operator")
    INVITOR_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    IS_OWNER_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITOR_FIELD_NUMBER: _ClassVar[int]
    INVITEE_RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    POS_FIELD_NUMBER: _ClassVar[int]
    DSL_FIELD_NUMBER: _ClassVar[int]
    INVITEE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    invitor_link_mic_id: str
    invitee_link_mic_id: str
    is_owner: bool
    invitee_linker_session_id: str
    invitor: Player
    invitee_rtc_ext_info: RtcExtraInfo
    pos: MicPositionData
    dsl: DslConfig
    invitee: Player
    operator: Player
    def __init__(self, invitor_link_mic_id: _Optional[str] = ..., invitee_link_mic_id: _Optional[str] = ..., is_owner: bool = ..., invitee_linker_session_id: _Optional[str] = ..., invitor: _Optional[_Union[Player, _Mapping]] = ..., invitee_rtc_ext_info: _Optional[_Union[RtcExtraInfo, _Mapping]] = ..., pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., dsl: _Optional[_Union[DslConfig, _Mapping]] = ..., invitee: _Optional[_Union[Player, _Mapping]] = ..., operator: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class JoinDirectContent(_message.Message):
    __slots__ = ("joiner", "all_users")
    JOINER_FIELD_NUMBER: _ClassVar[int]
    ALL_USERS_FIELD_NUMBER: _ClassVar[int]
    joiner: LinkLayerListUser
    all_users: AllListUser
    def __init__(self, joiner: _Optional[_Union[LinkLayerListUser, _Mapping]] = ..., all_users: _Optional[_Union[AllListUser, _Mapping]] = ...) -> None: ...

class JoinGroupContent(_message.Message):
    __slots__ = ("type", "group_user", "join_user", "group_ext_info")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    JOIN_USER_FIELD_NUMBER: _ClassVar[int]
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    type: int
    group_user: GroupChannelAllUser
    join_user: GroupPlayer
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    def __init__(self, type: _Optional[int] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., join_user: _Optional[_Union[GroupPlayer, _Mapping]] = ..., group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ...) -> None: ...

class JoinGroupDirectContent(_message.Message):
    __slots__ = ("cross_room_layout", "group_ext_info", "group_user", "migration_details", "content_pos")
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_DETAILS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_POS_FIELD_NUMBER: _ClassVar[int]
    cross_room_layout: LayoutData
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    group_user: GroupChannelAllUser
    migration_details: MigrationDetails
    content_pos: _containers.RepeatedCompositeFieldContainer[ContentPosition]
    def __init__(self, cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ..., group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., migration_details: _Optional[_Union[MigrationDetails, _Mapping]] = ..., content_pos: _Optional[_Iterable[_Union[ContentPosition, _Mapping]]] = ...) -> None: ...

class JoinRoomDirectContent(_message.Message):
    __slots__ = ("joiner_link_mic_id", "layout", "spot_list", "ui_pos", "joiner", "joiner_ext_info")
    JOINER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    JOINER_FIELD_NUMBER: _ClassVar[int]
    JOINER_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    joiner_link_mic_id: str
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    joiner: Player
    joiner_ext_info: RtcExtraInfo
    def __init__(self, joiner_link_mic_id: _Optional[str] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., joiner: _Optional[_Union[Player, _Mapping]] = ..., joiner_ext_info: _Optional[_Union[RtcExtraInfo, _Mapping]] = ...) -> None: ...

class KickOutContent(_message.Message):
    __slots__ = ("kickout_reason", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "offliner_linker_session_id", "offliner")
    KICKOUT_REASON_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    OFFLINER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    OFFLINER_FIELD_NUMBER: _ClassVar[int]
    kickout_reason: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    offliner_linker_session_id: str
    offliner: Player
    def __init__(self, kickout_reason: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., offliner_linker_session_id: _Optional[str] = ..., offliner: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("layout_id", "layout_key", "multi_guest_layout_extra", "multi_guest_layout_non_sei_extra", "cohost_layout_extra", "cohost_layout_non_sei_extra")
    LAYOUT_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_KEY_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_LAYOUT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_LAYOUT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    layout_id: str
    layout_key: str
    multi_guest_layout_extra: MultiGuestLayoutExtra
    multi_guest_layout_non_sei_extra: MultiGuestLayoutNonSeiExtra
    cohost_layout_extra: CohostTypeLayoutExtra
    cohost_layout_non_sei_extra: CohostTypeLayoutNonSeiExtra
    def __init__(self, layout_id: _Optional[str] = ..., layout_key: _Optional[str] = ..., multi_guest_layout_extra: _Optional[_Union[MultiGuestLayoutExtra, _Mapping]] = ..., multi_guest_layout_non_sei_extra: _Optional[_Union[MultiGuestLayoutNonSeiExtra, _Mapping]] = ..., cohost_layout_extra: _Optional[_Union[CohostTypeLayoutExtra, _Mapping]] = ..., cohost_layout_non_sei_extra: _Optional[_Union[CohostTypeLayoutNonSeiExtra, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("leave_reason", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "leaver_linker_session_id", "leaver")
    LEAVE_REASON_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    LEAVER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    LEAVER_FIELD_NUMBER: _ClassVar[int]
    leave_reason: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    leaver_linker_session_id: str
    leaver: Player
    def __init__(self, leave_reason: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., leaver_linker_session_id: _Optional[str] = ..., leaver: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class LeaveJoinGroupContent(_message.Message):
    __slots__ = ("group_channel_id", "leave_source", "linked_user_ui_positions", "operator")
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LEAVE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    group_channel_id: int
    leave_source: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    operator: GroupPlayer
    def __init__(self, group_channel_id: _Optional[int] = ..., leave_source: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., operator: _Optional[_Union[GroupPlayer, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("sender", "receiver", "message_payload")
    SENDER_FIELD_NUMBER: _ClassVar[int]
    RECEIVER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    sender: LinkUserIdentity
    receiver: LinkUserIdentity
    message_payload: LinkEnvelopeMessagePayload
    def __init__(self, sender: _Optional[_Union[LinkUserIdentity, _Mapping]] = ..., receiver: _Optional[_Union[LinkUserIdentity, _Mapping]] = ..., message_payload: _Optional[_Union[LinkEnvelopeMessagePayload, _Mapping]] = ...) -> None: ...

class LinkListChangeContent(_message.Message):
    __slots__ = ("type", "linked_user_ui_positions", "list", "content_pos")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    LIST_FIELD_NUMBER: _ClassVar[int]
    CONTENT_POS_FIELD_NUMBER: _ClassVar[int]
    type: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    list: AllListUser
    content_pos: _containers.RepeatedCompositeFieldContainer[ContentPosition]
    def __init__(self, type: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., list: _Optional[_Union[AllListUser, _Mapping]] = ..., content_pos: _Optional[_Iterable[_Union[ContentPosition, _Mapping]]] = ...) -> None: ...

class LinkUserState(_message.Message):
    __slots__ = ("linkmic_id", "linked_time_nano", "online_user_state", "audio_muted", "video_muted", "rtc_connection", "network_state", "linker_session_id", "user", "pos", "avatar")
    LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_TIME_NANO_FIELD_NUMBER: _ClassVar[int]
    ONLINE_USER_STATE_FIELD_NUMBER: _ClassVar[int]
    AUDIO_MUTED_FIELD_NUMBER: _ClassVar[int]
    VIDEO_MUTED_FIELD_NUMBER: _ClassVar[int]
    RTC_CONNECTION_FIELD_NUMBER: _ClassVar[int]
    NETWORK_STATE_FIELD_NUMBER: _ClassVar[int]
    LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    POS_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    linkmic_id: str
    linked_time_nano: int
    online_user_state: int
    audio_muted: int
    video_muted: int
    rtc_connection: int
    network_state: int
    linker_session_id: str
    user: Player
    pos: MicPositionData
    avatar: AvatarState
    def __init__(self, linkmic_id: _Optional[str] = ..., linked_time_nano: _Optional[int] = ..., online_user_state: _Optional[int] = ..., audio_muted: _Optional[int] = ..., video_muted: _Optional[int] = ..., rtc_connection: _Optional[int] = ..., network_state: _Optional[int] = ..., linker_session_id: _Optional[str] = ..., user: _Optional[_Union[Player, _Mapping]] = ..., pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., avatar: _Optional[_Union[AvatarState, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("op", "to_user_id", "anchor_id", "room_id", "change_scene", "operator_info")
    OP_FIELD_NUMBER: _ClassVar[int]
    TO_USER_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_SCENE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_INFO_FIELD_NUMBER: _ClassVar[int]
    op: int
    to_user_id: int
    anchor_id: int
    room_id: int
    change_scene: int
    operator_info: LinkerMediaChangeOperator
    def __init__(self, op: _Optional[int] = ..., to_user_id: _Optional[int] = ..., anchor_id: _Optional[int] = ..., room_id: _Optional[int] = ..., change_scene: _Optional[int] = ..., operator_info: _Optional[_Union[LinkerMediaChangeOperator, _Mapping]] = ...) -> None: ...

class LinkerMicIdxUpdateContent(_message.Message):
    __slots__ = ("mic_idx_update_info",)
    MIC_IDX_UPDATE_INFO_FIELD_NUMBER: _ClassVar[int]
    mic_idx_update_info: LinkerMicIdxUpdateInfo
    def __init__(self, mic_idx_update_info: _Optional[_Union[LinkerMicIdxUpdateInfo, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("match_punish_effect_info", "cohost_content_guide_info", "recommended_playbook_info")
    MATCH_PUNISH_EFFECT_INFO_FIELD_NUMBER: _ClassVar[int]
    COHOST_CONTENT_GUIDE_INFO_FIELD_NUMBER: _ClassVar[int]
    RECOMMENDED_PLAYBOOK_INFO_FIELD_NUMBER: _ClassVar[int]
    match_punish_effect_info: MatchPunishEffectInfo
    cohost_content_guide_info: CohostContentGuideInfo
    recommended_playbook_info: RecommendedPlaybookInfo
    def __init__(self, match_punish_effect_info: _Optional[_Union[MatchPunishEffectInfo, _Mapping]] = ..., cohost_content_guide_info: _Optional[_Union[CohostContentGuideInfo, _Mapping]] = ..., recommended_playbook_info: _Optional[_Union[RecommendedPlaybookInfo, _Mapping]] = ...) -> None: ...

class MatchThemeDisplayResource(_message.Message):
    __slots__ = ("match_theme", "match_opening_animation_config", "match_title_bar_config", "match_invite_panel_config")
    MATCH_THEME_FIELD_NUMBER: _ClassVar[int]
    MATCH_OPENING_ANIMATION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MATCH_TITLE_BAR_CONFIG_FIELD_NUMBER: _ClassVar[int]
    MATCH_INVITE_PANEL_CONFIG_FIELD_NUMBER: _ClassVar[int]
    match_theme: int
    match_opening_animation_config: MatchOpeningAnimationConfig
    match_title_bar_config: MatchTitleBarConfig
    match_invite_panel_config: MatchInvitePanelConfig
    def __init__(self, match_theme: _Optional[int] = ..., match_opening_animation_config: _Optional[_Union[MatchOpeningAnimationConfig, _Mapping]] = ..., match_title_bar_config: _Optional[_Union[MatchTitleBarConfig, _Mapping]] = ..., match_invite_panel_config: _Optional[_Union[MatchInvitePanelConfig, _Mapping]] = ...) -> None: ...

class MsgFilter(_message.Message):
    __slots__ = ("is_gifter", "is_subscribed_to_anchor")
    IS_GIFTER_FIELD_NUMBER: _ClassVar[int]
    IS_SUBSCRIBED_TO_ANCHOR_FIELD_NUMBER: _ClassVar[int]
    is_gifter: bool
    is_subscribed_to_anchor: bool
    def __init__(self, is_gifter: bool = ..., is_subscribed_to_anchor: bool = ...) -> None: ...

class MultiLiveUpdateUserSettingContent(_message.Message):
    __slots__ = ("reset_point_after_leave", "update_user_setting_info", "anchor_layout_setting")
    RESET_POINT_AFTER_LEAVE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_USER_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_LAYOUT_SETTING_FIELD_NUMBER: _ClassVar[int]
    reset_point_after_leave: int
    update_user_setting_info: MultiLiveAnchorPanelSettings
    anchor_layout_setting: AnchorLayoutSetting
    def __init__(self, reset_point_after_leave: _Optional[int] = ..., update_user_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., anchor_layout_setting: _Optional[_Union[AnchorLayoutSetting, _Mapping]] = ...) -> None: ...

class OecLiveShoppingMessageV2(_message.Message):
    __slots__ = ("actions", "commerce_info", "msg_meta")
    class ActionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: EcomLiveElementActions
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[EcomLiveElementActions, _Mapping]] = ...) -> None: ...
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    COMMERCE_INFO_FIELD_NUMBER: _ClassVar[int]
    MSG_META_FIELD_NUMBER: _ClassVar[int]
    actions: _containers.MessageMap[int, EcomLiveElementActions]
    commerce_info: CommerceInfo
    msg_meta: MsgMeta
    def __init__(self, actions: _Optional[_Mapping[int, EcomLiveElementActions]] = ..., commerce_info: _Optional[_Union[CommerceInfo, _Mapping]] = ..., msg_meta: _Optional[_Union[MsgMeta, _Mapping]] = ...) -> None: ...

class P2PGroupChangeContent(_message.Message):
    __slots__ = ("cross_room_layout", "group_ext_info", "group_user", "migration_details", "content_pos")
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_DETAILS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_POS_FIELD_NUMBER: _ClassVar[int]
    cross_room_layout: LayoutData
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    group_user: GroupChannelAllUser
    migration_details: MigrationDetails
    content_pos: _containers.RepeatedCompositeFieldContainer[ContentPosition]
    def __init__(self, cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ..., group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., migration_details: _Optional[_Union[MigrationDetails, _Mapping]] = ..., content_pos: _Optional[_Iterable[_Union[ContentPosition, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("permiter_link_mic_id", "reply_status", "applier_link_mic_id", "linked_user_ui_positions", "applier_rtc_token", "ui_pos", "layout", "spot_list", "applier_linker_session_id", "permiter", "applier_pos", "dsl", "applier", "operator")
    PERMITER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    APPLIER_RTC_TOKEN_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    APPLIER_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    PERMITER_FIELD_NUMBER: _ClassVar[int]
    APPLIER_POS_FIELD_NUMBER: _ClassVar[int]
    DSL_FIELD_NUMBER: _ClassVar[int]
    APPLIER_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    permiter_link_mic_id: str
    reply_status: int
    applier_link_mic_id: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    applier_rtc_token: str
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    applier_linker_session_id: str
    permiter: Player
    applier_pos: MicPositionData
    dsl: DslConfig
    applier: Player
    operator: Player
    def __init__(self, permiter_link_mic_id: _Optional[str] = ..., reply_status: _Optional[int] = ..., applier_link_mic_id: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., applier_rtc_token: _Optional[str] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., applier_linker_session_id: _Optional[str] = ..., permiter: _Optional[_Union[Player, _Mapping]] = ..., applier_pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., dsl: _Optional[_Union[DslConfig, _Mapping]] = ..., applier: _Optional[_Union[Player, _Mapping]] = ..., operator: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class PermitJoinGroupContent(_message.Message):
    __slots__ = ("agree_status", "type", "linked_user_ui_positions", "permit_group_type", "cross_room_layout", "approver", "group_ext_info", "group_user", "migration_details")
    AGREE_STATUS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    PERMIT_GROUP_TYPE_FIELD_NUMBER: _ClassVar[int]
    CROSS_ROOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    APPROVER_FIELD_NUMBER: _ClassVar[int]
    GROUP_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    GROUP_USER_FIELD_NUMBER: _ClassVar[int]
    MIGRATION_DETAILS_FIELD_NUMBER: _ClassVar[int]
    agree_status: int
    type: int
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    permit_group_type: int
    cross_room_layout: LayoutData
    approver: GroupPlayer
    group_ext_info: _containers.RepeatedCompositeFieldContainer[RtcExtraInfo]
    group_user: GroupChannelAllUser
    migration_details: MigrationDetails
    def __init__(self, agree_status: _Optional[int] = ..., type: _Optional[int] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., permit_group_type: _Optional[int] = ..., cross_room_layout: _Optional[_Union[LayoutData, _Mapping]] = ..., approver: _Optional[_Union[GroupPlayer, _Mapping]] = ..., group_ext_info: _Optional[_Iterable[_Union[RtcExtraInfo, _Mapping]]] = ..., group_user: _Optional[_Union[GroupChannelAllUser, _Mapping]] = ..., migration_details: _Optional[_Union[MigrationDetails, _Mapping]] = ...) -> None: ...

class PosIdentity(_message.Message):
    __slots__ = ("type", "value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    type: int
    value: str
    def __init__(self, type: _Optional[int] = ..., value: _Optional[str] = ...) -> None: ...

class ProductSnapShot(_message.Message):
    __slots__ = ("product_id", "title", "stock_type", "timestamp", "cover", "add_to_cart_button")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    STOCK_TYPE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    COVER_FIELD_NUMBER: _ClassVar[int]
    ADD_TO_CART_BUTTON_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    title: str
    stock_type: int
    timestamp: int
    cover: Img
    add_to_cart_button: AddToCartButton
    def __init__(self, product_id: _Optional[str] = ..., title: _Optional[str] = ..., stock_type: _Optional[int] = ..., timestamp: _Optional[int] = ..., cover: _Optional[_Union[Img, _Mapping]] = ..., add_to_cart_button: _Optional[_Union[AddToCartButton, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("scroll_gap_count", "anchor_scroll_gap_count", "release_to_scroll_area", "anchor_release_to_scroll_area", "is_anchor_marked", "admin_fold_type", "hide_above_scroll_area", "dynamic_display_text", "creator_success_info", "portrait_info", "user_interaction_info", "display_info", "operation_info")
    SCROLL_GAP_COUNT_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SCROLL_GAP_COUNT_FIELD_NUMBER: _ClassVar[int]
    RELEASE_TO_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_RELEASE_TO_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    IS_ANCHOR_MARKED_FIELD_NUMBER: _ClassVar[int]
    ADMIN_FOLD_TYPE_FIELD_NUMBER: _ClassVar[int]
    HIDE_ABOVE_SCROLL_AREA_FIELD_NUMBER: _ClassVar[int]
    DYNAMIC_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    CREATOR_SUCCESS_INFO_FIELD_NUMBER: _ClassVar[int]
    PORTRAIT_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_INTERACTION_INFO_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_INFO_FIELD_NUMBER: _ClassVar[int]
    OPERATION_INFO_FIELD_NUMBER: _ClassVar[int]
    scroll_gap_count: int
    anchor_scroll_gap_count: int
    release_to_scroll_area: bool
    anchor_release_to_scroll_area: bool
    is_anchor_marked: bool
    admin_fold_type: int
    hide_above_scroll_area: bool
    dynamic_display_text: Text
    creator_success_info: CreatorSuccessInfo
    portrait_info: PortraitInfo
    user_interaction_info: UserInteractionInfo
    display_info: MessageDisplayInfo
    operation_info: OperationInfo
    def __init__(self, scroll_gap_count: _Optional[int] = ..., anchor_scroll_gap_count: _Optional[int] = ..., release_to_scroll_area: bool = ..., anchor_release_to_scroll_area: bool = ..., is_anchor_marked: bool = ..., admin_fold_type: _Optional[int] = ..., hide_above_scroll_area: bool = ..., dynamic_display_text: _Optional[_Union[Text, _Mapping]] = ..., creator_success_info: _Optional[_Union[CreatorSuccessInfo, _Mapping]] = ..., portrait_info: _Optional[_Union[PortraitInfo, _Mapping]] = ..., user_interaction_info: _Optional[_Union[UserInteractionInfo, _Mapping]] = ..., display_info: _Optional[_Union[MessageDisplayInfo, _Mapping]] = ..., operation_info: _Optional[_Union[OperationInfo, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("reply_status", "invitee_link_mic_id", "linked_user_ui_positions", "ui_pos", "layout", "spot_list", "invitee_linker_session_id", "invitee", "invitee_pos", "invite_operator_user")
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_USER_UI_POSITIONS_FIELD_NUMBER: _ClassVar[int]
    UI_POS_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    SPOT_LIST_FIELD_NUMBER: _ClassVar[int]
    INVITEE_LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_FIELD_NUMBER: _ClassVar[int]
    INVITEE_POS_FIELD_NUMBER: _ClassVar[int]
    INVITE_OPERATOR_USER_FIELD_NUMBER: _ClassVar[int]
    reply_status: int
    invitee_link_mic_id: str
    linked_user_ui_positions: _containers.RepeatedScalarFieldContainer[str]
    ui_pos: _containers.RepeatedCompositeFieldContainer[PosIdentity]
    layout: LayoutState
    spot_list: _containers.RepeatedCompositeFieldContainer[SpotInfo]
    invitee_linker_session_id: str
    invitee: Player
    invitee_pos: MicPositionData
    invite_operator_user: Player
    def __init__(self, reply_status: _Optional[int] = ..., invitee_link_mic_id: _Optional[str] = ..., linked_user_ui_positions: _Optional[_Iterable[str]] = ..., ui_pos: _Optional[_Iterable[_Union[PosIdentity, _Mapping]]] = ..., layout: _Optional[_Union[LayoutState, _Mapping]] = ..., spot_list: _Optional[_Iterable[_Union[SpotInfo, _Mapping]]] = ..., invitee_linker_session_id: _Optional[str] = ..., invitee: _Optional[_Union[Player, _Mapping]] = ..., invitee_pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., invite_operator_user: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("text", "text_type", "label", "anchor_layer", "invite_block_reason", "show_play_type", "detail_block_reason", "eoy_level", "cohost_layout_mode", "gift_gallery_badge_info", "linker_info", "linkmic_user_settings", "battle_user_settings", "top_host_info", "tag", "reserve_info", "opt_pair_info", "tag_v2", "battle_info", "game_tag", "offlive_invite_info", "user_suggestion_info", "friend_suggestion_info", "activity_badge_info")
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
    LINKER_INFO_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_USER_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    BATTLE_USER_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    TOP_HOST_INFO_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    RESERVE_INFO_FIELD_NUMBER: _ClassVar[int]
    OPT_PAIR_INFO_FIELD_NUMBER: _ClassVar[int]
    TAG_V2_FIELD_NUMBER: _ClassVar[int]
    BATTLE_INFO_FIELD_NUMBER: _ClassVar[int]
    GAME_TAG_FIELD_NUMBER: _ClassVar[int]
    OFFLIVE_INVITE_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_SUGGESTION_INFO_FIELD_NUMBER: _ClassVar[int]
    FRIEND_SUGGESTION_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
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
    linker_info: LinkerInfo
    linkmic_user_settings: AnchorLinkmicUserSettings
    battle_user_settings: BattleUserSettings
    top_host_info: TopHostInfo
    tag: Tag
    reserve_info: ReserveInfo
    opt_pair_info: OptPairInfo
    tag_v2: TagV2
    battle_info: BattleInfo
    game_tag: RivalsGameTag
    offlive_invite_info: OffliveInviteInfo
    user_suggestion_info: UserSuggestionInfo
    friend_suggestion_info: UserSuggestionInfo
    activity_badge_info: ActivityBadgeInfo
    def __init__(self, text: _Optional[str] = ..., text_type: _Optional[int] = ..., label: _Optional[str] = ..., anchor_layer: _Optional[int] = ..., invite_block_reason: _Optional[int] = ..., show_play_type: _Optional[int] = ..., detail_block_reason: _Optional[int] = ..., eoy_level: _Optional[int] = ..., cohost_layout_mode: _Optional[int] = ..., gift_gallery_badge_info: _Optional[_Union[GiftGalleryBadgeInfo, _Mapping]] = ..., linker_info: _Optional[_Union[LinkerInfo, _Mapping]] = ..., linkmic_user_settings: _Optional[_Union[AnchorLinkmicUserSettings, _Mapping]] = ..., battle_user_settings: _Optional[_Union[BattleUserSettings, _Mapping]] = ..., top_host_info: _Optional[_Union[TopHostInfo, _Mapping]] = ..., tag: _Optional[_Union[Tag, _Mapping]] = ..., reserve_info: _Optional[_Union[ReserveInfo, _Mapping]] = ..., opt_pair_info: _Optional[_Union[OptPairInfo, _Mapping]] = ..., tag_v2: _Optional[_Union[TagV2, _Mapping]] = ..., battle_info: _Optional[_Union[BattleInfo, _Mapping]] = ..., game_tag: _Optional[_Union[RivalsGameTag, _Mapping]] = ..., offlive_invite_info: _Optional[_Union[OffliveInviteInfo, _Mapping]] = ..., user_suggestion_info: _Optional[_Union[UserSuggestionInfo, _Mapping]] = ..., friend_suggestion_info: _Optional[_Union[UserSuggestionInfo, _Mapping]] = ..., activity_badge_info: _Optional[_Union[ActivityBadgeInfo, _Mapping]] = ...) -> None: ...

class RoomBasedGiftData(_message.Message):
    __slots__ = ("room_based_gifts",)
    class RoomBasedGiftsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RoomBasedGifts
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RoomBasedGifts, _Mapping]] = ...) -> None: ...
    ROOM_BASED_GIFTS_FIELD_NUMBER: _ClassVar[int]
    room_based_gifts: _containers.MessageMap[int, RoomBasedGifts]
    def __init__(self, room_based_gifts: _Optional[_Mapping[int, RoomBasedGifts]] = ...) -> None: ...

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
    __slots__ = ("duration", "background", "content_list")
    DURATION_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LIST_FIELD_NUMBER: _ClassVar[int]
    duration: int
    background: Background
    content_list: NotifyHighlightInfo
    def __init__(self, duration: _Optional[int] = ..., background: _Optional[_Union[Background, _Mapping]] = ..., content_list: _Optional[_Union[NotifyHighlightInfo, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("score", "from_user_id", "to_anchor_id", "effect_type", "community_heart_me_info_str", "affected_anchor_pairs", "community_heart_me_info")
    SCORE_FIELD_NUMBER: _ClassVar[int]
    FROM_USER_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_STR_FIELD_NUMBER: _ClassVar[int]
    AFFECTED_ANCHOR_PAIRS_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_FIELD_NUMBER: _ClassVar[int]
    score: int
    from_user_id: int
    to_anchor_id: int
    effect_type: int
    community_heart_me_info_str: str
    affected_anchor_pairs: _containers.RepeatedCompositeFieldContainer[AnchorPair]
    community_heart_me_info: CommunityHeartMeInfo
    def __init__(self, score: _Optional[int] = ..., from_user_id: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., effect_type: _Optional[int] = ..., community_heart_me_info_str: _Optional[str] = ..., affected_anchor_pairs: _Optional[_Iterable[_Union[AnchorPair, _Mapping]]] = ..., community_heart_me_info: _Optional[_Union[CommunityHeartMeInfo, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("spot_id", "pos_identity", "multi_guest_spot_extra", "multi_guest_spot_non_sei_extra", "cohost_spot_extra", "cohost_spot_non_sei_extra", "pos_identity_extra")
    SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_SPOT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    COHOST_SPOT_NON_SEI_EXTRA_FIELD_NUMBER: _ClassVar[int]
    POS_IDENTITY_EXTRA_FIELD_NUMBER: _ClassVar[int]
    spot_id: int
    pos_identity: PosIdentity
    multi_guest_spot_extra: MultiGuestSpotExtra
    multi_guest_spot_non_sei_extra: MultiGuestSpotNonSeiExtra
    cohost_spot_extra: CohostTypeSpotExtra
    cohost_spot_non_sei_extra: CohostTypeSpotNonSeiExtra
    pos_identity_extra: PosIdentityExtra
    def __init__(self, spot_id: _Optional[int] = ..., pos_identity: _Optional[_Union[PosIdentity, _Mapping]] = ..., multi_guest_spot_extra: _Optional[_Union[MultiGuestSpotExtra, _Mapping]] = ..., multi_guest_spot_non_sei_extra: _Optional[_Union[MultiGuestSpotNonSeiExtra, _Mapping]] = ..., cohost_spot_extra: _Optional[_Union[CohostTypeSpotExtra, _Mapping]] = ..., cohost_spot_non_sei_extra: _Optional[_Union[CohostTypeSpotNonSeiExtra, _Mapping]] = ..., pos_identity_extra: _Optional[_Union[PosIdentityExtra, _Mapping]] = ...) -> None: ...

class SupportedActionsWrapper(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: bool
    def __init__(self, key: _Optional[int] = ..., value: bool = ...) -> None: ...

class TeamMatchCampaign(_message.Message):
    __slots__ = ("start_sfx_team_id", "has_team_match_mvp_sfx", "best_teammate_relation")
    START_SFX_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_TEAM_MATCH_MVP_SFX_FIELD_NUMBER: _ClassVar[int]
    BEST_TEAMMATE_RELATION_FIELD_NUMBER: _ClassVar[int]
    start_sfx_team_id: _containers.RepeatedScalarFieldContainer[int]
    has_team_match_mvp_sfx: bool
    best_teammate_relation: _containers.RepeatedCompositeFieldContainer[BestTeammateRelation]
    def __init__(self, start_sfx_team_id: _Optional[_Iterable[int]] = ..., has_team_match_mvp_sfx: bool = ..., best_teammate_relation: _Optional[_Iterable[_Union[BestTeammateRelation, _Mapping]]] = ...) -> None: ...

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
    __slots__ = ("portrait", "landscape")
    PORTRAIT_FIELD_NUMBER: _ClassVar[int]
    LANDSCAPE_FIELD_NUMBER: _ClassVar[int]
    portrait: Detail
    landscape: Detail
    def __init__(self, portrait: _Optional[_Union[Detail, _Mapping]] = ..., landscape: _Optional[_Union[Detail, _Mapping]] = ...) -> None: ...

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
    __slots__ = ("anchor_id", "display_content", "card_info")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    display_content: Text
    card_info: Top2CardInfo
    def __init__(self, anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ..., card_info: _Optional[_Union[Top2CardInfo, _Mapping]] = ...) -> None: ...

class UseTop3Card(_message.Message):
    __slots__ = ("anchor_id", "display_content", "card_info")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    display_content: Text
    card_info: Top3CardInfo
    def __init__(self, anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ..., card_info: _Optional[_Union[Top3CardInfo, _Mapping]] = ...) -> None: ...

class UseVaultGloveCard(_message.Message):
    __slots__ = ("anchor_id", "display_content", "card_info")
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    anchor_id: int
    display_content: Text
    card_info: VaultGloveCardInfo
    def __init__(self, anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ..., card_info: _Optional[_Union[VaultGloveCardInfo, _Mapping]] = ...) -> None: ...

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

class UseCriticalStrikeCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: CriticalStrikeCardInfo
    anchor_id: int
    display_content: Text
    def __init__(self, card_info: _Optional[_Union[CriticalStrikeCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class UseSmokeCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: SmokeCardInfo
    anchor_id: int
    display_content: Text
    def __init__(self, card_info: _Optional[_Union[SmokeCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class UseExtraTimeCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: ExtraTimeCardInfo
    anchor_id: int
    display_content: Text
    def __init__(self, card_info: _Optional[_Union[ExtraTimeCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class UseSpecialEffectCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content", "affected_anchor_pairs", "effect_type", "community_heart_me_info", "community_heart_me_info_str")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    AFFECTED_ANCHOR_PAIRS_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_FIELD_NUMBER: _ClassVar[int]
    COMMUNITY_HEART_ME_INFO_STR_FIELD_NUMBER: _ClassVar[int]
    card_info: SpecialEffectCardInfo
    anchor_id: int
    display_content: Text
    affected_anchor_pairs: _containers.RepeatedCompositeFieldContainer[AnchorPair]
    effect_type: int
    community_heart_me_info: CommunityHeartMeInfo
    community_heart_me_info_str: str
    def __init__(self, card_info: _Optional[_Union[SpecialEffectCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ..., affected_anchor_pairs: _Optional[_Iterable[_Union[AnchorPair, _Mapping]]] = ..., effect_type: _Optional[int] = ..., community_heart_me_info: _Optional[_Union[CommunityHeartMeInfo, _Mapping]] = ..., community_heart_me_info_str: _Optional[str] = ...) -> None: ...

class UsePotionCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: PotionCardInfo
    anchor_id: int
    display_content: Text
    def __init__(self, card_info: _Optional[_Union[PotionCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class UseWaveCard(_message.Message):
    __slots__ = ("card_info", "anchor_id", "display_content")
    CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    card_info: WaveCardInfo
    anchor_id: int
    display_content: Text
    def __init__(self, card_info: _Optional[_Union[WaveCardInfo, _Mapping]] = ..., anchor_id: _Optional[int] = ..., display_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class LiveMessageSei(_message.Message):
    __slots__ = ("unique_id", "timestamp")
    UNIQUE_ID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    unique_id: LiveMessageId
    timestamp: int
    def __init__(self, unique_id: _Optional[_Union[LiveMessageId, _Mapping]] = ..., timestamp: _Optional[int] = ...) -> None: ...

class LiveMessageId(_message.Message):
    __slots__ = ("primary_id", "message_scene")
    PRIMARY_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_SCENE_FIELD_NUMBER: _ClassVar[int]
    primary_id: str
    message_scene: str
    def __init__(self, primary_id: _Optional[str] = ..., message_scene: _Optional[str] = ...) -> None: ...

class Content(_message.Message):
    __slots__ = ("name", "font_color", "level")
    NAME_FIELD_NUMBER: _ClassVar[int]
    FONT_COLOR_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    name: str
    font_color: str
    level: int
    def __init__(self, name: _Optional[str] = ..., font_color: _Optional[str] = ..., level: _Optional[int] = ...) -> None: ...

class ShowResult(_message.Message):
    __slots__ = ("banned",)
    BANNED_FIELD_NUMBER: _ClassVar[int]
    banned: bool
    def __init__(self, banned: bool = ...) -> None: ...

class ModelBorderInfo(_message.Message):
    __slots__ = ("icon", "level", "source", "profile_decoration_ribbon", "border_privilege_log_extra", "profile_privilege_log_extra", "avatar_background_color", "avatar_background_border_color", "name_starling_key", "desc_starling_key", "name", "description", "is_taller_avatar_background")
    ICON_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_DECORATION_RIBBON_FIELD_NUMBER: _ClassVar[int]
    BORDER_PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    PROFILE_PRIVILEGE_LOG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    AVATAR_BACKGROUND_BORDER_COLOR_FIELD_NUMBER: _ClassVar[int]
    NAME_STARLING_KEY_FIELD_NUMBER: _ClassVar[int]
    DESC_STARLING_KEY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IS_TALLER_AVATAR_BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    level: int
    source: str
    profile_decoration_ribbon: ImageModel
    border_privilege_log_extra: PrivilegeLogExtra
    profile_privilege_log_extra: PrivilegeLogExtra
    avatar_background_color: str
    avatar_background_border_color: str
    name_starling_key: str
    desc_starling_key: str
    name: str
    description: str
    is_taller_avatar_background: bool
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., level: _Optional[int] = ..., source: _Optional[str] = ..., profile_decoration_ribbon: _Optional[_Union[ImageModel, _Mapping]] = ..., border_privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., profile_privilege_log_extra: _Optional[_Union[PrivilegeLogExtra, _Mapping]] = ..., avatar_background_color: _Optional[str] = ..., avatar_background_border_color: _Optional[str] = ..., name_starling_key: _Optional[str] = ..., desc_starling_key: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., is_taller_avatar_background: bool = ...) -> None: ...

class OwnRoom(_message.Message):
    __slots__ = ("room_ids", "room_ids_str")
    ROOM_IDS_FIELD_NUMBER: _ClassVar[int]
    ROOM_IDS_STR_FIELD_NUMBER: _ClassVar[int]
    room_ids: _containers.RepeatedScalarFieldContainer[int]
    room_ids_str: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, room_ids: _Optional[_Iterable[int]] = ..., room_ids_str: _Optional[_Iterable[str]] = ...) -> None: ...

class AnchorInfo(_message.Message):
    __slots__ = ("level",)
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    level: int
    def __init__(self, level: _Optional[int] = ...) -> None: ...

class AnchorLevel(_message.Message):
    __slots__ = ("level", "experience", "lowest_experience_this_level", "highest_experience_this_level", "task_start_experience", "task_start_time", "task_decrease_experience", "task_target_experience", "task_end_time", "profile_dialog_bg", "profile_dialog_bg_back", "stage_level", "small_icon")
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    LOWEST_EXPERIENCE_THIS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    HIGHEST_EXPERIENCE_THIS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    TASK_START_EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    TASK_START_TIME_FIELD_NUMBER: _ClassVar[int]
    TASK_DECREASE_EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    TASK_TARGET_EXPERIENCE_FIELD_NUMBER: _ClassVar[int]
    TASK_END_TIME_FIELD_NUMBER: _ClassVar[int]
    PROFILE_DIALOG_BG_FIELD_NUMBER: _ClassVar[int]
    PROFILE_DIALOG_BG_BACK_FIELD_NUMBER: _ClassVar[int]
    STAGE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    SMALL_ICON_FIELD_NUMBER: _ClassVar[int]
    level: int
    experience: int
    lowest_experience_this_level: int
    highest_experience_this_level: int
    task_start_experience: int
    task_start_time: int
    task_decrease_experience: int
    task_target_experience: int
    task_end_time: int
    profile_dialog_bg: ImageModel
    profile_dialog_bg_back: ImageModel
    stage_level: ImageModel
    small_icon: ImageModel
    def __init__(self, level: _Optional[int] = ..., experience: _Optional[int] = ..., lowest_experience_this_level: _Optional[int] = ..., highest_experience_this_level: _Optional[int] = ..., task_start_experience: _Optional[int] = ..., task_start_time: _Optional[int] = ..., task_decrease_experience: _Optional[int] = ..., task_target_experience: _Optional[int] = ..., task_end_time: _Optional[int] = ..., profile_dialog_bg: _Optional[_Union[ImageModel, _Mapping]] = ..., profile_dialog_bg_back: _Optional[_Union[ImageModel, _Mapping]] = ..., stage_level: _Optional[_Union[ImageModel, _Mapping]] = ..., small_icon: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class Author(_message.Message):
    __slots__ = ("video_total_count", "video_total_play_count", "video_total_favorite_count")
    VIDEO_TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    VIDEO_TOTAL_PLAY_COUNT_FIELD_NUMBER: _ClassVar[int]
    VIDEO_TOTAL_FAVORITE_COUNT_FIELD_NUMBER: _ClassVar[int]
    video_total_count: int
    video_total_play_count: int
    video_total_favorite_count: int
    def __init__(self, video_total_count: _Optional[int] = ..., video_total_play_count: _Optional[int] = ..., video_total_favorite_count: _Optional[int] = ...) -> None: ...

class ActivityRewardInfo(_message.Message):
    __slots__ = ("badge", "storytag")
    BADGE_FIELD_NUMBER: _ClassVar[int]
    STORYTAG_FIELD_NUMBER: _ClassVar[int]
    badge: ImageModel
    storytag: ImageModel
    def __init__(self, badge: _Optional[_Union[ImageModel, _Mapping]] = ..., storytag: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class AuthenticationInfo(_message.Message):
    __slots__ = ("custom_verify", "enterprise_verify_reason", "authentication_badge", "has_cert")
    CUSTOM_VERIFY_FIELD_NUMBER: _ClassVar[int]
    ENTERPRISE_VERIFY_REASON_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_BADGE_FIELD_NUMBER: _ClassVar[int]
    HAS_CERT_FIELD_NUMBER: _ClassVar[int]
    custom_verify: str
    enterprise_verify_reason: str
    authentication_badge: ImageModel
    has_cert: bool
    def __init__(self, custom_verify: _Optional[str] = ..., enterprise_verify_reason: _Optional[str] = ..., authentication_badge: _Optional[_Union[ImageModel, _Mapping]] = ..., has_cert: bool = ...) -> None: ...

class ComboBadgeInfo(_message.Message):
    __slots__ = ("icon", "combo_count")
    ICON_FIELD_NUMBER: _ClassVar[int]
    COMBO_COUNT_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    combo_count: int
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., combo_count: _Optional[int] = ...) -> None: ...

class FansClubInfo(_message.Message):
    __slots__ = ("is_sleeping", "fans_level", "fans_score", "badge", "fans_count", "fans_club_name")
    IS_SLEEPING_FIELD_NUMBER: _ClassVar[int]
    FANS_LEVEL_FIELD_NUMBER: _ClassVar[int]
    FANS_SCORE_FIELD_NUMBER: _ClassVar[int]
    BADGE_FIELD_NUMBER: _ClassVar[int]
    FANS_COUNT_FIELD_NUMBER: _ClassVar[int]
    FANS_CLUB_NAME_FIELD_NUMBER: _ClassVar[int]
    is_sleeping: bool
    fans_level: int
    fans_score: int
    badge: ImageModel
    fans_count: int
    fans_club_name: str
    def __init__(self, is_sleeping: bool = ..., fans_level: _Optional[int] = ..., fans_score: _Optional[int] = ..., badge: _Optional[_Union[ImageModel, _Mapping]] = ..., fans_count: _Optional[int] = ..., fans_club_name: _Optional[str] = ...) -> None: ...

class LiveEventInfo(_message.Message):
    __slots__ = ("event_id", "start_time", "duration", "title", "description", "has_subscribed", "is_paid_event", "ticket_amount", "pay_method", "wallet_pkg_dict", "event_user_info", "subscribed_count", "paid_event_preview", "wallet_package", "register_type", "periodic_settings", "periodic_shows")
    class WalletPkgDictEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: WalletPackage
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[WalletPackage, _Mapping]] = ...) -> None: ...
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    HAS_SUBSCRIBED_FIELD_NUMBER: _ClassVar[int]
    IS_PAID_EVENT_FIELD_NUMBER: _ClassVar[int]
    TICKET_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    PAY_METHOD_FIELD_NUMBER: _ClassVar[int]
    WALLET_PKG_DICT_FIELD_NUMBER: _ClassVar[int]
    EVENT_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBED_COUNT_FIELD_NUMBER: _ClassVar[int]
    PAID_EVENT_PREVIEW_FIELD_NUMBER: _ClassVar[int]
    WALLET_PACKAGE_FIELD_NUMBER: _ClassVar[int]
    REGISTER_TYPE_FIELD_NUMBER: _ClassVar[int]
    PERIODIC_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    PERIODIC_SHOWS_FIELD_NUMBER: _ClassVar[int]
    event_id: int
    start_time: int
    duration: int
    title: str
    description: str
    has_subscribed: bool
    is_paid_event: bool
    ticket_amount: int
    pay_method: int
    wallet_pkg_dict: _containers.MessageMap[str, WalletPackage]
    event_user_info: _containers.RepeatedCompositeFieldContainer[EventUserInfo]
    subscribed_count: int
    paid_event_preview: PaidEventPreview
    wallet_package: WalletPackage
    register_type: int
    periodic_settings: str
    periodic_shows: str
    def __init__(self, event_id: _Optional[int] = ..., start_time: _Optional[int] = ..., duration: _Optional[int] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., has_subscribed: bool = ..., is_paid_event: bool = ..., ticket_amount: _Optional[int] = ..., pay_method: _Optional[int] = ..., wallet_pkg_dict: _Optional[_Mapping[str, WalletPackage]] = ..., event_user_info: _Optional[_Iterable[_Union[EventUserInfo, _Mapping]]] = ..., subscribed_count: _Optional[int] = ..., paid_event_preview: _Optional[_Union[PaidEventPreview, _Mapping]] = ..., wallet_package: _Optional[_Union[WalletPackage, _Mapping]] = ..., register_type: _Optional[int] = ..., periodic_settings: _Optional[str] = ..., periodic_shows: _Optional[str] = ...) -> None: ...

class EcommerceEntrance(_message.Message):
    __slots__ = ("entrance_type", "creator_type", "schema", "shop_entrance_info", "showcase_entrance_info", "view_version")
    ENTRANCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SHOP_ENTRANCE_INFO_FIELD_NUMBER: _ClassVar[int]
    SHOWCASE_ENTRANCE_INFO_FIELD_NUMBER: _ClassVar[int]
    VIEW_VERSION_FIELD_NUMBER: _ClassVar[int]
    entrance_type: int
    creator_type: int
    schema: str
    shop_entrance_info: ShopEntranceInfo
    showcase_entrance_info: ShowcaseEntranceInfo
    view_version: int
    def __init__(self, entrance_type: _Optional[int] = ..., creator_type: _Optional[int] = ..., schema: _Optional[str] = ..., shop_entrance_info: _Optional[_Union[ShopEntranceInfo, _Mapping]] = ..., showcase_entrance_info: _Optional[_Union[ShowcaseEntranceInfo, _Mapping]] = ..., view_version: _Optional[int] = ...) -> None: ...

class EnigmaInfo(_message.Message):
    __slots__ = ("is_enigma_mask_on",)
    IS_ENIGMA_MASK_ON_FIELD_NUMBER: _ClassVar[int]
    is_enigma_mask_on: bool
    def __init__(self, is_enigma_mask_on: bool = ...) -> None: ...

class CreatorSuccessInfo(_message.Message):
    __slots__ = ("tags", "topic", "topic_list", "frequency_control")
    TAGS_FIELD_NUMBER: _ClassVar[int]
    TOPIC_FIELD_NUMBER: _ClassVar[int]
    TOPIC_LIST_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_CONTROL_FIELD_NUMBER: _ClassVar[int]
    tags: _containers.RepeatedCompositeFieldContainer[TagItem]
    topic: Topic
    topic_list: _containers.RepeatedCompositeFieldContainer[Topic]
    frequency_control: FrequencyControl
    def __init__(self, tags: _Optional[_Iterable[_Union[TagItem, _Mapping]]] = ..., topic: _Optional[_Union[Topic, _Mapping]] = ..., topic_list: _Optional[_Iterable[_Union[Topic, _Mapping]]] = ..., frequency_control: _Optional[_Union[FrequencyControl, _Mapping]] = ...) -> None: ...

class PortraitInfo(_message.Message):
    __slots__ = ("user_metrics", "portrait_tag")
    USER_METRICS_FIELD_NUMBER: _ClassVar[int]
    PORTRAIT_TAG_FIELD_NUMBER: _ClassVar[int]
    user_metrics: _containers.RepeatedCompositeFieldContainer[UserMetrics]
    portrait_tag: _containers.RepeatedCompositeFieldContainer[PortraitTag]
    def __init__(self, user_metrics: _Optional[_Iterable[_Union[UserMetrics, _Mapping]]] = ..., portrait_tag: _Optional[_Iterable[_Union[PortraitTag, _Mapping]]] = ...) -> None: ...

class UserInteractionInfo(_message.Message):
    __slots__ = ("like_cnt", "comment_cnt", "share_cnt")
    LIKE_CNT_FIELD_NUMBER: _ClassVar[int]
    COMMENT_CNT_FIELD_NUMBER: _ClassVar[int]
    SHARE_CNT_FIELD_NUMBER: _ClassVar[int]
    like_cnt: int
    comment_cnt: int
    share_cnt: int
    def __init__(self, like_cnt: _Optional[int] = ..., comment_cnt: _Optional[int] = ..., share_cnt: _Optional[int] = ...) -> None: ...

class MessageDisplayInfo(_message.Message):
    __slots__ = ("duration_type", "show_duration_ms", "incr_duration_ms", "stay_style")
    DURATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    SHOW_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    INCR_DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    STAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    duration_type: int
    show_duration_ms: int
    incr_duration_ms: int
    stay_style: int
    def __init__(self, duration_type: _Optional[int] = ..., show_duration_ms: _Optional[int] = ..., incr_duration_ms: _Optional[int] = ..., stay_style: _Optional[int] = ...) -> None: ...

class OperationInfo(_message.Message):
    __slots__ = ("initial_state", "success_state", "failure_state")
    INITIAL_STATE_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_STATE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_STATE_FIELD_NUMBER: _ClassVar[int]
    initial_state: OperationState
    success_state: OperationState
    failure_state: OperationState
    def __init__(self, initial_state: _Optional[_Union[OperationState, _Mapping]] = ..., success_state: _Optional[_Union[OperationState, _Mapping]] = ..., failure_state: _Optional[_Union[OperationState, _Mapping]] = ...) -> None: ...

class CapsuleBizParamsCohost(_message.Message):
    __slots__ = ("available_friend_number", "is_followed_by_rival", "rival_user", "type", "invitee_model_prediction_data", "invitee_room_id", "invitee_inner_channel_id", "invitee_user_info", "is_friend", "sub_type", "rival_vote_count", "anchor_class_label", "rival_class_label")
    AVAILABLE_FRIEND_NUMBER_FIELD_NUMBER: _ClassVar[int]
    IS_FOLLOWED_BY_RIVAL_FIELD_NUMBER: _ClassVar[int]
    RIVAL_USER_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    INVITEE_MODEL_PREDICTION_DATA_FIELD_NUMBER: _ClassVar[int]
    INVITEE_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_INNER_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    INVITEE_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    IS_FRIEND_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    RIVAL_VOTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_CLASS_LABEL_FIELD_NUMBER: _ClassVar[int]
    RIVAL_CLASS_LABEL_FIELD_NUMBER: _ClassVar[int]
    available_friend_number: int
    is_followed_by_rival: bool
    rival_user: User
    type: str
    invitee_model_prediction_data: UserModelPredictionData
    invitee_room_id: int
    invitee_inner_channel_id: int
    invitee_user_info: User
    is_friend: bool
    sub_type: str
    rival_vote_count: str
    anchor_class_label: GiftGalleryBadgeSection
    rival_class_label: GiftGalleryBadgeSection
    def __init__(self, available_friend_number: _Optional[int] = ..., is_followed_by_rival: bool = ..., rival_user: _Optional[_Union[User, _Mapping]] = ..., type: _Optional[str] = ..., invitee_model_prediction_data: _Optional[_Union[UserModelPredictionData, _Mapping]] = ..., invitee_room_id: _Optional[int] = ..., invitee_inner_channel_id: _Optional[int] = ..., invitee_user_info: _Optional[_Union[User, _Mapping]] = ..., is_friend: bool = ..., sub_type: _Optional[str] = ..., rival_vote_count: _Optional[str] = ..., anchor_class_label: _Optional[_Union[GiftGalleryBadgeSection, _Mapping]] = ..., rival_class_label: _Optional[_Union[GiftGalleryBadgeSection, _Mapping]] = ...) -> None: ...

class CapsuleBizParamsRandomGift(_message.Message):
    __slots__ = ("round", "effect_name_key", "gift", "type", "filter_host")
    ROUND_FIELD_NUMBER: _ClassVar[int]
    EFFECT_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    GIFT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    FILTER_HOST_FIELD_NUMBER: _ClassVar[int]
    round: int
    effect_name_key: str
    gift: Gift
    type: int
    filter_host: bool
    def __init__(self, round: _Optional[int] = ..., effect_name_key: _Optional[str] = ..., gift: _Optional[_Union[Gift, _Mapping]] = ..., type: _Optional[int] = ..., filter_host: bool = ...) -> None: ...

class CapsuleBizParamsNewAnchorEffect(_message.Message):
    __slots__ = ("effect_panel", "resource_id", "category_id", "tab_key")
    EFFECT_PANEL_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    TAB_KEY_FIELD_NUMBER: _ClassVar[int]
    effect_panel: str
    resource_id: str
    category_id: str
    tab_key: str
    def __init__(self, effect_panel: _Optional[str] = ..., resource_id: _Optional[str] = ..., category_id: _Optional[str] = ..., tab_key: _Optional[str] = ...) -> None: ...

class CapsuleBizParamsCommentFlaggedPrompt(_message.Message):
    __slots__ = ("trigger",)
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    trigger: int
    def __init__(self, trigger: _Optional[int] = ...) -> None: ...

class CapsuleBizParamsMultiGuestInviteGuide(_message.Message):
    __slots__ = ("invitee_user", "display_strategy", "linkmic_audience_invite_notice_reason", "notice_type", "turn_on_guide", "notice_guide", "group_chat_member_invite_guide")
    INVITEE_USER_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_AUDIENCE_INVITE_NOTICE_REASON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    TURN_ON_GUIDE_FIELD_NUMBER: _ClassVar[int]
    NOTICE_GUIDE_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHAT_MEMBER_INVITE_GUIDE_FIELD_NUMBER: _ClassVar[int]
    invitee_user: User
    display_strategy: int
    linkmic_audience_invite_notice_reason: str
    notice_type: int
    turn_on_guide: LinkMicAudienceTurnOnGuide
    notice_guide: LinkMicAudienceInviteGuide
    group_chat_member_invite_guide: LinkmicAudienceInviteGroupChatMemberGuide
    def __init__(self, invitee_user: _Optional[_Union[User, _Mapping]] = ..., display_strategy: _Optional[int] = ..., linkmic_audience_invite_notice_reason: _Optional[str] = ..., notice_type: _Optional[int] = ..., turn_on_guide: _Optional[_Union[LinkMicAudienceTurnOnGuide, _Mapping]] = ..., notice_guide: _Optional[_Union[LinkMicAudienceInviteGuide, _Mapping]] = ..., group_chat_member_invite_guide: _Optional[_Union[LinkmicAudienceInviteGroupChatMemberGuide, _Mapping]] = ...) -> None: ...

class CapsuleBizParamsAnchorPinPerk(_message.Message):
    __slots__ = ("pin_id", "pin_card_type", "template_id")
    PIN_ID_FIELD_NUMBER: _ClassVar[int]
    PIN_CARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    pin_id: int
    pin_card_type: int
    template_id: str
    def __init__(self, pin_id: _Optional[int] = ..., pin_card_type: _Optional[int] = ..., template_id: _Optional[str] = ...) -> None: ...

class CapsuleBizParamsGamingModeratorsCommentGuide(_message.Message):
    __slots__ = ("user", "reply_msg_text", "recommend_text", "rule_id", "action")
    USER_FIELD_NUMBER: _ClassVar[int]
    REPLY_MSG_TEXT_FIELD_NUMBER: _ClassVar[int]
    RECOMMEND_TEXT_FIELD_NUMBER: _ClassVar[int]
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    user: User
    reply_msg_text: Text
    recommend_text: RecommendComment
    rule_id: int
    action: GameAction
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ..., reply_msg_text: _Optional[_Union[Text, _Mapping]] = ..., recommend_text: _Optional[_Union[RecommendComment, _Mapping]] = ..., rule_id: _Optional[int] = ..., action: _Optional[_Union[GameAction, _Mapping]] = ...) -> None: ...

class CapsuleBizParamsCommentMuteRulePrompt(_message.Message):
    __slots__ = ("content", "user_cnt")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_CNT_FIELD_NUMBER: _ClassVar[int]
    content: str
    user_cnt: int
    def __init__(self, content: _Optional[str] = ..., user_cnt: _Optional[int] = ...) -> None: ...

class CapsuleBizParamsCommentFlaggedPromptForNewUser(_message.Message):
    __slots__ = ("trigger", "comment_ids")
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    COMMENT_IDS_FIELD_NUMBER: _ClassVar[int]
    trigger: int
    comment_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, trigger: _Optional[int] = ..., comment_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class CapsuleBizParamsModeratorGuide(_message.Message):
    __slots__ = ("is_gift_moderator", "is_interactive_moderator", "is_tool_moderator", "hv_user", "welcome_msg", "recommend_sensitive_words")
    IS_GIFT_MODERATOR_FIELD_NUMBER: _ClassVar[int]
    IS_INTERACTIVE_MODERATOR_FIELD_NUMBER: _ClassVar[int]
    IS_TOOL_MODERATOR_FIELD_NUMBER: _ClassVar[int]
    HV_USER_FIELD_NUMBER: _ClassVar[int]
    WELCOME_MSG_FIELD_NUMBER: _ClassVar[int]
    RECOMMEND_SENSITIVE_WORDS_FIELD_NUMBER: _ClassVar[int]
    is_gift_moderator: bool
    is_interactive_moderator: bool
    is_tool_moderator: bool
    hv_user: User
    welcome_msg: Text
    recommend_sensitive_words: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, is_gift_moderator: bool = ..., is_interactive_moderator: bool = ..., is_tool_moderator: bool = ..., hv_user: _Optional[_Union[User, _Mapping]] = ..., welcome_msg: _Optional[_Union[Text, _Mapping]] = ..., recommend_sensitive_words: _Optional[_Iterable[str]] = ...) -> None: ...

class CapsuleBizParamsMultiGuestApplyGuide(_message.Message):
    __slots__ = ("apply_user", "display_strategy", "linkmic_audience_apply_notice_reason", "notice_type", "apply_notice_guide")
    APPLY_USER_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_AUDIENCE_APPLY_NOTICE_REASON_FIELD_NUMBER: _ClassVar[int]
    NOTICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    APPLY_NOTICE_GUIDE_FIELD_NUMBER: _ClassVar[int]
    apply_user: User
    display_strategy: int
    linkmic_audience_apply_notice_reason: str
    notice_type: int
    apply_notice_guide: LinkmicAudienceApplyGuide
    def __init__(self, apply_user: _Optional[_Union[User, _Mapping]] = ..., display_strategy: _Optional[int] = ..., linkmic_audience_apply_notice_reason: _Optional[str] = ..., notice_type: _Optional[int] = ..., apply_notice_guide: _Optional[_Union[LinkmicAudienceApplyGuide, _Mapping]] = ...) -> None: ...

class CapsuleBizParamsEcom(_message.Message):
    __slots__ = ("event_tracking",)
    EVENT_TRACKING_FIELD_NUMBER: _ClassVar[int]
    event_tracking: CapsuleBizParamsEcomEventTracking
    def __init__(self, event_tracking: _Optional[_Union[CapsuleBizParamsEcomEventTracking, _Mapping]] = ...) -> None: ...

class PerceptionFeedbackOption(_message.Message):
    __slots__ = ("id", "content_key")
    ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_KEY_FIELD_NUMBER: _ClassVar[int]
    id: int
    content_key: str
    def __init__(self, id: _Optional[int] = ..., content_key: _Optional[str] = ...) -> None: ...

class EmoteModelAuditInfo(_message.Message):
    __slots__ = ("violation_id", "task_type")
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_TYPE_FIELD_NUMBER: _ClassVar[int]
    violation_id: int
    task_type: int
    def __init__(self, violation_id: _Optional[int] = ..., task_type: _Optional[int] = ...) -> None: ...

class EmoteUploadInfo(_message.Message):
    __slots__ = ("user_id", "emote_upload_source", "user_info", "user_id_str")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    EMOTE_UPLOAD_SOURCE_FIELD_NUMBER: _ClassVar[int]
    USER_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    emote_upload_source: int
    user_info: User
    user_id_str: str
    def __init__(self, user_id: _Optional[int] = ..., emote_upload_source: _Optional[int] = ..., user_info: _Optional[_Union[User, _Mapping]] = ..., user_id_str: _Optional[str] = ...) -> None: ...

class EnvelopeEnigmaInfo(_message.Message):
    __slots__ = ("is_enigma_mask_on",)
    IS_ENIGMA_MASK_ON_FIELD_NUMBER: _ClassVar[int]
    is_enigma_mask_on: bool
    def __init__(self, is_enigma_mask_on: bool = ...) -> None: ...

class SceneRestriction(_message.Message):
    __slots__ = ("normal_hidden_gids", "match_hidden_gids", "cohost_hidden_gids", "multiguest_hidden_gids")
    NORMAL_HIDDEN_GIDS_FIELD_NUMBER: _ClassVar[int]
    MATCH_HIDDEN_GIDS_FIELD_NUMBER: _ClassVar[int]
    COHOST_HIDDEN_GIDS_FIELD_NUMBER: _ClassVar[int]
    MULTIGUEST_HIDDEN_GIDS_FIELD_NUMBER: _ClassVar[int]
    normal_hidden_gids: _containers.RepeatedScalarFieldContainer[int]
    match_hidden_gids: _containers.RepeatedScalarFieldContainer[int]
    cohost_hidden_gids: _containers.RepeatedScalarFieldContainer[int]
    multiguest_hidden_gids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, normal_hidden_gids: _Optional[_Iterable[int]] = ..., match_hidden_gids: _Optional[_Iterable[int]] = ..., cohost_hidden_gids: _Optional[_Iterable[int]] = ..., multiguest_hidden_gids: _Optional[_Iterable[int]] = ...) -> None: ...

class ReceiverRestriction(_message.Message):
    __slots__ = ("user_id", "hidden_gids")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    HIDDEN_GIDS_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    hidden_gids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, user_id: _Optional[int] = ..., hidden_gids: _Optional[_Iterable[int]] = ...) -> None: ...

class Detail(_message.Message):
    __slots__ = ("text", "text_font_size", "background", "start", "duration", "x", "y", "width", "height", "shadow_dx", "shadow_dy", "shadow_radius", "shadow_color", "stroke_color", "stroke_width")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    TEXT_FONT_SIZE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    SHADOW_DX_FIELD_NUMBER: _ClassVar[int]
    SHADOW_DY_FIELD_NUMBER: _ClassVar[int]
    SHADOW_RADIUS_FIELD_NUMBER: _ClassVar[int]
    SHADOW_COLOR_FIELD_NUMBER: _ClassVar[int]
    STROKE_COLOR_FIELD_NUMBER: _ClassVar[int]
    STROKE_WIDTH_FIELD_NUMBER: _ClassVar[int]
    text: Text
    text_font_size: int
    background: ImageModel
    start: int
    duration: int
    x: int
    y: int
    width: int
    height: int
    shadow_dx: int
    shadow_dy: int
    shadow_radius: int
    shadow_color: str
    stroke_color: str
    stroke_width: int
    def __init__(self, text: _Optional[_Union[Text, _Mapping]] = ..., text_font_size: _Optional[int] = ..., background: _Optional[_Union[ImageModel, _Mapping]] = ..., start: _Optional[int] = ..., duration: _Optional[int] = ..., x: _Optional[int] = ..., y: _Optional[int] = ..., width: _Optional[int] = ..., height: _Optional[int] = ..., shadow_dx: _Optional[int] = ..., shadow_dy: _Optional[int] = ..., shadow_radius: _Optional[int] = ..., shadow_color: _Optional[str] = ..., stroke_color: _Optional[str] = ..., stroke_width: _Optional[int] = ...) -> None: ...

class GiftPanelBanner(_message.Message):
    __slots__ = ("display_text", "left_icon", "schema_url", "bg_color_values", "banner_lynx_url", "banner_priority", "banner_lynx_extra", "bg_image")
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    BG_COLOR_VALUES_FIELD_NUMBER: _ClassVar[int]
    BANNER_LYNX_URL_FIELD_NUMBER: _ClassVar[int]
    BANNER_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    BANNER_LYNX_EXTRA_FIELD_NUMBER: _ClassVar[int]
    BG_IMAGE_FIELD_NUMBER: _ClassVar[int]
    display_text: Text
    left_icon: ImageModel
    schema_url: str
    bg_color_values: _containers.RepeatedScalarFieldContainer[str]
    banner_lynx_url: str
    banner_priority: int
    banner_lynx_extra: str
    bg_image: ImageModel
    def __init__(self, display_text: _Optional[_Union[Text, _Mapping]] = ..., left_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., schema_url: _Optional[str] = ..., bg_color_values: _Optional[_Iterable[str]] = ..., banner_lynx_url: _Optional[str] = ..., banner_priority: _Optional[int] = ..., banner_lynx_extra: _Optional[str] = ..., bg_image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class GiftBoxInfo(_message.Message):
    __slots__ = ("capacity", "is_primary_box", "scheme_url", "gift_infos_in_box")
    CAPACITY_FIELD_NUMBER: _ClassVar[int]
    IS_PRIMARY_BOX_FIELD_NUMBER: _ClassVar[int]
    SCHEME_URL_FIELD_NUMBER: _ClassVar[int]
    GIFT_INFOS_IN_BOX_FIELD_NUMBER: _ClassVar[int]
    capacity: int
    is_primary_box: bool
    scheme_url: str
    gift_infos_in_box: _containers.RepeatedCompositeFieldContainer[GiftInfoInBox]
    def __init__(self, capacity: _Optional[int] = ..., is_primary_box: bool = ..., scheme_url: _Optional[str] = ..., gift_infos_in_box: _Optional[_Iterable[_Union[GiftInfoInBox, _Mapping]]] = ...) -> None: ...

class GiftLockInfo(_message.Message):
    __slots__ = ("lock", "lock_type", "gift_level", "highlight_enabled", "unlock_button_text", "unlock_schema")
    LOCK_FIELD_NUMBER: _ClassVar[int]
    LOCK_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_LEVEL_FIELD_NUMBER: _ClassVar[int]
    HIGHLIGHT_ENABLED_FIELD_NUMBER: _ClassVar[int]
    UNLOCK_BUTTON_TEXT_FIELD_NUMBER: _ClassVar[int]
    UNLOCK_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    lock: bool
    lock_type: int
    gift_level: int
    highlight_enabled: bool
    unlock_button_text: str
    unlock_schema: str
    def __init__(self, lock: bool = ..., lock_type: _Optional[int] = ..., gift_level: _Optional[int] = ..., highlight_enabled: bool = ..., unlock_button_text: _Optional[str] = ..., unlock_schema: _Optional[str] = ...) -> None: ...

class GiftColorInfo(_message.Message):
    __slots__ = ("color_id", "color_name", "color_values", "color_image", "gift_image", "color_effect_id", "is_default", "color_image_size", "color_reason", "color_name_english", "gift_describe")
    COLOR_ID_FIELD_NUMBER: _ClassVar[int]
    COLOR_NAME_FIELD_NUMBER: _ClassVar[int]
    COLOR_VALUES_FIELD_NUMBER: _ClassVar[int]
    COLOR_IMAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_IMAGE_FIELD_NUMBER: _ClassVar[int]
    COLOR_EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    COLOR_IMAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    COLOR_REASON_FIELD_NUMBER: _ClassVar[int]
    COLOR_NAME_ENGLISH_FIELD_NUMBER: _ClassVar[int]
    GIFT_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    color_id: int
    color_name: str
    color_values: _containers.RepeatedScalarFieldContainer[str]
    color_image: ImageModel
    gift_image: ImageModel
    color_effect_id: int
    is_default: bool
    color_image_size: int
    color_reason: _containers.RepeatedScalarFieldContainer[str]
    color_name_english: str
    gift_describe: str
    def __init__(self, color_id: _Optional[int] = ..., color_name: _Optional[str] = ..., color_values: _Optional[_Iterable[str]] = ..., color_image: _Optional[_Union[ImageModel, _Mapping]] = ..., gift_image: _Optional[_Union[ImageModel, _Mapping]] = ..., color_effect_id: _Optional[int] = ..., is_default: bool = ..., color_image_size: _Optional[int] = ..., color_reason: _Optional[_Iterable[str]] = ..., color_name_english: _Optional[str] = ..., gift_describe: _Optional[str] = ...) -> None: ...

class GiftRandomEffectInfo(_message.Message):
    __slots__ = ("random_gift_panel_banner", "effect_ids", "host_key", "audience_key", "random_gift_bubble")
    RANDOM_GIFT_PANEL_BANNER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    HOST_KEY_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_KEY_FIELD_NUMBER: _ClassVar[int]
    RANDOM_GIFT_BUBBLE_FIELD_NUMBER: _ClassVar[int]
    random_gift_panel_banner: RandomGiftPanelBanner
    effect_ids: _containers.RepeatedScalarFieldContainer[int]
    host_key: str
    audience_key: str
    random_gift_bubble: RandomGiftBubble
    def __init__(self, random_gift_panel_banner: _Optional[_Union[RandomGiftPanelBanner, _Mapping]] = ..., effect_ids: _Optional[_Iterable[int]] = ..., host_key: _Optional[str] = ..., audience_key: _Optional[str] = ..., random_gift_bubble: _Optional[_Union[RandomGiftBubble, _Mapping]] = ...) -> None: ...

class GiftSponsorInfo(_message.Message):
    __slots__ = ("sponsor_id", "sponsor_count", "current_count", "left_count_to_sponsor", "can_sponsor")
    SPONSOR_ID_FIELD_NUMBER: _ClassVar[int]
    SPONSOR_COUNT_FIELD_NUMBER: _ClassVar[int]
    CURRENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    LEFT_COUNT_TO_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    CAN_SPONSOR_FIELD_NUMBER: _ClassVar[int]
    sponsor_id: int
    sponsor_count: int
    current_count: int
    left_count_to_sponsor: int
    can_sponsor: bool
    def __init__(self, sponsor_id: _Optional[int] = ..., sponsor_count: _Optional[int] = ..., current_count: _Optional[int] = ..., left_count_to_sponsor: _Optional[int] = ..., can_sponsor: bool = ...) -> None: ...

class GiftSkin(_message.Message):
    __slots__ = ("gift_skin_id", "gift_skin_name", "static_image", "animated_image")
    GIFT_SKIN_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_SKIN_NAME_FIELD_NUMBER: _ClassVar[int]
    STATIC_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ANIMATED_IMAGE_FIELD_NUMBER: _ClassVar[int]
    gift_skin_id: int
    gift_skin_name: str
    static_image: ImageModel
    animated_image: ImageModel
    def __init__(self, gift_skin_id: _Optional[int] = ..., gift_skin_name: _Optional[str] = ..., static_image: _Optional[_Union[ImageModel, _Mapping]] = ..., animated_image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class GiftText(_message.Message):
    __slots__ = ("gift_text_id", "gift_text_name")
    GIFT_TEXT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_TEXT_NAME_FIELD_NUMBER: _ClassVar[int]
    gift_text_id: int
    gift_text_name: str
    def __init__(self, gift_text_id: _Optional[int] = ..., gift_text_name: _Optional[str] = ...) -> None: ...

class GiftSkinToGiftTextsInfo(_message.Message):
    __slots__ = ("gift_skin_id", "gift_text_ids")
    GIFT_SKIN_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_TEXT_IDS_FIELD_NUMBER: _ClassVar[int]
    gift_skin_id: int
    gift_text_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, gift_skin_id: _Optional[int] = ..., gift_text_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class BatchGiftInfo(_message.Message):
    __slots__ = ("can_batch_send", "available_counts")
    CAN_BATCH_SEND_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_COUNTS_FIELD_NUMBER: _ClassVar[int]
    can_batch_send: bool
    available_counts: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, can_batch_send: bool = ..., available_counts: _Optional[_Iterable[int]] = ...) -> None: ...

class UgGiftStructInfo(_message.Message):
    __slots__ = ("is_ug_gift", "ug_points_cost")
    IS_UG_GIFT_FIELD_NUMBER: _ClassVar[int]
    UG_POINTS_COST_FIELD_NUMBER: _ClassVar[int]
    is_ug_gift: bool
    ug_points_cost: int
    def __init__(self, is_ug_gift: bool = ..., ug_points_cost: _Optional[int] = ...) -> None: ...

class CrossScreenEffectInfo(_message.Message):
    __slots__ = ("single_action_effect_ids", "action_effect_ids", "reaction_effect_ids")
    class SingleActionEffectIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class ActionEffectIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class ReactionEffectIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    SINGLE_ACTION_EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    ACTION_EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    REACTION_EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    single_action_effect_ids: _containers.ScalarMap[int, int]
    action_effect_ids: _containers.ScalarMap[int, int]
    reaction_effect_ids: _containers.ScalarMap[int, int]
    def __init__(self, single_action_effect_ids: _Optional[_Mapping[int, int]] = ..., action_effect_ids: _Optional[_Mapping[int, int]] = ..., reaction_effect_ids: _Optional[_Mapping[int, int]] = ...) -> None: ...

class GiftPanelBeaconBubble(_message.Message):
    __slots__ = ("lynx_url", "lynx_extra", "type")
    LYNX_URL_FIELD_NUMBER: _ClassVar[int]
    LYNX_EXTRA_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    lynx_url: str
    lynx_extra: str
    type: int
    def __init__(self, lynx_url: _Optional[str] = ..., lynx_extra: _Optional[str] = ..., type: _Optional[int] = ...) -> None: ...

class GiftResource(_message.Message):
    __slots__ = ("id", "image", "effect_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    id: int
    image: ImageModel
    effect_id: int
    def __init__(self, id: _Optional[int] = ..., image: _Optional[_Union[ImageModel, _Mapping]] = ..., effect_id: _Optional[int] = ...) -> None: ...

class LynxCrossScreenEffectInfo(_message.Message):
    __slots__ = ("effect_ids",)
    EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    effect_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, effect_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class SchemeInfo(_message.Message):
    __slots__ = ("scheme_gift_type", "scheme_url", "scheme_describe", "scheme_describe_color")
    SCHEME_GIFT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCHEME_URL_FIELD_NUMBER: _ClassVar[int]
    SCHEME_DESCRIBE_FIELD_NUMBER: _ClassVar[int]
    SCHEME_DESCRIBE_COLOR_FIELD_NUMBER: _ClassVar[int]
    scheme_gift_type: int
    scheme_url: str
    scheme_describe: str
    scheme_describe_color: str
    def __init__(self, scheme_gift_type: _Optional[int] = ..., scheme_url: _Optional[str] = ..., scheme_describe: _Optional[str] = ..., scheme_describe_color: _Optional[str] = ...) -> None: ...

class GiftSeriesInfo(_message.Message):
    __slots__ = ("series_name", "gift_ids", "enabled", "container_background", "send_gift_button_color", "pointing_back_tri_color", "series_name_color", "end_time_sec")
    SERIES_NAME_FIELD_NUMBER: _ClassVar[int]
    GIFT_IDS_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    CONTAINER_BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    SEND_GIFT_BUTTON_COLOR_FIELD_NUMBER: _ClassVar[int]
    POINTING_BACK_TRI_COLOR_FIELD_NUMBER: _ClassVar[int]
    SERIES_NAME_COLOR_FIELD_NUMBER: _ClassVar[int]
    END_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    series_name: str
    gift_ids: _containers.RepeatedScalarFieldContainer[int]
    enabled: bool
    container_background: ImageModel
    send_gift_button_color: str
    pointing_back_tri_color: str
    series_name_color: str
    end_time_sec: int
    def __init__(self, series_name: _Optional[str] = ..., gift_ids: _Optional[_Iterable[int]] = ..., enabled: bool = ..., container_background: _Optional[_Union[ImageModel, _Mapping]] = ..., send_gift_button_color: _Optional[str] = ..., pointing_back_tri_color: _Optional[str] = ..., series_name_color: _Optional[str] = ..., end_time_sec: _Optional[int] = ...) -> None: ...

class ColorPickerInfo(_message.Message):
    __slots__ = ("groups",)
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[ColorGroup]
    def __init__(self, groups: _Optional[_Iterable[_Union[ColorGroup, _Mapping]]] = ...) -> None: ...

class MusicGiftInfo(_message.Message):
    __slots__ = ("artist_name", "resource", "song_id", "mood_id", "song_name")
    ARTIST_NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    SONG_ID_FIELD_NUMBER: _ClassVar[int]
    MOOD_ID_FIELD_NUMBER: _ClassVar[int]
    SONG_NAME_FIELD_NUMBER: _ClassVar[int]
    artist_name: str
    resource: AudioResource
    song_id: int
    mood_id: int
    song_name: str
    def __init__(self, artist_name: _Optional[str] = ..., resource: _Optional[_Union[AudioResource, _Mapping]] = ..., song_id: _Optional[int] = ..., mood_id: _Optional[int] = ..., song_name: _Optional[str] = ...) -> None: ...

class GiftInfoInBox(_message.Message):
    __slots__ = ("gift_id", "effect_id", "color_id", "remain_times", "asset")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    COLOR_ID_FIELD_NUMBER: _ClassVar[int]
    REMAIN_TIMES_FIELD_NUMBER: _ClassVar[int]
    ASSET_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    effect_id: int
    color_id: int
    remain_times: int
    asset: AssetsModel
    def __init__(self, gift_id: _Optional[int] = ..., effect_id: _Optional[int] = ..., color_id: _Optional[int] = ..., remain_times: _Optional[int] = ..., asset: _Optional[_Union[AssetsModel, _Mapping]] = ...) -> None: ...

class TransitionConfig(_message.Message):
    __slots__ = ("config_id", "resource_image")
    CONFIG_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_IMAGE_FIELD_NUMBER: _ClassVar[int]
    config_id: int
    resource_image: ImageModel
    def __init__(self, config_id: _Optional[int] = ..., resource_image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class ResourceModel(_message.Message):
    __slots__ = ("url_list", "uri")
    URL_LIST_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    url_list: _containers.RepeatedScalarFieldContainer[str]
    uri: str
    def __init__(self, url_list: _Optional[_Iterable[str]] = ..., uri: _Optional[str] = ...) -> None: ...

class LokiExtraContent(_message.Message):
    __slots__ = ("gift_type", "gift_duration", "need_screen_shot", "should_multi_frame", "view_overlay", "bef_view_render_size", "bef_view_render_fps", "bef_view_fit_mode", "model_names", "requirements")
    GIFT_TYPE_FIELD_NUMBER: _ClassVar[int]
    GIFT_DURATION_FIELD_NUMBER: _ClassVar[int]
    NEED_SCREEN_SHOT_FIELD_NUMBER: _ClassVar[int]
    SHOULD_MULTI_FRAME_FIELD_NUMBER: _ClassVar[int]
    VIEW_OVERLAY_FIELD_NUMBER: _ClassVar[int]
    BEF_VIEW_RENDER_SIZE_FIELD_NUMBER: _ClassVar[int]
    BEF_VIEW_RENDER_FPS_FIELD_NUMBER: _ClassVar[int]
    BEF_VIEW_FIT_MODE_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAMES_FIELD_NUMBER: _ClassVar[int]
    REQUIREMENTS_FIELD_NUMBER: _ClassVar[int]
    gift_type: str
    gift_duration: int
    need_screen_shot: bool
    should_multi_frame: bool
    view_overlay: str
    bef_view_render_size: BefViewRenderSize
    bef_view_render_fps: int
    bef_view_fit_mode: int
    model_names: str
    requirements: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, gift_type: _Optional[str] = ..., gift_duration: _Optional[int] = ..., need_screen_shot: bool = ..., should_multi_frame: bool = ..., view_overlay: _Optional[str] = ..., bef_view_render_size: _Optional[_Union[BefViewRenderSize, _Mapping]] = ..., bef_view_render_fps: _Optional[int] = ..., bef_view_fit_mode: _Optional[int] = ..., model_names: _Optional[str] = ..., requirements: _Optional[_Iterable[str]] = ...) -> None: ...

class VideoResource(_message.Message):
    __slots__ = ("video_type_name", "video_url", "video_md5")
    VIDEO_TYPE_NAME_FIELD_NUMBER: _ClassVar[int]
    VIDEO_URL_FIELD_NUMBER: _ClassVar[int]
    VIDEO_MD5_FIELD_NUMBER: _ClassVar[int]
    video_type_name: str
    video_url: ResourceModel
    video_md5: str
    def __init__(self, video_type_name: _Optional[str] = ..., video_url: _Optional[_Union[ResourceModel, _Mapping]] = ..., video_md5: _Optional[str] = ...) -> None: ...

class FaceRecognitionMeta(_message.Message):
    __slots__ = ("version", "requirement", "model_names", "sdk_extra")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REQUIREMENT_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAMES_FIELD_NUMBER: _ClassVar[int]
    SDK_EXTRA_FIELD_NUMBER: _ClassVar[int]
    version: str
    requirement: _containers.RepeatedScalarFieldContainer[str]
    model_names: str
    sdk_extra: str
    def __init__(self, version: _Optional[str] = ..., requirement: _Optional[_Iterable[str]] = ..., model_names: _Optional[str] = ..., sdk_extra: _Optional[str] = ...) -> None: ...

class AssetExtra(_message.Message):
    __slots__ = ("effect_starling_key",)
    EFFECT_STARLING_KEY_FIELD_NUMBER: _ClassVar[int]
    effect_starling_key: str
    def __init__(self, effect_starling_key: _Optional[str] = ...) -> None: ...

class DistributionStrategy(_message.Message):
    __slots__ = ("asset_base", "resource_type")
    ASSET_BASE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    asset_base: AssetBase
    resource_type: int
    def __init__(self, asset_base: _Optional[_Union[AssetBase, _Mapping]] = ..., resource_type: _Optional[int] = ...) -> None: ...

class PrefabBundle(_message.Message):
    __slots__ = ("prefab_effect_ids",)
    PREFAB_EFFECT_IDS_FIELD_NUMBER: _ClassVar[int]
    prefab_effect_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, prefab_effect_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class GiftEffectStreamSpec(_message.Message):
    __slots__ = ("basic_asset_id", "extra_asset_ids")
    BASIC_ASSET_ID_FIELD_NUMBER: _ClassVar[int]
    EXTRA_ASSET_IDS_FIELD_NUMBER: _ClassVar[int]
    basic_asset_id: int
    extra_asset_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, basic_asset_id: _Optional[int] = ..., extra_asset_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class GiftEffectSpecs(_message.Message):
    __slots__ = ("cross_screen_sticker", "lynx", "prefab", "serial_spec", "stream_effect_spec")
    CROSS_SCREEN_STICKER_FIELD_NUMBER: _ClassVar[int]
    LYNX_FIELD_NUMBER: _ClassVar[int]
    PREFAB_FIELD_NUMBER: _ClassVar[int]
    SERIAL_SPEC_FIELD_NUMBER: _ClassVar[int]
    STREAM_EFFECT_SPEC_FIELD_NUMBER: _ClassVar[int]
    cross_screen_sticker: GiftEffectCrossScreenStickerSpec
    lynx: GiftEffectLynxSpec
    prefab: GiftEffectPrefabSpec
    serial_spec: GiftEffectSerialSpec
    stream_effect_spec: GiftEffectStreamSpec
    def __init__(self, cross_screen_sticker: _Optional[_Union[GiftEffectCrossScreenStickerSpec, _Mapping]] = ..., lynx: _Optional[_Union[GiftEffectLynxSpec, _Mapping]] = ..., prefab: _Optional[_Union[GiftEffectPrefabSpec, _Mapping]] = ..., serial_spec: _Optional[_Union[GiftEffectSerialSpec, _Mapping]] = ..., stream_effect_spec: _Optional[_Union[GiftEffectStreamSpec, _Mapping]] = ...) -> None: ...

class Progress(_message.Message):
    __slots__ = ("current_progress", "target", "expired_timestamp_in_ms")
    CURRENT_PROGRESS_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    EXPIRED_TIMESTAMP_IN_MS_FIELD_NUMBER: _ClassVar[int]
    current_progress: int
    target: int
    expired_timestamp_in_ms: int
    def __init__(self, current_progress: _Optional[int] = ..., target: _Optional[int] = ..., expired_timestamp_in_ms: _Optional[int] = ...) -> None: ...

class RoomBasedGifts(_message.Message):
    __slots__ = ("gift_info",)
    GIFT_INFO_FIELD_NUMBER: _ClassVar[int]
    gift_info: _containers.RepeatedCompositeFieldContainer[GiftInfo]
    def __init__(self, gift_info: _Optional[_Iterable[_Union[GiftInfo, _Mapping]]] = ...) -> None: ...

class GoalStats(_message.Message):
    __slots__ = ("total_coins", "total_contributor", "comparison", "total_new_fans")
    TOTAL_COINS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_CONTRIBUTOR_FIELD_NUMBER: _ClassVar[int]
    COMPARISON_FIELD_NUMBER: _ClassVar[int]
    TOTAL_NEW_FANS_FIELD_NUMBER: _ClassVar[int]
    total_coins: int
    total_contributor: int
    comparison: GoalComparison
    total_new_fans: int
    def __init__(self, total_coins: _Optional[int] = ..., total_contributor: _Optional[int] = ..., comparison: _Optional[_Union[GoalComparison, _Mapping]] = ..., total_new_fans: _Optional[int] = ...) -> None: ...

class AuditInfo(_message.Message):
    __slots__ = ("violation_id", "task_type")
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_TYPE_FIELD_NUMBER: _ClassVar[int]
    violation_id: int
    task_type: int
    def __init__(self, violation_id: _Optional[int] = ..., task_type: _Optional[int] = ...) -> None: ...

class GoalReward(_message.Message):
    __slots__ = ("reward_content", "top_n", "has_sticker", "audit_status")
    REWARD_CONTENT_FIELD_NUMBER: _ClassVar[int]
    TOP_N_FIELD_NUMBER: _ClassVar[int]
    HAS_STICKER_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    reward_content: str
    top_n: int
    has_sticker: bool
    audit_status: int
    def __init__(self, reward_content: _Optional[str] = ..., top_n: _Optional[int] = ..., has_sticker: bool = ..., audit_status: _Optional[int] = ...) -> None: ...

class SubGoalPinInfo(_message.Message):
    __slots__ = ("pin_start_time", "pin_end_time", "pin_ready_time")
    PIN_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PIN_END_TIME_FIELD_NUMBER: _ClassVar[int]
    PIN_READY_TIME_FIELD_NUMBER: _ClassVar[int]
    pin_start_time: int
    pin_end_time: int
    pin_ready_time: int
    def __init__(self, pin_start_time: _Optional[int] = ..., pin_end_time: _Optional[int] = ..., pin_ready_time: _Optional[int] = ...) -> None: ...

class MultiLiveAnchorPanelSettings(_message.Message):
    __slots__ = ("user_id", "layout", "fix_mic_num", "allow_request_from_user", "allow_request_from_follower_only", "applier_sort_setting", "applier_sort_gift_score_threshold", "allow_request_from_friends", "allow_request_from_followers", "allow_request_from_others", "enable_show_multi_guest_layout", "disable_video_linkmic", "multi_guest_apply_auto_approve", "multi_guest_share_revenue_info_version", "show_available_spot", "save_as_default_layout", "multi_guest_allow_cohost_invitation", "multi_guest_allow_cohost_invitation_once", "disable_guest_open_camera")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    FIX_MIC_NUM_FIELD_NUMBER: _ClassVar[int]
    ALLOW_REQUEST_FROM_USER_FIELD_NUMBER: _ClassVar[int]
    ALLOW_REQUEST_FROM_FOLLOWER_ONLY_FIELD_NUMBER: _ClassVar[int]
    APPLIER_SORT_SETTING_FIELD_NUMBER: _ClassVar[int]
    APPLIER_SORT_GIFT_SCORE_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    ALLOW_REQUEST_FROM_FRIENDS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_REQUEST_FROM_FOLLOWERS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_REQUEST_FROM_OTHERS_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SHOW_MULTI_GUEST_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    DISABLE_VIDEO_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_APPLY_AUTO_APPROVE_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_SHARE_REVENUE_INFO_VERSION_FIELD_NUMBER: _ClassVar[int]
    SHOW_AVAILABLE_SPOT_FIELD_NUMBER: _ClassVar[int]
    SAVE_AS_DEFAULT_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_ALLOW_COHOST_INVITATION_FIELD_NUMBER: _ClassVar[int]
    MULTI_GUEST_ALLOW_COHOST_INVITATION_ONCE_FIELD_NUMBER: _ClassVar[int]
    DISABLE_GUEST_OPEN_CAMERA_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    layout: int
    fix_mic_num: int
    allow_request_from_user: int
    allow_request_from_follower_only: int
    applier_sort_setting: int
    applier_sort_gift_score_threshold: int
    allow_request_from_friends: int
    allow_request_from_followers: int
    allow_request_from_others: int
    enable_show_multi_guest_layout: int
    disable_video_linkmic: int
    multi_guest_apply_auto_approve: int
    multi_guest_share_revenue_info_version: int
    show_available_spot: int
    save_as_default_layout: int
    multi_guest_allow_cohost_invitation: int
    multi_guest_allow_cohost_invitation_once: int
    disable_guest_open_camera: int
    def __init__(self, user_id: _Optional[int] = ..., layout: _Optional[int] = ..., fix_mic_num: _Optional[int] = ..., allow_request_from_user: _Optional[int] = ..., allow_request_from_follower_only: _Optional[int] = ..., applier_sort_setting: _Optional[int] = ..., applier_sort_gift_score_threshold: _Optional[int] = ..., allow_request_from_friends: _Optional[int] = ..., allow_request_from_followers: _Optional[int] = ..., allow_request_from_others: _Optional[int] = ..., enable_show_multi_guest_layout: _Optional[int] = ..., disable_video_linkmic: _Optional[int] = ..., multi_guest_apply_auto_approve: _Optional[int] = ..., multi_guest_share_revenue_info_version: _Optional[int] = ..., show_available_spot: _Optional[int] = ..., save_as_default_layout: _Optional[int] = ..., multi_guest_allow_cohost_invitation: _Optional[int] = ..., multi_guest_allow_cohost_invitation_once: _Optional[int] = ..., disable_guest_open_camera: _Optional[int] = ...) -> None: ...

class InviteTopHostInfo(_message.Message):
    __slots__ = ("rank_type", "top_index")
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOP_INDEX_FIELD_NUMBER: _ClassVar[int]
    rank_type: str
    top_index: int
    def __init__(self, rank_type: _Optional[str] = ..., top_index: _Optional[int] = ...) -> None: ...

class LinkmicUserInfo(_message.Message):
    __slots__ = ("user_id", "linkmic_id_str", "room_id", "linked_time")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    LINKED_TIME_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    linkmic_id_str: str
    room_id: int
    linked_time: int
    def __init__(self, user_id: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ..., room_id: _Optional[int] = ..., linked_time: _Optional[int] = ...) -> None: ...

class Tag(_message.Message):
    __slots__ = ("tag_type", "tag_value", "tag_text")
    TAG_TYPE_FIELD_NUMBER: _ClassVar[int]
    TAG_VALUE_FIELD_NUMBER: _ClassVar[int]
    TAG_TEXT_FIELD_NUMBER: _ClassVar[int]
    tag_type: int
    tag_value: str
    tag_text: str
    def __init__(self, tag_type: _Optional[int] = ..., tag_value: _Optional[str] = ..., tag_text: _Optional[str] = ...) -> None: ...

class CohostAbTestSetting(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: int
    value: CohostAbTestList
    def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[CohostAbTestList, _Mapping]] = ...) -> None: ...

class LinkerInviteMessageExtra(_message.Message):
    __slots__ = ("match_type", "invite_type", "sub_type", "theme", "duration", "layout", "tips", "extra", "other_users", "topic_info", "algo_request_id")
    MATCH_TYPE_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    TIPS_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    OTHER_USERS_FIELD_NUMBER: _ClassVar[int]
    TOPIC_INFO_FIELD_NUMBER: _ClassVar[int]
    ALGO_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    match_type: int
    invite_type: int
    sub_type: int
    theme: str
    duration: int
    layout: int
    tips: str
    extra: InviterRivalExtra
    other_users: _containers.RepeatedCompositeFieldContainer[InviterRivalExtra]
    topic_info: CohostTopic
    algo_request_id: str
    def __init__(self, match_type: _Optional[int] = ..., invite_type: _Optional[int] = ..., sub_type: _Optional[int] = ..., theme: _Optional[str] = ..., duration: _Optional[int] = ..., layout: _Optional[int] = ..., tips: _Optional[str] = ..., extra: _Optional[_Union[InviterRivalExtra, _Mapping]] = ..., other_users: _Optional[_Iterable[_Union[InviterRivalExtra, _Mapping]]] = ..., topic_info: _Optional[_Union[CohostTopic, _Mapping]] = ..., algo_request_id: _Optional[str] = ...) -> None: ...

class LinkmicInfo(_message.Message):
    __slots__ = ("access_key", "link_mic_id", "joinable", "confluence_type", "rtc_ext_info", "rtc_app_id", "rtc_app_sign", "linkmic_id_str", "vendor")
    ACCESS_KEY_FIELD_NUMBER: _ClassVar[int]
    LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    JOINABLE_FIELD_NUMBER: _ClassVar[int]
    CONFLUENCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    RTC_APP_ID_FIELD_NUMBER: _ClassVar[int]
    RTC_APP_SIGN_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    VENDOR_FIELD_NUMBER: _ClassVar[int]
    access_key: str
    link_mic_id: int
    joinable: bool
    confluence_type: int
    rtc_ext_info: str
    rtc_app_id: str
    rtc_app_sign: str
    linkmic_id_str: str
    vendor: int
    def __init__(self, access_key: _Optional[str] = ..., link_mic_id: _Optional[int] = ..., joinable: bool = ..., confluence_type: _Optional[int] = ..., rtc_ext_info: _Optional[str] = ..., rtc_app_id: _Optional[str] = ..., rtc_app_sign: _Optional[str] = ..., linkmic_id_str: _Optional[str] = ..., vendor: _Optional[int] = ...) -> None: ...

class LinkerSetting(_message.Message):
    __slots__ = ("max_member_limit", "link_type", "scene", "owner_user_id", "owner_room_id", "vendor")
    MAX_MEMBER_LIMIT_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    VENDOR_FIELD_NUMBER: _ClassVar[int]
    max_member_limit: int
    link_type: int
    scene: int
    owner_user_id: int
    owner_room_id: int
    vendor: int
    def __init__(self, max_member_limit: _Optional[int] = ..., link_type: _Optional[int] = ..., scene: _Optional[int] = ..., owner_user_id: _Optional[int] = ..., owner_room_id: _Optional[int] = ..., vendor: _Optional[int] = ...) -> None: ...

class LinkerMicIdxUpdateInfo(_message.Message):
    __slots__ = ("op", "user_id", "mic_idx")
    OP_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    MIC_IDX_FIELD_NUMBER: _ClassVar[int]
    op: int
    user_id: int
    mic_idx: int
    def __init__(self, op: _Optional[int] = ..., user_id: _Optional[int] = ..., mic_idx: _Optional[int] = ...) -> None: ...

class AnchorLayoutSetting(_message.Message):
    __slots__ = ("latest_layout_style", "layout_style_settings", "panel_layout_type_setting")
    LATEST_LAYOUT_STYLE_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_STYLE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    PANEL_LAYOUT_TYPE_SETTING_FIELD_NUMBER: _ClassVar[int]
    latest_layout_style: int
    layout_style_settings: _containers.RepeatedCompositeFieldContainer[AnchorLayoutStyleSetting]
    panel_layout_type_setting: _containers.RepeatedCompositeFieldContainer[AnchorPanelLayoutTypeSetting]
    def __init__(self, latest_layout_style: _Optional[int] = ..., layout_style_settings: _Optional[_Iterable[_Union[AnchorLayoutStyleSetting, _Mapping]]] = ..., panel_layout_type_setting: _Optional[_Iterable[_Union[AnchorPanelLayoutTypeSetting, _Mapping]]] = ...) -> None: ...

class CohostListUser(_message.Message):
    __slots__ = ("user_id", "nick_name", "avatar_thumb", "linked_time", "play_type", "room_id", "linkmic_user_status", "link_remaining_time", "permission_type", "display_id", "follow_status", "is_low_version", "rival_user_id", "rival_room_id", "is_initiator", "linkmic_id_str", "best_teammate_uid", "has_topic_perm", "inner_channel_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    LINKED_TIME_FIELD_NUMBER: _ClassVar[int]
    PLAY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_USER_STATUS_FIELD_NUMBER: _ClassVar[int]
    LINK_REMAINING_TIME_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    IS_LOW_VERSION_FIELD_NUMBER: _ClassVar[int]
    RIVAL_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RIVAL_ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    IS_INITIATOR_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    BEST_TEAMMATE_UID_FIELD_NUMBER: _ClassVar[int]
    HAS_TOPIC_PERM_FIELD_NUMBER: _ClassVar[int]
    INNER_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    nick_name: str
    avatar_thumb: ImageModel
    linked_time: int
    play_type: int
    room_id: int
    linkmic_user_status: int
    link_remaining_time: int
    permission_type: int
    display_id: str
    follow_status: int
    is_low_version: bool
    rival_user_id: int
    rival_room_id: int
    is_initiator: bool
    linkmic_id_str: str
    best_teammate_uid: int
    has_topic_perm: bool
    inner_channel_id: int
    def __init__(self, user_id: _Optional[int] = ..., nick_name: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., linked_time: _Optional[int] = ..., play_type: _Optional[int] = ..., room_id: _Optional[int] = ..., linkmic_user_status: _Optional[int] = ..., link_remaining_time: _Optional[int] = ..., permission_type: _Optional[int] = ..., display_id: _Optional[str] = ..., follow_status: _Optional[int] = ..., is_low_version: bool = ..., rival_user_id: _Optional[int] = ..., rival_room_id: _Optional[int] = ..., is_initiator: bool = ..., linkmic_id_str: _Optional[str] = ..., best_teammate_uid: _Optional[int] = ..., has_topic_perm: bool = ..., inner_channel_id: _Optional[int] = ...) -> None: ...

class LinkerMediaChangeOperator(_message.Message):
    __slots__ = ("user_id", "operator_type", "nick_name", "display_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    operator_type: int
    nick_name: str
    display_id: str
    def __init__(self, user_id: _Optional[int] = ..., operator_type: _Optional[int] = ..., nick_name: _Optional[str] = ..., display_id: _Optional[str] = ...) -> None: ...

class Player(_message.Message):
    __slots__ = ("room_id", "user_id")
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    room_id: int
    user_id: int
    def __init__(self, room_id: _Optional[int] = ..., user_id: _Optional[int] = ...) -> None: ...

class AllListUser(_message.Message):
    __slots__ = ("linked_list", "applied_list", "invited_list", "ready_list")
    LINKED_LIST_FIELD_NUMBER: _ClassVar[int]
    APPLIED_LIST_FIELD_NUMBER: _ClassVar[int]
    INVITED_LIST_FIELD_NUMBER: _ClassVar[int]
    READY_LIST_FIELD_NUMBER: _ClassVar[int]
    linked_list: _containers.RepeatedCompositeFieldContainer[LinkLayerListUser]
    applied_list: _containers.RepeatedCompositeFieldContainer[LinkLayerListUser]
    invited_list: _containers.RepeatedCompositeFieldContainer[LinkLayerListUser]
    ready_list: _containers.RepeatedCompositeFieldContainer[LinkLayerListUser]
    def __init__(self, linked_list: _Optional[_Iterable[_Union[LinkLayerListUser, _Mapping]]] = ..., applied_list: _Optional[_Iterable[_Union[LinkLayerListUser, _Mapping]]] = ..., invited_list: _Optional[_Iterable[_Union[LinkLayerListUser, _Mapping]]] = ..., ready_list: _Optional[_Iterable[_Union[LinkLayerListUser, _Mapping]]] = ...) -> None: ...

class ContentPosition(_message.Message):
    __slots__ = ("content_i_d", "content_type", "pos", "content_linkmic_i_d", "start_time_nano")
    CONTENT_I_D_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    POS_FIELD_NUMBER: _ClassVar[int]
    CONTENT_LINKMIC_I_D_FIELD_NUMBER: _ClassVar[int]
    START_TIME_NANO_FIELD_NUMBER: _ClassVar[int]
    content_i_d: str
    content_type: int
    pos: MicPositionData
    content_linkmic_i_d: str
    start_time_nano: int
    def __init__(self, content_i_d: _Optional[str] = ..., content_type: _Optional[int] = ..., pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., content_linkmic_i_d: _Optional[str] = ..., start_time_nano: _Optional[int] = ...) -> None: ...

class RtcExtraInfo(_message.Message):
    __slots__ = ("live_rtc_engine_config", "live_rtc_video_param", "rtc_bitrate_map", "rtc_fps", "rtc_mix_base", "byte_rtc_ext_info", "extra", "rtc_business_id", "rtc_other", "interact_client_type")
    LIVE_RTC_ENGINE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    LIVE_RTC_VIDEO_PARAM_FIELD_NUMBER: _ClassVar[int]
    RTC_BITRATE_MAP_FIELD_NUMBER: _ClassVar[int]
    RTC_FPS_FIELD_NUMBER: _ClassVar[int]
    RTC_MIX_BASE_FIELD_NUMBER: _ClassVar[int]
    BYTE_RTC_EXT_INFO_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    RTC_BUSINESS_ID_FIELD_NUMBER: _ClassVar[int]
    RTC_OTHER_FIELD_NUMBER: _ClassVar[int]
    INTERACT_CLIENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    live_rtc_engine_config: RtcEngineConfig
    live_rtc_video_param: _containers.RepeatedCompositeFieldContainer[RtcLiveVideoParam]
    rtc_bitrate_map: RtcBitRateMap
    rtc_fps: int
    rtc_mix_base: RtcMixBase
    byte_rtc_ext_info: ByteRtcExtInfo
    extra: RtcInfoExtra
    rtc_business_id: str
    rtc_other: RtcOther
    interact_client_type: int
    def __init__(self, live_rtc_engine_config: _Optional[_Union[RtcEngineConfig, _Mapping]] = ..., live_rtc_video_param: _Optional[_Iterable[_Union[RtcLiveVideoParam, _Mapping]]] = ..., rtc_bitrate_map: _Optional[_Union[RtcBitRateMap, _Mapping]] = ..., rtc_fps: _Optional[int] = ..., rtc_mix_base: _Optional[_Union[RtcMixBase, _Mapping]] = ..., byte_rtc_ext_info: _Optional[_Union[ByteRtcExtInfo, _Mapping]] = ..., extra: _Optional[_Union[RtcInfoExtra, _Mapping]] = ..., rtc_business_id: _Optional[str] = ..., rtc_other: _Optional[_Union[RtcOther, _Mapping]] = ..., interact_client_type: _Optional[int] = ...) -> None: ...

class MicPositionData(_message.Message):
    __slots__ = ("type", "link")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    type: int
    link: LinkPosition
    def __init__(self, type: _Optional[int] = ..., link: _Optional[_Union[LinkPosition, _Mapping]] = ...) -> None: ...

class DslConfig(_message.Message):
    __slots__ = ("scene_version", "layout_id")
    SCENE_VERSION_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_ID_FIELD_NUMBER: _ClassVar[int]
    scene_version: int
    layout_id: str
    def __init__(self, scene_version: _Optional[int] = ..., layout_id: _Optional[str] = ...) -> None: ...

class LinkLayerListUser(_message.Message):
    __slots__ = ("user", "linkmic_id", "pos", "linked_time_nano", "app_version", "user_type", "linker_session_id")
    USER_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    POS_FIELD_NUMBER: _ClassVar[int]
    LINKED_TIME_NANO_FIELD_NUMBER: _ClassVar[int]
    APP_VERSION_FIELD_NUMBER: _ClassVar[int]
    USER_TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    user: Player
    linkmic_id: str
    pos: MicPositionData
    linked_time_nano: int
    app_version: str
    user_type: int
    linker_session_id: str
    def __init__(self, user: _Optional[_Union[Player, _Mapping]] = ..., linkmic_id: _Optional[str] = ..., pos: _Optional[_Union[MicPositionData, _Mapping]] = ..., linked_time_nano: _Optional[int] = ..., app_version: _Optional[str] = ..., user_type: _Optional[int] = ..., linker_session_id: _Optional[str] = ...) -> None: ...

class GroupChannelAllUser(_message.Message):
    __slots__ = ("group_channel_id", "user", "content_version")
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    group_channel_id: int
    user: _containers.RepeatedCompositeFieldContainer[GroupChannelUser]
    content_version: int
    def __init__(self, group_channel_id: _Optional[int] = ..., user: _Optional[_Iterable[_Union[GroupChannelUser, _Mapping]]] = ..., content_version: _Optional[int] = ...) -> None: ...

class GroupPlayer(_message.Message):
    __slots__ = ("channel_id", "user")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    channel_id: int
    user: Player
    def __init__(self, channel_id: _Optional[int] = ..., user: _Optional[_Union[Player, _Mapping]] = ...) -> None: ...

class MigrationDetails(_message.Message):
    __slots__ = ("is_migrate", "source_group_channel_id", "target_group_channel_id")
    IS_MIGRATE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    is_migrate: bool
    source_group_channel_id: int
    target_group_channel_id: int
    def __init__(self, is_migrate: bool = ..., source_group_channel_id: _Optional[int] = ..., target_group_channel_id: _Optional[int] = ...) -> None: ...

class LinkUserIdentity(_message.Message):
    __slots__ = ("player", "link_mic_id", "channel_id")
    PLAYER_FIELD_NUMBER: _ClassVar[int]
    LINK_MIC_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    player: Player
    link_mic_id: str
    channel_id: int
    def __init__(self, player: _Optional[_Union[Player, _Mapping]] = ..., link_mic_id: _Optional[str] = ..., channel_id: _Optional[int] = ...) -> None: ...

class LinkEnvelopeMessagePayload(_message.Message):
    __slots__ = ("message_type", "resolution_demand_payload")
    MESSAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_DEMAND_PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    message_type: int
    resolution_demand_payload: ResolutionDemandPayload
    def __init__(self, message_type: _Optional[int] = ..., resolution_demand_payload: _Optional[_Union[ResolutionDemandPayload, _Mapping]] = ...) -> None: ...

class MultiLiveContent(_message.Message):
    __slots__ = ("apply_biz_content", "invite_biz_content", "reply_biz_content", "permit_biz_content", "join_direct_biz_content", "kick_out_biz_content", "join_room_direct_biz_content")
    APPLY_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    INVITE_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    REPLY_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    PERMIT_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_DIRECT_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    KICK_OUT_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_ROOM_DIRECT_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    apply_biz_content: ApplyBizContent
    invite_biz_content: InviteBizContent
    reply_biz_content: ReplyBizContent
    permit_biz_content: PermitBizContent
    join_direct_biz_content: JoinDirectBizContent
    kick_out_biz_content: KickOutBizContent
    join_room_direct_biz_content: JoinRoomDirectBizContent
    def __init__(self, apply_biz_content: _Optional[_Union[ApplyBizContent, _Mapping]] = ..., invite_biz_content: _Optional[_Union[InviteBizContent, _Mapping]] = ..., reply_biz_content: _Optional[_Union[ReplyBizContent, _Mapping]] = ..., permit_biz_content: _Optional[_Union[PermitBizContent, _Mapping]] = ..., join_direct_biz_content: _Optional[_Union[JoinDirectBizContent, _Mapping]] = ..., kick_out_biz_content: _Optional[_Union[KickOutBizContent, _Mapping]] = ..., join_room_direct_biz_content: _Optional[_Union[JoinRoomDirectBizContent, _Mapping]] = ...) -> None: ...

class CohostContent(_message.Message):
    __slots__ = ("join_group_biz_content", "permit_join_group_biz_content", "list_change_biz_content", "join_group_direct_biz_content")
    JOIN_GROUP_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    PERMIT_JOIN_GROUP_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    LIST_CHANGE_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    JOIN_GROUP_DIRECT_BIZ_CONTENT_FIELD_NUMBER: _ClassVar[int]
    join_group_biz_content: JoinGroupBizContent
    permit_join_group_biz_content: PermitJoinGroupBizContent
    list_change_biz_content: ListChangeBizContent
    join_group_direct_biz_content: JoinGroupDirectBizContent
    def __init__(self, join_group_biz_content: _Optional[_Union[JoinGroupBizContent, _Mapping]] = ..., permit_join_group_biz_content: _Optional[_Union[PermitJoinGroupBizContent, _Mapping]] = ..., list_change_biz_content: _Optional[_Union[ListChangeBizContent, _Mapping]] = ..., join_group_direct_biz_content: _Optional[_Union[JoinGroupDirectBizContent, _Mapping]] = ...) -> None: ...

class GiftModeMeta(_message.Message):
    __slots__ = ("gift_id", "gift_name_key", "gift_icon_image", "gift_mode_desc")
    GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    GIFT_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    GIFT_ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_MODE_DESC_FIELD_NUMBER: _ClassVar[int]
    gift_id: int
    gift_name_key: str
    gift_icon_image: ImageModel
    gift_mode_desc: Text
    def __init__(self, gift_id: _Optional[int] = ..., gift_name_key: _Optional[str] = ..., gift_icon_image: _Optional[_Union[ImageModel, _Mapping]] = ..., gift_mode_desc: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class GiftModeMetaV2(_message.Message):
    __slots__ = ("anchor_gift_mode_meta_by_type",)
    class AnchorGiftModeMetaByTypeEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: AnchorGiftModeMetaMap
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[AnchorGiftModeMetaMap, _Mapping]] = ...) -> None: ...
    ANCHOR_GIFT_MODE_META_BY_TYPE_FIELD_NUMBER: _ClassVar[int]
    anchor_gift_mode_meta_by_type: _containers.MessageMap[int, AnchorGiftModeMetaMap]
    def __init__(self, anchor_gift_mode_meta_by_type: _Optional[_Mapping[int, AnchorGiftModeMetaMap]] = ...) -> None: ...

class BattleEffect(_message.Message):
    __slots__ = ("type", "uid_list", "effect_extra")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    UID_LIST_FIELD_NUMBER: _ClassVar[int]
    EFFECT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    type: str
    uid_list: _containers.RepeatedScalarFieldContainer[str]
    effect_extra: str
    def __init__(self, type: _Optional[str] = ..., uid_list: _Optional[_Iterable[str]] = ..., effect_extra: _Optional[str] = ...) -> None: ...

class ExemptStrategy(_message.Message):
    __slots__ = ("exempt_both_host", "exempt_audience_top")
    EXEMPT_BOTH_HOST_FIELD_NUMBER: _ClassVar[int]
    EXEMPT_AUDIENCE_TOP_FIELD_NUMBER: _ClassVar[int]
    exempt_both_host: bool
    exempt_audience_top: int
    def __init__(self, exempt_both_host: bool = ..., exempt_audience_top: _Optional[int] = ...) -> None: ...

class BattleAbTestList(_message.Message):
    __slots__ = ("ab_test_list",)
    AB_TEST_LIST_FIELD_NUMBER: _ClassVar[int]
    ab_test_list: _containers.RepeatedCompositeFieldContainer[BattleAbTest]
    def __init__(self, ab_test_list: _Optional[_Iterable[_Union[BattleAbTest, _Mapping]]] = ...) -> None: ...

class BestTeammateRelation(_message.Message):
    __slots__ = ("user_id", "best_teammate_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    BEST_TEAMMATE_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    best_teammate_id: int
    def __init__(self, user_id: _Optional[int] = ..., best_teammate_id: _Optional[int] = ...) -> None: ...

class GiftGalleryBadgeSection(_message.Message):
    __slots__ = ("icon", "display_text", "should_show", "dark_mode_icon")
    ICON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    SHOULD_SHOW_FIELD_NUMBER: _ClassVar[int]
    DARK_MODE_ICON_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    display_text: LinkMicGiftGalleryDisplayText
    should_show: bool
    dark_mode_icon: ImageModel
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., display_text: _Optional[_Union[LinkMicGiftGalleryDisplayText, _Mapping]] = ..., should_show: bool = ..., dark_mode_icon: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class MatchPunishEffectInfo(_message.Message):
    __slots__ = ("user_to_effect_map", "effect_to_effect_struct_map")
    class UserToEffectMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class EffectToEffectStructMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: EffectStruct
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[EffectStruct, _Mapping]] = ...) -> None: ...
    USER_TO_EFFECT_MAP_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TO_EFFECT_STRUCT_MAP_FIELD_NUMBER: _ClassVar[int]
    user_to_effect_map: _containers.ScalarMap[int, int]
    effect_to_effect_struct_map: _containers.MessageMap[int, EffectStruct]
    def __init__(self, user_to_effect_map: _Optional[_Mapping[int, int]] = ..., effect_to_effect_struct_map: _Optional[_Mapping[int, EffectStruct]] = ...) -> None: ...

class CohostContentGuideInfo(_message.Message):
    __slots__ = ("recommended_battle_type",)
    RECOMMENDED_BATTLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    recommended_battle_type: int
    def __init__(self, recommended_battle_type: _Optional[int] = ...) -> None: ...

class RecommendedPlaybookInfo(_message.Message):
    __slots__ = ("playbook_ids", "playbook_biz_extras")
    class PlaybookBizExtrasEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: PlaybookBizExtra
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[PlaybookBizExtra, _Mapping]] = ...) -> None: ...
    PLAYBOOK_IDS_FIELD_NUMBER: _ClassVar[int]
    PLAYBOOK_BIZ_EXTRAS_FIELD_NUMBER: _ClassVar[int]
    playbook_ids: _containers.RepeatedScalarFieldContainer[int]
    playbook_biz_extras: _containers.MessageMap[int, PlaybookBizExtra]
    def __init__(self, playbook_ids: _Optional[_Iterable[int]] = ..., playbook_biz_extras: _Optional[_Mapping[int, PlaybookBizExtra]] = ...) -> None: ...

class MatchOpeningAnimationConfig(_message.Message):
    __slots__ = ("start_animation_rule",)
    START_ANIMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    start_animation_rule: str
    def __init__(self, start_animation_rule: _Optional[str] = ...) -> None: ...

class MatchTitleBarConfig(_message.Message):
    __slots__ = ("display_rules",)
    DISPLAY_RULES_FIELD_NUMBER: _ClassVar[int]
    display_rules: _containers.RepeatedCompositeFieldContainer[MatchTitleBarDisplayRule]
    def __init__(self, display_rules: _Optional[_Iterable[_Union[MatchTitleBarDisplayRule, _Mapping]]] = ...) -> None: ...

class MatchInvitePanelConfig(_message.Message):
    __slots__ = ("header_text", "header_text_dark_mode", "desc_text", "desc_text_dark_mode")
    HEADER_TEXT_FIELD_NUMBER: _ClassVar[int]
    HEADER_TEXT_DARK_MODE_FIELD_NUMBER: _ClassVar[int]
    DESC_TEXT_FIELD_NUMBER: _ClassVar[int]
    DESC_TEXT_DARK_MODE_FIELD_NUMBER: _ClassVar[int]
    header_text: Text
    header_text_dark_mode: Text
    desc_text: Text
    desc_text_dark_mode: Text
    def __init__(self, header_text: _Optional[_Union[Text, _Mapping]] = ..., header_text_dark_mode: _Optional[_Union[Text, _Mapping]] = ..., desc_text: _Optional[_Union[Text, _Mapping]] = ..., desc_text_dark_mode: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class CriticalStrikeCardInfo(_message.Message):
    __slots__ = ("card_name_key", "card_image", "send_time_sec", "send_user", "effect_last_duration", "critical_strike_rate_low", "critical_strike_rate_high", "multiple", "gift_name_key", "rule_url", "effect_time_sec", "to_anchor_id", "to_anchor_id_str")
    CARD_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    CARD_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LAST_DURATION_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_STRIKE_RATE_LOW_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_STRIKE_RATE_HIGH_FIELD_NUMBER: _ClassVar[int]
    MULTIPLE_FIELD_NUMBER: _ClassVar[int]
    GIFT_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    RULE_URL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    card_name_key: str
    card_image: ImageModel
    send_time_sec: int
    send_user: BattleUserInfo
    effect_last_duration: int
    critical_strike_rate_low: int
    critical_strike_rate_high: int
    multiple: int
    gift_name_key: str
    rule_url: str
    effect_time_sec: int
    to_anchor_id: int
    to_anchor_id_str: str
    def __init__(self, card_name_key: _Optional[str] = ..., card_image: _Optional[_Union[ImageModel, _Mapping]] = ..., send_time_sec: _Optional[int] = ..., send_user: _Optional[_Union[BattleUserInfo, _Mapping]] = ..., effect_last_duration: _Optional[int] = ..., critical_strike_rate_low: _Optional[int] = ..., critical_strike_rate_high: _Optional[int] = ..., multiple: _Optional[int] = ..., gift_name_key: _Optional[str] = ..., rule_url: _Optional[str] = ..., effect_time_sec: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., to_anchor_id_str: _Optional[str] = ...) -> None: ...

class SmokeCardInfo(_message.Message):
    __slots__ = ("card_name_key", "card_image", "send_time_sec", "send_user", "effect_last_duration", "rule_url", "effect_time_sec", "to_anchor_id", "to_anchor_id_str")
    CARD_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    CARD_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LAST_DURATION_FIELD_NUMBER: _ClassVar[int]
    RULE_URL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    card_name_key: str
    card_image: ImageModel
    send_time_sec: int
    send_user: BattleUserInfo
    effect_last_duration: int
    rule_url: str
    effect_time_sec: int
    to_anchor_id: int
    to_anchor_id_str: str
    def __init__(self, card_name_key: _Optional[str] = ..., card_image: _Optional[_Union[ImageModel, _Mapping]] = ..., send_time_sec: _Optional[int] = ..., send_user: _Optional[_Union[BattleUserInfo, _Mapping]] = ..., effect_last_duration: _Optional[int] = ..., rule_url: _Optional[str] = ..., effect_time_sec: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., to_anchor_id_str: _Optional[str] = ...) -> None: ...

class ExtraTimeCardInfo(_message.Message):
    __slots__ = ("card_name_key", "card_image", "send_time_sec", "send_user", "effect_last_duration", "rule_url", "effect_time_sec", "to_anchor_id", "extra_duration_sec", "to_anchor_id_str")
    CARD_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    CARD_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LAST_DURATION_FIELD_NUMBER: _ClassVar[int]
    RULE_URL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    EXTRA_DURATION_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    card_name_key: str
    card_image: ImageModel
    send_time_sec: int
    send_user: BattleUserInfo
    effect_last_duration: int
    rule_url: str
    effect_time_sec: int
    to_anchor_id: int
    extra_duration_sec: int
    to_anchor_id_str: str
    def __init__(self, card_name_key: _Optional[str] = ..., card_image: _Optional[_Union[ImageModel, _Mapping]] = ..., send_time_sec: _Optional[int] = ..., send_user: _Optional[_Union[BattleUserInfo, _Mapping]] = ..., effect_last_duration: _Optional[int] = ..., rule_url: _Optional[str] = ..., effect_time_sec: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., extra_duration_sec: _Optional[int] = ..., to_anchor_id_str: _Optional[str] = ...) -> None: ...

class SpecialEffectCardInfo(_message.Message):
    __slots__ = ("card_name_key", "card_image", "send_time_sec", "send_user", "effect_last_duration", "rule_url", "effect_time_sec", "to_anchor_id", "to_anchor_id_str")
    CARD_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    CARD_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LAST_DURATION_FIELD_NUMBER: _ClassVar[int]
    RULE_URL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    card_name_key: str
    card_image: ImageModel
    send_time_sec: int
    send_user: BattleUserInfo
    effect_last_duration: int
    rule_url: str
    effect_time_sec: int
    to_anchor_id: int
    to_anchor_id_str: str
    def __init__(self, card_name_key: _Optional[str] = ..., card_image: _Optional[_Union[ImageModel, _Mapping]] = ..., send_time_sec: _Optional[int] = ..., send_user: _Optional[_Union[BattleUserInfo, _Mapping]] = ..., effect_last_duration: _Optional[int] = ..., rule_url: _Optional[str] = ..., effect_time_sec: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., to_anchor_id_str: _Optional[str] = ...) -> None: ...

class AnchorPair(_message.Message):
    __slots__ = ("source_anchor_id", "target_anchor_id")
    SOURCE_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    source_anchor_id: int
    target_anchor_id: int
    def __init__(self, source_anchor_id: _Optional[int] = ..., target_anchor_id: _Optional[int] = ...) -> None: ...

class CommunityHeartMeInfo(_message.Message):
    __slots__ = ("slots", "thrown_item_image", "anchor_community_level")
    class SlotsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: CommunityActiveDecoration
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[CommunityActiveDecoration, _Mapping]] = ...) -> None: ...
    SLOTS_FIELD_NUMBER: _ClassVar[int]
    THROWN_ITEM_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_COMMUNITY_LEVEL_FIELD_NUMBER: _ClassVar[int]
    slots: _containers.MessageMap[int, CommunityActiveDecoration]
    thrown_item_image: ImageModel
    anchor_community_level: int
    def __init__(self, slots: _Optional[_Mapping[int, CommunityActiveDecoration]] = ..., thrown_item_image: _Optional[_Union[ImageModel, _Mapping]] = ..., anchor_community_level: _Optional[int] = ...) -> None: ...

class PotionCardInfo(_message.Message):
    __slots__ = ("card_name_key", "card_image", "send_time_sec", "send_user", "effect_last_duration", "rule_url", "effect_time_sec", "to_anchor_id")
    CARD_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    CARD_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LAST_DURATION_FIELD_NUMBER: _ClassVar[int]
    RULE_URL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    card_name_key: str
    card_image: ImageModel
    send_time_sec: int
    send_user: BattleUserInfo
    effect_last_duration: int
    rule_url: str
    effect_time_sec: int
    to_anchor_id: int
    def __init__(self, card_name_key: _Optional[str] = ..., card_image: _Optional[_Union[ImageModel, _Mapping]] = ..., send_time_sec: _Optional[int] = ..., send_user: _Optional[_Union[BattleUserInfo, _Mapping]] = ..., effect_last_duration: _Optional[int] = ..., rule_url: _Optional[str] = ..., effect_time_sec: _Optional[int] = ..., to_anchor_id: _Optional[int] = ...) -> None: ...

class WaveCardInfo(_message.Message):
    __slots__ = ("card_name_key", "card_image", "send_time_sec", "send_user", "effect_last_duration", "rule_url", "effect_time_sec", "to_anchor_id")
    CARD_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    CARD_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LAST_DURATION_FIELD_NUMBER: _ClassVar[int]
    RULE_URL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    card_name_key: str
    card_image: ImageModel
    send_time_sec: int
    send_user: BattleUserInfo
    effect_last_duration: int
    rule_url: str
    effect_time_sec: int
    to_anchor_id: int
    def __init__(self, card_name_key: _Optional[str] = ..., card_image: _Optional[_Union[ImageModel, _Mapping]] = ..., send_time_sec: _Optional[int] = ..., send_user: _Optional[_Union[BattleUserInfo, _Mapping]] = ..., effect_last_duration: _Optional[int] = ..., rule_url: _Optional[str] = ..., effect_time_sec: _Optional[int] = ..., to_anchor_id: _Optional[int] = ...) -> None: ...

class Top2CardInfo(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonCardInfo
    def __init__(self, common: _Optional[_Union[CommonCardInfo, _Mapping]] = ...) -> None: ...

class Top3CardInfo(_message.Message):
    __slots__ = ("common",)
    COMMON_FIELD_NUMBER: _ClassVar[int]
    common: CommonCardInfo
    def __init__(self, common: _Optional[_Union[CommonCardInfo, _Mapping]] = ...) -> None: ...

class VaultGloveCardInfo(_message.Message):
    __slots__ = ("common", "gift_name_key", "multiple", "multiple_other", "critical_strike_rate_low", "critical_strike_rate_high")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    GIFT_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    MULTIPLE_FIELD_NUMBER: _ClassVar[int]
    MULTIPLE_OTHER_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_STRIKE_RATE_LOW_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_STRIKE_RATE_HIGH_FIELD_NUMBER: _ClassVar[int]
    common: CommonCardInfo
    gift_name_key: str
    multiple: int
    multiple_other: int
    critical_strike_rate_low: int
    critical_strike_rate_high: int
    def __init__(self, common: _Optional[_Union[CommonCardInfo, _Mapping]] = ..., gift_name_key: _Optional[str] = ..., multiple: _Optional[int] = ..., multiple_other: _Optional[int] = ..., critical_strike_rate_low: _Optional[int] = ..., critical_strike_rate_high: _Optional[int] = ...) -> None: ...

class MultiGuestBizLayoutExtra(_message.Message):
    __slots__ = ("just_dance_layout_extra",)
    JUST_DANCE_LAYOUT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    just_dance_layout_extra: JustDanceLayoutExtra
    def __init__(self, just_dance_layout_extra: _Optional[_Union[JustDanceLayoutExtra, _Mapping]] = ...) -> None: ...

class CoHostBizLayoutExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BizSpotExtra(_message.Message):
    __slots__ = ("multi_guest_biz_spot_extra", "co_host_biz_spot_extra")
    MULTI_GUEST_BIZ_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    CO_HOST_BIZ_SPOT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    multi_guest_biz_spot_extra: MultiGuestBizSpotExtra
    co_host_biz_spot_extra: CoHostBizSpotExtra
    def __init__(self, multi_guest_biz_spot_extra: _Optional[_Union[MultiGuestBizSpotExtra, _Mapping]] = ..., co_host_biz_spot_extra: _Optional[_Union[CoHostBizSpotExtra, _Mapping]] = ...) -> None: ...

class LinkerInfo(_message.Message):
    __slots__ = ("linked_users", "in_quick_pairing", "linked_guest_users")
    LINKED_USERS_FIELD_NUMBER: _ClassVar[int]
    IN_QUICK_PAIRING_FIELD_NUMBER: _ClassVar[int]
    LINKED_GUEST_USERS_FIELD_NUMBER: _ClassVar[int]
    linked_users: _containers.RepeatedCompositeFieldContainer[UserInfo]
    in_quick_pairing: bool
    linked_guest_users: _containers.RepeatedCompositeFieldContainer[UserInfo]
    def __init__(self, linked_users: _Optional[_Iterable[_Union[UserInfo, _Mapping]]] = ..., in_quick_pairing: bool = ..., linked_guest_users: _Optional[_Iterable[_Union[UserInfo, _Mapping]]] = ...) -> None: ...

class AnchorLinkmicUserSettings(_message.Message):
    __slots__ = ("is_turn_on", "accept_multi_linkmic", "accept_not_follower_invite", "allow_gift_to_other_anchors", "block_invitation_of_this_live", "receive_friend_multi_host_invites", "receive_friend_multi_host_application", "block_this_multi_host_invites", "block_this_multi_host_application", "receive_not_friend_multi_host_invites", "receive_not_friend_multi_host_application", "allow_live_notice_of_friends", "allow_friend_invites", "allow_suggested_invites", "allow_friend_invites_when_offlive", "allow_user_cohost_suggestions", "allow_missed_invitation_notice", "allow_live_notice_of_suggested", "allow_guest_request_during_cohost", "allow_guest_apply_during_cohost", "subtitle_setting")
    IS_TURN_ON_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_MULTI_LINKMIC_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_NOT_FOLLOWER_INVITE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_GIFT_TO_OTHER_ANCHORS_FIELD_NUMBER: _ClassVar[int]
    BLOCK_INVITATION_OF_THIS_LIVE_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_FRIEND_MULTI_HOST_INVITES_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_FRIEND_MULTI_HOST_APPLICATION_FIELD_NUMBER: _ClassVar[int]
    BLOCK_THIS_MULTI_HOST_INVITES_FIELD_NUMBER: _ClassVar[int]
    BLOCK_THIS_MULTI_HOST_APPLICATION_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_NOT_FRIEND_MULTI_HOST_INVITES_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_NOT_FRIEND_MULTI_HOST_APPLICATION_FIELD_NUMBER: _ClassVar[int]
    ALLOW_LIVE_NOTICE_OF_FRIENDS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_FRIEND_INVITES_FIELD_NUMBER: _ClassVar[int]
    ALLOW_SUGGESTED_INVITES_FIELD_NUMBER: _ClassVar[int]
    ALLOW_FRIEND_INVITES_WHEN_OFFLIVE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_USER_COHOST_SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    ALLOW_MISSED_INVITATION_NOTICE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_LIVE_NOTICE_OF_SUGGESTED_FIELD_NUMBER: _ClassVar[int]
    ALLOW_GUEST_REQUEST_DURING_COHOST_FIELD_NUMBER: _ClassVar[int]
    ALLOW_GUEST_APPLY_DURING_COHOST_FIELD_NUMBER: _ClassVar[int]
    SUBTITLE_SETTING_FIELD_NUMBER: _ClassVar[int]
    is_turn_on: bool
    accept_multi_linkmic: bool
    accept_not_follower_invite: bool
    allow_gift_to_other_anchors: bool
    block_invitation_of_this_live: bool
    receive_friend_multi_host_invites: bool
    receive_friend_multi_host_application: bool
    block_this_multi_host_invites: bool
    block_this_multi_host_application: bool
    receive_not_friend_multi_host_invites: bool
    receive_not_friend_multi_host_application: bool
    allow_live_notice_of_friends: bool
    allow_friend_invites: bool
    allow_suggested_invites: bool
    allow_friend_invites_when_offlive: bool
    allow_user_cohost_suggestions: bool
    allow_missed_invitation_notice: bool
    allow_live_notice_of_suggested: bool
    allow_guest_request_during_cohost: bool
    allow_guest_apply_during_cohost: bool
    subtitle_setting: SubtitleSettings
    def __init__(self, is_turn_on: bool = ..., accept_multi_linkmic: bool = ..., accept_not_follower_invite: bool = ..., allow_gift_to_other_anchors: bool = ..., block_invitation_of_this_live: bool = ..., receive_friend_multi_host_invites: bool = ..., receive_friend_multi_host_application: bool = ..., block_this_multi_host_invites: bool = ..., block_this_multi_host_application: bool = ..., receive_not_friend_multi_host_invites: bool = ..., receive_not_friend_multi_host_application: bool = ..., allow_live_notice_of_friends: bool = ..., allow_friend_invites: bool = ..., allow_suggested_invites: bool = ..., allow_friend_invites_when_offlive: bool = ..., allow_user_cohost_suggestions: bool = ..., allow_missed_invitation_notice: bool = ..., allow_live_notice_of_suggested: bool = ..., allow_guest_request_during_cohost: bool = ..., allow_guest_apply_during_cohost: bool = ..., subtitle_setting: _Optional[_Union[SubtitleSettings, _Mapping]] = ...) -> None: ...

class BattleUserSettings(_message.Message):
    __slots__ = ("is_turn_on", "accept_not_follower_invite", "allow_gift_to_other_anchors")
    IS_TURN_ON_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_NOT_FOLLOWER_INVITE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_GIFT_TO_OTHER_ANCHORS_FIELD_NUMBER: _ClassVar[int]
    is_turn_on: bool
    accept_not_follower_invite: bool
    allow_gift_to_other_anchors: bool
    def __init__(self, is_turn_on: bool = ..., accept_not_follower_invite: bool = ..., allow_gift_to_other_anchors: bool = ...) -> None: ...

class TopHostInfo(_message.Message):
    __slots__ = ("rank_type", "top_index")
    RANK_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOP_INDEX_FIELD_NUMBER: _ClassVar[int]
    rank_type: str
    top_index: int
    def __init__(self, rank_type: _Optional[str] = ..., top_index: _Optional[int] = ...) -> None: ...

class ReserveInfo(_message.Message):
    __slots__ = ("reservation_id", "reply_status", "bubble_tip", "response_time", "is_reservation_sender", "created_timestamp", "viewed")
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    BUBBLE_TIP_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_TIME_FIELD_NUMBER: _ClassVar[int]
    IS_RESERVATION_SENDER_FIELD_NUMBER: _ClassVar[int]
    CREATED_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    VIEWED_FIELD_NUMBER: _ClassVar[int]
    reservation_id: int
    reply_status: int
    bubble_tip: str
    response_time: int
    is_reservation_sender: bool
    created_timestamp: int
    viewed: bool
    def __init__(self, reservation_id: _Optional[int] = ..., reply_status: _Optional[int] = ..., bubble_tip: _Optional[str] = ..., response_time: _Optional[int] = ..., is_reservation_sender: bool = ..., created_timestamp: _Optional[int] = ..., viewed: bool = ...) -> None: ...

class OptPairInfo(_message.Message):
    __slots__ = ("mapping_id", "expected_time_sec", "opt_pair_status", "opt_pair_type", "team_info")
    MAPPING_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    OPT_PAIR_STATUS_FIELD_NUMBER: _ClassVar[int]
    OPT_PAIR_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEAM_INFO_FIELD_NUMBER: _ClassVar[int]
    mapping_id: int
    expected_time_sec: int
    opt_pair_status: int
    opt_pair_type: int
    team_info: _containers.RepeatedCompositeFieldContainer[TeamInfo]
    def __init__(self, mapping_id: _Optional[int] = ..., expected_time_sec: _Optional[int] = ..., opt_pair_status: _Optional[int] = ..., opt_pair_type: _Optional[int] = ..., team_info: _Optional[_Iterable[_Union[TeamInfo, _Mapping]]] = ...) -> None: ...

class TagV2(_message.Message):
    __slots__ = ("tag_classification", "tag_type", "tag_value", "starling_key", "second_degree_relation_content", "cohost_history_day", "similar_interest_content")
    TAG_CLASSIFICATION_FIELD_NUMBER: _ClassVar[int]
    TAG_TYPE_FIELD_NUMBER: _ClassVar[int]
    TAG_VALUE_FIELD_NUMBER: _ClassVar[int]
    STARLING_KEY_FIELD_NUMBER: _ClassVar[int]
    SECOND_DEGREE_RELATION_CONTENT_FIELD_NUMBER: _ClassVar[int]
    COHOST_HISTORY_DAY_FIELD_NUMBER: _ClassVar[int]
    SIMILAR_INTEREST_CONTENT_FIELD_NUMBER: _ClassVar[int]
    tag_classification: int
    tag_type: int
    tag_value: str
    starling_key: str
    second_degree_relation_content: SecondDegreeRelationContent
    cohost_history_day: int
    similar_interest_content: SimilarInterestContent
    def __init__(self, tag_classification: _Optional[int] = ..., tag_type: _Optional[int] = ..., tag_value: _Optional[str] = ..., starling_key: _Optional[str] = ..., second_degree_relation_content: _Optional[_Union[SecondDegreeRelationContent, _Mapping]] = ..., cohost_history_day: _Optional[int] = ..., similar_interest_content: _Optional[_Union[SimilarInterestContent, _Mapping]] = ...) -> None: ...

class BattleInfo(_message.Message):
    __slots__ = ("info_type", "value")
    INFO_TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    info_type: int
    value: int
    def __init__(self, info_type: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...

class RivalsGameTag(_message.Message):
    __slots__ = ("tag_id", "tag_display_text", "gap_time_tag")
    TAG_ID_FIELD_NUMBER: _ClassVar[int]
    TAG_DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    GAP_TIME_TAG_FIELD_NUMBER: _ClassVar[int]
    tag_id: int
    tag_display_text: str
    gap_time_tag: int
    def __init__(self, tag_id: _Optional[int] = ..., tag_display_text: _Optional[str] = ..., gap_time_tag: _Optional[int] = ...) -> None: ...

class OffliveInviteInfo(_message.Message):
    __slots__ = ("inviter_timestamp",)
    INVITER_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    inviter_timestamp: int
    def __init__(self, inviter_timestamp: _Optional[int] = ...) -> None: ...

class UserSuggestionInfo(_message.Message):
    __slots__ = ("vote_count", "voter_info_list", "detail_page_lynx")
    VOTE_COUNT_FIELD_NUMBER: _ClassVar[int]
    VOTER_INFO_LIST_FIELD_NUMBER: _ClassVar[int]
    DETAIL_PAGE_LYNX_FIELD_NUMBER: _ClassVar[int]
    vote_count: int
    voter_info_list: _containers.RepeatedCompositeFieldContainer[UserInfo]
    detail_page_lynx: str
    def __init__(self, vote_count: _Optional[int] = ..., voter_info_list: _Optional[_Iterable[_Union[UserInfo, _Mapping]]] = ..., detail_page_lynx: _Optional[str] = ...) -> None: ...

class ActivityBadgeInfo(_message.Message):
    __slots__ = ("badge_text", "badge_text_dark", "background_color", "background_color_dark", "event_trace")
    class EventTraceEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    BADGE_TEXT_FIELD_NUMBER: _ClassVar[int]
    BADGE_TEXT_DARK_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_DARK_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACE_FIELD_NUMBER: _ClassVar[int]
    badge_text: LinkmicDisplayText
    badge_text_dark: LinkmicDisplayText
    background_color: str
    background_color_dark: str
    event_trace: _containers.ScalarMap[str, str]
    def __init__(self, badge_text: _Optional[_Union[LinkmicDisplayText, _Mapping]] = ..., badge_text_dark: _Optional[_Union[LinkmicDisplayText, _Mapping]] = ..., background_color: _Optional[str] = ..., background_color_dark: _Optional[str] = ..., event_trace: _Optional[_Mapping[str, str]] = ...) -> None: ...

class MultiGuestLayoutExtra(_message.Message):
    __slots__ = ("origin_layout_style", "current_layout_style", "origin_max_position", "current_max_position", "enlarge_status", "current_panel_layout_type", "social_game")
    ORIGIN_LAYOUT_STYLE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_LAYOUT_STYLE_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_MAX_POSITION_FIELD_NUMBER: _ClassVar[int]
    CURRENT_MAX_POSITION_FIELD_NUMBER: _ClassVar[int]
    ENLARGE_STATUS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_PANEL_LAYOUT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SOCIAL_GAME_FIELD_NUMBER: _ClassVar[int]
    origin_layout_style: int
    current_layout_style: int
    origin_max_position: int
    current_max_position: int
    enlarge_status: int
    current_panel_layout_type: int
    social_game: SocialGameLayoutExtra
    def __init__(self, origin_layout_style: _Optional[int] = ..., current_layout_style: _Optional[int] = ..., origin_max_position: _Optional[int] = ..., current_max_position: _Optional[int] = ..., enlarge_status: _Optional[int] = ..., current_panel_layout_type: _Optional[int] = ..., social_game: _Optional[_Union[SocialGameLayoutExtra, _Mapping]] = ...) -> None: ...

class MultiGuestLayoutNonSeiExtra(_message.Message):
    __slots__ = ("social_game",)
    SOCIAL_GAME_FIELD_NUMBER: _ClassVar[int]
    social_game: SocialGameLayoutNonSeiExtra
    def __init__(self, social_game: _Optional[_Union[SocialGameLayoutNonSeiExtra, _Mapping]] = ...) -> None: ...

class CohostTypeLayoutExtra(_message.Message):
    __slots__ = ("is_zoom_layout", "offset_y", "scene", "local_layout_only", "is_enlarge_mode", "disable_match_component", "rematch_spot_id")
    IS_ZOOM_LAYOUT_FIELD_NUMBER: _ClassVar[int]
    OFFSET_Y_FIELD_NUMBER: _ClassVar[int]
    SCENE_FIELD_NUMBER: _ClassVar[int]
    LOCAL_LAYOUT_ONLY_FIELD_NUMBER: _ClassVar[int]
    IS_ENLARGE_MODE_FIELD_NUMBER: _ClassVar[int]
    DISABLE_MATCH_COMPONENT_FIELD_NUMBER: _ClassVar[int]
    REMATCH_SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    is_zoom_layout: int
    offset_y: int
    scene: int
    local_layout_only: bool
    is_enlarge_mode: int
    disable_match_component: bool
    rematch_spot_id: int
    def __init__(self, is_zoom_layout: _Optional[int] = ..., offset_y: _Optional[int] = ..., scene: _Optional[int] = ..., local_layout_only: bool = ..., is_enlarge_mode: _Optional[int] = ..., disable_match_component: bool = ..., rematch_spot_id: _Optional[int] = ...) -> None: ...

class CohostTypeLayoutNonSeiExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AvatarState(_message.Message):
    __slots__ = ("avatar_id",)
    AVATAR_ID_FIELD_NUMBER: _ClassVar[int]
    avatar_id: int
    def __init__(self, avatar_id: _Optional[int] = ...) -> None: ...

class MultiGuestSpotExtra(_message.Message):
    __slots__ = ("is_enlarged", "is_single_zoom_enabled", "is_double_zoom_enabled", "is_switch_spot_enabled", "spot_rank", "content_position_type", "social_game_user")
    IS_ENLARGED_FIELD_NUMBER: _ClassVar[int]
    IS_SINGLE_ZOOM_ENABLED_FIELD_NUMBER: _ClassVar[int]
    IS_DOUBLE_ZOOM_ENABLED_FIELD_NUMBER: _ClassVar[int]
    IS_SWITCH_SPOT_ENABLED_FIELD_NUMBER: _ClassVar[int]
    SPOT_RANK_FIELD_NUMBER: _ClassVar[int]
    CONTENT_POSITION_TYPE_FIELD_NUMBER: _ClassVar[int]
    SOCIAL_GAME_USER_FIELD_NUMBER: _ClassVar[int]
    is_enlarged: bool
    is_single_zoom_enabled: bool
    is_double_zoom_enabled: bool
    is_switch_spot_enabled: bool
    spot_rank: int
    content_position_type: int
    social_game_user: SocialGameUserSpotExtra
    def __init__(self, is_enlarged: bool = ..., is_single_zoom_enabled: bool = ..., is_double_zoom_enabled: bool = ..., is_switch_spot_enabled: bool = ..., spot_rank: _Optional[int] = ..., content_position_type: _Optional[int] = ..., social_game_user: _Optional[_Union[SocialGameUserSpotExtra, _Mapping]] = ...) -> None: ...

class MultiGuestSpotNonSeiExtra(_message.Message):
    __slots__ = ("social_game_user",)
    SOCIAL_GAME_USER_FIELD_NUMBER: _ClassVar[int]
    social_game_user: SocialGameUserSpotNonSeiExtra
    def __init__(self, social_game_user: _Optional[_Union[SocialGameUserSpotNonSeiExtra, _Mapping]] = ...) -> None: ...

class CohostTypeSpotExtra(_message.Message):
    __slots__ = ("is_enlarged", "content_type", "pre_enlarge_spot_id")
    IS_ENLARGED_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRE_ENLARGE_SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    is_enlarged: bool
    content_type: int
    pre_enlarge_spot_id: int
    def __init__(self, is_enlarged: bool = ..., content_type: _Optional[int] = ..., pre_enlarge_spot_id: _Optional[int] = ...) -> None: ...

class CohostTypeSpotNonSeiExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PosIdentityExtra(_message.Message):
    __slots__ = ("content_linkmic_i_d",)
    CONTENT_LINKMIC_I_D_FIELD_NUMBER: _ClassVar[int]
    content_linkmic_i_d: str
    def __init__(self, content_linkmic_i_d: _Optional[str] = ...) -> None: ...

class BattleBonusConfig(_message.Message):
    __slots__ = ("preview_start_time", "preview_config", "target_config", "reward_config", "gift_amount_guide", "preview_start_timestamp", "preview_click_action_schema_url")
    class GiftAmountGuideEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: BattleTaskGiftAmountGuide
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[BattleTaskGiftAmountGuide, _Mapping]] = ...) -> None: ...
    PREVIEW_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_CONFIG_FIELD_NUMBER: _ClassVar[int]
    TARGET_CONFIG_FIELD_NUMBER: _ClassVar[int]
    REWARD_CONFIG_FIELD_NUMBER: _ClassVar[int]
    GIFT_AMOUNT_GUIDE_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_START_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_CLICK_ACTION_SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    preview_start_time: int
    preview_config: _containers.RepeatedCompositeFieldContainer[PreviewPeriod]
    target_config: TaskPeriodConfig
    reward_config: RewardPeriodConfig
    gift_amount_guide: _containers.MessageMap[int, BattleTaskGiftAmountGuide]
    preview_start_timestamp: int
    preview_click_action_schema_url: str
    def __init__(self, preview_start_time: _Optional[int] = ..., preview_config: _Optional[_Iterable[_Union[PreviewPeriod, _Mapping]]] = ..., target_config: _Optional[_Union[TaskPeriodConfig, _Mapping]] = ..., reward_config: _Optional[_Union[RewardPeriodConfig, _Mapping]] = ..., gift_amount_guide: _Optional[_Mapping[int, BattleTaskGiftAmountGuide]] = ..., preview_start_timestamp: _Optional[int] = ..., preview_click_action_schema_url: _Optional[str] = ...) -> None: ...

class BattlePrompt(_message.Message):
    __slots__ = ("prompt_key", "elems")
    PROMPT_KEY_FIELD_NUMBER: _ClassVar[int]
    ELEMS_FIELD_NUMBER: _ClassVar[int]
    prompt_key: str
    elems: _containers.RepeatedCompositeFieldContainer[BattlePromptElem]
    def __init__(self, prompt_key: _Optional[str] = ..., elems: _Optional[_Iterable[_Union[BattlePromptElem, _Mapping]]] = ...) -> None: ...

class ProductAtmosphereTag(_message.Message):
    __slots__ = ("product_id", "tag_desc", "count")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    TAG_DESC_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    product_id: str
    tag_desc: str
    count: int
    def __init__(self, product_id: _Optional[str] = ..., tag_desc: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class Img(_message.Message):
    __slots__ = ("key", "width", "height", "url")
    KEY_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    key: str
    width: int
    height: int
    url: str
    def __init__(self, key: _Optional[str] = ..., width: _Optional[int] = ..., height: _Optional[int] = ..., url: _Optional[str] = ...) -> None: ...

class AddToCartButton(_message.Message):
    __slots__ = ("status", "click_hint_starling")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CLICK_HINT_STARLING_FIELD_NUMBER: _ClassVar[int]
    status: int
    click_hint_starling: str
    def __init__(self, status: _Optional[int] = ..., click_hint_starling: _Optional[str] = ...) -> None: ...

class FlashSaleAtmosphere(_message.Message):
    __slots__ = ("status", "start_time", "end_time", "preheat_time", "enhancement_info", "pdp_viewer_count")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    PREHEAT_TIME_FIELD_NUMBER: _ClassVar[int]
    ENHANCEMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    PDP_VIEWER_COUNT_FIELD_NUMBER: _ClassVar[int]
    status: int
    start_time: int
    end_time: int
    preheat_time: int
    enhancement_info: FlashSaleEnhancementInfo
    pdp_viewer_count: int
    def __init__(self, status: _Optional[int] = ..., start_time: _Optional[int] = ..., end_time: _Optional[int] = ..., preheat_time: _Optional[int] = ..., enhancement_info: _Optional[_Union[FlashSaleEnhancementInfo, _Mapping]] = ..., pdp_viewer_count: _Optional[int] = ...) -> None: ...

class FlashSaleStock(_message.Message):
    __slots__ = ("activity_stock_status", "activity_stock", "activity_stock_text", "total_stock")
    ACTIVITY_STOCK_STATUS_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_STOCK_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_STOCK_TEXT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_STOCK_FIELD_NUMBER: _ClassVar[int]
    activity_stock_status: int
    activity_stock: int
    activity_stock_text: str
    total_stock: int
    def __init__(self, activity_stock_status: _Optional[int] = ..., activity_stock: _Optional[int] = ..., activity_stock_text: _Optional[str] = ..., total_stock: _Optional[int] = ...) -> None: ...

class DelayParam(_message.Message):
    __slots__ = ("min_delay_ms", "max_delay_ms")
    MIN_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    MAX_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    min_delay_ms: int
    max_delay_ms: int
    def __init__(self, min_delay_ms: _Optional[int] = ..., max_delay_ms: _Optional[int] = ...) -> None: ...

class EcomLiveElementActions(_message.Message):
    __slots__ = ("atom_actions", "version")
    ATOM_ACTIONS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    atom_actions: _containers.RepeatedCompositeFieldContainer[AtomAction]
    version: int
    def __init__(self, atom_actions: _Optional[_Iterable[_Union[AtomAction, _Mapping]]] = ..., version: _Optional[int] = ...) -> None: ...

class CommerceInfo(_message.Message):
    __slots__ = ("product_info", "pop_card_info", "popup_window_info", "voucher_info", "auction_info")
    class ProductInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: ProductItem
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[ProductItem, _Mapping]] = ...) -> None: ...
    class VoucherInfoEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: VoucherItem
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[VoucherItem, _Mapping]] = ...) -> None: ...
    PRODUCT_INFO_FIELD_NUMBER: _ClassVar[int]
    POP_CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    POPUP_WINDOW_INFO_FIELD_NUMBER: _ClassVar[int]
    VOUCHER_INFO_FIELD_NUMBER: _ClassVar[int]
    AUCTION_INFO_FIELD_NUMBER: _ClassVar[int]
    product_info: _containers.MessageMap[int, ProductItem]
    pop_card_info: PopCardInfo
    popup_window_info: PopupWindowInfo
    voucher_info: _containers.MessageMap[int, VoucherItem]
    auction_info: AuctionInfo
    def __init__(self, product_info: _Optional[_Mapping[int, ProductItem]] = ..., pop_card_info: _Optional[_Union[PopCardInfo, _Mapping]] = ..., popup_window_info: _Optional[_Union[PopupWindowInfo, _Mapping]] = ..., voucher_info: _Optional[_Mapping[int, VoucherItem]] = ..., auction_info: _Optional[_Union[AuctionInfo, _Mapping]] = ...) -> None: ...

class MsgMeta(_message.Message):
    __slots__ = ("source_operate_ms", "server_send_ms", "reasons")
    SOURCE_OPERATE_MS_FIELD_NUMBER: _ClassVar[int]
    SERVER_SEND_MS_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    source_operate_ms: int
    server_send_ms: int
    reasons: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, source_operate_ms: _Optional[int] = ..., server_send_ms: _Optional[int] = ..., reasons: _Optional[_Iterable[str]] = ...) -> None: ...

class RankAnimationInfo(_message.Message):
    __slots__ = ("type", "background_color_string", "content_text", "duration", "tile_content")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_STRING_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEXT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    TILE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    type: int
    background_color_string: str
    content_text: Text
    duration: int
    tile_content: _containers.RepeatedCompositeFieldContainer[Text]
    def __init__(self, type: _Optional[int] = ..., background_color_string: _Optional[str] = ..., content_text: _Optional[_Union[Text, _Mapping]] = ..., duration: _Optional[int] = ..., tile_content: _Optional[_Iterable[_Union[Text, _Mapping]]] = ...) -> None: ...

class AffiliatedInfo(_message.Message):
    __slots__ = ("text_content", "gap_desc", "real_time_rank", "team_rank_bonus_time", "settle_info", "midday_peak_time_stamp", "sticker_show_scene", "sticker_settle_show_duration", "sticker_gap_desc", "sticker_track_param")
    class StickerTrackParamEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TEXT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    GAP_DESC_FIELD_NUMBER: _ClassVar[int]
    REAL_TIME_RANK_FIELD_NUMBER: _ClassVar[int]
    TEAM_RANK_BONUS_TIME_FIELD_NUMBER: _ClassVar[int]
    SETTLE_INFO_FIELD_NUMBER: _ClassVar[int]
    MIDDAY_PEAK_TIME_STAMP_FIELD_NUMBER: _ClassVar[int]
    STICKER_SHOW_SCENE_FIELD_NUMBER: _ClassVar[int]
    STICKER_SETTLE_SHOW_DURATION_FIELD_NUMBER: _ClassVar[int]
    STICKER_GAP_DESC_FIELD_NUMBER: _ClassVar[int]
    STICKER_TRACK_PARAM_FIELD_NUMBER: _ClassVar[int]
    text_content: Text
    gap_desc: Text
    real_time_rank: int
    team_rank_bonus_time: TeamRankBonusTime
    settle_info: SettleInfo
    midday_peak_time_stamp: int
    sticker_show_scene: int
    sticker_settle_show_duration: int
    sticker_gap_desc: Text
    sticker_track_param: _containers.ScalarMap[str, str]
    def __init__(self, text_content: _Optional[_Union[Text, _Mapping]] = ..., gap_desc: _Optional[_Union[Text, _Mapping]] = ..., real_time_rank: _Optional[int] = ..., team_rank_bonus_time: _Optional[_Union[TeamRankBonusTime, _Mapping]] = ..., settle_info: _Optional[_Union[SettleInfo, _Mapping]] = ..., midday_peak_time_stamp: _Optional[int] = ..., sticker_show_scene: _Optional[int] = ..., sticker_settle_show_duration: _Optional[int] = ..., sticker_gap_desc: _Optional[_Union[Text, _Mapping]] = ..., sticker_track_param: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ClassInfo(_message.Message):
    __slots__ = ("class_type", "star_count")
    CLASS_TYPE_FIELD_NUMBER: _ClassVar[int]
    STAR_COUNT_FIELD_NUMBER: _ClassVar[int]
    class_type: int
    star_count: int
    def __init__(self, class_type: _Optional[int] = ..., star_count: _Optional[int] = ...) -> None: ...

class Background(_message.Message):
    __slots__ = ("width", "height", "m_urls", "m_uri")
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    M_URLS_FIELD_NUMBER: _ClassVar[int]
    M_URI_FIELD_NUMBER: _ClassVar[int]
    width: int
    height: int
    m_urls: _containers.RepeatedScalarFieldContainer[str]
    m_uri: str
    def __init__(self, width: _Optional[int] = ..., height: _Optional[int] = ..., m_urls: _Optional[_Iterable[str]] = ..., m_uri: _Optional[str] = ...) -> None: ...

class NotifyHighlightInfo(_message.Message):
    __slots__ = ("contents", "high_light_color")
    CONTENTS_FIELD_NUMBER: _ClassVar[int]
    HIGH_LIGHT_COLOR_FIELD_NUMBER: _ClassVar[int]
    contents: _containers.RepeatedCompositeFieldContainer[NotifyHighlightContent]
    high_light_color: str
    def __init__(self, contents: _Optional[_Iterable[_Union[NotifyHighlightContent, _Mapping]]] = ..., high_light_color: _Optional[str] = ...) -> None: ...

class ApiText(_message.Message):
    __slots__ = ("type", "content")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    type: int
    content: str
    def __init__(self, type: _Optional[int] = ..., content: _Optional[str] = ...) -> None: ...

class SubGoalPinCard(_message.Message):
    __slots__ = ("goal_id", "time_to_live", "desc", "target", "progress")
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    TIME_TO_LIVE_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    goal_id: int
    time_to_live: int
    desc: SubPinCardText
    target: int
    progress: int
    def __init__(self, goal_id: _Optional[int] = ..., time_to_live: _Optional[int] = ..., desc: _Optional[_Union[SubPinCardText, _Mapping]] = ..., target: _Optional[int] = ..., progress: _Optional[int] = ...) -> None: ...

class SubPinCardExtra(_message.Message):
    __slots__ = ("sov_info",)
    SOV_INFO_FIELD_NUMBER: _ClassVar[int]
    sov_info: SovPinCardInfo
    def __init__(self, sov_info: _Optional[_Union[SovPinCardInfo, _Mapping]] = ...) -> None: ...

class ViewerPicksHeaderImage(_message.Message):
    __slots__ = ("image", "schema_url")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    image: ImageModel
    schema_url: str
    def __init__(self, image: _Optional[_Union[ImageModel, _Mapping]] = ..., schema_url: _Optional[str] = ...) -> None: ...

class ViewerPickAnchorParam(_message.Message):
    __slots__ = ("viewer_wishes_use_new_setup_process", "viewer_wishes_queue_mode_enable", "viewer_wishes_priority_request_enable", "integrate_vw_into_liveboard")
    VIEWER_WISHES_USE_NEW_SETUP_PROCESS_FIELD_NUMBER: _ClassVar[int]
    VIEWER_WISHES_QUEUE_MODE_ENABLE_FIELD_NUMBER: _ClassVar[int]
    VIEWER_WISHES_PRIORITY_REQUEST_ENABLE_FIELD_NUMBER: _ClassVar[int]
    INTEGRATE_VW_INTO_LIVEBOARD_FIELD_NUMBER: _ClassVar[int]
    viewer_wishes_use_new_setup_process: bool
    viewer_wishes_queue_mode_enable: bool
    viewer_wishes_priority_request_enable: bool
    integrate_vw_into_liveboard: bool
    def __init__(self, viewer_wishes_use_new_setup_process: bool = ..., viewer_wishes_queue_mode_enable: bool = ..., viewer_wishes_priority_request_enable: bool = ..., integrate_vw_into_liveboard: bool = ...) -> None: ...

class ProfileExtra(_message.Message):
    __slots__ = ("game_tricks", "game_interaction")
    GAME_TRICKS_FIELD_NUMBER: _ClassVar[int]
    GAME_INTERACTION_FIELD_NUMBER: _ClassVar[int]
    game_tricks: ProfileExtraGameTricks
    game_interaction: ProfileExtraGameInteraction
    def __init__(self, game_tricks: _Optional[_Union[ProfileExtraGameTricks, _Mapping]] = ..., game_interaction: _Optional[_Union[ProfileExtraGameInteraction, _Mapping]] = ...) -> None: ...

class TextPieceHeart(_message.Message):
    __slots__ = ("color",)
    COLOR_FIELD_NUMBER: _ClassVar[int]
    color: str
    def __init__(self, color: _Optional[str] = ...) -> None: ...

class TextPiecePatternRef(_message.Message):
    __slots__ = ("key", "default_pattern")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    key: str
    default_pattern: str
    def __init__(self, key: _Optional[str] = ..., default_pattern: _Optional[str] = ...) -> None: ...

class TextPieceImage(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: ImageModel
    def __init__(self, image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class PaddingInfo(_message.Message):
    __slots__ = ("use_specific", "middle_padding", "badge_width", "left_padding", "right_padding", "icon_top_padding", "icon_bottom_padding", "horizontal_padding_rule", "vertical_padding_rule")
    USE_SPECIFIC_FIELD_NUMBER: _ClassVar[int]
    MIDDLE_PADDING_FIELD_NUMBER: _ClassVar[int]
    BADGE_WIDTH_FIELD_NUMBER: _ClassVar[int]
    LEFT_PADDING_FIELD_NUMBER: _ClassVar[int]
    RIGHT_PADDING_FIELD_NUMBER: _ClassVar[int]
    ICON_TOP_PADDING_FIELD_NUMBER: _ClassVar[int]
    ICON_BOTTOM_PADDING_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_PADDING_RULE_FIELD_NUMBER: _ClassVar[int]
    VERTICAL_PADDING_RULE_FIELD_NUMBER: _ClassVar[int]
    use_specific: bool
    middle_padding: int
    badge_width: int
    left_padding: int
    right_padding: int
    icon_top_padding: int
    icon_bottom_padding: int
    horizontal_padding_rule: int
    vertical_padding_rule: int
    def __init__(self, use_specific: bool = ..., middle_padding: _Optional[int] = ..., badge_width: _Optional[int] = ..., left_padding: _Optional[int] = ..., right_padding: _Optional[int] = ..., icon_top_padding: _Optional[int] = ..., icon_bottom_padding: _Optional[int] = ..., horizontal_padding_rule: _Optional[int] = ..., vertical_padding_rule: _Optional[int] = ...) -> None: ...

class FontStyle(_message.Message):
    __slots__ = ("font_size", "font_width", "font_color", "border_color")
    FONT_SIZE_FIELD_NUMBER: _ClassVar[int]
    FONT_WIDTH_FIELD_NUMBER: _ClassVar[int]
    FONT_COLOR_FIELD_NUMBER: _ClassVar[int]
    BORDER_COLOR_FIELD_NUMBER: _ClassVar[int]
    font_size: int
    font_width: int
    font_color: str
    border_color: str
    def __init__(self, font_size: _Optional[int] = ..., font_width: _Optional[int] = ..., font_color: _Optional[str] = ..., border_color: _Optional[str] = ...) -> None: ...

class ProfileCardPanel(_message.Message):
    __slots__ = ("use_new_profile_card_style", "badge_text_position", "projection_config", "profile_content", "separator_config")
    USE_NEW_PROFILE_CARD_STYLE_FIELD_NUMBER: _ClassVar[int]
    BADGE_TEXT_POSITION_FIELD_NUMBER: _ClassVar[int]
    PROJECTION_CONFIG_FIELD_NUMBER: _ClassVar[int]
    PROFILE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SEPARATOR_CONFIG_FIELD_NUMBER: _ClassVar[int]
    use_new_profile_card_style: bool
    badge_text_position: int
    projection_config: ProjectionConfig
    profile_content: ProfileContent
    separator_config: SeparatorConfig
    def __init__(self, use_new_profile_card_style: bool = ..., badge_text_position: _Optional[int] = ..., projection_config: _Optional[_Union[ProjectionConfig, _Mapping]] = ..., profile_content: _Optional[_Union[ProfileContent, _Mapping]] = ..., separator_config: _Optional[_Union[SeparatorConfig, _Mapping]] = ...) -> None: ...

class CombineBadgeBackground(_message.Message):
    __slots__ = ("image", "background_color_code", "border_color_code", "stretchable_background_image", "left_side_image")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_COLOR_CODE_FIELD_NUMBER: _ClassVar[int]
    BORDER_COLOR_CODE_FIELD_NUMBER: _ClassVar[int]
    STRETCHABLE_BACKGROUND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    LEFT_SIDE_IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: ImageModel
    background_color_code: str
    border_color_code: str
    stretchable_background_image: StretchableBackgroundImage
    left_side_image: ImageModel
    def __init__(self, image: _Optional[_Union[ImageModel, _Mapping]] = ..., background_color_code: _Optional[str] = ..., border_color_code: _Optional[str] = ..., stretchable_background_image: _Optional[_Union[StretchableBackgroundImage, _Mapping]] = ..., left_side_image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class ArrowConfig(_message.Message):
    __slots__ = ("icon",)
    ICON_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class GradeIcon(_message.Message):
    __slots__ = ("icon", "icon_diamond", "level", "level_str")
    ICON_FIELD_NUMBER: _ClassVar[int]
    ICON_DIAMOND_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    LEVEL_STR_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    icon_diamond: int
    level: int
    level_str: str
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., icon_diamond: _Optional[int] = ..., level: _Optional[int] = ..., level_str: _Optional[str] = ...) -> None: ...

class ModelFansClubData(_message.Message):
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
    badge: ModelUserBadge
    available_gift_ids: _containers.RepeatedScalarFieldContainer[int]
    anchor_id: int
    def __init__(self, club_name: _Optional[str] = ..., level: _Optional[int] = ..., user_fans_club_status: _Optional[int] = ..., badge: _Optional[_Union[ModelUserBadge, _Mapping]] = ..., available_gift_ids: _Optional[_Iterable[int]] = ..., anchor_id: _Optional[int] = ...) -> None: ...

class TimerDetail(_message.Message):
    __slots__ = ("timer_id", "anchor_id", "start_timestamp_s", "start_countdown_time_s", "anchor_side_title", "user_side_title", "time_increase_per_sub_s", "time_increase_cap_s", "sub_count", "time_increase_reach_cap", "total_pause_time_s", "last_pause_timestamp_s", "total_time_s", "remaining_time_s", "timestamp_s", "sticker_x", "sticker_y", "screen_w", "screen_h", "timer_status", "antidirt_status", "audit_status", "audit_info")
    TIMER_ID_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIMESTAMP_S_FIELD_NUMBER: _ClassVar[int]
    START_COUNTDOWN_TIME_S_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_SIDE_TITLE_FIELD_NUMBER: _ClassVar[int]
    USER_SIDE_TITLE_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_PER_SUB_S_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_CAP_S_FIELD_NUMBER: _ClassVar[int]
    SUB_COUNT_FIELD_NUMBER: _ClassVar[int]
    TIME_INCREASE_REACH_CAP_FIELD_NUMBER: _ClassVar[int]
    TOTAL_PAUSE_TIME_S_FIELD_NUMBER: _ClassVar[int]
    LAST_PAUSE_TIMESTAMP_S_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TIME_S_FIELD_NUMBER: _ClassVar[int]
    REMAINING_TIME_S_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_S_FIELD_NUMBER: _ClassVar[int]
    STICKER_X_FIELD_NUMBER: _ClassVar[int]
    STICKER_Y_FIELD_NUMBER: _ClassVar[int]
    SCREEN_W_FIELD_NUMBER: _ClassVar[int]
    SCREEN_H_FIELD_NUMBER: _ClassVar[int]
    TIMER_STATUS_FIELD_NUMBER: _ClassVar[int]
    ANTIDIRT_STATUS_FIELD_NUMBER: _ClassVar[int]
    AUDIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    AUDIT_INFO_FIELD_NUMBER: _ClassVar[int]
    timer_id: int
    anchor_id: int
    start_timestamp_s: int
    start_countdown_time_s: int
    anchor_side_title: str
    user_side_title: str
    time_increase_per_sub_s: int
    time_increase_cap_s: int
    sub_count: int
    time_increase_reach_cap: bool
    total_pause_time_s: int
    last_pause_timestamp_s: int
    total_time_s: int
    remaining_time_s: int
    timestamp_s: int
    sticker_x: int
    sticker_y: int
    screen_w: int
    screen_h: int
    timer_status: int
    antidirt_status: int
    audit_status: int
    audit_info: TimerDetailAuditInfo
    def __init__(self, timer_id: _Optional[int] = ..., anchor_id: _Optional[int] = ..., start_timestamp_s: _Optional[int] = ..., start_countdown_time_s: _Optional[int] = ..., anchor_side_title: _Optional[str] = ..., user_side_title: _Optional[str] = ..., time_increase_per_sub_s: _Optional[int] = ..., time_increase_cap_s: _Optional[int] = ..., sub_count: _Optional[int] = ..., time_increase_reach_cap: bool = ..., total_pause_time_s: _Optional[int] = ..., last_pause_timestamp_s: _Optional[int] = ..., total_time_s: _Optional[int] = ..., remaining_time_s: _Optional[int] = ..., timestamp_s: _Optional[int] = ..., sticker_x: _Optional[int] = ..., sticker_y: _Optional[int] = ..., screen_w: _Optional[int] = ..., screen_h: _Optional[int] = ..., timer_status: _Optional[int] = ..., antidirt_status: _Optional[int] = ..., audit_status: _Optional[int] = ..., audit_info: _Optional[_Union[TimerDetailAuditInfo, _Mapping]] = ...) -> None: ...

class SubSplitStatus(_message.Message):
    __slots__ = ("is_old_sub_creator", "cur_period")
    IS_OLD_SUB_CREATOR_FIELD_NUMBER: _ClassVar[int]
    CUR_PERIOD_FIELD_NUMBER: _ClassVar[int]
    is_old_sub_creator: bool
    cur_period: int
    def __init__(self, is_old_sub_creator: bool = ..., cur_period: _Optional[int] = ...) -> None: ...

class WalletPackage(_message.Message):
    __slots__ = ("iap_id", "usd_price_show")
    IAP_ID_FIELD_NUMBER: _ClassVar[int]
    USD_PRICE_SHOW_FIELD_NUMBER: _ClassVar[int]
    iap_id: str
    usd_price_show: str
    def __init__(self, iap_id: _Optional[str] = ..., usd_price_show: _Optional[str] = ...) -> None: ...

class EventUserInfo(_message.Message):
    __slots__ = ("user_id", "avatar_uri")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_URI_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    avatar_uri: str
    def __init__(self, user_id: _Optional[int] = ..., avatar_uri: _Optional[str] = ...) -> None: ...

class PaidEventPreview(_message.Message):
    __slots__ = ("allow_preview", "allow_preview_time")
    ALLOW_PREVIEW_FIELD_NUMBER: _ClassVar[int]
    ALLOW_PREVIEW_TIME_FIELD_NUMBER: _ClassVar[int]
    allow_preview: int
    allow_preview_time: int
    def __init__(self, allow_preview: _Optional[int] = ..., allow_preview_time: _Optional[int] = ...) -> None: ...

class ShopEntranceInfo(_message.Message):
    __slots__ = ("shop_id", "shop_name", "shop_rating", "store_label", "format_sold_count", "sold_count", "exp_rate_percentile", "exp_rate_top_display", "rate_display_style", "show_rate_not_applicable", "selling_point")
    SHOP_ID_FIELD_NUMBER: _ClassVar[int]
    SHOP_NAME_FIELD_NUMBER: _ClassVar[int]
    SHOP_RATING_FIELD_NUMBER: _ClassVar[int]
    STORE_LABEL_FIELD_NUMBER: _ClassVar[int]
    FORMAT_SOLD_COUNT_FIELD_NUMBER: _ClassVar[int]
    SOLD_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXP_RATE_PERCENTILE_FIELD_NUMBER: _ClassVar[int]
    EXP_RATE_TOP_DISPLAY_FIELD_NUMBER: _ClassVar[int]
    RATE_DISPLAY_STYLE_FIELD_NUMBER: _ClassVar[int]
    SHOW_RATE_NOT_APPLICABLE_FIELD_NUMBER: _ClassVar[int]
    SELLING_POINT_FIELD_NUMBER: _ClassVar[int]
    shop_id: str
    shop_name: str
    shop_rating: str
    store_label: StoreLabel
    format_sold_count: str
    sold_count: int
    exp_rate_percentile: int
    exp_rate_top_display: str
    rate_display_style: int
    show_rate_not_applicable: bool
    selling_point: _containers.RepeatedCompositeFieldContainer[SellingPoint]
    def __init__(self, shop_id: _Optional[str] = ..., shop_name: _Optional[str] = ..., shop_rating: _Optional[str] = ..., store_label: _Optional[_Union[StoreLabel, _Mapping]] = ..., format_sold_count: _Optional[str] = ..., sold_count: _Optional[int] = ..., exp_rate_percentile: _Optional[int] = ..., exp_rate_top_display: _Optional[str] = ..., rate_display_style: _Optional[int] = ..., show_rate_not_applicable: bool = ..., selling_point: _Optional[_Iterable[_Union[SellingPoint, _Mapping]]] = ...) -> None: ...

class ShowcaseEntranceInfo(_message.Message):
    __slots__ = ("format_sold_count", "sold_count", "showcase_name", "selling_point", "creator_score_profile")
    FORMAT_SOLD_COUNT_FIELD_NUMBER: _ClassVar[int]
    SOLD_COUNT_FIELD_NUMBER: _ClassVar[int]
    SHOWCASE_NAME_FIELD_NUMBER: _ClassVar[int]
    SELLING_POINT_FIELD_NUMBER: _ClassVar[int]
    CREATOR_SCORE_PROFILE_FIELD_NUMBER: _ClassVar[int]
    format_sold_count: str
    sold_count: int
    showcase_name: str
    selling_point: _containers.RepeatedCompositeFieldContainer[SellingPoint]
    creator_score_profile: CreatorScoreProfile
    def __init__(self, format_sold_count: _Optional[str] = ..., sold_count: _Optional[int] = ..., showcase_name: _Optional[str] = ..., selling_point: _Optional[_Iterable[_Union[SellingPoint, _Mapping]]] = ..., creator_score_profile: _Optional[_Union[CreatorScoreProfile, _Mapping]] = ...) -> None: ...

class TagItem(_message.Message):
    __slots__ = ("tag_type", "tag_text", "tag_value", "display_location", "event_tracking_fields", "biz_name", "disable_count_frequency_control", "disable_crm_click")
    class EventTrackingFieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TAG_TYPE_FIELD_NUMBER: _ClassVar[int]
    TAG_TEXT_FIELD_NUMBER: _ClassVar[int]
    TAG_VALUE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_LOCATION_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_FIELDS_FIELD_NUMBER: _ClassVar[int]
    BIZ_NAME_FIELD_NUMBER: _ClassVar[int]
    DISABLE_COUNT_FREQUENCY_CONTROL_FIELD_NUMBER: _ClassVar[int]
    DISABLE_CRM_CLICK_FIELD_NUMBER: _ClassVar[int]
    tag_type: int
    tag_text: Text
    tag_value: int
    display_location: int
    event_tracking_fields: _containers.ScalarMap[str, str]
    biz_name: str
    disable_count_frequency_control: bool
    disable_crm_click: bool
    def __init__(self, tag_type: _Optional[int] = ..., tag_text: _Optional[_Union[Text, _Mapping]] = ..., tag_value: _Optional[int] = ..., display_location: _Optional[int] = ..., event_tracking_fields: _Optional[_Mapping[str, str]] = ..., biz_name: _Optional[str] = ..., disable_count_frequency_control: bool = ..., disable_crm_click: bool = ...) -> None: ...

class Topic(_message.Message):
    __slots__ = ("topic_action_type", "topic_text", "topic_tips", "has_button", "action_button", "tag_type", "display_location", "event_tracking_fields", "biz_name", "disable_count_frequency_control")
    class EventTrackingFieldsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TOPIC_ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOPIC_TEXT_FIELD_NUMBER: _ClassVar[int]
    TOPIC_TIPS_FIELD_NUMBER: _ClassVar[int]
    HAS_BUTTON_FIELD_NUMBER: _ClassVar[int]
    ACTION_BUTTON_FIELD_NUMBER: _ClassVar[int]
    TAG_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_LOCATION_FIELD_NUMBER: _ClassVar[int]
    EVENT_TRACKING_FIELDS_FIELD_NUMBER: _ClassVar[int]
    BIZ_NAME_FIELD_NUMBER: _ClassVar[int]
    DISABLE_COUNT_FREQUENCY_CONTROL_FIELD_NUMBER: _ClassVar[int]
    topic_action_type: int
    topic_text: Text
    topic_tips: Text
    has_button: bool
    action_button: ActionButton
    tag_type: int
    display_location: int
    event_tracking_fields: _containers.ScalarMap[str, str]
    biz_name: str
    disable_count_frequency_control: bool
    def __init__(self, topic_action_type: _Optional[int] = ..., topic_text: _Optional[_Union[Text, _Mapping]] = ..., topic_tips: _Optional[_Union[Text, _Mapping]] = ..., has_button: bool = ..., action_button: _Optional[_Union[ActionButton, _Mapping]] = ..., tag_type: _Optional[int] = ..., display_location: _Optional[int] = ..., event_tracking_fields: _Optional[_Mapping[str, str]] = ..., biz_name: _Optional[str] = ..., disable_count_frequency_control: bool = ...) -> None: ...

class FrequencyControl(_message.Message):
    __slots__ = ("frequency_control_key", "window_size", "limit_in_window")
    FREQUENCY_CONTROL_KEY_FIELD_NUMBER: _ClassVar[int]
    WINDOW_SIZE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_IN_WINDOW_FIELD_NUMBER: _ClassVar[int]
    frequency_control_key: str
    window_size: int
    limit_in_window: int
    def __init__(self, frequency_control_key: _Optional[str] = ..., window_size: _Optional[int] = ..., limit_in_window: _Optional[int] = ...) -> None: ...

class UserMetrics(_message.Message):
    __slots__ = ("type", "metrics_value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    METRICS_VALUE_FIELD_NUMBER: _ClassVar[int]
    type: int
    metrics_value: str
    def __init__(self, type: _Optional[int] = ..., metrics_value: _Optional[str] = ...) -> None: ...

class PortraitTag(_message.Message):
    __slots__ = ("tag_id", "priority", "show_value", "show_args")
    TAG_ID_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    SHOW_VALUE_FIELD_NUMBER: _ClassVar[int]
    SHOW_ARGS_FIELD_NUMBER: _ClassVar[int]
    tag_id: str
    priority: int
    show_value: str
    show_args: str
    def __init__(self, tag_id: _Optional[str] = ..., priority: _Optional[int] = ..., show_value: _Optional[str] = ..., show_args: _Optional[str] = ...) -> None: ...

class OperationState(_message.Message):
    __slots__ = ("scene", "icon", "text", "schema", "animation_style", "duration")
    SCENE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    ANIMATION_STYLE_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    scene: str
    icon: ImageModel
    text: Text
    schema: str
    animation_style: int
    duration: int
    def __init__(self, scene: _Optional[str] = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ..., text: _Optional[_Union[Text, _Mapping]] = ..., schema: _Optional[str] = ..., animation_style: _Optional[int] = ..., duration: _Optional[int] = ...) -> None: ...

class UserModelPredictionData(_message.Message):
    __slots__ = ("user_id", "model_prediction_data")
    class ModelPredictionDataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_PREDICTION_DATA_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    model_prediction_data: _containers.ScalarMap[str, float]
    def __init__(self, user_id: _Optional[int] = ..., model_prediction_data: _Optional[_Mapping[str, float]] = ...) -> None: ...

class LinkMicAudienceTurnOnGuide(_message.Message):
    __slots__ = ("content", "button_content")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_CONTENT_FIELD_NUMBER: _ClassVar[int]
    content: LinkMicAudienceNoticeText
    button_content: LinkMicAudienceNoticeText
    def __init__(self, content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ..., button_content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ...) -> None: ...

class LinkMicAudienceInviteGuide(_message.Message):
    __slots__ = ("content", "button_content", "user", "display_strategy", "linkmic_audience_invite_notice_reason")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_AUDIENCE_INVITE_NOTICE_REASON_FIELD_NUMBER: _ClassVar[int]
    content: LinkMicAudienceNoticeText
    button_content: LinkMicAudienceNoticeText
    user: User
    display_strategy: int
    linkmic_audience_invite_notice_reason: str
    def __init__(self, content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ..., button_content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., display_strategy: _Optional[int] = ..., linkmic_audience_invite_notice_reason: _Optional[str] = ...) -> None: ...

class LinkmicAudienceInviteGroupChatMemberGuide(_message.Message):
    __slots__ = ("content", "button_content", "group_member_user_ids")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_CONTENT_FIELD_NUMBER: _ClassVar[int]
    GROUP_MEMBER_USER_IDS_FIELD_NUMBER: _ClassVar[int]
    content: LinkMicAudienceNoticeText
    button_content: LinkMicAudienceNoticeText
    group_member_user_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ..., button_content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ..., group_member_user_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class RecommendComment(_message.Message):
    __slots__ = ("priority", "duration", "recommend_text", "tips_type")
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    RECOMMEND_TEXT_FIELD_NUMBER: _ClassVar[int]
    TIPS_TYPE_FIELD_NUMBER: _ClassVar[int]
    priority: int
    duration: int
    recommend_text: Text
    tips_type: int
    def __init__(self, priority: _Optional[int] = ..., duration: _Optional[int] = ..., recommend_text: _Optional[_Union[Text, _Mapping]] = ..., tips_type: _Optional[int] = ...) -> None: ...

class GameAction(_message.Message):
    __slots__ = ("action_type", "jump_page", "follow_user_id", "follow_user_info", "action_schema")
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    JUMP_PAGE_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_USER_ID_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    ACTION_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    action_type: int
    jump_page: int
    follow_user_id: int
    follow_user_info: User
    action_schema: str
    def __init__(self, action_type: _Optional[int] = ..., jump_page: _Optional[int] = ..., follow_user_id: _Optional[int] = ..., follow_user_info: _Optional[_Union[User, _Mapping]] = ..., action_schema: _Optional[str] = ...) -> None: ...

class LinkmicAudienceApplyGuide(_message.Message):
    __slots__ = ("content", "button_content", "user", "display_strategy", "linkmic_audience_apply_notice_reason", "display_position", "trigger_type", "request_id", "linkmic_id")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_CONTENT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_STRATEGY_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_AUDIENCE_APPLY_NOTICE_REASON_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_POSITION_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_TYPE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    content: LinkMicAudienceNoticeText
    button_content: LinkMicAudienceNoticeText
    user: User
    display_strategy: int
    linkmic_audience_apply_notice_reason: str
    display_position: int
    trigger_type: str
    request_id: str
    linkmic_id: str
    def __init__(self, content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ..., button_content: _Optional[_Union[LinkMicAudienceNoticeText, _Mapping]] = ..., user: _Optional[_Union[User, _Mapping]] = ..., display_strategy: _Optional[int] = ..., linkmic_audience_apply_notice_reason: _Optional[str] = ..., display_position: _Optional[int] = ..., trigger_type: _Optional[str] = ..., request_id: _Optional[str] = ..., linkmic_id: _Optional[str] = ...) -> None: ...

class CapsuleBizParamsEcomEventTracking(_message.Message):
    __slots__ = ("ecom_recomm_id", "ecom_recomm_trigger")
    ECOM_RECOMM_ID_FIELD_NUMBER: _ClassVar[int]
    ECOM_RECOMM_TRIGGER_FIELD_NUMBER: _ClassVar[int]
    ecom_recomm_id: str
    ecom_recomm_trigger: str
    def __init__(self, ecom_recomm_id: _Optional[str] = ..., ecom_recomm_trigger: _Optional[str] = ...) -> None: ...

class RandomGiftPanelBanner(_message.Message):
    __slots__ = ("bg_image", "shading_image", "target_num", "collect_num", "display_text", "left_icon", "schema_url", "bg_color_values", "round", "banner_priority")
    BG_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SHADING_IMAGE_FIELD_NUMBER: _ClassVar[int]
    TARGET_NUM_FIELD_NUMBER: _ClassVar[int]
    COLLECT_NUM_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    BG_COLOR_VALUES_FIELD_NUMBER: _ClassVar[int]
    ROUND_FIELD_NUMBER: _ClassVar[int]
    BANNER_PRIORITY_FIELD_NUMBER: _ClassVar[int]
    bg_image: ImageModel
    shading_image: ImageModel
    target_num: int
    collect_num: int
    display_text: str
    left_icon: ImageModel
    schema_url: str
    bg_color_values: _containers.RepeatedScalarFieldContainer[str]
    round: int
    banner_priority: int
    def __init__(self, bg_image: _Optional[_Union[ImageModel, _Mapping]] = ..., shading_image: _Optional[_Union[ImageModel, _Mapping]] = ..., target_num: _Optional[int] = ..., collect_num: _Optional[int] = ..., display_text: _Optional[str] = ..., left_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., schema_url: _Optional[str] = ..., bg_color_values: _Optional[_Iterable[str]] = ..., round: _Optional[int] = ..., banner_priority: _Optional[int] = ...) -> None: ...

class RandomGiftBubble(_message.Message):
    __slots__ = ("display_text", "icon_dynamic_effect")
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    ICON_DYNAMIC_EFFECT_FIELD_NUMBER: _ClassVar[int]
    display_text: str
    icon_dynamic_effect: ImageModel
    def __init__(self, display_text: _Optional[str] = ..., icon_dynamic_effect: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class ColorGroup(_message.Message):
    __slots__ = ("group_name", "color_infos")
    GROUP_NAME_FIELD_NUMBER: _ClassVar[int]
    COLOR_INFOS_FIELD_NUMBER: _ClassVar[int]
    group_name: str
    color_infos: _containers.RepeatedCompositeFieldContainer[GiftColorInfo]
    def __init__(self, group_name: _Optional[str] = ..., color_infos: _Optional[_Iterable[_Union[GiftColorInfo, _Mapping]]] = ...) -> None: ...

class AudioResource(_message.Message):
    __slots__ = ("audio_url", "lyrics_url", "snippet_id")
    AUDIO_URL_FIELD_NUMBER: _ClassVar[int]
    LYRICS_URL_FIELD_NUMBER: _ClassVar[int]
    SNIPPET_ID_FIELD_NUMBER: _ClassVar[int]
    audio_url: str
    lyrics_url: str
    snippet_id: int
    def __init__(self, audio_url: _Optional[str] = ..., lyrics_url: _Optional[str] = ..., snippet_id: _Optional[int] = ...) -> None: ...

class BefViewRenderSize(_message.Message):
    __slots__ = ("w", "h")
    W_FIELD_NUMBER: _ClassVar[int]
    H_FIELD_NUMBER: _ClassVar[int]
    w: int
    h: int
    def __init__(self, w: _Optional[int] = ..., h: _Optional[int] = ...) -> None: ...

class AssetBase(_message.Message):
    __slots__ = ("url", "md5", "face_meta")
    URL_FIELD_NUMBER: _ClassVar[int]
    MD5_FIELD_NUMBER: _ClassVar[int]
    FACE_META_FIELD_NUMBER: _ClassVar[int]
    url: ImageModel
    md5: str
    face_meta: FaceRecognitionMeta
    def __init__(self, url: _Optional[_Union[ImageModel, _Mapping]] = ..., md5: _Optional[str] = ..., face_meta: _Optional[_Union[FaceRecognitionMeta, _Mapping]] = ...) -> None: ...

class GiftEffectCrossScreenStickerSpec(_message.Message):
    __slots__ = ("single_action_asset_ids", "action_asset_ids", "reaction_asset_ids")
    class SingleActionAssetIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class ActionAssetIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    class ReactionAssetIdsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: int
        def __init__(self, key: _Optional[int] = ..., value: _Optional[int] = ...) -> None: ...
    SINGLE_ACTION_ASSET_IDS_FIELD_NUMBER: _ClassVar[int]
    ACTION_ASSET_IDS_FIELD_NUMBER: _ClassVar[int]
    REACTION_ASSET_IDS_FIELD_NUMBER: _ClassVar[int]
    single_action_asset_ids: _containers.ScalarMap[int, int]
    action_asset_ids: _containers.ScalarMap[int, int]
    reaction_asset_ids: _containers.ScalarMap[int, int]
    def __init__(self, single_action_asset_ids: _Optional[_Mapping[int, int]] = ..., action_asset_ids: _Optional[_Mapping[int, int]] = ..., reaction_asset_ids: _Optional[_Mapping[int, int]] = ...) -> None: ...

class GiftEffectLynxSpec(_message.Message):
    __slots__ = ("asset_ids",)
    ASSET_IDS_FIELD_NUMBER: _ClassVar[int]
    asset_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, asset_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class GiftEffectPrefabSpec(_message.Message):
    __slots__ = ("template_asset_id", "prefab_asset_ids")
    TEMPLATE_ASSET_ID_FIELD_NUMBER: _ClassVar[int]
    PREFAB_ASSET_IDS_FIELD_NUMBER: _ClassVar[int]
    template_asset_id: int
    prefab_asset_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, template_asset_id: _Optional[int] = ..., prefab_asset_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class GiftEffectSerialSpec(_message.Message):
    __slots__ = ("serial_asset_ids",)
    SERIAL_ASSET_IDS_FIELD_NUMBER: _ClassVar[int]
    serial_asset_ids: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, serial_asset_ids: _Optional[_Iterable[int]] = ...) -> None: ...

class GiftInfo(_message.Message):
    __slots__ = ("id", "price")
    ID_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    id: int
    price: int
    def __init__(self, id: _Optional[int] = ..., price: _Optional[int] = ...) -> None: ...

class SubGoalContribution(_message.Message):
    __slots__ = ("id", "contribution_count")
    ID_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    id: str
    contribution_count: int
    def __init__(self, id: _Optional[str] = ..., contribution_count: _Optional[int] = ...) -> None: ...

class GoalComparison(_message.Message):
    __slots__ = ("coins_incr", "contributor_incr")
    COINS_INCR_FIELD_NUMBER: _ClassVar[int]
    CONTRIBUTOR_INCR_FIELD_NUMBER: _ClassVar[int]
    coins_incr: int
    contributor_incr: int
    def __init__(self, coins_incr: _Optional[int] = ..., contributor_incr: _Optional[int] = ...) -> None: ...

class CohostAbTestList(_message.Message):
    __slots__ = ("ab_test_list",)
    AB_TEST_LIST_FIELD_NUMBER: _ClassVar[int]
    ab_test_list: _containers.RepeatedCompositeFieldContainer[CohostAbTest]
    def __init__(self, ab_test_list: _Optional[_Iterable[_Union[CohostAbTest, _Mapping]]] = ...) -> None: ...

class InviterRivalExtra(_message.Message):
    __slots__ = ("texttype", "text", "label", "user_count", "avatar_thumb", "display_id", "authentication_info", "nickname", "follow_status", "hashtag", "user_id", "is_best_teammate", "opt_pair_info", "follower_count")
    TEXTTYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    USER_COUNT_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_INFO_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    HASHTAG_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IS_BEST_TEAMMATE_FIELD_NUMBER: _ClassVar[int]
    OPT_PAIR_INFO_FIELD_NUMBER: _ClassVar[int]
    FOLLOWER_COUNT_FIELD_NUMBER: _ClassVar[int]
    texttype: int
    text: str
    label: str
    user_count: int
    avatar_thumb: ImageModel
    display_id: str
    authentication_info: SharedAuthenticationInfo
    nickname: str
    follow_status: int
    hashtag: ModelHashtag
    user_id: int
    is_best_teammate: bool
    opt_pair_info: OptPairInfo
    follower_count: int
    def __init__(self, texttype: _Optional[int] = ..., text: _Optional[str] = ..., label: _Optional[str] = ..., user_count: _Optional[int] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., authentication_info: _Optional[_Union[SharedAuthenticationInfo, _Mapping]] = ..., nickname: _Optional[str] = ..., follow_status: _Optional[int] = ..., hashtag: _Optional[_Union[ModelHashtag, _Mapping]] = ..., user_id: _Optional[int] = ..., is_best_teammate: bool = ..., opt_pair_info: _Optional[_Union[OptPairInfo, _Mapping]] = ..., follower_count: _Optional[int] = ...) -> None: ...

class CohostTopic(_message.Message):
    __slots__ = ("id", "title_key", "title_text", "liked", "total_heat", "total_rivals", "rivals_avatar")
    ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_KEY_FIELD_NUMBER: _ClassVar[int]
    TITLE_TEXT_FIELD_NUMBER: _ClassVar[int]
    LIKED_FIELD_NUMBER: _ClassVar[int]
    TOTAL_HEAT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_RIVALS_FIELD_NUMBER: _ClassVar[int]
    RIVALS_AVATAR_FIELD_NUMBER: _ClassVar[int]
    id: int
    title_key: str
    title_text: str
    liked: bool
    total_heat: int
    total_rivals: int
    rivals_avatar: _containers.RepeatedCompositeFieldContainer[ImageModel]
    def __init__(self, id: _Optional[int] = ..., title_key: _Optional[str] = ..., title_text: _Optional[str] = ..., liked: bool = ..., total_heat: _Optional[int] = ..., total_rivals: _Optional[int] = ..., rivals_avatar: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ...) -> None: ...

class AnchorLayoutStyleSetting(_message.Message):
    __slots__ = ("layout_style", "max_position")
    LAYOUT_STYLE_FIELD_NUMBER: _ClassVar[int]
    MAX_POSITION_FIELD_NUMBER: _ClassVar[int]
    layout_style: int
    max_position: int
    def __init__(self, layout_style: _Optional[int] = ..., max_position: _Optional[int] = ...) -> None: ...

class AnchorPanelLayoutTypeSetting(_message.Message):
    __slots__ = ("panel_layout_type", "max_position")
    PANEL_LAYOUT_TYPE_FIELD_NUMBER: _ClassVar[int]
    MAX_POSITION_FIELD_NUMBER: _ClassVar[int]
    panel_layout_type: int
    max_position: int
    def __init__(self, panel_layout_type: _Optional[int] = ..., max_position: _Optional[int] = ...) -> None: ...

class RtcEngineConfig(_message.Message):
    __slots__ = ("rtc_app_id", "rtc_user_id", "rtc_token", "rtc_channel_id")
    RTC_APP_ID_FIELD_NUMBER: _ClassVar[int]
    RTC_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RTC_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RTC_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    rtc_app_id: str
    rtc_user_id: str
    rtc_token: str
    rtc_channel_id: int
    def __init__(self, rtc_app_id: _Optional[str] = ..., rtc_user_id: _Optional[str] = ..., rtc_token: _Optional[str] = ..., rtc_channel_id: _Optional[int] = ...) -> None: ...

class RtcLiveVideoParam(_message.Message):
    __slots__ = ("strategy_id", "params")
    STRATEGY_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    strategy_id: int
    params: RtcVideoParam
    def __init__(self, strategy_id: _Optional[int] = ..., params: _Optional[_Union[RtcVideoParam, _Mapping]] = ...) -> None: ...

class RtcBitRateMap(_message.Message):
    __slots__ = ("xx1", "xx2", "xx3", "xx4")
    XX1_FIELD_NUMBER: _ClassVar[int]
    XX2_FIELD_NUMBER: _ClassVar[int]
    XX3_FIELD_NUMBER: _ClassVar[int]
    XX4_FIELD_NUMBER: _ClassVar[int]
    xx1: int
    xx2: int
    xx3: int
    xx4: int
    def __init__(self, xx1: _Optional[int] = ..., xx2: _Optional[int] = ..., xx3: _Optional[int] = ..., xx4: _Optional[int] = ...) -> None: ...

class RtcMixBase(_message.Message):
    __slots__ = ("bitrate",)
    BITRATE_FIELD_NUMBER: _ClassVar[int]
    bitrate: int
    def __init__(self, bitrate: _Optional[int] = ...) -> None: ...

class ByteRtcExtInfo(_message.Message):
    __slots__ = ("default_signaling_server_first",)
    DEFAULT_SIGNALING_SERVER_FIRST_FIELD_NUMBER: _ClassVar[int]
    default_signaling_server_first: int
    def __init__(self, default_signaling_server_first: _Optional[int] = ...) -> None: ...

class RtcInfoExtra(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: str
    def __init__(self, version: _Optional[str] = ...) -> None: ...

class RtcOther(_message.Message):
    __slots__ = ("max_transcoding_cb_interval_second",)
    MAX_TRANSCODING_CB_INTERVAL_SECOND_FIELD_NUMBER: _ClassVar[int]
    max_transcoding_cb_interval_second: int
    def __init__(self, max_transcoding_cb_interval_second: _Optional[int] = ...) -> None: ...

class LinkPosition(_message.Message):
    __slots__ = ("position", "opt")
    POSITION_FIELD_NUMBER: _ClassVar[int]
    OPT_FIELD_NUMBER: _ClassVar[int]
    position: int
    opt: int
    def __init__(self, position: _Optional[int] = ..., opt: _Optional[int] = ...) -> None: ...

class GroupChannelUser(_message.Message):
    __slots__ = ("channel_id", "status", "type", "all_user", "join_time", "linked_time", "owner_user", "group_linkmic_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ALL_USER_FIELD_NUMBER: _ClassVar[int]
    JOIN_TIME_FIELD_NUMBER: _ClassVar[int]
    LINKED_TIME_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_FIELD_NUMBER: _ClassVar[int]
    GROUP_LINKMIC_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: int
    status: int
    type: int
    all_user: AllListUser
    join_time: int
    linked_time: int
    owner_user: GroupPlayer
    group_linkmic_id: str
    def __init__(self, channel_id: _Optional[int] = ..., status: _Optional[int] = ..., type: _Optional[int] = ..., all_user: _Optional[_Union[AllListUser, _Mapping]] = ..., join_time: _Optional[int] = ..., linked_time: _Optional[int] = ..., owner_user: _Optional[_Union[GroupPlayer, _Mapping]] = ..., group_linkmic_id: _Optional[str] = ...) -> None: ...

class ResolutionDemandPayload(_message.Message):
    __slots__ = ("action", "width_ratio", "height_ratio", "config_id", "layout_key", "spot_id", "canvas_width", "canvas_height", "timestamp_ms")
    ACTION_FIELD_NUMBER: _ClassVar[int]
    WIDTH_RATIO_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_RATIO_FIELD_NUMBER: _ClassVar[int]
    CONFIG_ID_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_KEY_FIELD_NUMBER: _ClassVar[int]
    SPOT_ID_FIELD_NUMBER: _ClassVar[int]
    CANVAS_WIDTH_FIELD_NUMBER: _ClassVar[int]
    CANVAS_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_MS_FIELD_NUMBER: _ClassVar[int]
    action: int
    width_ratio: float
    height_ratio: float
    config_id: str
    layout_key: str
    spot_id: int
    canvas_width: int
    canvas_height: int
    timestamp_ms: int
    def __init__(self, action: _Optional[int] = ..., width_ratio: _Optional[float] = ..., height_ratio: _Optional[float] = ..., config_id: _Optional[str] = ..., layout_key: _Optional[str] = ..., spot_id: _Optional[int] = ..., canvas_width: _Optional[int] = ..., canvas_height: _Optional[int] = ..., timestamp_ms: _Optional[int] = ...) -> None: ...

class ApplyBizContent(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: User
    def __init__(self, user: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class InviteBizContent(_message.Message):
    __slots__ = ("anchor_setting_info", "invite_source", "operator_user_info", "operator_link_admin_type", "invitee_user_info", "share_revenue_setting", "share_revenue_setting_struct")
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    INVITE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_LINK_ADMIN_TYPE_FIELD_NUMBER: _ClassVar[int]
    INVITEE_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    SHARE_REVENUE_SETTING_FIELD_NUMBER: _ClassVar[int]
    SHARE_REVENUE_SETTING_STRUCT_FIELD_NUMBER: _ClassVar[int]
    anchor_setting_info: MultiLiveAnchorPanelSettings
    invite_source: int
    operator_user_info: User
    operator_link_admin_type: int
    invitee_user_info: User
    share_revenue_setting: int
    share_revenue_setting_struct: LinkmicShareRevenueSettingStruct
    def __init__(self, anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., invite_source: _Optional[int] = ..., operator_user_info: _Optional[_Union[User, _Mapping]] = ..., operator_link_admin_type: _Optional[int] = ..., invitee_user_info: _Optional[_Union[User, _Mapping]] = ..., share_revenue_setting: _Optional[int] = ..., share_revenue_setting_struct: _Optional[_Union[LinkmicShareRevenueSettingStruct, _Mapping]] = ...) -> None: ...

class ReplyBizContent(_message.Message):
    __slots__ = ("link_type", "is_turn_off_invitation", "reply_user_info", "is_full_position_pre_approved")
    LINK_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_TURN_OFF_INVITATION_FIELD_NUMBER: _ClassVar[int]
    REPLY_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    IS_FULL_POSITION_PRE_APPROVED_FIELD_NUMBER: _ClassVar[int]
    link_type: int
    is_turn_off_invitation: int
    reply_user_info: User
    is_full_position_pre_approved: bool
    def __init__(self, link_type: _Optional[int] = ..., is_turn_off_invitation: _Optional[int] = ..., reply_user_info: _Optional[_Union[User, _Mapping]] = ..., is_full_position_pre_approved: bool = ...) -> None: ...

class PermitBizContent(_message.Message):
    __slots__ = ("anchor_setting_info", "expire_timestamp", "operator_user_info", "operator_link_admin_type", "link_user_type", "is_apply_auto_approved", "link_type_permission", "is_full_position_pre_approved", "is_quick_call_auto_approved")
    ANCHOR_SETTING_INFO_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_LINK_ADMIN_TYPE_FIELD_NUMBER: _ClassVar[int]
    LINK_USER_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_APPLY_AUTO_APPROVED_FIELD_NUMBER: _ClassVar[int]
    LINK_TYPE_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    IS_FULL_POSITION_PRE_APPROVED_FIELD_NUMBER: _ClassVar[int]
    IS_QUICK_CALL_AUTO_APPROVED_FIELD_NUMBER: _ClassVar[int]
    anchor_setting_info: MultiLiveAnchorPanelSettings
    expire_timestamp: int
    operator_user_info: User
    operator_link_admin_type: int
    link_user_type: int
    is_apply_auto_approved: bool
    link_type_permission: int
    is_full_position_pre_approved: bool
    is_quick_call_auto_approved: bool
    def __init__(self, anchor_setting_info: _Optional[_Union[MultiLiveAnchorPanelSettings, _Mapping]] = ..., expire_timestamp: _Optional[int] = ..., operator_user_info: _Optional[_Union[User, _Mapping]] = ..., operator_link_admin_type: _Optional[int] = ..., link_user_type: _Optional[int] = ..., is_apply_auto_approved: bool = ..., link_type_permission: _Optional[int] = ..., is_full_position_pre_approved: bool = ..., is_quick_call_auto_approved: bool = ...) -> None: ...

class JoinDirectBizContent(_message.Message):
    __slots__ = ("reply_im_msg_id", "outside_room_invite_source", "is_full_position_pre_approved", "mg_source_role")
    REPLY_IM_MSG_ID_FIELD_NUMBER: _ClassVar[int]
    OUTSIDE_ROOM_INVITE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    IS_FULL_POSITION_PRE_APPROVED_FIELD_NUMBER: _ClassVar[int]
    MG_SOURCE_ROLE_FIELD_NUMBER: _ClassVar[int]
    reply_im_msg_id: int
    outside_room_invite_source: int
    is_full_position_pre_approved: bool
    mg_source_role: int
    def __init__(self, reply_im_msg_id: _Optional[int] = ..., outside_room_invite_source: _Optional[int] = ..., is_full_position_pre_approved: bool = ..., mg_source_role: _Optional[int] = ...) -> None: ...

class KickOutBizContent(_message.Message):
    __slots__ = ("operator_user_info", "operator_link_admin_type", "kick_player_user_info")
    OPERATOR_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_LINK_ADMIN_TYPE_FIELD_NUMBER: _ClassVar[int]
    KICK_PLAYER_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    operator_user_info: User
    operator_link_admin_type: int
    kick_player_user_info: User
    def __init__(self, operator_user_info: _Optional[_Union[User, _Mapping]] = ..., operator_link_admin_type: _Optional[int] = ..., kick_player_user_info: _Optional[_Union[User, _Mapping]] = ...) -> None: ...

class JoinRoomDirectBizContent(_message.Message):
    __slots__ = ("link_type_permission", "is_full_position_pre_approved")
    LINK_TYPE_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    IS_FULL_POSITION_PRE_APPROVED_FIELD_NUMBER: _ClassVar[int]
    link_type_permission: int
    is_full_position_pre_approved: bool
    def __init__(self, link_type_permission: _Optional[int] = ..., is_full_position_pre_approved: bool = ...) -> None: ...

class JoinGroupBizContent(_message.Message):
    __slots__ = ("from_room_age_restricted", "from_tag", "dialog", "punish_info", "topic_info", "algo_request_id", "cohost_layout_mode", "tag", "game_tag", "new_user_education", "ab_infos", "matched_preference_tag", "join_group_msg_extra")
    class AbInfosEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: CohostAbInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[CohostAbInfo, _Mapping]] = ...) -> None: ...
    FROM_ROOM_AGE_RESTRICTED_FIELD_NUMBER: _ClassVar[int]
    FROM_TAG_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    PUNISH_INFO_FIELD_NUMBER: _ClassVar[int]
    TOPIC_INFO_FIELD_NUMBER: _ClassVar[int]
    ALGO_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    COHOST_LAYOUT_MODE_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    GAME_TAG_FIELD_NUMBER: _ClassVar[int]
    NEW_USER_EDUCATION_FIELD_NUMBER: _ClassVar[int]
    AB_INFOS_FIELD_NUMBER: _ClassVar[int]
    MATCHED_PREFERENCE_TAG_FIELD_NUMBER: _ClassVar[int]
    JOIN_GROUP_MSG_EXTRA_FIELD_NUMBER: _ClassVar[int]
    from_room_age_restricted: int
    from_tag: Tag
    dialog: PerceptionDialogInfo
    punish_info: PunishEventInfo
    topic_info: CohostTopic
    algo_request_id: str
    cohost_layout_mode: int
    tag: TagV2
    game_tag: RivalsGameTag
    new_user_education: str
    ab_infos: _containers.MessageMap[int, CohostAbInfo]
    matched_preference_tag: int
    join_group_msg_extra: JoinGroupMessageExtra
    def __init__(self, from_room_age_restricted: _Optional[int] = ..., from_tag: _Optional[_Union[Tag, _Mapping]] = ..., dialog: _Optional[_Union[PerceptionDialogInfo, _Mapping]] = ..., punish_info: _Optional[_Union[PunishEventInfo, _Mapping]] = ..., topic_info: _Optional[_Union[CohostTopic, _Mapping]] = ..., algo_request_id: _Optional[str] = ..., cohost_layout_mode: _Optional[int] = ..., tag: _Optional[_Union[TagV2, _Mapping]] = ..., game_tag: _Optional[_Union[RivalsGameTag, _Mapping]] = ..., new_user_education: _Optional[str] = ..., ab_infos: _Optional[_Mapping[int, CohostAbInfo]] = ..., matched_preference_tag: _Optional[int] = ..., join_group_msg_extra: _Optional[_Union[JoinGroupMessageExtra, _Mapping]] = ...) -> None: ...

class PermitJoinGroupBizContent(_message.Message):
    __slots__ = ("reply_status", "source_type", "skip_cancel_match", "matched_preference_tag", "quick_cohost_invitee_user_info")
    REPLY_STATUS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    SKIP_CANCEL_MATCH_FIELD_NUMBER: _ClassVar[int]
    MATCHED_PREFERENCE_TAG_FIELD_NUMBER: _ClassVar[int]
    QUICK_COHOST_INVITEE_USER_INFO_FIELD_NUMBER: _ClassVar[int]
    reply_status: int
    source_type: int
    skip_cancel_match: bool
    matched_preference_tag: int
    quick_cohost_invitee_user_info: QuickCohostInviteeUserInfo
    def __init__(self, reply_status: _Optional[int] = ..., source_type: _Optional[int] = ..., skip_cancel_match: bool = ..., matched_preference_tag: _Optional[int] = ..., quick_cohost_invitee_user_info: _Optional[_Union[QuickCohostInviteeUserInfo, _Mapping]] = ...) -> None: ...

class ListChangeBizContent(_message.Message):
    __slots__ = ("user_infos", "waiting_users", "ab_infos", "guest_user_infos", "gameplay_content")
    class UserInfosEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: CohostUserInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[CohostUserInfo, _Mapping]] = ...) -> None: ...
    class AbInfosEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: CohostAbInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[CohostAbInfo, _Mapping]] = ...) -> None: ...
    class GuestUserInfosEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: GuestUserInfo
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[GuestUserInfo, _Mapping]] = ...) -> None: ...
    USER_INFOS_FIELD_NUMBER: _ClassVar[int]
    WAITING_USERS_FIELD_NUMBER: _ClassVar[int]
    AB_INFOS_FIELD_NUMBER: _ClassVar[int]
    GUEST_USER_INFOS_FIELD_NUMBER: _ClassVar[int]
    GAMEPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    user_infos: _containers.MessageMap[int, CohostUserInfo]
    waiting_users: _containers.RepeatedCompositeFieldContainer[VirtualWaitingUser]
    ab_infos: _containers.MessageMap[int, CohostAbInfo]
    guest_user_infos: _containers.MessageMap[int, GuestUserInfo]
    gameplay_content: GamePlayContent
    def __init__(self, user_infos: _Optional[_Mapping[int, CohostUserInfo]] = ..., waiting_users: _Optional[_Iterable[_Union[VirtualWaitingUser, _Mapping]]] = ..., ab_infos: _Optional[_Mapping[int, CohostAbInfo]] = ..., guest_user_infos: _Optional[_Mapping[int, GuestUserInfo]] = ..., gameplay_content: _Optional[_Union[GamePlayContent, _Mapping]] = ...) -> None: ...

class JoinGroupDirectBizContent(_message.Message):
    __slots__ = ("gameplay_content", "random_match_content", "skip_cancel_match")
    GAMEPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    RANDOM_MATCH_CONTENT_FIELD_NUMBER: _ClassVar[int]
    SKIP_CANCEL_MATCH_FIELD_NUMBER: _ClassVar[int]
    gameplay_content: GamePlayContent
    random_match_content: RandomMatchContent
    skip_cancel_match: bool
    def __init__(self, gameplay_content: _Optional[_Union[GamePlayContent, _Mapping]] = ..., random_match_content: _Optional[_Union[RandomMatchContent, _Mapping]] = ..., skip_cancel_match: bool = ...) -> None: ...

class AnchorGiftModeMetaMap(_message.Message):
    __slots__ = ("anchor_gift_mode_metas",)
    class AnchorGiftModeMetasEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: GiftModeMetaList
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[GiftModeMetaList, _Mapping]] = ...) -> None: ...
    ANCHOR_GIFT_MODE_METAS_FIELD_NUMBER: _ClassVar[int]
    anchor_gift_mode_metas: _containers.MessageMap[int, GiftModeMetaList]
    def __init__(self, anchor_gift_mode_metas: _Optional[_Mapping[int, GiftModeMetaList]] = ...) -> None: ...

class BattleRivalTag(_message.Message):
    __slots__ = ("bg_image", "icon_image", "content")
    BG_IMAGE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    bg_image: ImageModel
    icon_image: ImageModel
    content: str
    def __init__(self, bg_image: _Optional[_Union[ImageModel, _Mapping]] = ..., icon_image: _Optional[_Union[ImageModel, _Mapping]] = ..., content: _Optional[str] = ...) -> None: ...

class BattleAbTest(_message.Message):
    __slots__ = ("ab_test_type", "group")
    AB_TEST_TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    ab_test_type: int
    group: int
    def __init__(self, ab_test_type: _Optional[int] = ..., group: _Optional[int] = ...) -> None: ...

class LinkMicGiftGalleryDisplayText(_message.Message):
    __slots__ = ("content", "color", "dark_mode_color")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    DARK_MODE_COLOR_FIELD_NUMBER: _ClassVar[int]
    content: str
    color: str
    dark_mode_color: str
    def __init__(self, content: _Optional[str] = ..., color: _Optional[str] = ..., dark_mode_color: _Optional[str] = ...) -> None: ...

class EffectStruct(_message.Message):
    __slots__ = ("name", "hint", "hint_icon", "sdk_version", "app_version", "file_url", "icon_url", "id", "effect_id", "device_platform", "types", "tags", "tags_updated_at", "parent", "children", "effect_type", "music", "source", "designer_id", "schema", "requirements", "extra", "is_busi", "designer_encrypted_id", "sdk_extra", "resource_id", "ad_raw_data", "bind_ids", "ptime", "grade_key", "composer_params", "hint_file", "use_number", "types_sec", "requirements_sec", "panel", "model_names", "model_names_sec", "hint_file_format", "poi_id", "is_poi", "challenge", "system_list", "original_effect_id", "trans_file_url", "template_effect_id", "rec_tag", "template_effect_extra", "file_diff", "provider", "package_size", "from_app_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    HINT_ICON_FIELD_NUMBER: _ClassVar[int]
    SDK_VERSION_FIELD_NUMBER: _ClassVar[int]
    APP_VERSION_FIELD_NUMBER: _ClassVar[int]
    FILE_URL_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_PLATFORM_FIELD_NUMBER: _ClassVar[int]
    TYPES_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    TAGS_UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CHILDREN_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    MUSIC_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESIGNER_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    REQUIREMENTS_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    IS_BUSI_FIELD_NUMBER: _ClassVar[int]
    DESIGNER_ENCRYPTED_ID_FIELD_NUMBER: _ClassVar[int]
    SDK_EXTRA_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    AD_RAW_DATA_FIELD_NUMBER: _ClassVar[int]
    BIND_IDS_FIELD_NUMBER: _ClassVar[int]
    PTIME_FIELD_NUMBER: _ClassVar[int]
    GRADE_KEY_FIELD_NUMBER: _ClassVar[int]
    COMPOSER_PARAMS_FIELD_NUMBER: _ClassVar[int]
    HINT_FILE_FIELD_NUMBER: _ClassVar[int]
    USE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    TYPES_SEC_FIELD_NUMBER: _ClassVar[int]
    REQUIREMENTS_SEC_FIELD_NUMBER: _ClassVar[int]
    PANEL_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAMES_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAMES_SEC_FIELD_NUMBER: _ClassVar[int]
    HINT_FILE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    POI_ID_FIELD_NUMBER: _ClassVar[int]
    IS_POI_FIELD_NUMBER: _ClassVar[int]
    CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_LIST_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    TRANS_FILE_URL_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_EFFECT_ID_FIELD_NUMBER: _ClassVar[int]
    REC_TAG_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_EFFECT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    FILE_DIFF_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    FROM_APP_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    hint: str
    hint_icon: UrlDataStruct
    sdk_version: str
    app_version: str
    file_url: UrlDataStruct
    icon_url: UrlDataStruct
    id: str
    effect_id: str
    device_platform: str
    types: _containers.RepeatedScalarFieldContainer[str]
    tags: _containers.RepeatedScalarFieldContainer[str]
    tags_updated_at: str
    parent: str
    children: _containers.RepeatedScalarFieldContainer[str]
    effect_type: int
    music: _containers.RepeatedScalarFieldContainer[str]
    source: int
    designer_id: str
    schema: str
    requirements: _containers.RepeatedScalarFieldContainer[str]
    extra: str
    is_busi: bool
    designer_encrypted_id: str
    sdk_extra: str
    resource_id: str
    ad_raw_data: str
    bind_ids: _containers.RepeatedScalarFieldContainer[str]
    ptime: int
    grade_key: str
    composer_params: str
    hint_file: UrlDataStruct
    use_number: int
    types_sec: _containers.RepeatedScalarFieldContainer[str]
    requirements_sec: _containers.RepeatedScalarFieldContainer[str]
    panel: str
    model_names: str
    model_names_sec: str
    hint_file_format: int
    poi_id: str
    is_poi: bool
    challenge: _containers.RepeatedScalarFieldContainer[str]
    system_list: _containers.RepeatedScalarFieldContainer[str]
    original_effect_id: str
    trans_file_url: UrlDataStruct
    template_effect_id: str
    rec_tag: int
    template_effect_extra: TemplateEffectExtra
    file_diff: DiffInfo
    provider: int
    package_size: int
    from_app_id: int
    def __init__(self, name: _Optional[str] = ..., hint: _Optional[str] = ..., hint_icon: _Optional[_Union[UrlDataStruct, _Mapping]] = ..., sdk_version: _Optional[str] = ..., app_version: _Optional[str] = ..., file_url: _Optional[_Union[UrlDataStruct, _Mapping]] = ..., icon_url: _Optional[_Union[UrlDataStruct, _Mapping]] = ..., id: _Optional[str] = ..., effect_id: _Optional[str] = ..., device_platform: _Optional[str] = ..., types: _Optional[_Iterable[str]] = ..., tags: _Optional[_Iterable[str]] = ..., tags_updated_at: _Optional[str] = ..., parent: _Optional[str] = ..., children: _Optional[_Iterable[str]] = ..., effect_type: _Optional[int] = ..., music: _Optional[_Iterable[str]] = ..., source: _Optional[int] = ..., designer_id: _Optional[str] = ..., schema: _Optional[str] = ..., requirements: _Optional[_Iterable[str]] = ..., extra: _Optional[str] = ..., is_busi: bool = ..., designer_encrypted_id: _Optional[str] = ..., sdk_extra: _Optional[str] = ..., resource_id: _Optional[str] = ..., ad_raw_data: _Optional[str] = ..., bind_ids: _Optional[_Iterable[str]] = ..., ptime: _Optional[int] = ..., grade_key: _Optional[str] = ..., composer_params: _Optional[str] = ..., hint_file: _Optional[_Union[UrlDataStruct, _Mapping]] = ..., use_number: _Optional[int] = ..., types_sec: _Optional[_Iterable[str]] = ..., requirements_sec: _Optional[_Iterable[str]] = ..., panel: _Optional[str] = ..., model_names: _Optional[str] = ..., model_names_sec: _Optional[str] = ..., hint_file_format: _Optional[int] = ..., poi_id: _Optional[str] = ..., is_poi: bool = ..., challenge: _Optional[_Iterable[str]] = ..., system_list: _Optional[_Iterable[str]] = ..., original_effect_id: _Optional[str] = ..., trans_file_url: _Optional[_Union[UrlDataStruct, _Mapping]] = ..., template_effect_id: _Optional[str] = ..., rec_tag: _Optional[int] = ..., template_effect_extra: _Optional[_Union[TemplateEffectExtra, _Mapping]] = ..., file_diff: _Optional[_Union[DiffInfo, _Mapping]] = ..., provider: _Optional[int] = ..., package_size: _Optional[int] = ..., from_app_id: _Optional[int] = ...) -> None: ...

class PlaybookBizExtra(_message.Message):
    __slots__ = ("custom_atomic_capabilities",)
    class CustomAtomicCapabilitiesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CUSTOM_ATOMIC_CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    custom_atomic_capabilities: _containers.ScalarMap[str, str]
    def __init__(self, custom_atomic_capabilities: _Optional[_Mapping[str, str]] = ...) -> None: ...

class MatchTitleBarDisplayRule(_message.Message):
    __slots__ = ("trigger", "display_resource")
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_RESOURCE_FIELD_NUMBER: _ClassVar[int]
    trigger: MatchTitleBarTrigger
    display_resource: TitleBarDisplayResource
    def __init__(self, trigger: _Optional[_Union[MatchTitleBarTrigger, _Mapping]] = ..., display_resource: _Optional[_Union[TitleBarDisplayResource, _Mapping]] = ...) -> None: ...

class CommunityActiveDecoration(_message.Message):
    __slots__ = ("decoration_id", "slot_type", "images")
    class ImagesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: ImageModel
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...
    DECORATION_ID_FIELD_NUMBER: _ClassVar[int]
    SLOT_TYPE_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    decoration_id: int
    slot_type: int
    images: _containers.MessageMap[int, ImageModel]
    def __init__(self, decoration_id: _Optional[int] = ..., slot_type: _Optional[int] = ..., images: _Optional[_Mapping[int, ImageModel]] = ...) -> None: ...

class CommonCardInfo(_message.Message):
    __slots__ = ("card_name_key", "card_image", "send_time_sec", "send_user", "effect_last_duration", "rule_url", "effect_time_sec", "to_anchor_id", "to_anchor_id_str")
    CARD_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    CARD_IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    SEND_USER_FIELD_NUMBER: _ClassVar[int]
    EFFECT_LAST_DURATION_FIELD_NUMBER: _ClassVar[int]
    RULE_URL_FIELD_NUMBER: _ClassVar[int]
    EFFECT_TIME_SEC_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_FIELD_NUMBER: _ClassVar[int]
    TO_ANCHOR_ID_STR_FIELD_NUMBER: _ClassVar[int]
    card_name_key: str
    card_image: ImageModel
    send_time_sec: int
    send_user: BattleUserInfo
    effect_last_duration: int
    rule_url: str
    effect_time_sec: int
    to_anchor_id: int
    to_anchor_id_str: str
    def __init__(self, card_name_key: _Optional[str] = ..., card_image: _Optional[_Union[ImageModel, _Mapping]] = ..., send_time_sec: _Optional[int] = ..., send_user: _Optional[_Union[BattleUserInfo, _Mapping]] = ..., effect_last_duration: _Optional[int] = ..., rule_url: _Optional[str] = ..., effect_time_sec: _Optional[int] = ..., to_anchor_id: _Optional[int] = ..., to_anchor_id_str: _Optional[str] = ...) -> None: ...

class UserCountdownInfo(_message.Message):
    __slots__ = ("countdown_id", "score", "target_score", "completion_progress_percent")
    COUNTDOWN_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    TARGET_SCORE_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_PROGRESS_PERCENT_FIELD_NUMBER: _ClassVar[int]
    countdown_id: int
    score: int
    target_score: int
    completion_progress_percent: int
    def __init__(self, countdown_id: _Optional[int] = ..., score: _Optional[int] = ..., target_score: _Optional[int] = ..., completion_progress_percent: _Optional[int] = ...) -> None: ...

class UserPlayInfo(_message.Message):
    __slots__ = ("play_id", "play_scene", "score", "rank", "target_score", "user_tag")
    PLAY_ID_FIELD_NUMBER: _ClassVar[int]
    PLAY_SCENE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    TARGET_SCORE_FIELD_NUMBER: _ClassVar[int]
    USER_TAG_FIELD_NUMBER: _ClassVar[int]
    play_id: int
    play_scene: int
    score: int
    rank: int
    target_score: int
    user_tag: int
    def __init__(self, play_id: _Optional[int] = ..., play_scene: _Optional[int] = ..., score: _Optional[int] = ..., rank: _Optional[int] = ..., target_score: _Optional[int] = ..., user_tag: _Optional[int] = ...) -> None: ...

class JustDanceLayoutExtra(_message.Message):
    __slots__ = ("just_dance_song_title",)
    JUST_DANCE_SONG_TITLE_FIELD_NUMBER: _ClassVar[int]
    just_dance_song_title: str
    def __init__(self, just_dance_song_title: _Optional[str] = ...) -> None: ...

class MultiGuestBizSpotExtra(_message.Message):
    __slots__ = ("sound_ware_effect_extra", "just_dance_extra")
    SOUND_WARE_EFFECT_EXTRA_FIELD_NUMBER: _ClassVar[int]
    JUST_DANCE_EXTRA_FIELD_NUMBER: _ClassVar[int]
    sound_ware_effect_extra: SoundWareEffectExtra
    just_dance_extra: JustDanceExtra
    def __init__(self, sound_ware_effect_extra: _Optional[_Union[SoundWareEffectExtra, _Mapping]] = ..., just_dance_extra: _Optional[_Union[JustDanceExtra, _Mapping]] = ...) -> None: ...

class CoHostBizSpotExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserInfo(_message.Message):
    __slots__ = ("user_id", "nick_name", "avatar_thumb")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    nick_name: str
    avatar_thumb: ImageModel
    def __init__(self, user_id: _Optional[int] = ..., nick_name: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class SubtitleSettings(_message.Message):
    __slots__ = ("has_right", "temporary_ban", "enable", "expire_date", "target_language", "label_text")
    HAS_RIGHT_FIELD_NUMBER: _ClassVar[int]
    TEMPORARY_BAN_FIELD_NUMBER: _ClassVar[int]
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_DATE_FIELD_NUMBER: _ClassVar[int]
    TARGET_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    LABEL_TEXT_FIELD_NUMBER: _ClassVar[int]
    has_right: int
    temporary_ban: int
    enable: int
    expire_date: int
    target_language: str
    label_text: str
    def __init__(self, has_right: _Optional[int] = ..., temporary_ban: _Optional[int] = ..., enable: _Optional[int] = ..., expire_date: _Optional[int] = ..., target_language: _Optional[str] = ..., label_text: _Optional[str] = ...) -> None: ...

class TeamInfo(_message.Message):
    __slots__ = ("team_id", "user_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    user_id: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, team_id: _Optional[int] = ..., user_id: _Optional[_Iterable[int]] = ...) -> None: ...

class SecondDegreeRelationContent(_message.Message):
    __slots__ = ("related_users", "total_related_user_cnt")
    RELATED_USERS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_RELATED_USER_CNT_FIELD_NUMBER: _ClassVar[int]
    related_users: _containers.RepeatedCompositeFieldContainer[UserInfo]
    total_related_user_cnt: int
    def __init__(self, related_users: _Optional[_Iterable[_Union[UserInfo, _Mapping]]] = ..., total_related_user_cnt: _Optional[int] = ...) -> None: ...

class SimilarInterestContent(_message.Message):
    __slots__ = ("content_id", "display_text")
    CONTENT_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    content_id: int
    display_text: str
    def __init__(self, content_id: _Optional[int] = ..., display_text: _Optional[str] = ...) -> None: ...

class LinkmicDisplayText(_message.Message):
    __slots__ = ("color", "key", "default_pattern", "pieces")
    COLOR_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    PIECES_FIELD_NUMBER: _ClassVar[int]
    color: str
    key: str
    default_pattern: str
    pieces: _containers.RepeatedCompositeFieldContainer[LinkmicDisplayTextPieces]
    def __init__(self, color: _Optional[str] = ..., key: _Optional[str] = ..., default_pattern: _Optional[str] = ..., pieces: _Optional[_Iterable[_Union[LinkmicDisplayTextPieces, _Mapping]]] = ...) -> None: ...

class SocialGameLayoutExtra(_message.Message):
    __slots__ = ("game_id", "game_just_dance_status", "game_session_id", "game_start_play_ms", "game_option_id", "loki_panel_name", "required_loki_resource_id", "optional_loki_resource_id")
    GAME_ID_FIELD_NUMBER: _ClassVar[int]
    GAME_JUST_DANCE_STATUS_FIELD_NUMBER: _ClassVar[int]
    GAME_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    GAME_START_PLAY_MS_FIELD_NUMBER: _ClassVar[int]
    GAME_OPTION_ID_FIELD_NUMBER: _ClassVar[int]
    LOKI_PANEL_NAME_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_LOKI_RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    OPTIONAL_LOKI_RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    game_id: int
    game_just_dance_status: int
    game_session_id: int
    game_start_play_ms: int
    game_option_id: int
    loki_panel_name: str
    required_loki_resource_id: str
    optional_loki_resource_id: str
    def __init__(self, game_id: _Optional[int] = ..., game_just_dance_status: _Optional[int] = ..., game_session_id: _Optional[int] = ..., game_start_play_ms: _Optional[int] = ..., game_option_id: _Optional[int] = ..., loki_panel_name: _Optional[str] = ..., required_loki_resource_id: _Optional[str] = ..., optional_loki_resource_id: _Optional[str] = ...) -> None: ...

class SocialGameLayoutNonSeiExtra(_message.Message):
    __slots__ = ("just_dance_song_title",)
    JUST_DANCE_SONG_TITLE_FIELD_NUMBER: _ClassVar[int]
    just_dance_song_title: str
    def __init__(self, just_dance_song_title: _Optional[str] = ...) -> None: ...

class SocialGameUserSpotExtra(_message.Message):
    __slots__ = ("game_just_dance_user_status", "is_enlarged", "is_main_content")
    GAME_JUST_DANCE_USER_STATUS_FIELD_NUMBER: _ClassVar[int]
    IS_ENLARGED_FIELD_NUMBER: _ClassVar[int]
    IS_MAIN_CONTENT_FIELD_NUMBER: _ClassVar[int]
    game_just_dance_user_status: int
    is_enlarged: bool
    is_main_content: bool
    def __init__(self, game_just_dance_user_status: _Optional[int] = ..., is_enlarged: bool = ..., is_main_content: bool = ...) -> None: ...

class SocialGameUserSpotNonSeiExtra(_message.Message):
    __slots__ = ("game_score",)
    GAME_SCORE_FIELD_NUMBER: _ClassVar[int]
    game_score: int
    def __init__(self, game_score: _Optional[int] = ...) -> None: ...

class PreviewPeriod(_message.Message):
    __slots__ = ("duration", "prompt", "icon_image")
    DURATION_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    duration: int
    prompt: BattlePrompt
    icon_image: ImageModel
    def __init__(self, duration: _Optional[int] = ..., prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ..., icon_image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class TaskPeriodConfig(_message.Message):
    __slots__ = ("target_start_time", "duration", "target_start_timestamp", "click_action", "click_prompt", "prompt_type", "static_prompt", "progress_target", "target_type", "icon_image", "click_action_schema_url")
    TARGET_START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    TARGET_START_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    CLICK_ACTION_FIELD_NUMBER: _ClassVar[int]
    CLICK_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TYPE_FIELD_NUMBER: _ClassVar[int]
    STATIC_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_TARGET_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    CLICK_ACTION_SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    target_start_time: int
    duration: int
    target_start_timestamp: int
    click_action: int
    click_prompt: BattlePrompt
    prompt_type: int
    static_prompt: BattlePrompt
    progress_target: int
    target_type: int
    icon_image: ImageModel
    click_action_schema_url: str
    def __init__(self, target_start_time: _Optional[int] = ..., duration: _Optional[int] = ..., target_start_timestamp: _Optional[int] = ..., click_action: _Optional[int] = ..., click_prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ..., prompt_type: _Optional[int] = ..., static_prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ..., progress_target: _Optional[int] = ..., target_type: _Optional[int] = ..., icon_image: _Optional[_Union[ImageModel, _Mapping]] = ..., click_action_schema_url: _Optional[str] = ...) -> None: ...

class RewardPeriodConfig(_message.Message):
    __slots__ = ("reward_start_time", "duration", "reward_multiple", "reward_start_timestamp", "reward_prepare_prompt", "rewarding_prompt", "click_prompt")
    REWARD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    REWARD_MULTIPLE_FIELD_NUMBER: _ClassVar[int]
    REWARD_START_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    REWARD_PREPARE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    REWARDING_PROMPT_FIELD_NUMBER: _ClassVar[int]
    CLICK_PROMPT_FIELD_NUMBER: _ClassVar[int]
    reward_start_time: int
    duration: int
    reward_multiple: int
    reward_start_timestamp: int
    reward_prepare_prompt: BattlePrompt
    rewarding_prompt: BattlePrompt
    click_prompt: BattlePrompt
    def __init__(self, reward_start_time: _Optional[int] = ..., duration: _Optional[int] = ..., reward_multiple: _Optional[int] = ..., reward_start_timestamp: _Optional[int] = ..., reward_prepare_prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ..., rewarding_prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ..., click_prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ...) -> None: ...

class BattleTaskGiftAmountGuide(_message.Message):
    __slots__ = ("guide_prompt", "prompt_type", "disappear_duration", "icon_image", "gift_image", "recommend_gift_id", "recommend_gift_count", "guide_content")
    GUIDE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TYPE_FIELD_NUMBER: _ClassVar[int]
    DISAPPEAR_DURATION_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    GIFT_IMAGE_FIELD_NUMBER: _ClassVar[int]
    RECOMMEND_GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    RECOMMEND_GIFT_COUNT_FIELD_NUMBER: _ClassVar[int]
    GUIDE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    guide_prompt: BattlePrompt
    prompt_type: int
    disappear_duration: int
    icon_image: ImageModel
    gift_image: ImageModel
    recommend_gift_id: int
    recommend_gift_count: int
    guide_content: Text
    def __init__(self, guide_prompt: _Optional[_Union[BattlePrompt, _Mapping]] = ..., prompt_type: _Optional[int] = ..., disappear_duration: _Optional[int] = ..., icon_image: _Optional[_Union[ImageModel, _Mapping]] = ..., gift_image: _Optional[_Union[ImageModel, _Mapping]] = ..., recommend_gift_id: _Optional[int] = ..., recommend_gift_count: _Optional[int] = ..., guide_content: _Optional[_Union[Text, _Mapping]] = ...) -> None: ...

class BattlePromptElem(_message.Message):
    __slots__ = ("prompt_field", "value")
    PROMPT_FIELD_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    prompt_field: str
    value: str
    def __init__(self, prompt_field: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class FlashSaleEnhancementInfo(_message.Message):
    __slots__ = ("stock_show_status", "buyer_infos", "enhancement_text_info")
    STOCK_SHOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    BUYER_INFOS_FIELD_NUMBER: _ClassVar[int]
    ENHANCEMENT_TEXT_INFO_FIELD_NUMBER: _ClassVar[int]
    stock_show_status: int
    buyer_infos: _containers.RepeatedCompositeFieldContainer[MessageUserInfo]
    enhancement_text_info: EnhancementTextInfo
    def __init__(self, stock_show_status: _Optional[int] = ..., buyer_infos: _Optional[_Iterable[_Union[MessageUserInfo, _Mapping]]] = ..., enhancement_text_info: _Optional[_Union[EnhancementTextInfo, _Mapping]] = ...) -> None: ...

class AtomAction(_message.Message):
    __slots__ = ("type", "request_item")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ITEM_FIELD_NUMBER: _ClassVar[int]
    type: int
    request_item: ReqItem
    def __init__(self, type: _Optional[int] = ..., request_item: _Optional[_Union[ReqItem, _Mapping]] = ...) -> None: ...

class ProductItem(_message.Message):
    __slots__ = ("product_id", "bag_index", "title", "cover", "atmosphere_info", "shop_brand_logo", "live_flash_sale_info", "auction_info")
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    BAG_INDEX_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    COVER_FIELD_NUMBER: _ClassVar[int]
    ATMOSPHERE_INFO_FIELD_NUMBER: _ClassVar[int]
    SHOP_BRAND_LOGO_FIELD_NUMBER: _ClassVar[int]
    LIVE_FLASH_SALE_INFO_FIELD_NUMBER: _ClassVar[int]
    AUCTION_INFO_FIELD_NUMBER: _ClassVar[int]
    product_id: int
    bag_index: BagIndex
    title: Title
    cover: ImageModel
    atmosphere_info: AtmosphereInfo
    shop_brand_logo: ShopBrandLogo
    live_flash_sale_info: LiveFlashSaleInfo
    auction_info: AuctionInfo
    def __init__(self, product_id: _Optional[int] = ..., bag_index: _Optional[_Union[BagIndex, _Mapping]] = ..., title: _Optional[_Union[Title, _Mapping]] = ..., cover: _Optional[_Union[ImageModel, _Mapping]] = ..., atmosphere_info: _Optional[_Union[AtmosphereInfo, _Mapping]] = ..., shop_brand_logo: _Optional[_Union[ShopBrandLogo, _Mapping]] = ..., live_flash_sale_info: _Optional[_Union[LiveFlashSaleInfo, _Mapping]] = ..., auction_info: _Optional[_Union[AuctionInfo, _Mapping]] = ...) -> None: ...

class PopCardInfo(_message.Message):
    __slots__ = ("pop_product_id", "pop_card_type", "pop_card_id")
    POP_PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    POP_CARD_TYPE_FIELD_NUMBER: _ClassVar[int]
    POP_CARD_ID_FIELD_NUMBER: _ClassVar[int]
    pop_product_id: int
    pop_card_type: int
    pop_card_id: int
    def __init__(self, pop_product_id: _Optional[int] = ..., pop_card_type: _Optional[int] = ..., pop_card_id: _Optional[int] = ...) -> None: ...

class PopupWindowInfo(_message.Message):
    __slots__ = ("auction_winner_popup",)
    AUCTION_WINNER_POPUP_FIELD_NUMBER: _ClassVar[int]
    auction_winner_popup: AuctionWinnerPopup
    def __init__(self, auction_winner_popup: _Optional[_Union[AuctionWinnerPopup, _Mapping]] = ...) -> None: ...

class VoucherItem(_message.Message):
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

class AuctionInfo(_message.Message):
    __slots__ = ("auction_id", "product_id", "version_time", "start_time", "end_time", "auction_winner", "winner_bid_price", "next_bid_price", "suffix", "extend_auction_cfg", "auction_text_type", "scroll_element_list", "reward_item", "drawing_state_text_type", "auction_config_id", "auction_type", "auction_status", "is_carousel", "carousel_cfg", "auction_text_type_int", "drawing_state_text_type_int", "version_time_str", "trace_time_map", "easter_egg", "auction_knock_perform_middle_text_type", "auction_knock_perform_bottom_right_text_type", "auction_id_str", "auction_config_id_str", "auction_card_bottom_text_type", "auction_card_title_text_type", "surprise_set_remain_item_count", "auction_event_type_int", "bid_panel", "lynx_card_info")
    class TraceTimeMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    AUCTION_ID_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_TIME_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    AUCTION_WINNER_FIELD_NUMBER: _ClassVar[int]
    WINNER_BID_PRICE_FIELD_NUMBER: _ClassVar[int]
    NEXT_BID_PRICE_FIELD_NUMBER: _ClassVar[int]
    SUFFIX_FIELD_NUMBER: _ClassVar[int]
    EXTEND_AUCTION_CFG_FIELD_NUMBER: _ClassVar[int]
    AUCTION_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCROLL_ELEMENT_LIST_FIELD_NUMBER: _ClassVar[int]
    REWARD_ITEM_FIELD_NUMBER: _ClassVar[int]
    DRAWING_STATE_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    AUCTION_CONFIG_ID_FIELD_NUMBER: _ClassVar[int]
    AUCTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    AUCTION_STATUS_FIELD_NUMBER: _ClassVar[int]
    IS_CAROUSEL_FIELD_NUMBER: _ClassVar[int]
    CAROUSEL_CFG_FIELD_NUMBER: _ClassVar[int]
    AUCTION_TEXT_TYPE_INT_FIELD_NUMBER: _ClassVar[int]
    DRAWING_STATE_TEXT_TYPE_INT_FIELD_NUMBER: _ClassVar[int]
    VERSION_TIME_STR_FIELD_NUMBER: _ClassVar[int]
    TRACE_TIME_MAP_FIELD_NUMBER: _ClassVar[int]
    EASTER_EGG_FIELD_NUMBER: _ClassVar[int]
    AUCTION_KNOCK_PERFORM_MIDDLE_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    AUCTION_KNOCK_PERFORM_BOTTOM_RIGHT_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    AUCTION_ID_STR_FIELD_NUMBER: _ClassVar[int]
    AUCTION_CONFIG_ID_STR_FIELD_NUMBER: _ClassVar[int]
    AUCTION_CARD_BOTTOM_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    AUCTION_CARD_TITLE_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SURPRISE_SET_REMAIN_ITEM_COUNT_FIELD_NUMBER: _ClassVar[int]
    AUCTION_EVENT_TYPE_INT_FIELD_NUMBER: _ClassVar[int]
    BID_PANEL_FIELD_NUMBER: _ClassVar[int]
    LYNX_CARD_INFO_FIELD_NUMBER: _ClassVar[int]
    auction_id: int
    product_id: int
    version_time: int
    start_time: int
    end_time: int
    auction_winner: OecMsgUserInfo
    winner_bid_price: PriceItem
    next_bid_price: PriceItem
    suffix: str
    extend_auction_cfg: ExtendAuctionCfg
    auction_text_type: int
    scroll_element_list: _containers.RepeatedCompositeFieldContainer[ScrollElement]
    reward_item: ScrollElement
    drawing_state_text_type: int
    auction_config_id: int
    auction_type: int
    auction_status: int
    is_carousel: bool
    carousel_cfg: CarouselCfg
    auction_text_type_int: int
    drawing_state_text_type_int: int
    version_time_str: str
    trace_time_map: _containers.ScalarMap[str, str]
    easter_egg: EasterEgg
    auction_knock_perform_middle_text_type: int
    auction_knock_perform_bottom_right_text_type: int
    auction_id_str: str
    auction_config_id_str: str
    auction_card_bottom_text_type: int
    auction_card_title_text_type: int
    surprise_set_remain_item_count: int
    auction_event_type_int: int
    bid_panel: BidPanel
    lynx_card_info: str
    def __init__(self, auction_id: _Optional[int] = ..., product_id: _Optional[int] = ..., version_time: _Optional[int] = ..., start_time: _Optional[int] = ..., end_time: _Optional[int] = ..., auction_winner: _Optional[_Union[OecMsgUserInfo, _Mapping]] = ..., winner_bid_price: _Optional[_Union[PriceItem, _Mapping]] = ..., next_bid_price: _Optional[_Union[PriceItem, _Mapping]] = ..., suffix: _Optional[str] = ..., extend_auction_cfg: _Optional[_Union[ExtendAuctionCfg, _Mapping]] = ..., auction_text_type: _Optional[int] = ..., scroll_element_list: _Optional[_Iterable[_Union[ScrollElement, _Mapping]]] = ..., reward_item: _Optional[_Union[ScrollElement, _Mapping]] = ..., drawing_state_text_type: _Optional[int] = ..., auction_config_id: _Optional[int] = ..., auction_type: _Optional[int] = ..., auction_status: _Optional[int] = ..., is_carousel: bool = ..., carousel_cfg: _Optional[_Union[CarouselCfg, _Mapping]] = ..., auction_text_type_int: _Optional[int] = ..., drawing_state_text_type_int: _Optional[int] = ..., version_time_str: _Optional[str] = ..., trace_time_map: _Optional[_Mapping[str, str]] = ..., easter_egg: _Optional[_Union[EasterEgg, _Mapping]] = ..., auction_knock_perform_middle_text_type: _Optional[int] = ..., auction_knock_perform_bottom_right_text_type: _Optional[int] = ..., auction_id_str: _Optional[str] = ..., auction_config_id_str: _Optional[str] = ..., auction_card_bottom_text_type: _Optional[int] = ..., auction_card_title_text_type: _Optional[int] = ..., surprise_set_remain_item_count: _Optional[int] = ..., auction_event_type_int: _Optional[int] = ..., bid_panel: _Optional[_Union[BidPanel, _Mapping]] = ..., lynx_card_info: _Optional[str] = ...) -> None: ...

class TeamRankBonusTime(_message.Message):
    __slots__ = ("switch", "start_timestamp", "end_timestamp", "show_animation", "bonus_rate", "bonus_time_gift_id")
    SWITCH_FIELD_NUMBER: _ClassVar[int]
    START_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    END_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    SHOW_ANIMATION_FIELD_NUMBER: _ClassVar[int]
    BONUS_RATE_FIELD_NUMBER: _ClassVar[int]
    BONUS_TIME_GIFT_ID_FIELD_NUMBER: _ClassVar[int]
    switch: bool
    start_timestamp: int
    end_timestamp: int
    show_animation: bool
    bonus_rate: int
    bonus_time_gift_id: int
    def __init__(self, switch: bool = ..., start_timestamp: _Optional[int] = ..., end_timestamp: _Optional[int] = ..., show_animation: bool = ..., bonus_rate: _Optional[int] = ..., bonus_time_gift_id: _Optional[int] = ...) -> None: ...

class SettleInfo(_message.Message):
    __slots__ = ("owner_settle_rank", "new_class_info", "old_class_info", "rank_settle_timestamp")
    OWNER_SETTLE_RANK_FIELD_NUMBER: _ClassVar[int]
    NEW_CLASS_INFO_FIELD_NUMBER: _ClassVar[int]
    OLD_CLASS_INFO_FIELD_NUMBER: _ClassVar[int]
    RANK_SETTLE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    owner_settle_rank: int
    new_class_info: ClassInfo
    old_class_info: ClassInfo
    rank_settle_timestamp: int
    def __init__(self, owner_settle_rank: _Optional[int] = ..., new_class_info: _Optional[_Union[ClassInfo, _Mapping]] = ..., old_class_info: _Optional[_Union[ClassInfo, _Mapping]] = ..., rank_settle_timestamp: _Optional[int] = ...) -> None: ...

class NotifyHighlightContent(_message.Message):
    __slots__ = ("content", "need_high_light")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NEED_HIGH_LIGHT_FIELD_NUMBER: _ClassVar[int]
    content: str
    need_high_light: bool
    def __init__(self, content: _Optional[str] = ..., need_high_light: bool = ...) -> None: ...

class SubPinCardText(_message.Message):
    __slots__ = ("type", "content")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    type: int
    content: str
    def __init__(self, type: _Optional[int] = ..., content: _Optional[str] = ...) -> None: ...

class SovPinCardInfo(_message.Message):
    __slots__ = ("recently_updated", "sov_info")
    RECENTLY_UPDATED_FIELD_NUMBER: _ClassVar[int]
    SOV_INFO_FIELD_NUMBER: _ClassVar[int]
    recently_updated: bool
    sov_info: SubOnlyVideosBriefInfo
    def __init__(self, recently_updated: bool = ..., sov_info: _Optional[_Union[SubOnlyVideosBriefInfo, _Mapping]] = ...) -> None: ...

class ProfileExtraGameTricks(_message.Message):
    __slots__ = ("storage", "external")
    STORAGE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_FIELD_NUMBER: _ClassVar[int]
    storage: ProfileExtraGameTricksStorage
    external: ProfileExtraGameTricksExternal
    def __init__(self, storage: _Optional[_Union[ProfileExtraGameTricksStorage, _Mapping]] = ..., external: _Optional[_Union[ProfileExtraGameTricksExternal, _Mapping]] = ...) -> None: ...

class ProfileExtraGameInteraction(_message.Message):
    __slots__ = ("storage", "external")
    STORAGE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_FIELD_NUMBER: _ClassVar[int]
    storage: ProfileExtraGameInteractionStorage
    external: ProfileExtraGameInteractionExternal
    def __init__(self, storage: _Optional[_Union[ProfileExtraGameInteractionStorage, _Mapping]] = ..., external: _Optional[_Union[ProfileExtraGameInteractionExternal, _Mapping]] = ...) -> None: ...

class PatternRef(_message.Message):
    __slots__ = ("key", "default_pattern", "key_groups")
    class KeyGroupsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PATTERN_FIELD_NUMBER: _ClassVar[int]
    KEY_GROUPS_FIELD_NUMBER: _ClassVar[int]
    key: str
    default_pattern: str
    key_groups: _containers.ScalarMap[str, str]
    def __init__(self, key: _Optional[str] = ..., default_pattern: _Optional[str] = ..., key_groups: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ProjectionConfig(_message.Message):
    __slots__ = ("use_projection", "icon")
    USE_PROJECTION_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    use_projection: bool
    icon: ImageModel
    def __init__(self, use_projection: bool = ..., icon: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class ProfileContent(_message.Message):
    __slots__ = ("use_content", "icon_list", "number_config", "label_config")
    USE_CONTENT_FIELD_NUMBER: _ClassVar[int]
    ICON_LIST_FIELD_NUMBER: _ClassVar[int]
    NUMBER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    LABEL_CONFIG_FIELD_NUMBER: _ClassVar[int]
    use_content: bool
    icon_list: _containers.RepeatedCompositeFieldContainer[IconConfig]
    number_config: NumberConfig
    label_config: LabelConfig
    def __init__(self, use_content: bool = ..., icon_list: _Optional[_Iterable[_Union[IconConfig, _Mapping]]] = ..., number_config: _Optional[_Union[NumberConfig, _Mapping]] = ..., label_config: _Optional[_Union[LabelConfig, _Mapping]] = ...) -> None: ...

class SeparatorConfig(_message.Message):
    __slots__ = ("color",)
    COLOR_FIELD_NUMBER: _ClassVar[int]
    color: str
    def __init__(self, color: _Optional[str] = ...) -> None: ...

class StretchableBackgroundImage(_message.Message):
    __slots__ = ("image", "flex_settings")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    FLEX_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    image: ImageModel
    flex_settings: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, image: _Optional[_Union[ImageModel, _Mapping]] = ..., flex_settings: _Optional[_Iterable[int]] = ...) -> None: ...

class ModelUserBadge(_message.Message):
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

class TimerDetailAuditInfo(_message.Message):
    __slots__ = ("violation_id", "task_type")
    VIOLATION_ID_FIELD_NUMBER: _ClassVar[int]
    TASK_TYPE_FIELD_NUMBER: _ClassVar[int]
    violation_id: int
    task_type: int
    def __init__(self, violation_id: _Optional[int] = ..., task_type: _Optional[int] = ...) -> None: ...

class StoreLabel(_message.Message):
    __slots__ = ("official_label", "is_bytemall", "shop_identity_label")
    OFFICIAL_LABEL_FIELD_NUMBER: _ClassVar[int]
    IS_BYTEMALL_FIELD_NUMBER: _ClassVar[int]
    SHOP_IDENTITY_LABEL_FIELD_NUMBER: _ClassVar[int]
    official_label: StoreOfficialLabel
    is_bytemall: bool
    shop_identity_label: StoreIdentityLabel
    def __init__(self, official_label: _Optional[_Union[StoreOfficialLabel, _Mapping]] = ..., is_bytemall: bool = ..., shop_identity_label: _Optional[_Union[StoreIdentityLabel, _Mapping]] = ...) -> None: ...

class SellingPoint(_message.Message):
    __slots__ = ("show_text", "selling_point_type")
    SHOW_TEXT_FIELD_NUMBER: _ClassVar[int]
    SELLING_POINT_TYPE_FIELD_NUMBER: _ClassVar[int]
    show_text: str
    selling_point_type: int
    def __init__(self, show_text: _Optional[str] = ..., selling_point_type: _Optional[int] = ...) -> None: ...

class CreatorScoreProfile(_message.Message):
    __slots__ = ("final_score", "country_code", "display_info", "score_info_extra")
    class ScoreInfoExtraEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    FINAL_SCORE_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_CODE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_INFO_FIELD_NUMBER: _ClassVar[int]
    SCORE_INFO_EXTRA_FIELD_NUMBER: _ClassVar[int]
    final_score: float
    country_code: str
    display_info: CreatorScoreDisplayInfo
    score_info_extra: _containers.ScalarMap[str, str]
    def __init__(self, final_score: _Optional[float] = ..., country_code: _Optional[str] = ..., display_info: _Optional[_Union[CreatorScoreDisplayInfo, _Mapping]] = ..., score_info_extra: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ActionButton(_message.Message):
    __slots__ = ("button_type", "button_active_text", "button_inactive_text", "button_schema", "enable_button_inactive_text")
    BUTTON_TYPE_FIELD_NUMBER: _ClassVar[int]
    BUTTON_ACTIVE_TEXT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_INACTIVE_TEXT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    ENABLE_BUTTON_INACTIVE_TEXT_FIELD_NUMBER: _ClassVar[int]
    button_type: int
    button_active_text: Text
    button_inactive_text: Text
    button_schema: str
    enable_button_inactive_text: bool
    def __init__(self, button_type: _Optional[int] = ..., button_active_text: _Optional[_Union[Text, _Mapping]] = ..., button_inactive_text: _Optional[_Union[Text, _Mapping]] = ..., button_schema: _Optional[str] = ..., enable_button_inactive_text: bool = ...) -> None: ...

class LinkMicAudienceNoticeText(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class CohostAbTest(_message.Message):
    __slots__ = ("ab_test_type", "group")
    AB_TEST_TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    ab_test_type: int
    group: int
    def __init__(self, ab_test_type: _Optional[int] = ..., group: _Optional[int] = ...) -> None: ...

class SharedAuthenticationInfo(_message.Message):
    __slots__ = ("custom_verify", "enterprise_verify_reason", "authentication_badge")
    CUSTOM_VERIFY_FIELD_NUMBER: _ClassVar[int]
    ENTERPRISE_VERIFY_REASON_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_BADGE_FIELD_NUMBER: _ClassVar[int]
    custom_verify: str
    enterprise_verify_reason: str
    authentication_badge: ImageModel
    def __init__(self, custom_verify: _Optional[str] = ..., enterprise_verify_reason: _Optional[str] = ..., authentication_badge: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class ModelHashtag(_message.Message):
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

class RtcVideoParam(_message.Message):
    __slots__ = ("width", "height", "fps", "bitrate_kbps")
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    FPS_FIELD_NUMBER: _ClassVar[int]
    BITRATE_KBPS_FIELD_NUMBER: _ClassVar[int]
    width: int
    height: int
    fps: int
    bitrate_kbps: int
    def __init__(self, width: _Optional[int] = ..., height: _Optional[int] = ..., fps: _Optional[int] = ..., bitrate_kbps: _Optional[int] = ...) -> None: ...

class LinkmicShareRevenueSettingStruct(_message.Message):
    __slots__ = ("share_revenue_setting_version_code", "linkmic_share_revenue_setting", "linkmic_share_revenue_setting_ratio", "enable_setting_ratio")
    SHARE_REVENUE_SETTING_VERSION_CODE_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_SHARE_REVENUE_SETTING_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_SHARE_REVENUE_SETTING_RATIO_FIELD_NUMBER: _ClassVar[int]
    ENABLE_SETTING_RATIO_FIELD_NUMBER: _ClassVar[int]
    share_revenue_setting_version_code: int
    linkmic_share_revenue_setting: int
    linkmic_share_revenue_setting_ratio: int
    enable_setting_ratio: bool
    def __init__(self, share_revenue_setting_version_code: _Optional[int] = ..., linkmic_share_revenue_setting: _Optional[int] = ..., linkmic_share_revenue_setting_ratio: _Optional[int] = ..., enable_setting_ratio: bool = ...) -> None: ...

class CohostAbInfo(_message.Message):
    __slots__ = ("live_match_button_opt", "is_cohost_multiguest", "is_match_playbook_enabled", "is_cohost_during_multiguest_enabled", "is_match_playbook_optimisation_enabled")
    LIVE_MATCH_BUTTON_OPT_FIELD_NUMBER: _ClassVar[int]
    IS_COHOST_MULTIGUEST_FIELD_NUMBER: _ClassVar[int]
    IS_MATCH_PLAYBOOK_ENABLED_FIELD_NUMBER: _ClassVar[int]
    IS_COHOST_DURING_MULTIGUEST_ENABLED_FIELD_NUMBER: _ClassVar[int]
    IS_MATCH_PLAYBOOK_OPTIMISATION_ENABLED_FIELD_NUMBER: _ClassVar[int]
    live_match_button_opt: bool
    is_cohost_multiguest: bool
    is_match_playbook_enabled: bool
    is_cohost_during_multiguest_enabled: bool
    is_match_playbook_optimisation_enabled: bool
    def __init__(self, live_match_button_opt: bool = ..., is_cohost_multiguest: bool = ..., is_match_playbook_enabled: bool = ..., is_cohost_during_multiguest_enabled: bool = ..., is_match_playbook_optimisation_enabled: bool = ...) -> None: ...

class JoinGroupMessageExtra(_message.Message):
    __slots__ = ("source_type", "extra", "other_users", "invitation_reorder_extra", "rival_guests_map", "is_from_cohost_over_issue")
    class RivalGuestsMapEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: int
        value: RivalGuestExtras
        def __init__(self, key: _Optional[int] = ..., value: _Optional[_Union[RivalGuestExtras, _Mapping]] = ...) -> None: ...
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    OTHER_USERS_FIELD_NUMBER: _ClassVar[int]
    INVITATION_REORDER_EXTRA_FIELD_NUMBER: _ClassVar[int]
    RIVAL_GUESTS_MAP_FIELD_NUMBER: _ClassVar[int]
    IS_FROM_COHOST_OVER_ISSUE_FIELD_NUMBER: _ClassVar[int]
    source_type: int
    extra: RivalExtra
    other_users: _containers.RepeatedCompositeFieldContainer[RivalExtra]
    invitation_reorder_extra: InvitationReorderExtra
    rival_guests_map: _containers.MessageMap[int, RivalGuestExtras]
    is_from_cohost_over_issue: bool
    def __init__(self, source_type: _Optional[int] = ..., extra: _Optional[_Union[RivalExtra, _Mapping]] = ..., other_users: _Optional[_Iterable[_Union[RivalExtra, _Mapping]]] = ..., invitation_reorder_extra: _Optional[_Union[InvitationReorderExtra, _Mapping]] = ..., rival_guests_map: _Optional[_Mapping[int, RivalGuestExtras]] = ..., is_from_cohost_over_issue: bool = ...) -> None: ...

class QuickCohostInviteeUserInfo(_message.Message):
    __slots__ = ("avatar_thumb", "nickname")
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    avatar_thumb: ImageModel
    nickname: str
    def __init__(self, avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., nickname: _Optional[str] = ...) -> None: ...

class CohostUserInfo(_message.Message):
    __slots__ = ("permission_type", "source_type", "is_low_version", "best_teammate_uid", "has_topic_perm", "stream_config", "in_different_invite_type_control_group", "cohost_mode", "nickname", "display_id", "avatar_thumb", "follow_status", "user_id_str", "is_enigma")
    PERMISSION_TYPE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_LOW_VERSION_FIELD_NUMBER: _ClassVar[int]
    BEST_TEAMMATE_UID_FIELD_NUMBER: _ClassVar[int]
    HAS_TOPIC_PERM_FIELD_NUMBER: _ClassVar[int]
    STREAM_CONFIG_FIELD_NUMBER: _ClassVar[int]
    IN_DIFFERENT_INVITE_TYPE_CONTROL_GROUP_FIELD_NUMBER: _ClassVar[int]
    COHOST_MODE_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    IS_ENIGMA_FIELD_NUMBER: _ClassVar[int]
    permission_type: int
    source_type: int
    is_low_version: bool
    best_teammate_uid: int
    has_topic_perm: bool
    stream_config: CohostStreamConfig
    in_different_invite_type_control_group: bool
    cohost_mode: CohostMode
    nickname: str
    display_id: str
    avatar_thumb: ImageModel
    follow_status: int
    user_id_str: str
    is_enigma: bool
    def __init__(self, permission_type: _Optional[int] = ..., source_type: _Optional[int] = ..., is_low_version: bool = ..., best_teammate_uid: _Optional[int] = ..., has_topic_perm: bool = ..., stream_config: _Optional[_Union[CohostStreamConfig, _Mapping]] = ..., in_different_invite_type_control_group: bool = ..., cohost_mode: _Optional[_Union[CohostMode, _Mapping]] = ..., nickname: _Optional[str] = ..., display_id: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., follow_status: _Optional[int] = ..., user_id_str: _Optional[str] = ..., is_enigma: bool = ...) -> None: ...

class VirtualWaitingUser(_message.Message):
    __slots__ = ("send_user_id", "send_timestamp", "avatars")
    SEND_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    AVATARS_FIELD_NUMBER: _ClassVar[int]
    send_user_id: int
    send_timestamp: int
    avatars: _containers.RepeatedCompositeFieldContainer[ImageModel]
    def __init__(self, send_user_id: _Optional[int] = ..., send_timestamp: _Optional[int] = ..., avatars: _Optional[_Iterable[_Union[ImageModel, _Mapping]]] = ...) -> None: ...

class GuestUserInfo(_message.Message):
    __slots__ = ("user_id_str", "nickname", "display_id", "avatar_thumb", "room_id", "linkmic_id_str", "is_enigma")
    USER_ID_STR_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    LINKMIC_ID_STR_FIELD_NUMBER: _ClassVar[int]
    IS_ENIGMA_FIELD_NUMBER: _ClassVar[int]
    user_id_str: str
    nickname: str
    display_id: str
    avatar_thumb: ImageModel
    room_id: int
    linkmic_id_str: str
    is_enigma: bool
    def __init__(self, user_id_str: _Optional[str] = ..., nickname: _Optional[str] = ..., display_id: _Optional[str] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., room_id: _Optional[int] = ..., linkmic_id_str: _Optional[str] = ..., is_enigma: bool = ...) -> None: ...

class GamePlayContent(_message.Message):
    __slots__ = ("battle_gameplay_content",)
    BATTLE_GAMEPLAY_CONTENT_FIELD_NUMBER: _ClassVar[int]
    battle_gameplay_content: BattleGamePlayContent
    def __init__(self, battle_gameplay_content: _Optional[_Union[BattleGamePlayContent, _Mapping]] = ...) -> None: ...

class RandomMatchContent(_message.Message):
    __slots__ = ("match_id", "source_type", "paired_time", "paired_group_list", "matched_preference_tag")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PAIRED_TIME_FIELD_NUMBER: _ClassVar[int]
    PAIRED_GROUP_LIST_FIELD_NUMBER: _ClassVar[int]
    MATCHED_PREFERENCE_TAG_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    source_type: int
    paired_time: int
    paired_group_list: _containers.RepeatedCompositeFieldContainer[UserGroup]
    matched_preference_tag: int
    def __init__(self, match_id: _Optional[str] = ..., source_type: _Optional[int] = ..., paired_time: _Optional[int] = ..., paired_group_list: _Optional[_Iterable[_Union[UserGroup, _Mapping]]] = ..., matched_preference_tag: _Optional[int] = ...) -> None: ...

class GiftModeMetaList(_message.Message):
    __slots__ = ("gift_mode_meta",)
    GIFT_MODE_META_FIELD_NUMBER: _ClassVar[int]
    gift_mode_meta: _containers.RepeatedCompositeFieldContainer[GiftModeMeta]
    def __init__(self, gift_mode_meta: _Optional[_Iterable[_Union[GiftModeMeta, _Mapping]]] = ...) -> None: ...

class UrlDataStruct(_message.Message):
    __slots__ = ("uri", "url_list", "url_sub_type", "md5", "url_prefix")
    URI_FIELD_NUMBER: _ClassVar[int]
    URL_LIST_FIELD_NUMBER: _ClassVar[int]
    URL_SUB_TYPE_FIELD_NUMBER: _ClassVar[int]
    MD5_FIELD_NUMBER: _ClassVar[int]
    URL_PREFIX_FIELD_NUMBER: _ClassVar[int]
    uri: str
    url_list: _containers.RepeatedScalarFieldContainer[str]
    url_sub_type: int
    md5: str
    url_prefix: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, uri: _Optional[str] = ..., url_list: _Optional[_Iterable[str]] = ..., url_sub_type: _Optional[int] = ..., md5: _Optional[str] = ..., url_prefix: _Optional[_Iterable[str]] = ...) -> None: ...

class TemplateEffectExtra(_message.Message):
    __slots__ = ("resource_id",)
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    resource_id: str
    def __init__(self, resource_id: _Optional[str] = ...) -> None: ...

class DiffInfo(_message.Message):
    __slots__ = ("diff_url", "base_url", "extra")
    DIFF_URL_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    EXTRA_FIELD_NUMBER: _ClassVar[int]
    diff_url: UrlDataStruct
    base_url: UrlDataStruct
    extra: str
    def __init__(self, diff_url: _Optional[_Union[UrlDataStruct, _Mapping]] = ..., base_url: _Optional[_Union[UrlDataStruct, _Mapping]] = ..., extra: _Optional[str] = ...) -> None: ...

class MatchTitleBarTrigger(_message.Message):
    __slots__ = ("type",)
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: int
    def __init__(self, type: _Optional[int] = ...) -> None: ...

class TitleBarDisplayResource(_message.Message):
    __slots__ = ("left_icon", "content_text", "right_icon", "right_icon_schema_url", "duration_ms")
    LEFT_ICON_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TEXT_FIELD_NUMBER: _ClassVar[int]
    RIGHT_ICON_FIELD_NUMBER: _ClassVar[int]
    RIGHT_ICON_SCHEMA_URL_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    left_icon: ImageModel
    content_text: Text
    right_icon: ImageModel
    right_icon_schema_url: str
    duration_ms: int
    def __init__(self, left_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., content_text: _Optional[_Union[Text, _Mapping]] = ..., right_icon: _Optional[_Union[ImageModel, _Mapping]] = ..., right_icon_schema_url: _Optional[str] = ..., duration_ms: _Optional[int] = ...) -> None: ...

class SoundWareEffectExtra(_message.Message):
    __slots__ = ("static_image_name", "dynamic_image_name", "user_right_id", "right_id")
    STATIC_IMAGE_NAME_FIELD_NUMBER: _ClassVar[int]
    DYNAMIC_IMAGE_NAME_FIELD_NUMBER: _ClassVar[int]
    USER_RIGHT_ID_FIELD_NUMBER: _ClassVar[int]
    RIGHT_ID_FIELD_NUMBER: _ClassVar[int]
    static_image_name: str
    dynamic_image_name: str
    user_right_id: int
    right_id: int
    def __init__(self, static_image_name: _Optional[str] = ..., dynamic_image_name: _Optional[str] = ..., user_right_id: _Optional[int] = ..., right_id: _Optional[int] = ...) -> None: ...

class JustDanceExtra(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LinkmicDisplayTextPieces(_message.Message):
    __slots__ = ("string_piece",)
    STRING_PIECE_FIELD_NUMBER: _ClassVar[int]
    string_piece: str
    def __init__(self, string_piece: _Optional[str] = ...) -> None: ...

class MessageUserInfo(_message.Message):
    __slots__ = ("user_id", "avatar")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    avatar: ImageModel
    def __init__(self, user_id: _Optional[int] = ..., avatar: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class EnhancementTextInfo(_message.Message):
    __slots__ = ("enhancement_texts",)
    ENHANCEMENT_TEXTS_FIELD_NUMBER: _ClassVar[int]
    enhancement_texts: _containers.RepeatedCompositeFieldContainer[EnhancementText]
    def __init__(self, enhancement_texts: _Optional[_Iterable[_Union[EnhancementText, _Mapping]]] = ...) -> None: ...

class ReqItem(_message.Message):
    __slots__ = ("scene", "dispersion_param")
    SCENE_FIELD_NUMBER: _ClassVar[int]
    DISPERSION_PARAM_FIELD_NUMBER: _ClassVar[int]
    scene: int
    dispersion_param: DispersionParam
    def __init__(self, scene: _Optional[int] = ..., dispersion_param: _Optional[_Union[DispersionParam, _Mapping]] = ...) -> None: ...

class BagIndex(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: int
    def __init__(self, value: _Optional[int] = ...) -> None: ...

class Title(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class AtmosphereInfo(_message.Message):
    __slots__ = ("tags",)
    TAGS_FIELD_NUMBER: _ClassVar[int]
    tags: _containers.RepeatedCompositeFieldContainer[OecMsgTag]
    def __init__(self, tags: _Optional[_Iterable[_Union[OecMsgTag, _Mapping]]] = ...) -> None: ...

class ShopBrandLogo(_message.Message):
    __slots__ = ("seller_name", "seller_logo", "blue_v_image", "dark_blue_v_image", "top_brand_image", "dark_top_brand_image")
    SELLER_NAME_FIELD_NUMBER: _ClassVar[int]
    SELLER_LOGO_FIELD_NUMBER: _ClassVar[int]
    BLUE_V_IMAGE_FIELD_NUMBER: _ClassVar[int]
    DARK_BLUE_V_IMAGE_FIELD_NUMBER: _ClassVar[int]
    TOP_BRAND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    DARK_TOP_BRAND_IMAGE_FIELD_NUMBER: _ClassVar[int]
    seller_name: str
    seller_logo: ImageModel
    blue_v_image: ImageModel
    dark_blue_v_image: ImageModel
    top_brand_image: ImageModel
    dark_top_brand_image: ImageModel
    def __init__(self, seller_name: _Optional[str] = ..., seller_logo: _Optional[_Union[ImageModel, _Mapping]] = ..., blue_v_image: _Optional[_Union[ImageModel, _Mapping]] = ..., dark_blue_v_image: _Optional[_Union[ImageModel, _Mapping]] = ..., top_brand_image: _Optional[_Union[ImageModel, _Mapping]] = ..., dark_top_brand_image: _Optional[_Union[ImageModel, _Mapping]] = ...) -> None: ...

class LiveFlashSaleInfo(_message.Message):
    __slots__ = ("activity_id", "type", "status", "stock_status", "available_stock", "total_stock", "enhancement_info", "pdp_viewer_count")
    ACTIVITY_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STOCK_STATUS_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_STOCK_FIELD_NUMBER: _ClassVar[int]
    TOTAL_STOCK_FIELD_NUMBER: _ClassVar[int]
    ENHANCEMENT_INFO_FIELD_NUMBER: _ClassVar[int]
    PDP_VIEWER_COUNT_FIELD_NUMBER: _ClassVar[int]
    activity_id: int
    type: int
    status: int
    stock_status: int
    available_stock: int
    total_stock: int
    enhancement_info: OecMsgFlashSaleEnhancementInfo
    pdp_viewer_count: int
    def __init__(self, activity_id: _Optional[int] = ..., type: _Optional[int] = ..., status: _Optional[int] = ..., stock_status: _Optional[int] = ..., available_stock: _Optional[int] = ..., total_stock: _Optional[int] = ..., enhancement_info: _Optional[_Union[OecMsgFlashSaleEnhancementInfo, _Mapping]] = ..., pdp_viewer_count: _Optional[int] = ...) -> None: ...

class AuctionWinnerPopup(_message.Message):
    __slots__ = ("auction_id", "winner_user_id", "product_id", "notify_type", "payment_expire_timestamp", "product_img", "schema")
    AUCTION_ID_FIELD_NUMBER: _ClassVar[int]
    WINNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_TYPE_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_EXPIRE_TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_IMG_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    auction_id: str
    winner_user_id: str
    product_id: str
    notify_type: int
    payment_expire_timestamp: str
    product_img: ImageModel
    schema: str
    def __init__(self, auction_id: _Optional[str] = ..., winner_user_id: _Optional[str] = ..., product_id: _Optional[str] = ..., notify_type: _Optional[int] = ..., payment_expire_timestamp: _Optional[str] = ..., product_img: _Optional[_Union[ImageModel, _Mapping]] = ..., schema: _Optional[str] = ...) -> None: ...

class OecMsgUserInfo(_message.Message):
    __slots__ = ("user_id", "nick_name", "avatar", "is_winner")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NICK_NAME_FIELD_NUMBER: _ClassVar[int]
    AVATAR_FIELD_NUMBER: _ClassVar[int]
    IS_WINNER_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    nick_name: str
    avatar: ImageModel
    is_winner: bool
    def __init__(self, user_id: _Optional[int] = ..., nick_name: _Optional[str] = ..., avatar: _Optional[_Union[ImageModel, _Mapping]] = ..., is_winner: bool = ...) -> None: ...

class PriceItem(_message.Message):
    __slots__ = ("currency_name", "currency_symbol", "symbol_position", "sale_price_decimal", "origin_price_decimal", "sale_price_format", "origin_price_format", "discount_format", "discount_decimal", "price_prefix", "reduce_price_format", "single_product_price_format", "show_currency_space", "currency_show_mode", "price_display_mode", "price_hide_info")
    CURRENCY_NAME_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_SYMBOL_FIELD_NUMBER: _ClassVar[int]
    SYMBOL_POSITION_FIELD_NUMBER: _ClassVar[int]
    SALE_PRICE_DECIMAL_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_PRICE_DECIMAL_FIELD_NUMBER: _ClassVar[int]
    SALE_PRICE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_PRICE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    DISCOUNT_FORMAT_FIELD_NUMBER: _ClassVar[int]
    DISCOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
    PRICE_PREFIX_FIELD_NUMBER: _ClassVar[int]
    REDUCE_PRICE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    SINGLE_PRODUCT_PRICE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    SHOW_CURRENCY_SPACE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_SHOW_MODE_FIELD_NUMBER: _ClassVar[int]
    PRICE_DISPLAY_MODE_FIELD_NUMBER: _ClassVar[int]
    PRICE_HIDE_INFO_FIELD_NUMBER: _ClassVar[int]
    currency_name: str
    currency_symbol: str
    symbol_position: int
    sale_price_decimal: str
    origin_price_decimal: str
    sale_price_format: str
    origin_price_format: str
    discount_format: str
    discount_decimal: str
    price_prefix: str
    reduce_price_format: str
    single_product_price_format: str
    show_currency_space: bool
    currency_show_mode: int
    price_display_mode: int
    price_hide_info: PriceHideInfo
    def __init__(self, currency_name: _Optional[str] = ..., currency_symbol: _Optional[str] = ..., symbol_position: _Optional[int] = ..., sale_price_decimal: _Optional[str] = ..., origin_price_decimal: _Optional[str] = ..., sale_price_format: _Optional[str] = ..., origin_price_format: _Optional[str] = ..., discount_format: _Optional[str] = ..., discount_decimal: _Optional[str] = ..., price_prefix: _Optional[str] = ..., reduce_price_format: _Optional[str] = ..., single_product_price_format: _Optional[str] = ..., show_currency_space: bool = ..., currency_show_mode: _Optional[int] = ..., price_display_mode: _Optional[int] = ..., price_hide_info: _Optional[_Union[PriceHideInfo, _Mapping]] = ...) -> None: ...

class ExtendAuctionCfg(_message.Message):
    __slots__ = ("is_extend_auction_supported", "should_extend", "extend_auction_time")
    IS_EXTEND_AUCTION_SUPPORTED_FIELD_NUMBER: _ClassVar[int]
    SHOULD_EXTEND_FIELD_NUMBER: _ClassVar[int]
    EXTEND_AUCTION_TIME_FIELD_NUMBER: _ClassVar[int]
    is_extend_auction_supported: bool
    should_extend: bool
    extend_auction_time: int
    def __init__(self, is_extend_auction_supported: bool = ..., should_extend: bool = ..., extend_auction_time: _Optional[int] = ...) -> None: ...

class ScrollElement(_message.Message):
    __slots__ = ("product_title",)
    PRODUCT_TITLE_FIELD_NUMBER: _ClassVar[int]
    product_title: str
    def __init__(self, product_title: _Optional[str] = ...) -> None: ...

class CarouselCfg(_message.Message):
    __slots__ = ("interval_ms", "text_status_list", "times")
    INTERVAL_MS_FIELD_NUMBER: _ClassVar[int]
    TEXT_STATUS_LIST_FIELD_NUMBER: _ClassVar[int]
    TIMES_FIELD_NUMBER: _ClassVar[int]
    interval_ms: int
    text_status_list: _containers.RepeatedScalarFieldContainer[int]
    times: int
    def __init__(self, interval_ms: _Optional[int] = ..., text_status_list: _Optional[_Iterable[int]] = ..., times: _Optional[int] = ...) -> None: ...

class EasterEgg(_message.Message):
    __slots__ = ("winner_rank", "winner_rank_text_type", "winner_room_win_cnt", "winner_room_win_cnt_text_type", "winner_rank_text_type_tail", "winner_room_win_cnt_text_type_tail")
    WINNER_RANK_FIELD_NUMBER: _ClassVar[int]
    WINNER_RANK_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    WINNER_ROOM_WIN_CNT_FIELD_NUMBER: _ClassVar[int]
    WINNER_ROOM_WIN_CNT_TEXT_TYPE_FIELD_NUMBER: _ClassVar[int]
    WINNER_RANK_TEXT_TYPE_TAIL_FIELD_NUMBER: _ClassVar[int]
    WINNER_ROOM_WIN_CNT_TEXT_TYPE_TAIL_FIELD_NUMBER: _ClassVar[int]
    winner_rank: int
    winner_rank_text_type: int
    winner_room_win_cnt: int
    winner_room_win_cnt_text_type: int
    winner_rank_text_type_tail: int
    winner_room_win_cnt_text_type_tail: int
    def __init__(self, winner_rank: _Optional[int] = ..., winner_rank_text_type: _Optional[int] = ..., winner_room_win_cnt: _Optional[int] = ..., winner_room_win_cnt_text_type: _Optional[int] = ..., winner_rank_text_type_tail: _Optional[int] = ..., winner_room_win_cnt_text_type_tail: _Optional[int] = ...) -> None: ...

class BidPanel(_message.Message):
    __slots__ = ("bid_btn_text_type_int",)
    BID_BTN_TEXT_TYPE_INT_FIELD_NUMBER: _ClassVar[int]
    bid_btn_text_type_int: int
    def __init__(self, bid_btn_text_type_int: _Optional[int] = ...) -> None: ...

class SubOnlyVideosBriefInfo(_message.Message):
    __slots__ = ("total_count_str", "total_count", "sov_brief_info", "creator_status", "schema", "is_sov_adjustments_enabled_for_consumer", "new_sov_count")
    TOTAL_COUNT_STR_FIELD_NUMBER: _ClassVar[int]
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    SOV_BRIEF_INFO_FIELD_NUMBER: _ClassVar[int]
    CREATOR_STATUS_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_FIELD_NUMBER: _ClassVar[int]
    IS_SOV_ADJUSTMENTS_ENABLED_FOR_CONSUMER_FIELD_NUMBER: _ClassVar[int]
    NEW_SOV_COUNT_FIELD_NUMBER: _ClassVar[int]
    total_count_str: str
    total_count: int
    sov_brief_info: _containers.RepeatedCompositeFieldContainer[SovBriefInfo]
    creator_status: int
    schema: str
    is_sov_adjustments_enabled_for_consumer: bool
    new_sov_count: int
    def __init__(self, total_count_str: _Optional[str] = ..., total_count: _Optional[int] = ..., sov_brief_info: _Optional[_Iterable[_Union[SovBriefInfo, _Mapping]]] = ..., creator_status: _Optional[int] = ..., schema: _Optional[str] = ..., is_sov_adjustments_enabled_for_consumer: bool = ..., new_sov_count: _Optional[int] = ...) -> None: ...

class GiftPickExtra(_message.Message):
    __slots__ = ("game_tricks", "game_interaction")
    GAME_TRICKS_FIELD_NUMBER: _ClassVar[int]
    GAME_INTERACTION_FIELD_NUMBER: _ClassVar[int]
    game_tricks: GiftPickExtraGameTricks
    game_interaction: GiftPickExtraGameInteraction
    def __init__(self, game_tricks: _Optional[_Union[GiftPickExtraGameTricks, _Mapping]] = ..., game_interaction: _Optional[_Union[GiftPickExtraGameInteraction, _Mapping]] = ...) -> None: ...

class ProfileExtraGameTricksStorage(_message.Message):
    __slots__ = ("game_tricks_type", "game_tag_id", "game_tricks_shortcut")
    GAME_TRICKS_TYPE_FIELD_NUMBER: _ClassVar[int]
    GAME_TAG_ID_FIELD_NUMBER: _ClassVar[int]
    GAME_TRICKS_SHORTCUT_FIELD_NUMBER: _ClassVar[int]
    game_tricks_type: int
    game_tag_id: int
    game_tricks_shortcut: GameTricksShortcut
    def __init__(self, game_tricks_type: _Optional[int] = ..., game_tag_id: _Optional[int] = ..., game_tricks_shortcut: _Optional[_Union[GameTricksShortcut, _Mapping]] = ...) -> None: ...

class ProfileExtraGameTricksExternal(_message.Message):
    __slots__ = ("game_name", "game_name_key", "game_icon_url")
    GAME_NAME_FIELD_NUMBER: _ClassVar[int]
    GAME_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    GAME_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    game_name: str
    game_name_key: str
    game_icon_url: str
    def __init__(self, game_name: _Optional[str] = ..., game_name_key: _Optional[str] = ..., game_icon_url: _Optional[str] = ...) -> None: ...

class ProfileExtraGameInteractionStorage(_message.Message):
    __slots__ = ("game_id", "template_id")
    GAME_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    game_id: str
    template_id: str
    def __init__(self, game_id: _Optional[str] = ..., template_id: _Optional[str] = ...) -> None: ...

class ProfileExtraGameInteractionExternal(_message.Message):
    __slots__ = ("game_name", "game_name_key", "game_icon_url", "game_tag_id")
    GAME_NAME_FIELD_NUMBER: _ClassVar[int]
    GAME_NAME_KEY_FIELD_NUMBER: _ClassVar[int]
    GAME_ICON_URL_FIELD_NUMBER: _ClassVar[int]
    GAME_TAG_ID_FIELD_NUMBER: _ClassVar[int]
    game_name: str
    game_name_key: str
    game_icon_url: str
    game_tag_id: str
    def __init__(self, game_name: _Optional[str] = ..., game_name_key: _Optional[str] = ..., game_icon_url: _Optional[str] = ..., game_tag_id: _Optional[str] = ...) -> None: ...

class IconConfig(_message.Message):
    __slots__ = ("icon", "background")
    ICON_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    icon: ImageModel
    background: CombineBadgeBackground
    def __init__(self, icon: _Optional[_Union[ImageModel, _Mapping]] = ..., background: _Optional[_Union[CombineBadgeBackground, _Mapping]] = ...) -> None: ...

class NumberConfig(_message.Message):
    __slots__ = ("number", "font_style", "background")
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    FONT_STYLE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    number: int
    font_style: FontStyle
    background: CombineBadgeBackground
    def __init__(self, number: _Optional[int] = ..., font_style: _Optional[_Union[FontStyle, _Mapping]] = ..., background: _Optional[_Union[CombineBadgeBackground, _Mapping]] = ...) -> None: ...

class LabelConfig(_message.Message):
    __slots__ = ("label", "font_style", "background")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    FONT_STYLE_FIELD_NUMBER: _ClassVar[int]
    BACKGROUND_FIELD_NUMBER: _ClassVar[int]
    label: str
    font_style: FontStyle
    background: CombineBadgeBackground
    def __init__(self, label: _Optional[str] = ..., font_style: _Optional[_Union[FontStyle, _Mapping]] = ..., background: _Optional[_Union[CombineBadgeBackground, _Mapping]] = ...) -> None: ...

class StoreOfficialLabel(_message.Message):
    __slots__ = ("label_image_light", "label_image_dark", "label_type", "label_type_str")
    LABEL_IMAGE_LIGHT_FIELD_NUMBER: _ClassVar[int]
    LABEL_IMAGE_DARK_FIELD_NUMBER: _ClassVar[int]
    LABEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    LABEL_TYPE_STR_FIELD_NUMBER: _ClassVar[int]
    label_image_light: ShopLabelImage
    label_image_dark: ShopLabelImage
    label_type: int
    label_type_str: str
    def __init__(self, label_image_light: _Optional[_Union[ShopLabelImage, _Mapping]] = ..., label_image_dark: _Optional[_Union[ShopLabelImage, _Mapping]] = ..., label_type: _Optional[int] = ..., label_type_str: _Optional[str] = ...) -> None: ...

class StoreIdentityLabel(_message.Message):
    __slots__ = ("label_type", "identity_label_text", "identity_logo_light", "identity_logo_dark", "identity_label_bg_color_light", "identity_label_bg_color_dark", "identity_label_text_color_light", "identity_label_text_color_dark", "shop_explanation_page_schema", "shop_identity_label_key")
    LABEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_LABEL_TEXT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_LOGO_LIGHT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_LOGO_DARK_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_LABEL_BG_COLOR_LIGHT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_LABEL_BG_COLOR_DARK_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_LABEL_TEXT_COLOR_LIGHT_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_LABEL_TEXT_COLOR_DARK_FIELD_NUMBER: _ClassVar[int]
    SHOP_EXPLANATION_PAGE_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    SHOP_IDENTITY_LABEL_KEY_FIELD_NUMBER: _ClassVar[int]
    label_type: int
    identity_label_text: str
    identity_logo_light: ShopLabelImage
    identity_logo_dark: ShopLabelImage
    identity_label_bg_color_light: str
    identity_label_bg_color_dark: str
    identity_label_text_color_light: str
    identity_label_text_color_dark: str
    shop_explanation_page_schema: str
    shop_identity_label_key: str
    def __init__(self, label_type: _Optional[int] = ..., identity_label_text: _Optional[str] = ..., identity_logo_light: _Optional[_Union[ShopLabelImage, _Mapping]] = ..., identity_logo_dark: _Optional[_Union[ShopLabelImage, _Mapping]] = ..., identity_label_bg_color_light: _Optional[str] = ..., identity_label_bg_color_dark: _Optional[str] = ..., identity_label_text_color_light: _Optional[str] = ..., identity_label_text_color_dark: _Optional[str] = ..., shop_explanation_page_schema: _Optional[str] = ..., shop_identity_label_key: _Optional[str] = ...) -> None: ...

class CreatorScoreDisplayInfo(_message.Message):
    __slots__ = ("ecommerce_entrance_label", "score_level")
    ECOMMERCE_ENTRANCE_LABEL_FIELD_NUMBER: _ClassVar[int]
    SCORE_LEVEL_FIELD_NUMBER: _ClassVar[int]
    ecommerce_entrance_label: CreatorScoreLabelInfo
    score_level: int
    def __init__(self, ecommerce_entrance_label: _Optional[_Union[CreatorScoreLabelInfo, _Mapping]] = ..., score_level: _Optional[int] = ...) -> None: ...

class RivalExtra(_message.Message):
    __slots__ = ("user_count", "avatar_thumb", "display_id", "authentication_info", "nickname", "follow_status", "hashtag", "top_host_info", "user_id", "is_best_teammate", "opt_pair_info", "eoy_level", "nudge_info", "reservation_id", "follower_count", "game_tag", "gift_gallery_badge_info", "room_id", "activity_badge_info")
    USER_COUNT_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHENTICATION_INFO_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    HASHTAG_FIELD_NUMBER: _ClassVar[int]
    TOP_HOST_INFO_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IS_BEST_TEAMMATE_FIELD_NUMBER: _ClassVar[int]
    OPT_PAIR_INFO_FIELD_NUMBER: _ClassVar[int]
    EOY_LEVEL_FIELD_NUMBER: _ClassVar[int]
    NUDGE_INFO_FIELD_NUMBER: _ClassVar[int]
    RESERVATION_ID_FIELD_NUMBER: _ClassVar[int]
    FOLLOWER_COUNT_FIELD_NUMBER: _ClassVar[int]
    GAME_TAG_FIELD_NUMBER: _ClassVar[int]
    GIFT_GALLERY_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITY_BADGE_INFO_FIELD_NUMBER: _ClassVar[int]
    user_count: int
    avatar_thumb: ImageModel
    display_id: str
    authentication_info: SharedAuthenticationInfo
    nickname: str
    follow_status: int
    hashtag: ModelHashtag
    top_host_info: TopHostInfo
    user_id: int
    is_best_teammate: bool
    opt_pair_info: OptPairInfo
    eoy_level: int
    nudge_info: int
    reservation_id: int
    follower_count: int
    game_tag: RivalsGameTag
    gift_gallery_badge_info: GiftGalleryBadgeInfo
    room_id: int
    activity_badge_info: ActivityBadgeInfo
    def __init__(self, user_count: _Optional[int] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., display_id: _Optional[str] = ..., authentication_info: _Optional[_Union[SharedAuthenticationInfo, _Mapping]] = ..., nickname: _Optional[str] = ..., follow_status: _Optional[int] = ..., hashtag: _Optional[_Union[ModelHashtag, _Mapping]] = ..., top_host_info: _Optional[_Union[TopHostInfo, _Mapping]] = ..., user_id: _Optional[int] = ..., is_best_teammate: bool = ..., opt_pair_info: _Optional[_Union[OptPairInfo, _Mapping]] = ..., eoy_level: _Optional[int] = ..., nudge_info: _Optional[int] = ..., reservation_id: _Optional[int] = ..., follower_count: _Optional[int] = ..., game_tag: _Optional[_Union[RivalsGameTag, _Mapping]] = ..., gift_gallery_badge_info: _Optional[_Union[GiftGalleryBadgeInfo, _Mapping]] = ..., room_id: _Optional[int] = ..., activity_badge_info: _Optional[_Union[ActivityBadgeInfo, _Mapping]] = ...) -> None: ...

class InvitationReorderExtra(_message.Message):
    __slots__ = ("strategy_number", "strategy_name", "strategy_score")
    STRATEGY_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_NAME_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_SCORE_FIELD_NUMBER: _ClassVar[int]
    strategy_number: int
    strategy_name: str
    strategy_score: float
    def __init__(self, strategy_number: _Optional[int] = ..., strategy_name: _Optional[str] = ..., strategy_score: _Optional[float] = ...) -> None: ...

class RivalGuestExtras(_message.Message):
    __slots__ = ("rival_guests",)
    RIVAL_GUESTS_FIELD_NUMBER: _ClassVar[int]
    rival_guests: _containers.RepeatedCompositeFieldContainer[RivalGuestExtra]
    def __init__(self, rival_guests: _Optional[_Iterable[_Union[RivalGuestExtra, _Mapping]]] = ...) -> None: ...

class CohostStreamConfig(_message.Message):
    __slots__ = ("screen_share_stream_id",)
    SCREEN_SHARE_STREAM_ID_FIELD_NUMBER: _ClassVar[int]
    screen_share_stream_id: str
    def __init__(self, screen_share_stream_id: _Optional[str] = ...) -> None: ...

class CohostMode(_message.Message):
    __slots__ = ("is_take_the_stage_v2_supported", "highest_take_the_stage_version_supported")
    IS_TAKE_THE_STAGE_V2_SUPPORTED_FIELD_NUMBER: _ClassVar[int]
    HIGHEST_TAKE_THE_STAGE_VERSION_SUPPORTED_FIELD_NUMBER: _ClassVar[int]
    is_take_the_stage_v2_supported: bool
    highest_take_the_stage_version_supported: int
    def __init__(self, is_take_the_stage_v2_supported: bool = ..., highest_take_the_stage_version_supported: _Optional[int] = ...) -> None: ...

class BattleGamePlayContent(_message.Message):
    __slots__ = ("battle_id", "group_channel_id", "team_member", "source_type", "invite_type")
    BATTLE_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    INVITE_TYPE_FIELD_NUMBER: _ClassVar[int]
    battle_id: int
    group_channel_id: int
    team_member: _containers.RepeatedCompositeFieldContainer[TeamUser]
    source_type: int
    invite_type: int
    def __init__(self, battle_id: _Optional[int] = ..., group_channel_id: _Optional[int] = ..., team_member: _Optional[_Iterable[_Union[TeamUser, _Mapping]]] = ..., source_type: _Optional[int] = ..., invite_type: _Optional[int] = ...) -> None: ...

class UserGroup(_message.Message):
    __slots__ = ("user_info",)
    USER_INFO_FIELD_NUMBER: _ClassVar[int]
    user_info: _containers.RepeatedCompositeFieldContainer[RandomMatchContentUserInfo]
    def __init__(self, user_info: _Optional[_Iterable[_Union[RandomMatchContentUserInfo, _Mapping]]] = ...) -> None: ...

class EnhancementText(_message.Message):
    __slots__ = ("type", "placeholder_info")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_INFO_FIELD_NUMBER: _ClassVar[int]
    type: int
    placeholder_info: _containers.RepeatedCompositeFieldContainer[PlaceholderInfo]
    def __init__(self, type: _Optional[int] = ..., placeholder_info: _Optional[_Iterable[_Union[PlaceholderInfo, _Mapping]]] = ...) -> None: ...

class DispersionParam(_message.Message):
    __slots__ = ("max_delay_ms", "min_delay_ms")
    MAX_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    MIN_DELAY_MS_FIELD_NUMBER: _ClassVar[int]
    max_delay_ms: int
    min_delay_ms: int
    def __init__(self, max_delay_ms: _Optional[int] = ..., min_delay_ms: _Optional[int] = ...) -> None: ...

class OecMsgTag(_message.Message):
    __slots__ = ("type", "desc", "count", "status")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    type: int
    desc: str
    count: int
    status: int
    def __init__(self, type: _Optional[int] = ..., desc: _Optional[str] = ..., count: _Optional[int] = ..., status: _Optional[int] = ...) -> None: ...

class OecMsgFlashSaleEnhancementInfo(_message.Message):
    __slots__ = ("stock_show_status", "buyer_infos", "enhancement_text_info")
    STOCK_SHOW_STATUS_FIELD_NUMBER: _ClassVar[int]
    BUYER_INFOS_FIELD_NUMBER: _ClassVar[int]
    ENHANCEMENT_TEXT_INFO_FIELD_NUMBER: _ClassVar[int]
    stock_show_status: int
    buyer_infos: _containers.RepeatedCompositeFieldContainer[OecMsgUserInfo]
    enhancement_text_info: EnhancementTextInfo
    def __init__(self, stock_show_status: _Optional[int] = ..., buyer_infos: _Optional[_Iterable[_Union[OecMsgUserInfo, _Mapping]]] = ..., enhancement_text_info: _Optional[_Union[EnhancementTextInfo, _Mapping]] = ...) -> None: ...

class PriceHideInfo(_message.Message):
    __slots__ = ("display_text",)
    DISPLAY_TEXT_FIELD_NUMBER: _ClassVar[int]
    display_text: str
    def __init__(self, display_text: _Optional[str] = ...) -> None: ...

class SovBriefInfo(_message.Message):
    __slots__ = ("cover", "mask_info", "lock_info", "create_time", "aweme_id")
    COVER_FIELD_NUMBER: _ClassVar[int]
    MASK_INFO_FIELD_NUMBER: _ClassVar[int]
    LOCK_INFO_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    AWEME_ID_FIELD_NUMBER: _ClassVar[int]
    cover: ImageModel
    mask_info: SovMaskInfo
    lock_info: int
    create_time: int
    aweme_id: str
    def __init__(self, cover: _Optional[_Union[ImageModel, _Mapping]] = ..., mask_info: _Optional[_Union[SovMaskInfo, _Mapping]] = ..., lock_info: _Optional[int] = ..., create_time: _Optional[int] = ..., aweme_id: _Optional[str] = ...) -> None: ...

class GiftPickExtraGameTricks(_message.Message):
    __slots__ = ("storage", "external")
    STORAGE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_FIELD_NUMBER: _ClassVar[int]
    storage: GiftPickExtraGameTricksStorage
    external: GiftPickExtraGameTricksExternal
    def __init__(self, storage: _Optional[_Union[GiftPickExtraGameTricksStorage, _Mapping]] = ..., external: _Optional[_Union[GiftPickExtraGameTricksExternal, _Mapping]] = ...) -> None: ...

class GiftPickExtraGameInteraction(_message.Message):
    __slots__ = ("storage", "external")
    STORAGE_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_FIELD_NUMBER: _ClassVar[int]
    storage: GiftPickExtraGameInteractionStorage
    external: GiftPickExtraGameInteractionExternal
    def __init__(self, storage: _Optional[_Union[GiftPickExtraGameInteractionStorage, _Mapping]] = ..., external: _Optional[_Union[GiftPickExtraGameInteractionExternal, _Mapping]] = ...) -> None: ...

class GameTricksShortcut(_message.Message):
    __slots__ = ("hot_keys",)
    HOT_KEYS_FIELD_NUMBER: _ClassVar[int]
    hot_keys: _containers.RepeatedCompositeFieldContainer[HotKey]
    def __init__(self, hot_keys: _Optional[_Iterable[_Union[HotKey, _Mapping]]] = ...) -> None: ...

class ShopLabelImage(_message.Message):
    __slots__ = ("height", "width", "minetype", "thumb_uri", "thumb_uri_list", "uri", "url_list", "color")
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    MINETYPE_FIELD_NUMBER: _ClassVar[int]
    THUMB_URI_FIELD_NUMBER: _ClassVar[int]
    THUMB_URI_LIST_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    URL_LIST_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    height: int
    width: int
    minetype: str
    thumb_uri: str
    thumb_uri_list: _containers.RepeatedScalarFieldContainer[str]
    uri: str
    url_list: _containers.RepeatedScalarFieldContainer[str]
    color: str
    def __init__(self, height: _Optional[int] = ..., width: _Optional[int] = ..., minetype: _Optional[str] = ..., thumb_uri: _Optional[str] = ..., thumb_uri_list: _Optional[_Iterable[str]] = ..., uri: _Optional[str] = ..., url_list: _Optional[_Iterable[str]] = ..., color: _Optional[str] = ...) -> None: ...

class CreatorScoreLabelInfo(_message.Message):
    __slots__ = ("label_text", "label_text_color_dark", "label_text_color_light", "logo_dark", "logo_light", "pop_up_info")
    LABEL_TEXT_FIELD_NUMBER: _ClassVar[int]
    LABEL_TEXT_COLOR_DARK_FIELD_NUMBER: _ClassVar[int]
    LABEL_TEXT_COLOR_LIGHT_FIELD_NUMBER: _ClassVar[int]
    LOGO_DARK_FIELD_NUMBER: _ClassVar[int]
    LOGO_LIGHT_FIELD_NUMBER: _ClassVar[int]
    POP_UP_INFO_FIELD_NUMBER: _ClassVar[int]
    label_text: str
    label_text_color_dark: str
    label_text_color_light: str
    logo_dark: ImageModel
    logo_light: ImageModel
    pop_up_info: PopUpInfo
    def __init__(self, label_text: _Optional[str] = ..., label_text_color_dark: _Optional[str] = ..., label_text_color_light: _Optional[str] = ..., logo_dark: _Optional[_Union[ImageModel, _Mapping]] = ..., logo_light: _Optional[_Union[ImageModel, _Mapping]] = ..., pop_up_info: _Optional[_Union[PopUpInfo, _Mapping]] = ...) -> None: ...

class RivalGuestExtra(_message.Message):
    __slots__ = ("user_id", "avatar_thumb", "nickname")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    avatar_thumb: ImageModel
    nickname: str
    def __init__(self, user_id: _Optional[int] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., nickname: _Optional[str] = ...) -> None: ...

class TeamUser(_message.Message):
    __slots__ = ("team_id", "user_id", "user_info_list")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_INFO_LIST_FIELD_NUMBER: _ClassVar[int]
    team_id: int
    user_id: _containers.RepeatedScalarFieldContainer[int]
    user_info_list: _containers.RepeatedCompositeFieldContainer[BattleGamePlayContentUserInfo]
    def __init__(self, team_id: _Optional[int] = ..., user_id: _Optional[_Iterable[int]] = ..., user_info_list: _Optional[_Iterable[_Union[BattleGamePlayContentUserInfo, _Mapping]]] = ...) -> None: ...

class RandomMatchContentUserInfo(_message.Message):
    __slots__ = ("user_id", "room_id", "invitation_role_type", "avatar_thumb", "nickname")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ROLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    AVATAR_THUMB_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    room_id: int
    invitation_role_type: int
    avatar_thumb: ImageModel
    nickname: str
    def __init__(self, user_id: _Optional[int] = ..., room_id: _Optional[int] = ..., invitation_role_type: _Optional[int] = ..., avatar_thumb: _Optional[_Union[ImageModel, _Mapping]] = ..., nickname: _Optional[str] = ...) -> None: ...

class PlaceholderInfo(_message.Message):
    __slots__ = ("placeholder", "value")
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    placeholder: str
    value: str
    def __init__(self, placeholder: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class SovMaskInfo(_message.Message):
    __slots__ = ("type", "title")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    type: int
    title: str
    def __init__(self, type: _Optional[int] = ..., title: _Optional[str] = ...) -> None: ...

class GiftPickExtraGameTricksStorage(_message.Message):
    __slots__ = ("game_tricks_type", "control_chaos_info")
    GAME_TRICKS_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTROL_CHAOS_INFO_FIELD_NUMBER: _ClassVar[int]
    game_tricks_type: int
    control_chaos_info: ControlChaosInfo
    def __init__(self, game_tricks_type: _Optional[int] = ..., control_chaos_info: _Optional[_Union[ControlChaosInfo, _Mapping]] = ...) -> None: ...

class GiftPickExtraGameTricksExternal(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GiftPickExtraGameInteractionStorage(_message.Message):
    __slots__ = ("instruction", "instruction_desc_key")
    INSTRUCTION_FIELD_NUMBER: _ClassVar[int]
    INSTRUCTION_DESC_KEY_FIELD_NUMBER: _ClassVar[int]
    instruction: str
    instruction_desc_key: str
    def __init__(self, instruction: _Optional[str] = ..., instruction_desc_key: _Optional[str] = ...) -> None: ...

class GiftPickExtraGameInteractionExternal(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HotKey(_message.Message):
    __slots__ = ("key_type", "keyboard_keys", "mouse_keys")
    KEY_TYPE_FIELD_NUMBER: _ClassVar[int]
    KEYBOARD_KEYS_FIELD_NUMBER: _ClassVar[int]
    MOUSE_KEYS_FIELD_NUMBER: _ClassVar[int]
    key_type: int
    keyboard_keys: _containers.RepeatedCompositeFieldContainer[KeyBoardHotKey]
    mouse_keys: _containers.RepeatedCompositeFieldContainer[MouseHotKey]
    def __init__(self, key_type: _Optional[int] = ..., keyboard_keys: _Optional[_Iterable[_Union[KeyBoardHotKey, _Mapping]]] = ..., mouse_keys: _Optional[_Iterable[_Union[MouseHotKey, _Mapping]]] = ...) -> None: ...

class PopUpInfo(_message.Message):
    __slots__ = ("title", "description")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    title: str
    description: str
    def __init__(self, title: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class BattleGamePlayContentUserInfo(_message.Message):
    __slots__ = ("user_id", "room_id", "invitation_role")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROOM_ID_FIELD_NUMBER: _ClassVar[int]
    INVITATION_ROLE_FIELD_NUMBER: _ClassVar[int]
    user_id: int
    room_id: int
    invitation_role: int
    def __init__(self, user_id: _Optional[int] = ..., room_id: _Optional[int] = ..., invitation_role: _Optional[int] = ...) -> None: ...

class ControlChaosInfo(_message.Message):
    __slots__ = ("command_type", "hot_keys", "action_type")
    COMMAND_TYPE_FIELD_NUMBER: _ClassVar[int]
    HOT_KEYS_FIELD_NUMBER: _ClassVar[int]
    ACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    command_type: int
    hot_keys: _containers.RepeatedCompositeFieldContainer[HotKey]
    action_type: int
    def __init__(self, command_type: _Optional[int] = ..., hot_keys: _Optional[_Iterable[_Union[HotKey, _Mapping]]] = ..., action_type: _Optional[int] = ...) -> None: ...

class KeyBoardHotKey(_message.Message):
    __slots__ = ("key_code", "key_name")
    KEY_CODE_FIELD_NUMBER: _ClassVar[int]
    KEY_NAME_FIELD_NUMBER: _ClassVar[int]
    key_code: int
    key_name: str
    def __init__(self, key_code: _Optional[int] = ..., key_name: _Optional[str] = ...) -> None: ...

class MouseHotKey(_message.Message):
    __slots__ = ("mouse_type",)
    MOUSE_TYPE_FIELD_NUMBER: _ClassVar[int]
    mouse_type: int
    def __init__(self, mouse_type: _Optional[int] = ...) -> None: ...

class TitleData(_message.Message):
    __slots__ = ("goal_count", "current_sponsor_id")
    GOAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    CURRENT_SPONSOR_ID_FIELD_NUMBER: _ClassVar[int]
    goal_count: int
    current_sponsor_id: int
    def __init__(self, goal_count: _Optional[int] = ..., current_sponsor_id: _Optional[int] = ...) -> None: ...
