"""``/wp-abilities/v1``: ability categories, abilities, and running an ability.

``WP_REST_Abilities_V1_Categories_Controller``, ``…_List_Controller`` and ``…_Run_Controller``
(WordPress 7.1) over ``content.abilities``; the run pipeline is ``WP_Ability::execute``'s: input
from the query (GET, DELETE) or the JSON body, normalised to the schema's default, validated against
the input schema, permission, execution, output validated against the output schema.
"""

from __future__ import annotations

from typing import Any

from broadsheet.content.abilities import Ability, AbilityCategory, core_abilities_registry
from broadsheet.rest.encoding import JSONObject
from broadsheet.rest.errors import RestError
from broadsheet.rest.links import LinkSet, pagination_headers
from broadsheet.rest.permissions import current_user_can
from broadsheet.rest.request import RestRequest
from broadsheet.rest.response import RestResponse
from broadsheet.rest.routes import ALLMETHODS, READABLE, Endpoint
from broadsheet.rest.schema import filter_response_by_context, get_context_param
from broadsheet.rest.schema_sanitize import rest_sanitize_value_from_schema
from broadsheet.rest.schema_validate import rest_validate_value_from_schema
from broadsheet.rest.server import RestServer, forbidden

NAMESPACE = "wp-abilities/v1"
_NAME_ARG = {"description": "Unique identifier for the ability.", "type": "string", "pattern": "^[a-zA-Z0-9\\-\\/]+$"}
_NULLABLE_FLAG = {"type": ["boolean", "null"]}


def register(server: RestServer) -> None:
    server.register_route(NAMESPACE, "/categories", [
        Endpoint(READABLE, get_categories, read_permissions_check, _paging_params(get_category_schema())),
    ], schema=get_category_schema)
    server.register_route(NAMESPACE, r"/categories/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)", [
        Endpoint(READABLE, get_category, read_permissions_check, {"slug": {
            "description": "Unique identifier for the ability category.", "type": "string",
            "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
        }}),
    ], schema=get_category_schema)
    server.register_route(NAMESPACE, r"/abilities/(?P<name>[a-zA-Z0-9\-\/]+?)/run", [
        Endpoint(ALLMETHODS, run_ability, run_permissions_check, {
            "name": dict(_NAME_ARG),
            "input": {
                "description": "Input parameters for the ability execution.",
                "type": ["integer", "number", "boolean", "string", "array", "object", "null"],
                "default": None,
                "sanitize_callback": sanitize_input_for_ability,
            },
        }),
    ], schema=get_run_schema)
    server.register_route(NAMESPACE, "/abilities", [
        Endpoint(READABLE, get_abilities, read_permissions_check, _abilities_params()),
    ], schema=get_ability_schema)
    server.register_route(NAMESPACE, r"/abilities/(?P<name>[a-zA-Z0-9\-\/]+)", [
        Endpoint(READABLE, get_ability, read_permissions_check, {"name": dict(_NAME_ARG)}),
    ], schema=get_ability_schema)


def read_permissions_check(request: RestRequest) -> bool:
    """Categories and abilities are listed to every logged-in user (``read``)."""
    return current_user_can(request, "read")


# -- lists --------------------------------------------------------------------------------------------
def _paginate(request: RestRequest, items: list[Any], route: str) -> tuple[list[Any], dict[str, Any]]:
    """The page of ``items`` and its headers (``X-WP-Total``, ``X-WP-TotalPages``, prev/next links)."""
    page, per_page = int(request.get_param("page")), int(request.get_param("per_page"))
    start = (page - 1) * per_page
    headers = pagination_headers(request, request.site.rest_url(f"/{NAMESPACE}/{route}"), len(items), per_page, page,
                                 clamp_prev=False)
    return items[start:start + per_page], headers


def get_categories(request: RestRequest) -> RestResponse:
    page, headers = _paginate(request, list(core_abilities_registry().categories), "categories")
    return RestResponse([prepare_category(c, request) for c in page], headers=headers)


def get_category(request: RestRequest) -> dict[str, Any]:
    category = core_abilities_registry().category(str(request.get_param("slug")))
    if category is None:
        raise RestError("rest_ability_category_not_found", "Ability category not found.", 404)
    return prepare_category(category, request)


