"""The WordPress 7.1.4 single-site tables as SQLAlchemy Core `Table`s (`wp-admin/includes/schema.php`).

Column names, types, defaults and keys are WordPress's own; each column carries the type text
MySQL's `SHOW CREATE TABLE` prints (`column.info["wp_type"]`) and each index its WordPress key name
(`index.info["wp_key"]`), so a dump can reproduce WordPress's `schema` text on every backend.
Index names are made unique per database (`{table}_{key}`) because SQLite and PostgreSQL share
one index namespace; on MySQL/MariaDB the tables are created with WordPress's own DDL (see engine.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BigInteger, Column, Index, Integer, MetaData, String, Table, Text, bindparam, text
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.types import TypeEngine

from broadsheet.storage.hot_select import HotSelect
from broadsheet.storage.types import ZERO_DATE, WPDateTime

__all__ = ["CORE_TABLES", "MYSQL_TABLE_OPTIONS", "WPTables", "make_tables"]

CORE_TABLES = (
    "commentmeta",
    "comments",
    "links",
    "options",
    "postmeta",
    "posts",
    "term_relationships",
    "term_taxonomy",
    "termmeta",
    "terms",
    "usermeta",
    "users",
)
"""Unprefixed names of the single-site tables, alphabetically (the order of a dump)."""

MYSQL_TABLE_OPTIONS: dict[str, Any] = {
    "mysql_engine": "InnoDB",
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_520_ci",
}


def _ubigint() -> TypeEngine[int]:
    """bigint(20) unsigned on MySQL, INTEGER on SQLite (so an id is the rowid), BIGINT elsewhere."""
    return (
        BigInteger()
        .with_variant(mysql.BIGINT(20, unsigned=True), "mysql", "mariadb")
        .with_variant(sqlite.INTEGER(), "sqlite")
    )


def _bigint(width: int) -> TypeEngine[int]:
    """Signed bigint(width)."""
    return BigInteger().with_variant(mysql.BIGINT(width), "mysql", "mariadb")


def _int11() -> TypeEngine[int]:
    """Signed int(11)."""
    return Integer().with_variant(mysql.INTEGER(11), "mysql", "mariadb")


_TEXTS: dict[str, TypeEngine[str]] = {
    "tinytext": Text().with_variant(mysql.TINYTEXT(), "mysql", "mariadb"),
    "text": Text().with_variant(mysql.TEXT(), "mysql", "mariadb"),
    "mediumtext": Text().with_variant(mysql.MEDIUMTEXT(), "mysql", "mariadb"),
    "longtext": Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb"),
}


def _id(name: str) -> Column[int]:
    """`bigint(20) unsigned NOT NULL AUTO_INCREMENT` primary key."""
    return Column(
        name, _ubigint(), primary_key=True, autoincrement=True, info={"wp_type": "bigint(20) unsigned"}
    )


def _ref(name: str, default: int = 0, *, primary_key: bool = False) -> Column[int]:
    """`bigint(20) unsigned NOT NULL DEFAULT 0`, an id pointing at another row."""
    return Column(
        name,
        _ubigint(),
        nullable=False,
        primary_key=primary_key,
        autoincrement=False,
        default=default,
        server_default=text(str(default)),
        info={"wp_type": "bigint(20) unsigned"},
    )


def _number(name: str, kind: str) -> Column[int]:
    """A signed integer column (`int(11)`, `bigint(20)`, `bigint(10)`) defaulting to 0."""
    sa_type = _int11() if kind == "int(11)" else _bigint(int(kind[7:-1]))
    return Column(
        name, sa_type, nullable=False, default=0, server_default=text("0"), info={"wp_type": kind}
    )


def _varchar(name: str, length: int, default: str = "") -> Column[str]:
    """`varchar(length) NOT NULL DEFAULT '...'`."""
    return Column(
        name,
        String(length),
        nullable=False,
        default=default,
        server_default=default,
        info={"wp_type": f"varchar({length})"},
    )


def _text(name: str, kind: str = "longtext") -> Column[str]:
    """`<kind> NOT NULL` without a server default (MySQL gives ''); we default to '' in Python."""
    return Column(name, _TEXTS[kind], nullable=False, default="", info={"wp_type": kind})


def _datetime(name: str) -> Column[str]:
    """`datetime NOT NULL DEFAULT '0000-00-00 00:00:00'`."""
    return Column(
        name,
        WPDateTime(),
        nullable=False,
        default=ZERO_DATE,
        server_default=ZERO_DATE,
        info={"wp_type": "datetime"},
    )


def _meta_key() -> Column[str | None]:
    """`meta_key varchar(255) DEFAULT NULL`."""
    return Column("meta_key", String(255), nullable=True, info={"wp_type": "varchar(255)"})


def _meta_value() -> Column[str | None]:
    """`meta_value longtext DEFAULT NULL`."""
    return Column("meta_value", _TEXTS["longtext"], nullable=True, info={"wp_type": "longtext"})


def _index(table: Table, key: str, *columns: str, unique: bool = False, lengths: dict[str, int] | None = None) -> Index:
    """A WordPress key named `key` (MySQL prefix lengths in `lengths`), globally named `{table}_{key}`."""
    kwargs: dict[str, Any] = {"unique": unique, "info": {"wp_key": key}}
    if lengths:
        kwargs["mysql_length"] = lengths
    index = Index(f"{table.name}_{key}", *(table.c[c] for c in columns), **kwargs)
    table.info.setdefault("wp_keys", []).append(index)  # SHOW CREATE TABLE order
    return index


def _table(metadata: MetaData, name: str, *columns: Column[Any], autoincrement: bool = True) -> Table:
    """A table with WordPress's MySQL table options."""
    return Table(name, metadata, *columns, sqlite_autoincrement=autoincrement, **MYSQL_TABLE_OPTIONS)


