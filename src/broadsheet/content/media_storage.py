"""Where uploaded files live: a small storage interface, local disk by default.

Paths are relative to the uploads root, as ``_wp_attached_file`` stores them
(``2026/11/photo.jpg``). ``LocalMediaStorage`` maps them under a directory (WordPress's
``wp-content/uploads``) and refuses any path that would leave it. Other backends (an
S3-compatible store) implement the same seven methods.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

__all__ = ["LocalMediaStorage", "MediaStorage", "UnsafePathError", "WriteTrackingStorage", "media_storage_for",
           "set_media_storage"]


class UnsafePathError(ValueError):
    """A relative upload path that is absolute or climbs out of the uploads root."""


class MediaStorage(Protocol):
    """Files under the uploads root, addressed by their relative path."""

    def exists(self, path: str) -> bool:
        """Whether a file is stored at ``path``."""

    def size(self, path: str) -> int | None:
        """The stored file's size in bytes (``wp_filesize``), None when there is none."""

    def read(self, path: str) -> bytes:
        """The stored bytes (FileNotFoundError when absent)."""

    def write(self, path: str, data: bytes) -> None:
        """Store ``data`` at ``path``, creating directories as needed."""

    def write_new(self, path: str, data: bytes) -> None:
        """Store ``data`` at ``path`` only if nothing is there (FileExistsError otherwise)."""

    def delete(self, path: str) -> None:
        """Remove the file at ``path`` if present."""

    def listdir(self, directory: str) -> list[str]:
        """The names of the files directly in ``directory`` ("" is the root); [] when there is none."""


def _clean(path: str) -> str:
    """``path`` as safe relative parts: no absolute paths, no ``..``, no NUL bytes."""
    if "\x00" in path or path.startswith(("/", "\\")) or ":" in path.split("/", 1)[0]:
        raise UnsafePathError(path)
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        raise UnsafePathError(path)
    return "/".join(parts)


class LocalMediaStorage:
    """Uploads in a directory on local disk (``wp-content/uploads``)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def _path(self, path: str) -> Path:
        full = (self.root / _clean(path)).resolve()
        if full != self.root and self.root not in full.parents:
            raise UnsafePathError(path)  # a symlink pointing out of the root
        return full

    def exists(self, path: str) -> bool:
        try:
            return self._path(path).is_file()
        except (UnsafePathError, OSError):  # OSError: a name too long for the file system is no file
            return False

    def size(self, path: str) -> int | None:
        try:
            full = self._path(path)
            return full.stat().st_size if full.is_file() else None
        except (UnsafePathError, OSError):
            return None

    def read(self, path: str) -> bytes:
        return self._path(path).read_bytes()

    def write(self, path: str, data: bytes) -> None:
        full = self._path(path)
        full.parent.mkdir(parents=True, exist_ok=True)
        tmp = full.with_name(full.name + ".part")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, full)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk must not leave a half-written .part behind
            raise

    def write_new(self, path: str, data: bytes) -> None:
        full = self._path(path)
        full.parent.mkdir(parents=True, exist_ok=True)
        with open(full, "xb") as handle:  # O_EXCL: two workers never get the same name
            try:
                handle.write(data)
            except BaseException:
                full.unlink(missing_ok=True)
                raise

    def delete(self, path: str) -> None:
        try:
            self._path(path).unlink(missing_ok=True)
        except UnsafePathError:
            return

    def listdir(self, directory: str) -> list[str]:
        try:
            folder = self._path(directory) if directory.strip("/") else self.root
            return [entry.name for entry in folder.iterdir() if entry.is_file()]
        except (UnsafePathError, OSError):
            return []


class WriteTrackingStorage:
    """A storage that reports each path it writes, so a failed request can delete what it stored."""

    def __init__(self, inner: MediaStorage, on_write: Callable[[str], object]) -> None:
        self.inner = inner
        self.on_write = on_write

    def exists(self, path: str) -> bool:
        return self.inner.exists(path)

    def size(self, path: str) -> int | None:
        return self.inner.size(path)

    def read(self, path: str) -> bytes:
        return self.inner.read(path)

    def write(self, path: str, data: bytes) -> None:
        self.inner.write(path, data)
        self.on_write(path)

    def write_new(self, path: str, data: bytes) -> None:
        self.inner.write_new(path, data)
        self.on_write(path)

    def delete(self, path: str) -> None:
        self.inner.delete(path)

    def listdir(self, directory: str) -> list[str]:
        return self.inner.listdir(directory)


_ATTRIBUTE = "_media_storage"


def set_media_storage(site: Any, storage: MediaStorage | None) -> None:
    """Attach a storage to a site (the app factory or a test chooses it)."""
    setattr(site, _ATTRIBUTE, storage)


def media_storage_for(site: Any) -> MediaStorage | None:
    """The site's media storage: one set explicitly, else local disk at ``config.uploads_dir`` if configured."""
    storage = getattr(site, _ATTRIBUTE, None)
    if storage is not None:
        return storage  # type: ignore[no-any-return]
    root = getattr(getattr(site, "config", None), "uploads_dir", None) or os.environ.get("BROADSHEET_UPLOADS_DIR")
    if not root:
        return None
    storage = LocalMediaStorage(root)
    setattr(site, _ATTRIBUTE, storage)
    return storage
