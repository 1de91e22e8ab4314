"""Issue 5: a 12-megapixel JPEG upload stays under 300 MB peak memory and produces every size.

Twice: as shot (4000x3000) and with EXIF orientation 6 (turned upright first, a second full copy).

The upload runs in a child process so that the peak resident set (``VmHWM``, else ``ru_maxrss``) is
the upload's and the site's alone, not the test runner's. The child restores the fixture site into SQLite,
uploads the JPEG through the app as a raw body and reports its peak and the attachment it made.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PIL")

REPO = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 300
WIDTH, HEIGHT = 4000, 3000

#: What WordPress 7.1.4 makes of a 4000x3000 upload: every registered size, from the original.
EXPECTED_SIZES = {
    "thumbnail": (150, 150),
    "medium": (300, 225),
    "medium_large": (768, 576),
    "large": (1024, 768),
    "1536x1536": (1536, 1152),
    "2048x2048": (2048, 1536),
}
#: The same photo taken upright (EXIF orientation 6): sizes of the rotated image, large = medium_large.
EXPECTED_ROTATED_SIZES = {
    "thumbnail": (150, 150),
    "medium": (225, 300),
    "medium_large": (768, 1024),
    "large": (768, 1024),
    "1536x1536": (1152, 1536),
    "2048x2048": (1536, 2048),
}

_CHILD = textwrap.dedent("""
    import json, resource, sys

    def peak_kb():
        # VmHWM: this process's own high-water RSS since exec. ru_maxrss would also count the test
        # runner's pages the child held between fork and exec (Linux keeps that mark across exec).
        try:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    from broadsheet.content.media_storage import LocalMediaStorage, set_media_storage
    from tests import golden_replay
    from tests.rest.conftest import fixture_site_app

    source, uploads = sys.argv[1], sys.argv[2]
    name, kind = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("twelve-megapixels.jpg", "image/jpeg")
    with fixture_site_app("sqlite") as app:
        set_media_storage(app.site, LocalMediaStorage(uploads))
        headers = {"host": "127.0.0.1:8881", "accept": "application/json",
                   "authorization": golden_replay.record.auth_header("admin", golden_replay.credentials()),
                   "content-type": kind, "content-disposition": f'attachment; filename="{name}"'}
        with open(source, "rb") as handle:
            body = handle.read()
        before = peak_kb()
        response = app.handle("POST", "/wp-json/wp/v2/media", "", headers, body)
        del body
        peak = peak_kb()
    print(json.dumps({"status": response.status, "before_kb": before, "peak_kb": peak,
                      "body": json.loads(response.body)}))
""")


def _noisy_jpeg(path: Path, orientation: int = 0) -> int:
    """A 4000x3000 JPEG with noise over a gradient, so it compresses like a photo (a few MB)."""
    from PIL import Image, ImageFilter

    noise = Image.effect_noise((WIDTH, HEIGHT), 64).filter(ImageFilter.GaussianBlur(1))
    gradient = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    image = Image.merge("RGB", (noise, gradient, Image.eval(noise, lambda v: 255 - v)))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path.stat().st_size


@pytest.fixture(scope="module", params=["upright", "exif-rotated"])
def upload_result(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Upload the 12 MP JPEG in a child process; its report and where it stored the files."""
    work = tmp_path_factory.mktemp("twelve-mp")
    source = work / "source.jpg"
    rotated = request.param == "exif-rotated"
    size = _noisy_jpeg(source, orientation=6 if rotated else 0)
    assert size > 2 * 1024 * 1024, "the test image should compress like a photo, not like a flat colour"
    uploads = work / "uploads"
    uploads.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(source), str(uploads)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report["uploads"] = uploads
    report["sizes"] = EXPECTED_ROTATED_SIZES if rotated else EXPECTED_SIZES
    report["scaled"] = (1920, 2560) if rotated else (2560, 1920)
    return report


def test_twelve_megapixel_upload_peaks_under_300_mb(upload_result: dict[str, Any]) -> None:
    assert upload_result["status"] == 201, upload_result["body"]
    peak_mb = upload_result["peak_kb"] / 1024  # VmHWM and ru_maxrss are in KiB on Linux
    assert peak_mb < PEAK_LIMIT_MB, f"peak RSS {peak_mb:.0f} MB (site alone {upload_result['before_kb'] / 1024:.0f} MB)"


def test_twelve_megapixel_upload_makes_every_registered_size(upload_result: dict[str, Any]) -> None:
    details = upload_result["body"]["media_details"]
    sizes = details["sizes"]
    for name, (width, height) in upload_result["sizes"].items():
        assert (sizes[name]["width"], sizes[name]["height"]) == (width, height), name
        assert sizes[name]["file"] == f"twelve-megapixels-{width}x{height}.jpg"
    assert set(sizes) == set(upload_result["sizes"]) | {"full"}


def test_twelve_megapixel_upload_is_scaled_to_2560(upload_result: dict[str, Any]) -> None:
    body = upload_result["body"]
    details = body["media_details"]
    assert (details["width"], details["height"]) == upload_result["scaled"]
    assert details["file"].endswith("/twelve-megapixels-scaled.jpg")
    assert details["original_image"] == "twelve-megapixels.jpg"
    assert details["sizes"]["full"]["file"] == "twelve-megapixels-scaled.jpg"
    assert body["source_url"].endswith("/twelve-megapixels-scaled.jpg")


def test_twelve_megapixel_upload_files_are_on_disk_with_their_dimensions(upload_result: dict[str, Any]) -> None:
    from PIL import Image

    details = upload_result["body"]["media_details"]
    uploads: Path = upload_result["uploads"]
    folder = uploads / details["file"].rsplit("/", 1)[0]
    expected = {"twelve-megapixels.jpg": (WIDTH, HEIGHT), "twelve-megapixels-scaled.jpg": upload_result["scaled"]}
    expected.update({f"twelve-megapixels-{w}x{h}.jpg": (w, h) for w, h in upload_result["sizes"].values()})
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
    for name, dimensions in expected.items():
        with Image.open(folder / name) as image:
            assert image.size == dimensions, name
    for name, size in details["sizes"].items():
        if name != "full":
            assert (folder / size["file"]).stat().st_size == size["filesize"], name


def test_decompression_bomb_png_is_stored_without_decoding(tmp_path: Path) -> None:
    """A 64-megapixel PNG of one colour is a few hundred kB: kept with its header size, no sub-sizes."""
    from PIL import Image

    source = tmp_path / "bomb.png"
    Image.new("RGB", (8000, 8000)).save(source, "PNG")  # 192 MB once decoded
    assert source.stat().st_size < 1024 * 1024
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(source), str(uploads), "bomb.png", "image/png"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 201, report["body"]
    assert report["peak_kb"] / 1024 < PEAK_LIMIT_MB
    details = report["body"]["media_details"]
    assert (details["width"], details["height"]) == (8000, 8000)
    assert details["sizes"] == {}
    assert [p.name for p in uploads.rglob("*") if p.is_file()] == ["bomb.png"]
