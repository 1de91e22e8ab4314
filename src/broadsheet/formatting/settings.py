"""The site settings the formatting functions read, as one immutable value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormattingSettings:
    """What ``get_option``/``get_locale`` would return to WordPress's formatting code."""

    home: str = "http://example.org"
    siteurl: str = "http://example.org"
    locale: str = "en_US"
    charset: str = "UTF-8"
    use_smilies: bool = True
    use_balance_tags: bool = False
    permalink_structure: str = ""


#: The fixed settings under which ``tests/data/vectors`` were produced (see its README).
VECTOR_SETTINGS = FormattingSettings()
