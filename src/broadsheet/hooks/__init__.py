"""Actions and filters in the WordPress spirit: ``add_filter`` / ``apply_filters`` with priorities."""

from broadsheet.hooks.names import HOOKS
from broadsheet.hooks.registry import Hooks

__all__ = ["HOOKS", "Hooks"]
