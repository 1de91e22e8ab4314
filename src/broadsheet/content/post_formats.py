"""Post formats: their display names (``get_post_format_strings``, WordPress 7.1.4, en_US).

``post_format`` terms are stored as ``post-format-{format}``; WordPress shows them by these names
(``_post_format_get_term``) and links them without the prefix (``_post_format_link``).
"""

from __future__ import annotations

__all__ = ["POST_FORMAT_NAMES", "TERM_PREFIX"]

#: Format slug -> display name, in WordPress's order (``standard`` has no term).
POST_FORMAT_NAMES = {"aside": "Aside", "chat": "Chat", "gallery": "Gallery", "link": "Link", "image": "Image",
                     "quote": "Quote", "status": "Status", "video": "Video", "audio": "Audio"}
TERM_PREFIX = "post-format-"
