"""Second names of webcast.proto's fields, readable like the fields themselves.

webcast.proto names its fields as TikTokLive 7.0.1 does. Where the name was ours before, the old
name stays readable (``RoomUserSeqContributor.coin_count`` is ``score``); where TikTokLive's
name says nothing (``User.deprecated1``), the field keeps a name for what it holds and
TikTokLive's name is the alias. Aliases are read-only properties of the generated classes;
:func:`install` adds them when :mod:`tiktoklive_sync.proto` is imported, and
``generate.py`` writes them into ``webcast_pb2.pyi`` for type checkers.
"""

from __future__ import annotations

import operator
from types import ModuleType
from typing import Dict

__all__ = ["ALIASES", "install"]

#: message name -> {alias: field it reads}
ALIASES: Dict[str, Dict[str, str]] = {
    # Our older names of fields now named as TikTokLive names them.
    "BattleTeamResult": {"team_users": "team_user"},
    "BattleTeamUserArmies": {"team_users": "team_user"},
    "BattleUserArmies": {"host_score": "hostscore"},
    "FanTicketRoomNotice": {
        "user_fan_ticket_list": "user_fan_ticket",
        "total_link_mic_fan_ticket": "total_linkmic_fan_ticket",
    },
    "RoomUserSeqContributor": {"coin_count": "score"},
    "TextFormat": {"use_heighlight_color": "use_heigh_light_color"},
    "WebcastLinkMicBattle": {"battle_combo": "battle_combo_v2"},
    "WebcastQuestionNewMessage": {"details": "data"},
    # TikTokLive's names of fields that are named here for what they hold.
    "User": {
        "bio_description": "signature",
        "deprecated1": "short_id",
        "deprecated2": "gender",
        "deprecated3": "level",
        "deprecated4": "birthday",
        "deprecated5": "telephone",
        "deprecated6": "experience",
        "deprecated7": "city",
        "deprecated8": "income_share_percent",
    },
}


def install(module: ModuleType) -> None:
    """Give the message classes of ``module`` (webcast_pb2) their aliases."""
    for message, names in ALIASES.items():
        cls = getattr(module, message)
        fields = cls.DESCRIPTOR.fields_by_name
        for alias, field in names.items():
            if field not in fields or alias in fields:
                raise RuntimeError(f"alias {message}.{alias} -> {field} does not fit webcast.proto")
            setattr(cls, alias, property(operator.attrgetter(field), doc=f"``{field}``, by another name."))
