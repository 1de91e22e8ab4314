"""Which post a URL of this site points to: ``url_to_postid`` and ``get_page_by_path``.

Port of ``url_to_postid`` (wp-includes/rewrite.php), ``get_page_by_path`` (wp-includes/post.php),
``wp_resolve_numeric_slug_conflicts`` and the singular part of ``WP_Query`` that they rely on,
WordPress 7.1.4. Like WordPress it reads the site's stored ``rewrite_rules`` option and tries each
rule in order; the first rule that matches decides (a non-singular query such as a date archive
gives 0). A site without stored rules resolves only ``?p=`` / ``?page_id=`` / ``?attachment_id=``
URLs and a static front page (WordPress would regenerate the rules from its registered
permastructs, which broadsheet does not build).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Connection, select

from broadsheet.formatting.php_url import php_parse_url
from broadsheet.formatting.sanitize import sanitize_title_for_query
from broadsheet.storage.tables import WPTables

__all__ = ["PostUrlResolver", "PUBLIC_QUERY_VARS"]

#: ``WP::$public_query_vars`` plus those core adds by filter (REST, sitemaps, taxonomies).
PUBLIC_QUERY_VARS = frozenset((
    "m", "p", "posts", "w", "cat", "withcomments", "withoutcomments", "s", "search", "exact", "sentence",
    "calendar", "page", "paged", "more", "tb", "pb", "author", "order", "orderby", "year", "monthnum", "day",
    "hour", "minute", "second", "name", "category_name", "tag", "feed", "author_name", "pagename", "page_id",
    "error", "attachment", "attachment_id", "subpost", "subpost_id", "preview", "robots", "favicon", "taxonomy",
    "term", "cpage", "post_type", "embed", "rest_route", "sitemap", "sitemap-subtype", "sitemap-stylesheet",
    "post_format",
))
_ID_IN_QUERY = re.compile(r"[?&](p|page_id|attachment_id)=(\d+)")
_MATCH_REF = re.compile(r"\$matches\[(\d+)\]")
#: Statuses whose posts a singular query shows to anyone (``public``), to editors (``protected``)
#: or to readers of private posts (``private``); anything else is hidden.
_PROTECTED = ("future", "draft", "pending")


def _host(url: str) -> str:
    """``parse_url($url, PHP_URL_HOST)`` without a leading ``www.`` ("" when there is none)."""
    parsed = php_parse_url(url)
    host = parsed.get("host") if parsed is not None else None
    return re.sub(r"^www\.", "", host) if isinstance(host, str) else ""


def _php_urlencode(text: str) -> str:
    return quote(text, safe="-_.").replace("%20", "+")


@dataclass
class PostUrlResolver:
    """Resolves URLs of one site to post ids with the site's options and posts table."""

    conn: Connection
    tables: WPTables
    options: Mapping[str, Any]
    #: ``current_user_can(cap, post_id)`` of the caller, for the singular status check.
    user_can: Callable[[str, int], bool] = lambda cap, post_id: False
    logged_in: bool = False

    # -- url_to_postid ----------------------------------------------------------------------
    def url_to_postid(self, url: str) -> int:
        """The id of the post ``url`` shows, or 0 (``url_to_postid``)."""
        home = str(self.options.get("home") or "").rstrip("/")
        url_host = _host(url)
        if url_host and url_host != _host(home):
            return 0
        found = _ID_IN_QUERY.search(url)
        if found and int(found.group(2)):
            return int(found.group(2))
        url = url.split("#", 1)[0].split("?", 1)[0]
        url = _set_url_scheme(url, str((php_parse_url(home) or {}).get("scheme") or "http"))
        if "://www." in home and "://www." not in url:
            url = url.replace("://", "://www.")
        if "://www." not in home:
            url = url.replace("://www.", "://")
        if url.strip("/") == home and self.options.get("show_on_front") == "page":
            front = _int(self.options.get("page_on_front"))
            if front and self._post(front) is not None:
                return front
        rules = self.options.get("rewrite_rules")
        if not isinstance(rules, dict) or not rules:
            return 0
        if not str(self.options.get("permalink_structure") or "").startswith("/index.php"):
            url = url.replace("index.php/", "")
        if home + "/" in url.rstrip("/") + "/":
            url = url.replace(home, "")
        else:
            home_path = str((php_parse_url(home + "/") or {}).get("path") or "")
            slashed = url.rstrip("/") + "/"
            url = slashed[len(home_path):] if home_path and slashed.startswith(home_path) else slashed
        request = url.strip("/")
        for pattern, query in rules.items():
            try:
                matched = re.match(str(pattern), request)
            except re.error:
                continue
            if not matched:
                continue
            groups = [matched.group(0), *matched.groups()]
            query_vars = self._query_vars(str(query), groups)
            query_vars = self._resolve_numeric_slug_conflicts(query_vars)
            return self._singular_post_id(query_vars)
        return 0

    def _query_vars(self, query: str, groups: list[str | None]) -> dict[str, str]:
        """The rule's query with ``$matches[N]`` filled in, public query vars only."""
        query = re.sub(r"^.+\?", "", query, count=1)

        def fill(ref: re.Match[str]) -> str:
            index = int(ref.group(1))
            value = groups[index] if index < len(groups) else None
            return _php_urlencode(value) if value else ""

        filled = _MATCH_REF.sub(fill, query)
        out: dict[str, str] = {}
        for pair in filled.split("&"):
            if not pair:
                continue
            key, _, value = pair.partition("=")
            key = unquote(key.replace("+", " "))
            if key in PUBLIC_QUERY_VARS:
                out[key] = unquote(value.replace("+", " "))
        return out

    def _resolve_numeric_slug_conflicts(self, query_vars: dict[str, str]) -> dict[str, str]:
        """``wp_resolve_numeric_slug_conflicts``: ``/2015/`` may be a post named 2015, not a year."""
        if not {"year", "monthnum", "day"} & set(query_vars):
            return query_vars
        parts = [p for p in str(self.options.get("permalink_structure") or "").split("/") if p]
        if "%postname%" not in parts:
            return query_vars
        index = parts.index("%postname%")
        compare = ""
        if index == 0 and ("year" in query_vars or "monthnum" in query_vars):
            compare = "year"
        elif index and parts[index - 1] == "%year%" and ("monthnum" in query_vars or "day" in query_vars):
            compare = "monthnum"
        elif index and parts[index - 1] == "%monthnum%" and "day" in query_vars:
            compare = "day"
        if not compare:
            return query_vars
        post_id = self.get_page_by_path(query_vars.get(compare, ""), ("post",))
        post = self._post(post_id) if post_id else None
        if post is None:
            return query_vars
        date = re.match(r"^([0-9]{4})-([0-9]{2})", str(post.post_date))
        if date and "year" in query_vars and compare in ("monthnum", "day"):
            if _int(query_vars["year"]) != int(date.group(1)):
                return query_vars
            if compare == "day" and "monthnum" in query_vars and _int(query_vars["monthnum"]) != int(date.group(2)):
                return query_vars
        maybe_page = ""
        if compare == "year" and "monthnum" in query_vars:
            maybe_page = query_vars["monthnum"]
        elif compare == "monthnum" and "day" in query_vars:
            maybe_page = query_vars["day"]
        page = _int(maybe_page.strip("/"))
        page_count = str(post.post_content).count("<!--nextpage-->") + 1
        if (page_count == 1 and page) or (page_count > 1 and page > page_count):
            return query_vars
        out = {k: v for k, v in query_vars.items() if k not in ("year", "monthnum", "day")}
        out["page"] = str(page)
        out["name"] = str(post.post_name)
        return out

    # -- the singular WP_Query ------------------------------------------------------------------
    def _singular_post_id(self, q: dict[str, str]) -> int:
        """``new WP_Query($query_vars)``: the post's id when the query is singular and shows one."""
        if not q:
            return 0  # WP_Query runs no query for an empty array (e.g. a rule whose vars are all private)
        attachment_id = _int(q.get("attachment_id") or q.get("subpost_id"))
        attachment = q.get("attachment") or q.get("subpost") or ""
        name, pagename = q.get("name", ""), q.get("pagename", "").strip()
        if attachment or attachment_id:
            candidates = self._by_name(attachment, "attachment") if attachment else self._by_id(attachment_id, "attachment")
        elif name:
            candidates = [c for c in self._by_name(name, "post") if _date_matches(c.post_date, q)]
        elif _int(q.get("p")):
            candidates = self._by_id(_int(q["p"]), "post")
        elif pagename or _int(q.get("page_id")):
            posts_page = _int(self.options.get("page_for_posts")) if self.options.get("show_on_front") == "page" else 0
            if pagename:
                found = self.get_page_by_path(pagename)
                if posts_page and found == posts_page:
                    return 0  # the posts page is the blog's home, not a singular query
                post = self._post(found) if found else None
                post_type = "attachment" if post is not None and post.post_type == "attachment" else "page"
                candidates = self._by_id(found, post_type) if found else []
            else:
                if posts_page and _int(q["page_id"]) == posts_page:
                    return 0
                candidates = self._by_id(_int(q["page_id"]), "page")
        elif self._is_front_page_query(q):
            candidates = self._by_id(_int(self.options.get("page_on_front")), "page")
        else:
            return 0  # an archive, feed, search, REST or sitemap request (or the blog's home): not singular
        if not candidates:
            return 0
        post = candidates[0]
        return post.ID if self._status_shows(post) else 0

    def _is_front_page_query(self, q: Mapping[str, str]) -> bool:
        """WP_Query's home query that a static front page turns into that page (only paging vars, or none)."""
        if self.options.get("show_on_front") != "page" or not _int(self.options.get("page_on_front")):
            return False
        keys = {k for k in q if k != "embed" and not (k == "pagename" and q[k] == "")}
        return keys <= {"preview", "page", "paged", "cpage"}

    def _status_shows(self, post: Any) -> bool:
        """WP_Query's post-fetch check: unpublished posts only for those who may see them."""
        status = _effective_status(post, self._post)
        if status == "publish":
            return True
        if not self.logged_in:
            return False
        if status in _PROTECTED:
            return self.user_can("edit_post", post.ID)
        if status == "private":
            return self.user_can("read_post", post.ID)
        return False

    def _by_name(self, name: str, post_type: str) -> list[Any]:
        if post_type == "attachment":
            name = name.rstrip("/").rsplit("/", 1)[-1]  # wp_basename
        slug = sanitize_title_for_query(name)
        return self._select(self.tables.posts.c.post_name == slug, post_type)

    def _by_id(self, post_id: int, post_type: str) -> list[Any]:
        return self._select(self.tables.posts.c.ID == post_id, post_type)

    def _select(self, condition: Any, post_type: str) -> list[Any]:
        p = self.tables.posts
        stmt = (select(p.c.ID, p.c.post_date, p.c.post_status, p.c.post_type, p.c.post_parent, p.c.post_name,
                       p.c.post_content)
                .where(condition, p.c.post_type == post_type)
                .order_by(p.c.post_date.desc(), p.c.ID.desc()))
        return [_Row(r) for r in self.conn.execute(stmt).mappings()]

    def _post(self, post_id: int) -> Any:
        p = self.tables.posts
        row = self.conn.execute(
            select(p.c.ID, p.c.post_date, p.c.post_status, p.c.post_type, p.c.post_parent, p.c.post_name,
                   p.c.post_content).where(p.c.ID == post_id)).mappings().first()
        return _Row(row) if row is not None else None

    # -- get_page_by_path ------------------------------------------------------------------------
    def get_page_by_path(self, page_path: str, post_types: tuple[str, ...] = ("page",)) -> int:
        """The id of the post at hierarchical ``page_path`` (0 if none), preferring ``post_types[0]``.

        A single type also searches attachments, as WordPress does for a string ``$post_type``.
        """
        wanted = post_types + ("attachment",) if len(post_types) == 1 else post_types
        page_path = quote(unquote(page_path), safe="-_.~").replace("%2F", "/").replace("%20", " ")
        parts = [sanitize_title_for_query(part) for part in page_path.strip("/").split("/")]
        p = self.tables.posts
        stmt = (select(p.c.ID, p.c.post_name, p.c.post_parent, p.c.post_type)
                .where(p.c.post_name.in_(parts), p.c.post_type.in_(wanted)).order_by(p.c.ID))
        pages = {int(r.ID): r for r in self.conn.execute(stmt)}
        revparts = parts[::-1]
        found = 0
        for page in pages.values():
            if page.post_name != revparts[0]:
                continue
            count = 0
            current = page
            while int(current.post_parent or 0) and int(current.post_parent) in pages:
                count += 1
                parent = pages[int(current.post_parent)]
                if count >= len(revparts) or parent.post_name != revparts[count]:
                    break
                current = parent
            if (not int(current.post_parent or 0) and len(revparts) == count + 1
                    and current.post_name == revparts[count]):
                found = int(page.ID)
                if page.post_type == post_types[0]:
                    break
        return found


