"""Responsive image attributes from attachment metadata: ``width``/``height``, ``srcset``, ``sizes``.

Ports ``wp_img_tag_add_width_and_height_attr()``, ``wp_image_add_srcset_and_sizes()``,
``wp_calculate_image_srcset()``, ``wp_calculate_image_sizes()``, ``wp_image_matches_ratio()``,
``wp_constrain_dimensions()`` and ``wp_img_tag_add_auto_sizes()`` (``wp-includes/media.php``,
WordPress 7.1.4). Metadata is the unserialized ``_wp_attachment_metadata`` array.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from broadsheet.formatting.settings import FormattingSettings
from broadsheet.formatting.tag_processor import TagProcessor

__all__ = [
    "AttachmentMeta",
    "wp_calculate_image_srcset",
    "wp_constrain_dimensions",
    "wp_img_tag_add_auto_sizes",
    "wp_img_tag_add_srcset_and_sizes_attr",
    "wp_img_tag_add_width_and_height_attr",
]

_SRC = re.compile(r'src="([^"]+)"')
_WIDTH = re.compile(r' width="([0-9]+)"')
_HEIGHT = re.compile(r' height="([0-9]+)"')
_STYLE_WIDTH = re.compile(r'style="width:[ \t\n\x0b\f\r]*([0-9]+)px;"')
_EDIT_HASH = re.compile(r"-e[0-9]{13}")
_IMG_CLOSE = re.compile(r"<img ([^>]+?)[/ ]*>")
_MAX_SRCSET_IMAGE_WIDTH = 2048


class AttachmentMeta(Protocol):
    """Reads ``wp_get_attachment_metadata($id)``; an empty dict when there is none."""

    def metadata(self, attachment_id: int) -> dict[str, Any]: ...


def _basename(path: str) -> str:
    """``wp_basename``: the last path segment."""
    return path.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1]


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _src_of(image: str) -> str:
    found = _SRC.search(image)
    return found.group(1).split("?", 1)[0] if found else ""


def wp_image_src_get_dimensions(image_src: str, meta: dict[str, Any]) -> tuple[int, int] | None:
    """The width and height of the size whose file ``image_src`` names (full size first)."""
    if isinstance(meta.get("file"), str) and _basename(meta["file"]) in image_src:
        return _as_int(meta.get("width")), _as_int(meta.get("height"))
    sizes = meta.get("sizes")
    if isinstance(sizes, dict) and sizes:
        filename = _basename(image_src)
        for size in sizes.values():
            if isinstance(size, dict) and filename == size.get("file"):
                return _as_int(size.get("width")), _as_int(size.get("height"))
    return None


def wp_img_tag_add_width_and_height_attr(image: str, meta: dict[str, Any]) -> str:
    """Give an attachment image without dimensions the ``width``/``height`` of its file."""
    image_src = _src_of(image)
    if not image_src:
        return image
    size = wp_image_src_get_dimensions(image_src, meta)
    if not size or not size[0] or not size[1]:
        return image
    width, height = size
    style_width = _STYLE_WIDTH.search(image)
    if style_width and int(style_width.group(1)):
        height = int(_php_round(height * int(style_width.group(1)) / width))
        width = int(style_width.group(1))
    return image.replace("<img", f'<img width="{width}" height="{height}"')


def _php_round(value: float) -> float:
    """PHP ``round()``: halves away from zero."""
    return float(int(value + 0.5)) if value >= 0 else -float(int(-value + 0.5))


def wp_constrain_dimensions(width: int, height: int, max_width: int = 0, max_height: int = 0) -> tuple[int, int]:
    """Scale ``width``×``height`` down to fit the box, keeping the ratio (one-pixel shortfalls bumped)."""
    if not max_width and not max_height:
        return width, height
    width_ratio = height_ratio = 1.0
    did_width = did_height = False
    if max_width > 0 and width > 0 and width > max_width:
        width_ratio, did_width = max_width / width, True
    if max_height > 0 and height > 0 and height > max_height:
        height_ratio, did_height = max_height / height, True
    smaller, larger = min(width_ratio, height_ratio), max(width_ratio, height_ratio)
    if int(_php_round(width * larger)) > max_width or int(_php_round(height * larger)) > max_height:
        ratio = smaller
    else:
        ratio = larger
    w = max(1, int(_php_round(width * ratio)))
    h = max(1, int(_php_round(height * ratio)))
    if did_width and w == max_width - 1:
        w = max_width
    if did_height and h == max_height - 1:
        h = max_height
    return w, h


def wp_image_matches_ratio(source_width: int, source_height: int, target_width: int, target_height: int) -> bool:
    """Whether two sizes are crops of the same ratio, within a pixel."""
    if source_width > target_width:
        constrained = wp_constrain_dimensions(source_width, source_height, target_width)
        expected = (target_width, target_height)
    else:
        constrained = wp_constrain_dimensions(target_width, target_height, source_width)
        expected = (source_width, source_height)
    return abs(constrained[0] - expected[0]) <= 1 and abs(constrained[1] - expected[1]) <= 1


def _relative_dir(file: str) -> str:
    """``_wp_get_attachment_relative_path``: the file's directory below the uploads folder."""
    dirname = file.rsplit("/", 1)[0] if "/" in file else "."
    if dirname == ".":
        return ""
    if "wp-content/uploads" in dirname:
        dirname = dirname[dirname.index("wp-content/uploads") + 18 :].lstrip("/")
    return dirname


