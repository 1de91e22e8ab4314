"""Shared test fixtures and paths."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"
VECTORS = DATA / "vectors"
ORACLE = DATA / "oracle"
