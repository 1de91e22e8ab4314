"""Build a ready ``Site``: database, default filters, REST routes and authentication."""

from __future__ import annotations

from broadsheet.site import Site, SiteConfig
from broadsheet.storage.engine import Database


def build_site(config: SiteConfig) -> Site:
    """A Site for ``config``: opens the database and registers everything core registers."""
    db = Database.from_url(config.database_url, prefix=config.table_prefix)
    site = Site(db, config)
    register_defaults(site)
    return site


def register_defaults(site: Site) -> None:
    """Core's default filters (content chains), routes and authentication, like default-filters.php."""
    from broadsheet.formatting.chains import register_default_filters
    from broadsheet.formatting.comment_chain import register_comment_filters
    from broadsheet.formatting.settings import FormattingSettings

    # Settings-bound filters follow the site's options (home, smilies) as they are reloaded.
    site.settings_followers.append(register_default_filters(site.hooks, FormattingSettings()))
    site.settings_followers.append(register_comment_filters(site.hooks, FormattingSettings()))
    from broadsheet.rest.controllers import register_routes

    register_routes(site.rest)
    site.hooks.do_action("rest_api_init", site.rest)
    try:
        from broadsheet.rest.authentication import authenticate_request
    except ImportError:
        pass
    else:
        site.rest.authenticate = authenticate_request
