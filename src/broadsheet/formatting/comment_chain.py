"""The ``comment_text`` filter chain (WordPress 7.1.4 ``default-filters.php``): what comment ``content.rendered`` is."""

from __future__ import annotations

from broadsheet.formatting.autop import wpautop
from broadsheet.formatting.balance import force_balance_tags
from broadsheet.formatting.chars import capital_P_dangit, convert_chars
from broadsheet.formatting.clickable import make_clickable
from broadsheet.formatting.settings import FormattingSettings
from broadsheet.formatting.smilies import convert_smilies
from broadsheet.formatting.texturize import wptexturize
from broadsheet.hooks import Hooks


class CommentFilters:
    """The settings-bound steps of ``comment_text``; ``settings`` follows the site's options."""

    def __init__(self, settings: FormattingSettings) -> None:
        self.settings = settings

    def make_clickable(self, text: str) -> str:
        return make_clickable(text, self.settings, current_filter="comment_text")  # links get rel="nofollow ugc"

    def convert_smilies(self, text: str) -> str:
        return convert_smilies(text, settings=self.settings) if self.settings.use_smilies else text


def register_comment_filters(hooks: Hooks, settings: FormattingSettings) -> CommentFilters:
    """``comment_text``: make_clickable 9; wptexturize, convert_chars 10; convert_smilies 20;
    force_balance_tags 25; wpautop 30; capital_P_dangit 31."""
    steps = CommentFilters(settings)
    hooks.add_filter("comment_text", steps.make_clickable, 9)
    hooks.add_filter("comment_text", wptexturize, 10)
    hooks.add_filter("comment_text", convert_chars, 10)
    hooks.add_filter("comment_text", steps.convert_smilies, 20)
    hooks.add_filter("comment_text", force_balance_tags, 25)
    hooks.add_filter("comment_text", wpautop, 30)
    hooks.add_filter("comment_text", capital_P_dangit, 31)
    return steps


def render_comment_text(hooks: Hooks, text: str) -> str:
    """``apply_filters('comment_text', $text)``."""
    return str(hooks.apply_filters("comment_text", text))