def wp_calculate_image_srcset(
    size: tuple[int, int], image_src: str, meta: dict[str, Any], settings: FormattingSettings
) -> str | None:
    """The ``srcset`` value: every size of the same ratio, the ``src`` one first (None if under two)."""
    sizes = meta.get("sizes")
    file = meta.get("file")
    if not isinstance(sizes, dict) or not sizes or not isinstance(file, str) or len(file) < 4:
        return None
    image_width, image_height = size
    if image_width < 1:
        return None
    candidates = [item for item in sizes.values()]
    thumbnail = sizes.get("thumbnail")
    if not (isinstance(thumbnail, dict) and thumbnail.get("mime-type") == "image/gif"):
        candidates.append({"width": meta.get("width"), "height": meta.get("height"), "file": _basename(file)})
    elif file in image_src:
        return None
    dirname = _relative_dir(file)
    if dirname:
        dirname += "/"
    base_url = settings.siteurl.rstrip("/") + "/wp-content/uploads/" + dirname
    edited = _EDIT_HASH.search(_basename(image_src))
    sources: dict[int, str] = {}
    src_matched = False
    for candidate in candidates:
        if not isinstance(candidate, dict):
            continue
        is_src = False
        candidate_file = str(candidate.get("file", ""))
        if not src_matched and (dirname + candidate_file) in image_src:
            src_matched = is_src = True
        if edited and not candidate_file.find(edited.group(0)) > 0:
            continue
        width = _as_int(candidate.get("width"))
        if width > _MAX_SRCSET_IMAGE_WIDTH and not is_src:
            continue
        if wp_image_matches_ratio(image_width, image_height, width, _as_int(candidate.get("height"))):
            url = base_url + candidate_file
            if is_src:
                sources = {width: url, **{k: v for k, v in sources.items() if k != width}}
            else:
                sources[width] = url
    if not src_matched or len(sources) < 2:
        return None
    return ", ".join(f"{url.replace(' ', '%20')} {width}w" for width, url in sources.items())


def wp_img_tag_add_srcset_and_sizes_attr(image: str, meta: dict[str, Any], settings: FormattingSettings) -> str:
    """``wp_image_add_srcset_and_sizes``: add ``srcset`` and ``sizes`` from the attachment's sizes."""
    if not meta.get("sizes"):
        return image
    image_src = _src_of(image)
    if not image_src:
        return image
    file = meta.get("file")
    if isinstance(file, str):
        edit = _EDIT_HASH.search(file)
        if edit and edit.group(0) not in _basename(image_src):
            return image
    width_match, height_match = _WIDTH.search(image), _HEIGHT.search(image)
    width = int(width_match.group(1)) if width_match else 0
    height = int(height_match.group(1)) if height_match else 0
    if width and height:
        size = (width, height)
    else:
        found = wp_image_src_get_dimensions(image_src, meta)
        if not found:
            return image
        size = found
    srcset = wp_calculate_image_srcset(size, image_src, meta, settings)
    if not srcset:
        return image
    attr = f' srcset="{_esc_attr(srcset)}"'
    if " sizes=" not in image:
        if not size[0]:
            return image
        attr += f' sizes="(max-width: {size[0]}px) 100vw, {size[0]}px"'
    return _IMG_CLOSE.sub(lambda m: f"<img {m.group(1)}{attr} />", image)


def _esc_attr(text: str) -> str:
    """Attribute escaping for the URL list (ampersands and quotes only occur in odd file names)."""
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#039;").replace("<", "&lt;").replace(">", "&gt;")


def wp_img_tag_add_auto_sizes(image: str) -> str:
    """Put ``auto,`` first in the ``sizes`` of a lazy-loaded image that has a width."""
    lowered = image.lower()
    if "sizes" not in lowered or "loading" not in lowered:
        return image  # no such attribute: the Tag Processor keys attributes by their lowercased names
    processor = TagProcessor(image)
    if not processor.next_tag("img"):
        return image
    loading = processor.get_attribute("loading")
    if not isinstance(loading, str) or loading.strip(" \t\f\r\n").lower() != "lazy":
        return image
    width = processor.get_attribute("width")
    if not isinstance(width, str) or width == "":
        return image
    sizes = processor.get_attribute("sizes")
    if not isinstance(sizes, str):
        return image
    if sizes.split(",", 1)[0].strip(" \t\f\r\n").lower() == "auto":
        return image
    processor.set_attribute("sizes", f"auto, {sizes}")
    return processor.get_updated_html()