class _Row:
    """The few ``wp_posts`` columns resolution reads, under WordPress's names."""

    __slots__ = ("ID", "post_date", "post_status", "post_type", "post_parent", "post_name", "post_content")

    def __init__(self, row: Any) -> None:
        self.ID = int(row["ID"])
        self.post_date = str(row["post_date"])
        self.post_status = str(row["post_status"])
        self.post_type = str(row["post_type"])
        self.post_parent = int(row["post_parent"] or 0)
        self.post_name = str(row["post_name"] or "")
        self.post_content = str(row["post_content"] or "")


def _effective_status(post: Any, get_post: Callable[[int], Any]) -> str:
    """``get_post_status`` for the check: attachments take their parent's status."""
    if post.post_type != "attachment" or post.post_status != "inherit":
        return str(post.post_status)
    parent = get_post(post.post_parent) if post.post_parent and post.post_parent != post.ID else None
    if parent is None:
        return "publish"
    return str(parent.post_status) if parent.post_type != "attachment" else "publish"


def _date_matches(post_date: str, q: Mapping[str, str]) -> bool:
    """WP_Query's ``year``/``monthnum``/``day`` (and time) conditions on ``post_date``."""
    checks = (("year", 0, 4), ("monthnum", 5, 7), ("day", 8, 10), ("hour", 11, 13), ("minute", 14, 16),
              ("second", 17, 19))
    for var, start, end in checks:
        value = q.get(var, "")
        if value == "":
            continue
        wanted = _int(value)
        if var in ("year", "monthnum", "day") and not wanted:
            continue  # WP_Query ignores empty/zero date parts
        if _int(post_date[start:end]) != wanted:
            return False
    return True


def _set_url_scheme(url: str, scheme: str) -> str:
    url = url.strip()
    if url.startswith("//"):
        url = "http:" + url
    return re.sub(r"^\w+://", scheme + "://", url)


def _int(value: Any) -> int:
    """PHP ``absint`` of a query var (leading digits)."""
    match = re.match(r"\s*[+-]?(\d+)", str(value or ""))
    return int(match.group(1)) if match else 0
