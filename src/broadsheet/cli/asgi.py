"""The ASGI app uvicorn workers import: the site named by ``BROADSHEET_DATABASE_URL``."""

from __future__ import annotations

import os

from broadsheet.app import create_app
from broadsheet.site import DEFAULT_DATABASE_URL, SiteConfig

app = create_app(SiteConfig(
    database_url=os.environ.get("BROADSHEET_DATABASE_URL", DEFAULT_DATABASE_URL),
    table_prefix=os.environ.get("BROADSHEET_TABLE_PREFIX", "wp_"),
    uploads_dir=os.environ.get("BROADSHEET_UPLOADS_DIR"),
))
app.freezes_heap = True  # a long-running worker: keep full garbage collections short (app.freeze_heap)
