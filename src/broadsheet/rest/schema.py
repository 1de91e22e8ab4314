"""REST argument schemas: the request-args pipeline, index rendering and context filtering (WordPress 7.1.4).

Public face of the schema subset (rest-api.md §2.2, §3.4, §4, §6). Schemas are plain dicts
(``{"type": "integer", "minimum": 1}``); an arg definition may also carry ``validate_callback`` /
``sanitize_callback`` Python callables, called as ``callback(value, request, param)`` (fewer
positional parameters are fine: ``absint`` and ``sanitize_key`` work as they are). A callback
returns ``True``/``False``/a ``RestError`` (validate) or the new value/a ``RestError`` (sanitize),
or raises ``RestError``.

* ``validate_request_args`` — steps 3–5 of the pipeline: required, validate callbacks, sanitising
  (with defaults), each phase raising one ``rest_missing_callback_param`` / ``rest_invalid_param``.
* ``rest_validate_value_from_schema`` / ``rest_sanitize_value_from_schema`` — the JSON-schema core.
* ``args_for_index`` — an endpoint's args as the index and OPTIONS show them.
* ``filter_response_by_context`` — drop fields whose ``context`` lacks the requested one.
* ``get_context_param`` / ``get_collection_params`` — the shared ``context``/``page``/``per_page``/
  ``search`` args of ``WP_REST_Controller``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from broadsheet.rest.errors import RestError
from broadsheet.rest.schema_formats import rest_get_date_with_gmt, rest_parse_date
from broadsheet.rest.schema_sanitize import rest_sanitize_value_from_schema
from broadsheet.rest.schema_types import absint, rest_is_array, wp_parse_list
from broadsheet.rest.schema_validate import (
    rest_find_any_matching_schema,
    rest_find_matching_pattern_property_schema,
    rest_find_one_matching_schema,
    rest_validate_value_from_schema,
)

__all__ = [
    "ALLOWED_SCHEMA_KEYWORDS",
    "absint",
    "args_for_index",
    "filter_response_by_context",
    "get_collection_params",
    "get_context_param",
    "rest_filter_response_by_context",
    "rest_get_date_with_gmt",
    "rest_get_endpoint_args_for_schema",
    "rest_parse_date",
    "rest_parse_request_arg",
    "rest_sanitize_request_arg",
    "rest_sanitize_value_from_schema",
    "rest_validate_request_arg",
    "rest_validate_value_from_schema",
    "validate_request_args",
    "wp_parse_list",
]

#: ``rest_get_allowed_schema_keywords()``, in WordPress's order.
_KEYWORD_ORDER = (
    "title", "description", "default", "type", "format", "enum", "items", "properties",
    "additionalProperties", "patternProperties", "minProperties", "maxProperties", "minimum",
    "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
    "pattern", "minItems", "maxItems", "uniqueItems", "anyOf", "oneOf",
)
#: What the index shows of an arg (plus ``required``).
ALLOWED_SCHEMA_KEYWORDS = frozenset(_KEYWORD_ORDER)

Callback = Callable[..., Any]


# -- the schema-driven callbacks ------------------------------------------------------------------
def _arg_schema(request: Any, param: str) -> Any:
    """The arg definition of ``param`` on the request's matched endpoint (``$request->get_attributes()``)."""
    endpoint = getattr(request, "endpoint", None)
    args = getattr(endpoint, "args", None) or {}
    return args.get(param)


def rest_validate_request_arg(value: Any, request: Any, param: str, *, schema: dict[str, Any] | None = None) -> Any:
    """``rest_validate_request_arg``: True, or the schema error of the arg's definition."""
    schema = schema if schema is not None else _arg_schema(request, param)
    if not isinstance(schema, dict):
        return True
    result = rest_validate_value_from_schema(value, schema, param)
    return True if result is None else result


def rest_sanitize_request_arg(value: Any, request: Any, param: str, *, schema: dict[str, Any] | None = None) -> Any:
    """``rest_sanitize_request_arg``: the value sanitised by the arg's definition."""
    schema = schema if schema is not None else _arg_schema(request, param)
    if not isinstance(schema, dict):
        return value
    return rest_sanitize_value_from_schema(value, schema, param)


