"""dump/restore: the oracle's format byte for byte on every backend, all-or-nothing restores."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

import broadsheet.storage.dump as dump_module
from broadsheet.storage.dump import DumpError, dump, dumps, restore
from broadsheet.storage.dumpfile import php_json
from broadsheet.storage.engine import Database
from tests.backends import BACKENDS, fresh_database
from tests.conftest import ORACLE

FIXTURE_PATH = ORACLE / "fixture-db.json"
FIXTURE_TEXT = FIXTURE_PATH.read_text("utf-8")


def _fixture() -> dict[str, Any]:
    return json.loads(FIXTURE_TEXT)


def _write(tmp_path: Path, data: dict[str, Any] | str) -> Path:
    path = tmp_path / "dump.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_php_json_matches_php_escaping() -> None:
    assert php_json(["a/b", "é", "\u2028", 'q"\\', "\x01\n", 5, None]) == (
        '["a/b","é","\\u2028","q\\"\\\\","\\u0001\\n",5,null]'
    )


def test_restore_then_dump_reproduces_fixture_db_byte_for_byte(db: Database) -> None:
    # A fresh database: the shared fixture_db may carry other tests' last_used stamps.
    restore(db, FIXTURE_PATH)
    assert dumps(db) == FIXTURE_TEXT


def test_dump_to_path_and_file_objects(db: Database, tmp_path: Path) -> None:
    restore(db, FIXTURE_PATH)
    fixture_db = db
    target = tmp_path / "out.json"
    dump(fixture_db, target)
    assert target.read_text("utf-8") == FIXTURE_TEXT
    text_buffer, byte_buffer = io.StringIO(), io.BytesIO()
    dump(fixture_db, text_buffer)
    dump(fixture_db, byte_buffer)
    assert text_buffer.getvalue() == FIXTURE_TEXT
    assert byte_buffer.getvalue() == FIXTURE_TEXT.encode("utf-8")


def test_restore_sets_next_ids_from_schema(db: Database) -> None:
    restore(db, FIXTURE_PATH)
    t = db.tables
    with db.engine.begin() as conn:
        post_id = conn.execute(insert(t.posts).values(post_title="new")).inserted_primary_key[0]
        comment_id = conn.execute(insert(t.comments).values(comment_post_ID=1)).inserted_primary_key[0]
        link_id = conn.execute(insert(t.links).values(link_url="http://x.test")).inserted_primary_key[0]
    assert (post_id, comment_id, link_id) == (2560889, 121, 1)


def test_restore_replaces_previous_contents(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(db.tables.options).values(option_name="stale", option_value="x", autoload="on"))
    report = restore(db, FIXTURE_PATH)
    assert report.rows == sum(len(t["rows"]) for t in _fixture()["tables"].values())
    assert dumps(db) == FIXTURE_TEXT


def _assert_untouched(db: Database, before: str) -> None:
    assert dumps(db) == before


@pytest.fixture(scope="module", params=BACKENDS)
def restored(request: pytest.FixtureRequest) -> Iterator[Database]:
    """fixture-db.json restored once per backend for the refused-restore tests (which must not change it)."""
    with fresh_database(request.param) as database:
        restore(database, FIXTURE_PATH)
        yield database


@pytest.mark.parametrize("cut", [10, len(FIXTURE_TEXT) // 2, len(FIXTURE_TEXT) - 3])
def test_truncated_file_raises_and_leaves_database_intact(restored: Database, tmp_path: Path, cut: int) -> None:
    db = restored
    before = dumps(db)
    with pytest.raises(DumpError, match="invalid JSON .* line \\d+ column \\d+"):
        restore(db, _write(tmp_path, FIXTURE_TEXT[:cut]))
    _assert_untouched(db, before)


@pytest.mark.parametrize(
    ("table", "row", "column", "value", "message"),
    [
        pytest.param("wp_posts", 5, "post_author", "one", "expected an integer", id="string-in-int"),
        pytest.param("wp_posts", 7, "post_date", "2024-13", "expected a datetime", id="bad-datetime"),
        pytest.param("wp_users", 2, "user_login", None, "NULL in a NOT NULL column", id="null"),
        pytest.param("wp_terms", 3, "name", "x" * 201, "longer than varchar\\(200\\)", id="too-long"),
        pytest.param("wp_options", 4, "option_id", 2, "duplicate primary key", id="duplicate-pk"),
        pytest.param("wp_options", 9, "option_name", "siteurl", "duplicate unique key", id="duplicate-unique"),
        pytest.param("wp_postmeta", 1, "meta_value", 3.5, "expected a string", id="float"),
    ],
)
def test_one_bad_row_names_table_row_and_column_and_changes_nothing(
    restored: Database, tmp_path: Path, table: str, row: int, column: str, value: Any, message: str
) -> None:
    db = restored
    before = dumps(db)
    data = _fixture()
    columns = data["tables"][table]["columns"]
    data["tables"][table]["rows"][row][columns.index(column)] = value
    with pytest.raises(DumpError, match=f"table {table}, row {row}.*{message}") as info:
        restore(db, _write(tmp_path, data))
    if "duplicate" not in message:
        assert f"column {column}" in str(info.value)
    _assert_untouched(db, before)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        pytest.param(lambda d: d.update(format="other"), "not a broadsheet-tables file", id="format"),
        pytest.param(lambda d: d.update(version=2), "unsupported broadsheet-tables version", id="version"),
        pytest.param(lambda d: d.update(prefix="xx_"), "prefix of the file", id="prefix"),
        pytest.param(lambda d: d["tables"].pop("wp_posts"), "lacks the WordPress table", id="missing-table"),
        pytest.param(lambda d: d["tables"]["wp_terms"]["columns"].append("extra"), "columns differ", id="columns"),
        pytest.param(lambda d: d["tables"]["wp_terms"]["rows"][2].pop(), "row 2: has 3 values, expected 4",
                     id="row-width"),
        pytest.param(lambda d: d["schema"].pop("wp_links"), "no CREATE TABLE", id="schema"),
        pytest.param(lambda d: d["tables"].update(other_x={"columns": [], "rows": []}), "does not have the prefix",
                     id="foreign-table"),
    ],
)
def test_malformed_files_are_refused_before_any_change(restored: Database, tmp_path: Path, mutate: Any, message: str) -> None:
    db = restored
    before = dumps(db)
    data = _fixture()
    mutate(data)
    with pytest.raises(DumpError, match=message):
        restore(db, _write(tmp_path, data))
    _assert_untouched(db, before)


def test_failure_inside_the_transaction_rolls_everything_back(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    restore(db, FIXTURE_PATH)
    before = dumps(db)
    real = dump_module._insert_rows
    calls = {"n": 0}

    def failing(conn: Any, target: Any, data: Any) -> None:
        calls["n"] += 1
        if data.name == "wp_posts":
            raise RuntimeError("disk full")
        real(conn, target, data)

    monkeypatch.setattr(dump_module, "_insert_rows", failing)
    empty = _fixture()
    for body in empty["tables"].values():
        body["rows"] = body["rows"][:1]
    with pytest.raises(DumpError, match="restore failed in table wp_posts; nothing was changed: disk full"):
        restore(db, _write(tmp_path, empty))
    assert calls["n"] > 1
    _assert_untouched(db, before)


def test_plugin_tables_are_restored_on_mariadb_and_skipped_elsewhere(db: Database, tmp_path: Path) -> None:
    data = _fixture()
    data["tables"]["wp_plugin_log"] = {"columns": ["id", "msg"], "rows": [[1, "héllo"], [2, None]]}
    data["schema"]["wp_plugin_log"] = (
        "CREATE TABLE `wp_plugin_log` (\n  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n"
        "  `msg` text DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT=3"
        " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci"
    )
    path = _write(tmp_path, data)
    if db.dialect_name == "mysql":
        report = restore(db, path)
        assert "wp_plugin_log" in report.tables
        out = json.loads(dumps(db))
        assert out["tables"]["wp_plugin_log"] == data["tables"]["wp_plugin_log"]
        assert out["schema"]["wp_plugin_log"] == data["schema"]["wp_plugin_log"]
    else:
        with pytest.warns(dump_module.DumpWarning, match="wp_plugin_log"):
            report = restore(db, path)
        assert report.skipped == ["wp_plugin_log"]
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.tables.posts)).scalar() == 209


def test_transients_are_left_out_of_a_dump(db: Database) -> None:
    restore(db, FIXTURE_PATH)
    with db.engine.begin() as conn:
        conn.execute(insert(db.tables.options).values(option_name="_transient_x", option_value="1", autoload="on"))
        conn.execute(insert(db.tables.options).values(option_name="_site_transient_y", option_value="1", autoload="off"))
    names = [r[1] for r in json.loads(dumps(db))["tables"]["wp_options"]["rows"]]
    assert "_transient_x" not in names and "_site_transient_y" not in names