def get_abilities(request: RestRequest) -> RestResponse:
    """``wp_get_abilities`` with the request's filters; only abilities shown in REST, whatever ``meta`` says."""
    meta = request.get_param("meta")
    conditions = dict(meta) if isinstance(meta, dict) and meta else {}
    conditions.update({"show_in_rest": True})  # forced last: a caller cannot reveal hidden abilities
    found = core_abilities_registry().query(
        category=_non_empty(request.get_param("category")),
        namespace=_non_empty(request.get_param("namespace")),
        meta=conditions,
    )
    page, headers = _paginate(request, found, "abilities")
    return RestResponse([prepare_ability(a, request) for a in page], headers=headers)


def _non_empty(value: Any) -> str:
    """PHP ``! empty()`` for a string param: ``''`` and ``'0'`` are empty."""
    return value if isinstance(value, str) and value not in ("", "0") else ""


def _rest_ability(name: Any) -> Ability | None:
    """A registered ability shown in REST (``show_in_rest``), else None."""
    ability = core_abilities_registry().ability(str(name))
    return ability if ability is not None and ability.get_meta_item("show_in_rest") else None


def get_ability(request: RestRequest) -> dict[str, Any]:
    ability = _rest_ability(request.get_param("name"))
    if ability is None:
        raise RestError("rest_ability_not_found", "Ability not found.", 404)
    return prepare_ability(ability, request)


def prepare_category(category: AbilityCategory, request: RestRequest) -> dict[str, Any]:
    data = {"slug": category.slug, "label": category.label, "description": category.description,
            "meta": dict(category.meta)}
    data = dict(filter_response_by_context(data, get_category_schema(), request.context))
    site = request.site
    links = LinkSet(request)
    links.add("self", site.rest_url(f"/{NAMESPACE}/categories/{category.slug}"))
    links.add("collection", site.rest_url(f"/{NAMESPACE}/categories"))
    links.add("abilities", site.rest_url(f"/{NAMESPACE}/abilities?category={category.slug}"))
    data["_links"] = links.compact()
    return data


def prepare_ability(ability: Ability, request: RestRequest) -> dict[str, Any]:
    data = {
        "name": ability.name, "label": ability.label, "description": ability.description,
        "category": ability.category,
        "input_schema": prepare_json_schema_for_client(ability.input_schema),
        "output_schema": prepare_json_schema_for_client(ability.output_schema),
        "meta": dict(ability.meta),
    }
    data = dict(filter_response_by_context(data, get_ability_schema(), request.context))
    site = request.site
    links = LinkSet(request)
    links.add("self", site.rest_url(f"/{NAMESPACE}/abilities/{ability.name}"))
    links.add("collection", site.rest_url(f"/{NAMESPACE}/abilities"))
    links.add("wp:action-run", site.rest_url(f"/{NAMESPACE}/abilities/{ability.name}/run"))
    data["_links"] = links.compact()
    return data


def prepare_json_schema_for_client(schema: Any) -> Any:
    """``wp_prepare_json_schema_for_client``'s shape: an object schema's empty ``default`` is ``{}``, not ``[]``."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: prepare_json_schema_for_client(sub) for name, sub in value.items()}
        elif key == "items":
            out[key] = prepare_json_schema_for_client(value)
        else:
            out[key] = value
    if out.get("type") == "object" and isinstance(out.get("default"), dict) and not out["default"]:
        out["default"] = JSONObject()
    return out


# -- running ------------------------------------------------------------------------------------------
def _coerce_input(value: Any, ability: Ability) -> Any:
    """``coerce_input_to_schema``: sanitise valid input with the ability's schema; leave anything else as sent."""
    if value is None or not ability.input_schema:
        return value
    schema = dict(ability.input_schema)
    if rest_validate_value_from_schema(value, schema, "input") is not None:
        return value
    sanitized = rest_sanitize_value_from_schema(value, schema, "input")
    return value if _contains_error(sanitized) else sanitized


def _contains_error(value: Any) -> bool:
    if isinstance(value, RestError):
        return True
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return any(_contains_error(item) for item in items)


def sanitize_input_for_ability(value: Any, request: RestRequest, param: str) -> Any:
    """The ``input`` arg's sanitize callback."""
    ability = core_abilities_registry().ability(str(request.get_param("name")))
    return value if ability is None else _coerce_input(value, ability)