def _meta_table(metadata: MetaData, name: str, owner: str, id_name: str = "meta_id") -> Table:
    """One of the four `*meta` tables (`meta_id`/`umeta_id`, owner id, key, value)."""
    table = _table(metadata, name, _id(id_name), _ref(owner), _meta_key(), _meta_value())
    _index(table, owner, owner)
    _index(table, "meta_key", "meta_key", lengths={"meta_key": 191})
    return table


def ids_in(column: Any, single: bool) -> Any:
    """``column IN :ids`` (an expanding bind list), or ``column = :ids`` for one id: the list is
    expanded into the SQL on every execution, a cost single-item requests need not pay."""
    return column == bindparam("ids") if single else column.in_(bindparam("ids", expanding=True))


def ids_param(ids: list[int]) -> Any:
    """The ``:ids`` value for ``ids_in(column, len(ids) == 1)``."""
    return ids[0] if len(ids) == 1 else ids


@dataclass(frozen=True)
class WPTables:
    """The WordPress tables for one prefix, bound to one `MetaData`."""

    prefix: str
    metadata: MetaData
    posts: Table
    postmeta: Table
    terms: Table
    term_taxonomy: Table
    term_relationships: Table
    termmeta: Table
    comments: Table
    commentmeta: Table
    users: Table
    usermeta: Table
    options: Table
    links: Table
    by_name: dict[str, Table] = field(default_factory=dict)
    #: Built statements by key (``hot_select``): fixed SQL with bind parameters, reused across requests.
    statements: dict[Hashable, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def hot_select(self, key: Hashable, build: Callable[[], Any]) -> HotSelect:
        """The statement ``build()`` makes, built once per key for these tables, run at cursor level.

        For hot queries whose SQL does not vary (values go in bind parameters, lists in
        ``bindparam(..., expanding=True)``): building a ``select`` and computing its cache key
        cost about three times executing a reused one, and ``HotSelect`` skips most of the rest.
        """
        found = self.statements.get(key)
        if found is None:
            found = self.statements[key] = HotSelect(build())
        return found  # type: ignore[no-any-return]

    def table(self, name: str) -> Table:
        """The table for an unprefixed WordPress name (`"posts"`) or a full name (`"wp_posts"`)."""
        found = self.by_name.get(name)
        if found is None:
            found = self.metadata.tables.get(name)
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self):  # type: ignore[no-untyped-def]
        """Iterate over the tables in dump order (alphabetical by full name)."""
        return iter(sorted(self.metadata.tables.values(), key=lambda t: t.name))