def rest_parse_request_arg(value: Any, request: Any, param: str, *, schema: dict[str, Any] | None = None) -> Any:
    """``rest_parse_request_arg``: validate, then sanitise (the default for args with a ``type``)."""
    valid = rest_validate_request_arg(value, request, param, schema=schema)
    if isinstance(valid, RestError):
        return valid
    return rest_sanitize_request_arg(value, request, param, schema=schema)


for _callback in (rest_validate_request_arg, rest_sanitize_request_arg, rest_parse_request_arg):
    _callback._wants_schema = True  # type: ignore[attr-defined]

_ARITY: dict[Any, int] = {}


def _arity(callback: Callback) -> int:
    """How many of (value, request, param) the callback takes positionally."""
    try:
        return _ARITY[callback]
    except (KeyError, TypeError):
        pass
    try:
        params = inspect.signature(callback).parameters.values()
        positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        count = 3 if any(p.kind is p.VAR_POSITIONAL for p in params) else min(3, len(positional))
    except (TypeError, ValueError):
        count = 1
    try:
        _ARITY[callback] = count
    except TypeError:
        pass
    return count


def _invoke(callback: Callback, value: Any, request: Any, param: str, schema: dict[str, Any]) -> Any:
    """Call a validate/sanitize callback; a raised ``RestError`` counts as returned."""
    try:
        if getattr(callback, "_wants_schema", False):
            return callback(value, request, param, schema=schema)
        return callback(*(value, request, param)[: _arity(callback)])
    except RestError as error:
        return error


#: Callbacks whose result depends only on (value, arg definition): safe to cache for defaults.
_PURE_CALLBACKS: set[Any] = {rest_validate_request_arg, rest_sanitize_request_arg, rest_parse_request_arg, absint}
_DEFAULT_RESULTS: dict[tuple[str, int], tuple[dict[str, Any], Any, Any, Any]] = {}


def _fresh(value: Any) -> Any:
    """A copy of a cached default's containers, so callers may mutate what they get."""
    if isinstance(value, list):
        return [_fresh(item) for item in value]
    if isinstance(value, dict):
        return type(value)((key, _fresh(item)) for key, item in value.items())
    return value


def _for_default(phase: str, callback: Callback, value: Any, request: Any, param: str, arg: dict[str, Any]) -> Any:
    """Validate or sanitise an arg's default; pure callbacks' results are computed once per definition."""
    try:
        pure = callback in _PURE_CALLBACKS
    except TypeError:
        pure = False
    if not pure:
        return _invoke(callback, value, request, param, arg)
    key = (phase, id(arg))
    cached = _DEFAULT_RESULTS.get(key)
    if cached is not None and cached[0] is arg and cached[1] is value and cached[2] is callback:
        return _fresh(cached[3])
    result = _invoke(callback, value, request, param, arg)
    if len(_DEFAULT_RESULTS) >= 4096:
        _DEFAULT_RESULTS.clear()
    _DEFAULT_RESULTS[key] = (arg, value, callback, result)
    return _fresh(result)


# -- the request pipeline -----------------------------------------------------------------------------
def _messages(error: RestError) -> str:
    """``implode( ' ', $error->get_error_messages() )``."""
    return " ".join([error.message, *(extra.message for extra in error.additional)])


def _invalid_params(invalid: dict[str, str], details: dict[str, Any]) -> RestError:
    """The ``rest_invalid_param`` error of one phase (rest-api.md §6.1)."""
    return RestError(
        "rest_invalid_param",
        "Invalid parameter(s): " + ", ".join(invalid),
        400,
        {"params": invalid, "details": details},
    )


def validate_request_args(
    args_def: dict[str, dict[str, Any]] | None,
    params: dict[str, Any],
    *,
    present: set[str] | None = None,
    request: Any = None,
) -> dict[str, Any]:
    """Required check, validate callbacks, then sanitising: the values of the declared args (with defaults).

    ``params`` holds the request's parameters (the winning source's value per name); ``present``
    the names the client actually sent (default: all of ``params``). Mirrors
    ``WP_REST_Request::has_valid_params`` and ``sanitize_params`` (rest-api.md §3.4 steps 3–5):
    each phase raises one ``RestError`` listing every failing arg of that phase.
    """
    if not args_def:
        return {}
    names = set(params) if present is None else present
    sent = {key: value for key, value in params.items() if key in names}
    key = _memo_key(args_def, sent)
    if key is not None:
        cached = _ARGS_RESULTS.get(key)
        if cached is not None and cached[0] is args_def:
            return _fresh_args(cached[1])
    sanitized = _validate_request_args(args_def, sent, request)
    if key is not None:
        if len(_ARGS_RESULTS) >= 4096:
            _ARGS_RESULTS.clear()
        _ARGS_RESULTS[key] = (args_def, _fresh_args(sanitized))
    return sanitized