def _input_from_request(request: RestRequest, ability: Ability) -> Any:
    """``input`` from the query string (GET, DELETE) or the JSON body (others), sanitised; None when absent."""
    bag = request.query if request.method in ("GET", "DELETE") else (request.json or {})
    return _coerce_input(bag.get("input"), ability) if "input" in bag else None


def _expected_method(annotations: Any) -> str:
    """GET for read-only abilities, DELETE for destructive idempotent ones, else POST."""
    annotations = annotations if isinstance(annotations, dict) else {}
    if annotations.get("readonly"):
        return "GET"
    if annotations.get("destructive") and annotations.get("idempotent"):
        return "DELETE"
    return "POST"


_METHOD_MESSAGES = {
    "GET": "Read-only abilities require GET method.",
    "DELETE": "Abilities that perform destructive actions require DELETE method.",
    "POST": "Abilities that perform updates require POST method.",
}


def normalize_input(ability: Ability, value: Any) -> Any:
    """``WP_Ability::normalize_input``: a missing input becomes the input schema's ``default``."""
    if value is None and "default" in ability.input_schema:
        return ability.input_schema["default"]
    return value


def validate_input(ability: Ability, value: Any) -> RestError | None:
    """``WP_Ability::validate_input`` (errors without a status; the REST layer adds 400)."""
    if not ability.input_schema:
        if value is None:
            return None
        return RestError("ability_missing_input_schema",
                         f'Ability "{ability.name}" does not define an input schema required to validate the '
                         "provided input.", None)
    error = rest_validate_value_from_schema(value, dict(ability.input_schema), "input")
    if error is None:
        return None
    return RestError("ability_invalid_input",
                     f'Ability "{ability.name}" has invalid input. Reason: {error.message}', None)


def validate_output(ability: Ability, value: Any) -> RestError | None:
    """``WP_Ability::validate_output``."""
    if not ability.output_schema:
        return None
    error = rest_validate_value_from_schema(value, dict(ability.output_schema), "output")
    if error is None:
        return None
    return RestError("ability_invalid_output",
                     f'Ability "{ability.name}" has invalid output. Reason: {error.message}', None)


def _with_status(error: RestError, status: int) -> RestError:
    if not isinstance(error.data, dict) or "status" not in error.data:
        error.data = {**(error.data or {}), "status": status}
    return error


def run_permissions_check(request: RestRequest) -> bool | RestError:
    """Ability shown in REST, the method its annotations ask for, valid input, then its own permission."""
    ability = _rest_ability(request.get_param("name"))
    if ability is None:
        return RestError("rest_ability_not_found", "Ability not found.", 404)
    expected = _expected_method(ability.get_meta_item("annotations"))
    if request.method != expected:
        return RestError("rest_ability_invalid_method", _METHOD_MESSAGES[expected], 405)
    value = normalize_input(ability, _input_from_request(request, ability))
    error = validate_input(ability, value)
    if error is not None:
        return _with_status(error, 400)
    if not ability.permission(value, _env(request)):
        return forbidden(request, "rest_ability_cannot_execute", "Sorry, you are not allowed to execute this ability.")
    return True


def run_ability(request: RestRequest) -> Any:
    """``WP_Ability::execute``: normalise, validate, check permission, execute, validate the output."""
    ability = core_abilities_registry().ability(str(request.get_param("name")))
    if ability is None:
        raise RestError("rest_ability_not_found", "Ability not found.", 404)
    env = _env(request)
    value = normalize_input(ability, _input_from_request(request, ability))
    error = validate_input(ability, value)
    if error is not None:
        raise error
    if not ability.permission(value, env):
        raise RestError("ability_invalid_permissions", f'Ability "{ability.name}" does not have necessary permission.',
                        None)
    result = ability.execute(value, env)
    error = validate_output(ability, result)
    if error is not None:
        raise error
    return result


class _RequestAbilityEnv:
    """The request's caller and site, as the core abilities read them."""

    def __init__(self, request: RestRequest) -> None:
        self._request = request
        self.user = request.user

    def user_can(self, capability: str) -> bool:
        return current_user_can(self._request, capability)

    def option(self, name: str) -> Any:
        return self._request.ctx.options.get(name, "")

    def user_meta(self, key: str) -> str:
        if self.user is None:
            return ""
        value = self._request.ctx.auth_store().get_user_meta(self.user.ID, key)
        return "" if value is None else str(value)

    def home_url(self) -> str:
        return str(self._request.site.home)

    def site_url(self) -> str:
        return str(self._request.site.siteurl)

    def environment_type(self) -> str:
        return str(self._request.site.config.environment_type)

    def db_server_info(self) -> str:
        return str(self._request.site.db.server_info(self._request.ctx.conn))


