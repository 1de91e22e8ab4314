"""Site Health's loopback, page-cache and background-updates tests, url-details and export.

``tests/golden/cases-health-editor.jsonl`` (``make_cases_health_editor.py``) is replayed on a freshly
restored site per backend while a local HTTP server started here plays the site's host
(``SiteConfig.loopback_address``): it serves the pages of ``tests/golden/url-details/`` at
``/bs-url-details/`` (as the oracle's nginx did while recording) and passes every other request to
the broadsheet app itself, so loopback requests really go over HTTP to broadsheet. No request
leaves the machine.

What depends on the machine rather than on the rules is compared here, not in the goldens:

- ``page-cache`` (admin): the oracle timed its own home page; broadsheet serves no home page (404),
  so it answers "Unable to detect the presence of page cache" with WordPress's error wording;
- ``background-updates`` (admin): the oracle's list describes its Debian PHP install; broadsheet's
  describes its own (no updater, version control, file ownership); status and label agree;
- ``export`` (admin): the oracle's PHP lacks ``ZipArchive`` (500 ``missing_zip_package``); broadsheet
  sends the zip, whose contents are checked against what the oracle would have zipped
  (``export-contents.json``, written by ``export_contents.php`` from the oracle's own functions).
"""

from __future__ import annotations

import io
import json
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests import golden_replay
from tests.backends import BACKENDS

CASES = golden_replay.RECORDED / "cases-health-editor.jsonl"
GOLDENS = golden_replay.RECORDED / "golden-health-editor.jsonl"
PAGES = golden_replay.RECORDED / "url-details"
EXPORT_CONTENTS = golden_replay.RECORDED / "export-contents.json"
#: Cases whose answer differs by nature (see the module docstring); each is checked by a test below.
MACHINE_DEPENDENT = {"export-admin"}


