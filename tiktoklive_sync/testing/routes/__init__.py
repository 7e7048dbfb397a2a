"""What the local TikTok answers, by service: TikTok's web endpoints (``web``), the sign
server (``sign``), the push server (``push``), the CDN (``cdn``) and the live video
(``video``)."""