def make_tables(prefix: str = "wp_") -> WPTables:
    """Build WordPress 7.1.4's tables (db_version 61833) with the table prefix `prefix`."""
    md = MetaData()
    p = prefix

    posts = _table(
        md,
        f"{p}posts",
        _id("ID"),
        _ref("post_author"),
        _datetime("post_date"),
        _datetime("post_date_gmt"),
        _text("post_content"),
        _text("post_title", "text"),
        _text("post_excerpt", "text"),
        _varchar("post_status", 20, "publish"),
        _varchar("comment_status", 20, "open"),
        _varchar("ping_status", 20, "open"),
        _varchar("post_password", 255),
        _varchar("post_name", 200),
        _text("to_ping", "text"),
        _text("pinged", "text"),
        _datetime("post_modified"),
        _datetime("post_modified_gmt"),
        _text("post_content_filtered"),
        _ref("post_parent"),
        _varchar("guid", 255),
        _number("menu_order", "int(11)"),
        _varchar("post_type", 20, "post"),
        _varchar("post_mime_type", 100),
        _number("comment_count", "bigint(20)"),
    )
    _index(posts, "post_name", "post_name", lengths={"post_name": 191})
    _index(posts, "type_status_date", "post_type", "post_status", "post_date", "ID")
    _index(posts, "post_parent", "post_parent")
    _index(posts, "post_author", "post_author")
    _index(posts, "type_status_author", "post_type", "post_status", "post_author")

    postmeta = _meta_table(md, f"{p}postmeta", "post_id")

    terms = _table(
        md,
        f"{p}terms",
        _id("term_id"),
        _varchar("name", 200),
        _varchar("slug", 200),
        _number("term_group", "bigint(10)"),
    )
    _index(terms, "slug", "slug", lengths={"slug": 191})
    _index(terms, "name", "name", lengths={"name": 191})

    term_taxonomy = _table(
        md,
        f"{p}term_taxonomy",
        _id("term_taxonomy_id"),
        _ref("term_id"),
        _varchar("taxonomy", 32),
        _text("description"),
        _ref("parent"),
        _number("count", "bigint(20)"),
    )
    _index(term_taxonomy, "term_id_taxonomy", "term_id", "taxonomy", unique=True)
    _index(term_taxonomy, "taxonomy", "taxonomy")

    term_relationships = _table(
        md,
        f"{p}term_relationships",
        _ref("object_id", primary_key=True),
        _ref("term_taxonomy_id", primary_key=True),
        _number("term_order", "int(11)"),
        autoincrement=False,
    )
    _index(term_relationships, "term_taxonomy_id", "term_taxonomy_id")

    termmeta = _meta_table(md, f"{p}termmeta", "term_id")

    comments = _table(
        md,
        f"{p}comments",
        _id("comment_ID"),
        _ref("comment_post_ID"),
        _text("comment_author", "tinytext"),
        _varchar("comment_author_email", 100),
        _varchar("comment_author_url", 200),
        _varchar("comment_author_IP", 100),
        _datetime("comment_date"),
        _datetime("comment_date_gmt"),
        _text("comment_content", "text"),
        _number("comment_karma", "int(11)"),
        _varchar("comment_approved", 20, "1"),
        _varchar("comment_agent", 255),
        _varchar("comment_type", 20, "comment"),
        _ref("comment_parent"),
        _ref("user_id"),
    )
    _index(comments, "comment_post_ID", "comment_post_ID")
    _index(comments, "comment_approved_date_gmt", "comment_approved", "comment_date_gmt")
    _index(comments, "comment_date_gmt", "comment_date_gmt")
    _index(comments, "comment_parent", "comment_parent")
    _index(comments, "comment_author_email", "comment_author_email", lengths={"comment_author_email": 10})

    commentmeta = _meta_table(md, f"{p}commentmeta", "comment_id")

    users = _table(
        md,
        f"{p}users",
        _id("ID"),
        _varchar("user_login", 60),
        _varchar("user_pass", 255),
        _varchar("user_nicename", 50),
        _varchar("user_email", 100),
        _varchar("user_url", 100),
        _datetime("user_registered"),
        _varchar("user_activation_key", 255),
        _number("user_status", "int(11)"),
        _varchar("display_name", 250),
    )
    _index(users, "user_login_key", "user_login")
    _index(users, "user_nicename", "user_nicename")
    _index(users, "user_email", "user_email")

    usermeta = _meta_table(md, f"{p}usermeta", "user_id", id_name="umeta_id")

    options = _table(
        md,
        f"{p}options",
        _id("option_id"),
        _varchar("option_name", 191),
        _text("option_value"),
        _varchar("autoload", 20, "yes"),
    )
    _index(options, "option_name", "option_name", unique=True)
    _index(options, "autoload", "autoload")

    links = _table(
        md,
        f"{p}links",
        _id("link_id"),
        _varchar("link_url", 255),
        _varchar("link_name", 255),
        _varchar("link_image", 255),
        _varchar("link_target", 25),
        _varchar("link_description", 255),
        _varchar("link_visible", 20, "Y"),
        _ref("link_owner", 1),
        _number("link_rating", "int(11)"),
        _datetime("link_updated"),
        _varchar("link_rel", 255),
        _text("link_notes", "mediumtext"),
        _varchar("link_rss", 255),
    )
    _index(links, "link_visible", "link_visible")

    found = {
        "posts": posts,
        "postmeta": postmeta,
        "terms": terms,
        "term_taxonomy": term_taxonomy,
        "term_relationships": term_relationships,
        "termmeta": termmeta,
        "comments": comments,
        "commentmeta": commentmeta,
        "users": users,
        "usermeta": usermeta,
        "options": options,
        "links": links,
    }
    return WPTables(prefix=prefix, metadata=md, by_name=found, **found)
