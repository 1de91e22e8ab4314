"""Replay the oracle's request cases against broadsheet in-process and compare like ``compare.py``.

The request building (``encode_query``, ``auth_header``) and the comparison (``normalizer``,
``normalize``, ``diff``) are the oracle's own code in ``tests/data/oracle/`` (copied from
``shared/oracle/``), loaded as modules, so a case here means exactly what it means to ``record.py``.
"""

from __future__ import annotations

import base64
import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ORACLE = Path(__file__).parent / "data" / "oracle"
RECORDED = Path(__file__).parent / "golden"
#: (cases, goldens) file pairs: the oracle's core set, then cases recorded for broadsheet.
SUITES = {
    "core": (ORACLE / "cases-core.jsonl", ORACLE / "golden-core.jsonl"),
    "extra": (RECORDED / "cases-extra.jsonl", RECORDED / "golden-extra.jsonl"),
    "editor": (RECORDED / "cases-editor.jsonl", RECORDED / "golden-editor.jsonl"),
    "writes": (RECORDED / "cases-writes.jsonl", RECORDED / "golden-writes.jsonl"),
    "apppw": (RECORDED / "cases-apppw.jsonl", RECORDED / "golden-apppw.jsonl"),
    "rawpath": (RECORDED / "cases-rawpath.jsonl", RECORDED / "golden-rawpath.jsonl"),
}
BASE = "http://127.0.0.1:8881"  # the fixture site's home: generated links must use it
KEEP_HEADERS = ["X-WP-Total", "X-WP-TotalPages", "Link", "Allow", "Content-Type"]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"oracle_{name}", ORACLE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


record = _load("record")
compare = _load("compare")


@cache
def cases(suite: str = "core") -> list[dict[str, Any]]:
    return record.read_cases(str(SUITES[suite][0]))


@cache
def goldens(suite: str = "core") -> dict[str, dict[str, Any]]:
    loaded, _ = compare.load(str(SUITES[suite][1]))
    return loaded


@cache
def credentials() -> dict[str, Any]:
    return record.load_credentials(str(ORACLE / "credentials.json"))


def run_case(app: Any, case: dict[str, Any], base: str = BASE) -> dict[str, Any]:
    """What ``record.py`` would record for ``case`` if broadsheet served it at ``base``."""
    method = case.get("method", "GET").upper()
    path = case["path"]
    qs = record.encode_query(case.get("query"))
    headers = {"accept": "application/json, */*;q=0.1", "user-agent": "wpref-record/1.0",
               "host": base.split("://", 1)[1]}
    data = b""
    if "raw_body_b64" in case:
        data = base64.b64decode(case["raw_body_b64"], validate=True)
        headers["content-type"] = case.get("content_type", "application/octet-stream")
    elif "raw_body" in case:
        data = case["raw_body"].encode("utf-8")
        headers["content-type"] = case.get("content_type", "application/json")
    elif "form" in case:
        data = record.encode_query(case["form"]).encode("ascii")
        headers["content-type"] = "application/x-www-form-urlencoded"
    elif "body" in case:
        data = json.dumps(case["body"]).encode("utf-8")
        headers["content-type"] = "application/json"
    auth = record.auth_header(case.get("auth"), credentials())
    if auth:
        headers["authorization"] = auth
    headers.update({k.lower(): v for k, v in case.get("headers", {}).items()})
    raw_path, _, inline_qs = path.partition("?")
    full_qs = "&".join(p for p in (inline_qs, qs) if p)
    response = app.handle(method, raw_path, full_qs, headers, data)
    kept: dict[str, str] = {}
    for name in KEEP_HEADERS + list(case.get("record_headers", [])):
        values = [v for k, v in response.headers if k.lower() == name.lower()]
        if values:
            kept[name] = ", ".join(values)
    rec: dict[str, Any] = {"name": case["name"], "status": response.status, "headers": kept, "body": None}
    if response.body:
        text = response.body.decode("utf-8", errors="replace")
        try:
            rec["body"] = json.loads(text)
        except ValueError:
            rec["body_text"] = text
    rec["url"] = f"{method} {path}{'?' + qs if qs else ''}"
    rec["base"] = base
    return rec


def differences(expected: dict[str, Any], actual: dict[str, Any], *, key_order: bool = False) -> list[str]:
    """``compare.py``'s differing paths for one case (empty when identical)."""
    rx = compare.DEFAULT_NORMALIZERS
    ne = compare.normalizer(expected.get("base"), rx)
    na = compare.normalizer(actual.get("base"), rx)
    ignores = [p.split(".") for p in expected.get("ignore", [])]
    left = {k: compare.normalize(expected.get(k), ne) for k in ("status", "headers", "body", "body_text")}
    right = {k: compare.normalize(actual.get(k), na) for k in ("status", "headers", "body", "body_text")}
    out: list[tuple[list[str], str]] = []
    compare.diff(left, right, [], ignores, out, key_order)
    return [f"{'.'.join(p) or '<root>'}: {msg}" for p, msg in out]