def _env(request: RestRequest) -> _RequestAbilityEnv:
    return _RequestAbilityEnv(request)


# -- args and schemas -----------------------------------------------------------------------------------
def _paging_params(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        "context": get_context_param(schema, default="view"),
        "page": {"description": "Current page of the collection.", "type": "integer", "default": 1, "minimum": 1},
        "per_page": {"description": "Maximum number of items to be returned in result set.", "type": "integer",
                     "default": 50, "minimum": 1, "maximum": 100},
    }


def _annotation_flags() -> dict[str, Any]:
    return {
        "readonly": {"description": "Whether the ability does not modify its environment.", **_NULLABLE_FLAG},
        "destructive": {"description": "Whether the ability may perform destructive updates to its environment.",
                        **_NULLABLE_FLAG},
        "idempotent": {"description": "Whether repeated calls with the same arguments have no additional effect.",
                       **_NULLABLE_FLAG},
    }


def _abilities_params() -> dict[str, dict[str, Any]]:
    from broadsheet.rest.schema import _sanitize_key, rest_validate_request_arg

    params = _paging_params(get_ability_schema())
    params["category"] = {"description": "Limit results to abilities in specific ability category.", "type": "string",
                          "sanitize_callback": _sanitize_key, "validate_callback": rest_validate_request_arg}
    params["namespace"] = {"description": "Limit results to abilities in a specific namespace.", "type": "string",
                           "sanitize_callback": _sanitize_key, "validate_callback": rest_validate_request_arg}
    params["meta"] = {
        "description": "Limit results to abilities matching all of the given meta fields.",
        "type": "object",
        "properties": {"annotations": {
            "description": "Limit results to abilities matching the given behavioral annotations.",
            "type": "object", "properties": _annotation_flags(), "additionalProperties": True,
        }},
        "additionalProperties": True,
    }
    return params


def _readonly(description: str, type_: str, context: list[str]) -> dict[str, Any]:
    return {"description": description, "type": type_, "context": context, "readonly": True}


def get_category_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "ability-category",
        "type": "object",
        "properties": {
            "slug": _readonly("Unique identifier for the ability category.", "string", ["view", "edit", "embed"]),
            "label": _readonly("Display label for the category.", "string", ["view", "edit", "embed"]),
            "description": _readonly("Description of the category.", "string", ["view", "edit"]),
            "meta": _readonly("Meta information about the category.", "object", ["view", "edit"]),
        },
    }


def get_ability_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "ability",
        "type": "object",
        "properties": {
            "name": _readonly("Unique identifier for the ability.", "string", ["view", "edit", "embed"]),
            "label": _readonly("Display label for the ability.", "string", ["view", "edit", "embed"]),
            "description": _readonly("Description of the ability.", "string", ["view", "edit"]),
            "category": _readonly("Ability category this ability belongs to.", "string", ["view", "edit", "embed"]),
            "input_schema": _readonly("JSON Schema for the ability input.", "object", ["view", "edit"]),
            "output_schema": _readonly("JSON Schema for the ability output.", "object", ["view", "edit"]),
            "meta": {
                "description": "Meta information about the ability.",
                "type": "object",
                "properties": {
                    "annotations": {
                        "description": "Behavioral annotations for the ability.",
                        "type": "object",
                        "properties": _annotation_flags(),
                        "additionalProperties": True,
                    },
                    "public": {
                        "description": "Whether the ability is meant to be available to clients such as the REST "
                                       "API, MCP, or AI agents. Defaults to false, but individual channel settings "
                                       "such as show_in_rest can override it.",
                        "type": "boolean",
                    },
                },
                "context": ["view", "edit"],
                "readonly": True,
            },
        },
    }


def get_run_schema() -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "ability-execution",
        "type": "object",
        "properties": {"result": {
            "description": "The result of the ability execution.",
            "type": ["integer", "number", "boolean", "string", "array", "object", "null"],
            "context": ["view", "edit"],
            "readonly": True,
        }},
    }
