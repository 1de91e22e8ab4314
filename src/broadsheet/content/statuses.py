"""Registered post statuses (``register_post_status``): what core registers in WordPress 7.1.4."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PostStatus:
    """One post status's registration arguments."""

    name: str
    label: str
    public: bool = False
    private: bool = False
    protected: bool = False
    internal: bool = False
    exclude_from_search: bool = False
    show_in_admin_all_list: bool = True
    show_in_admin_status_list: bool = False
    date_floating: bool = False

    @property
    def queryable(self) -> bool:
        """``publicly_queryable`` defaults to ``public``."""
        return self.public

    @property
    def show_in_list(self) -> bool:
        """REST ``show_in_list``: whether the type's "All" listing includes such posts."""
        return self.show_in_admin_all_list


def core_statuses() -> list[PostStatus]:
    """Statuses in WordPress 7.1.4's registration order (``create_initial_post_types``)."""
    return [
        PostStatus("publish", "Published", public=True, show_in_admin_status_list=True),
        PostStatus("future", "Scheduled", protected=True, show_in_admin_status_list=True),
        PostStatus("draft", "Draft", protected=True, show_in_admin_status_list=True, date_floating=True),
        PostStatus("pending", "Pending", protected=True, show_in_admin_status_list=True, date_floating=True),
        PostStatus("private", "Private", private=True, show_in_admin_status_list=True),
        PostStatus("trash", "Trash", internal=True, exclude_from_search=True, show_in_admin_all_list=False,
                   show_in_admin_status_list=True),
        PostStatus("auto-draft", "auto-draft", internal=True, exclude_from_search=True,
                   show_in_admin_all_list=False, date_floating=True),
        PostStatus("inherit", "inherit", internal=True, exclude_from_search=False),
        PostStatus("request-pending", "Pending", internal=True, exclude_from_search=False),
        PostStatus("request-confirmed", "Confirmed", internal=True, exclude_from_search=False),
        PostStatus("request-failed", "Failed", internal=True, exclude_from_search=False),
        PostStatus("request-completed", "Completed", internal=True, exclude_from_search=False),
    ]


class StatusRegistry:
    """The site's post statuses, in registration order."""

    def __init__(self) -> None:
        self._statuses = {s.name: s for s in core_statuses()}

    def register(self, status: PostStatus) -> None:
        self._statuses[status.name] = status

    def get(self, name: str) -> PostStatus | None:
        return self._statuses.get(name)

    def names(self) -> list[str]:
        return list(self._statuses)

    def all(self) -> list[PostStatus]:
        return list(self._statuses.values())
