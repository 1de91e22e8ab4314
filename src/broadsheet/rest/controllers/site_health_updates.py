"""Site Health ``background-updates``: could broadsheet update itself in the background?

``WP_Site_Health::get_test_background_updates`` and ``WP_Site_Health_Auto_Updates`` (WordPress
7.1.4), with WordPress's texts and severities, checked on broadsheet's own installation (the
directory that holds the ``broadsheet`` package stands for ``ABSPATH``):

- broadsheet has no automatic updater (it is updated by its package manager), so "All automatic
  updates are disabled" always fails, as with ``AUTOMATIC_UPDATER_DISABLED``;
- version control: ``.svn``, ``.git``, ``.hg`` or ``.bzr`` directories from there up to ``/``;
- the filesystem method: ``direct`` (no FTP credentials) when this process can write there and a
  file it creates gets the owner of broadsheet's own files;
- with ``direct``, the installed files (the distribution's ``RECORD``, standing for WordPress's
  checksums) that this process could overwrite; skipped when broadsheet is not installed as a
  distribution (a source checkout), as WordPress skips a development version without checksums.

WordPress's checks of plugins' filters and of ``wp_version_check`` have nothing to look at here.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import broadsheet
from broadsheet.rest.request import RestRequest

_SECURITY = {"label": "Security", "color": "blue"}
VCS_DIRS = (".svn", ".git", ".hg", ".bzr")


def installation_dir() -> Path:
    """broadsheet's ``ABSPATH``: the directory holding the ``broadsheet`` package."""
    return Path(broadsheet.__file__).resolve().parent.parent


def test_vcs_abspath(root: Path) -> tuple[str, str]:
    """``test_vcs_abspath``: the first version-control directory from ``root`` up, per kind."""
    dirs = [root, *root.parents]
    for vcs in VCS_DIRS:
        for directory in dirs:
            if (directory / vcs).is_dir():
                shown = str(directory).rstrip("/") + "/"
                return "warning", (f"The folder <code>{shown}</code> was detected as being under version control "
                                   f"(<code>{vcs}</code>).")
    return "pass", "No version control systems were detected."


def direct_filesystem(root: Path) -> bool:
    """``get_filesystem_method() === 'direct'``: a file created in ``root`` is owned like broadsheet's files."""
    try:
        owner = Path(broadsheet.__file__).stat().st_uid
        with tempfile.NamedTemporaryFile(dir=root, prefix="temp-write-test-") as probe:
            return os.fstat(probe.fileno()).st_uid == owner
    except OSError:
        return False


def test_check_filesystem_method(direct: bool) -> tuple[str, str]:
    if not direct:
        return "fail", ("Your installation of WordPress prompts for FTP credentials to perform updates. (Your site is "
                        "performing updates over FTP due to file ownership. Talk to your hosting company.)")
    return "pass", "Your installation of WordPress does not require FTP credentials to perform updates."


def installed_files(root: Path) -> list[str] | None:
    """The distribution's files under ``root`` (relative paths), None when broadsheet is not installed as one."""
    from importlib import metadata

    try:
        files = metadata.files("broadsheet")
    except metadata.PackageNotFoundError:
        return None
    if not files:
        return None
    out = []
    for file in files:
        path = Path(str(file.locate())).resolve()
        if path.is_relative_to(root) and path.is_file():
            out.append(path.relative_to(root).as_posix())
    return out or None


def test_all_files_unwritable(root: Path) -> tuple[str, str] | None:
    files = installed_files(root)
    if files is None:
        return None
    writable = [f for f in files if os.access(root / f, os.W_OK)]
    if not writable:
        return "pass", "All of your WordPress files are unwritable."
    if len(writable) > 20:
        writable = [*writable[:20], "..."]
    return "fail", "Some files are writable by WordPress: <ul><li>" + "</li><li>".join(writable) + "</li></ul>"


def run_tests(root: Path) -> list[tuple[str, str]]:
    """``WP_Site_Health_Auto_Updates::run_tests`` on broadsheet's installation: (severity, description)."""
    tests: list[tuple[str, str] | None] = [("fail", "All automatic updates are disabled."), test_vcs_abspath(root)]
    direct = direct_filesystem(root)
    tests.append(test_check_filesystem_method(direct))
    if direct:
        tests.append(test_all_files_unwritable(root))
    return [t for t in tests if t is not None]


def test_background_updates(request: RestRequest) -> dict[str, Any]:
    """``WP_Site_Health::get_test_background_updates``."""
    result: dict[str, Any] = {
        "label": "Background updates are working",
        "status": "good",
        "badge": dict(_SECURITY),
        "description": "<p>Background updates ensure that WordPress can auto-update if a security update is released "
                       "for the version you are currently using.</p>",
        "actions": "",
        "test": "background_updates",
    }
    items = []
    for severity, description in run_tests(installation_dir()):
        text = "Passed"
        if severity == "fail":
            result["label"], result["status"], text = "Background updates are not working as expected", "critical", "Error"
        if severity == "warning" and result["status"] == "good":
            result["label"], result["status"], text = "Background updates may not be working properly", "recommended", "Warning"
        items.append(f'<li><span class="dashicons {severity}"><span class="screen-reader-text">{text}</span></span> '
                     f"{description}</li>")
    if result["status"] != "good":
        result["description"] += "<ul>" + "".join(items) + "</ul>"
    return result
