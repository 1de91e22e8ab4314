"""``Site``: one WordPress site — its database, hooks, settings snapshot and REST server.

Options are read in one query and kept for ``options_ttl`` seconds (and dropped at once after a
write through this process), so a request costs no option queries in the common case while
several workers still see each other's changes quickly.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from broadsheet.content.post_types import PostTypeRegistry
from broadsheet.content.statuses import StatusRegistry
from broadsheet.content.taxonomies import TaxonomyRegistry
from broadsheet.hooks import Hooks
from broadsheet.storage.engine import Database
from broadsheet.storage.phpserial import maybe_unserialize

DEFAULT_DATABASE_URL = "sqlite:///broadsheet.db"


class OptionValues(dict[str, Any]):
    """All option rows of a site, unserialised on first access (``rewrite_rules`` is big and rarely read)."""

    def __init__(self, raw: dict[str, str]) -> None:
        super().__init__()
        self._raw = raw

    def __missing__(self, name: str) -> Any:
        if name not in self._raw:
            raise KeyError(name)
        value = self[name] = maybe_unserialize(self._raw[name])
        return value

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name: object) -> bool:
        return name in self._raw


def load_all_options(db: Database, conn: Any) -> OptionValues:
    """Every row of the options table in one query (small on real sites; no per-option queries later)."""
    from sqlalchemy import select

    t = db.tables.options
    return OptionValues({name: value for name, value in conn.execute(select(t.c.option_name, t.c.option_value))})


@dataclass
class SiteConfig:
    """Process settings that WordPress keeps in wp-config.php."""

    database_url: str = DEFAULT_DATABASE_URL
    table_prefix: str = "wp_"
    options_ttl: float = 1.0
    #: WP_ENVIRONMENT_TYPE; "local" makes Application Passwords available over plain HTTP.
    environment_type: str = "local"
    #: Emit WordPress's 401 errors for bad Basic credentials instead of falling back to anonymous.
    strict_basic_auth: bool = False
    #: wp-config's AUTH_KEY … NONCE_SALT; missing ones fall back to (generated) options, as WordPress.
    secret_keys: dict[str, str] = field(default_factory=dict)
    #: Slow down, then refuse, repeated failed logins (``broadsheet.auth.throttle``); None: off, as WordPress.
    login_throttle: Any = None
    #: Where uploaded media live on local disk (``wp-content/uploads``); None: uploads are refused.
    uploads_dir: str | None = None
    #: Largest accepted upload in bytes (``wp_max_upload_size``); None: the media controller's default.
    max_upload_size: int | None = None
    #: ``host:port`` that HTTP requests to the site's own host connect to (loopback checks behind a
    #: proxy, or a test server); None: the host in the URL.
    loopback_address: str | None = None


@dataclass
class DataContext:
    """Per-request state: the connection, the options snapshot and identity caches."""

    site: Site
    conn: Any
    options: dict[str, Any]
    posts: dict[int, Any] = field(default_factory=dict)
    users: dict[int, Any] = field(default_factory=dict)
    terms: dict[int, Any] = field(default_factory=dict)
    target_hints: dict[str, Any] = field(default_factory=dict)
    embed_cache: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    #: What lives as long as the HTTP request, as WordPress's controller instances and globals do:
    #: a batch hands it on to the fresh context of each sub-request.
    request_state: dict[str, Any] = field(default_factory=dict)

    def auth_store(self) -> Any:
        """The request's ``AuthStore`` (users, usermeta, salts), created on first use."""
        store = self.extra.get("auth_store")
        if store is None:
            from broadsheet.auth.store import AuthStore

            store = self.extra["auth_store"] = AuthStore(
                self.conn, self.site.db.tables, option_values=self.options,
                config_salts=self.site.config.secret_keys or None)
        return store


class Site:
    """A site served by broadsheet: wires storage, hooks and the REST server together."""

    def __init__(self, db: Database, config: SiteConfig | None = None, hooks: Hooks | None = None) -> None:
        self.db = db
        self.config = config or SiteConfig()
        self.hooks = hooks or Hooks()
        self.post_types = PostTypeRegistry()
        self.taxonomies = TaxonomyRegistry()
        self.statuses = StatusRegistry()
        self._options: dict[str, Any] | None = None
        self._options_at = 0.0
        self._lock = threading.Lock()
        self._formatting: Any = None
        #: REST base URL ("{home}/wp-json" or "{home}/index.php?rest_route="), derived from the options snapshot.
        self._rest_base: str | None = None
        #: Objects whose ``settings`` follow the site's options (the settings-bound default filters).
        self.settings_followers: list[Any] = []
        from broadsheet.rest.server import RestServer

        self.rest = RestServer(self)

    # -- options ------------------------------------------------------------------------
    def options(self, conn: Any = None) -> dict[str, Any]:
        """All options (unserialised on access), refreshed after ``options_ttl`` seconds."""
        now = time.monotonic()
        stale = self._options is None or now - self._options_at > self.config.options_ttl
        if stale and conn is None and self._options is not None:
            # Mid-request callers (URLs, settings) keep the request's snapshot: reloading through a
            # second pooled connection would wait on the request's own write lock (SQLite).
            return self._options
        if stale:
            with self._lock:
                if conn is None:
                    with self.db.engine.connect() as own:
                        self._options = load_all_options(self.db, own)
                else:
                    self._options = load_all_options(self.db, conn)
                self._options_at = now
                self._formatting = None
                self._rest_base = None
                for follower in self.settings_followers:
                    follower.settings = self.formatting_settings()
        return self._options

    def formatting_settings(self) -> Any:
        """``FormattingSettings`` from the options: home, siteurl, smilies, permalink structure."""
        if self._formatting is None:
            from broadsheet.formatting.settings import FormattingSettings

            options = self._options if self._options is not None else self.options()
            self._formatting = FormattingSettings(
                home=str(options.get("home") or "").rstrip("/"),
                siteurl=str(options.get("siteurl") or "").rstrip("/"),
                use_smilies=str(options.get("use_smilies", "1")) not in ("", "0"),
                permalink_structure=str(options.get("permalink_structure") or ""),
            )
        return self._formatting

    def option(self, name: str, default: Any = None) -> Any:
        return self.options().get(name, default)

    def invalidate_options(self) -> None:
        """Mark the options snapshot stale (after a write): the next request start reloads it."""
        self._options_at = float("-inf")

    # -- URLs ---------------------------------------------------------------------------
    @property
    def home(self) -> str:
        return str(self.option("home", "")).rstrip("/")

    @property
    def siteurl(self) -> str:
        return str(self.option("siteurl", "")).rstrip("/")

    def pretty_permalinks(self) -> bool:
        return bool(self.option("permalink_structure", ""))

    def rest_url(self, path: str = "/") -> str:
        """``rest_url()``: pretty ``{home}/wp-json{path}`` or plain ``{home}/index.php?rest_route={path}``."""
        path = "/" + path.lstrip("/")
        base = self._rest_base
        if base is None or self._options is None:
            # Links call this a dozen times per item: keep the base until the options are reloaded.
            base = f"{self.home}/wp-json" if self.pretty_permalinks() else f"{self.home}/index.php?rest_route="
            self._rest_base = base
        return base + path

    def application_passwords_available(self) -> bool:
        """``wp_is_application_passwords_available``: HTTPS site, or a ``local`` environment."""
        return self.config.environment_type == "local" or self.siteurl.startswith("https://")

    def context(self, conn: Any) -> DataContext:
        return DataContext(site=self, conn=conn, options=self.options(conn))
