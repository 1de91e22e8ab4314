"""The allow lists kses filters against: elements, attributes, entity names, URL attributes.

Data from WordPress 7.1.4 ``wp-includes/kses.php`` (``$allowedposttags``, ``$allowedtags``,
``$allowedentitynames``, ``_wp_add_global_attributes``, ``wp_kses_uri_attributes`` and
``wp_kses_allowed_html``), kept apart from the filtering code in ``kses.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "ALLOWED_ENTITY_NAMES",
    "ALLOWED_POST_TAGS",
    "ALLOWED_TAGS",
    "URI_ATTRIBUTES",
    "AllowedHtml",
    "wp_kses_allowed_html",
    "wp_kses_uri_attributes",
]

AllowedHtml = Mapping[str, Any]

_ALIGN = ("align",)
_CELL = ("align", "char", "charoff", "valign")
_TD = ("abbr", "align", "axis", "bgcolor", "char", "charoff", "colspan", "headers", "height",
       "nowrap", "rowspan", "scope", "valign", "width")

#: Element → attributes for ``$allowedposttags`` before global attributes are added.
_POST_TAG_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "address": (), "a": ("href", "rel", "rev", "name", "target", "download"), "abbr": (),
    "acronym": (), "area": ("alt", "coords", "href", "nohref", "shape", "target"),
    "article": _ALIGN, "aside": _ALIGN,
    "audio": ("autoplay", "controls", "loop", "muted", "preload", "src"),
    "b": (), "bdo": (), "big": (), "blockquote": ("cite",), "br": (),
    "button": ("disabled", "name", "type", "value"), "caption": _ALIGN, "cite": (), "code": (),
    "col": ("align", "char", "charoff", "span", "valign", "width"),
    "colgroup": ("align", "char", "charoff", "span", "valign", "width"),
    "del": ("datetime",), "dd": (), "dfn": (), "details": ("align", "open"), "div": _ALIGN,
    "dl": (), "dt": (), "em": (), "fieldset": (), "figure": _ALIGN, "figcaption": _ALIGN,
    "font": ("color", "face", "size"), "footer": _ALIGN, "h1": _ALIGN, "h2": _ALIGN,
    "h3": _ALIGN, "h4": _ALIGN, "h5": _ALIGN, "h6": _ALIGN, "header": _ALIGN, "hgroup": _ALIGN,
    "hr": ("align", "noshade", "size", "width"), "i": (),
    "img": ("alt", "align", "border", "height", "hspace", "loading", "longdesc", "vspace", "src",
            "usemap", "width"),
    "ins": ("datetime", "cite"), "kbd": (), "label": ("for",), "legend": _ALIGN,
    "li": ("align", "value"), "main": _ALIGN, "map": ("name",), "mark": (), "menu": ("type",),
    "nav": _ALIGN, "object": ("data", "type"), "p": _ALIGN, "pre": ("width",), "q": ("cite",),
    "rb": (), "rp": (), "rt": (), "rtc": (), "ruby": (), "s": (), "samp": (), "span": _ALIGN,
    "section": _ALIGN, "small": (), "strike": (), "strong": (), "sub": (), "summary": _ALIGN,
    "sup": (),
    "table": ("align", "bgcolor", "border", "cellpadding", "cellspacing", "rules", "summary",
              "width"),
    "tbody": _CELL, "td": _TD, "textarea": ("cols", "rows", "disabled", "name", "readonly"),
    "tfoot": _CELL, "th": _TD, "thead": _CELL, "title": (),
    "tr": ("align", "bgcolor", "char", "charoff", "valign"),
    "track": ("default", "kind", "label", "src", "srclang"), "tt": (), "u": (), "ul": ("type",),
    "ol": ("start", "type", "reversed"), "time": ("datetime",), "var": (), "wbr": (),
    "video": ("autoplay", "controls", "height", "loop", "muted", "playsinline", "poster",
              "preload", "src", "width"),
}

#: MathML elements, allowed with the global attributes only.
_MATHML_ELEMENTS: tuple[str, ...] = (
    "math", "mi", "mn", "mo", "ms", "mtext", "mrow", "mfrac", "msqrt", "mroot", "msub", "msup",
    "msubsup", "munder", "mover", "munderover", "mspace", "mtable", "mtr", "mtd",
)
_POST_TAG_ATTRIBUTES.update({name: () for name in _MATHML_ELEMENTS})

#: Attribute rules that are more than ``true`` (``_wp_kses_allow_pdf_objects`` is bound below).
_POST_TAG_RULES: dict[tuple[str, str], dict[str, Any]] = {
    ("a", "download"): {"valueless": "y"},
    ("object", "data"): {"required": True, "value_callback": "_wp_kses_allow_pdf_objects"},
    ("object", "type"): {"required": True, "values": ["application/pdf"]},
}

#: ``_wp_add_global_attributes``: allowed on every ``$allowedposttags`` element.
_GLOBAL_ATTRIBUTES: tuple[str, ...] = (
    "aria-controls", "aria-current", "aria-describedby", "aria-details", "aria-expanded",
    "aria-hidden", "aria-label", "aria-labelledby", "aria-live", "class", "data-*", "dir",
    "hidden", "id", "lang", "style", "title", "role", "xml:lang",
)


def _build_post_tags() -> dict[str, dict[str, Any]]:
    """``$allowedposttags`` with the global attributes merged in."""
    tags: dict[str, dict[str, Any]] = {}
    for element, attributes in _POST_TAG_ATTRIBUTES.items():
        rules: dict[str, Any] = {}
        for name in attributes:
            rules[name] = _POST_TAG_RULES.get((element, name), True)
        for name in _GLOBAL_ATTRIBUTES:
            rules[name] = True
        tags[element] = rules
    return tags


#: WordPress's ``$allowedposttags`` (context ``post``).
ALLOWED_POST_TAGS: dict[str, dict[str, Any]] = _build_post_tags()

#: WordPress's ``$allowedtags`` (contexts ``data``, ``title`` and any other name).
ALLOWED_TAGS: dict[str, dict[str, Any]] = {
    "a": {"href": True, "title": True}, "abbr": {"title": True}, "acronym": {"title": True},
    "b": {}, "blockquote": {"cite": True}, "cite": {}, "code": {}, "del": {"datetime": True},
    "em": {}, "i": {}, "q": {"cite": True}, "s": {}, "strike": {}, "strong": {},
}

#: WordPress's ``$allowedentitynames``: named references kses keeps.
ALLOWED_ENTITY_NAMES: frozenset[str] = frozenset(["nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "acute", "micro", "para", "middot", "cedil", "ordm", "raquo", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml", "quot", "amp", "lt", "gt", "apos", "OElig", "oelig", "Scaron", "scaron", "Yuml", "circ", "tilde", "ensp", "emsp", "thinsp", "zwnj", "zwj", "lrm", "rlm", "ndash", "mdash", "lsquo", "rsquo", "sbquo", "ldquo", "rdquo", "bdquo", "dagger", "Dagger", "permil", "lsaquo", "rsaquo", "euro", "fnof", "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega", "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "thetasym", "upsih", "piv", "bull", "hellip", "prime", "Prime", "oline", "frasl", "weierp", "image", "real", "trade", "alefsym", "larr", "uarr", "rarr", "darr", "harr", "crarr", "lArr", "uArr", "rArr", "dArr", "hArr", "forall", "part", "exist", "empty", "nabla", "isin", "notin", "ni", "prod", "sum", "minus", "lowast", "radic", "prop", "infin", "ang", "and", "or", "cap", "cup", "int", "sim", "cong", "asymp", "ne", "equiv", "le", "ge", "sub", "sup", "nsub", "sube", "supe", "oplus", "otimes", "perp", "sdot", "lceil", "rceil", "lfloor", "rfloor", "lang", "rang", "loz", "spades", "clubs", "hearts", "diams", "sup1", "sup2", "sup3", "frac14", "frac12", "frac34", "there4"])

#: ``wp_kses_uri_attributes()``: attributes whose value is a URL.
URI_ATTRIBUTES: frozenset[str] = frozenset((
    "action", "archive", "background", "cite", "classid", "codebase", "data", "formaction",
    "href", "icon", "longdesc", "manifest", "poster", "profile", "src", "usemap", "xmlns",
))



def wp_kses_uri_attributes() -> list[str]:
    """HTML attribute names whose value holds a URL (``wp_kses_uri_attributes``)."""
    return sorted(URI_ATTRIBUTES)


def wp_kses_allowed_html(context: str | AllowedHtml = "") -> AllowedHtml:
    """The allowed elements and attributes for a context name (``wp_kses_allowed_html``)."""
    if not isinstance(context, str):
        return context
    if context == "post":
        return ALLOWED_POST_TAGS
    if context in ("user_description", "pre_user_description"):
        tags = {name: dict(rules) for name, rules in ALLOWED_TAGS.items()}
        tags["a"]["rel"] = True
        return tags
    if context == "strip":
        return {}
    return ALLOWED_TAGS