class _SiteHost(BaseHTTPRequestHandler):
    """The site's host: static test pages under ``/bs-url-details/``, the broadsheet app for the rest."""

    app: Any = None
    extra: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        if parts.path in self.extra:
            status, headers, data = self.extra[parts.path]
        elif parts.path.startswith("/bs-url-details/"):
            page = PAGES / parts.path.rsplit("/", 1)[-1]
            status, headers = (200, [("Content-Type", "text/html")]) if page.is_file() else (404, [])
            data = page.read_bytes() if page.is_file() else b"<html>404 Not Found</html>"
        else:
            response = self.app.handle(self.command, parts.path, parts.query,
                                       {k.lower(): v for k, v in self.headers.items()}, body)
            status, headers, data = response.status, response.headers, response.body
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in ("content-length", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def site_host(app: Any, extra: dict[str, tuple[int, list[tuple[str, str]], bytes]] | None = None) -> Iterator[str]:
    """A local server playing the site's host for ``app``; yields its ``host:port``."""
    handler = type("Host", (_SiteHost,), {"app": app, "extra": extra or {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    address = f"127.0.0.1:{server.server_address[1]}"
    previous = app.site.config.loopback_address
    app.site.config.loopback_address = address
    try:
        yield address
    finally:
        app.site.config.loopback_address = previous
        server.shutdown()
        server.server_close()


def _get(app: Any, path: str, query: str = "", auth: str | None = "admin") -> Any:
    headers = {"host": "127.0.0.1:8881"}
    if auth:
        headers["authorization"] = golden_replay.record.auth_header(auth, golden_replay.credentials())
    return app.handle("GET", path, query, headers, b"")


def _golden(name: str) -> dict[str, Any]:
    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    return goldens[name]  # type: ignore[no-any-return]


@pytest.mark.parametrize("backend", BACKENDS)
def test_golden_health_editor_cases_replay(backend: str) -> None:
    """Every recorded case in file order, the site's host played by a local server."""
    from tests.rest.conftest import fixture_site_app

    goldens, _ = golden_replay.compare.load(str(GOLDENS))
    failures: list[str] = []
    with fixture_site_app(backend) as app, site_host(app):
        for case in golden_replay.record.read_cases(str(CASES)):
            if case["name"] in MACHINE_DEPENDENT:
                continue
            diffs = golden_replay.differences(goldens[case["name"]], golden_replay.run_case(app, case))
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
    assert not failures, "\n".join(failures)


# -- page cache ---------------------------------------------------------------------------------------
def _description_intro(description: str) -> str:
    return description.split("<ul>", 1)[0]


def test_page_cache_reports_that_broadsheet_serves_no_home_page(sqlite_site_app: Any) -> None:
    golden = _golden("health-page-cache-admin")["body"]
    with site_host(sqlite_site_app):
        body = json.loads(_get(sqlite_site_app, "/wp-json/wp-site-health/v1/tests/page-cache").body)
    assert list(body) == list(golden)
    assert {k: body[k] for k in ("badge", "test", "actions")} == {k: golden[k] for k in ("badge", "test", "actions")}
    assert (body["status"], body["label"]) == ("recommended", "Unable to detect the presence of page cache")
    assert body["description"] == (
        "<p>Unable to detect page cache due to possible loopback request problem. Please verify that the loopback "
        "request test is passing. Error: Not Found (Code: http_404)</p>" + _description_intro(golden["description"]))


def _page_cache(app: Any, home: tuple[int, list[tuple[str, str]], bytes]) -> dict[str, Any]:
    with site_host(app, {"/": home}):
        return json.loads(_get(app, "/wp-json/wp-site-health/v1/tests/page-cache").body)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("headers", "status", "label", "item"), [
    pytest.param([], "recommended", "Page cache is not detected but the server response time is OK",
                 "No client caching response headers were detected.", id="no-headers"),
    pytest.param([("Cache-Control", "public, max-age=600"), ("X-Cache", "MISS, HIT"), ("Age", "0")], "good",
                 "Page cache is detected and the server response time is good",
                 "There were 2 client caching response headers detected: <code>cache-control</code>, "
                 "<code>x-cache</code>.", id="cache-control-and-hit"),
    pytest.param([("ETag", '"abc"')], "good", "Page cache is detected and the server response time is good",
                 "There was 1 client caching response header detected: <code>etag</code>.", id="etag-present"),
    pytest.param([("Cache-Control", "max-age=0"), ("X-Varnish", "123")], "recommended",
                 "Page cache is not detected but the server response time is OK",
                 "No client caching response headers were detected.", id="values-without-cache"),
])
def test_page_cache_reads_the_home_pages_caching_headers(sqlite_site_app: Any, headers: list[tuple[str, str]],
                                                        status: str, label: str, item: str) -> None:
    body = _page_cache(sqlite_site_app, (200, headers, b"<html>home</html>"))
    assert (body["status"], body["label"]) == (status, label)
    assert item in body["description"]
    assert ("A page cache plugin was not detected." in body["description"]) == (status != "good")
    assert "Median server response time was " in body["description"]


def test_page_cache_and_loopback_name_the_request_error(sqlite_site_app: Any) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"127.0.0.1:{probe.getsockname()[1]}"
    sqlite_site_app.site.config.loopback_address = closed
    try:
        cache = json.loads(_get(sqlite_site_app, "/wp-json/wp-site-health/v1/tests/page-cache").body)
        loop = json.loads(_get(sqlite_site_app, "/wp-json/wp-site-health/v1/tests/loopback-requests").body)
    finally:
        sqlite_site_app.site.config.loopback_address = None
    assert cache["status"] == "recommended" and "(Code: http_request_failed)</p>" in cache["description"]
    assert (loop["status"], loop["label"]) == ("critical", "Your site could not complete a loopback request")
    assert loop["description"].endswith("(http_request_failed)</p>")
    assert "<p>The loopback request to your site failed, this means features relying on them are not currently " \
           "working as expected.<br>Error: " in loop["description"]


def test_loopback_answered_with_an_error_status_is_a_recommendation(sqlite_site_app: Any) -> None:
    with site_host(sqlite_site_app, {"/wp-json/": (503, [], b"busy")}):
        body = json.loads(_get(sqlite_site_app, "/wp-json/wp-site-health/v1/tests/loopback-requests").body)
    assert body["status"] == "recommended"
    assert body["description"].endswith("<p>The loopback request returned an unexpected http status code, 503, it was "
                                        "not possible to determine if this will prevent features from working as "
                                        "expected.</p>")


# -- background updates ---------------------------------------------------------------------------------
def test_background_updates_describe_broadsheets_installation(sqlite_site_app: Any) -> None:
    from broadsheet.rest.controllers import site_health_updates as updates

    golden = _golden("health-background-updates-admin")["body"]
    body = json.loads(_get(sqlite_site_app, "/wp-json/wp-site-health/v1/tests/background-updates").body)
    assert {k: v for k, v in body.items() if k != "description"} == {k: v for k, v in golden.items()
                                                                     if k != "description"}
    assert body["description"].startswith(_description_intro(golden["description"]) + "<ul><li>")
    assert '<span class="dashicons fail"><span class="screen-reader-text">Error</span></span> All automatic ' \
           "updates are disabled.</li>" in body["description"]
    vcs = updates.test_vcs_abspath(updates.installation_dir())[1]
    assert f" {vcs}</li>" in body["description"]


def test_version_control_is_found_in_a_parent_directory(tmp_path: Path) -> None:
    from broadsheet.rest.controllers.site_health_updates import test_vcs_abspath

    (tmp_path / "a" / "b").mkdir(parents=True)
    assert test_vcs_abspath(tmp_path / "a" / "b")[0] == "pass" or (Path("/") / ".git").is_dir()
    (tmp_path / ".hg").mkdir()
    severity, text = test_vcs_abspath(tmp_path / "a" / "b")
    assert severity == "warning"
    assert text == f"The folder <code>{tmp_path}/</code> was detected as being under version control (<code>.hg</code>)."


def test_files_writable_by_the_process_fail_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.rest.controllers import site_health_updates as updates

    names = [f"pkg/m{i}.py" for i in range(22)]
    (tmp_path / "pkg").mkdir()
    for name in names:
        (tmp_path / name).write_text("x")
    monkeypatch.setattr(updates, "installed_files", lambda root: names)
    severity, text = updates.test_all_files_unwritable(tmp_path)  # type: ignore[misc]
    assert severity == "fail"
    assert text.startswith("Some files are writable by WordPress: <ul><li>pkg/m0.py</li>")
    assert text.endswith("<li>pkg/m19.py</li><li>...</li></ul>")
    monkeypatch.setattr(updates, "installed_files", lambda root: None)
    assert updates.test_all_files_unwritable(tmp_path) is None  # a source checkout: nothing to compare with


# -- url details --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("relative", "base", "expected"), [
    pytest.param("/a/b.png", "http://h.test/", "http://h.test/a/b.png", id="root-relative"),
    pytest.param("b.png", "http://h.test/x/y.html", "http://h.test/x/b.png", id="relative"),
    pytest.param("../c.png", "http://h.test/x/y/z.html", "http://h.test/x/c.png", id="dot-dot"),
    pytest.param("../i/../c.png", "http://h.test/", "http://h.test/i/../c.png", id="dot-dot-at-root"),
    pytest.param("//cdn.test:81/p.png", "https://h.test/", "https://cdn.test:81/p.png", id="protocol-relative"),
    pytest.param("https://o.test/p", "http://h.test/", "https://o.test/p", id="absolute"),
    pytest.param("?q=1#f", "http://h.test:8/a/b", "http://h.test:8/a/b?q=1#f", id="query-only"),
])
def test_make_absolute_url_as_wordpress(relative: str, base: str, expected: str) -> None:
    from broadsheet.rest.controllers.url_details import make_absolute_url

    assert make_absolute_url(relative, base) == expected


def test_url_details_follows_redirects_only_to_allowed_hosts(sqlite_site_app: Any) -> None:
    pages = {"/go-local": (302, [("Location", "http://10.0.0.1/")], b""),
             "/go-page": (301, [("Location", "http://127.0.0.1:8881/bs-url-details/full.html")], b"")}
    with site_host(sqlite_site_app, pages):
        blocked = _get(sqlite_site_app, "/wp-json/wp-block-editor/v1/url-details", "url=http://127.0.0.1:8881/go-local")
        followed = _get(sqlite_site_app, "/wp-json/wp-block-editor/v1/url-details", "url=http://127.0.0.1:8881/go-page")
    assert blocked.status == 404 and json.loads(blocked.body)["code"] == "no_response"
    assert followed.status == 200 and json.loads(followed.body)["title"] == "A full page & its preview"


def test_url_details_reads_at_most_150_kb(sqlite_site_app: Any) -> None:
    late = b"<html><head>" + b" " * (150 * 1024) + b"<title>Too late</title></head></html>"
    with site_host(sqlite_site_app, {"/big": (200, [("Content-Type", "text/html")], late)}):
        response = _get(sqlite_site_app, "/wp-json/wp-block-editor/v1/url-details", "url=http://127.0.0.1:8881/big")
    assert response.status == 200 and json.loads(response.body)["title"] == ""


def test_url_details_keeps_a_fetched_page_for_an_hour_in_a_site_transient(sqlite_site_app: Any) -> None:
    """As the oracle stored it: ``_site_transient_g_url_details_response_<md5>`` (autoload off) and its
    timeout an hour ahead; a second request answers from it, an expired one fetches again."""
    import hashlib
    import time

    from broadsheet.storage.options import Options

    site = sqlite_site_app.site
    name = "g_url_details_response_" + hashlib.md5(b"http://127.0.0.1:8881/changing").hexdigest()
    first = b"<html><head><title>First</title></head></html>"
    pages = {"/changing": (200, [("Content-Type", "text/html")], first)}
    query = "url=http://127.0.0.1:8881/changing/"
    with site_host(sqlite_site_app, pages):
        before = int(time.time())
        assert json.loads(_get(sqlite_site_app, "/wp-json/wp-block-editor/v1/url-details", query).body)["title"] == "First"
        pages["/changing"] = (200, [("Content-Type", "text/html")], first.replace(b"First", b"Second"))
        assert json.loads(_get(sqlite_site_app, "/wp-json/wp-block-editor/v1/url-details", query).body)["title"] == "First"
        o = site.db.tables.options
        with site.db.engine.connect() as conn:
            rows = {r.option_name: (r.option_value, r.autoload) for r in conn.execute(
                o.select().where(o.c.option_name.like(f"%{name}")))}
        assert rows[f"_site_transient_{name}"] == (first.decode(), "off")
        timeout, autoload = rows[f"_site_transient_timeout_{name}"]
        assert autoload == "off" and before + 3600 <= int(timeout) <= int(time.time()) + 3600
        with site.db.engine.begin() as conn:
            Options(site.db, conn).update(f"_site_transient_timeout_{name}", before - 1)
        assert json.loads(_get(sqlite_site_app, "/wp-json/wp-block-editor/v1/url-details", query).body)["title"] == "Second"


# -- export ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("backend", BACKENDS)
def test_export_zips_what_wordpress_would(backend: str) -> None:
    from tests.rest.conftest import fixture_site_app

    expected = json.loads(EXPORT_CONTENTS.read_text(encoding="utf-8"))
    assert _golden("export-admin")["body"]["code"] == "missing_zip_package"  # the oracle's PHP cannot zip
    with fixture_site_app(backend) as app:
        response = _get(app, "/wp-json/wp-block-editor/v1/export")
        stylesheet = str(app.site.option("stylesheet"))
    headers = dict(response.headers)
    assert response.status == 200 and headers["Content-Type"] == "application/zip"
    assert headers["Content-Disposition"] == "attachment; filename=twentytwentyfive.zip"
    archive = zipfile.ZipFile(io.BytesIO(response.body))
    names = archive.namelist()
    assert names[:2] == ["templates/", "parts/"] and len(names) == len(set(names))
    generated = expected["templates"] + expected["parts"]
    for name, content in generated:
        assert archive.read(name).decode("utf-8") == content, name
    assert archive.read("theme.json").decode("utf-8") == expected["theme.json"]
    # broadsheet bundles the theme's data files, not its PHP, fonts or images: every file it has is one
    # WordPress would export, byte for byte as bundled.
    files = [n for n in names if not n.endswith("/")]
    wordpress_files = set(expected["theme_files"]) | {n for n, _ in generated} | {"theme.json"}
    assert set(files) <= wordpress_files
    from broadsheet.themes.theme import get_theme

    theme = get_theme(stylesheet)
    assert theme is not None
    for name in files:
        if name != "theme.json" and not name.startswith(("templates/", "parts/")):
            assert archive.read(name) == (theme.directory / name).read_bytes(), name
    assert {"style.css", "patterns/footer.php", "styles/01-evening.json"} <= set(files)
    assert "manifest.json" not in files


def test_exported_templates_lose_the_template_parts_theme() -> None:
    from broadsheet.themes.export import template_export_content

    content = ('<!-- wp:template-part {"slug":"header","theme":"twentytwentyfive","tagName":"header"} /-->'
               '<!-- wp:group --><div><!-- wp:template-part {"slug":"footer","theme":"x"} /--></div><!-- /wp:group -->'
               '<!-- wp:paragraph {"theme":"kept"} --><p>p</p><!-- /wp:paragraph -->')
    assert template_export_content(content) == (
        '<!-- wp:template-part {"slug":"header","tagName":"header"} /-->'
        '<!-- wp:group --><div><!-- wp:template-part {"slug":"footer"} /--></div><!-- /wp:group -->'
        '<!-- wp:paragraph {"theme":"kept"} --><p>p</p><!-- /wp:paragraph -->')


def test_export_answers_the_zip_even_under_envelope(sqlite_site_app: Any) -> None:
    response = _get(sqlite_site_app, "/wp-json/wp-block-editor/v1/export", "_envelope=1")
    assert response.status == 200 and response.body[:2] == b"PK"


def test_hostile_queries_as_admin_never_fail_with_a_500(sqlite_site_app: Any) -> None:
    """The five routes as an administrator with junk, nested and typed params (the shared fuzz test is anonymous)."""
    from urllib.parse import quote

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    paths = ["/wp-json/wp-block-editor/v1/url-details", "/wp-json/wp-block-editor/v1/export",
             "/wp-json/wp-site-health/v1/tests/background-updates", "/wp-json/wp-site-health/v1/tests/loopback-requests",
             "/wp-json/wp-site-health/v1/tests/page-cache"]
    names = ["url", "url[]", "url[x]", "_fields", "_envelope", "context", "_embed"]
    values = st.sampled_from(["", "0", "1", "[]", "http://", "http://127.0.0.1:8881", "http://127.0.0.1:8881/%00",
                              "http://127.0.0.1:8881/bs-url-details/full.html#x", "https://127.0.0.1:8881/",
                              "http://127.0.0.1:8881/bs-url-details/../bs-url-details/many.html", "http://[::1]/",
                              "http://127.0.0.1:8881/\u00e9", "data:text/html,<title>x</title>", "title,icon", "é"])
    headers = {"host": "127.0.0.1:8881",
               "authorization": golden_replay.record.auth_header("admin", golden_replay.credentials())}

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(paths), st.lists(st.tuples(st.sampled_from(names), values), max_size=3),
           st.sampled_from(["GET", "GET", "POST", "HEAD", "OPTIONS"]))
    def check(path: str, pairs: list[tuple[str, str]], method: str) -> None:
        query = "&".join(f"{quote(k, safe='[]')}={quote(v, safe='')}" for k, v in pairs)
        response = sqlite_site_app.handle(method, path, query, headers, b"")
        assert response.status < 500, (method, path, query, response.body[:300])

    with site_host(sqlite_site_app):
        check()


