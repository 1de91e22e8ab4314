"""``broadsheet`` entry point: ``init``, ``serve``, ``db dump`` / ``db restore``, ``user``, ``cron``."""

from __future__ import annotations

import argparse
import os
import sys

from broadsheet.site import DEFAULT_DATABASE_URL


def database_url(args: argparse.Namespace) -> str:
    """``--database-url``, else ``BROADSHEET_DATABASE_URL``, else SQLite in the current folder."""
    return args.database_url or os.environ.get("BROADSHEET_DATABASE_URL") or DEFAULT_DATABASE_URL


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="broadsheet", description="The WordPress content platform, in Python.")
    parser.add_argument("--database-url", help=f"SQLAlchemy URL of the site's database (default {DEFAULT_DATABASE_URL})")
    parser.add_argument("--table-prefix", default=os.environ.get("BROADSHEET_TABLE_PREFIX", "wp_"))
    commands = parser.add_subparsers(dest="command", required=True)

    init = commands.add_parser("init", help="create the WordPress tables and a fresh site (idempotent)")
    _add_install_args(init)

    serve = commands.add_parser("serve", help="serve the REST API (initialises an empty database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--http", choices=("auto", "h11", "httptools"), default="auto",
                       help="uvicorn's HTTP parser (auto: httptools when installed, about 4x h11 on small responses)")
    serve.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn",
                       help="ASGI server; granian must be installed (not a dependency; see bench/README.md)")
    serve.add_argument("--demo", action="store_true", help="add a little demo content to a new site")
    _add_install_args(serve)

    db = commands.add_parser("db", help="dump or restore every table as one JSON file")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    dump = db_commands.add_parser("dump", help="write every table of the site to FILE")
    dump.add_argument("file")
    restore = db_commands.add_parser("restore", help="replace the site's tables with FILE (all or nothing)")
    restore.add_argument("file")
    user = commands.add_parser("user", help="manage users")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    app_password = user_commands.add_parser(
        "app-password", help="create an Application Password for LOGIN (printed once) to use over HTTP Basic")
    app_password.add_argument("login")
    app_password.add_argument("name", nargs="?", default="broadsheet-cli")
    commands.add_parser("cron", help="publish scheduled posts whose time has come (run every minute)")
    return parser


def _add_install_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", default=None, help="site URL (default http://HOST:PORT or http://127.0.0.1:8080)")
    parser.add_argument("--title", default="Broadsheet")
    parser.add_argument("--admin-user", default="admin")
    parser.add_argument("--admin-email", default="admin@example.org")
    parser.add_argument("--admin-password", default=None, help="default: generated and printed once")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from broadsheet.cli import commands

    handler = {"init": commands.init, "serve": commands.serve, "db": commands.db, "user": commands.user,
               "cron": commands.cron}[args.command]
    try:
        return handler(args, database_url(args))
    except commands.CommandError as error:
        print(f"broadsheet: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
