"""TikTokLive's ``client.web`` package path: ``web_settings`` holds ``WebDefaults``. The HTTP
client itself is :class:`tiktoklive_sync.web.WebClient` (``client.web`` on a client)."""