@pytest.mark.parametrize("backend", BACKENDS)
def test_export_carries_the_sites_customised_templates_and_styles(backend: str) -> None:
    """After ``cases-export-writes.jsonl`` (user styles, a customised template and part, a new
    template), the zip holds what the oracle's export would (``export-contents-writes.json``)."""
    from tests.rest.conftest import fixture_site_app

    goldens, _ = golden_replay.compare.load(str(golden_replay.RECORDED / "golden-export-writes.jsonl"))
    expected = json.loads((golden_replay.RECORDED / "export-contents-writes.json").read_text(encoding="utf-8"))
    failures = []
    with fixture_site_app(backend) as app:
        for case in golden_replay.record.read_cases(str(golden_replay.RECORDED / "cases-export-writes.jsonl")):
            actual = golden_replay.run_case(app, case)
            if case["name"] == "export-writes-theme-link":  # only run for its side effect (the styles post)
                assert actual["status"] == 200
                continue
            diffs = golden_replay.differences(goldens[case["name"]], actual)
            if diffs:
                failures.append(f"{case['name']}: " + "; ".join(diffs[:3]))
        response = _get(app, "/wp-json/wp-block-editor/v1/export")
    assert not failures, "\n".join(failures)
    archive = zipfile.ZipFile(io.BytesIO(response.body))
    for name, content in expected["templates"] + expected["parts"]:
        assert archive.read(name).decode("utf-8") == content, name
    assert archive.read("theme.json").decode("utf-8") == expected["theme.json"]
