"""Block theme data: the active theme's header, supports, templates, parts and patterns.

broadsheet runs no PHP, so a theme is its data files, bundled under ``bundled/<stylesheet>/``
(Twenty Twenty-Five, GPL-2.0-or-later, copied from WordPress 7.1.4's Debian package); the active
theme is the one named by the ``stylesheet`` option (docs/themes.md).
"""