def _fresh_args(sanitized: dict[str, Any]) -> dict[str, Any]:
    """A copy of sanitised args whose containers the caller may mutate (scalars shared as they are)."""
    return {key: _fresh(value) if isinstance(value, (list, dict)) else value for key, value in sanitized.items()}


#: ``validate_request_args`` results of valid scalar params for endpoints whose callbacks are all pure.
_ARGS_RESULTS: dict[tuple[int, tuple[Any, ...]], tuple[dict[str, Any], dict[str, Any]]] = {}
#: Whether every callback of an args definition is pure, by id (the definition is kept to pin the id).
_ALL_PURE: dict[int, tuple[dict[str, Any], bool]] = {}
_SCALARS = (str, int, bool, type(None))  # not float: -0.0 == 0.0


def _all_pure(args_def: dict[str, dict[str, Any]]) -> bool:
    """Whether the args' validate and sanitize callbacks depend only on (value, definition)."""
    known = _ALL_PURE.get(id(args_def))
    if known is not None and known[0] is args_def:
        return known[1]
    pure = True
    for arg in args_def.values():
        if not isinstance(arg, dict):
            continue
        for name in ("validate_callback", "sanitize_callback"):
            callback = arg.get(name)
            try:
                if callback and callback not in _PURE_CALLBACKS:
                    pure = False
            except TypeError:
                pure = False
    if len(_ALL_PURE) >= 4096:
        _ALL_PURE.clear()
    _ALL_PURE[id(args_def)] = (args_def, pure)
    return pure


def _memo_key(args_def: dict[str, dict[str, Any]], sent: dict[str, Any]) -> tuple[int, tuple[Any, ...]] | None:
    """The result-memo key of a request's scalar params, None when its result may not be reused.

    With pure callbacks the sanitised args are a function of (definition, sent values): the
    same route asked again (each embedded item, each link's ``targetHints``) skips the schema
    walk. Types are part of the key (``1`` and ``True`` are equal in Python, not in PHP).
    """
    parts = []
    for name, value in sent.items():
        kind = type(value)
        if kind not in _SCALARS:
            return None
        parts.append((name, kind, value))
    if not _all_pure(args_def):
        return None
    return id(args_def), tuple(parts)


def _validate_request_args(args_def: dict[str, dict[str, Any]], sent: dict[str, Any], request: Any) -> dict[str, Any]:
    """``validate_request_args`` proper, on the params the client sent."""
    defaults = {
        key: arg["default"]
        for key, arg in args_def.items()
        if isinstance(arg, dict) and arg.get("default") is not None
    }

    def lookup(key: str) -> Any:
        # WP_REST_Request::get_param skips null values (isset), falling back to the default.
        value = sent.get(key)
        return defaults.get(key) if value is None else value

    missing = [
        key for key, arg in args_def.items()
        if isinstance(arg, dict) and arg.get("required") is True and lookup(key) is None
    ]
    if missing:
        raise RestError(
            "rest_missing_callback_param", "Missing parameter(s): " + ", ".join(missing), 400, {"params": missing}
        )

    invalid: dict[str, str] = {}
    details: dict[str, Any] = {}
    for key, arg in args_def.items():
        if not isinstance(arg, dict) or not arg.get("validate_callback"):
            continue
        value = lookup(key)
        if value is None:
            continue
        callback = arg["validate_callback"]
        if sent.get(key) is None:
            result = _for_default("validate", callback, value, request, key, arg)
        else:
            result = _invoke(callback, value, request, key, arg)
        if result is False:
            invalid[key] = "Invalid parameter."
        elif isinstance(result, RestError):
            invalid[key] = _messages(result)
            details[key] = result.to_dict()
    if invalid:
        raise _invalid_params(invalid, details)

    sanitized: dict[str, Any] = {}
    # Sent values first (nulls too: WordPress sanitises every bag), then the defaults that
    # get_param would fall back to (absent or null).
    pending = [(key, value, False) for key, value in sent.items()]
    pending += [(key, value, True) for key, value in defaults.items() if sent.get(key) is None]
    for key, value, is_default in pending:
        definition = args_def.get(key)
        if not isinstance(definition, dict):
            continue
        arg = definition
        if "sanitize_callback" in arg:
            callback = arg["sanitize_callback"]
        else:
            callback = rest_parse_request_arg if arg.get("type") else None
        if not callback:
            sanitized[key] = value
            continue
        if is_default:
            result = _for_default("sanitize", callback, value, request, key, arg)
        else:
            result = _invoke(callback, value, request, key, arg)
        if isinstance(result, RestError):
            invalid[key] = _messages(result)
            details[key] = result.to_dict()
        else:
            sanitized[key] = result
    if invalid:
        raise _invalid_params(invalid, details)
    return sanitized


