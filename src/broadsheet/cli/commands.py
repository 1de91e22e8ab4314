"""What each ``broadsheet`` command does."""

from __future__ import annotations

import argparse
import secrets
import sys

from broadsheet.storage.engine import Database


class CommandError(Exception):
    """A command failed in a way the user can fix; printed without a traceback."""


def _safe(db: Database) -> str:
    """The database URL without its password, for messages."""
    return db.engine.url.render_as_string(hide_password=True)


def _install_if_needed(args: argparse.Namespace, url: str, default_site_url: str) -> Database:
    from broadsheet.storage.install import install, is_installed

    db = Database.from_url(url, prefix=args.table_prefix)
    db.create_schema()
    if is_installed(db):
        return db
    password = args.admin_password or secrets.token_urlsafe(12)
    install(db, url=args.url or default_site_url, title=args.title, admin_user=args.admin_user,
            admin_email=args.admin_email, admin_password=password)
    if not args.admin_password:
        print(f"Created user {args.admin_user!r} with password: {password}")
    if getattr(args, "demo", False):
        from broadsheet.content.demo import add_demo_content

        add_demo_content(db)
    return db


def init(args: argparse.Namespace, url: str) -> int:
    db = _install_if_needed(args, url, "http://127.0.0.1:8080")
    print(f"Site ready on {_safe(db)}")
    return 0


def serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    _install_if_needed(args, url, f"http://{args.host}:{args.port}")
    import os

    os.environ["BROADSHEET_DATABASE_URL"] = url
    os.environ["BROADSHEET_TABLE_PREFIX"] = args.table_prefix
    # Media go to wp-content/uploads beside the database file (or the current folder), as WordPress's layout.
    os.environ.setdefault("BROADSHEET_UPLOADS_DIR", os.path.abspath(os.path.join("wp-content", "uploads")))
    import importlib.util

    if getattr(args, "server", "uvicorn") == "granian":
        return _serve_granian(args)
    http = getattr(args, "http", "auto")
    if http == "auto":
        # uvicorn[standard] brings httptools (about 4x h11 on small answers); h11 stays the fallback.
        http = "httptools" if importlib.util.find_spec("httptools") is not None else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") is not None else "asyncio"
    print(f"Serving http://{args.host}:{args.port}/wp-json/ ({args.workers} worker(s), {http}, {loop})",
          file=sys.stderr)
    uvicorn.run("broadsheet.cli.asgi:app", host=args.host, port=args.port, workers=args.workers,
                http=http, loop=loop, log_level="warning", access_log=False, factory=False)
    return 0


def _serve_granian(args: argparse.Namespace) -> int:
    """``serve --server granian``: the same ASGI app under granian (measured ~1.5x uvicorn on posts/17)."""
    try:
        from granian import Granian
        from granian.constants import Interfaces
    except ImportError as error:
        raise CommandError("--server granian needs granian: pip install granian") from error
    print(f"Serving http://{args.host}:{args.port}/wp-json/ ({args.workers} worker(s), granian)", file=sys.stderr)
    Granian("broadsheet.cli.asgi:app", address=args.host, port=args.port, interface=Interfaces.ASGI,
            workers=args.workers, log_level="warning").serve()  # type: ignore[arg-type]
    return 0


def db(args: argparse.Namespace, url: str) -> int:
    from broadsheet.storage.dump import DumpError, dump, restore

    database = Database.from_url(url, prefix=args.table_prefix)
    try:
        if args.db_command == "dump":
            dump(database, args.file)
            print(f"Dumped {_safe(database)} to {args.file}")
        else:
            database.create_schema()
            restore(database, args.file)
            print(f"Restored {args.file} into {_safe(database)}")
    except DumpError as error:
        raise CommandError(str(error)) from error
    except OSError as error:
        raise CommandError(f"{args.file}: {error.strerror}") from error
    return 0


def user(args: argparse.Namespace, url: str) -> int:
    """``broadsheet user app-password LOGIN [NAME]``: a new Application Password, shown once."""
    from broadsheet.auth.store import AuthStore

    database = Database.from_url(url, prefix=args.table_prefix)
    with database.engine.begin() as conn:
        store = AuthStore(conn, database.tables)
        account = store.get_user_by("login", args.login) or store.get_user_by("email", args.login)
        if account is None:
            raise CommandError(f"no user {args.login!r}")
        result = store.create_application_password(account.ID, args.name)
        if not isinstance(result, tuple):
            raise CommandError(result.message)
        plain, item = result
    print(f"Application Password {item['name']!r} for {account.user_login}: {plain}")
    print("Use it over HTTP Basic, e.g. curl -u 'LOGIN:PASSWORD' …/wp-json/wp/v2/users/me")
    return 0


def cron(args: argparse.Namespace, url: str) -> int:
    """``broadsheet cron``: publish the scheduled posts whose time has come (run it from a timer)."""
    from broadsheet.bootstrap import build_site
    from broadsheet.content.future_posts import run_cron
    from broadsheet.site import SiteConfig

    site = build_site(SiteConfig(database_url=url, table_prefix=args.table_prefix))
    with site.db.engine.begin() as conn:
        published = run_cron(conn, site, site.options(conn))
    print(f"Published {len(published)} scheduled post(s)" + (f": {', '.join(map(str, published))}" if published else ""))
    return 0
