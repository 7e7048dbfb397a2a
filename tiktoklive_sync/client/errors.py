"""TikTokLive's module path of the errors (``from TikTokLive.client.errors import ...``);
they are defined in :mod:`tiktoklive_sync.errors`."""

from ..errors import *  # noqa: F403
from ..errors import __all__  # noqa: F401 - the same public names