def rest_get_endpoint_args_for_schema(schema: dict[str, Any], method: Any = "POST") -> dict[str, dict[str, Any]]:
    """``rest_get_endpoint_args_for_schema``: write args from an item schema (readonly fields skipped).

    Only a creatable endpoint (``method`` "POST") takes the schema's ``default`` and ``required``.
    Keys come in WordPress's order (callbacks, default, required, schema keywords, ``arg_options``),
    which is the order the index shows.
    """
    creatable = method == "POST" or (isinstance(method, (tuple, list)) and list(method) == ["POST"])
    args: dict[str, dict[str, Any]] = {}
    for field_id, params in (schema.get("properties") or {}).items():
        if params.get("readonly"):
            continue
        arg: dict[str, Any] = {
            "validate_callback": rest_validate_request_arg,
            "sanitize_callback": rest_sanitize_request_arg,
        }
        if creatable and params.get("default") is not None:
            arg["default"] = params["default"]
        if creatable and params.get("required"):
            arg["required"] = True
        for keyword in _KEYWORD_ORDER:
            if keyword not in ("default", "required") and params.get(keyword) is not None:
                arg[keyword] = params[keyword]
        options = params.get("arg_options")
        if isinstance(options, dict):
            if not creatable:
                options = {k: v for k, v in options.items() if k not in ("required", "default")}
            arg.update(options)
        args[field_id] = arg
    return args


# -- index ------------------------------------------------------------------------------------------------
def args_for_index(args_def: dict[str, dict[str, Any]] | None) -> dict[str, Any] | list[Any]:
    """An endpoint's ``args`` as the index/OPTIONS render them: allowed keywords in definition order + ``required``."""
    if not args_def:
        return []
    rendered: dict[str, Any] = {}
    for key, opts in args_def.items():
        if isinstance(opts, str):
            opts = {opts: 0}
        elif not isinstance(opts, dict):
            opts = {}
        data = {name: value for name, value in opts.items() if name in ALLOWED_SCHEMA_KEYWORDS}
        data["required"] = bool(opts.get("required"))
        rendered[key] = data
    return rendered


# -- shared controller args ---------------------------------------------------------------------------------
def _sanitize_key(value: Any) -> str:
    """``sanitize_key`` as the ``context`` sanitize callback."""
    from broadsheet.formatting.sanitize import sanitize_key

    return sanitize_key(value)


def _sanitize_text_field(value: Any) -> str:
    """``sanitize_text_field`` as the ``search`` sanitize callback."""
    from broadsheet.formatting.php_strings import php_strval
    from broadsheet.formatting.sanitize import sanitize_text_field

    return sanitize_text_field(php_strval(value))


_PURE_CALLBACKS.update({_sanitize_key, _sanitize_text_field})


def get_context_param(schema: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
    """``WP_REST_Controller::get_context_param``: ``context`` with the schema's contexts, sorted descending."""
    param: dict[str, Any] = {
        "description": "Scope under which the request is made; determines fields present in response.",
        "type": "string",
        "sanitize_callback": _sanitize_key,
        "validate_callback": rest_validate_request_arg,
    }
    properties = (schema or {}).get("properties") or {}
    contexts: list[str] = []
    for attributes in properties.values():
        if isinstance(attributes, dict) and attributes.get("context"):
            contexts.extend(attributes["context"])
    if contexts:
        param["enum"] = sorted(set(contexts), reverse=True)
    param.update(overrides)
    return param


def get_collection_params(schema: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """``WP_REST_Controller::get_collection_params``: ``context``, ``page``, ``per_page``, ``search``."""
    return {
        "context": get_context_param(schema, default="view"),
        "page": {
            "description": "Current page of the collection.",
            "type": "integer",
            "default": 1,
            "sanitize_callback": absint,
            "validate_callback": rest_validate_request_arg,
            "minimum": 1,
        },
        "per_page": {
            "description": "Maximum number of items to be returned in result set.",
            "type": "integer",
            "default": 10,
            "minimum": 1,
            "maximum": 100,
            "sanitize_callback": absint,
            "validate_callback": rest_validate_request_arg,
        },
        "search": {
            "description": "Limit results to those matching a string.",
            "type": "string",
            "sanitize_callback": _sanitize_text_field,
            "validate_callback": rest_validate_request_arg,
        },
    }


# -- context filtering ---------------------------------------------------------------------------------------
def rest_filter_response_by_context(data: Any, schema: dict[str, Any], context: str) -> Any:
    """``rest_filter_response_by_context``: remove, recursively, what the schema hides in ``context``."""
    if "anyOf" in schema:
        matching = rest_find_any_matching_schema(data, schema, "")
        if not isinstance(matching, RestError):
            if "type" not in schema:
                schema = {**schema, "type": matching.get("type")}
            data = rest_filter_response_by_context(data, matching, context)
    if "oneOf" in schema:
        matching = rest_find_one_matching_schema(data, schema, "", True)
        if not isinstance(matching, RestError):
            if "type" not in schema:
                schema = {**schema, "type": matching.get("type")}
            data = rest_filter_response_by_context(data, matching, context)
    if not isinstance(data, (dict, list, tuple)):
        return data
    if schema.get("type") is not None:
        type_name = schema["type"]
    elif "properties" in schema:
        type_name = "object"
    else:
        return data
    types = type_name if isinstance(type_name, (list, tuple)) else [type_name]
    is_array, is_object = "array" in types, "object" in types
    if is_array and is_object:
        if rest_is_array(data):
            is_object = False
        else:
            is_array = False
    additional = schema.get("additionalProperties") if is_object else None
    items: list[tuple[Any, Any]] = list(data.items()) if isinstance(data, dict) else list(enumerate(data))
    result: dict[Any, Any] | list[Any] = type(data)(data) if isinstance(data, dict) else list(data)
    for key, value in items:
        check: Any = {}
        if is_array:
            check = schema.get("items") or {}
        elif is_object:
            properties = schema.get("properties") or {}
            if isinstance(properties, dict) and isinstance(properties.get(key), dict):
                check = properties[key]
            else:
                pattern_schema = rest_find_matching_pattern_property_schema(key, schema)
                if pattern_schema is not None:
                    check = pattern_schema
                elif isinstance(additional, dict):
                    check = additional
        if not isinstance(check, dict) or check.get("context") is None:
            continue
        if context not in check["context"]:
            if is_array:
                return []  # all items share one schema
            if isinstance(result, dict):
                del result[key]
            else:
                result[key] = _REMOVED
        elif isinstance(value, (dict, list, tuple)):
            result[key] = rest_filter_response_by_context(value, check, context)
    if isinstance(result, list) and any(item is _REMOVED for item in result):
        result = [item for item in result if item is not _REMOVED]
    return result


_REMOVED = object()


def filter_response_by_context(data: Any, schema: dict[str, Any], context: str) -> Any:
    """Context filtering (rest-api.md §4) given the item schema or just its ``properties`` map."""
    looks_like_schema = (
        isinstance(schema.get("type"), (str, list, tuple))
        or "$schema" in schema
        or isinstance(schema.get("anyOf"), list)
        or isinstance(schema.get("oneOf"), list)
    )
    if not looks_like_schema:
        schema = {"type": "object", "properties": schema}
    return rest_filter_response_by_context(data, schema, context)
